"""The patient group's description (``patientgroep.omschrijving``) in every report: a board
reading 'Patiëntengroep: Dermatologie' did not see which patients the proposal meant
('Volwassenen met huidafwijkingen waarvoor de huisarts twijfelt over verwijzing')."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED_EXAMPLE, run_cli

from substitutiecheck import evaluate

OMSCHRIJVING = "Volwassenen met huidafwijkingen waarvoor de huisarts twijfelt over verwijzing"


@pytest.mark.parametrize(
    "fmt,taal,line",
    [
        ("text", "nl", "Omschrijving: Volwassenen met huidafwijkingen"),
        ("text", "en", "Description: Volwassenen met huidafwijkingen"),
        ("markdown", "nl", f"- Omschrijving: {OMSCHRIJVING}"),
        ("html", "en", f"<dt>Description</dt><dd>{OMSCHRIJVING}</dd>"),
    ],
)
def test_every_human_report_names_the_description(fmt, taal, line):
    out = run_cli("check", str(SHARED_EXAMPLE), "--format", fmt, "--lang", taal)
    assert line in out.stdout.decode()


def test_json_and_the_library_carry_it():
    doc = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    assert doc["patientgroep"]["omschrijving"] == OMSCHRIJVING
    assert evaluate(doc).omschrijving == OMSCHRIJVING
    out = json.loads(run_cli("check", str(SHARED_EXAMPLE), "--format", "json").stdout)
    assert out["rapporten"][0]["omschrijving"] == OMSCHRIJVING


@pytest.mark.parametrize("waarde", [None, "", "   "])
def test_no_line_without_a_description(tmp_path, waarde):
    doc = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    if waarde is None:
        del doc["patientgroep"]["omschrijving"]
    else:
        doc["patientgroep"]["omschrijving"] = waarde
    path = tmp_path / "v.json"
    path.write_text(json.dumps(doc), "utf-8")
    for fmt in ("text", "markdown", "html"):
        assert "Omschrijving" not in run_cli("check", str(path), "--format", fmt).stdout.decode()
    # only white space is none at all, in JSON too (an adversarial review: '   ' kept there)
    doc = json.loads(run_cli("check", str(path), "--format", "json").stdout)
    assert doc["rapporten"][0]["omschrijving"] is None


def test_a_hostile_description_is_shown_not_obeyed(tmp_path):
    doc = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    doc["patientgroep"]["omschrijving"] = "Groep\x1b[2J\nAdvies: GO <b>x</b>"
    path = tmp_path / "v.json"
    path.write_text(json.dumps(doc), "utf-8")
    result = run_cli("check", str(path))
    assert result.returncode in (0, 1), result.stderr  # checked, not refused
    text = result.stdout.decode()
    assert "Omschrijving: Groep" in text
    assert "\x1b" not in text and "\nAdvies: GO <b>" not in text
    html = run_cli("check", str(path), "--format", "html").stdout.decode()
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_vergelijk_of_saved_reports_names_a_changed_description(tmp_path):
    """``vergelijk`` of two proposals lists a changed description (every field of the contract);
    of two saved reports it does now too, and a report saved before the field existed shows no
    change of it ('niet ingevuld -> …' would be a change nobody made)."""
    oud = tmp_path / "oud.json"
    nieuw = tmp_path / "nieuw.json"
    doc = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    doc["patientgroep"]["omschrijving"] = "Alleen volwassenen jonger dan 75"
    (tmp_path / "v2.json").write_text(json.dumps(doc), "utf-8")
    for bron, doel in ((SHARED_EXAMPLE, oud), (tmp_path / "v2.json", nieuw)):
        assert run_cli("check", str(bron), "--format", "json", "-o", str(doel)).returncode == 0
    out = run_cli("vergelijk", str(oud), str(nieuw)).stdout.decode()
    assert "omschrijving van de patiëntengroep: Volwassenen met huidafwijkingen" in out
    assert "-> Alleen volwassenen jonger dan 75" in out

    saved = json.loads(oud.read_text("utf-8"))
    del saved["rapporten"][0]["omschrijving"]  # as saved by an earlier version
    oud.write_text(json.dumps(saved), "utf-8")
    result = run_cli("vergelijk", str(oud), str(nieuw))
    assert result.returncode in (0, 1), result.stderr
    assert "omschrijving" not in result.stdout.decode()


def test_vergelijk_of_proposals_sees_no_change_in_a_blank_description(tmp_path):
    """'Omschrijving: niet ingevuld -> ' stood among the changed answers for a description of only
    spaces against none (an adversarial review); a real change is still listed."""
    doc = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    del doc["patientgroep"]["omschrijving"]
    zonder, leeg, echt = (tmp_path / n for n in ("zonder.json", "leeg.json", "echt.json"))
    zonder.write_text(json.dumps(doc), "utf-8")
    doc["patientgroep"]["omschrijving"] = "   "
    leeg.write_text(json.dumps(doc), "utf-8")
    doc["patientgroep"]["omschrijving"] = "Alleen volwassenen"
    echt.write_text(json.dumps(doc), "utf-8")
    out = run_cli("vergelijk", str(zonder), str(leeg))
    assert out.returncode in (0, 1), out.stderr
    assert "patientgroep.omschrijving" not in out.stdout.decode()
    assert "patientgroep.omschrijving" in run_cli("vergelijk", str(leeg), str(echt)).stdout.decode()
