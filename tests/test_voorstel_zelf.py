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

from conftest import EXAMPLES as EX, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import VOORSTEL_ZELF, kernvoorwaarde, voorstel_zelf_delen, voorstellen
from test_rapporten import run

from substitutiecheck import evaluate
from substitutiecheck.model import lees_voorstel, voorstel_schema
from substitutiecheck.pack import standaard_regelpakket

PACK = standaard_regelpakket()
SEEDS = ROOT.parent.parent / "shared" / "seeds"
ZORGBRUG = json.loads((EX / "batch-twente.jsonl").read_text("utf-8").splitlines()[2])


def _uitkomst(r):
    return (r.advies, r.voorlopig, r.nog_onbekend, r.reden,
            [(o.id, o.ernst, o.antwoord) for o in r.ontbrekende_randvoorwaarden],
            [b.regel for b in r.bevindingen])


def _zonder(doc: dict) -> dict:
    out = copy.deepcopy(doc)
    for naam in VOORSTEL_ZELF:
        out.pop(naam, None)
    if isinstance(out.get("samenwerking"), dict):
        out["samenwerking"].pop("kernvoorwaarde", None)
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(voorstellen(), st.fixed_dictionaries({}, optional=voorstel_zelf_delen()), st.none() | kernvoorwaarde())
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
    assert not [v for v in PACK.velden if v.split(".")[0] in VOORSTEL_ZELF or v.endswith(".kernvoorwaarde")]


def test_existing_proposals_stay_valid_and_the_parts_default_to_absent() -> None:
    for path in EX.glob("*.json"):
        model = lees_voorstel(json.loads(path.read_text("utf-8")), PACK)
        assert model["triple_aim"] is None and model["eerste_lijn"] is None


def test_schema_documents_the_optional_fields() -> None:
    schema = voorstel_schema(PACK)
    assert "triple_aim" not in schema.get("required", []) and "eerste_lijn" not in schema.get("required", [])
    text = json.dumps(schema, ensure_ascii=False)
    for word in ("Triple Aim", "pilot", "apotheker", "wijkverpleegkundige", "sociaal domein", "Kernvoorwaarde", "+/-"):
        assert word in text, word
    out = run("schema").stdout
    assert "eerste_lijn" in out and "kernvoorwaarde" in out


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

    walk(PACK.voorstel_zelf)
    assert len(citaten) >= 6
    for c in citaten:
        doc = PACK.bron(c["bron"])["document"]
        seed = _norm((SEEDS / doc).read_text("utf-8"))
        assert _norm(c["tekst"]) in seed, (c["bron"], c["tekst"])


def test_product_choices_in_the_new_parts_are_labelled() -> None:
    vz = PACK.voorstel_zelf
    for part in (vz["triple_aim"], vz["evaluatie"], vz["eerste_lijn"]["sociaal_domein"], vz["kernvoorwaarde"]):
        assert "productkeuze" in part["bron"]
    for part in (vz["evaluatie"], vz["eerste_lijn"]["sociaal_domein"], vz["kernvoorwaarde"]):
        assert "(keuze van substitutiecheck)" in part["advies"]["nl"]
        assert "(substitutiecheck's own choice)" in part["advies"]["en"]


def test_valideer_names_an_unknown_source_in_a_quote(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    path = tmp_path / "rules" / "toelichting.json"
    text = path.read_text("utf-8").replace('"bron": "zorgenz2018"', '"bron": "zorgenz2019"', 1)
    path.write_text(text, "utf-8")
    result = run("regels", "valideer", str(tmp_path / "rules"))
    assert result.exit_code == 2
    assert re.search(r"toelichting\.json.*voorstel_zelf\.eerste_lijn\.sociaal_domein\.citaat\.bron.*zorgenz2019",
                     result.output), result.output
