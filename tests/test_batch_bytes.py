"""A parallel batch hands over bytes (issue 18, lever 4): workers encode their chunk, the parent
only copies it into the output; the chunk's counts are added to the run's summary; the region's
bottlenecks are counted only for a reporter whose summary shows them."""

from __future__ import annotations

import io
import json
import sys

import pytest
from conftest import EXAMPLES, ROOT

from substitutiecheck import batch
from substitutiecheck.evaluation import evaluate
from substitutiecheck.fileio import bewaakt, kopieer_bytes, open_output, schrijf_bytes
from substitutiecheck.inputs import Item, iter_items
from substitutiecheck.reporters import OVERZICHT_MAX, Samenvatting, reporter_by_name

sys.path.insert(0, str(ROOT / "benchmarks"))
from genereer import schrijf_jsonl, voorstellen  # noqa: E402


@pytest.fixture(scope="module")
def rapporten(pack):
    return [evaluate(v, pack) for v in voorstellen(pack, 450, seed=21)]


def test_counts_of_chunks_added_in_order_equal_counting_every_report(rapporten):
    """The overview, the verdicts and the bottlenecks (their order too: first met stays first
    met, ties included) come out the same whether counted one by one or chunk by chunk."""
    heel = Samenvatting()
    for r in rapporten:
        heel.tel(r)
    heel.tel_fout()
    in_delen = Samenvatting()
    for begin in range(0, len(rapporten), 37):
        deel = Samenvatting(overzicht_max=OVERZICHT_MAX if begin < OVERZICHT_MAX else 0)
        for r in rapporten[begin : begin + 37]:
            deel.tel(r)
        in_delen.neem_op(deel)
    in_delen.tel_fout()
    assert in_delen.als_dict() == heel.als_dict()
    assert in_delen.overzicht == heel.overzicht and len(heel.overzicht) == OVERZICHT_MAX
    assert in_delen.knelpunten() == heel.knelpunten()
    assert len(heel.knelpunten().voorwaarden) > 5 and heel.voorlopig > 0  # the test sees enough


def test_a_report_is_counted_in_place_as_its_telling_would_be(rapporten):
    from substitutiecheck.knelpunten import Telling, knelpunten
    from substitutiecheck.report_tables import pakket_tabellen, pakket_van

    tabellen = pakket_tabellen(pakket_van(rapporten[0]), rapporten[0].taal)
    assert knelpunten(rapporten) == knelpunten([Telling.van(r) for r in rapporten])
    # JSON reports of format 2 name their conditions by id: the names come from the tables
    assert knelpunten(rapporten) == knelpunten([r.naar_dict() for r in rapporten], tabellen)


@pytest.mark.parametrize("jobs", [1, 2])
def test_no_bottleneck_count_for_a_summary_that_shows_none(pack, tmp_path, jobs):
    small = schrijf_jsonl(tmp_path / "klein.jsonl", pack, 450, seed=2)
    for fmt, counted in (("jsonl", False), ("csv", False), ("json", True), ("text", True)):
        rep = reporter_by_name(fmt)(out=io.StringIO())
        assert type(rep).toont_knelpunten is counted
        batch.verwerk(iter_items([str(small)], rauw=jobs > 1), rep, fmt=fmt, jobs=jobs)
        s = rep.samenvatting
        assert s.totaal == 450 and s.go + s.voorwaardelijk + s.nogo == 450
        assert (s.teller is not None) is counted, fmt
        if counted:
            assert s.knelpunten().aantal == 450


def test_json_reporter_takes_a_block_of_fragments_as_bytes(rapporten):
    one, block = io.StringIO(), io.StringIO()
    a, b = reporter_by_name("json")(out=one), reporter_by_name("json")(out=block)
    for r in rapporten[:5]:
        a.samenvatting.tel(r)
        b.samenvatting.tel(r)
        a.rapport(r)
    parts = [b.fragment(r).encode("utf-8") for r in rapporten[:5]]
    b.rapport_bytes(b"".join(parts[:2]), [len(p) for p in parts[:2]])
    b.rapport_bytes(memoryview(b"".join(parts[2:])), [len(p) for p in parts[2:]])
    a.einde()
    b.einde()
    assert block.getvalue() == one.getvalue()
    assert len(json.loads(one.getvalue())["rapporten"]) == 5


def test_bytes_follow_the_text_before_them_and_are_written_as_they_are(tmp_path):
    target = tmp_path / "uit.txt"
    with open_output(target) as out:
        out.write("één ")
        schrijf_bytes(out, "twee€ ".encode())
        out.write("drie ")
        kopieer_bytes(out, io.BytesIO("vier€ vijf".encode()), blok=2)  # cuts the €
    assert target.read_text("utf-8") == "één twee€ drie vier€ vijf"


def test_a_stream_that_does_not_write_utf8_gets_text():
    """A stream in another encoding (PYTHONIOENCODING, say) or without a binary buffer gets
    the text, so the output is what writing the text would give."""
    raw = io.BytesIO()
    latin = io.TextIOWrapper(raw, encoding="latin-1")
    out = bewaakt(latin, "<stdout>")
    out.write("a ")
    schrijf_bytes(out, "é€".encode()[:2])
    kopieer_bytes(out, io.BytesIO("ï".encode()), blok=1)
    out.flush()
    assert raw.getvalue() == "a éï".encode("latin-1")
    plain = io.StringIO()
    schrijf_bytes(plain, "€".encode())
    assert plain.getvalue() == "€"


def test_parallel_output_into_a_stream_without_bytes_is_the_same(pack, tmp_path):
    """A library caller's StringIO: the parent decodes what the workers encoded."""
    small = schrijf_jsonl(tmp_path / "klein.jsonl", pack, 500, seed=6, slecht_elke=45)
    outs = []
    for jobs in (1, 2):
        out = io.StringIO()
        rep = reporter_by_name("text")(out=out)
        fouten: list[str] = []
        bad = batch.verwerk(
            iter_items([str(small), str(EXAMPLES)], rauw=jobs > 1),
            rep,
            fmt="text",
            jobs=jobs,
            brok=30,
            bij_fout=lambda f, fouten=fouten: fouten.extend(f.regels()),
        )
        rep.einde()
        outs.append((bad, out.getvalue(), fouten))
    assert outs[0] == outs[1]
    assert outs[0][0] and len(outs[0][2]) >= 11


def test_an_input_error_before_any_report_leaves_the_first_report_as_the_first(pack):
    """The first report of the run is written as the first (no separator line before it), also
    when the chunk begins with inputs that could not be checked."""
    goed = json.loads((EXAMPLES / "diabetes-ketenzorg-utrecht.json").read_text("utf-8"))
    items = [Item("a.jsonl", 1, data=b"{kapot"), Item("a.jsonl", 2, data=b'{"x": 1}')]
    items += [Item("a.jsonl", i, data=json.dumps(goed).encode()) for i in range(3, 6)]
    outs = []
    for jobs in (1, 2):
        out = io.StringIO()
        batch.verwerk(list(items), reporter_by_name("text")(out=out), fmt="text", jobs=jobs, brok=2)
        outs.append(out.getvalue())
    assert outs[0] == outs[1] and not outs[0].startswith("\n")
