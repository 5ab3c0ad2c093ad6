"""Hypothesis strategies for proposals of the shipped pack, and for bad input: any JSON value
(``json_values``) and one random mutation of a JSON structure (``mutate``)."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

from substitutiecheck.model import contract
from substitutiecheck.pack import ANTWOORDEN, UITSLUITING_ANTWOORDEN, standaard_regelpakket

PACK = standaard_regelpakket()


def _optional_dict(items: dict) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({}, optional=items)


def voorstellen(pack=None) -> st.SearchStrategy[dict]:
    """Every schema-valid proposal shape: optional fields absent or present, any valid answer
    (of the shipped pack, or of ``pack``)."""
    pack = pack or PACK
    patientgroep = st.fixed_dictionaries(
        {"categorie": st.sampled_from([c.id for c in pack.categorieen])},
        optional={
            **{u.id: st.sampled_from(UITSLUITING_ANTWOORDEN) for u in pack.uitsluitingen},
            "omschrijving": st.text(max_size=20),
        },
    )
    return st.fixed_dictionaries(
        {"patientgroep": patientgroep},
        optional={
            "titel": st.text(max_size=30),
            "regio": st.text(max_size=10),
            "samenwerkingsvorm": st.sampled_from([v.id for v in pack.samenwerkingsvormen]),
            "financiering": st.sampled_from([f.id for f in pack.financiering]),
            "randvoorwaarden": _optional_dict(
                {r.id: st.sampled_from(ANTWOORDEN) for r in pack.randvoorwaarden}
            ),
            "samenwerking": _optional_dict(
                {e.id: st.sampled_from(ANTWOORDEN) for e in pack.elementen}
            ),
            **voorstel_zelf_delen(pack),
        },
    )


VOORSTEL_ZELF = ("triple_aim", "eerste_lijn")
"""The optional parts about the proposal itself (plus 'samenwerking.kernvoorwaarde'): never the verdict."""


def _deel(naam: str, root=None):
    root = root or contract(PACK)
    return next(v for v in root.velden if v.naam == naam)


def voorstel_zelf_delen(pack=None) -> dict[str, st.SearchStrategy]:
    """Each optional part about the proposal itself, from the pack's contract: absent, null, or
    any subset of its fields with any allowed value."""
    root = contract(pack or PACK)
    return {
        naam: st.none()
        | _optional_dict({v.naam: st.sampled_from(v.keuzes) for v in _deel(naam, root).velden})
        for naam in VOORSTEL_ZELF
    }


def kernvoorwaarde() -> st.SearchStrategy[str]:
    return st.sampled_from(
        next(v for v in _deel("samenwerking").velden if v.naam == "kernvoorwaarde").keuzes
    )


# -- bad input ---------------------------------------------------------------------------------------

WORDS = sorted(
    {w for path in PACK.velden for w in path.split(".")}
    | {v for vals in PACK.velden.values() for v in vals if v}
    | {"titel", "regio", "omschrijving", "patientgroep", "randvoorwaarden"}
)


def _near(word: str) -> st.SearchStrategy[str]:
    """Near misses of a valid key or value: the typos a person makes."""
    return st.sampled_from(
        [word.upper(), word.capitalize(), f" {word}", f"{word} ", word[:-1], word + "s"]
    )


near_words = st.sampled_from(WORDS).flatmap(_near)
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=20)
    | st.sampled_from(WORDS)
    | near_words
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.text(max_size=10) | st.sampled_from(WORDS) | near_words, inner, max_size=5
        )
    ),
    max_leaves=20,
)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out.extend(_paths(v, prefix + (k,)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(_paths(v, prefix + (i,)))
    return out


def mutate(data: Any, draw) -> Any:
    """One random mutation somewhere in a JSON structure."""
    data = copy.deepcopy(data)
    path = draw(st.sampled_from(_paths(data)))
    op = draw(
        st.sampled_from(["replace", "delete", "add", "retype", "duplicate", "rename", "misspell"])
    )
    if not path:
        return draw(json_values) if op == "replace" else data
    parent = data
    for p in path[:-1]:
        parent = parent[p]
    key = path[-1]
    value = parent[key]
    if op == "replace":
        parent[key] = draw(json_values)
    elif op == "delete":
        del parent[key]
    elif op == "add" and isinstance(value, dict):
        value[draw(st.text(max_size=8) | st.sampled_from(WORDS))] = draw(json_values)
    elif op == "add" and isinstance(value, list):
        value.append(draw(json_values))
    elif op == "retype":
        parent[key] = (
            [value]
            if not isinstance(value, list)
            else {"x": value}
            if draw(st.booleans())
            else str(value)
        )
    elif op == "duplicate" and isinstance(value, list) and value:
        value.append(copy.deepcopy(value[0]))
    elif op == "rename" and isinstance(parent, dict):
        parent[draw(st.sampled_from(WORDS) | st.text(max_size=6) | _near(str(key)))] = parent.pop(
            key
        )
    elif op == "misspell" and isinstance(value, str) and value:
        parent[key] = draw(_near(value))
    return data
