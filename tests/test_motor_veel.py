"""Many proposals at once: ``evaluation.evaluate_many`` and the library's ``evaluate_many`` give,
lazily and in input order, exactly what ``evaluation.evaluate`` / ``evaluate`` give one at a time; an invalid
proposal yields its InvoerFout in its place; the input location is set at construction."""

from __future__ import annotations

import copy
import itertools
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from genereer import voorstellen as genereer  # noqa: E402
from strategies import voorstellen  # noqa: E402

import substitutiecheck  # noqa: E402
from substitutiecheck import (  # noqa: E402
    InvoerFout,
    evaluate,
    evaluate_many,
    evaluation,  # noqa: E402
)
from substitutiecheck.fhir import antwoorden  # noqa: E402
from substitutiecheck.report import Invoer  # noqa: E402


def _bad(voorstel: dict) -> dict:
    bad = copy.deepcopy(voorstel)
    bad.setdefault("randvoorwaarden", {})["ict"] = "misschien"
    return bad


def _same(result, expected) -> None:
    if isinstance(expected, InvoerFout):
        assert isinstance(result, InvoerFout)
        assert result.problemen == expected.problemen
    else:
        assert not isinstance(result, InvoerFout), result
        assert result == expected
        assert result.naar_json() == expected.naar_json()


def _one(voorstel, pack, taal="nl", toelichting=True, invoer=None):
    try:
        return evaluation.evaluate(voorstel, pack, taal, toelichting, invoer)
    except InvoerFout as e:
        return e


def test_invoer_is_set_at_construction_and_met_invoer_still_works(pack, voorbeeld):
    plek = Invoer(bestand="b.jsonl", regel=7)
    direct = evaluation.evaluate(voorbeeld, pack, invoer=plek)
    assert direct.invoer == plek
    later = evaluation.evaluate(voorbeeld, pack).met_invoer("b.jsonl", 7)
    assert direct == later
    assert direct.naar_json() == later.naar_json()
    assert direct.naar_json(ingesprongen=True) == later.naar_json(ingesprongen=True)
    assert evaluation.evaluate(voorbeeld, pack).invoer is None


@pytest.mark.parametrize("chunk", [1, 2, 3, 64, 1000])
def test_many_equals_one_at_a_time_across_chunk_boundaries(pack, chunk):
    pool = list(genereer(pack, 70, seed=5))
    pool[0] = _bad(pool[0])  # first of a chunk
    pool[9] = _bad(pool[9])
    pool[10] = _bad(pool[10])  # two in a row
    pool[-1] = _bad(pool[-1])  # the very last
    items = [(v, Invoer(bestand="x.jsonl", regel=i + 1)) for i, v in enumerate(pool)]
    results = list(evaluation.evaluate_many(items, pack, "en", True, chunk=chunk))
    assert len(results) == len(pool)
    for (v, plek), result in zip(items, results, strict=True):
        _same(result, _one(v, pack, "en", True, plek))
    assert [isinstance(r, InvoerFout) for r in results].count(True) == 4


def test_an_item_that_is_already_an_invoerfout_keeps_its_place(pack, voorbeeld):
    fout = InvoerFout(substitutiecheck.Probleem("", "kapot", "broken"), bestand="a.json")
    results = list(
        evaluation.evaluate_many([(voorbeeld, None), (fout, None), (voorbeeld, None)], pack)
    )
    assert results[1] is fout
    assert results[0] == results[2] == evaluation.evaluate(voorbeeld, pack)


def test_lazy_in_input_order_and_reads_no_more_than_one_chunk_ahead(pack, voorbeeld):
    read = []

    def stream():
        for i in itertools.count():
            read.append(i)
            v = copy.deepcopy(voorbeeld)
            v["titel"] = f"voorstel {i}"
            yield v, None

    results = evaluation.evaluate_many(stream(), pack, chunk=8)
    assert read == []  # nothing read before the first result is asked for
    first = next(results)
    assert first.titel == "voorstel 0"
    assert len(read) == 8  # one chunk
    titles = [next(results).titel for _ in range(7)]
    assert titles == [f"voorstel {i}" for i in range(1, 8)]
    assert len(read) == 8
    assert next(results).titel == "voorstel 8"
    assert len(read) == 16


def test_empty_input_and_bad_chunk(pack):
    assert list(evaluation.evaluate_many([], pack)) == []
    with pytest.raises(ValueError):
        list(evaluation.evaluate_many([], pack, chunk=0))
    with pytest.raises(ValueError):
        evaluate_many([], chunk=0)  # at the call, not at the first result


def test_without_notes_and_in_english(pack, voorbeeld):
    [r] = evaluation.evaluate_many([(voorbeeld, None)], pack, "en", False)
    assert r == evaluation.evaluate(voorbeeld, pack, "en", False)
    assert r.toelichting is None and r.taal == "en"


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(voorstellen(), min_size=1, max_size=12), st.integers(1, 5))
def test_generated_proposals_many_equals_one(pack, batch, chunk):
    got = list(evaluation.evaluate_many(((v, None) for v in batch), pack, chunk=chunk))
    for v, r in zip(batch, got, strict=True):
        _same(r, _one(v, pack))


# -- the library ------------------------------------------------------------------------------


def test_evaluate_many_is_public_and_documented():
    assert "evaluate_many" in substitutiecheck.__all__
    doc = substitutiecheck.evaluate_many.__doc__
    assert "InvoerFout" in doc and "QuestionnaireResponse" in doc and "chunk" in doc


def test_evaluate_many_takes_what_evaluate_takes_fhir_included(pack, voorbeeld):
    response = antwoorden(voorbeeld, pack)
    patient = {"resourceType": "Patient", "id": "p1"}
    inputs = [voorbeeld, response, _bad(voorbeeld), patient, voorbeeld]
    results = list(evaluate_many(inputs, taal="en", chunk=2))
    assert len(results) == len(inputs)
    for v, r in zip(inputs, results, strict=True):
        try:
            expected = evaluate(v, taal="en")
        except InvoerFout as e:
            expected = e
        _same(r, expected)
    assert isinstance(results[3], InvoerFout)


def test_evaluate_many_checks_its_arguments_at_the_call():
    with pytest.raises(ValueError, match="taal"):
        evaluate_many([], taal="de")
    with pytest.raises(substitutiecheck.RegelpakketFout):
        evaluate_many([], regels="/bestaat/niet")
