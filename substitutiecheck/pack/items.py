"""The items of a rule pack, typed and deeply immutable: what each entry of a pack file holds
after the JSON Schema check (``schemas/regelpakket.schema.json``).

Each item is a frozen dataclass built once, by :func:`build`, from the schema-checked (and,
for an extending pack, merged) file contents; the rest of the program reads attributes
(``rv.bron``, ``rv.naam``). Sequences are tuples. A nested mapping (a text ``{'nl', 'en'}``, a
condition, the Triple Aim texts, the success and failure words of an element) is a read-only
:class:`types.MappingProxyType` over a private copy, so :func:`..i18n.t` picks the language of a
text as it always did, and a library caller cannot change an item that every later report reads.
:func:`to_json` turns an item (or any value in it) back into the plain JSON the file held.

Why a mapping proxy and not a frozen dataclass for a text: ``t()`` and every reader typed
against ``Mapping[str, str]`` keep working unchanged (one way to pick a language), a proxy costs
no class at import (creating a dataclass compiles its methods: ~0.6 ms each), and building one
is cheap at load. So: one class per item type of the schema, no wrapper classes per field. An
absent optional field is ``None`` (so :func:`to_json` leaves it out, as the file did). A proxy
is not JSON (``json.dumps`` refuses it): write pack data out through :func:`to_json`. Pickling
and ``copy.deepcopy`` of a pack keep working: this module registers with :mod:`copyreg` how to
pickle a mapping proxy (as a proxy over a copy of its dict).
"""

from __future__ import annotations

import copyreg
from collections.abc import Mapping
from dataclasses import fields
from types import MappingProxyType
from typing import Any, TypeVar

from ..i18n import Tekst
from ..values import frozen

T = TypeVar("T")

Conditie = Mapping[str, Any]
"""A condition as written in the file (``{'veld': ..., 'is': ...}``, ``{'alle': [...]}``),
read-only and with tuples for lists; :func:`..conditions.lees` makes it a tree."""


@frozen(kw_only=True)
class Categorie:
    """A Nivel category of patient groups (patientgroepen.json 'categorieen')."""

    id: str
    soort: str | None = None
    geschikt: str  # ja | onderbouwen | nee
    naam: Tekst
    tekst: Tekst | None = None
    advies: Tekst | None = None
    bron: tuple[str, ...]


@frozen(kw_only=True)
class Uitsluiting:
    """An exclusion flag of a patient group (patientgroepen.json 'uitsluitingen')."""

    id: str
    naam: Tekst
    tekst: Tekst
    advies: Tekst
    onbekend_advies: Tekst
    bron: tuple[str, ...]


@frozen(kw_only=True)
class Benoemd:
    """An id with a name: a group of randvoorwaarden, a kind of samenwerkingsvorm."""

    id: str
    naam: Tekst


@frozen(kw_only=True)
class Randvoorwaarde:
    """A condition for substitution (randvoorwaarden.json 'randvoorwaarden')."""

    id: str
    groep: str
    blokkerend: bool
    blokkerend_als: Conditie | None = None
    naam: Tekst
    vraag: Tekst
    toelichting: Tekst
    advies: Tekst
    bron: tuple[str, ...]


@frozen(kw_only=True)
class Samenwerkingsvorm:
    """A form of collaboration (samenwerkingsvormen.json 'samenwerkingsvormen')."""

    id: str
    soort: str
    naam: Tekst
    past_bij: tuple[str, ...]
    bron: tuple[str, ...]
    financiering: tuple[str, ...] | None = None
    financiering_bron: tuple[str, ...] | None = None
    stand: Tekst | None = None
    status: Tekst | None = None
    waar: Tekst | None = None
    triple_aim: Mapping[str, Tekst] | None = None
    noot: Tekst | None = None


@frozen(kw_only=True)
class Financieringsroute:
    """A financing route (samenwerkingsvormen.json 'financiering')."""

    id: str
    naam: Tekst
    toelichting: Tekst | None = None
    past_bij: tuple[str, ...] | None = None
    past_bij_bron: tuple[str, ...] | None = None
    bron: tuple[str, ...]


@frozen(kw_only=True)
class Element:
    """A Kaats & Opheij element of collaboration (samenwerking.json 'elementen')."""

    id: str
    naam: Tekst
    succes: Mapping[str, tuple[str, ...]]
    faal: Mapping[str, tuple[str, ...]]
    bron: tuple[str, ...]


@frozen(kw_only=True)
class ExtraRegel:
    """A rule written out in regels.json."""

    id: str
    als: Conditie
    ernst: str
    veld: str
    naam: Tekst
    tekst: Tekst
    advies: Tekst | None = None
    bron: tuple[str, ...]


Item = (
    Categorie
    | Uitsluiting
    | Benoemd
    | Randvoorwaarde
    | Samenwerkingsvorm
    | Financieringsroute
    | Element
    | ExtraRegel
)


def freeze(value: Any) -> Any:
    """A JSON value made read-only all the way down: objects as mapping proxies over a copy,
    arrays as tuples. (Exact types and a fast path for strings, the common leaf: this runs for
    every value of every pack loaded.)"""
    kind = type(value)
    if kind is dict:
        return MappingProxyType({k: v if type(v) is str else freeze(v) for k, v in value.items()})
    if kind is list:
        return tuple([v if type(v) is str else freeze(v) for v in value])
    return value


def _proxy(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)


def _proxy_reduce(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return _proxy, (dict(proxy),)


copyreg.pickle(MappingProxyType, _proxy_reduce)  # a pack pickles (spawned workers) and deep-copies


def to_json(value: Any) -> Any:
    """An item, or any value in it, back as the plain JSON of the file (dicts and lists; an
    item's absent optional fields stay absent). The one way back from the typed items."""
    if isinstance(value, Mapping):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [to_json(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        out = {}
        for f in fields(value):
            v = getattr(value, f.name)
            if v is not None:
                out[f.name] = to_json(v)
        return out
    return value


def build(kind: type[T], entry: Mapping[str, Any]) -> T:
    """One item of type ``kind`` from its schema-checked file entry (no second validation)."""
    return kind(**{k: v if type(v) is str else freeze(v) for k, v in entry.items()})
