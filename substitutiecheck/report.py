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

    def met_invoer(self, bestand: str | None, regel: int | None = None) -> "Rapport":
        return self.model_copy(update={"invoer": Invoer(bestand=bestand, regel=regel)})
