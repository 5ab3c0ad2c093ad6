"""Who answered a proposal, and how the answers of several parties are combined (issue 17).

The data lives in the rule pack (``partijen.json``, validated by its schema): the list of respondent
roles and the combination rule (per kind of question, its answers from the most cautious to the
least), both product choices labelled ``productkeuze``. A pack without the file uses the national
pack's. This module turns that data into typed, immutable values; it never prints.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from .i18n import Tekst
from .pack import Regelpakket, standaard_regelpakket, t
from .values import frozen

SOORTEN = ("uitsluitingen", "randvoorwaarden", "samenwerking")
"""The kinds of questions whose answers are ordered by caution (partijen.json 'volgorde')."""


@frozen(kw_only=True)
class Rol:
    id: str
    naam: Tekst

    def tekst(self, taal: str) -> str:
        return t(self.naam, taal)


@frozen(kw_only=True)
class VerschilSoort:
    """Advice for one kind of difference of view (an answer, the group, the form, ...)."""

    id: str
    advies: Tekst
    citaat: str | None
    citaat_bron: str | None
    bron: tuple[str, ...]


@frozen(kw_only=True)
class Partijregels:
    rollen: tuple[Rol, ...]
    rollen_uitleg: Tekst
    rollen_bron: tuple[str, ...]
    volgorde: tuple[tuple[str, tuple[str, ...]], ...]
    """(kind, answers from the most cautious to the least) for each of :data:`SOORTEN`"""
    uitleg: Tekst
    bron: tuple[str, ...]
    verschillen: tuple[VerschilSoort, ...]

    def rol(self, rid: str) -> Rol:
        for r in self.rollen:
            if r.id == rid:
                return r
        raise KeyError(rid)

    def rang(self, soort: str) -> Mapping[str, int]:
        """Answer -> caution rank (0 = most cautious) for a kind of question."""
        order = dict(self.volgorde)[soort]
        return {a: i for i, a in enumerate(order)}

    def voorzichtigste(self, soort: str, antwoorden: list[str]) -> str:
        """The most cautious of ``antwoorden`` under this pack's order for ``soort``."""
        rang = self.rang(soort)
        return min(antwoorden, key=lambda a: rang.get(a, -1))

    def verschil(self, vid: str) -> VerschilSoort:
        for v in self.verschillen:
            if v.id == vid:
                return v
        raise KeyError(vid)


_LOCK = threading.Lock()
_CACHE: dict[str, Partijregels] = {}


def _bouw(data: Mapping[str, Any]) -> Partijregels:
    comb = data["combineren"]
    return Partijregels(
        rollen=tuple(Rol(id=r["id"], naam=r["naam"]) for r in data["rollen"]),
        rollen_uitleg=data["rollen_uitleg"],
        rollen_bron=tuple(data["rollen_bron"]),
        volgorde=tuple((s, tuple(comb["volgorde"][s])) for s in SOORTEN),
        uitleg=comb["uitleg"],
        bron=tuple(comb["bron"]),
        verschillen=tuple(
            VerschilSoort(
                id=v["id"],
                advies=v["advies"],
                citaat=v["citaat"]["tekst"] if v.get("citaat") else None,
                citaat_bron=v["citaat"]["bron"] if v.get("citaat") else None,
                bron=tuple(v["bron"]),
            )
            for v in data["verschillen"]
        ),
    )


def partijregels(pack: Regelpakket) -> Partijregels:
    """The respondent roles and the combination rule of ``pack`` (the national pack's when the
    pack has no partijen.json)."""
    data = pack.partijen
    if data is None:
        data = standaard_regelpakket().partijen
        if data is None:  # pragma: no cover - the shipped pack has it (tests/test_partijen.py)
            raise LookupError("het landelijke pakket heeft geen partijen.json")
        pack = standaard_regelpakket()
    with _LOCK:
        hit = _CACHE.get(pack.hash)
        if hit is None:
            hit = _bouw(data)
            if len(_CACHE) > 32:
                _CACHE.clear()
            _CACHE[pack.hash] = hit
        return hit
