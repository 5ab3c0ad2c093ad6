"""The shipped pack's scenarios (rules/scenarios.json) are the rule cases, as data."""

from __future__ import annotations

import pytest

from substitutiecheck.pack import data_dir
from substitutiecheck.scenarios import draai_scenario, laad_scenarios

SCENARIOS = laad_scenarios(data_dir("rules"))


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["naam"] for s in SCENARIOS])
def test_scenario(scenario, pack):
    uitkomst = draai_scenario(scenario, pack)
    assert uitkomst.geslaagd, [f"{v.pad}: {v.nl}" for v in uitkomst.verschillen]


def test_every_rule_fires_in_one_scenario_and_not_in_another(pack):
    fired_per_scenario = [set(draai_scenario(s, pack).gevuurd) for s in SCENARIOS]
    for regel in pack.regels:
        assert any(regel.id in f for f in fired_per_scenario), f"{regel.id} fires in no scenario"
        assert any(regel.id not in f for f in fired_per_scenario), (
            f"{regel.id} fires in every scenario"
        )


def test_a_wrong_expectation_is_reported(pack):
    scenario = dict(SCENARIOS[0], verwacht={"advies": "no-go", "regels": ["categorie.overig"]})
    uitkomst = draai_scenario(scenario, pack)
    assert not uitkomst.geslaagd
    assert ("advies", "verwacht no-go, kreeg go") in [(v.pad, v.nl) for v in uitkomst.verschillen]
    assert ("regels", "ontbreekt: categorie.overig") in [
        (v.pad, v.nl) for v in uitkomst.verschillen
    ]
    assert ("regels", "missing: categorie.overig") in [(v.pad, v.en) for v in uitkomst.verschillen]
