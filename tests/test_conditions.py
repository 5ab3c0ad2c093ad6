"""The condition language parsed once into a typed tree (issue 15): every walk is a visitor over
the tree, and the tree means what its JSON form means."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from substitutiecheck import conditions
from substitutiecheck.conditions import Alle, Blad, EenVan, Niet, lees

ANSWERS = {"a": "ja", "b": "nee", "c": None}
leaf = st.builds(
    lambda f, op, vs: {"veld": f, op: vs if op in ("in", "niet_in") else vs[0]},
    st.sampled_from("abc"),
    st.sampled_from(conditions.OPERATOREN),
    st.lists(st.sampled_from(["ja", "nee", "deels"]), min_size=1, max_size=3),
)
cond = st.recursive(
    leaf,
    lambda c: st.one_of(
        st.builds(lambda xs: {"alle": xs}, st.lists(c, min_size=1, max_size=3)),
        st.builds(lambda xs: {"een_van": xs}, st.lists(c, min_size=1, max_size=3)),
        st.builds(lambda x: {"niet": x}, c),
    ),
    max_leaves=8,
)


def test_a_condition_is_parsed_into_a_frozen_tree():
    tree = lees(
        {
            "alle": [
                {"veld": "a", "is": "ja"},
                {"niet": {"een_van": [{"veld": "b", "in": ["nee", "deels"]}]}},
            ]
        }
    )
    assert tree == Alle(
        (Blad("a", "is", ("ja",)), Niet(EenVan((Blad("b", "in", ("nee", "deels")),))))
    )
    assert lees(tree) is tree
    with pytest.raises(dataclasses.FrozenInstanceError):
        tree.delen = ()  # type: ignore[misc]
    with pytest.raises(ValueError, match="unknown condition form"):
        lees({"veld": "a", "groter_dan": 3})


# no deadline: a per-example time limit measures the machine's load, not the tree (it tripped once
# at load ~20); the assertions are what this test checks
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cond)
def test_the_tree_means_what_its_json_form_means(c):
    tree = lees(c)
    value_of = ANSWERS.get
    assert conditions.holds(tree, value_of) is conditions.holds(c, value_of)
    assert conditions.holds(Niet(tree), value_of) is not conditions.holds(tree, value_of)
    assert conditions.beschrijf(tree, "en") == conditions.beschrijf(c, "en")
    for _, blad in conditions.bladeren(tree):
        for value in ("ja", "nee", "deels", None):
            assert blad.omgekeerd().holds(value) is not blad.holds(value)


@given(cond)
def test_the_engine_compiles_the_same_meaning(c):
    """The durable JSON of a condition, read back by a tiny interpreter, agrees with holds()."""
    from substitutiecheck.engine import compile_condition, fact_key

    def run(d, fact) -> bool:
        if "$and" in d:
            return all(run(x, fact) for x in d["$and"])
        if "$or" in d:
            return any(run(x, fact) for x in d["$or"])
        if "$neq" in d:
            ((k, v),) = d["$neq"].items()
            return fact[k] != v
        ((k, v),) = d.items()
        return fact[k] == v

    fact = {fact_key(k): v for k, v in ANSWERS.items()}
    for negate in (False, True):
        compiled = compile_condition(c, negate)
        assert run(compiled, fact) is (conditions.holds(c, ANSWERS.get) != negate)


def test_no_module_but_conditions_dispatches_on_a_conditions_keys():
    """One parser (conditions.lees), walks by visitors: a new walker that re-dispatches on the
    JSON keys of a condition would drift from the others (issue 15)."""
    import re

    from conftest import ROOT

    pattern = re.compile(
        r"""["'](alle|een_van|niet|is_niet|niet_in)["']\s+(not\s+)?in\s+[A-Za-z_]"""
    )
    found = [
        f"{path.relative_to(ROOT)}:{i}"
        for folder in ("substitutiecheck", "benchmarks")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.name != "conditions.py"
        for i, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []


class _Naief(conditions.Bezoeker[bool]):
    """The meaning of a tree walked directly, without compiling or caching (the reference)."""

    def __init__(self, value_of):
        self.value_of = value_of

    def blad(self, k):
        return (self.value_of(k.veld) in k.waarden) == k.positief

    def alle(self, k):
        return all(self.bezoek(c) for c in k.delen)

    def een_van(self, k):
        return any(self.bezoek(c) for c in k.delen)

    def niet(self, k):
        return not self.bezoek(k.deel)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cond, st.fixed_dictionaries({k: st.sampled_from(["ja", "nee", "deels", None]) for k in "abc"})
)
def test_holds_compiled_and_cached_agrees_with_a_direct_walk(c, answers):
    expected = _Naief(answers.get).bezoek(lees(c))
    assert conditions.holds(c, answers.get) is expected
    assert conditions.holds(c, answers.get) is expected  # the second call uses the cache
    assert conditions.holds(lees(c), answers.get) is expected


def test_a_json_condition_is_parsed_once_per_object_and_the_cache_is_bounded(monkeypatch):
    c = {"alle": [{"veld": "a", "is": "ja"}, {"veld": "b", "niet_in": ["ja"]}]}
    assert conditions.toets(c) is conditions.toets(c)
    parsed = []
    real = conditions.lees
    monkeypatch.setattr(conditions, "lees", lambda x: parsed.append(x) or real(x))
    for _ in range(100):
        assert conditions.holds(c, ANSWERS.get) is True
    assert parsed == []  # not parsed again
    # a new object with other content is never answered from an old entry (ids are not reused
    # while the cache holds the object)
    for i in range(3 * conditions.MAX_TOETSEN):
        fresh = {"veld": "a", "is": "ja" if i % 2 else "nee"}
        assert conditions.holds(fresh, ANSWERS.get) is bool(i % 2)
    assert len(conditions._TOETSEN) <= conditions.MAX_TOETSEN
