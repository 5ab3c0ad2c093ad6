"""Strict JSON for everything the tool reads: UTF-8 text, no double keys, no deeper nesting than
:data:`MAX_DIEPTE`, no lone surrogates, and a Dutch (and English) message that points at the
place to fix. Raises :class:`~.errors.InvoerFout`."""

from __future__ import annotations

import json
import re
from typing import Any

from .errors import InvoerFout, Melding, Probleem, melding, probleem

_JSON_MESSAGES = {
    "Expecting value": "json.reden.waarde",
    "Expecting ',' delimiter": "json.reden.komma",
    "Expecting ':' delimiter": "json.reden.dubbele_punt",
    "Expecting property name enclosed in double quotes": "json.reden.veldnaam",
    # Python 3.13 names a trailing comma itself (3.11 and 3.12: "Expecting property name ...")
    "Illegal trailing comma before end of object": "json.reden.komma_object",
    "Illegal trailing comma before end of array": "json.reden.komma_lijst",
    "Extra data": "json.reden.extra",
    "Unterminated string starting at": "json.reden.tekst_open",
    "Invalid control character at": "json.reden.stuurteken",
    "Invalid \\escape": "json.reden.escape",
}
"""The json module's messages (its own English, the only thing it tells) -> our text's code."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)  # in C; only a double key makes it shorter
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return out


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates)
"""Made once: ``json.loads`` with a hook builds a new decoder for every text (a batch parses a
line at a time)."""


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def parse_json(text: str, one_line: bool = False) -> Any:
    """Parse JSON text; raises InvoerFout (with line and column) for broken JSON or double keys.

    ``one_line``: the text is one line of a JSON Lines file, whose line number the caller knows.
    """
    if one_line:
        text = text.rstrip(
            "\r\n"
        )  # an error at the end is at the end of this line, not on the next
    try:
        data = _DECODER.decode(text)
        if text.count("[") + text.count("{") > MAX_DIEPTE:  # cheap: only then can it be too deep
            _niet_te_diep(data)
        if _SURROGAAT.search(text):
            _geen_losse_surrogaten(data, [])
        return data
    except json.JSONDecodeError as e:
        pos, reden = _waar_en_wat(text, e)
        raise _ongeldig(text, pos, reden, one_line) from None
    except _DuplicateKey as e:
        raise InvoerFout(probleem("", "json.dubbel_veld", veld=e.key)) from None
    except RecursionError:
        raise _te_diep() from None
    except InvoerFout:  # too deep, a lone surrogate: said above
        raise
    except ValueError:  # Python's limit on the digits of an integer (found by an adversarial test)
        raise _getal_te_groot(text, one_line) from None


_LANG_GETAL = re.compile(r"(?<![\d\w])-?\d{4301,}")
"""A number beyond Python's default limit of 4,300 digits (a run of digits inside a string is
seldom that long; the position is where to look, the message says what)."""


def _getal_te_groot(text: str, one_line: bool) -> InvoerFout:
    """A number of more digits than Python turns into an integer (4,300 by default): where it
    starts, as for broken JSON (no field of any pack or proposal holds such a number)."""
    m = _LANG_GETAL.search(text)
    return _ongeldig(text, m.start() if m else 0, melding("json.reden.getal"), one_line)


def _ongeldig(text: str, pos: int, reden: Melding, one_line: bool) -> InvoerFout:
    """Invalid JSON at ``pos``: its line and column (only the column for a JSON Lines line,
    whose line number the caller knows)."""
    colno = pos - text.rfind("\n", 0, pos)
    if one_line:
        return InvoerFout(probleem("", "json.ongeldig_kolom", kolom=colno, reden=reden))
    lineno = text.count("\n", 0, pos) + 1
    return InvoerFout(probleem("", "json.ongeldig", regel=lineno, kolom=colno, reden=reden))


MAX_DIEPTE = 64
"""Deepest nesting of objects and lists in any JSON the tool reads (a proposal is 3 deep, a rule
pack about 20): deeper data would only reach the limits of the code that walks it."""


def _te_diep() -> InvoerFout:
    return InvoerFout(probleem("", "json.te_diep", max=MAX_DIEPTE))


def _niet_te_diep(data: Any) -> None:
    """Raise InvoerFout when ``data`` nests deeper than MAX_DIEPTE (iteratively: no recursion)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DIEPTE:
            raise _te_diep()
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))


