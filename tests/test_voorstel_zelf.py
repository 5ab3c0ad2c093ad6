"""The optional parts about the proposal itself (issue 11, "what the seeds ask"): the proposal's
own Triple Aim expectation and evaluation, who in the first line takes part (and the social domain
for kwetsbare ouderen), and Kaats & Opheij's core condition. Data in rules/ with the seeds' exact
words, optional fields of the contract, every report format, Dutch and English; they never change
the verdict (property test)."""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from pathlib import Path

from conftest import EXAMPLES as EX
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import VOORSTEL_ZELF, kernvoorwaarde, voorstel_zelf_delen, voorstellen
from test_rapporten import run

from substitutiecheck import evaluate
from substitutiecheck.model import lees_voorstel, voorstel_schema
from substitutiecheck.pack import standaard_regelpakket
from substitutiecheck.report import rapport_schema

PACK = standaard_regelpakket()
SEEDS = ROOT.parent / "shared" / "seeds"  # CI lays shared/ beside the checkout
ZORGBRUG = json.loads((EX / "batch-twente.jsonl").read_text("utf-8").splitlines()[2])


def _uitkomst(r):
    return (
        r.advies,
        r.voorlopig,
        r.nog_onbekend,
        r.reden,
        [(o.id, o.ernst, o.antwoord) for o in r.ontbrekende_randvoorwaarden],
        [b.regel for b in r.bevindingen],
    )


def _zonder(doc: dict) -> dict:
    out = copy.deepcopy(doc)
    for naam in VOORSTEL_ZELF:
        out.pop(naam, None)
    if isinstance(out.get("samenwerking"), dict):
        out["samenwerking"].pop("kernvoorwaarde", None)
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    voorstellen(),
    st.fixed_dictionaries({}, optional=voorstel_zelf_delen()),
    st.none() | kernvoorwaarde(),
)
def test_the_parts_about_the_proposal_itself_never_change_the_verdict(doc, delen, kern) -> None:
    """Adding or removing triple_aim, eerste_lijn and samenwerking.kernvoorwaarde never changes
    the advice, the provisional flag, the missing conditions or the findings."""
    basis = _zonder(doc)
    met = copy.deepcopy(basis)
    met.update(delen)
    if kern is not None:
        met["samenwerking"] = {**(met.get("samenwerking") or {}), "kernvoorwaarde": kern}
    assert _uitkomst(evaluate(met)) == _uitkomst(evaluate(basis))
    assert _uitkomst(evaluate(doc)) == _uitkomst(evaluate(basis))


def test_no_rule_can_test_the_new_fields() -> None:
    """They are contract fields, not pack fields: the engine never sees them."""
    assert not [
        v for v in PACK.velden if v.split(".")[0] in VOORSTEL_ZELF or v.endswith(".kernvoorwaarde")
    ]


def test_existing_proposals_stay_valid_and_the_parts_default_to_absent() -> None:
    for path in EX.glob("*.json"):
        model = lees_voorstel(json.loads(path.read_text("utf-8")), PACK)
        assert model["triple_aim"] is None and model["eerste_lijn"] is None


def test_schema_documents_the_optional_fields() -> None:
    schema = voorstel_schema(PACK)
    assert "triple_aim" not in schema.get("required", []) and "eerste_lijn" not in schema.get(
        "required", []
    )
    text = json.dumps(schema, ensure_ascii=False)
    for word in (
        "Triple Aim",
        "pilot",
        "apotheker",
        "wijkverpleegkundige",
        "sociaal domein",
        "Kernvoorwaarde",
        "+/-",
    ):
        assert word in text, word
    out = run("schema").stdout
    assert "eerste_lijn" in out and "kernvoorwaarde" in out
    rschema = json.dumps(rapport_schema(), ensure_ascii=False)
    for name in ("EigenTripleAim", "EersteLijn", "Kernvoorwaarde", "sociaal_domein"):
        assert name in rschema, name


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_every_quote_is_the_seeds_exact_words() -> None:
    """Each 'citaat' in rules/ stands word for word (whitespace aside) in its source's seed."""
    import pytest

    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    citaten = []

    def walk(node):
        if isinstance(node, dict):
            if set(node) == {"tekst", "bron"} and isinstance(node["tekst"], str):
                citaten.append(node)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    from substitutiecheck.pack import to_json

    walk(to_json(PACK.voorstel_zelf))  # the pack's data is read-only: walk it as plain JSON
    assert len(citaten) >= 6
    for c in citaten:
        doc = PACK.bron(c["bron"])["document"]
        seed = _norm((SEEDS / doc).read_text("utf-8"))
        assert _norm(c["tekst"]) in seed, (c["bron"], c["tekst"])


