"""Bad input, tried systematically (hypothesis). For proposals, proposal files and rule-pack
folders the only outcomes are a report (or a loaded pack) or the documented error: InvoerFout for
a proposal, RegelpakketFout for a pack. Never another exception, never a crash."""

from __future__ import annotations

import io
import json
import shutil
import sys
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from strategies import json_values, mutate

from substitutiecheck import inputs
from substitutiecheck.errors import InvoerFout, RegelpakketFout
from substitutiecheck.evaluation import evaluate
from substitutiecheck.pack import laad_regelpakket, standaard_regelpakket
from substitutiecheck.report import Rapport

sys.path.insert(0, str(ROOT / "benchmarks"))
from genereer import voorstellen  # noqa: E402


def fuzz(n: int):
    return settings(
        max_examples=n,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


PACK = standaard_regelpakket()
VALID = list(voorstellen(PACK, 50, seed=17))


def outcome(voorstel: Any, pack=PACK, taal: str = "nl") -> str:
    try:
        rapport = evaluate(voorstel, pack, taal)
    except InvoerFout as e:
        assert e.problemen and all(p.nl and p.en for p in e.problemen)
        return "fout"
    assert isinstance(rapport, Rapport)
    assert rapport.advies in ("go", "voorwaardelijk", "no-go")
    return rapport.advies


# -- proposals --------------------------------------------------------------------------------------


def test_generated_proposals_are_valid():
    assert {outcome(v) for v in VALID} <= {"go", "voorwaardelijk", "no-go"}


@fuzz(300)
@given(json_values)
def test_any_json_value_is_a_report_or_invoerfout(value):
    assert outcome(value) == "fout" or isinstance(value, dict)


@fuzz(400)
@given(st.data())
def test_mutated_valid_proposals_are_a_report_or_invoerfout(data):
    v = data.draw(st.sampled_from(VALID))
    for _ in range(data.draw(st.integers(1, 3))):
        v = mutate(v, data.draw)
    event(outcome(v, taal=data.draw(st.sampled_from(["nl", "en"]))))


@fuzz(100)
@given(st.sampled_from(VALID))
def test_valid_proposals_give_the_same_report_through_json(v):
    assert evaluate(json.loads(json.dumps(v)), PACK) == evaluate(v, PACK)


# -- proposal files through the loaders -------------------------------------------------------------


def _check_items(items) -> int:
    n = 0
    for item in items:
        n += 1
        if item.fout is not None:
            assert isinstance(item.fout, InvoerFout) and item.data is None
            assert item.fout.regels("nl") and item.fout.regels("en")
        else:
            outcome(item.data)
    return n


valid_bytes = st.sampled_from(VALID).map(lambda v: json.dumps(v, ensure_ascii=False).encode())


def _corrupt(data):
    raw = data.draw(valid_bytes | st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
    if raw and data.draw(st.booleans()):
        i = data.draw(st.integers(0, len(raw) - 1))
        raw = raw[:i] + data.draw(st.binary(max_size=4)) + raw[i + data.draw(st.integers(0, 3)) :]
    return raw


@fuzz(300)
@given(st.data())
def test_proposal_documents_from_random_bytes(data):
    raw = _corrupt(data)
    assert _check_items([inputs.read_document(raw, "x.json")]) == 1
    assert _check_items(inputs._read_stdin(io.BytesIO(raw))) >= 1


@fuzz(200)
@given(st.data())
def test_json_lines_from_random_bytes(data):
    lines = [_corrupt(data) for _ in range(data.draw(st.integers(1, 5)))]
    raw = b"\n".join(lines) + data.draw(st.sampled_from([b"", b"\n", b"\r\n"]))
    n = _check_items(inputs.read_lines(io.BytesIO(raw), "x.jsonl"))
    assert n >= 1
    assert _check_items(inputs._read_stdin(io.BytesIO(raw))) >= 1


@fuzz(60)
@given(st.data())
def test_proposal_files_and_folders_from_random_bytes(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    names = data.draw(
        st.lists(
            st.sampled_from(["a.json", "b.jsonl", "sub/c.json", "d.jsonl"]),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_corrupt(data))
    n = _check_items(
        inputs.iter_items([str(folder), str(folder / names[0]), str(folder / "nee.json")])
    )
    assert n >= len(names) + 2


# -- rule packs --------------------------------------------------------------------------------------

from substitutiecheck.pack import PACK_FILES as _FILES  # noqa: E402

PACK_FILES = sorted(name for name in _FILES if (ROOT / "rules" / name).is_file())
RAW = {name: json.loads((ROOT / "rules" / name).read_text("utf-8")) for name in PACK_FILES}


@fuzz(120)
@given(st.data())
def test_mutated_rule_packs_load_or_raise_regelpakketfout(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("pakket")
    for name in PACK_FILES:
        shutil.copy(ROOT / "rules" / name, folder / name)
    name = data.draw(st.sampled_from(PACK_FILES))
    kind = data.draw(st.sampled_from(["mutate", "mutate", "mutate", "bytes", "delete"]))
    if kind == "mutate":
        doc = RAW[name]
        for _ in range(data.draw(st.integers(1, 3))):
            doc = mutate(doc, data.draw)
        (folder / name).write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    elif kind == "bytes":
        (folder / name).write_bytes(data.draw(st.binary(max_size=200)))
    else:
        (folder / name).unlink()
    try:
        pack = laad_regelpakket(folder)
    except RegelpakketFout as e:
        assert e.problemen and e.regels("nl") and e.regels("en")
        event("RegelpakketFout")
        return
    event("pakket geladen")
    for v in VALID[:5]:
        outcome(v, pack)
    outcome(data.draw(json_values), pack)


@pytest.mark.parametrize("name", PACK_FILES)
def test_each_pack_file_missing_or_empty_is_regelpakketfout(name, tmp_path):
    shutil.copytree(ROOT / "rules", tmp_path / "p")
    (tmp_path / "p" / name).write_text("", "utf-8")
    with pytest.raises(RegelpakketFout):
        laad_regelpakket(tmp_path / "p")