_SURROGAAT = re.compile(r"\\u[dD][89a-fA-F]")
"""A \\u escape of a UTF-16 surrogate: half of a pair (fine) or a lone one (not text)."""


def _geen_losse_surrogaten(data: Any, pad: list[str | int]) -> None:
    """Raise InvoerFout naming the field of a lone surrogate ('x\\ud800'): it is no character,
    cannot be written as UTF-8 and would make every output of the batch fail."""
    if isinstance(data, str):
        try:
            data.encode("utf-8")
        except UnicodeEncodeError as e:
            from .errors import json_pad

            code = f"\\u{ord(data[e.start]):04x}"
            raise InvoerFout(probleem(json_pad(pad), "json.losse_surrogaat", teken=code)) from None
    elif isinstance(data, dict):
        for key, value in data.items():
            _geen_losse_surrogaten(key, pad)
            _geen_losse_surrogaten(value, [*pad, key])
    elif isinstance(data, list):
        for i, value in enumerate(data):
            _geen_losse_surrogaten(value, [*pad, i])


def _waar_en_wat(text: str, e: json.JSONDecodeError) -> tuple[int, Melding]:
    """Where the mistake is, as a person would fix it, and what it is.

    The parser reports where it noticed the problem: a missing comma at the next value (often on
    the next line), a trailing comma at the '}' after it. We point at the place to type or delete."""
    before = text[: e.pos].rstrip()
    volgende = text[e.pos : e.pos + 1]
    if not text[e.pos :].strip() and e.msg != "Extra data":
        return len(before), melding("json.reden.onaf")
    if e.msg == "Expecting ',' delimiter":
        if "\n" in text[len(before) : e.pos]:
            return len(before), melding("json.reden.komma_regel")
        return len(before), melding("json.reden.komma_waarde")
    if e.msg.startswith("Illegal trailing comma"):  # Python 3.13 names it itself, at the comma
        before, volgende = text[: e.pos + 1], text[e.pos + 1 :].lstrip()[:1]
    if (
        before.endswith(",")
        and volgende in ("}", "]")
        and e.msg
        in (
            "Expecting property name enclosed in double quotes",
            "Expecting value",
            "Illegal trailing comma before end of object",
            "Illegal trailing comma before end of array",
        )
    ):
        return len(before) - 1, melding("json.reden.komma_te_veel", teken=volgende)
    code = _JSON_MESSAGES.get(e.msg)
    return e.pos, melding(code) if code else melding("json.reden.anders", tekst=e.msg)


def _utf16(raw: bytes) -> bool:
    """UTF-16 (Notepad's 'Unicode'): its byte-order mark, or every other byte of a text of ASCII
    characters zero ('{' as 7B 00). It was 'binary content' or 'looks like Latin-1'."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    head = raw[:512]
    return len(head) >= 4 and any(
        head[i::2].count(0) == len(head[i::2]) and head[1 - i :: 2].count(0) == 0 for i in (0, 1)
    )


def _niet_utf8(raw: bytes, e: UnicodeDecodeError, offset: int = 0) -> Probleem:
    """Text that is not UTF-8: where, and what to do about it (save it as UTF-8)."""
    if not offset and _utf16(raw):
        return probleem("", "bestand.utf16")
    regel = raw.count(b"\n", 0, e.start) + 1
    try:
        raw.decode("cp1252")
        latin = True
    except UnicodeDecodeError:
        latin = False
    waar = (
        melding("bestand.waar_regel", regel=regel, byte=e.start + 1)
        if not offset
        else melding("bestand.waar_byte", byte=e.start + 1)
    )
    return probleem("", "bestand.latin1" if latin else "bestand.geen_utf8", waar=waar)


def _decode(raw: bytes) -> str:
    if b"\x00" in raw:
        raise InvoerFout(probleem("", "bestand.utf16" if _utf16(raw) else "bestand.binair"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InvoerFout(_niet_utf8(raw, e)) from None
    if not text.strip():
        raise InvoerFout(probleem("", "bestand.leeg"))
    return text
