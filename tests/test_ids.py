"""The id reference (issue 14): every id a proposal uses, with its name and one line of meaning,
generated from the pack's proposal contract, so that `substitutiecheck regels ids`, docs/ids.md
and the titles and descriptions of `substitutiecheck schema` cannot drift apart."""

from __future__ import annotations

import json

import pytest
from conftest import RANDVOORWAARDEN, ROOT, run_cli

from substitutiecheck import laad_regelpakket, standaard_regelpakket
from substitutiecheck.packinfo import id_markdown, id_secties

TWENTE = ROOT / "examples" / "regio-twente"


@pytest.mark.parametrize("taal,pagina", [("nl", "ids.md"), ("en", "ids.en.md")])
def test_the_docs_page_is_generated_from_the_pack_and_up_to_date(taal, pagina):
    """Regenerate with: .venv/bin/substitutiecheck regels ids --format markdown [--lang en] > docs/<pagina>"""
    assert (ROOT / "docs" / pagina).read_text("utf-8") == id_markdown(
        standaard_regelpakket(), taal
    ) + "\n"


def test_every_kind_of_id_is_there_with_a_name_and_a_meaning_in_both_languages():
    pack = standaard_regelpakket()
    nl = {pad: items for pad, _, _, items in id_secties(pack, "nl")}
    en = {pad: items for pad, _, _, items in id_secties(pack, "en")}
    assert list(nl) == [
        "patientgroep.categorie",
        "patientgroep.<id>",
        "samenwerkingsvorm",
        "financiering",
        "randvoorwaarden.<id>",
        "samenwerking.<id>",
        "triple_aim.<id>",
        "eerste_lijn.<id>",
        "respondent.rol",
    ]
    assert [k for k, _, _ in nl["respondent.rol"]][:3] == ["huisarts", "poh", "medisch_specialist"]
    assert [k for k, _, _ in nl["triple_aim.<id>"]] == [
        "kwaliteit",
        "gezondheid",
        "kosten",
        "pilot",
        "evaluatie",
    ]
    assert [k for k, _, _ in nl["patientgroep.categorie"]] == [c.id for c in pack.categorieen]
    assert [k for k, _, _ in nl["patientgroep.<id>"]] == [
        "acuut_complex",
        "zeldzaam",
        "hoog_risico",
    ]
    assert [k for k, _, _ in nl["randvoorwaarden.<id>"]] == RANDVOORWAARDEN
    assert len(nl["samenwerkingsvorm"]) == 26
    assert [k for k, _, _ in nl["financiering"]] == [f.id for f in pack.financiering]
    for pad in nl:
        for (k, naam, betekenis), (k_en, name, meaning) in zip(nl[pad], en[pad], strict=True):
            assert k == k_en and naam and betekenis and name and meaning, (pad, k)
    # the names are the pack's own display names, not generated from the id ("Meerwaarde Patient")
    assert nl["randvoorwaarden.<id>"][0][:2] == ("meerwaarde_patient", "Meerwaarde voor de patiënt")
    assert ("keten_dbc", "Keten-DBC") in [(k, n) for k, n, _ in nl["financiering"]]


def test_regels_ids_on_the_command_line_in_dutch_and_english():
    nl = run_cli("regels", "ids")
    assert nl.returncode == 0
    out = nl.stdout.decode()
    assert (
        "randvoorwaarden.<id> — Randvoorwaarden" in out
        and "- ict" in out
        and "Voldoende ICT-ondersteuning" in out
    )
    en = run_cli("regels", "ids", "--lang", "en").stdout.decode()
    assert "Added value for the patient" in en and "Meerwaarde voor de patiënt" not in en


def test_a_regional_packs_extra_condition_appears_in_the_reference_and_the_schema():
    extra = next(
        r for r in laad_regelpakket(TWENTE).randvoorwaarden if r.id == "bestuurlijk_commitment"
    )
    out = run_cli("regels", "--regels", str(TWENTE), "ids").stdout.decode()
    assert "bestuurlijk_commitment" in out and extra.naam["nl"] in out
    assert "bestuurlijk_commitment" not in run_cli("regels", "ids").stdout.decode()
    schema = json.loads(run_cli("schema", "--regels", str(TWENTE)).stdout)
    veld = schema["$defs"]["Randvoorwaarden"]["properties"]["bestuurlijk_commitment"]
    assert veld["title"] == extra.naam["nl"]
    assert veld["description"].startswith(extra.vraag["nl"])


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_the_schema_carries_the_same_names_and_meanings_dutch_by_default(taal):
    pack = standaard_regelpakket()
    schema = json.loads(run_cli("schema", *(["--lang", "en"] if taal == "en" else [])).stdout)
    secties = {pad: items for pad, _, _, items in id_secties(pack, taal)}
    choices = {
        "patientgroep.categorie": schema["$defs"]["Patientgroep"]["properties"]["categorie"],
        "samenwerkingsvorm": schema["properties"]["samenwerkingsvorm"],
        "financiering": schema["properties"]["financiering"],
    }
    for pad, veld in choices.items():
        consts = [(c["const"], c["title"], c["description"]) for c in veld["oneOf"] if "const" in c]
        assert consts == secties[pad], pad
    answers = {
        "patientgroep.<id>": schema["$defs"]["Patientgroep"]["properties"],
        "randvoorwaarden.<id>": schema["$defs"]["Randvoorwaarden"]["properties"],
        "samenwerking.<id>": schema["$defs"]["Samenwerking"]["properties"],
    }
    for pad, props in answers.items():
        for k, naam, betekenis in secties[pad]:
            assert (props[k]["title"], props[k]["description"]) == (naam, betekenis), (pad, k)


def test_the_schema_still_validates_the_shared_example_and_an_empty_form():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run_cli("schema").stdout)
    example = json.loads(
        (ROOT / "examples/voorstellen/meekijkconsult-dermatologie-rotterdam.json").read_text(
            "utf-8"
        )
    )
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(example)) == []
    assert list(validator.iter_errors({**example, "samenwerkingsvorm": None})) == []
    assert list(validator.iter_errors({**example, "samenwerkingsvorm": "meekijk"})) != []
