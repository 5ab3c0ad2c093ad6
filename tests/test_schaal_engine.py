"""The engine holds over many evaluations: the suite's proportional version of the soak run.

``benchmarks/soak.py`` runs 1,000,000 evaluations (several minutes) and requires resident memory
to grow by less than 20 MB. The suite runs the same script for 30,000 evaluations after a warm-up
(every proposal of the pool in both languages, so the per-pack caches are full) and allows
20 MB x 30,000 / 1,000,000 = 0.6 MB, with a floor of 2 MB for allocator noise: a leak of ~70 bytes
per evaluation, or one durable host per evaluation (~1.2 MB each), fails it.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

N = 30_000


@pytest.mark.slow
@pytest.mark.parametrize("chunk", [[], ["--chunk", "256"]], ids=["evaluate", "evaluate_many"])
def test_rss_and_threads_do_not_grow_over_many_evaluations(chunk):
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "soak.py"),
            *chunk,
            "-n",
            str(N),
            "--pool",
            "1000",
            "--stil",
            "--max-groei-mb",
            str(max(20 * N / 1_000_000, 2.0)),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode in (0, 1), proc.stderr[-3000:]  # not a crash
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["evaluaties"] == N
    assert result["groei_mb"] < max(20 * N / 1_000_000, 2.0), result
    assert result["threads_na"] == result["threads_voor"], result
    assert proc.returncode == 0
    assert all(result["adviezen"][k] > 0 for k in ("go", "voorwaardelijk", "no-go"))


def test_per_pack_caches_stay_small_for_every_combination(pack):
    """Findings and notes are cached per pack. Every category x form x financing route x
    language of the shipped pack together must stay a few MB (a cache keyed too finely once
    held 32 MB)."""
    import itertools
    import os

    from substitutiecheck.evaluation import evaluate

    def rss_mb() -> float:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

    base = {"patientgroep": {"categorie": "diabetes"}, "randvoorwaarden": {"ict": "deels"}}
    evaluate(base, pack)
    before = rss_mb()
    cats = [c.id for c in pack.categorieen]
    forms = [None] + [v.id for v in pack.samenwerkingsvormen]
    routes = [f.id for f in pack.financiering]
    for cat, form, route, taal in itertools.product(cats, forms, routes, ("nl", "en")):
        v = {"patientgroep": {"categorie": cat}, "financiering": route}
        if form:
            v["samenwerkingsvorm"] = form
        evaluate(v, pack, taal)
    assert rss_mb() - before < 8
