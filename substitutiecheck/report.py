"""The report (``rapport``) of one evaluated proposal, the same for every output format. Texts in
it are in the language the evaluation was asked for (``taal``).

The parts are frozen dataclasses, not pydantic models: a one-file ``check`` must start within 10x
of a bare Python start (issue 6), and importing pydantic and building ~20 model classes alone took
longer than that. pydantic still describes them: :func:`rapport_schema` (``substitutiecheck schema
--rapport``) is pydantic's JSON Schema of these classes, with the attribute docstrings below as
field descriptions, and the tests validate reports against it.
"""

from __future__ import annotations

import json
from dataclasses import Field, dataclass, field, fields, replace
from typing import Any, ClassVar, Literal

Advies = Literal["go", "voorwaardelijk", "no-go"]
Ernst = Literal["blokkerend", "voorwaarde", "notitie"]


class _Deel:
    """Serialisation shared by every part of a report: ``naar_dict`` (plain JSON types, in field
    order, like ``json.loads(naar_json())``) and ``naar_json`` (compact, UTF-8 text).

    Every part is a plain frozen dataclass whose sequences are tuples, so a report is deeply
    immutable: parts can be shared between reports (findings, sources, the notes per category)
    without one report ever changing another. That is also what makes it safe for each part to
    keep its own JSON text once made (a big batch encodes a shared part once, not once per
    report): nothing can change a part after its text is made."""

    __pydantic_config__ = {"extra": "forbid", "use_attribute_docstrings": True}
    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]  # every part is a dataclass

    @classmethod
    def _namen(cls) -> tuple[str, ...]:
        names = cls.__dict__.get("_NAMEN")
        if names is None:
            names = tuple(f.name for f in fields(cls))
            cls._NAMEN = names  # type: ignore[attr-defined]
        return names

    def naar_dict(self) -> dict[str, Any]:
        return {name: _dict(getattr(self, name)) for name in self._namen()}

    def naar_json(self, ingesprongen: bool = False) -> str:
        """Compact JSON; with ``ingesprongen`` the text of ``json.dumps(naar_dict(), indent=2,
        ensure_ascii=False)`` (the json module writes indented JSON in pure Python, ~5x slower)."""
        key = "_json_ingesprongen" if ingesprongen else "_json"
        cached = self.__dict__.get(key)
        if cached is None:
            if ingesprongen:
                cached = (
                    "{"
                    + ",".join(
                        f'\n  "{name}": '
                        + _json_ingesprongen(getattr(self, name)).replace("\n", "\n  ")
                        for name in self._namen()
                    )
                    + "\n}"
                )
            else:
                cached = (
                    "{"
                    + ",".join(f'"{name}":{_json(getattr(self, name))}' for name in self._namen())
                    + "}"
                )
            self.__dict__[key] = cached  # frozen: bypasses __setattr__, outside the fields
        return cached


def _dict(value: Any) -> Any:
    if isinstance(value, _Deel):
        return value.naar_dict()
    if isinstance(value, tuple):
        return [_dict(v) for v in value]
    return value


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json(value: Any) -> str:
    if isinstance(value, _Deel):
        return value.naar_json()
    if isinstance(value, tuple):
        return "[" + ",".join(_json(v) for v in value) + "]"
    return _dumps(value)


def _json_ingesprongen(value: Any) -> str:
    if isinstance(value, _Deel):
        return value.naar_json(ingesprongen=True)
    if isinstance(value, tuple):
        if not value:
            return "[]"
        return (
            "["
            + ",".join("\n  " + _json_ingesprongen(v).replace("\n", "\n  ") for v in value)
            + "\n]"
        )
    return _dumps(value)


def rapport_schema() -> dict[str, Any]:
    """The JSON Schema of a report (pydantic's, generated from the classes below)."""
    from pydantic import TypeAdapter

    from .partijen_schema import met_partijen_schema

    return met_partijen_schema(TypeAdapter(Rapport).json_schema())


@dataclass(frozen=True, kw_only=True)
class BronVerwijzing(_Deel):
    id: str
    soort: str
    """seed (brondocument), nivel2013, extern of productkeuze (eigen keuze van substitutiecheck, geen bron)"""
    kort: str
    """Korte naam, bijvoorbeeld 'Nivel 2013' (bij productkeuze: 'Keuze substitutiecheck')"""
    titel: str
    """Titel en jaar, of een beschrijving als de bron geen titel heeft"""
    periode: str | None = None
    """De periode die de bron beschrijft, bijvoorbeeld '2015/2016' voor het Raedelijn e-book"""


@dataclass(frozen=True, kw_only=True)
class Bevinding(_Deel):
    """One fired rule: what it found, how serious, and where it comes from."""

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


@dataclass(frozen=True, kw_only=True)
class OntbrekendeVoorwaarde(_Deel):
    """A missing condition (DOMAIN §7): a randvoorwaarde, an exclusion still unknown, a category to argue."""

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


