"""'Waarom' under a missing condition: the finding's own statement with its attribution, in text,
Markdown and HTML. A regional pack's exclusion of a category ('In deze regio valt spoedzorg
buiten substitutieprojecten …') and the e-book's 'Acute complexe patiëntengroepen zijn volgens
het e-book … niet geschikt' reached only the JSON tables: a board reader saw 'niet geschikt:
Spoedzorg' with 'Bron: Regiobesluit (voorbeeld)' and no reason."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, run_cli

TWENTE = ROOT / "examples" / "regio-twente"


def _voorstel(tmp_path, categorie: str, acuut: str = "nee"):
    path = tmp_path / "v.json"
    groep = {
        "categorie": categorie,
        "omschrijving": "Een groep",
        "acuut_complex": acuut,
        "zeldzaam": "nee",
        "hoog_risico": "nee",
    }
    path.write_text(json.dumps({"titel": "T", "patientgroep": groep}), "utf-8")
    return path


@pytest.mark.parametrize(
    "fmt,taal,line",
    [
        ("text", "nl", "Waarom: In deze regio valt spoedzorg buiten substitutieprojecten"),
        ("text", "en", "Why: In this region urgent care is outside substitution projects"),
        ("markdown", "nl", "  - Waarom: In deze regio valt spoedzorg buiten substitutieprojecten"),
        (
            "html",
            "en",
            '<p class="waarom"><strong>Why:</strong> In this region urgent care is outside',
        ),
    ],
)
def test_a_regional_exclusion_of_a_category_says_why(tmp_path, fmt, taal, line):
    out = run_cli(
        "check",
        str(_voorstel(tmp_path, "spoedzorg")),
        "--regels",
        str(TWENTE),
        "--format",
        fmt,
        "--lang",
        taal,
    )
    assert out.returncode == 1  # no-go
    assert line in out.stdout.decode()


def test_the_why_is_the_statement_of_the_exclusion_and_of_a_category_to_argue(tmp_path):
    acuut = run_cli("check", str(_voorstel(tmp_path, "diabetes", acuut="ja"))).stdout.decode()
    assert "Waarom: Acute complexe patiëntengroepen zijn volgens het e-book" in acuut
    overig = run_cli("check", str(_voorstel(tmp_path, "overig"))).stdout.decode()
    assert "Waarom: De patiëntengroep staat niet op de lijst van potentiële" in overig


def test_no_why_where_the_text_only_repeats_the_line(tmp_path):
    """A precondition's finding only says 'Randvoorwaarde … is niet vervuld', an exclusion not
    yet answered 'Nog niet vastgesteld of …': the line and its answer say that already."""
    out = run_cli("check", str(_voorstel(tmp_path, "diabetes", acuut="onbekend"))).stdout.decode()
    assert "[acuut_complex] (antwoord: onbekend" in out
    assert not [line for line in out.splitlines() if line.lstrip().startswith("Waarom:")]
