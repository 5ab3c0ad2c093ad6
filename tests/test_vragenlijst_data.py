"""The questionnaire as data: one source of truth with the rule pack and the proposal model,
the condition evaluator, and errors for broken questionnaire files."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from conftest import RANDVOORWAARDEN, ROOT
from hypothesis import given
from hypothesis import strategies as st

from substitutiecheck import conditions
from substitutiecheck.errors import SubstitutiecheckFout
from substitutiecheck.model import lees_voorstel, voorstel_model
from substitutiecheck.pack import laad_regelpakket
from substitutiecheck.questionnaire.data import (
    VragenlijstFout,
    laad_vragenlijst,
    standaard_bestand,
    voorstel_velden,
)
from substitutiecheck.questionnaire.flow import naar_voorstel
from substitutiecheck.questionnaire.texts import TEKSTEN


@pytest.fixture(scope="module")
def vl():
    from substitutiecheck import standaard_regelpakket

    return laad_vragenlijst(standaard_regelpakket())


def raw() -> dict:
    return json.loads(standaard_bestand().read_text("utf-8"))


def write(tmp_path: Path, data) -> Path:
    p = tmp_path / "vragenlijst.json"
    p.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), "utf-8")
    return p


# -- one source of truth -------------------------------------------------------------------------


def _model_paths(pack) -> set[str]:
    """Every field path of the pydantic proposal model, read from the model itself."""
    out = set()
    for name, info in voorstel_model(pack).model_fields.items():
        out.add(name)
        ann = info.annotation
        for cls in (ann, *getattr(ann, "__args__", ())):
            if isinstance(cls, type) and hasattr(cls, "model_fields"):
                out.update(f"{name}.{sub}" for sub in cls.model_fields)
    return out


def test_every_question_fills_a_field_of_the_proposal_model(vl, pack):
    paths = _model_paths(pack)
    assert [q.id for q in vl.vragen if q.id not in paths] == []
    assert len({q.id for q in vl.vragen}) == len(vl.vragen)


def test_every_field_the_pack_defines_has_a_question(vl, pack):
    ids = {q.id for q in vl.vragen}
    assert {f"randvoorwaarden.{r}" for r in RANDVOORWAARDEN} <= ids
    assert set(pack.velden) <= ids
    assert {"titel", "regio", "patientgroep.omschrijving", "samenwerking"} <= ids


def test_every_choice_is_a_value_the_model_accepts(vl, pack):
    """Each choice of each question, put in an otherwise minimal proposal, validates."""
    base = {"patientgroep.categorie": "diabetes", "samenwerking": "ja"}
    checked = 0
    for q in vl.vragen:
        for k in q.keuzes:
            answers = dict(base, **{q.id: k.waarde})
            voorstel = naar_voorstel(vl, answers)
            lees_voorstel(voorstel, pack)  # raises on an invalid value
            checked += 1
    assert checked > 13 * 4


def test_randvoorwaarden_questions_use_the_packs_own_texts_and_groups(vl, pack):
    for r in pack.randvoorwaarden:
        q = vl.vraag(f"randvoorwaarden.{r.id}")
        assert q.tekst == r.vraag
        assert r.toelichting["nl"] in q.hulp["nl"] and r.advies["en"] in q.hulp["en"]
        assert q.bron == r.bron
        assert q.sectie.id == f"randvoorwaarden.{r.groep}"
    assert "blokkerend" in vl.vraag("randvoorwaarden.afspraken").hulp["nl"]
    assert "Teleconsultatie" in vl.vraag("randvoorwaarden.ict").hulp["nl"]  # blokkerend_als named


def test_a_regional_pack_with_an_extra_randvoorwaarde_gets_its_question(tmp_path):
    pack_dir = tmp_path / "regio"
    shutil.copytree(ROOT / "rules", pack_dir)
    rv = json.loads((pack_dir / "randvoorwaarden.json").read_text("utf-8"))
    extra = copy.deepcopy(rv["randvoorwaarden"][0])
    extra.update(
        id="vervoer",
        groep="patient",
        vraag={
            "nl": "Kunnen patiënten de praktijk bereiken?",
            "en": "Can patients reach the practice?",
        },
    )
    rv["randvoorwaarden"].append(extra)
    (pack_dir / "randvoorwaarden.json").write_text(json.dumps(rv, ensure_ascii=False), "utf-8")
    regional = laad_regelpakket(pack_dir)
    vl = laad_vragenlijst(regional)
    q = vl.vraag("randvoorwaarden.vervoer")
    assert q.tekst["nl"] == "Kunnen patiënten de praktijk bereiken?"
    assert [k.waarde for k in q.keuzes] == ["ja", "deels", "nee", "onbekend"]
    lees_voorstel(naar_voorstel(vl, {"patientgroep.categorie": "kno", q.id: "nee"}), regional)


def test_questionnaire_without_the_randvoorwaarden_section_is_refused(tmp_path, pack):
    data = raw()
    data["secties"] = [s for s in data["secties"] if s.get("uit_pakket") != "randvoorwaarden"]
    with pytest.raises(VragenlijstFout) as e:
        laad_vragenlijst(pack, write(tmp_path, data))
    lines = e.value.regels("nl")
    assert any("randvoorwaarden.ict" in line and "geen vraag" in line for line in lines)
    assert all(line.startswith(str(tmp_path / "vragenlijst.json")) for line in lines)


def _velden_from_pydantic(pack) -> dict:
    """The questionnaire's fields as they were read from the pydantic model's annotations before
    they came from the plain-data contract: the reference the contract must keep matching."""
    import typing

    from pydantic import BaseModel

    def unwrap(ann):
        args = typing.get_args(ann)
        if typing.get_origin(ann) is typing.Union and type(None) in args:
            return next(a for a in args if a is not type(None)), True
        return ann, False

    def leaf(info):
        ann, optional = unwrap(info.annotation)
        default = info.default if isinstance(info.default, str) else None
        if typing.get_origin(ann) is typing.Literal:
            return ("keuze", typing.get_args(ann), default, optional or not info.is_required())
        return ("tekst", (), default, not info.is_required())

    out = {}
    for name, info in voorstel_model(pack).model_fields.items():
        ann, optional = unwrap(info.annotation)
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            if optional:
                out[name] = ("onderdeel", ("ja", "nee"), "nee", True)
            for sub, sub_info in ann.model_fields.items():
                out[f"{name}.{sub}"] = leaf(sub_info)
        else:
            out[name] = leaf(info)
    return out


@pytest.mark.parametrize("folder", [None, "examples/regio-twente"])
def test_voorstel_velden_are_the_pydantic_models_fields(folder):
    """The questionnaire reads its fields from model.contract (no pydantic at its start); they
    are exactly what the pydantic model of the same contract says."""
    from substitutiecheck import standaard_regelpakket

    pack = standaard_regelpakket() if folder is None else laad_regelpakket(ROOT / folder)
    velden = voorstel_velden(pack)
    assert all(v.pad == pad for pad, v in velden.items())
    got = {pad: (v.soort, v.waarden, v.standaard, v.leeg_mag) for pad, v in velden.items()}
    assert got == _velden_from_pydantic(pack)
    assert len(got) > 40


def test_voorstel_velden_follow_the_model(pack):
    velden = voorstel_velden(pack)
    assert velden["patientgroep.categorie"].leeg_mag is False
    assert velden["samenwerking"].soort == "onderdeel"
    assert velden["titel"].soort == "tekst"
    assert velden["randvoorwaarden.ict"].waarden == ("ja", "deels", "nee", "onbekend")
    assert velden["randvoorwaarden.ict"].standaard == "onbekend"


# -- broken questionnaire files: file + path, Dutch and English ---------------------------------


def _error(tmp_path, pack, data) -> SubstitutiecheckFout:
    with pytest.raises(VragenlijstFout) as e:
        laad_vragenlijst(pack, write(tmp_path, data))
    assert e.value.bestand == str(tmp_path / "vragenlijst.json")
    return e.value


def test_broken_json_names_line_and_column(tmp_path, pack):
    err = _error(tmp_path, pack, '{"versie": "1",\n  "titel": }')
    assert err.regels("nl") == [
        f"{tmp_path / 'vragenlijst.json'}: ongeldige JSON op regel 2, kolom 12: waarde verwacht"
    ]


def test_schema_error_names_the_json_path(tmp_path, pack):
    data = raw()
    del data["secties"][0]["vragen"][0]["hulp"]
    err = _error(tmp_path, pack, data)
    assert err.pad == "secties[0].vragen[0]"
    assert "verplicht veld 'hulp' ontbreekt" in err.regels("nl")[0]


def test_code_in_a_condition_is_refused_by_the_schema(tmp_path, pack):
    data = raw()
    data["secties"][0]["vragen"][1]["als"] = {"python": "__import__('os').system('ls')"}
    err = _error(tmp_path, pack, data)
    assert err.pad.startswith("secties[0].vragen[1]")


def test_unknown_field_suggests_the_right_one(tmp_path, pack):
    data = raw()
    data["secties"][0]["vragen"][1]["id"] = "regoi"
    err = _error(tmp_path, pack, data)
    assert err.pad == "secties[0].vragen[1].id"
    assert "bedoelde u 'regio'?" in err.regels("nl")[0]
    assert "did you mean 'regio'?" in err.regels("en")[0]


def test_choice_that_is_not_a_value_of_the_field(tmp_path, pack):
    data = raw()
    gate = data["secties"][-1]["vragen"][0]
    gate["keuzes"][1]["waarde"] = "misschien"
    err = _error(tmp_path, pack, data)
    assert err.pad == "secties[5].vragen[0].keuzes[1].waarde"


def test_condition_must_name_an_earlier_question_and_a_possible_value(tmp_path, pack):
    data = raw()
    data["secties"][0]["vragen"][0]["als"] = {"veld": "patientgroep.categorie", "is": "diabetes"}
    err = _error(tmp_path, pack, data)
    assert "geen eerdere vraag" in err.regels("nl")[0]
    data = raw()
    data["secties"][-1]["vragen"][1]["als"] = {"veld": "samenwerking", "is": "jawel"}
    err = _error(tmp_path, pack, data)
    assert "'jawel'" in err.regels("nl")[0]


def test_cli_prints_one_dutch_line_and_exits_2_for_a_broken_questionnaire(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from substitutiecheck import cli
    from substitutiecheck.questionnaire import data as data_module

    broken = write(tmp_path, "{")
    monkeypatch.setattr(data_module, "standaard_bestand", lambda: broken)
    result = CliRunner().invoke(cli.main, ["vragenlijst", "-o", str(tmp_path / "v.json")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"fout: {broken}: ongeldige JSON op regel 1, kolom 2: de JSON houdt hier op voordat "
        f"hij af is (ontbreekt er een `}}` of `]`?)"
    ]


# -- the condition evaluator -------------------------------------------------------------------

ANSWERS = {"a": "ja", "b": "nee"}


@pytest.mark.parametrize(
    "cond, expected",
    [
        ({"veld": "a", "is": "ja"}, True),
        ({"veld": "a", "is_niet": "ja"}, False),
        ({"veld": "b", "in": ["ja", "nee"]}, True),
        ({"veld": "b", "niet_in": ["nee"]}, False),
        ({"veld": "c", "is": "ja"}, False),
        ({"veld": "c", "is_niet": "ja"}, True),
        ({"alle": [{"veld": "a", "is": "ja"}, {"veld": "b", "is": "ja"}]}, False),
        ({"een_van": [{"veld": "a", "is": "ja"}, {"veld": "b", "is": "ja"}]}, True),
        ({"niet": {"veld": "a", "is": "ja"}}, False),
        (None, True),
    ],
)
def test_conditions(cond, expected):
    assert conditions.holds(cond, ANSWERS.get) is expected


leaf = st.builds(
    lambda f, v: {"veld": f, "is": v}, st.sampled_from("abc"), st.sampled_from(["ja", "nee"])
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


@given(cond)
def test_condition_logic_laws(c):
    holds = conditions.holds(c, ANSWERS.get)
    assert conditions.holds({"niet": c}, ANSWERS.get) is (not holds)
    assert conditions.holds({"alle": [c, c]}, ANSWERS.get) is holds
    assert conditions.holds({"een_van": [c, {"niet": c}]}, ANSWERS.get) is True


def test_every_text_is_in_dutch_and_english():
    assert [k for k, v in TEKSTEN.items() if set(v) != {"nl", "en"} or not all(v.values())] == []


def test_english_texts_name_no_dutch_field_and_kaats_opheij_answers_have_their_own_help(pack):
    vl = laad_vragenlijst(pack)
    for q in vl.vragen:
        for k in q.keuzes:
            if k.uitleg:
                assert "'samenwerking'" not in k.uitleg["en"], (q.id, k.uitleg["en"])
    ko = vl.vraag("samenwerking.relatie").keuze("onbekend").uitleg
    rv = vl.vraag("randvoorwaarden.ict").keuze("onbekend").uitleg
    assert ko != rv and "precondition" not in ko["en"] and "randvoorwaarde" not in ko["nl"]
    assert (
        vl.vraag("samenwerking.relatie").tekst["nl"].startswith("Is ")
    )  # a question a person asks
