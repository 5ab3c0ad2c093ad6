"""Big batches: JSON Lines streamed in constant memory, bad lines reported by line number while
the rest is checked, ``--jobs N`` giving byte-for-byte the output of ``--jobs 1``, a progress bar
only on a terminal's stderr, and an interrupted batch leaving no half-written file."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, run_cli

sys.path.insert(0, str(ROOT / "benchmarks"))
from genereer import schrijf_jsonl  # noqa: E402


@pytest.fixture(scope="module")
def batch(tmp_path_factory, pack) -> Path:
    """3,000 proposals, every 97th line broken (alternately bad JSON and an unknown field)."""
    return schrijf_jsonl(
        tmp_path_factory.mktemp("batch") / "regio.jsonl", pack, 3000, seed=5, slecht_elke=97
    )


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_jobs_give_byte_for_byte_the_output_of_one_process(batch, fmt, tmp_path):
    args = [
        "check",
        str(batch),
        str(EXAMPLES),
        str(tmp_path / "bestaat-niet.json"),
        "--format",
        fmt,
    ]
    one = run_cli(*args, "--jobs", "1")
    for jobs in ("2", "3"):
        many = run_cli(*args, "--jobs", jobs)
        assert many.returncode == one.returncode == 2
        assert many.stdout == one.stdout
        assert many.stderr == one.stderr
    assert len(one.stdout) > 100_000


def test_jobs_in_english_and_with_a_file_output(batch, tmp_path):
    one, two = tmp_path / "een.json", tmp_path / "twee.json"
    r1 = run_cli("check", str(batch), "--format", "json", "--lang", "en", "-o", str(one), "-j", "1")
    r2 = run_cli("check", str(batch), "--format", "json", "--lang", "en", "-o", str(two), "-j", "2")
    assert r1.returncode == r2.returncode == 2
    assert one.read_bytes() == two.read_bytes()
    assert r1.stderr == r2.stderr


def test_bad_lines_are_reported_with_their_line_number_and_the_rest_is_checked(batch):
    import json

    r = run_cli("check", str(batch), "--format", "json", "--jobs", "2")
    doc = json.loads(r.stdout)
    bad = [i for i in range(1, 3001) if i % 97 == 0]
    assert doc["samenvatting"]["totaal"] == 3000
    assert doc["samenvatting"]["ongeldig"] == len(bad)
    assert len(doc["rapporten"]) == 3000 - len(bad)
    assert [f["invoer"]["regel"] for f in doc["fouten"]] == bad
    stderr = r.stderr.decode()
    for line in bad:
        assert f"regio.jsonl:{line}:" in stderr
    assert "ongeldige JSON" in stderr
    assert "onbekend veld 'onbekend_veld'" in stderr
    regels = [x["invoer"]["regel"] for x in doc["rapporten"]]
    assert regels == [i for i in range(1, 3001) if i % 97]  # input order


def test_jobs_zero_means_one_per_core_and_small_inputs_work(tmp_path):
    r0 = run_cli("check", str(EXAMPLES), "--format", "jsonl", "--jobs", "0")
    r1 = run_cli("check", str(EXAMPLES), "--format", "jsonl")
    assert r0.stdout == r1.stdout and r0.returncode == r1.returncode
    one = EXAMPLES / "diabetes-ketenzorg-utrecht.json"
    assert run_cli("check", str(one), "-j", "4").stdout == run_cli("check", str(one)).stdout


def test_jobs_with_stdin_and_a_regional_pack_folder(batch):
    data = batch.read_bytes()[:200_000]
    a = run_cli(
        "check", "-", "--format", "jsonl", "--regels", str(ROOT / "rules"), "-j", "2", stdin=data
    )
    b = run_cli("check", "-", "--format", "jsonl", stdin=data)
    assert a.stdout == b.stdout and a.stderr == b.stderr and a.returncode == b.returncode


@pytest.mark.slow
def test_100k_lines_stream_in_constant_memory(tmp_path, pack):
    """100,000 proposals (about 190 MB of reports as JSON Lines) stay far below 300 MB RSS."""
    big = schrijf_jsonl(tmp_path / "groot.jsonl", pack, 100_000, seed=3, slecht_elke=1000)
    probe = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run([sys.executable, '-m', 'substitutiecheck', 'check', sys.argv[1],\n"
        "                    '--format', 'jsonl', '--jobs', '2'], stdout=subprocess.DEVNULL,\n"
        "                   stderr=subprocess.PIPE)\n"
        "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(big)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    rc, maxrss_kb = map(int, out.stdout.split())
    assert rc == 2  # the broken lines
    assert maxrss_kb < 150 * 1024, f"peak RSS {maxrss_kb / 1024:.0f} MB"


def test_json_reporter_spools_reports_instead_of_keeping_them(pack, voorbeeld):
    from substitutiecheck.evaluation import evaluate
    from substitutiecheck.reporters.jsonfmt import JsonReporter

    out = io.StringIO()
    rep = JsonReporter(out=out)
    rep.SPOOL_BYTES = 1
    rep.__post_init__()
    r = evaluate(voorbeeld, pack)
    for _ in range(50):
        rep.samenvatting.tel(r)
        rep.rapport(r)
    assert rep._rapporten._rolled  # on disk, not in memory
    rep.einde()
    import json

    doc = json.loads(out.getvalue())
    assert len(doc["rapporten"]) == 50 and doc["rapporten"][0] == r.naar_dict()
    from substitutiecheck.report_tables import document

    tables = {k: v for k, v in document([r]).items() if k not in ("rapportversie", "rapporten")}
    expected = (
        json.dumps(
            {
                "rapportversie": 2,
                "samenvatting": rep.samenvatting.als_dict(),
                "rapporten": [r.naar_dict()] * 50,
                "fouten": [],
                **tables,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
    assert out.getvalue() == expected


@pytest.fixture(scope="module")
def groot(tmp_path_factory, pack) -> Path:
    return schrijf_jsonl(tmp_path_factory.mktemp("sigint") / "groot.jsonl", pack, 30000, seed=4)


# -- progress -------------------------------------------------------------------------------------


def test_progress_is_silent_unless_on_a_terminal():
    from substitutiecheck.batch import ProgressBar

    buf = io.StringIO()
    v = ProgressBar(stream=buf, totaal=10, na=0)
    for _ in range(10):
        v.stap()
    v.wis()
    assert buf.getvalue() == ""  # a StringIO is no terminal

    v = ProgressBar(stream=buf, totaal=10, na=0, aan=True)
    v.stap(5)
    assert "5/10" in buf.getvalue() and "50%" in buf.getvalue()
    v.wis()
    assert buf.getvalue().endswith("\r\x1b[2K")


def test_count_of_inputs_for_the_bar(batch, tmp_path):
    from substitutiecheck.batch import tel_invoer

    assert tel_invoer([str(batch)]) == 3000
    assert tel_invoer([str(EXAMPLES)]) == 6 + 3
    assert tel_invoer([str(batch), "-"]) is None
    assert tel_invoer([str(tmp_path / "nee")]) == 1


@pytest.mark.terminal
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_progress_bar_on_a_terminal_stderr_never_in_the_output(batch, tmp_path, jobs):
    """The bar normally appears after 1 s; SUBSTITUTIECHECK_VOORTGANG_NA=0 shows it at once, so
    the test does not depend on how fast the machine is."""
    pexpect = pytest.importorskip("pexpect")
    out = tmp_path / "uit.jsonl"
    child = pexpect.spawn(
        sys.executable,
        [
            "-m",
            "substitutiecheck",
            "check",
            str(batch),
            "--format",
            "jsonl",
            "-o",
            str(out),
            "-j",
            jobs,
        ],
        cwd=str(ROOT),
        timeout=120,
        env=dict(os.environ, COLUMNS="100", SUBSTITUTIECHECK_VOORTGANG_NA="0"),
    )
    child.expect(r"\d+/3000 voorstellen")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2  # the broken lines
    text = out.read_text("utf-8")
    assert "voorstellen" not in text and "\r" not in text
    # the header, then a line per input: its report, or {"fout": ...} for a broken line
    assert len(text.splitlines()) == 1 + 3000
    assert sum(line.startswith('{"fout":') for line in text.splitlines()) == 3000 // 97


def test_no_progress_when_stderr_is_not_a_terminal(batch):
    r = run_cli("check", str(batch), "--format", "jsonl")
    assert b"\r" not in r.stderr and b"/s" not in r.stderr


# -- interrupted batches ----------------------------------------------------------------------------


@pytest.mark.parametrize("jobs,groep", [("1", False), ("2", False), ("2", True)])
def test_sigint_during_a_batch_leaves_no_truncated_output_and_no_temp_file(
    groot, tmp_path, jobs, groep
):
    out = tmp_path / "uit.json"
    out.write_text("OUD\n", "utf-8")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "substitutiecheck",
            "check",
            str(groot),
            "--format",
            "json",
            "-o",
            str(out),
            "--jobs",
            jobs,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=groep,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".uit.json.*.tmp")):  # writing has begun
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.3)
    if groep:  # Ctrl-C on a terminal reaches the whole process group, workers too
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert out.read_text("utf-8") == "OUD\n"
    assert list(tmp_path.iterdir()) == [out]
    assert b"Traceback" not in err
    assert "Afgebroken." in err.decode()


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv"])
def test_whole_document_formats_with_jobs_fall_back_to_one_process(fmt, tmp_path, pack):
    """Formats that are one document (summary charts, a header) are rendered in one process;
    --jobs must still give the same bytes."""
    small = schrijf_jsonl(tmp_path / "klein.jsonl", pack, 150, seed=8, slecht_elke=50)
    one = run_cli("check", str(small), "--format", fmt)
    two = run_cli("check", str(small), "--format", fmt, "--jobs", "2")
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and one.stderr == two.stderr


def test_every_file_the_program_writes_goes_through_fileio():
    """Static check: outside fileio.py no module opens a file for writing or renames one (an
    anonymous SpooledTemporaryFile, which nobody else sees, is scratch space, not output)."""
    import re

    pattern = re.compile(
        r"""\.write_text\(|\.write_bytes\(|os\.replace\(|os\.rename\(|mkstemp\(|shutil\.(copy|move)"""
        r"""|open\([^)]*['"][wax]b?\+?['"]"""
    )
    offenders = []
    for path in sorted((ROOT / "substitutiecheck").rglob("*.py")):
        if path.name == "fileio.py":
            continue
        for lineno, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if pattern.search(line) and "SpooledTemporaryFile" not in line:
                offenders.append(f"{path.relative_to(ROOT)}:{lineno}: {line.strip()}")
    assert offenders == []


def test_spawn_start_method_gives_the_same_output(monkeypatch, tmp_path, pack):
    """Where fork is unavailable (Windows, macOS' default) workers start fresh and load the pack
    themselves in their initializer: same output."""
    from substitutiecheck import batch
    from substitutiecheck.batch import verwerk
    from substitutiecheck.inputs import iter_items
    from substitutiecheck.reporters import reporter_by_name

    small = schrijf_jsonl(tmp_path / "spawn.jsonl", pack, 300, seed=12, slecht_elke=40)
    expected, got = io.StringIO(), io.StringIO()
    errors_1: list[str] = []
    errors_2: list[str] = []
    r1 = reporter_by_name("text")(out=expected)
    assert verwerk(
        iter_items([str(small)]),
        r1,
        fmt="text",
        jobs=1,
        bij_fout=lambda f: errors_1.extend(f.regels()),
    )
    monkeypatch.setattr(batch, "_start_method", lambda: "spawn")
    r2 = reporter_by_name("text")(out=got)
    assert verwerk(
        iter_items([str(small)], rauw=True),
        r2,
        fmt="text",
        jobs=2,
        bij_fout=lambda f: errors_2.extend(f.regels()),
    )
    r1.einde()
    r2.einde()
    assert got.getvalue() == expected.getvalue() and errors_1 == errors_2 and len(errors_1) >= 7


def test_an_error_while_ctrl_c_is_handled_is_an_interruption_not_a_bug(monkeypatch, tmp_path):
    """Found by a full-suite run: Ctrl-C reached a lock of the process pool half-way and
    'RuntimeError: cannot release un-acquired lock' (raised while the interrupt was handled)
    became exit 3, an internal error. It is the user's interruption: exit 130, 'Afgebroken.'"""
    from click.testing import CliRunner

    from substitutiecheck import batch
    from substitutiecheck.cli import main

    def half_way(*args, **kwargs):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise RuntimeError("cannot release un-acquired lock") from None

    monkeypatch.setattr(batch, "verwerk", half_way)
    uit = tmp_path / "uit.txt"
    result = CliRunner().invoke(
        main, ["check", str(EXAMPLES / "diabetes-ketenzorg-utrecht.json"), "-o", str(uit)]
    )
    assert result.exit_code == 130 and "Afgebroken." in result.output
    assert "interne fout" not in result.output and not uit.exists()

    def schijf_vol(*args, **kwargs):
        import errno

        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise OSError(errno.ENOSPC, "No space left on device") from None

    monkeypatch.setattr(batch, "verwerk", schijf_vol)  # only the pool's lock error is Ctrl-C's
    result = CliRunner().invoke(main, ["check", str(EXAMPLES / "diabetes-ketenzorg-utrecht.json")])
    assert result.exit_code == 2 and "de schijf is vol" in result.output

    def eigen_fout(*args, **kwargs):
        raise RuntimeError("een fout van ons")

    monkeypatch.setattr(batch, "verwerk", eigen_fout)
    result = CliRunner().invoke(main, ["check", str(EXAMPLES / "diabetes-ketenzorg-utrecht.json")])
    assert result.exit_code == 3 and "interne fout" in result.output  # without Ctrl-C: ours