@dataclass(frozen=True, kw_only=True)
class Invoer(_Deel):
    bestand: str | None = None
    regel: int | None = None
    """Regelnummer in een JSON Lines-bestand"""


@dataclass(frozen=True, kw_only=True)
class PakketStempel(_Deel):
    naam: str
    versie: str
    hash: str
    """Hash van de inhoud van het regelpakket (met de pakketten die het uitbreidt)"""
    uitbreiding_van: tuple[str, ...] = field(
        default_factory=tuple
    )  # (a factory: no schema default)
    """De pakketten die dit pakket uitbreidt"""


# -- notes around the verdict (they never change it) ----------------------------------------------


@dataclass(frozen=True, kw_only=True)
class RandvoorwaardeStand(_Deel):
    id: str
    naam: str
    antwoord: str


@dataclass(frozen=True, kw_only=True)
class GroepStand(_Deel):
    """How many randvoorwaarden of one DOMAIN §3 group are met, partly met, not met, unknown."""

    id: str
    naam: str
    ja: int
    deels: int
    nee: int
    onbekend: int
    randvoorwaarden: tuple[RandvoorwaardeStand, ...]
    """In de volgorde van het pakket"""


@dataclass(frozen=True, kw_only=True)
class TripleAim(_Deel):
    """Triple Aim effects as text from the Raedelijn table; None = not stated in the source."""

    kwaliteit: str | None = None
    """Ervaren kwaliteit van zorg (patiënt)"""
    gezondheid: str | None = None
    """Gezondheid populatie"""
    kosten: str | None = None
    """Zorgkosten populatie"""


@dataclass(frozen=True, kw_only=True)
class PassendeVorm(_Deel):
    """A samenwerkingsvorm that fits the patient group (DOMAIN §5), or the one the proposal chose."""

    id: str
    naam: str
    soort: str
    soort_naam: str
    gekozen: bool
    """De samenwerkingsvorm van het voorstel"""
    past_bij_groep: bool | None
    """Past volgens substitutiecheck bij de patiëntengroep (een eigen keuze, zie
    Toelichting.koppeling_bronnen); None: substitutiecheck doet geen suggestie voor deze
    categorie (een groep buiten de Nivel-lijst), dus ook nooit 'past niet'"""
    status: str | None = None
    stand: str | None = None
    """Wanneer status, financiering en Triple Aim golden, bijvoorbeeld 'stand 2015/2016 volgens het e-book'"""
    waar: str | None = None
    """Waar (en sinds wanneer) de vorm loopt"""
    triple_aim: TripleAim
    noot: str | None = None
    bronnen: tuple[BronVerwijzing, ...]


@dataclass(frozen=True, kw_only=True)
class Route(_Deel):
    id: str
    naam: str
    toelichting: str | None = None


@dataclass(frozen=True, kw_only=True)
class FinancieringsAdvies(_Deel):
    """A financing route (DOMAIN §6) for this proposal."""

    gekozen: Route
    past: bool
    """De gekozen route is een van de passende routes"""
    passend: tuple[Route, ...]
    """Routes die passen bij de samenwerkingsvorm en de patiëntengroep"""
    tekst: str
    """Het financieringsadvies in één zin"""
    algemeen: str | None = None
    bronnen: tuple[BronVerwijzing, ...]


@dataclass(frozen=True, kw_only=True)
class Percentage(_Deel):
    percentage: int
    tekst: str


@dataclass(frozen=True, kw_only=True)
class Draagvlak(_Deel):
    """Patient support for substitution (DOMAIN §6, Van Dijk et al 2013). The group figures
    are the share of patients with no preference, not a measure of support: no threshold."""

    percentage: int | None
    """Aandeel patiënten van deze groep zonder voorkeur ('controles kunnen evengoed uitgevoerd
    worden door huisarts'); alleen voor diabetes, osteoporose en COPD; None = geen cijfer"""
    tekst: str
    """Het cijfer met zijn betekenis en de groep waarover het gaat, of dat er geen cijfer is"""
    advies: str
    samenvatting: str | None = None
    """Het cijfer voor chronische patiënten als groep (alleen bij chronische categorieën)"""
    vraag: str
    gelijke_expertise: Percentage | None = None
    """Aandeel patiënten dat bij gelijke expertise de huisarts verkiest"""
    voorkeur_huisarts: tuple[Percentage, ...]
    voorkeur_specialist: tuple[Percentage, ...]
    bronnen: tuple[BronVerwijzing, ...]


@dataclass(frozen=True, kw_only=True)
class ElementStand(_Deel):
    id: str
    naam: str
    antwoord: str
    succes: tuple[str, ...]
    faal: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Samenwerkingsprofiel(_Deel):
    """The Kaats & Opheij profile of the collaboration (DOMAIN §4), when answered."""

    zwak: bool
    """Volgens de drempel van het pakket is de samenwerking zwak"""
    elementen: tuple[ElementStand, ...]
    advies: str
    drempel: str
    """Wanneer de samenwerking als zwak telt"""
    basis: str | None = None
    lichtere_vormen: tuple[Route, ...]
    bronnen: tuple[BronVerwijzing, ...]


