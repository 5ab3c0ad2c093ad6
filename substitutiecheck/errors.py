"""The exceptions a caller of substitutiecheck can meet.

Every user-facing error carries one or more :class:`Probleem` objects: the field path
(``randvoorwaarden.ict``) and the message in Dutch and English. The CLI prints them as
``fout: <bestand>[:<regel>]: <pad>: <bericht>``; a library caller reads ``.problemen`` or ``.pad``.

A problem is made with :func:`probleem`: a stable code (``voorstel.veld.onbekend``) and its
parameters, rendered through the catalogue (:mod:`substitutiecheck.texts_problems`) by
:meth:`Melding.tekst`; ``.code`` and ``.params`` stay on the problem for a caller that decides
by them (never by the text).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field, replace
from typing import Self

from .values import frozen


def json_pad(parts: Iterable[object]) -> str:
    """A path as a person reads it: ('randvoorwaarden', 'ict') -> 'randvoorwaarden.ict',
    ('regels', 0, 'als') -> 'regels[0].als'."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


@frozen
class Melding:
    """A text by its stable code (``voorstel.veld.onbekend``) and parameters, rendered through the
    catalogue in either language by :meth:`tekst`. A parameter that is itself a Melding (a
    reason, the suggestion of :func:`substitutiecheck.suggest.suggest`) is rendered in the same
    language."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    def tekst(self, taal: str = "nl") -> str:
        """This text in ``taal`` (Dutch when the catalogue has no text in that language)."""
        from .texts_problems import TEKSTEN_PROBLEMEN

        if self.code in TEKSTEN_PROBLEMEN:
            entry = TEKSTEN_PROBLEMEN[self.code]
        else:  # a message of the command line's catalogue ('cli.uitvoer_is_invoer')
            from .i18n import TEKSTEN

            entry = TEKSTEN[self.code]
        from .i18n import zichtbaar

        text = entry.get(taal) or entry["nl"]
        # a value from outside (a field's value, a name) shown, never obeyed: a lone surrogate
        # in it made str(error) fail to encode (a library test), a control character could
        # move the cursor
        return text.format(
            **{
                k: v.tekst(taal)
                if isinstance(v, (Melding, Vertaald))
                else zichtbaar(v)
                if isinstance(v, str)
                else v
                for k, v in self.params
            }
        )

    @property
    def param(self) -> dict[str, object]:
        """The parameters as a mapping."""
        return dict(self.params)


@frozen
class Vertaald:
    """A parameter already said in both languages: what a nested error says (its own problems,
    rendered by their codes), never a text written here."""

    nl: str
    en: str

    def tekst(self, taal: str = "nl") -> str:
        return self.en if taal == "en" else self.nl


def melding(code: str, /, **params: object) -> Melding:
    """The text ``code`` with these parameters (see :class:`Melding`)."""
    return Melding(code, tuple(params.items()))


@frozen
class Probleem:
    """One problem in an input: where (a dotted field path, '' for the whole input) and what.

    Made with :func:`probleem` (a code and parameters); ``nl`` and ``en`` are its text in both
    languages. Constructing it from two texts directly is what modules not yet converted do
    (tests/test_problemen.py keeps their list, which only shrinks)."""

    pad: str
    nl: str
    en: str
    bestand: str | None = None  # set when one error spans several files (a rule pack)
    melding: Melding | None = field(default=None, compare=False)

    def bericht(self, taal: str = "nl") -> str:
        return self.en if taal == "en" else self.nl

    @property
    def code(self) -> str | None:
        """The stable code of this problem ('schema.verplicht'), None for a text built inline."""
        return self.melding.code if self.melding else None

    def elders(self, pad: str | None = None, bestand: str | None = None) -> Probleem:
        """The same problem at another path or in another file (code and text kept)."""
        return replace(
            self,
            pad=self.pad if pad is None else pad,
            bestand=self.bestand if bestand is None else bestand,
        )


def probleem(pad: str, code: str, /, *, bestand: str | None = None, **params: object) -> Probleem:
    """The problem ``code`` at ``pad`` with these parameters, its text from the catalogue."""
    return probleem_uit(pad, melding(code, **params), bestand=bestand)


def probleem_uit(pad: str, m: Melding, /, *, bestand: str | None = None) -> Probleem:
    """The problem that ``m`` says, at ``pad``."""
    return Probleem(pad, m.tekst("nl"), m.tekst("en"), bestand, m)


_OS_ERRORS = frozenset(
    {
        "ENOENT",
        "EACCES",
        "EPERM",
        "EISDIR",
        "ENOTDIR",
        "ENOSPC",
        "EROFS",
        "EDQUOT",
        "EFBIG",
        "EBUSY",
        "ETXTBSY",
        "EIO",
        "ENXIO",
        "ENODEV",
        "EINVAL",
        "EXDEV",
        "ENAMETOOLONG",
        "ELOOP",
    }
)
"""The operating-system errors the catalogue says in our words ('os.ENOENT')."""


def os_melding(e: OSError) -> Melding:
    """An operating-system error as a text of the catalogue (the system's own words otherwise)."""
    import errno

    name = errno.errorcode.get(e.errno or 0, "")
    if name in _OS_ERRORS:
        return melding(f"os.{name}")
    return melding("os.anders", tekst=e.strerror or str(e))


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
        from .i18n import zichtbaar

        out = []
        for p in self.problemen:
            parts = [x for x in (p.bestand or self.plaats(), p.pad) if x]
            parts.append(p.bericht(taal))
            out.append(zichtbaar(": ".join(parts)))  # a name or key from outside: shown, safe
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
