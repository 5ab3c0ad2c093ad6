"""A loaded pack holds no hidden caches (issue 15): what the program builds to run a pack lives in
its runtime (substitutiecheck.runtime), and the runtime goes with its pack."""

from __future__ import annotations

import gc
import json
import weakref

from conftest import EXAMPLES, ROOT

from substitutiecheck import evaluate
from substitutiecheck.fhir import antwoorden
from substitutiecheck.model import voorstel_schema
from substitutiecheck.pack import build_pack, laad_regelpakket, read_pack
from substitutiecheck.runtime import _RUNTIMES, runtime_for


def test_using_a_pack_writes_no_private_key_into_it():
    pack = laad_regelpakket(ROOT / "examples" / "regio-twente")
    voorstel = json.loads((EXAMPLES / "diabetes-ketenzorg-utrecht.json").read_text("utf-8"))
    evaluate(voorstel, regels=pack, taal="en")
    evaluate(antwoorden(voorstel, pack), regels=pack)  # the FHIR questionnaire, the contract
    voorstel_schema(pack, "en")  # the pydantic model
    pack.categorie("diabetes")  # the index by id
    assert [k for k in vars(pack) if k.startswith("_")] == []
    runtime = runtime_for(pack)
    assert runtime.engine is not None and runtime.fact_plan and runtime.bevindingen
    assert runtime.toelichting and runtime.contract is not None and runtime.vragenlijst
    assert "en" in runtime.voorstel_modellen and runtime.index["categorieen"]
    assert runtime.herkomst is not None  # where each item of this extending pack came from
    assert runtime_for(pack) is runtime


def test_a_runtime_goes_with_its_pack():
    raw, origin, chain = read_pack(ROOT / "rules")
    pack = build_pack(raw, None, origin, chain)  # not in the load cache
    runtime = weakref.ref(runtime_for(pack))
    assert runtime() is not None and len(_RUNTIMES) >= 1
    del pack
    gc.collect()
    assert runtime() is None