# -- the proposal itself (optional parts; they never change the verdict) ---------------------------


@dataclass(frozen=True, kw_only=True)
class Antwoord(_Deel):
    id: str
    naam: str
    antwoord: str
    """ja, nee of onbekend (bij de kernvoorwaarde ook deels)"""


@dataclass(frozen=True, kw_only=True)
class DoelEffect(_Deel):
    """One Triple Aim pillar: the proposal's own expected effect next to the chosen form's in the e-book."""

    id: str
    """kwaliteit, gezondheid of kosten"""
    naam: str
    verwacht: str
    """Verwacht effect van het voorstel: +, +/-, - of onbekend (de verwachting van de indiener, geen bron)"""
    verwacht_naam: str
    """Het effect in woorden, bijvoorbeeld 'draagt bij'"""
    vorm: str | None = None
    """Het effect van de gekozen samenwerkingsvorm volgens het e-book; None = geen vorm gekozen of niet vermeld"""


@dataclass(frozen=True, kw_only=True)
class EigenTripleAim(_Deel):
    """The proposal's own expected Triple Aim effect and whether a pilot and an evaluation are planned."""

    doelen: tuple[DoelEffect, ...]
    vorm_naam: str | None = None
    """De gekozen samenwerkingsvorm waarvan de e-book-effecten ernaast staan"""
    plannen: tuple[Antwoord, ...]
    """Pilot en evaluatie gepland: ja, nee of onbekend"""
    uitleg: str
    advies: str | None = None
    """Alleen als een pilot of evaluatie niet (zeker) gepland is"""
    bronnen: tuple[BronVerwijzing, ...]


@dataclass(frozen=True, kw_only=True)
class EersteLijn(_Deel):
    """Who in the first line takes part (not only the GP), and for some groups the social domain."""

    deelnemers: tuple[Antwoord, ...]
    """Elke zorgverlener uit het pakket met het antwoord van het voorstel (ja, nee, onbekend)"""
    tekst: str
    """Wie volgens het voorstel deelneemt, in één zin"""
    sociaal_domein: Antwoord | None = None
    """Gemeente / sociaal domein betrokken; alleen bij de categorieën waarvoor het pakket het vraagt"""
    sociaal_domein_advies: str | None = None
    uitleg: str
    bronnen: tuple[BronVerwijzing, ...]


@dataclass(frozen=True, kw_only=True)
class Kernvoorwaarde(_Deel):
    """Kaats & Opheij's core condition of collaboration, with the proposal's answer."""

    naam: str
    tekst: str
    """De voorwaarde in de woorden van de bron (Engels: vertaald)"""
    antwoord: str | None = None
    """ja, deels, nee of onbekend; None = het voorstel heeft geen onderdeel 'samenwerking'"""
    advies: str | None = None
    """Alleen bij 'deels' of 'nee'"""
    bronnen: tuple[BronVerwijzing, ...]


@dataclass(frozen=True, kw_only=True)
class Toelichting(_Deel):
    """Everything around the verdict: notes that never change it."""

    randvoorwaarden_per_groep: tuple[GroepStand, ...]
    samenwerkingsvormen: tuple[PassendeVorm, ...]
    koppeling_bronnen: tuple[BronVerwijzing, ...] = field(default_factory=tuple)
    """Waar de koppeling samenwerkingsvorm -> patiëntengroep vandaan komt (productkeuze: het
    e-book koppelt vormen niet aan patiëntengroepen)"""
    financiering: FinancieringsAdvies
    draagvlak: Draagvlak | None = None
    samenwerking: Samenwerkingsprofiel | None = None
    """Alleen als het voorstel de vijf elementen (deels) heeft ingevuld"""
    kernvoorwaarde: Kernvoorwaarde | None = None
    """Kaats & Opheij: een deel van de autonomie opgeven in het vertrouwen er meer voor terug te krijgen"""
    triple_aim: EigenTripleAim | None = None
    """Alleen als het voorstel het onderdeel 'triple_aim' invult"""
    eerste_lijn: EersteLijn | None = None
    """Alleen als het voorstel het onderdeel 'eerste_lijn' invult"""


@dataclass(frozen=True, kw_only=True)
class Rapport(_Deel):
    """The advice for one proposal."""

    invoer: Invoer | None = None
    titel: str | None
    regio: str | None
    categorie: str
    categorie_naam: str
    samenwerkingsvorm: str | None
    samenwerkingsvorm_naam: str | None
    financiering: str
    financiering_naam: str
    advies: Advies
    voorlopig: bool = False
    """Voorlopig advies: minstens één uitsluiting of blokkerende randvoorwaarde is nog 'onbekend'
    (het advies en de exitcode veranderen er niet door)"""
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
        return replace(self, invoer=Invoer(bestand=bestand, regel=regel))
