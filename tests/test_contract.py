"""The proposal contract has two forms built from one description (substitutiecheck.model): the
pydantic model (JSON Schema, typed model for library users) and the plain-Python validator every
evaluation uses. Here pydantic is the oracle: on valid, mutated and arbitrary input both accept
the same proposals with the same values, and reject the same ones with a problem at every field
path where pydantic reports an error, in pydantic's order."""

from __future__ import annotations

import copy
import enum
import sys
import types
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from strategies import _paths, json_values, mutate, voorstellen

from substitutiecheck.errors import InvoerFout, json_pad
from substitutiecheck.model import contract, lees_voorstel, voorstel_model
from substitutiecheck.pack import laad_regelpakket, standaard_regelpakket

sys.path.insert(0, str(ROOT / "benchmarks"))
import genereer  # noqa: E402

LANDELIJK = standaard_regelpakket()
TWENTE = laad_regelpakket(ROOT / "examples" / "regio-twente")
PACKS = {"landelijk": LANDELIJK, "twente": TWENTE}
VALID = {name: list(genereer.voorstellen(pack, 40, seed=5)) for name, pack in PACKS.items()}

many = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def by_pydantic(data: Any, pack) -> tuple[str, Any]:
    try:
        return "ok", voorstel_model(pack).model_validate(data).model_dump()
    except ValidationError as e:
        return "fout", [json_pad(err["loc"]) for err in e.errors(include_url=False)]


def by_plain(data: Any, pack) -> tuple[str, Any]:
    try:
        return "ok", lees_voorstel(data, pack)
    except InvoerFout as e:
        assert all(p.nl and p.en for p in e.problemen)
        return "fout", [p.pad for p in e.problemen]


def same(data: Any, pack) -> str:
    expected = by_pydantic(data, pack)
    assert by_plain(data, pack) == expected, data
    return expected[0]


def test_every_example_proposal_and_the_generated_ones_agree():
    import json

    files = sorted(EXAMPLES.glob("*.json"))
    assert files
    for f in files:
        assert same(json.loads(f.read_text("utf-8")), LANDELIJK) == "ok"
    for name, pack in PACKS.items():
        assert {same(v, pack) for v in VALID[name]} == {"ok"}


@many
@given(voorstellen())
def test_valid_proposals_give_the_same_values_defaults_included(voorstel):
    assert same(voorstel, LANDELIJK) == "ok"


@many
@given(st.data())
def test_mutated_proposals_are_accepted_or_rejected_alike(data):
    name = data.draw(st.sampled_from(sorted(PACKS)))
    v = data.draw(st.sampled_from(VALID[name]))
    for _ in range(data.draw(st.integers(1, 4))):
        v = mutate(v, data.draw)
    same(v, PACKS[name])


@many
@given(json_values)
def test_any_json_value_is_accepted_or_rejected_alike(value):
    same(value, LANDELIJK)


@pytest.mark.parametrize("name", sorted(PACKS))
def test_the_model_has_exactly_the_fields_of_the_contract(name):
    pack = PACKS[name]

    def fields(model) -> dict:
        out = {}
        for field_name, info in model.model_fields.items():
            ann = info.annotation
            sub = next(
                (a for a in getattr(ann, "__args__", (ann,)) if hasattr(a, "model_fields")), None
            )
            out[field_name] = fields(sub) if sub is not None else None
        return out

    def velden(veld) -> dict:
        return {v.naam: (velden(v) if v.soort == "object" else None) for v in veld.velden}

    assert fields(voorstel_model(pack)) == velden(contract(pack))
    # a regional pack's extra randvoorwaarde is in both
    assert set(velden(contract(pack))["randvoorwaarden"]) == {r.id for r in pack.randvoorwaarden}


def test_a_pydantic_proposal_model_is_accepted_as_input():
    import json

    data = json.loads((EXAMPLES / "diabetes-ketenzorg-utrecht.json").read_text("utf-8"))
    model = voorstel_model(LANDELIJK).model_validate(data)
    assert lees_voorstel(model, LANDELIJK) == lees_voorstel(data, LANDELIJK) == model.model_dump()


# -- Python values a library user may pass (no JSON produces them) ------------------------------------


class Tekst(str):
    pass


class Antwoord(str, enum.Enum):  # noqa: UP042 (a str-Enum as library users write it, not StrEnum)
    JA = "ja"
    TITEL = "Mijn titel"


def pythonize(data: Any, draw, n: int) -> Any:
    """Up to n values as the Python type a caller might use instead: a str subclass or str-Enum
    member, bytes, a read-only mapping, a tuple. Deepest first, so a mapping made read-only
    already holds its own replacements."""
    data = copy.deepcopy(data)
    paths = [p for p in _paths(data) if p]
    chosen = (
        draw(st.lists(st.sampled_from(paths), min_size=1, max_size=n, unique=True)) if paths else []
    )
    for path in sorted(chosen, key=len, reverse=True):
        parent = data
        for p in path[:-1]:
            parent = parent[p]
        if not isinstance(parent, dict):
            continue  # inside a mapping replaced before
        value = parent[path[-1]]
        if isinstance(value, str):
            options = [
                Tekst(value),
                value.encode(),
                bytearray(value.encode()),
                b"\xff" + value.encode(),
                Antwoord.JA,
                Antwoord.TITEL,
                (value,),
            ]
        elif isinstance(value, dict):
            options = [types.MappingProxyType(value), list(value.items())]
        else:
            options = [Tekst("x"), b"x"]
        parent[path[-1]] = draw(st.sampled_from(options))
    return data


