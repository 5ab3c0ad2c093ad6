"""The rules as durable_rules reads them: the pack's conditions compiled into durable's JSON
conditions, and the rules split over rulesets small enough for durable. Pure Python, no durable
import (that stays in :mod:`substitutiecheck.engine`, which uses this)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from .conditions import Alle, Bezoeker, Blad, EenVan, Knoop, Niet, lees
from .errors import EngineFout


def fact_key(path: str) -> str:
    """The flat fact property for a proposal field path ('randvoorwaarden.ict')."""
    return path.replace(".", "__")


class _Compiler(Bezoeker[dict[str, Any]]):
    """The durable_rules JSON of a condition tree; ``negate``: of its negation; ``prop``: the fact
    property of a field path."""

    def __init__(self, negate: bool = False, prop: Callable[[str], str] = fact_key) -> None:
        self.negate = negate
        self.prop = prop

    def blad(self, k: Blad) -> dict[str, Any]:
        prop, equal = self.prop(k.veld), k.positief != self.negate
        # each value once: a value listed twice made two branches of the '$or' hold at once, which
        # the count of matches below missed (a pack with ~40 such rules crashed durable: an
        # adversarial test)
        waarden = list(dict.fromkeys(k.waarden))
        leaves = [{prop: v} if equal else {"$neq": {prop: v}} for v in waarden]
        if len(leaves) == 1:
            return leaves[0]
        return {"$or": leaves} if equal else {"$and": leaves}

    def _samen(self, delen: tuple[Knoop, ...], all_: bool) -> dict[str, Any]:
        parts = list({_sleutel(p): p for p in map(self.bezoek, delen)}.values())  # each once
        op = "$and" if all_ != self.negate else "$or"
        return parts[0] if len(parts) == 1 else {op: parts}

    def alle(self, k: Alle) -> dict[str, Any]:
        return self._samen(k.delen, True)

    def een_van(self, k: EenVan) -> dict[str, Any]:
        return self._samen(k.delen, False)

    def niet(self, k: Niet) -> dict[str, Any]:
        return _Compiler(not self.negate, self.prop).bezoek(k.deel)


def _sleutel(cond: dict[str, Any]) -> str:
    import json

    return json.dumps(cond, sort_keys=True)


def compile_condition(
    cond: Mapping[str, Any] | Knoop, negate: bool = False, prop: Callable[[str], str] = fact_key
) -> dict[str, Any]:
    """Compile the pack's condition language into a durable_rules JSON condition.

    durable has no general 'not', so negation is pushed down to the leaves (De Morgan).
    Every field is always present in the fact, so '$neq' never meets an absent field.
    ``prop`` names the fact property of a field (default :func:`fact_key`; the engine uses
    short names of its own).
    """
    return _Compiler(negate, prop).bezoek(lees(cond))


MAX_FRAMES = 48
"""Most rule matches one assertion may produce in one ruleset. durable 2.0.28 segfaults when a
single fact is matched by more than 64 rules at once (65 plus the sentinel: measured, see
tests/test_engine_hazards.py), so bigger packs are split over several rulesets, with margin."""


def _matches(cond: Mapping[str, Any]) -> int:
    """How many rule matches (durable frames) a compiled condition can produce for one fact:
    every branch of an '$or' that holds fires the action once; equality tests of one property
    exclude each other."""
    if "$or" in cond:
        parts = cond["$or"]
        props = {next(iter(p)) for p in parts if len(p) == 1 and not next(iter(p)).startswith("$")}
        if len(props) == 1 and all(len(p) == 1 and next(iter(p)) in props for p in parts):
            # equality tests of one property: as many hold at once as one value is tested
            return max(Counter(repr(next(iter(p.values()))) for p in parts).values())
        return sum(_matches(p) for p in parts)
    if "$and" in cond:
        n = 1
        for p in cond["$and"]:
            n *= _matches(p)
        return n
    return 1


def _groups(compiled: list[tuple[str, dict[str, Any]]]) -> list[list[tuple[str, dict[str, Any]]]]:
    groups: list[list[tuple[str, dict[str, Any]]]] = [[]]
    load = 0
    for key, cond in compiled:
        n = _matches(cond)
        if n > MAX_FRAMES:
            raise EngineFout(
                f"regel '{key}' kan {n} keer tegelijk afgaan; durable_rules kan er "
                f"hoogstens {MAX_FRAMES} aan (vereenvoudig de voorwaarde)"
            )
        if groups[-1] and load + n > MAX_FRAMES:
            groups.append([])
            load = 0
        groups[-1].append((key, cond))
        load += n
    return groups
