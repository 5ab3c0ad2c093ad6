"""Read proposals from files, folders, standard input and JSON Lines, one item at a time.

Nothing here raises for bad input: every problem becomes an :class:`Item` with an ``fout``, so a
batch goes on with the other files. JSON Lines files are streamed line by line (constant memory).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from .errors import InvoerFout, Probleem, melding, os_melding, probleem
from .opgeslagen import opgeslagen_uitvoer

if TYPE_CHECKING:  # pragma: no cover
    from .pack import Regelpakket

from .jsonparse import _JSON_MESSAGES, MAX_DIEPTE, _decode, _niet_utf8, parse_json
from .values import frozen

__all__ = [
    "MAX_DIEPTE",
    "MAX_MB",
    "STDIN",
    "SUFFIXES",
    "_JSON_MESSAGES",
    "Item",
    "_decode",
    "als_voorstel",
    "iter_items",
    "parse_json",
    "parse_line",
    "read_document",
    "read_lines",
    "te_groot",
    "toonbare_naam",
]

SUFFIXES = (".json", ".jsonl")
STDIN = "-"
MAX_MB = 8
"""Largest document (a .json file, standard input) and largest JSON Lines line read, in MB
(2**20 bytes); ``check --max-grootte`` raises it. A proposal is a few KB: anything near this is
not one, and reading on (``check /dev/zero``) would only fill the memory."""
_STUK = 2**20


def als_voorstel(data: Any, pack: Regelpakket) -> Any:
    """The proposal an input document holds, for :func:`evaluation.evaluate` (which takes
    proposals only). A FHIR resource (a JSON object with ``resourceType``) goes through the FHIR
    adapter: a QuestionnaireResponse is mapped by linkId, any other resource is an
    :class:`InvoerFout`. Anything else is returned as it is, for the evaluator to validate."""
    if isinstance(data, dict) and "resourceType" in data:
        from .fhir import voorstel_uit_fhir  # only for FHIR input: the adapter stays at the edge

        return voorstel_uit_fhir(data, pack)
    wat = opgeslagen_uitvoer(data)
    if wat == "rapport":  # one line, not a score of unknown fields (a test)
        raise InvoerFout(probleem("", "invoer.opgeslagen_rapport"))
    if wat is not None:  # no version for vergelijk either: no hint to it (a review)
        raise InvoerFout(
            probleem("", "invoer.opgeslagen_uitvoer", wat=melding(f"invoer.wat.{wat}"))
        )
    return data


@frozen
class Item:
    """One proposal to check, or the reason it can't be: ``data`` xor ``fout``."""

    bron: str
    regel: int | None = None
    data: Any = None
    fout: InvoerFout | None = None


def toonbare_naam(naam: str) -> str | None:
    """``None`` for a file name that is valid UTF-8, else the name with its undecodable bytes
    shown (``\\xff``): such a name could not be written in a report."""
    try:
        naam.encode("utf-8")
        return None
    except UnicodeEncodeError:
        import os

        return os.fsencode(naam).decode("utf-8", "backslashreplace")


def _error(bron: str, problem: Probleem, regel: int | None = None) -> Item:
    bron = toonbare_naam(bron) or bron
    return Item(bron, regel, fout=InvoerFout(problem, bestand=bron, regel=regel))


def read_document(raw: bytes, bron: str) -> Item:
    try:
        return Item(bron, data=parse_json(_decode(raw)))
    except InvoerFout as e:
        return Item(bron, fout=e.met_bron(bron))


def parse_line(raw: bytes, bron: str, lineno: int) -> Item:
    """One non-blank line of a JSON Lines source as an item."""
    try:
        text = raw.decode("utf-8")
        if text[:1] == "\ufeff":  # a byte-order mark: of the file, or of one of several joined
            text = text[1:]  # ('cat a.jsonl b.jsonl'): never part of the proposal
        if "\x00" in text:
            raise InvoerFout(probleem("", "invoer.binaire_regel"))
        return Item(bron, lineno, data=parse_json(text, one_line=True))
    except UnicodeDecodeError as e:
        return _error(bron, _niet_utf8(raw, e, offset=1), lineno)
    except InvoerFout as e:
        return Item(bron, lineno, fout=e.met_bron(bron, lineno))


def te_groot(max_mb: float, regel: bool) -> Probleem:
    wat = melding("invoer.wat.regel" if regel else "invoer.wat.invoer")
    return probleem("", "invoer.te_groot", wat=wat, mb=f"{max_mb:g}")


class Regels(Protocol):
    """What reading JSON Lines needs of a byte stream: ``readline`` with a limit (a file,
    standard input, or :class:`_Terug`)."""

    def readline(self, limit: int = -1, /) -> bytes: ...


