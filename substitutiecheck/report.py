"""The report (``rapport``) of one evaluated proposal: a pydantic model, the same for every
output format. Texts in it are in the language the evaluation was asked for (``taal``)."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

Advies = Literal["go", "voorwaardelijk", "no-go"]
Ernst = Literal["blokkerend", "voorwaarde", "notitie"]

_CFG = ConfigDict(extra="forbid", frozen=True)


class BronVerwijzing(BaseModel):
    model_config = _CFG
    id: str
    soort: str = Field(description="seed (brondocument), nivel2013 of extern")
    kort: str = Field(description="Korte naam, bijvoorbeeld 'Nivel 2013'")
    titel: str


class Bevinding(BaseModel):
    """One fired rule: what it found, how serious, and where it comes from."""

    model_config = _CFG
    regel: str = Field(description="Stabiel regel-id, bijvoorbeeld 'randvoorwaarde.bekostiging.nee'")
    ernst: Ernst = Field(description="Effect op het advies: blokkerend (no-go), voorwaarde (go onder voorwaarden) of notitie")
    blokkerend: bool = Field(description="Gaat over een voorwaarde van het blokkerende soort ('nee' betekent no-go)")
    veld: str = Field(description="Het veld van het voorstel, bijvoorbeeld 'randvoorwaarden.ict'")
    antwoord: Optional[str] = Field(description="Het antwoord in het voorstel dat de regel deed afgaan")
    naam: str
    tekst: str
    advies: Optional[str] = Field(default=None, description="Hoe de voorwaarde te vervullen")
    bronnen: list[BronVerwijzing]


class OntbrekendeVoorwaarde(BaseModel):
    """A missing condition (DOMAIN §7): a randvoorwaarde, an exclusion still unknown, a category to argue."""

    model_config = _CFG
    id: str = Field(description="Id van de voorwaarde, bijvoorbeeld 'bekostiging' of 'acuut_complex'")
    soort: str = Field(description="randvoorwaarde, uitsluiting, categorie of regel")
    groep: Optional[str] = Field(default=None, description="Groep van de randvoorwaarde (DOMAIN §3)")
    veld: str
    naam: str
    antwoord: Optional[str]
    blokkerend: bool
    blokkeert_bij: Optional[str] = Field(
        default=None, description="Het antwoord dat tot no-go leidt ('nee' bij een randvoorwaarde, 'ja' bij een uitsluiting)")
    ernst: Ernst
    regel: str
    advies: Optional[str]
    bronnen: list[BronVerwijzing]


class Invoer(BaseModel):
    model_config = _CFG
    bestand: Optional[str] = None
    regel: Optional[int] = Field(default=None, description="Regelnummer in een JSON Lines-bestand")


class PakketStempel(BaseModel):
    model_config = _CFG
    naam: str
    versie: str
    hash: str = Field(description="Hash van de inhoud van het regelpakket (met de pakketten die het uitbreidt)")
    uitbreiding_van: list[str] = Field(default_factory=list, description="De pakketten die dit pakket uitbreidt")


# -- notes around the verdict (they never change it) ----------------------------------------------

class RandvoorwaardeStand(BaseModel):
    model_config = _CFG
    id: str
    naam: str
    antwoord: str


class GroepStand(BaseModel):
    """How many randvoorwaarden of one DOMAIN §3 group are met, partly met, not met, unknown."""

    model_config = _CFG
    id: str
    naam: str
    ja: int
    deels: int
    nee: int
    onbekend: int
    randvoorwaarden: list[RandvoorwaardeStand] = Field(description="In de volgorde van het pakket")


class TripleAim(BaseModel):
    """Triple Aim effects as text from the Raedelijn table; None = not stated in the source."""

    model_config = _CFG
    kwaliteit: Optional[str] = Field(default=None, description="Ervaren kwaliteit van zorg (patiënt)")
    gezondheid: Optional[str] = Field(default=None, description="Gezondheid populatie")
    kosten: Optional[str] = Field(default=None, description="Zorgkosten populatie")


class PassendeVorm(BaseModel):
    """A samenwerkingsvorm that fits the patient group (DOMAIN §5), or the one the proposal chose."""

    model_config = _CFG
    id: str
    naam: str
    soort: str
    soort_naam: str
    gekozen: bool = Field(description="De samenwerkingsvorm van het voorstel")
    past_bij_groep: bool = Field(description="Past volgens DOMAIN §5 bij de patiëntengroep")
    status: Optional[str] = None
    waar: Optional[str] = Field(default=None, description="Waar (en sinds wanneer) de vorm loopt")
    triple_aim: TripleAim
    noot: Optional[str] = None
    bronnen: list[BronVerwijzing]


class Route(BaseModel):
    model_config = _CFG
    id: str
    naam: str
    toelichting: Optional[str] = None


class FinancieringsAdvies(BaseModel):
    """A financing route (DOMAIN §6) for this proposal."""

    model_config = _CFG
    gekozen: Route
    past: bool = Field(description="De gekozen route is een van de passende routes")
    passend: list[Route] = Field(description="Routes die passen bij de samenwerkingsvorm en de patiëntengroep")
    tekst: str = Field(description="Het financieringsadvies in één zin")
    algemeen: Optional[str] = None
    bronnen: list[BronVerwijzing]


class Percentage(BaseModel):
    model_config = _CFG
    percentage: int
    tekst: str


class Draagvlak(BaseModel):
    """Patient support for substitution (DOMAIN §6, Van Dijk et al 2013)."""

    model_config = _CFG
    percentage: Optional[int] = Field(description="Aandeel patiënten van deze groep dat controles bij de huisarts goed vindt; None = onbekend")
    drempel: int
    laag: bool = Field(description="Het percentage ligt onder de drempel")
    tekst: str
    advies: str
    samenvatting: str
    vraag: str
    voorkeur_huisarts: list[Percentage]
    voorkeur_specialist: list[Percentage]
    bronnen: list[BronVerwijzing]


class ElementStand(BaseModel):
    model_config = _CFG
    id: str
    naam: str
    antwoord: str
    succes: list[str]
    faal: list[str]


class Samenwerkingsprofiel(BaseModel):
    """The Kaats & Opheij profile of the collaboration (DOMAIN §4), when answered."""

    model_config = _CFG
    zwak: bool = Field(description="Volgens de drempel van het pakket is de samenwerking zwak")
    elementen: list[ElementStand]
    advies: str
    drempel: str = Field(description="Wanneer de samenwerking als zwak telt")
    basis: Optional[str] = None
    lichtere_vormen: list[Route]
    bronnen: list[BronVerwijzing]


class Toelichting(BaseModel):
    """Everything around the verdict: notes that never change it."""

    model_config = _CFG
    randvoorwaarden_per_groep: list[GroepStand]
    samenwerkingsvormen: list[PassendeVorm]
    financiering: FinancieringsAdvies
    draagvlak: Optional[Draagvlak] = None
    samenwerking: Optional[Samenwerkingsprofiel] = Field(
        default=None, description="Alleen als het voorstel de vijf elementen (deels) heeft ingevuld")


class Rapport(BaseModel):
    """The advice for one proposal."""

    model_config = _CFG
    invoer: Optional[Invoer] = None
    titel: Optional[str]
    regio: Optional[str]
    categorie: str
    categorie_naam: str
    samenwerkingsvorm: Optional[str]
    samenwerkingsvorm_naam: Optional[str]
    financiering: str
    financiering_naam: str
    advies: Advies
    reden: str = Field(description="Het advies en de reden in één zin")
    ontbrekende_randvoorwaarden: list[OntbrekendeVoorwaarde] = Field(
        description="Alle ontbrekende voorwaarden, blokkerende soort eerst")
    bevindingen: list[Bevinding] = Field(description="Alle bevindingen, ook notities")
    regelpakket: PakketStempel
    taal: Literal["nl", "en"]
    toelichting: Optional[Toelichting] = Field(
        default=None, description="Toelichting rond het advies (verandert het advies niet)")

    def met_invoer(self, bestand: str | None, regel: int | None = None) -> "Rapport":
        return self.model_copy(update={"invoer": Invoer(bestand=bestand, regel=regel)})
