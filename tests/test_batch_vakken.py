"""``check --jobs N`` with forked workers: a chunk's output goes through shared memory
(``batch_worker.Vakken``), not the pipe; a chunk too big for its slot still goes through the pipe,
and the output is byte for byte that of one process either way."""

from __future__ import annotations

import io
import os
import sys

import pytest
from conftest import ROOT, run_cli

sys.path.insert(0, str(ROOT / "benchmarks"))
from genereer import schrijf_jsonl  # noqa: E402

from substitutiecheck import batch, batch_worker  # noqa: E402
from substitutiecheck.batch import verwerk  # noqa: E402
from substitutiecheck.batch_worker import Vakken  # noqa: E402
from substitutiecheck.inputs import iter_items  # noqa: E402
from substitutiecheck.reporters import reporter_by_name  # noqa: E402

pytestmark = [
    pytest.mark.skipif(
        batch._start_method() != "fork", reason="shared memory goes to forked workers only"
    ),
    # Python 3.12+ warns when a process with threads forks; under pytest-xdist the threads are
    # xdist's own (run alone, with -W error::DeprecationWarning, these tests pass, and the CLI
    # forks before it starts any thread: test_the_command_forks_before_any_thread)
    pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning"),
]


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


def test_under_a_limit_of_address_space_the_pipe_carries_the_output(regels, monkeypatch):
    """``ulimit -v``: the mapping would count in the parent and in every worker, and a limit that
    the batch fits in through the pipe could break it (a review found ``--jobs 8`` failing at
    180 MB, exit 3, where the pipe ran): no shared memory then."""
    import resource

    expected = _run(regels, "jsonl", 1)
    made: list[int] = []
    monkeypatch.setattr(Vakken, "__init__", lambda self, *a, **k: made.append(1))
    monkeypatch.setattr(resource, "getrlimit", lambda what: (2**40, resource.RLIM_INFINITY))
    assert _run(regels, "jsonl", 2) == expected
    assert made == []


def test_a_real_limit_of_address_space(regels, tmp_path):
    """The same with a real ``RLIMIT_AS`` in a child: output and exit code as ``--jobs 1``."""
    import subprocess

    args = ("check", str(regels), "--format", "jsonl")
    een = run_cli(*args, "--jobs", "1")
    env = {k: v for k, v in os.environ.items() if k != "SUBSTITUTIECHECK_LANG"}
    limiet = ["sh", "-c", 'ulimit -v 3145728 && exec "$0" "$@"']  # 3 GB; run_cli has no prefix
    acht = subprocess.run(
        [*limiet, sys.executable, "-m", "substitutiecheck", *args, "--jobs", "8"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert een.returncode == acht.returncode == 2
    assert een.stdout == acht.stdout and een.stderr == acht.stderr


def test_few_chunks_few_slots_and_a_pool_that_fails_to_start_releases_them(regels, monkeypatch):
    """Fewer chunks than jobs (one file of one line with ``--jobs 8``): a slot per chunk, not
    jobs x 4 of 2 MB. A pool that cannot start: the shared memory is released at once."""
    gemaakt: list[int] = []
    init = Vakken.__init__

    def tel(self, aantal, grootte=None):
        gemaakt.append(aantal)
        init(self, aantal, grootte)

    monkeypatch.setattr(Vakken, "__init__", tel)
    out = io.StringIO()
    reporter = reporter_by_name("jsonl")(out=out)
    verwerk(iter_items([str(regels)], rauw=True), reporter, fmt="jsonl", jobs=8, brok=300)
    assert gemaakt == [4]  # 1,000 lines in chunks of 300: four chunks, four slots

    gesloten: list[bool] = []
    sluit = Vakken.sluit
    monkeypatch.setattr(Vakken, "sluit", lambda self: (gesloten.append(True), sluit(self)))

    def kapot(*args, **kwargs):
        raise RuntimeError("pool")

    monkeypatch.setattr(batch, "_pool", kapot)
    with pytest.raises(RuntimeError, match="pool"):
        verwerk(iter_items([str(regels)], rauw=True), reporter, fmt="jsonl", jobs=2)
    assert gesloten == [True]


def test_the_command_forks_before_any_thread(regels):
    """``check --jobs 2`` with every DeprecationWarning an error: Python 3.12+ warns when a
    process with threads forks, and the command must not (its stderr is that of ``--jobs 1``)."""
    env = {"PYTHONWARNINGS": "error::DeprecationWarning"}
    een, twee = (
        run_cli("check", str(regels), "--format", "jsonl", "--jobs", j, env=env) for j in ("1", "2")
    )
    assert een.returncode == twee.returncode == 2
    assert twee.stderr == een.stderr and twee.stdout == een.stdout