def test_product_choices_in_the_new_parts_are_labelled() -> None:
    vz = PACK.voorstel_zelf
    for part in (
        vz["triple_aim"],
        vz["evaluatie"],
        vz["eerste_lijn"]["sociaal_domein"],
        vz["kernvoorwaarde"],
    ):
        assert "productkeuze" in part["bron"]
    for part in (vz["evaluatie"], vz["eerste_lijn"]["sociaal_domein"], vz["kernvoorwaarde"]):
        assert "(keuze van substitutiecheck)" in part["advies"]["nl"]
        assert "(substitutiecheck's own choice)" in part["advies"]["en"]


def test_the_example_shows_every_part_in_every_format_in_both_languages() -> None:
    words = {
        "nl": (
            "Triple Aim van dit voorstel",
            "apotheker",
            "wijkverpleegkundige",
            "Gemeente / sociaal domein betrokken",
            "autonomie of resultaatverwachting",
            "Pilot gepland",
        ),
        "en": (
            "Triple Aim of this proposal",
            "pharmacist",
            "district nurse",
            "Municipality / social domain involved",
            "autonomy or expected results",
            "Pilot planned",
        ),
    }
    for taal, expected in words.items():
        for fmt in ("text", "markdown", "html"):
            out = _norm(
                run(
                    "check", "--format", fmt, "--lang", taal, "-", stdin=json.dumps(ZORGBRUG)
                ).stdout
            )
            for w in expected:
                assert w in out, (fmt, taal, w)
        rows = list(
            csv.DictReader(
                io.StringIO(
                    run(
                        "check",
                        "--format",
                        "csv",
                        "--csv-scheiding",
                        ",",
                        "--lang",
                        taal,
                        "-",
                        stdin=json.dumps(ZORGBRUG),
                    ).stdout.lstrip("\ufeff")
                )
            )
        )
        row = rows[0]
        te = {
            "nl": (
                "triple_aim_verwacht",
                "eerste_lijn",
                "sociaal_domein",
                "kernvoorwaarde",
                "onbekend",
                "deels",
            ),
            "en": (
                "triple_aim_expected",
                "primary_care",
                "social_domain",
                "core_condition",
                "unknown",
                "partly",
            ),
        }[taal]
        assert row[te[0]] == "kwaliteit:+ gezondheid:+/- kosten:+"
        assert row[te[1]] == "huisarts poh apotheker wijkverpleegkundige"
        assert row[te[2]] == te[4] and row[te[3]] == te[5]
    js = json.loads(run("check", "--format", "json", "-", stdin=json.dumps(ZORGBRUG)).stdout)
    tl = js["rapporten"][0]["toelichting"]
    assert [d["verwacht"] for d in tl["triple_aim"]["doelen"]] == ["+", "+/-", "+"]
    assert tl["triple_aim"]["vorm_naam"] == "Transmurale zorgbrug 70-plussers"
    assert tl["eerste_lijn"]["sociaal_domein"]["antwoord"] == "onbekend"
    assert tl["kernvoorwaarde"]["antwoord"] == "deels"


def test_reports_name_the_first_line_providers_instead_of_only_the_gp() -> None:
    doc = {
        **ZORGBRUG,
        "eerste_lijn": {"huisarts": "nee", "apotheker": "ja", "fysiotherapeut": "ja"},
    }
    r = evaluate(doc)
    assert (
        r.toelichting.eerste_lijn.tekst
        == "Eerste lijn in dit voorstel: apotheker en fysiotherapeut. Niet betrokken: huisarts."
    )
    en = evaluate(doc, taal="en").toelichting.eerste_lijn.tekst
    assert en == "Primary care in this proposal: pharmacist and physiotherapist. Not involved: GP."


def test_social_domain_only_for_kwetsbare_ouderen() -> None:
    doc = {**ZORGBRUG, "patientgroep": {**ZORGBRUG["patientgroep"], "categorie": "diabetes"}}
    assert evaluate(doc).toelichting.eerste_lijn.sociaal_domein is None
    ja = {**ZORGBRUG, "eerste_lijn": {"sociaal_domein": "ja"}}
    el = evaluate(ja).toelichting.eerste_lijn
    assert el.sociaal_domein.antwoord == "ja" and el.sociaal_domein_advies is None
    assert "productkeuze" not in [
        b.id for b in el.bronnen
    ]  # no product advice shown, no product source


def test_core_condition_is_in_every_collaboration_section_with_its_source() -> None:
    r = evaluate({"patientgroep": {"categorie": "diabetes"}})
    kv = r.toelichting.kernvoorwaarde
    assert kv.antwoord is None and kv.advies is None
    assert [b.id for b in kv.bronnen] == ["kaats_opheij", "raedelijn"]
    assert "autonomie of resultaatverwachting" in kv.tekst
    nee = evaluate(
        {"patientgroep": {"categorie": "diabetes"}, "samenwerking": {"kernvoorwaarde": "nee"}}
    )
    assert nee.toelichting.kernvoorwaarde.advies and nee.toelichting.samenwerking is None