def lees_hoogstens(stream: IO[bytes], n: int) -> bytes:
    """At most ``n`` bytes of ``stream``, read a megabyte at a time: ``read(n)`` asks for the
    whole limit at once even for a small file (an adversarial test: '--max-grootte 1000000'
    gave a MemoryError for a proposal of one kilobyte)."""
    delen: list[bytes] = []
    while n > 0 and (deel := stream.read(min(n, 1 << 20))):
        delen.append(deel)
        n -= len(deel)
    return delen[0] if len(delen) == 1 else b"".join(delen)


def _max_bytes(max_mb: float) -> int:
    return max(1, int(max_mb * 2**20))


def _lines(stream: Regels, limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream``, each read at most ``limit`` bytes at a time: ``None`` for a line
    longer than that, whose rest is skipped in chunks (memory stays bounded, whatever the input)."""
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            while True:
                rest = stream.readline(_STUK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield raw


_BOM = b"\xef\xbb\xbf"


def read_lines(
    stream: Regels, bron: str, first_lineno: int = 1, rauw: bool = False, max_mb: float = MAX_MB
) -> Iterator[Item]:
    """Stream a JSON Lines source: one item per non-blank line.

    ``rauw``: leave each line unparsed (``data`` is the line's bytes; JSON never parses to bytes)
    for a worker process to parse with :func:`parse_line` (``check --jobs``). A line longer
    than ``max_mb`` is an error item; the lines after it are read as usual.
    """
    seen = False
    for lineno, raw in enumerate(_lines(stream, _max_bytes(max_mb)), start=first_lineno):
        if raw is None:
            seen = True
            yield _error(bron, te_groot(max_mb, regel=True), lineno)
            continue
        if not raw.strip() or (raw.startswith(_BOM) and not raw[3:].strip()):
            continue  # blank (an empty file saved 'UTF-8 with BOM' is one mark)
        seen = True
        yield Item(bron, lineno, data=raw) if rauw else parse_line(raw, bron, lineno)
    if not seen:
        yield _error(bron, probleem("", "bestand.leeg"))


def _read_stdin(stream: IO[bytes], rauw: bool = False, max_mb: float = MAX_MB) -> Iterator[Item]:
    """Standard input: one JSON document, or JSON Lines when the first line is a whole object."""
    bron = "<stdin>"
    limit = _max_bytes(max_mb)
    first = stream.readline(limit + 1)
    while first and not first.strip():
        first = stream.readline(limit + 1)
    if not first:
        yield _error(bron, probleem("", "invoer.stdin_leeg"))
        return
    if len(first) > limit:  # one line beyond the limit: as a document it is too large too
        yield _error(bron, te_groot(max_mb, regel=False))
        return
    try:
        is_line = isinstance(json.loads(first), dict)
    except (ValueError, UnicodeDecodeError, RecursionError):  # not a JSON Lines line: a document
        is_line = False
    if is_line:
        yield from read_lines(_Terug(first, stream), bron, rauw=rauw, max_mb=max_mb)
    else:
        rest = lees_hoogstens(stream, limit + 1 - len(first))
        if len(first) + len(rest) > limit:
            yield _error(bron, te_groot(max_mb, regel=False))
        else:
            yield read_document(first + rest, bron)


class _Terug:
    """A byte stream with one line put back in front (readline with a limit, as _lines needs)."""

    def __init__(self, first: bytes, stream: IO[bytes]) -> None:
        self._first: bytes | None = first
        self._stream = stream

    def readline(self, limit: int = -1) -> bytes:
        if self._first is not None:
            first, self._first = self._first, None
            return first
        return self._stream.readline(limit)


def _files_in(folder: Path) -> tuple[list[Path], list[tuple[Path, OSError]]]:
    """The proposals of a folder and its subfolders (not hidden ones, not through a link to a
    folder, as ``Path.rglob``): '.json' and '.jsonl' in any case ('VOORSTEL.JSON' from Windows
    was skipped without a word), and a link to nothing with such a name, which is reported
    rather than skipped (a user trial). Also each folder that could not be read, with why
    (``rglob`` skipped an unreadable subfolder without a word: an adversarial test)."""
    import os

    files: list[Path] = []
    fouten: list[tuple[Path, OSError]] = []
    stack = [folder]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as it:
                entries = list(it)
        except OSError as e:
            fouten.append((here, e))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            p = here / entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(p)
                elif p.suffix.lower() in SUFFIXES and (
                    entry.is_file() or (entry.is_symlink() and not p.exists())
                ):
                    files.append(p)
            except OSError:  # a link loop: reading it says why, as for any file
                if p.suffix.lower() in SUFFIXES:
                    files.append(p)
    return sorted(files), sorted(fouten, key=lambda f: f[0])


class Eerder:
    """The files already read, to read each once: the same file given twice (a folder and a file
    in it, a link to it, 'regio/a.json' and './regio/a.json') counted its proposals twice in a
    region's overview, without a word (an adversarial test)."""

    def __init__(self) -> None:
        self._gezien: dict[tuple[int, int], str] = {}
        self.dubbel: list[tuple[str, str]] = []
        """(the file skipped, the name it was read under before), in input order"""

    def nieuw(self, path: Path) -> bool:
        """True the first time ``path`` (the file it names) comes by; else noted in ``dubbel``.
        A file that cannot be looked at counts as new (reading it says what is wrong)."""
        try:
            st = path.stat()
        except (OSError, ValueError):
            return True
        key = (st.st_dev, st.st_ino)
        eerder = self._gezien.get(key)
        if eerder is None:
            self._gezien[key] = str(path)
            return True
        self.dubbel.append((str(path), eerder))
        return False


def iter_items(
    paths: Iterable[str],
    stdin: IO[bytes] | None = None,
    rauw: bool = False,
    max_mb: float = MAX_MB,
    eerder: Eerder | None = None,
) -> Iterator[Item]:
    """Every proposal (or input error) from the given paths, in order. ``rauw``: JSON Lines
    lines stay unparsed bytes (see :func:`read_lines`). ``max_mb``: the size limit of a
    document and of a JSON Lines line (MAX_MB). ``eerder``: read each file once, and note there
    the ones skipped as read before, for the caller to say (``check``: a region's overview
    counts each proposal once); without it a file given twice is read twice (``combineer``
    warns of a party counted twice itself)."""
    nieuw = eerder.nieuw if eerder is not None else (lambda path: True)
    for arg in paths:
        if arg == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, rauw, max_mb)
            continue
        path = Path(arg)
        try:  # a name too long, a folder on the way without access: said, not a crash
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as e:
            yield _error(arg, probleem("", "bestand.onleesbaar", reden=os_melding(e)))
            continue
        if is_dir:
            files, fouten = _files_in(path)
            for map_, fout in fouten:
                reden = os_melding(fout)
                yield _error(str(map_), probleem("", "invoer.map_onleesbaar", reden=reden))
            if not files and not fouten:
                yield _error(arg, probleem("", "invoer.map_leeg"))
            for f in files:
                if nieuw(f):
                    yield from _read_file(f, rauw, max_mb)
        elif exists:
            if nieuw(path):
                yield from _read_file(path, rauw, max_mb)
        else:
            yield _error(arg, probleem("", "invoer.bestaat_niet"))


_GEEN_VOORSTEL = {
    ".csv": "CSV",
    ".tsv": "TSV",
    ".xlsx": "Excel",
    ".xls": "Excel",
    ".ods": "ODS",
    ".html": "HTML",
    ".htm": "HTML",
    ".md": "Markdown",
    ".pdf": "PDF",
    ".docx": "Word",
    ".doc": "Word",
}
"""Kinds of file a user may give by mistake (a report of check: html, markdown, csv; a
spreadsheet or a document): when one does not parse as a proposal, the message names its kind
instead of a JSON parse error."""


def _read_file(path: Path, rauw: bool = False, max_mb: float = MAX_MB) -> Iterator[Item]:
    bron = str(path)
    shown = toonbare_naam(bron)
    if shown is not None:
        yield _error(
            shown,
            probleem("", "invoer.naam_geen_utf8"),
        )
        return
    try:
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as stream:
                yield from read_lines(stream, bron, rauw=rauw, max_mb=max_mb)
        else:
            limit = _max_bytes(max_mb)
            with path.open(
                "rb"
            ) as stream:  # a device (/dev/zero) never ends: read at most the limit
                raw = lees_hoogstens(stream, limit + 1)
            item = (
                _error(bron, te_groot(max_mb, regel=False))
                if len(raw) > limit
                else read_document(raw, bron)
            )
            soort = _GEEN_VOORSTEL.get(path.suffix.lower())
            if item.fout is not None and soort is not None:
                # what the JSON parser says of a spreadsheet ("extra tekst na het einde van de
                # JSON") does not tell a user that the kind of file is the problem
                item = _error(bron, probleem("", "invoer.geen_voorstelbestand", soort=soort))
            yield item
    except OSError as e:
        yield _error(bron, probleem("", "bestand.onleesbaar", reden=os_melding(e)))
