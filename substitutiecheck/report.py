"""The report (``rapport``) of one evaluated proposal, the same for every output format. Texts in
it are in the language the evaluation was asked for (``taal``).

The parts are frozen dataclasses, not pydantic models: a one-file ``check`` must start within 10x
of a bare Python start (issue 6), and importing pydantic and building ~20 model classes alone took
longer than that. pydantic still describes them: :func:`rapport_schema` (``substitutiecheck schema
--rapport``) is pydantic's JSON Schema of these classes, with the attribute docstrings below as
field descriptions, and the tests validate reports against it.

The report's JSON (report format version 2, issue 18) names by id what is constant per pack and
language; the texts are printed once per document, in tables. The objects stay rich: a finding
holds its sources and texts (the human formats need them). ``naar_dict()`` / ``naar_json()`` give
the report as one JSON Lines line holds it (ids), :meth:`Rapport.document` a standalone document
with its tables, ``naar_dict(volledig=True)`` the old full shape. How parts are written:
:mod:`.report_json`; the tables: :mod:`.report_tables`; the schema: :mod:`.report_schema`; the
parts around the verdict live in :mod:`.report_notes` (imported here: import them from here).
"""

from __future__ import annotations

from dataclasses import field
from typing import Any, Literal

from .report_json import GEMAAKTE_TEKSTEN, RAPPORTVERSIE, Deel
from .report_notes import (
    Antwoord,
    BronVerwijzing,
    DoelEffect,
    Draagvlak,
    EersteLijn,
    EigenTripleAim,
    ElementStand,
    FinancieringsAdvies,
    GroepStand,
    Kernvoorwaarde,
    PassendeVorm,
    Percentage,
    RandvoorwaardeStand,
    Route,
    Samenwerkingsprofiel,
    Toelichting,
    TripleAim,
)
from .values import frozen

__all__ = [
    "Advies",
    "Antwoord",
    "Bevinding",
    "BronVerwijzing",
    "DoelEffect",
    "Draagvlak",
    "EersteLijn",
    "EigenTripleAim",
    "ElementStand",
    "Ernst",
    "FinancieringsAdvies",
    "GroepStand",
    "Invoer",
    "Kernvoorwaarde",
    "OntbrekendeVoorwaarde",
    "PakketStempel",
    "PassendeVorm",
    "Percentage",
    "RAPPORTVERSIE",
    "RandvoorwaardeStand",
    "Rapport",
    "Route",
    "Samenwerkingsprofiel",
    "Toelichting",
    "TripleAim",
    "rapport_schema",
]

_Deel = Deel  # the old private name

Advies = Literal["go", "voorwaardelijk", "no-go"]
Ernst = Literal["blokkerend", "voorwaarde", "notitie"]


def rapport_schema(taal: str = "nl") -> dict[str, Any]:
    """The JSON Schema of a report (version 2) with its documents and tables, every description
    in ``taal`` (see :mod:`.report_schema`)."""
    from .report_schema import rapport_schema as schema

    return schema(taal)


@frozen(kw_only=True)
class Bevinding(Deel):
    """One fired rule: what it found, how serious, and where it comes from."""

    _TABEL = ("regels", "regel")
    _IN_TABEL = ("naam", "tekst", "advies", "bronnen")

    regel: str
    """Stabiel regel-id, bijvoorbeeld 'randvoorwaarde.bekostiging.nee'"""
    ernst: Ernst
    """Effect op het advies: blokkerend (no-go), voorwaarde (go onder voorwaarden) of notitie"""
    blokkerend: bool
    """Gaat over een voorwaarde van het blokkerende soort ('nee' betekent no-go)"""
    veld: str
    """Het veld van het voorstel, bijvoorbeeld 'randvoorwaarden.ict'"""
    antwoord: str | None
    """Het antwoord in het voorstel dat de regel deed afgaan"""
    naam: str
    tekst: str
    advies: str | None = None
    """Hoe de voorwaarde te vervullen"""
    bronnen: tuple[BronVerwijzing, ...]


LAGEN = ("no_go", "eerst", "daarna")
"""The tiers of a missing condition (reporters.common.lagen, the bottlenecks of knelpunten):
ernst 'blokkerend'; of the blocking kind; the rest."""


