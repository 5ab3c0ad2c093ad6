"""The combined report of several views of one proposal (issue 17): immutable values, built by
:mod:`substitutiecheck.combineren`, rendered by :mod:`substitutiecheck.reporters.combinatie`.
Mappings are read-only views of private dicts; sequences are tuples."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from .report import BronVerwijzing, Rapport
from .values import frozen

KEUZEVELDEN = ("categorie", "samenwerkingsvorm", "financiering")
"""Choice fields: on a difference the choice with the most cautious advice is used, the first
party's on a tie (partijen.json 'uitleg')."""


def bevroren(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@frozen(kw_only=True)
class Partij:
    """Who answered one of the combined files."""

    id: str
    """Unique within the combination: the role, with _2, _3 for a second, third of that role"""
    rol: str | None
    """Role id from the pack (partijen.json); None when the file names no respondent"""
    rol_naam: str | None
    naam: str | None = None
    organisatie: str | None = None
    bestand: str | None = None
    label: str
    """How a person reads this party: role, and name or organisation when given"""


@frozen(kw_only=True)
class Vraag:
    """One question: every party's answer and the combined one."""

    id: str
    """The proposal field, e.g. 'randvoorwaarden.bekostiging' or 'samenwerkingsvorm'"""
    soort: str
    """keuze, uitsluitingen, randvoorwaarden or samenwerking"""
    naam: str
    partijen: Mapping[str, str | None]
    """Party id -> its answer (an id; None: not filled in)"""
    namen: Mapping[str, str]
    """Answer id -> how a person reads it, in the report's language"""
    gecombineerd: str | None
    """The combined answer (None: no party filled in this optional question)"""

    @property
    def onbekend_bij(self) -> tuple[str, ...]:
        """The parties that say 'onbekend' where another party knows the answer (ja, nee, deels):
        no difference of view (issue 17: the combined answer is the most cautious one), but the
        reason a condition a party already answers is still open. Empty for a choice field, and
        where the combined answer is not 'onbekend': a known answer that is already the most
        cautious (an exclusion 'ja', a condition 'nee') decides, whatever the others learn (an
        adversarial review: 'Hoogrisico: ja; Zorgverzekeraar: onbekend; gecombineerd: ja' under
        a NO-GO, as if the no-go waited for the insurer)."""
        if self.soort == "keuze" or self.gecombineerd != "onbekend":
            return ()
        if not any(a not in (None, "", "onbekend") for a in self.partijen.values()):
            return ()
        return tuple(pid for pid, a in self.partijen.items() if a == "onbekend")


@frozen(kw_only=True)
class Verschil:
    """A difference of view: parties who know an answer and give different ones."""

    id: str
    """The proposal field, as in :class:`Vraag`"""
    soort: str
    """The kind of difference: antwoord, categorie, samenwerkingsvorm, financiering, samenwerking"""
    naam: str
    antwoorden: Mapping[str, str | None]
    """Party id -> its answer"""
    tegengesteld: bool
    """One party says ja and another nee"""
    gebruikt: str | None
    """The value the combined verdict used"""
    gebruikt_naam: str | None
    advies: str
    citaat: str | None = None
    bronnen: tuple[BronVerwijzing, ...]


@frozen(kw_only=True)
class Element:
    """A Kaats & Opheij element across parties: does it exist in every party's eyes?"""

    id: str
    naam: str
    antwoorden: Mapping[str, str | None]
    in_ieders_ogen: bool
    """Every party answered 'ja'"""


@frozen(kw_only=True)
class Combinatie:
    """The combined report of several views of one proposal."""

    partijen: tuple[Partij, ...]
    rapport: Rapport
    """The report of the proposal built from the combined answers (as ``evaluate`` gives it)"""
    vragen: tuple[Vraag, ...]
    verschillen: tuple[Verschil, ...]
    """Ja against nee first, then in question order"""
    samenwerking: tuple[Element, ...]
    """Empty when no party answered the Kaats & Opheij elements"""
    waarschuwingen: tuple[str, ...]
    regel: str
    """The combination rule in words"""
    regel_bronnen: tuple[BronVerwijzing, ...]
    taal: str

    @property
    def advies(self) -> str:
        return self.rapport.advies

    @property
    def voorlopig(self) -> bool:
        return self.rapport.voorlopig

    def niet_ieder_bekend(self) -> tuple[Vraag, ...]:
        """The questions one party knows and another calls 'onbekend' that are no difference of
        view (:attr:`Vraag.onbekend_bij`), in question order; a difference of view already
        names every party's answer."""
        verschil = {v.id for v in self.verschillen}
        return tuple(q for q in self.vragen if q.onbekend_bij and q.id not in verschil)

    def gebruikt(self) -> tuple[Verschil, ...]:
        """The differences in a choice field, whose first value the verdict used."""
        return tuple(v for v in self.verschillen if v.soort in KEUZEVELDEN)

    def naar_dict(self) -> dict[str, Any]:
        """The JSON of ``combineer --format json`` (report format version 2: sources and texts by
        id, the tables of what the document cites at its end)."""
        from .report_json import RAPPORTVERSIE
        from .report_tables import deel_tabellen, pakket_van

        r = self.rapport.naar_dict()
        cited = set(self.rapport.verwijzingen())
        for b in (*(b for v in self.verschillen for b in v.bronnen), *self.regel_bronnen):
            cited.add(("bronnen", b.id))
        return {
            "soort": "combinatie",
            "rapportversie": RAPPORTVERSIE,
            "titel": r["titel"],
            "regio": r["regio"],
            "advies": r["advies"],
            "voorlopig": r["voorlopig"],
            "nog_onbekend": r["nog_onbekend"],
            "reden": r["reden"],
            "ontbrekende_randvoorwaarden": r["ontbrekende_randvoorwaarden"],
            "partijen": [_plain(p) for p in self.partijen],
            "antwoorden": {
                v.id: {
                    "naam": v.naam,
                    "soort": v.soort,
                    "partijen": dict(v.partijen),
                    "gecombineerd": v.gecombineerd,
                }
                for v in self.vragen
            },
            "verschillen": [
                {**_plain(v), "bronnen": [b.id for b in v.bronnen]} for v in self.verschillen
            ],
            "samenwerking": [_plain(e) for e in self.samenwerking],
            "waarschuwingen": list(self.waarschuwingen),
            "combinatieregel": {
                "uitleg": self.regel,
                "bronnen": [b.id for b in self.regel_bronnen],
            },
            "regelpakket": r["regelpakket"],
            "taal": self.taal,
            "rapport": r,
            **deel_tabellen(pakket_van(self.rapport), self.taal, cited),
        }


def _plain(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in obj.__dataclass_fields__:
        value = getattr(obj, name)
        if isinstance(value, Mapping):
            value = dict(value)
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    if "namen" in out:
        del out["namen"]
    return out
