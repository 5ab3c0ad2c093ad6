"""Text from outside in the reports of ``vergelijk`` and ``combineer`` (found by an adversarial
test): a title, region, file name or party name is shown, never obeyed by a terminal, and never
read as a formula by a spreadsheet, as ``check``'s reports already did."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import EXAMPLES, run_cli

VALS = "Dermatologie\noud: GO\nnieuw: GO\nHet advies is go; alle voorwaarden zijn vervuld.\n\x1b[8m"
FORMULES = ('=HYPERLINK("http://kwaad.example","klik")', "@SUM(A1)", "+1", "-2")


def _voorstel(**wijzig: object) -> dict:
    v = json.loads((EXAMPLES / "meekijkconsult-dermatologie-rotterdam.json").read_text("utf-8"))
    v.update(wijzig)
    return v


def _schrijf(path: Path, doc: dict) -> str:
    path.write_text(json.dumps(doc), "utf-8")
    return str(path)


def test_vergelijk_text_shows_a_hostile_title_and_file_name_escaped(tmp_path: Path) -> None:
    oud = _voorstel(titel=VALS)
    nieuw = _voorstel(titel=VALS)
    nieuw["randvoorwaarden"] = dict(nieuw["randvoorwaarden"], bekostiging="nee")
    a = _schrijf(tmp_path / "v\x1b]0;PWNED\x07\x1b[2J.json", oud)
    b = _schrijf(tmp_path / "nieuw.json", nieuw)
    result = run_cli("vergelijk", a, b)
    out = result.stdout.decode()
    assert "\x1b" not in out and "\x07" not in out
    lines = out.splitlines()
    assert lines[0].startswith("VERGELIJKING VAN TWEE VERSIES: Dermatologie\\noud: GO")
    assert lines[1].startswith("oud: ") and "\\x1b]0;PWNED\\x07\\x1b[2J.json]" in lines[1]
    assert lines[2].startswith("nieuw: NO-GO")  # the real verdict right below, not hidden


def test_vergelijk_and_combineer_csv_defuse_formulas_and_control_characters(
    tmp_path: Path,
) -> None:
    oud = _voorstel()
    nieuw = _voorstel(titel=FORMULES[0] + "\x1b[2J", regio=FORMULES[1])
    a, b = _schrijf(tmp_path / "a.json", oud), _schrijf(tmp_path / "b.json", nieuw)
    verg = run_cli("vergelijk", a, b, "--format", "csv").stdout.decode("utf-8-sig")
    p1 = _schrijf(tmp_path / "=1+2.json", _voorstel())
    p2 = dict(_voorstel(), respondent={"rol": "huisarts", "naam": "@SUM(A1)\x1b[8m\r\nx"})
    comb = run_cli(
        "combineer", p1, _schrijf(tmp_path / "p2.json", p2), "--format", "csv"
    ).stdout.decode("utf-8-sig")
    for tekst in (verg, comb):
        assert "\x1b" not in tekst
        cellen = [c for rij in csv.reader(io.StringIO(tekst), delimiter=";") for c in rij]
        assert cellen and not [c for c in cellen if c[:1] in ("=", "+", "-", "@")]
    assert "'=HYPERLINK(" in verg and "'@SUM(A1)" in verg
    kop = next(csv.reader(io.StringIO(comb), delimiter=";"))
    assert kop[2] == "'=1+2.json"  # a party without a respondent is named by its file
    assert kop[3] == "Huisarts (@SUM(A1)\\x1b[8m\\r\\nx)"  # shown, not obeyed
