"""The parts of a report around its verdict (split from :mod:`substitutiecheck.report`, which
re-exports every class here): the sources a part cites, and the notes (``Toelichting``) that
never change the verdict. Import them from :mod:`substitutiecheck.report`."""

from __future__ import annotations

from dataclasses import field

from .report_json import Deel
from .values import frozen


@frozen(kw_only=True)
class BronVerwijzing(Deel):
    _ALS_ID = True

    id: str
    soort: str
    """seed (brondocument), nivel2013, extern of productkeuze (eigen keuze van substitutiecheck, geen bron)"""
    kort: str
    """Korte naam, bijvoorbeeld 'Nivel 2013' (bij productkeuze: 'Keuze substitutiecheck')"""
    titel: str
    """Titel en jaar, of een beschrijving als de bron geen titel heeft"""
    periode: str | None = None
    """De periode die de bron beschrijft, bijvoorbeeld '2015/2016' voor het Raedelijn e-book"""


# -- notes around the verdict (they never change it) ----------------------------------------------


@frozen(kw_only=True)
class RandvoorwaardeStand(Deel):
    """The answer of the proposal to one randvoorwaarde."""

    _TABEL = ("randvoorwaarden", "id")
    _IN_TABEL = ("naam",)

    id: str
    naam: str
    antwoord: str


@frozen(kw_only=True)
class GroepStand(Deel):
    """How many randvoorwaarden of one DOMAIN §3 group are met, partly met, not met, unknown."""

    _TABEL = ("groepen", "id")
    _IN_TABEL = ("naam",)

    id: str
    naam: str
    ja: int
    deels: int
    nee: int
    onbekend: int
    randvoorwaarden: tuple[RandvoorwaardeStand, ...]
    """In de volgorde van het pakket"""


@frozen(kw_only=True)
class TripleAim(Deel):
    """Triple Aim effects as text from the Raedelijn table; None = not stated in the source."""

    kwaliteit: str | None = None
    """Ervaren kwaliteit van zorg (patiënt)"""
    gezondheid: str | None = None
    """Gezondheid populatie"""
    kosten: str | None = None
    """Zorgkosten populatie"""


@frozen(kw_only=True)
class PassendeVorm(Deel):
    """A samenwerkingsvorm that fits the patient group (DOMAIN §5), or the one the proposal chose."""

    _TABEL = ("samenwerkingsvormen", "id")
    _IN_TABEL = (
        "naam",
        "soort",
        "soort_naam",
        "status",
        "stand",
        "waar",
        "triple_aim",
        "noot",
        "bronnen",
    )

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


@frozen(kw_only=True)
class Route(Deel):
    id: str
    naam: str
    toelichting: str | None = None


@frozen(kw_only=True)
class FinancieringsAdvies(Deel):
    """A financing route (DOMAIN §6) for this proposal."""

    _VERWIJST = {"gekozen": "financiering", "passend": "financiering"}

    gekozen: Route
    past: bool
    """De gekozen route is een van de passende routes"""
    passend: tuple[Route, ...]
    """Routes die passen bij de samenwerkingsvorm en de patiëntengroep"""
    tekst: str
    """Het financieringsadvies in één zin"""
    algemeen: str | None = None
    bronnen: tuple[BronVerwijzing, ...]


@frozen(kw_only=True)
class Percentage(Deel):
    percentage: int
    tekst: str


@frozen(kw_only=True)
class Draagvlak(Deel):
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


@frozen(kw_only=True)
class ElementStand(Deel):
    id: str
    naam: str
    antwoord: str
    succes: tuple[str, ...]
    faal: tuple[str, ...]


@frozen(kw_only=True)
class Samenwerkingsprofiel(Deel):
    """The Kaats & Opheij profile of the collaboration (DOMAIN §4), when answered."""

    _VERWIJST = {"lichtere_vormen": "samenwerkingsvormen"}

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


@frozen(kw_only=True)
class Antwoord(Deel):
    id: str
    naam: str
    antwoord: str
    """ja, nee of onbekend (bij de kernvoorwaarde ook deels)"""


@frozen(kw_only=True)
class DoelEffect(Deel):
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


@frozen(kw_only=True)
class EigenTripleAim(Deel):
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


@frozen(kw_only=True)
class EersteLijn(Deel):
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


@frozen(kw_only=True)
class Kernvoorwaarde(Deel):
    """Kaats & Opheij's core condition of collaboration, with the proposal's answer."""

    naam: str
    tekst: str
    """De voorwaarde in de woorden van de bron (Engels: vertaald)"""
    antwoord: str | None = None
    """ja, deels, nee of onbekend; None = het voorstel heeft geen onderdeel 'samenwerking'"""
    advies: str | None = None
    """Alleen bij 'deels' of 'nee'"""
    bronnen: tuple[BronVerwijzing, ...]


@frozen(kw_only=True)
class Toelichting(Deel):
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
