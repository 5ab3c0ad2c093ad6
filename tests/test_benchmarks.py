"""The measuring instrument of issue 18 (benchmarks/): its floor decides as the engine does, and
``run.py --snel`` prints every row of the table. No timing is asserted here: speed is measured
in benchmarks/, never in a unit test."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from genereer import schrijf_jsonl, voorstellen  # noqa: E402
from vloer import Vloer, exporteer, oordeel  # noqa: E402

import substitutiecheck  # noqa: E402


def test_the_floor_decides_as_the_engine_on_generated_proposals(pack):
    vloer = Vloer(exporteer(pack))
    verdicts = set()
    for voorstel in voorstellen(pack, 400, seed=7):
        r = substitutiecheck.evaluate(voorstel)
        assert vloer.beslis(voorstel) == (r.advies, [b.regel for b in r.bevindingen]), voorstel
        verdicts.add(r.advies)
    assert verdicts == {"go", "voorwaardelijk", "no-go"}  # every branch of the verdict was tried


def test_the_floor_knows_the_rule_with_a_proposal_dependent_blocking_kind(pack, alles_ja):
    """ict 'nee' blocks only for teleconsultatie: the export holds both variants of its rule."""
    vloer = Vloer(exporteer(pack))
    assert "randvoorwaarde.ict.nee#blokkerend" in [k for k, _, _, _ in vloer.regels]
    got = {}
    for vorm in ("keten_dbc", "teleconsultatie"):
        voorstel = dict(alles_ja, samenwerkingsvorm=vorm)
        voorstel["randvoorwaarden"] = dict(alles_ja["randvoorwaarden"], ict="nee")
        r = substitutiecheck.evaluate(voorstel)
        got[vorm] = vloer.beslis(voorstel)
        assert got[vorm] == (r.advies, [b.regel for b in r.bevindingen])
    assert got["keten_dbc"][0] == "voorwaardelijk" and got["teleconsultatie"][0] == "no-go"


def test_verdict_of_domain_7():
    assert oordeel([]) == "go"
    assert oordeel(["notitie"]) == "go"
    assert oordeel(["notitie", "voorwaarde"]) == "voorwaardelijk"
    assert oordeel(["voorwaarde", "blokkerend"]) == "no-go"


def test_the_floor_process_writes_one_compact_line_per_proposal(pack, tmp_path):
    batch = schrijf_jsonl(tmp_path / "b.jsonl", pack, 50, seed=3)
    export = tmp_path / "pakket.json"
    export.write_text(json.dumps(exporteer(pack)), "utf-8")
    out = tmp_path / "uit.jsonl"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "vloer.py"), str(export), str(batch), str(out)],
        check=True,
        timeout=60,
    )
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == 50
    for line, voorstel in zip(lines, voorstellen(pack, 50, seed=3), strict=True):
        got = json.loads(line)
        assert got["advies"] == substitutiecheck.evaluate(voorstel).advies
        assert ": " not in line  # compact


def test_run_snel_prints_every_row_of_issue_18(tmp_path):
    env = dict(os.environ, TMPDIR=str(tmp_path), SUBSTITUTIECHECK_CACHE_DIR=str(tmp_path / "c"))
    r = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--snel", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout.splitlines()[-1])
    rijen = data["this"]["rijen"]
    assert sorted(rijen) == [
        "a_check_vs_vloer",
        "b_evaluate_vs_plain",
        "c_jobs2_vs_jobs1",
        "d_rapport_met",
        "d_rapport_zonder",
        "e_start",
        "f_rss",
    ]
    for rij in rijen.values():
        assert rij["waarde"] > 0 and isinstance(rij["gehaald"], bool)
    assert data["this"]["groottes"]["met"]["regels"] == 300  # one report line per proposal
    for key in ("a.", "b.", "c.", "d.", "e.", "f.", "load average"):
        assert key in r.stdout


def test_report_size_counts_a_header_line_apart():
    """Row d stays right when JSON Lines gains a first header object (issue 18, lever 2)."""
    from run import groottes

    reports = [b'{"advies":"go","x":"' + b"a" * n + b'"}\n' for n in (10, 20, 30)]
    header = b'{"soort":"kop","bronnen":{"nivel2013":{"advies":"not a report"}}}\n'
    plain, with_header = groottes(reports), groottes([header, *reports])
    assert plain["kop"] is None and with_header["kop"] == len(header) - 1
    assert plain["regels"] == with_header["regels"] == 3
    assert plain["mediaan"] == with_header["mediaan"] == len(reports[1]) - 1


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_instructies_counts_per_proposal_against_the_floor():
    """benchmarks/instructies.py (row a in instructions): both programs counted, per proposal,
    the ratio printed. Tiny batches: the figures mean nothing, the shape does."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "instructies.py"), "--klein", "5"]
        + ["--groot", "25", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout.splitlines()[-1])
    assert set(figures) == {"vloer", "dit"}
    assert figures["dit"]["instructies"] > figures["vloer"]["instructies"] > 0
    assert "x de vloer" in out.stdout