def plain_types(value: Any) -> bool:
    """Only dict, str and None in a validated proposal: nothing that prints differently."""
    if isinstance(value, dict):
        return type(value) is dict and all(
            type(k) is str and plain_types(v) for k, v in value.items()
        )
    return value is None or type(value) is str


@many
@given(st.data())
def test_python_values_are_accepted_or_rejected_as_pydantic_does(data):
    name = data.draw(st.sampled_from(sorted(PACKS)))
    v = data.draw(st.sampled_from(VALID[name]))
    v = pythonize(v, data.draw, 3)
    if same(v, PACKS[name]) == "ok":
        assert plain_types(lees_voorstel(v, PACKS[name]))


def test_a_str_enum_title_prints_as_its_text_in_every_report_format():
    import json

    from substitutiecheck.evaluation import evaluate

    data = json.loads((EXAMPLES / "diabetes-ketenzorg-utrecht.json").read_text("utf-8"))
    rapport = evaluate(
        {
            **data,
            "titel": Antwoord.TITEL,
            "randvoorwaarden": types.MappingProxyType(data["randvoorwaarden"]),
        },
        LANDELIJK,
    )
    assert type(rapport.titel) is str and rapport.titel == "Mijn titel"
    assert json.loads(rapport.naar_json()) == rapport.naar_dict()


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("yes", "ja"),
        ("No", "nee"),
        ("partly", "deels"),
        ("unknown", "onbekend"),
        ("Ja ", "ja"),
        ("neee", "nee"),
    ],
)
def test_english_and_near_miss_answers_get_a_suggestion_but_are_not_accepted(typed, meant):
    with pytest.raises(InvoerFout) as exc:
        lees_voorstel(
            {"patientgroep": {"categorie": "diabetes"}, "randvoorwaarden": {"ict": typed}},
            LANDELIJK,
        )
    (problem,) = exc.value.problemen
    assert problem.pad == "randvoorwaarden.ict"
    assert f"bedoelde u '{meant}'?" in problem.nl and f"did you mean '{meant}'?" in problem.en


@pytest.mark.parametrize(
    "typed, meant", [("kn0", "kno"), ("kon", "kno"), ("copd_astmaa", "copd_astma")]
)
def test_a_short_id_with_one_typo_gets_a_suggestion(typed, meant):
    """'kn0' is 0.67 alike to 'kno' for difflib, below the cut-off: one typo counts as well."""
    with pytest.raises(InvoerFout) as exc:
        lees_voorstel({"patientgroep": {"categorie": typed}}, LANDELIJK)
    (problem,) = exc.value.problemen
    assert f"bedoelde u '{meant}'?" in problem.nl and f"did you mean '{meant}'?" in problem.en


def test_one_typo_is_no_suggestion_when_two_ids_are_that_close():
    from substitutiecheck.suggest import closest

    assert closest("kn0", ["kno", "knx"], cutoff=0.9) is None
    assert closest("ab", ["abc"], cutoff=0.9) == "abc"  # one letter added to a 3-letter id
    assert closest("xy", ["ab"], cutoff=0.9) is None


def _full(data: Any, pack) -> Any:
    from substitutiecheck.model.validate import _elders, _object

    problems: list = []
    out = _object(contract(pack), data, (), problems, _elders(pack))
    return None if problems else out


@many
@given(st.data())
def test_the_fast_path_gives_the_full_validators_value_or_leaves_it_to_it(data):
    """The fast path (model/snel.py) returns a proposal only when it is valid as it stands, and
    then exactly what the full validator returns (defaults, order); else None."""
    from substitutiecheck.model.snel import snelle_controle

    name = data.draw(st.sampled_from(sorted(PACKS)))
    pack = PACKS[name]
    v = data.draw(st.sampled_from(VALID[name]) | voorstellen() | json_values)
    for _ in range(data.draw(st.integers(0, 3))):
        v = mutate(v, data.draw)
    fast = snelle_controle(contract(pack))(copy.deepcopy(v))
    full = _full(copy.deepcopy(v), pack)
    if fast is not None:
        assert fast == full and list(fast) == list(full)


def test_the_fast_path_takes_every_generated_proposal():
    from substitutiecheck.model.snel import snelle_controle

    for name, pack in PACKS.items():
        snel = snelle_controle(contract(pack))
        for v in VALID[name]:
            assert snel(v) == _full(v, pack) is not None
        assert snel({**VALID[name][0], "onbekend": 1}) is None  # the full validator names it
        assert snel({"patientgroep": {"categorie": "kn0"}}) is None
        a, b = snel(VALID[name][0]), snel(VALID[name][0])
        assert a is not b and a == b  # fresh dicts: a caller may change its copy
