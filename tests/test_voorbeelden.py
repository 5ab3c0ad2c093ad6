"""`make voorbeelden`, the README's first command: a short overview of the shipped examples (one
line per example and the totals; golden file) and the full reports in one HTML file.

Regenerate the golden file after an intended change with ``SUBSTITUTIECHECK_GOLDEN_UPDATE=1``
(the test then fails, naming the file it rewrote), read its diff line by line and run again."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import vergelijk_golden

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "make-voorbeelden.txt"


@pytest.fixture(scope="module")
def overzicht(tmp_path_factory):
    html = tmp_path_factory.mktemp("voorbeelden") / "rapporten.html"
    run = subprocess.run(
        [sys.executable, "examples/overzicht.py", "--html", str(html)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return run, html


def test_the_overview_is_the_golden_one_line_per_example_and_the_totals(overzicht):
    run, html = overzicht
    assert run.returncode == 1, run.stderr  # the examples include no-go proposals, on purpose
    assert run.stderr == ""
    got = run.stdout.replace(str(html), "<html>")
    vergelijk_golden(GOLDEN, got.encode("utf-8"))
    lines = got.splitlines()
    examples = sorted(p for p in (ROOT / "examples" / "voorstellen").iterdir())
    n = sum(len(p.read_text("utf-8").splitlines()) if p.suffix == ".jsonl" else 1 for p in examples)
    assert len(lines) == 1 + n + 2  # heading, one line per proposal, totals, where the reports are
    assert lines[-1].endswith("<html>")
    assert not any(line.lstrip().startswith("#") for line in lines)  # no echoed Makefile comments


def test_twente_examples_are_checked_against_the_twente_pack(overzicht):
    run, html = overzicht
    twente = [
        line
        for line in run.stdout.splitlines()[1:-2]
        if "twente" in line.lower() or "hartfalen" in line
    ]
    assert twente and all(line.endswith("[twente_voorbeeld]") for line in twente)
    others = [line for line in run.stdout.splitlines()[1:-2] if line not in twente]
    assert others and not any("twente_voorbeeld" in line for line in others)


def test_the_full_reports_are_in_one_html_file(overzicht):
    run, html = overzicht
    text = html.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>")
    n = len(run.stdout.splitlines()) - 3
    assert len(re.findall(r'<article class="rapport', text)) == n
    # the regional pack's own condition appears in the Twente reports
    assert "bestuurlijk_commitment" in text and "twente_voorbeeld" in text


def test_make_voorbeelden_echoes_no_commands_and_runs_the_overview():
    """The Makefile target (not run here: it would write into the checkout): every command of
    the recipe is silent (@), install runs with -s (no echoed comments), then the overview."""
    text = (ROOT / "Makefile").read_text("utf-8")
    recipe = re.search(r"^voorbeelden:.*\n((?:\t.*\n)+)", text, re.M).group(1).splitlines()
    assert recipe and all(line.startswith("\t@") for line in recipe)
    assert "-s install" in recipe[0]
    assert "examples/overzicht.py" in recipe[-1] and "[ $$status -le 1 ]" in recipe[-1]
