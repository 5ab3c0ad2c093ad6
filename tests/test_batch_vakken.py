"""``check --jobs N`` with forked workers: a chunk's output goes through shared memory
(``batch_worker.Vakken``), not the pipe; a chunk too big for its slot still goes through the pipe,
and the output is byte for byte that of one process either way."""

from __future__ import annotations

import io
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from genereer import schrijf_jsonl  # noqa: E402

from substitutiecheck import batch, batch_worker  # noqa: E402
from substitutiecheck.batch import verwerk  # noqa: E402
from substitutiecheck.batch_worker import Vakken  # noqa: E402
from substitutiecheck.inputs import iter_items  # noqa: E402
from substitutiecheck.reporters import reporter_by_name  # noqa: E402

pytestmark = pytest.mark.skipif(
    batch._start_method() != "fork", reason="shared memory goes to forked workers only"
)


def test_a_slot_gives_back_what_was_put_in_it_and_refuses_what_does_not_fit():
    vakken = Vakken(3, grootte=10)
    assert vakken.schrijf(1, [b"abc", b"", b"defg"]) == 7
    assert vakken.schrijf(2, [b"0123456789"]) == 10
    assert vakken.schrijf(0, [b"012345", b"6789x"]) is None  # 11 bytes: the caller pipes them
    assert vakken.lees(1, 7) == b"abcdefg"
    assert vakken.lees(2, 10) == b"0123456789"  # slot 1 left alone by its neighbours
    vakken.sluit()


@pytest.fixture(scope="module")
def regels(tmp_path_factory, pack):
    """1,000 proposals, every 37th line broken: chunks of different lengths."""
    return schrijf_jsonl(
        tmp_path_factory.mktemp("vakken") / "regels.jsonl", pack, 1000, seed=8, slecht_elke=37
    )


def _run(regels, fmt: str, jobs: int) -> tuple[str, list[str]]:
    out, errors = io.StringIO(), []
    reporter = reporter_by_name(fmt)(out=out)
    assert verwerk(
        iter_items([str(regels)], rauw=jobs > 1),
        reporter,
        fmt=fmt,
        jobs=jobs,
        brok=50,
        bij_fout=lambda f: errors.extend(f.regels()),
    )
    reporter.einde()
    return out.getvalue(), errors


MIDDEN = {"jsonl": 265_000, "json": 487_000, "text": 338_000}
"""A slot size that about half the chunks of 50 fit, per format (the chunks measured 254-286,
466-525 and 314-367 KB)."""


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
@pytest.mark.parametrize("vak", ["standaard", "midden", "klein"])
def test_output_through_slots_or_the_pipe_is_that_of_one_process(regels, fmt, vak, monkeypatch):
    """``vak``: the default slot size (every chunk in shared memory), one that only some chunks
    fit, and one that none fits (all piped)."""
    expected = _run(regels, fmt, 1)
    grootte = {"standaard": None, "midden": MIDDEN[fmt], "klein": 100}[vak]
    if grootte is not None:
        monkeypatch.setattr(batch_worker, "VAK", grootte)
    taken: list[int] = []
    lees = Vakken.lees

    def spy(self, slot, lengte):
        taken.append(lengte)
        return lees(self, slot, lengte)

    monkeypatch.setattr(Vakken, "lees", spy)
    assert _run(regels, fmt, 2) == expected
    chunks = 1000 // 50
    if grootte is None:
        assert len(taken) == chunks
    elif grootte == 100:
        assert taken == []
    else:
        assert 0 < len(taken) < chunks and max(taken) <= grootte


def test_without_shared_memory_the_pipe_carries_the_output(regels, monkeypatch):
    """The system refuses the address space (a ulimit -v): the batch runs as before."""

    def weigert(*args, **kwargs):
        raise OSError(12, "Cannot allocate memory")

    expected = _run(regels, "jsonl", 1)
    monkeypatch.setattr(batch, "Vakken", weigert)
    assert _run(regels, "jsonl", 2) == expected
