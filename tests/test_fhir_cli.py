"""The FHIR commands as a user runs them: ``export fhir``, ``export fhir-antwoorden`` and
``check`` on QuestionnaireResponses (files, folders, JSON Lines, stdin)."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES, ROOT, run_cli

pytest.importorskip("fhir.resources.R4B")
from fhir.resources.R4B.questionnaire import Questionnaire  # noqa: E402
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse  # noqa: E402

TWENTE = str(ROOT / "examples" / "regio-twente")


def _reports(stdout: bytes) -> list[dict]:
    """The reports of a --format json run, without 'invoer' (where the proposal came from)."""
    doc = json.loads(stdout)
    for r in doc["rapporten"]:
        r.pop("invoer")
    return doc["rapporten"]


@pytest.mark.parametrize(
    "args,taal", [((), "nl"), (("--lang", "en"), "en"), (("--regels", TWENTE), "nl")]
)
def test_export_fhir_prints_a_valid_questionnaire(args, taal):
    r = run_cli("export", "fhir", *args)
    assert r.returncode == 0, r.stderr.decode()
    doc = json.loads(r.stdout)
    Questionnaire.model_validate(doc)
    assert doc["language"] == taal
    assert ("twente" in doc["url"]) == ("--regels" in args)


def test_round_trip_through_the_commands_gives_the_same_reports(tmp_path):
    out = tmp_path / "antwoorden"
    out.mkdir()
    for f in sorted(EXAMPLES.iterdir()):
        r = run_cli("export", "fhir-antwoorden", str(f), "-o", str(out / f.name))
        assert r.returncode == 0, r.stderr.decode()
    lines = (out / "batch-twente.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == len((EXAMPLES / "batch-twente.jsonl").read_text("utf-8").splitlines())
    for line in lines:
        QuestionnaireResponse.model_validate(json.loads(line))
    original = run_cli("check", str(EXAMPLES), "--format", "json")
    via_fhir = run_cli("check", str(out), "--format", "json")
    assert via_fhir.returncode == original.returncode == 1  # one example is no-go
    assert via_fhir.stderr == b""
    assert _reports(via_fhir.stdout) == _reports(original.stdout)
    # a folder in one go: JSON Lines, one response per proposal, in the same order
    r = run_cli("export", "fhir-antwoorden", str(EXAMPLES), "-o", str(tmp_path / "alle.jsonl"))
    assert r.returncode == 0, r.stderr.decode()
    assert _reports(
        run_cli("check", str(tmp_path / "alle.jsonl"), "--format", "json").stdout
    ) == _reports(original.stdout)


def test_a_broken_response_is_one_dutch_line_exit_2_and_the_rest_is_checked(tmp_path):
    r = run_cli(
        "export", "fhir-antwoorden", str(EXAMPLES / "meekijkconsult-dermatologie-rotterdam.json")
    )
    doc = json.loads(r.stdout)
    doc["item"][7]["item"][0]["linkId"] = "randvoorwaarden.ictt"
    bad = tmp_path / "antwoorden.json"
    bad.write_text(json.dumps(doc), "utf-8")
    good = tmp_path / "goed.json"
    good.write_text(r.stdout.decode(), "utf-8")
    res = run_cli("check", str(bad), str(good), "--format", "jsonl")
    assert res.returncode == 2
    assert res.stderr.decode().strip() == (
        f"fout: {bad}: item[7].item[0].linkId: onbekende vraag 'randvoorwaarden.ictt'; "
        "bedoelde u 'randvoorwaarden.ict'?"
    )
    assert "Traceback" not in res.stderr.decode()
    # the good response still gets its report (after the header line of report format 2), the
    # broken one a line {"fout": ...} in its place, naming the same field
    fout, kop, rapport = (json.loads(x) for x in res.stdout.splitlines())
    assert fout["fout"]["invoer"]["bestand"] == str(bad) and "kop" in kop and "advies" in rapport
    assert fout["fout"]["problemen"][0]["pad"] == "item[7].item[0].linkId"


def test_responses_on_stdin_and_in_json_lines(tmp_path):
    proposal = EXAMPLES / "teleconsultatie-kno-zonder-ict.json"
    r = run_cli("export", "fhir-antwoorden", str(proposal))
    res = run_cli("check", "-", "--format", "json", stdin=r.stdout)
    assert res.returncode == 1 and _reports(res.stdout)[0]["advies"] == "no-go"
    other = {"resourceType": "Patient", "id": "x"}
    jsonl = tmp_path / "mix.jsonl"
    jsonl.write_text(json.dumps(json.loads(r.stdout)) + "\n" + json.dumps(other) + "\n", "utf-8")
    res = run_cli("check", str(jsonl))
    assert res.returncode == 2
    assert res.stderr.decode().strip() == (
        f"fout: {jsonl}:2: resourceType: resourceType 'Patient' wordt niet ondersteund; "
        "verwacht een voorstel of een QuestionnaireResponse"
    )


def test_a_response_for_another_pack_is_refused_until_that_pack_is_chosen(tmp_path):
    proposal = EXAMPLES / "complexe-wondzorg-twente.json"
    r = run_cli(
        "export",
        "fhir-antwoorden",
        "--regels",
        TWENTE,
        str(proposal),
        "-o",
        str(tmp_path / "qr.json"),
    )
    assert r.returncode == 0
    res = run_cli("check", str(tmp_path / "qr.json"))
    assert (
        res.returncode == 2
        and "ander regelpakket" in res.stderr.decode()
        and "--regels" in res.stderr.decode()
    )
    assert run_cli("check", "--regels", TWENTE, str(tmp_path / "qr.json")).returncode in (0, 1)


def test_export_of_an_invalid_proposal_names_file_and_field(tmp_path):
    bad = tmp_path / "voorstel.json"
    bad.write_text(
        '{"patientgroep": {"categorie": "dermatologie"}, "randvoorwaarden": {"ict": "misschien"}}',
        "utf-8",
    )
    r = run_cli("export", "fhir-antwoorden", str(bad))
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr.decode().strip() == (
        f"fout: {bad}: randvoorwaarden.ict: ongeldige waarde 'misschien'; kies uit: ja, deels, nee, onbekend"
    )


def test_the_fhir_questionnaire_holds_no_terminal_instruction():
    """Its description said 'you can stop at any moment (Ctrl-C)': true of the terminal
    questionnaire only, not of a FHIR form filler (an audit). The terminal still says it."""
    from substitutiecheck.questionnaire.texts import TEKSTEN

    for taal in ("nl", "en"):
        doc = json.loads(run_cli("export", "fhir", "--lang", taal).stdout)
        assert "Ctrl-C" not in json.dumps(doc)
        assert "Ctrl-C" in TEKSTEN["ui.opslag"][taal]