def laag(ernst: str, blokkerend: bool) -> str:
    if ernst == "blokkerend":
        return "no_go"
    return "eerst" if blokkerend else "daarna"


@frozen(kw_only=True)
class OntbrekendeVoorwaarde(Deel):
    """A missing condition (DOMAIN §7): a randvoorwaarde, an exclusion still unknown, a category to argue."""

    _TABEL = ("regels", "regel")
    _IN_TABEL = ("groep", "veld", "naam", "advies", "bronnen")

    id: str
    """Id van de voorwaarde, bijvoorbeeld 'bekostiging' of 'acuut_complex'"""
    soort: str
    """randvoorwaarde, uitsluiting, categorie of regel"""
    groep: str | None = None
    """Groep van de randvoorwaarde (DOMAIN §3)"""
    veld: str
    naam: str
    antwoord: str | None
    blokkerend: bool
    blokkeert_bij: str | None = None
    """Het antwoord dat tot no-go leidt ('nee' bij een randvoorwaarde, 'ja' bij een uitsluiting)"""
    ernst: Ernst
    regel: str
    advies: str | None
    bronnen: tuple[BronVerwijzing, ...]


@frozen(kw_only=True)
class Invoer(Deel):
    bestand: str | None = None
    regel: int | None = None
    """Regelnummer in een JSON Lines-bestand"""


@frozen(kw_only=True)
class PakketStempel(Deel):
    naam: str
    versie: str
    hash: str
    """Hash van de inhoud van het regelpakket (met de pakketten die het uitbreidt)"""
    uitbreiding_van: tuple[str, ...] = field(
        default_factory=tuple
    )  # (a factory: no schema default)
    """De pakketten die dit pakket uitbreidt"""


@frozen(kw_only=True)
class Rapport(Deel):
    """The advice for one proposal."""

    invoer: Invoer | None = None
    titel: str | None
    regio: str | None
    categorie: str
    categorie_naam: str
    omschrijving: str | None = None
    """De omschrijving van de patiëntengroep in het voorstel (patientgroep.omschrijving)"""
    samenwerkingsvorm: str | None
    samenwerkingsvorm_naam: str | None
    financiering: str
    financiering_naam: str
    advies: Advies
    voorlopig: bool = False
    """Voorlopig advies: minstens één uitsluiting of blokkerende randvoorwaarde is nog 'onbekend',
    dus een antwoord kan het advies nog veranderen; nooit bij een no-go, dat door geen antwoord op
    een onbekende vraag meer opgeheven wordt (het advies en de exitcode veranderen er niet door)"""
    nog_onbekend: tuple[str, ...] = field(default_factory=tuple)
    """De ids van de uitsluitingen en blokkerende randvoorwaarden die nog 'onbekend' zijn, in de
    volgorde van het rapport"""
    reden: str
    """Het advies en de reden in één zin"""
    ontbrekende_randvoorwaarden: tuple[OntbrekendeVoorwaarde, ...]
    """Alle ontbrekende voorwaarden, blokkerende soort eerst"""
    bevindingen: tuple[Bevinding, ...]
    """Alle bevindingen, ook notities"""
    regelpakket: PakketStempel
    taal: Literal["nl", "en"]
    toelichting: Toelichting | None = None
    """Toelichting rond het advies (verandert het advies niet)"""

    def met_invoer(self, bestand: str | None, regel: int | None = None) -> Rapport:
        """The same report with where its input came from (a copy; the fields are shared)."""
        new = object.__new__(type(self))
        state = new.__dict__
        state.update(self.__dict__)
        for kept in GEMAAKTE_TEKSTEN:  # the texts made of this report hold its old input
            state.pop(kept, None)
        state["invoer"] = Invoer(bestand=bestand, regel=regel)
        return new

    def document(self) -> dict[str, Any]:
        """This report as a standalone JSON document, with the tables of what it cites:
        ``{"rapportversie": 2, "rapporten": [...], "bronnen": {...}, "regels": {...}, ...}``
        (:func:`substitutiecheck.report_tables.document`)."""
        from .report_tables import document

        return document([self])
