"""The proposal contract of a pack, :func:`contract`: one 'object' field, built once per pack."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..i18n import t
from ..pack.items import (
    Categorie,
    Element,
    Financieringsroute,
    Randvoorwaarde,
    Samenwerkingsvorm,
    Uitsluiting,
)
from ..pack.model import ANTWOORDEN, UITSLUITING_ANTWOORDEN, Regelpakket
from ..runtime import runtime_for
from .fields import MAX_OMSCHRIJVING, MAX_REGIO, MAX_TITEL, Veld
from .parts import kernvoorwaarde, keuze_uitleg, respondent, uitleg, voorstel_zelf


def contract(pack: Regelpakket) -> Veld:
    """The proposal contract of this pack, as one 'object' field (built once per pack)."""
    runtime = runtime_for(pack)
    cached: Veld | None = runtime.contract
    if cached is not None:
        return cached

    def antwoorden(
        items: Iterable[Uitsluiting | Randvoorwaarde | Element],
        keuzes: Iterable[str] = ANTWOORDEN,
    ) -> tuple[Veld, ...]:
        return tuple(
            Veld(
                i.id,
                "keuze",
                t(i.vraag if isinstance(i, Randvoorwaarde) else i.naam, "nl"),
                keuzes=tuple(keuzes),
                standaard="onbekend",
                titel=i.naam,
                uitleg=uitleg(i),
            )
            for i in items
        )

    def keuze(
        naam: str,
        items: Iterable[Categorie | Samenwerkingsvorm | Financieringsroute],
        standaard: Any = None,
        leeg_mag: bool = False,
        verplicht: bool = False,
    ) -> Veld:
        nl, en = TEKSTEN[naam]
        return Veld(
            naam,
            "keuze",
            nl["uitleg"],
            keuzes=tuple(i.id for i in items),
            standaard=standaard,
            leeg_mag=leeg_mag,
            verplicht=verplicht,
            titel={"nl": nl["titel"], "en": en["titel"]},
            uitleg={"nl": nl["uitleg"], "en": en["uitleg"]},
            keuze_teksten=tuple((i.id, i.naam, keuze_uitleg(i, pack)) for i in items),
        )

    root = Veld(
        "voorstel",
        "object",
        "Voorstel",
        verplicht=True,
        velden=(
            Veld(
                "titel",
                "tekst",
                "Titel van het voorstel",
                leeg_mag=True,
                max_lengte=MAX_TITEL,
                titel={"nl": "Titel", "en": "Title"},
                uitleg={"nl": "Titel van het voorstel", "en": "Title of the proposal"},
            ),
            Veld(
                "regio",
                "tekst",
                "Regio",
                leeg_mag=True,
                max_lengte=MAX_REGIO,
                titel={"nl": "Regio", "en": "Region"},
                uitleg={"nl": "De regio van het voorstel", "en": "The region of the proposal"},
            ),
            Veld(
                "patientgroep",
                "object",
                "De patiëntengroep en de uitsluitingsvragen",
                verplicht=True,
                titel={"nl": "Patiëntengroep", "en": "Patient group"},
                uitleg={
                    "nl": "De patiëntengroep en de uitsluitingsvragen",
                    "en": "The patient group and the exclusion questions",
                },
                velden=(
                    keuze("categorie", pack.categorieen, verplicht=True),
                    Veld(
                        "omschrijving",
                        "tekst",
                        "Korte omschrijving van de patiëntengroep",
                        leeg_mag=True,
                        max_lengte=MAX_OMSCHRIJVING,
                        titel={"nl": "Omschrijving", "en": "Description"},
                        uitleg={
                            "nl": "Korte omschrijving van de patiëntengroep",
                            "en": "Short description of the patient group",
                        },
                    ),
                    *antwoorden(pack.uitsluitingen, UITSLUITING_ANTWOORDEN),
                ),
            ),
            keuze("samenwerkingsvorm", pack.samenwerkingsvormen, leeg_mag=True),
            keuze("financiering", pack.financiering, standaard="onbekend"),
            Veld(
                "randvoorwaarden",
                "object",
                "Randvoorwaarden; een ontbrekend antwoord telt als 'onbekend'",
                titel={"nl": "Randvoorwaarden", "en": "Preconditions"},
                uitleg={
                    "nl": "Randvoorwaarden; een ontbrekend antwoord telt als 'onbekend'",
                    "en": "Preconditions; a missing answer counts as 'unknown'",
                },
                velden=antwoorden(pack.randvoorwaarden),
            ),
            Veld(
                "samenwerking",
                "object",
                "Kaats & Opheij: vijf elementen van samenwerking (optioneel)",
                titel={
                    "nl": "Samenwerking (Kaats & Opheij)",
                    "en": "Collaboration (Kaats & Opheij)",
                },
                uitleg={
                    "nl": "Kaats & Opheij: vijf elementen van samenwerking (optioneel)",
                    "en": "Kaats & Opheij: five elements of collaboration (optional)",
                },
                velden=antwoorden(pack.elementen) + kernvoorwaarde(pack),
                leeg_mag=True,
            ),
            *voorstel_zelf(pack),
            respondent(pack),
        ),
    )
    runtime.contract = root
    return root


TEKSTEN = {
    "categorie": (
        {
            "titel": "Patiëntengroep (Nivel-categorie)",
            "uitleg": (
                "Bij welke categorie van de lijst in het e-book (bronnen: Nivel 2013 en Plexus 2015) "
                "hoort de patiëntengroep?"
            ),
        },
        {
            "titel": "Patient group (Nivel category)",
            "uitleg": (
                "Which category of the e-book's list (sources: Nivel 2013 and Plexus 2015) does the "
                "patient group belong to?"
            ),
        },
    ),
    "samenwerkingsvorm": (
        {
            "titel": "Samenwerkingsvorm",
            "uitleg": "De gekozen vorm van samenwerking tussen huisarts en ziekenhuis (mag leeg).",
        },
        {
            "titel": "Form of collaboration",
            "uitleg": "The chosen form of collaboration between GP and hospital (may be empty).",
        },
    ),
    "financiering": (
        {
            "titel": "Financieringsroute",
            "uitleg": "Hoe de zorg na de verplaatsing wordt bekostigd.",
        },
        {"titel": "Financing route", "uitleg": "How the care is paid for once it has moved."},
    ),
}
"""Name and meaning of the choice fields the product defines (the choices come from the pack)."""
