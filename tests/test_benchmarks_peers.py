"""The peers of ``make benchmark-peers`` (benchmarks/peers.py): CLIPS and zen-engine, given the
pack's rules compiled from its condition trees, decide 200 generated proposals exactly as
substitutiecheck does, and the clipspy fact leak stays patched. Skipped when the optional extra
``peers`` is not installed (``pip install -e '.[peers]'``); no timing is asserted."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from genereer import voorstellen  # noqa: E402
from vloer import exporteer  # noqa: E402

import substitutiecheck  # noqa: E402


def _reference(props):
    out = []
    for p in props:
        r = substitutiecheck.evaluate(p)
        out.append((r.advies, [b.regel for b in r.bevindingen]))
    return out


@pytest.fixture(scope="module")
def props(pack):
    return list(voorstellen(pack, 200, seed=11))


def test_clips_decides_as_substitutiecheck(pack, props):
    pytest.importorskip("clips")
    from peers import Clips

    clips = Clips(exporteer(pack))
    assert [clips.beslis(p) for p in props] == _reference(props)


def test_zen_engine_decides_as_substitutiecheck(pack, props):
    pytest.importorskip("zen")
    from peers import Zen

    zen = Zen(exporteer(pack))
    assert [zen.beslis(p) for p in props] == _reference(props)


def test_the_generated_programs_come_from_the_condition_trees(pack):
    from peers import clips_programma, zen_graaf

    export = exporteer(pack)
    n = len(export["regels"])
    assert clips_programma(export).count("(defrule ") == n
    expressions = zen_graaf(export)["nodes"][1]["content"]["expressions"]
    assert len(expressions) == n
    # a rule with a list of values and a proposal-dependent blocking kind, in both languages
    i = [r["sleutel"] for r in export["regels"]].index("randvoorwaarde.ict.onvolledig#blokkerend")
    line = clips_programma(export).splitlines()[2 + i]
    assert "(or (eq ?" in line and '"deels")' in line and '"teleconsultatie")' in line
    assert " in [" in expressions[i]["value"] and "teleconsultatie" in expressions[i]["value"]


def test_the_clipspy_fact_leak_is_patched():
    """clipspy 1.0.6 calls CLIPS's one-argument ReleaseFact with two arguments and swallows the
    TypeError, so every fact it wrapped stays retained (~200 bytes a fact here): 30,000 asserts
    into one environment grow it by megabytes as released and not at all with the patch."""
    clips = pytest.importorskip("clips")
    from clips._clips import ffi, lib
    from peers import _rss_mb, clipspy_lek_dicht

    if len(ffi.typeof(lib.ReleaseFact).args) != 1:
        pytest.skip("another CLIPS: clipspy's own release is left alone")
    env = clips.Environment()
    env.build("(deftemplate t (slot a) (slot b) (slot c))")
    template = env.find_template("t")

    def growth(patched: bool) -> float:
        clipspy_lek_dicht(patched)
        start = _rss_mb()
        for i in range(30_000):
            env.reset()
            template.assert_fact(a=i, b="x", c="y")
        return _rss_mb() - start

    try:
        growth(True)  # warm-up: CLIPS's own pools
        leaked, patched = growth(False), growth(True)
    finally:
        clipspy_lek_dicht(True)
    assert leaked > 3.0  # measured 5-6 MB: the leak the patch is for
    assert patched < 0.5  # measured 0.0 MB
