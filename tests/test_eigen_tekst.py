"""A regional pack that changes what a category or exclusion claims ('geschikt') or who claims it
('bron') must give its own 'tekst': the report's 'Waarom' showed the national words under the
regional verdict (an adversarial review: "moet nog onderbouwd worden" under a block, "volgens
het e-book" above only 'Regiobesluit (voorbeeld)')."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT, run_cli

TWENTE = ROOT / "examples" / "regio-twente" / "pakket.json"
EIGEN = {"nl": "In deze regio: eigen besluit.", "en": "In this region: own decision."}
ADVIES = {"nl": "Bespreek het in de regio.", "en": "Discuss it in the region."}


def _pakket(tmp_path, categorie=None, uitsluiting=None):
    pack = tmp_path / "pakket"
    pack.mkdir()
    shutil.copy(TWENTE, pack / "pakket.json")
    groepen = {
        "categorieen": [categorie] if categorie else [],
        "uitsluitingen": [uitsluiting] if uitsluiting else [],
    }
    (pack / "patientgroepen.json").write_text(json.dumps(groepen), "utf-8")
    return pack


def _voorstel(tmp_path, categorie="diabetes", hoog_risico="nee"):
    path = tmp_path / "v.json"
    groep = {"categorie": categorie, "acuut_complex": "nee", "zeldzaam": "nee"}
    path.write_text(json.dumps({"patientgroep": {**groep, "hoog_risico": hoog_risico}}), "utf-8")
    return path


@pytest.mark.parametrize(
    "override,pad",
    [
        ({"id": "overig", "geschikt": "nee"}, "categorieen[0].tekst"),
        ({"id": "overig", "geschikt": "nee", "advies": ADVIES}, "categorieen[0].tekst"),
        ({"id": "spoedzorg", "geschikt": "nee", "advies": ADVIES}, None),  # no text to inherit
    ],
)
def test_a_category_whose_verdict_changes_needs_its_own_text(tmp_path, override, pad):
    pack = _pakket(tmp_path, categorie={**override, "bron": ["regio_twente"]})
    result = run_cli("regels", "--regels", str(pack), "valideer")
    assert result.returncode == 2
    err = result.stderr.decode()
    if pad is None:  # the schema's own demand: 'nee' needs a text
        assert "tekst" in err
        return
    assert f"patientgroepen.json: {pad}: 'overig' verandert 'geschikt' of 'bron'" in err
    assert "geef een eigen 'tekst'" in err


def test_an_exclusion_whose_sources_are_replaced_needs_its_own_text(tmp_path):
    pack = _pakket(tmp_path, uitsluiting={"id": "hoog_risico", "bron": ["regio_twente"]})
    result = run_cli("regels", "--regels", str(pack), "valideer", "--lang", "en")
    assert result.returncode == 2
    assert "uitsluitingen[0].tekst: 'hoog_risico' changes 'geschikt' or 'bron'" in (
        result.stderr.decode()
    )


def test_a_source_added_beside_the_national_ones_keeps_the_text(tmp_path):
    bron = ["raedelijn", "nivel2013", "plexus2015", "productkeuze", "regio_twente"]
    pack = _pakket(tmp_path, uitsluiting={"id": "hoog_risico", "bron": bron})
    assert run_cli("regels", "--regels", str(pack), "valideer").returncode == 0
    out = run_cli("check", str(_voorstel(tmp_path, hoog_risico="ja")), "--regels", str(pack))
    text = out.stdout.decode()
    assert "Waarom: Hoogrisico-patiënten zijn volgens het e-book" in text
    assert "Regiobesluit (voorbeeld)" in text


def test_with_its_own_text_the_report_gives_it_as_why(tmp_path):
    categorie = {"id": "overig", "geschikt": "nee", "tekst": EIGEN, "advies": ADVIES}
    pack = _pakket(tmp_path, categorie={**categorie, "bron": ["regio_twente"]})
    out = run_cli("check", str(_voorstel(tmp_path, categorie="overig")), "--regels", str(pack))
    assert out.returncode == 1  # no-go
    text = out.stdout.decode()
    assert "Waarom: In deze regio: eigen besluit." in text
    assert "moet nog onderbouwd worden" not in text