def test_a_pack_without_the_parts_has_no_such_fields(tmp_path: Path) -> None:
    import shutil

    from substitutiecheck import laad_regelpakket

    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    tl = json.loads((tmp_path / "rules" / "toelichting.json").read_text("utf-8"))
    del tl["voorstel_zelf"]
    (tmp_path / "rules" / "toelichting.json").write_text(
        json.dumps(tl, ensure_ascii=False), "utf-8"
    )
    pack = laad_regelpakket(tmp_path / "rules")
    props = voorstel_schema(pack)["properties"]
    assert "triple_aim" not in props and "eerste_lijn" not in props
    r = evaluate({"patientgroep": {"categorie": "diabetes"}}, regels=pack)
    assert r.toelichting.kernvoorwaarde is None and r.toelichting.triple_aim is None


def test_valideer_names_an_unknown_source_in_a_quote(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    path = tmp_path / "rules" / "toelichting.json"
    text = path.read_text("utf-8").replace('"bron": "zorgenz2018"', '"bron": "zorgenz2019"', 1)
    path.write_text(text, "utf-8")
    result = run("regels", "valideer", str(tmp_path / "rules"))
    assert result.exit_code == 2
    assert re.search(
        r"toelichting\.json.*voorstel_zelf\.eerste_lijn\.sociaal_domein\.citaat\.bron.*zorgenz2019",
        result.output,
    ), result.output


# -- questionnaire and FHIR ----------------------------------------------------------------------


def test_the_questionnaire_asks_them_in_a_last_optional_section() -> None:
    from substitutiecheck.questionnaire.data import laad_vragenlijst

    vl = laad_vragenlijst(PACK)
    ids = [q.id for q in vl.vragen]
    zelf = [q for q in vl.vragen if q.sectie.id == "voorstel_zelf"]
    assert ids[-len(zelf) :] == [q.id for q in zelf]  # the last section, just before the overview
    assert [q.id for q in zelf][:2] == ["triple_aim", "triple_aim.kwaliteit"]
    assert {
        "eerste_lijn.apotheker",
        "eerste_lijn.sociaal_domein",
        "samenwerking.kernvoorwaarde",
    } <= set(ids)
    assert [k.waarde for k in vl.vraag("triple_aim.kosten").keuzes] == ["+", "+/-", "-", "onbekend"]
    assert vl.vraag("eerste_lijn.sociaal_domein").als == {
        "alle": [
            {"veld": "eerste_lijn", "is": "ja"},
            {"veld": "patientgroep.categorie", "in": ["kwetsbare_ouderen"]},
        ]
    }
    assert vl.vraag("samenwerking.kernvoorwaarde").als == {"veld": "samenwerking", "is": "ja"}
    assert "autonomie of resultaatverwachting" in vl.vraag("samenwerking.kernvoorwaarde").hulp["nl"]
    assert "autonomy or expected results" in vl.vraag("samenwerking.kernvoorwaarde").hulp["en"]


def test_fhir_round_trip_keeps_the_parts() -> None:
    from substitutiecheck.fhir import antwoorden, voorstel_uit_antwoorden

    back = voorstel_uit_antwoorden(antwoorden(ZORGBRUG, PACK), PACK)
    for key in ("triple_aim", "eerste_lijn"):
        assert back[key] == ZORGBRUG[key]
    assert back["samenwerking"] == ZORGBRUG["samenwerking"]
    assert evaluate(back).naar_dict() == evaluate(ZORGBRUG).naar_dict()


def test_fhir_export_leaves_out_an_answer_that_does_not_apply() -> None:
    """The social domain of a diabetes proposal is not asked and not reported: the response does
    not carry it (it would be refused on import), and the report stays the same."""
    from substitutiecheck.fhir import antwoorden, voorstel_uit_antwoorden

    doc = {
        "patientgroep": {"categorie": "diabetes"},
        "eerste_lijn": {"apotheker": "ja", "sociaal_domein": "ja"},
    }
    response = antwoorden(doc, PACK)
    assert "eerste_lijn.sociaal_domein" not in json.dumps(response)
    back = voorstel_uit_antwoorden(response, PACK)
    assert back["eerste_lijn"] == {"apotheker": "ja"}
    assert evaluate(back).naar_dict() == evaluate(doc).naar_dict()


def test_fhir_questionnaire_has_the_new_questions_with_their_conditions() -> None:
    from substitutiecheck.fhir import questionnaire

    q = json.dumps(questionnaire(PACK), ensure_ascii=False)
    for link in (
        "triple_aim.pilot",
        "eerste_lijn.wijkverpleegkundige",
        "eerste_lijn.sociaal_domein",
        "samenwerking.kernvoorwaarde",
    ):
        assert f'"linkId": "{link}"' in q, link
