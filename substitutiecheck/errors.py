"""The exceptions a caller of substitutiecheck can meet.

Every user-facing error carries one or more :class:`Probleem` objects: the field path
(``randvoorwaarden.ict``) and the message in Dutch and English. The CLI prints them as
``fout: <bestand>[:<regel>]: <pad>: <bericht>``; a library caller reads ``.problemen`` or ``.pad``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Self


def json_pad(parts: Iterable[object]) -> str:
    """A path as a person reads it: ('randvoorwaarden', 'ict') -> 'randvoorwaarden.ict',
    ('regels', 0, 'als') -> 'regels[0].als'."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


@dataclass(frozen=True)
class Probleem:
    """One problem in an input: where (a dotted field path, '' for the whole input) and what."""

    pad: str
    nl: str
    en: str
    bestand: str | None = None  # set when one error spans several files (a rule pack)

    def bericht(self, taal: str = "nl") -> str:
        return self.en if taal == "en" else self.nl


_OS_ERRORS = {
    "ENOENT": ("de map of het bestand bestaat niet", "the folder or file does not exist"),
    "EACCES": ("geen toegang", "permission denied"),
    "EPERM": ("geen toegang", "permission denied"),
    "EISDIR": ("dit is een map", "this is a folder"),
    "ENOTDIR": ("een deel van het pad is geen map", "part of the path is not a folder"),
    "ENOSPC": ("de schijf is vol", "the disk is full"),
    "EROFS": ("alleen-lezen bestandssysteem", "read-only file system"),
    "EDQUOT": ("de schijfruimte (quotum) is op", "the disk quota is exceeded"),
    "EFBIG": ("het bestand wordt te groot", "the file grows too large"),
    "EBUSY": ("het bestand of apparaat is in gebruik", "the file or device is busy"),
    "ETXTBSY": ("het bestand is in gebruik", "the file is busy"),
    "EIO": ("invoer-/uitvoerfout van het apparaat", "input/output error of the device"),
    "ENXIO": (
        "het apparaat is er niet (of een FIFO zonder lezer)",
        "no such device (or a FIFO without a reader)",
    ),
    "ENODEV": ("het apparaat is er niet", "no such device"),
    "EINVAL": ("hier kan niet naar geschreven worden", "this cannot be written to"),
    "EXDEV": ("kan niet tussen bestandssystemen hernoemen", "cannot rename across file systems"),
    "ENAMETOOLONG": ("de naam is te lang", "the name is too long"),
    "ELOOP": ("te veel symbolische koppelingen (een lus?)", "too many symbolic links (a loop?)"),
}


def os_fout(e: OSError) -> tuple[str, str]:
    """An operating-system error as (Dutch, English) text."""
    import errno

    name = errno.errorcode.get(e.errno or 0, "")
    return _OS_ERRORS.get(name, (e.strerror or str(e), e.strerror or str(e)))


class SubstitutiecheckFout(Exception):
    """Base class of every error substitutiecheck raises on purpose.

    ``hint``: an optional text key (i18n) the CLI prints after the problems, e.g. that more
    checks follow once these are fixed."""

    hint: str | None = None

    def __init__(
        self,
        problemen: list[Probleem] | Probleem,
        *,
        bestand: str | None = None,
        regel: int | None = None,
    ) -> None:
        self.problemen: list[Probleem] = (
            [problemen] if isinstance(problemen, Probleem) else list(problemen)
        )
        self.bestand = bestand
        self.regel = regel
        super().__init__(self._tekst())

    def _tekst(self) -> str:
        """``str(fout)``: every problem, one per line (Dutch), not only the first."""
        return "\n".join(self.regels("nl"))

    def __str__(self) -> str:
        return self._tekst()

    @property
    def pad(self) -> str:
        """The field path of the first problem ('' when the input as a whole is wrong)."""
        return self.problemen[0].pad if self.problemen else ""

    def plaats(self) -> str:
        """'bestand:regel', 'bestand' or '' for where the input came from."""
        if self.bestand is None:
            return ""
        return f"{self.bestand}:{self.regel}" if self.regel is not None else self.bestand

    def regels(self, taal: str = "nl") -> list[str]:
        """One line per problem: '<bestand>[:<regel>]: <pad>: <bericht>'."""
        out = []
        for p in self.problemen:
            parts = [x for x in (p.bestand or self.plaats(), p.pad) if x]
            parts.append(p.bericht(taal))
            out.append(": ".join(parts))
        return out

    def met_bron(self, bestand: str, regel: int | None = None) -> Self:
        """Attach the file (and line) this error came from, returning self."""
        self.bestand = bestand
        self.regel = regel
        self.args = (self._tekst(),)
        return self


class InvoerFout(SubstitutiecheckFout, ValueError):
    """A proposal (or the file it is in) is not valid: broken JSON, unknown field, wrong value."""


class UitvoerFout(SubstitutiecheckFout):
    """An output file cannot be written (missing folder, no permission)."""


class RegelpakketFout(SubstitutiecheckFout):
    """A rule pack cannot be used: a file is missing, broken or inconsistent."""


class InstallatieFout(SubstitutiecheckFout):
    """What substitutiecheck needs is not installed (durable_rules); the message says what to run."""


class EngineFout(RuntimeError):
    """The rule engine itself failed (a bug, never bad input). Carries the engine's own text."""
