"""The pack model: a loaded, validated rule pack (:class:`Regelpakket`) and its decision rules
(:class:`Regel`), with the answers every proposal field may take.

A pack is data only: the Nivel categories and exclusion flags, the randvoorwaarden, the
samenwerkingsvormen and financing routes, the Kaats & Opheij elements and optional extra rules.
What the program builds from it to run (engine, caches) lives in :mod:`substitutiecheck.runtime`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..conditions import Alle, Knoop, Niet, lees
from ..i18n import Tekst, t
from ..runtime import runtime_for
from ..values import frozen
from .items import (
    Benoemd,
    Categorie,
    Element,
    ExtraRegel,
    Financieringsroute,
    Randvoorwaarde,
    Samenwerkingsvorm,
    Uitsluiting,
)

PACK_FILES = (
    "pakket.json",
    "patientgroepen.json",
    "randvoorwaarden.json",
    "samenwerkingsvormen.json",
    "samenwerking.json",
    "regels.json",
    "toelichting.json",
    "partijen.json",
)
OPTIONAL_FILES = frozenset(
    {"samenwerking.json", "regels.json", "toelichting.json", "partijen.json"}
)

ANTWOORDEN = ("ja", "deels", "nee", "onbekend")
"""Answers to a randvoorwaarde or a Kaats & Opheij element, best first."""
UITSLUITING_ANTWOORDEN = ("ja", "nee", "onbekend")
MAX_FIELDS = 200  # durable_rules rejects facts with 253+ properties (ENGINE-NOTES.md)


@frozen
class Regel:
    """One decision rule, derived from the pack's items or written in ``regels.json``.

    ``ernst`` is the effect of a finding of this rule on the advice; ``blokkerend`` says whether
    the condition it is about is of the blocking kind (a 'nee' there means no-go). When
    ``blokkerend_als`` is set the kind depends on the proposal (ict is blocking for digital forms),
    and ``ernst_blokkerend`` is the effect in that case.
    """

    id: str
    soort: str  # uitsluiting | categorie | randvoorwaarde | samenwerking | regel
    onderwerp: str  # id of the item the rule is about
    veld: str  # the proposal field (dotted path) the finding is about
    als: Mapping[str, Any]
    ernst: str
    ernst_blokkerend: str
    blokkerend: bool
    blokkerend_als: Mapping[str, Any] | None
    naam: Tekst
    tekst: Tekst
    advies: Tekst | None
    bron: tuple[str, ...]
    groep: str | None = None

    def variants(self) -> list[tuple[str, Knoop, bool]]:
        """(key, condition tree, blocking kind) for each engine rule this rule compiles into."""
        als = lees(self.als)
        if self.blokkerend_als is None:
            return [(self.id, als, self.blokkerend)]
        cond_b = lees(self.blokkerend_als)
        return [
            (self.id, Alle((als, Niet(cond_b))), self.blokkerend),
            (self.id + "#blokkerend", Alle((als, cond_b)), True),
        ]


@frozen
class Regelpakket:
    """A loaded, validated rule pack. Immutable; share it freely between threads."""

    map: Path | None
    naam: str
    versie: str
    titel: Tekst
    hash: str
    bronnen: Mapping[str, Mapping[str, str]]
    sjablonen: Mapping[str, Tekst]
    """Texts of the rules derived from the items (pakket.json 'sjablonen'), e.g. 'rv_nee'."""
    categorieen: tuple[Categorie, ...]
    uitsluitingen: tuple[Uitsluiting, ...]
    groepen: tuple[Benoemd, ...]
    randvoorwaarden: tuple[Randvoorwaarde, ...]
    soorten: tuple[Benoemd, ...]
    samenwerkingsvormen: tuple[Samenwerkingsvorm, ...]
    financiering: tuple[Financieringsroute, ...]
    elementen: tuple[Element, ...]
    extra_regels: tuple[ExtraRegel, ...]
    regio: str | None = None
    uitbreiding_van: tuple[str, ...] = ()
    vormen_info: Mapping[str, Any] = field(default_factory=dict)
    """What holds for every samenwerkingsvorm (samenwerkingsvormen.json 'algemeen'): the source
    of the form -> group links, and when the status cells held."""
    toelichting: Mapping[str, Any] | None = None
    """Notes around the verdict (toelichting.json): patient support, collaboration profile,
    general financing route. Optional; never changes the verdict."""
    partijen: Mapping[str, Any] | None = None
    """Several views of one proposal (partijen.json): respondent roles and the rule that combines
    the answers of several parties. Optional; :mod:`substitutiecheck.partijen` falls back to
    the national pack's."""

    # -- the proposal fields this pack defines -------------------------------------------------
    @cached_property
    def velden(self) -> Mapping[str, tuple[str, ...]]:
        """Every proposal field a rule may test, with its allowed values (read-only)."""
        out: dict[str, tuple[str, ...]] = {
            "patientgroep.categorie": tuple(c.id for c in self.categorieen)
        }
        for u in self.uitsluitingen:
            out[f"patientgroep.{u.id}"] = UITSLUITING_ANTWOORDEN
        out["samenwerkingsvorm"] = ("",) + tuple(v.id for v in self.samenwerkingsvormen)
        out["financiering"] = tuple(f.id for f in self.financiering)
        for r in self.randvoorwaarden:
            out[f"randvoorwaarden.{r.id}"] = ANTWOORDEN
        for e in self.elementen:
            out[f"samenwerking.{e.id}"] = ANTWOORDEN
        return MappingProxyType(out)

    @cached_property
    def voorstel_zelf(self) -> Mapping[str, Any]:
        """The optional parts about the proposal itself (toelichting.json 'voorstel_zelf'):
        'triple_aim', 'evaluatie', 'eerste_lijn', 'kernvoorwaarde', each present or not. They add
        proposal fields that no rule may test (they are not in :attr:`velden`), so they never
        change the verdict."""
        deel: Mapping[str, Any] = (self.toelichting or {}).get("voorstel_zelf", {})
        return deel

    @property
    def stempel(self) -> dict[str, Any]:
        """Name, version, content hash and base packs, as a report's JSON writes them: a new dict
        each time (the pack itself stays read-only)."""
        return {
            "naam": self.naam,
            "versie": self.versie,
            "hash": self.hash,
            "uitbreiding_van": list(self.uitbreiding_van),
        }

    def randvoorwaarde(self, rid: str) -> Randvoorwaarde:
        found: Randvoorwaarde = self._by_id("randvoorwaarden")[rid]
        return found

    def bron(self, bid: str) -> Mapping[str, Any]:
        return self.bronnen[bid]

    def bron_tekst(self, bid: str, veld: str, taal: str = "nl") -> str:
        """A source's ``kort`` or ``titel`` in ``taal`` (a plain string reads the same in every
        language: a title is never translated, a description or short name may be)."""
        value = self.bronnen[bid].get(veld)
        if value is None or isinstance(value, str):
            return value or ""
        return t(value, taal)

    def is_productkeuze(self, bid: str) -> bool:
        """The source is the product's own choice, not a source (``soort: productkeuze``)."""
        return self.bronnen[bid]["soort"] == "productkeuze"

    def _by_id(self, name: str) -> dict[str, Any]:
        cache = runtime_for(self).index
        if name not in cache:
            cache[name] = {x.id: x for x in getattr(self, name)}
        return cache[name]

    def categorie(self, cid: str) -> Categorie:
        found: Categorie = self._by_id("categorieen")[cid]
        return found

    def samenwerkingsvorm(self, vid: str) -> Samenwerkingsvorm:
        found: Samenwerkingsvorm = self._by_id("samenwerkingsvormen")[vid]
        return found

    def financieringsroute(self, fid: str) -> Financieringsroute:
        found: Financieringsroute = self._by_id("financiering")[fid]
        return found

    # -- rules ----------------------------------------------------------------------------------
    @cached_property
    def regels(self) -> tuple[Regel, ...]:
        """All decision rules of this pack, in a stable order (the order of the pack's items)."""
        from .rules import derive_rules

        return tuple(derive_rules(self))

    @cached_property
    def regels_by_id(self) -> Mapping[str, Regel]:
        """The rules by id (read-only)."""
        return MappingProxyType({r.id: r for r in self.regels})
