"""Saving the questionnaire: after every answer the proposal file is rewritten atomically
(``substitutiecheck.fileio``), so it always holds a valid (partial) proposal and nothing else,
and ``check`` accepts the finished file unchanged. Where the user was, and answers that leave
nothing in the proposal (an empty text, 'no choice yet', 'skip Kaats & Opheij'), go to a sidecar
file next to it, ``.<name>.voortgang``, removed when the questionnaire is finished."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InvoerFout, SubstitutiecheckFout, probleem
from ..fileio import write_atomic
from ..inputs import parse_json
from ..signalen import ononderbroken
from .data import Vragenlijst
from .flow import Sessie, herstel_tekens, uit_voorstel

FORMAAT = 1


class StartFout(SubstitutiecheckFout):
    """The questionnaire cannot start: no terminal, or nowhere to save the answers."""


class InGebruik(StartFout):
    """Another questionnaire has this proposal file open."""


@dataclass
class Voortgang:
    antwoorden: dict[str, str]
    positie: str | None
    verborgen: dict[str, str]
    concepten: dict[str, str]
    regelpakket: str | None = None
    """The name of the rule pack the answers were given under (None: not known)."""
    regels: str | None = None
    """That pack's folder (``--regels``, absolute), or None for the national pack."""


class Opslag:
    def __init__(
        self, pad: str | Path, respondent: dict[str, str] | None = None, regels: str | None = None
    ) -> None:
        self.pad = Path(pad)
        echt = self.echt
        self.voortgang_pad = echt.with_name(f".{echt.name}.voortgang")
        self.respondent = respondent
        """Who answers (``vragenlijst --rol``, or kept from the file): written with every save."""
        self.regels = regels
        """The rule pack's folder as given (``--regels``), None for the national pack: in every
        hint to go on, and (absolute) in the progress file."""

    @property
    def echt(self) -> Path:
        """The file itself, whatever its name: links followed (in the folders too). The lock and
        the progress file are named after it: two names for one file ('-o link.json' next to
        '-o real.json') passed the one-session lock and the last save won (an adversarial
        terminal test)."""
        return Path(os.path.realpath(self.pad))

    def tekst(self, sessie: Sessie) -> str:
        """The (partial) proposal as it is saved."""
        voorstel = sessie.voorstel()
        if self.respondent:
            voorstel = {"respondent": dict(self.respondent), **voorstel}
        return herstel_tekens(json.dumps(voorstel, ensure_ascii=False, indent=2) + "\n")

    @property
    def kopie_pad(self) -> Path:
        """Where starting over keeps the previous answers: ``<name>.vorige``, or ``.vorige-2``,
        ``-3``, ... when an earlier start-over's copy is there (starting over twice replaced
        the first copy without a word; an audit)."""
        pad = self.pad.with_name(f"{self.pad.name}.vorige")
        n = 2
        while pad.exists() or pad.is_symlink():
            pad = self.pad.with_name(f"{self.pad.name}.vorige-{n}")
            n += 1
        return pad

    def bewaar_kopie(self) -> Path:
        """Keep the file and its progress as ``<name>.vorige`` (a questionnaire that can be
        resumed as it was) before starting over; returns the copy's path. Raises StartFout
        when no copy can be made: then nothing is started over."""
        kopie = Opslag(self.kopie_pad, regels=self.regels)
        try:
            write_atomic(kopie.pad, self.pad.read_text(encoding="utf-8"))
            if self.onafgemaakt():
                write_atomic(kopie.voortgang_pad, self.voortgang_pad.read_text(encoding="utf-8"))
            else:
                kopie.wis_voortgang()
        except (OSError, UnicodeDecodeError) as e:
            reden = getattr(e, "strerror", None) or str(e)
            raise InvoerFout(
                probleem("", "vragenlijst.kopie", map=str(kopie.pad), reden=reden),
                bestand=str(self.pad),
            ) from None
        return kopie.pad

    @contextlib.contextmanager
    def alleen(self) -> Iterator[None]:
        """This questionnaire alone on the file: a lock on ``.<name>.slot`` for as long as it
        runs. Two on one file overwrote each other's answers without a word (an audit); the
        second now stops at the start. The operating system drops the lock when the process
        ends, however it ends; without fcntl (Windows) there is no lock."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on Linux or macOS
            yield
            return
        echt = self.echt
        slot = echt.with_name(f".{echt.name}.slot")
        try:
            fd = os.open(slot, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:  # no lock file possible here: saving says so itself
            yield
            return
        bestand = _open_gewoon(echt)  # a hard link is one more name: the file itself is locked too
        try:
            try:
                for f in (fd, bestand):
                    if f is not None:
                        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise InGebruik(
                    probleem("", "vragenlijst.in_gebruik"), bestand=str(self.pad)
                ) from None
            try:
                yield
            finally:
                with contextlib.suppress(OSError):
                    slot.unlink()
        finally:
            os.close(fd)
            if bestand is not None:
                os.close(bestand)

    def bestaat(self) -> bool:
        return self.pad.exists()

    def leeg(self) -> bool:
        """An existing file with nothing in it (no bytes, or only white space): a new proposal
        starts there without asking, as nothing can be lost ('herzien' of nothing misled)."""
        try:
            if not self.pad.is_file():  # never open a pipe or device: it could block
                return False
            with self.pad.open("rb") as f:
                begin = f.read(4097)
            return len(begin) <= 4096 and not begin.strip()
        except OSError:
            return False

    def onafgemaakt(self) -> bool:
        """An unfinished questionnaire: the sidecar file is there."""
        return self.voortgang_pad.is_file()

    def bewaar(self, sessie: Sessie) -> None:
        """Write the current (partial) proposal and the progress sidecar; SIGTERM and SIGHUP
        wait until both are written (a signal mid-save left a temporary file and no answer)."""
        with ononderbroken():
            self._bewaar(sessie)

    def _bewaar(self, sessie: Sessie) -> None:
        self._gewoon()
        write_atomic(self.pad, self.tekst(sessie))
        meta = {
            "formaat": FORMAAT,
            "uitleg": "Voortgang van 'substitutiecheck vragenlijst'; wordt verwijderd als de vragenlijst af is.",
            "positie": sessie.positie,
            "leeg_beantwoord": {qid: sessie.antwoorden[qid] for qid in sessie.leeg_beantwoord()},
            "verborgen": dict(sessie.verborgen),
            "concepten": dict(sessie.concepten),
            "regelpakket": dict(sessie.vl.pack.stempel),
            "regels": str(Path(self.regels).resolve()) if self.regels is not None else None,
        }
        meta_tekst = json.dumps(meta, ensure_ascii=False, indent=2) + "\n"
        write_atomic(self.voortgang_pad, herstel_tekens(meta_tekst))  # a draft: never a crash

    def _gewoon(self) -> None:
        """The file became a FIFO or device while the questionnaire ran: writing into it could
        hang for good (a FIFO without reader) with the answer nowhere; the start's check again."""
        gewoon_bestand(str(self.pad), "vragenlijst.uitvoer_geen_bestand")

    def rond_af(self, sessie: Sessie) -> None:
        """Write the final proposal and remove the sidecar."""
        self._gewoon()
        with ononderbroken():
            write_atomic(self.pad, self.tekst(sessie))
            self.wis_voortgang()

    def wis_voortgang(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.voortgang_pad.unlink()

    def lees(self, vl: Vragenlijst, volledig: bool = False) -> Voortgang:
        """The answers (and, when unfinished, the position) stored at ``pad``. Raises InvoerFout."""
        answers = lees_voorstel_bestand(self.pad, vl, volledig=volledig)
        positie: str | None = ""
        verborgen: dict[str, str] = {}
        concepten: dict[str, str] = {}
        pakket: str | None = None
        regels: str | None = None
        if self.onafgemaakt():
            try:
                meta = parse_json(
                    self.voortgang_pad.read_text(encoding="utf-8")
                )  # as strict as a proposal
                extra = meta.get("leeg_beantwoord", {})
                for qid, value in extra.items():
                    if qid in vl._index and qid not in answers and isinstance(value, str):
                        answers[qid] = value
                verborgen = {
                    qid: v
                    for qid, v in meta.get("verborgen", {}).items()
                    if qid in vl._index and isinstance(v, str)
                }
                concepten = {
                    qid: v
                    for qid, v in (meta.get("concepten") or {}).items()
                    if qid in vl._index and isinstance(v, str)
                }
                positie = meta.get("positie", "")
                if positie is not None and not isinstance(positie, str):
                    positie = ""
                naam = (meta.get("regelpakket") or {}).get("naam")
                pakket = naam if isinstance(naam, str) else None
                regels = meta["regels"] if isinstance(meta.get("regels"), str) else None
            except (OSError, ValueError, AttributeError):  # InvoerFout is a ValueError
                positie = ""  # a broken sidecar only loses the position, never answers
        return Voortgang(answers, positie, verborgen, concepten, pakket, regels)


def _open_gewoon(pad: Path) -> int | None:
    """A descriptor of the existing regular file ``pad`` (for its lock), else None; a FIFO is
    never waited for."""
    import stat

    try:
        fd = os.open(pad, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return fd


def lees_voorstel_bestand(
    pad: Path, vl: Vragenlijst, volledig: bool = True, fhir: bool = False
) -> dict[str, str]:
    """Answers from a proposal file; raises InvoerFout naming the file. ``fhir`` (``--van``):
    a FHIR QuestionnaireResponse ('export fhir-antwoorden') is read as ``check`` reads it; it
    gave five lines 'onbekend veld resourceType' (an adversarial terminal test)."""
    bron = str(pad)
    try:
        raw = pad.read_bytes()
    except OSError as e:
        raise InvoerFout(
            probleem("", "bestand.onleesbaar", reden=str(e.strerror)),
            bestand=bron,
        ) from None
    try:
        text = raw.decode("utf-8-sig")
        if not text.strip():
            return {}
        data = parse_json(text)
        if fhir:
            from ..inputs import als_voorstel

            data = als_voorstel(data, vl.pack)
        return uit_voorstel(vl, data, volledig=volledig)
    except UnicodeDecodeError:
        raise InvoerFout(probleem("", "vragenlijst.geen_utf8"), bestand=bron) from None
    except InvoerFout as e:
        raise e.met_bron(bron) from None


def respondent_in(pad: str | Path) -> dict[str, str] | None:
    """The 'respondent' of the proposal at ``pad`` when it has one (else None; a file that
    cannot be read says so later, where its answers are read)."""
    try:
        data = parse_json(Path(pad).read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError):  # InvoerFout and UnicodeDecodeError are ValueErrors
        return None
    resp = data.get("respondent") if isinstance(data, dict) else None
    if not isinstance(resp, dict):
        return None
    return {k: v for k, v in resp.items() if isinstance(v, str)}


def map_van(pad: str) -> Path:
    """The folder a file lands in; a link that loops (or another unresolvable path) is a start
    error, where Path.resolve's RuntimeError ended in 'interne fout' (exit 3; an audit). Python
    3.13's resolve() no longer raises for a loop: the loop is looked for with stat."""
    import errno

    try:
        os.stat(pad)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise StartFout(probleem("", "vragenlijst.map"), bestand=pad) from None
    try:
        return Path(pad).resolve().parent
    except (OSError, RuntimeError):
        raise StartFout(probleem("", "vragenlijst.map"), bestand=pad) from None


def gewoon_bestand(pad: str, code: str) -> None:
    """The proposal file (-o, --van) must be a regular file, or not exist yet: a device, pipe or
    folder was read without end (/dev/zero: memory without limit, a FIFO: a silent hang)."""
    try:
        mode = os.stat(pad).st_mode
    except FileNotFoundError:
        if code != "vragenlijst.van_geen_bestand":
            return  # a new file (or a link to one still to be made)
        raise StartFout(probleem("", "invoer.bestaat_niet"), bestand=pad) from None
    except (OSError, RuntimeError):  # a link loop, no access: said by the folder check / read
        return
    import stat

    if not stat.S_ISREG(mode):
        raise StartFout(probleem("", code), bestand=pad)
