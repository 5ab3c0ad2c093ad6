"""The items of a rule pack, typed: what each entry of a pack file holds after the JSON Schema
check (``schemas/regelpakket.schema.json``). At run time they are the plain dicts read from the
files (JSON-ready, shared read-only); these types let mypy check every key a module reads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NotRequired, TypedDict

Tekst = dict[str, str]
"""{'nl': ..., 'en': ...}, as read from the file."""


class Categorie(TypedDict):
    """A Nivel category of patient groups (patientgroepen.json 'categorieen')."""

    id: str
    soort: NotRequired[str]
    geschikt: str  # ja | onderbouwen | nee
    naam: Tekst
    tekst: NotRequired[Tekst]
    advies: NotRequired[Tekst]
    bron: Sequence[str]


class Uitsluiting(TypedDict):
    """An exclusion flag of a patient group (patientgroepen.json 'uitsluitingen')."""

    id: str
    naam: Tekst
    tekst: Tekst
    advies: Tekst
    onbekend_advies: Tekst
    bron: Sequence[str]


class Benoemd(TypedDict):
    """An id with a name: a group of randvoorwaarden, a kind of samenwerkingsvorm."""

    id: str
    naam: Tekst


class Randvoorwaarde(TypedDict):
    """A condition for substitution (randvoorwaarden.json 'randvoorwaarden')."""

    id: str
    groep: str
    blokkerend: bool
    blokkerend_als: NotRequired[Mapping[str, Any]]
    naam: Tekst
    vraag: Tekst
    toelichting: Tekst
    advies: Tekst
    bron: Sequence[str]


class Samenwerkingsvorm(TypedDict):
    """A form of collaboration (samenwerkingsvormen.json 'samenwerkingsvormen')."""

    id: str
    soort: str
    naam: Tekst
    past_bij: Sequence[str]
    bron: Sequence[str]
    financiering: NotRequired[Sequence[str]]
    financiering_bron: NotRequired[Sequence[str]]
    stand: NotRequired[Any]
    status: NotRequired[Any]
    waar: NotRequired[Any]
    triple_aim: NotRequired[Mapping[str, Any]]
    noot: NotRequired[Any]


class Financieringsroute(TypedDict):
    """A financing route (samenwerkingsvormen.json 'financiering')."""

    id: str
    naam: Tekst
    toelichting: NotRequired[Tekst]
    past_bij: NotRequired[Sequence[str]]
    past_bij_bron: NotRequired[Sequence[str]]
    bron: Sequence[str]


class Element(TypedDict):
    """A Kaats & Opheij element of collaboration (samenwerking.json 'elementen')."""

    id: str
    naam: Tekst
    succes: Mapping[str, Sequence[str]]
    faal: Mapping[str, Sequence[str]]
    bron: Sequence[str]


class ExtraRegel(TypedDict):
    """A rule written out in regels.json."""

    id: str
    als: Mapping[str, Any]
    ernst: str
    veld: str
    naam: Tekst
    tekst: Tekst
    advies: NotRequired[Tekst]
    bron: Sequence[str]
