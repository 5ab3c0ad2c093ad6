"""The I/O edges (issue 13): output onto devices, FIFOs and symlinks, hostile text in every output
format, size limits, closed pipes and signals. Every test here is a reproduction of a defect that
an adversarial run found; devices and FIFOs are private nodes made in a temp folder."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from conftest import SHARED_EXAMPLE, run_cli


def _char_device(path: Path) -> Path:
    """A private character device with the numbers of /dev/null (1, 3): writing into it discards."""
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("mknod needs root")
    return path


# -- 1. output onto devices, FIFOs, symlinks, '-', '' and an input file ------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("check", str(SHARED_EXAMPLE)),
        ("export", "fhir"),
        ("export", "fhir-antwoorden", str(SHARED_EXAMPLE)),
    ],
)
def test_output_onto_a_device_writes_into_it_and_never_replaces_it(tmp_path, command):
    dev = _char_device(tmp_path / "null")
    result = run_cli(*command, "-o", str(dev))
    assert result.returncode in (0, 1), result.stderr.decode()
    assert stat.S_ISCHR(dev.lstat().st_mode), "the device was replaced by a regular file"
    assert not [p for p in tmp_path.iterdir() if p.name != "null"], "a temp file was left behind"


def test_output_onto_a_fifo_writes_into_it(tmp_path):
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run_cli("check", str(SHARED_EXAMPLE), "--format", "jsonl", "-o", str(fifo))
    reader.join(30)
    assert result.returncode in (0, 1), result.stderr.decode()
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert got and got[0].startswith(b'{"'), "the reader of the FIFO got nothing"


def test_output_onto_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "echt.txt"
    target.write_text("oud\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    result = run_cli("check", str(SHARED_EXAMPLE), "-o", str(link))
    assert result.returncode in (0, 1), result.stderr.decode()
    assert link.is_symlink() and os.readlink(link) == target.name
    assert "Advies:" in target.read_text()


def test_output_dash_is_stdout_and_empty_is_a_usage_error(tmp_path):
    dash = run_cli("check", str(SHARED_EXAMPLE), "-o", "-")
    assert dash.returncode in (0, 1) and b"Advies:" in dash.stdout
    for command in (("check", str(SHARED_EXAMPLE)), ("export", "fhir")):
        empty = run_cli(*command, "-o", "")
        assert empty.returncode == 2, empty.stderr.decode()
        assert "Traceback" not in empty.stderr.decode() and "--uitvoer" in empty.stderr.decode()


def test_output_equal_to_an_input_is_a_usage_error_and_the_input_is_kept(tmp_path):
    proposal = tmp_path / "voorstel.json"
    proposal.write_bytes(SHARED_EXAMPLE.read_bytes())
    for other in (str(proposal), str(tmp_path / "." / "voorstel.json")):
        result = run_cli("check", str(proposal), "-o", other)
        assert result.returncode == 2, result.stderr.decode()
        assert "invoer" in result.stderr.decode()
    result = run_cli("export", "fhir-antwoorden", str(proposal), "-o", str(proposal))
    assert result.returncode == 2
    assert proposal.read_bytes() == SHARED_EXAMPLE.read_bytes()


def test_output_onto_a_proposal_inside_an_input_folder_is_a_usage_error(tmp_path):
    """`check map/ -o map/voorstel.json` would replace one of the proposals it reads."""
    proposal = tmp_path / "voorstel.json"
    proposal.write_bytes(SHARED_EXAMPLE.read_bytes())
    result = run_cli("check", str(tmp_path), "-o", str(proposal))
    assert result.returncode == 2, result.stderr.decode()
    assert "invoer" in result.stderr.decode()
    assert proposal.read_bytes() == SHARED_EXAMPLE.read_bytes()
    assert run_cli("check", str(tmp_path), "-o", str(tmp_path / "rapport.txt")).returncode in (0, 1)


def test_report_file_of_the_questionnaire_onto_a_device_is_written_into(tmp_path, pack):
    import json

    from substitutiecheck.evaluation import evaluate
    from substitutiecheck.reporters import write_report

    dev = _char_device(tmp_path / "rapport.md")
    write_report(evaluate(json.loads(SHARED_EXAMPLE.read_text("utf-8")), pack), str(dev), "nl")
    assert stat.S_ISCHR(dev.lstat().st_mode)
    from substitutiecheck.fileio import write_atomic

    link = tmp_path / "voorstel.json"
    (tmp_path / "echt.json").write_text("{}")
    link.symlink_to("echt.json")
    write_atomic(link, '{"titel": "x"}\n')
    assert link.is_symlink() and (tmp_path / "echt.json").read_text() == '{"titel": "x"}\n'


# -- 4, 5, 6: control characters, file names and formulas in every text output ----------------

FAKE = "\x1b[2J\x1b[H\x1b[1;1rAdvies: GO\r\nNiets ontbreekt\x9b2J\x07\x08\x00\u202e"
RAW_CONTROLS = [
    chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20), *range(0x7F, 0xA0))
]


def _nogo(alles_ja: dict) -> dict:
    alles_ja["randvoorwaarden"]["bekostiging"] = "nee"
    return alles_ja


@pytest.mark.parametrize("fmt", ["text", "markdown", "csv"])
def test_terminal_escapes_in_a_title_are_shown_not_obeyed(tmp_path, alles_ja, fmt):
    import json

    voorstel = _nogo(alles_ja)
    voorstel["titel"] = FAKE
    voorstel["regio"] = "Twente\x1b]0;GO\x07"
    path = tmp_path / "voorstel.json"
    path.write_text(json.dumps(voorstel), "utf-8")
    result = run_cli("check", str(path), "--format", fmt)
    assert result.returncode == 1
    out = result.stdout.decode("utf-8")
    body = out.replace("\r\n", "\n") if fmt == "csv" else out
    assert not [c for c in RAW_CONTROLS if c in body], "a raw control character reached the output"
    shown = (
        out.replace("\\\\", "\\").replace("\\[", "[") if fmt == "markdown" else out
    )  # Markdown escapes '\\' '['
    assert "\\x1b[2J" in shown and "\\x9b" in shown and "\\u202e" in shown
    if fmt == "text":
        assert [line for line in out.splitlines() if line.startswith("Advies:")] == [
            "Advies: NO-GO"
        ]


def test_a_file_name_cannot_add_lines_or_markup(tmp_path, alles_ja):
    import json

    folder = tmp_path / "map"
    folder.mkdir()
    name = "x\nAdvies: GO\n<img src=x onerror=alert(1)>[klik](javascript:alert(1))`\x1b[2J.json"
    (folder / name).write_text(json.dumps(_nogo(alles_ja)), "utf-8")
    text = run_cli("check", str(folder)).stdout.decode()
    assert [line for line in text.splitlines() if line.startswith("Advies:")] == ["Advies: NO-GO"]
    assert "\x1b" not in text
    md = run_cli("check", str(folder), "--format", "markdown").stdout.decode()
    for line in md.splitlines():
        if "<img" in line or "javascript:" in line:
            # only inside one inline code span on one line, where it is literal text
            assert line.count("`") == 2 and line.index("`") < line.find("<img") < line.rindex(
                "`"
            ), line
    assert not any(line.startswith("<img") or line.startswith("Advies") for line in md.splitlines())
    missing = run_cli("check", str(tmp_path / "nee\x1b[31m\nAdvies: GO.json"))
    err = missing.stderr.decode()
    assert missing.returncode == 2 and "\x1b" not in err and len(err.splitlines()) == 1


def test_csv_quotes_every_text_cell_so_no_naive_cell_starts_with_a_formula(tmp_path, alles_ja):
    import json

    alles_ja["titel"] = 'a,=HYPERLINK("http://x"),b'
    alles_ja["regio"] = "=1+1"
    path = tmp_path / "v.json"
    path.write_text(json.dumps(alles_ja), "utf-8")
    result = run_cli("check", str(path), "--format", "csv", "--csv-scheiding", ",")
    rows = result.stdout.decode("utf-8-sig").splitlines()
    cells = [cell for row in rows for cell in row.split(",")]
    assert not [c for c in cells if c.startswith("=")], cells
    assert '"\'=1+1"' in rows[1]  # today's apostrophe guard is kept


# -- 9. lone surrogates and file names that are not UTF-8 --------------------------------------

ALL_FORMATS = ["text", "markdown", "html", "csv", "json", "jsonl"]


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_a_lone_surrogate_rejects_that_item_and_the_batch_is_written(tmp_path, alles_ja, fmt):
    import json

    good = json.dumps(alles_ja)
    bad = good.replace('"Alles geregeld"', '"x\\ud800"')
    pair = good.replace('"Alles geregeld"', '"emoji \\ud83d\\ude00"')  # a valid pair stays valid
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([good, bad, pair]) + "\n", "utf-8")
    out = tmp_path / f"rapport.{fmt}"
    result = run_cli("check", str(batch), "--format", fmt, "-o", str(out))
    assert result.returncode == 2, result.stderr.decode()
    err = result.stderr.decode()
    assert f"{batch}:2: titel: ongeldig teken in tekst: losse surrogaat \\ud800" in err
    text = out.read_bytes().decode("utf-8")  # valid UTF-8, and written at all
    assert "Alles geregeld" in text and "emoji \U0001f600" in text


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_a_file_name_that_is_not_utf8_rejects_that_file_only(tmp_path, alles_ja, fmt):
    import json

    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "goed.json").write_text(json.dumps(alles_ja), "utf-8")
    with open(os.path.join(os.fsencode(folder), b"fout\xff.json"), "w") as f:
        f.write(json.dumps(alles_ja))
    result = run_cli("check", str(folder), "--format", fmt)
    assert result.returncode == 2, result.stderr.decode()
    assert "fout\\xff.json: de bestandsnaam is geen geldige UTF-8" in result.stderr.decode()
    assert "Alles geregeld" in result.stdout.decode("utf-8")


def test_questionnaire_files_with_a_lone_surrogate_are_input_errors_not_crashes(tmp_path, pack):
    from substitutiecheck.errors import InvoerFout
    from substitutiecheck.questionnaire.data import laad_vragenlijst
    from substitutiecheck.questionnaire.storage import Opslag, lees_voorstel_bestand

    vl = laad_vragenlijst(pack)
    proposal = tmp_path / "voorstel.json"
    proposal.write_text('{"titel": "x\\udfff", "regio": "Twente"}', "utf-8")
    with pytest.raises(InvoerFout) as exc:
        lees_voorstel_bestand(proposal, vl, volledig=False)
    assert exc.value.pad == "titel" and "surrogaat" in exc.value.regels()[0]
    proposal.write_text('{"regio": "Twente"}', "utf-8")
    (tmp_path / ".voorstel.json.voortgang").write_text(
        '{"formaat": 1, "positie": "titel", "leeg_beantwoord": {"titel": "\\ud800"}}', "utf-8"
    )
    voortgang = Opslag(proposal).lees(vl)
    assert voortgang.antwoorden == {
        "regio": "Twente"
    }  # the sidecar is broken: only the position is lost


# -- 18. a closed pipe is a quiet end ---------------------------------------------------------


@pytest.mark.parametrize(
    "fmt,head,jobs",
    [
        ("text", "head -1", "1"),
        ("jsonl", "head -c 100", "1"),
        ("jsonl", "head -c 100", "2"),
        # a whole document in one write: the reader leaves part-way through it (Python then
        # returns the part written and drops the EPIPE; this ended as exit 1, all "written")
        ("markdown", "head -1", "1"),
        ("html", "head -1", "2"),
        ("json", "head -c 100", "1"),
    ],
)
def test_closed_pipe_is_a_quiet_end_with_exit_141(tmp_path, alles_ja, fmt, head, jobs):
    import json
    import shlex
    import subprocess
    import sys

    batch = tmp_path / "groot.jsonl"
    batch.write_text((json.dumps(alles_ja) + "\n") * 3000, "utf-8")
    command = (
        f"{shlex.quote(sys.executable)} -m substitutiecheck check {shlex.quote(str(batch))} "
        f"--format {fmt} --jobs {jobs} 2>{shlex.quote(str(tmp_path / 'err'))} | {head} >/dev/null; "
        "echo ${PIPESTATUS[0]}"
    )
    status = (
        subprocess.run(["bash", "-c", command], capture_output=True, timeout=120)
        .stdout.decode()
        .strip()
    )
    assert (tmp_path / "err").read_text() == ""
    assert status == "141"


# -- 2. SIGTERM / SIGHUP leave no temporary file ------------------------------------------------


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_a_signal_during_a_run_leaves_no_temporary_file(tmp_path, alles_ja, signame):
    import json
    import signal
    import subprocess
    import sys
    import time

    batch = tmp_path / "groot.jsonl"
    batch.write_text((json.dumps(alles_ja) + "\n") * 40000, "utf-8")
    target = tmp_path / "uit" / "rapport.txt"
    target.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "substitutiecheck", "check", str(batch), "-o", str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not any(target.parent.iterdir()) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before the signal could be sent"
    time.sleep(0.3)  # well into writing
    proc.send_signal(getattr(signal, signame))
    proc.wait(60)
    assert proc.returncode == -getattr(signal, signame)  # it still dies of that signal
    assert list(target.parent.iterdir()) == [], (
        "a temporary file (or a half report) was left behind"
    )
    assert b"Traceback" not in proc.stderr.read()


# -- 3. full disk, busy file, a folder that refuses files: one Dutch line, exit 2 ---------------


def test_a_full_device_as_output_or_as_stdout_is_one_dutch_line(tmp_path):
    import subprocess
    import sys

    full = tmp_path / "vol"
    try:
        os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # the numbers of /dev/full
    except PermissionError:
        pytest.skip("mknod needs root")
    result = run_cli("check", str(SHARED_EXAMPLE), "-o", str(full))
    assert result.returncode == 2
    assert (
        result.stderr.decode()
        == f"fout: {full}: schrijven naar het uitvoerbestand mislukt: de schijf is vol\n"
    )
    for command in (("check", str(SHARED_EXAMPLE)), ("regels",), ("export", "fhir")):
        with open(full, "w") as stdout:
            run = subprocess.run(
                [sys.executable, "-m", "substitutiecheck", *command],
                stdout=stdout,
                stderr=subprocess.PIPE,
                timeout=60,
            )
        assert run.returncode == 2, run.stderr.decode()
        err = run.stderr.decode()
        assert (
            len(err.splitlines()) == 1
            and err.startswith("fout: schrijven")
            and err.endswith("mislukt: de schijf is vol\n")
        )


@pytest.mark.parametrize(
    "where,errno_name,message",
    [
        (
            "tempfile.mkstemp",
            "ENOENT",
            "kan het uitvoerbestand niet schrijven: in deze map kan geen bestand worden aangemaakt",
        ),
        (
            "os.replace",
            "EBUSY",
            "schrijven naar het uitvoerbestand mislukt: het bestand of apparaat is in gebruik",
        ),
        (
            "os.fsync",
            "EIO",
            "schrijven naar het uitvoerbestand mislukt: invoer-/uitvoerfout van het apparaat",
        ),
    ],
)
def test_what_the_system_refuses_is_named_not_called_missing_or_a_bug(
    tmp_path, monkeypatch, where, errno_name, message
):
    """As under /proc (a folder that exists but takes no new file) or with a busy target."""
    import errno
    import importlib

    from substitutiecheck.errors import UitvoerFout
    from substitutiecheck.fileio import open_output

    module, name = where.split(".")

    def refuse(*args, **kwargs):
        raise OSError(getattr(errno, errno_name), os.strerror(getattr(errno, errno_name)))

    monkeypatch.setattr(importlib.import_module(module), name, refuse)
    with pytest.raises(UitvoerFout) as exc, open_output(tmp_path / "rapport.txt") as out:
        out.write("x")
    assert exc.value.regels() == [f"{tmp_path / 'rapport.txt'}: {message}"]
    assert list(tmp_path.iterdir()) == []


# -- 7. size limits: per document, per JSON Lines line, per free-text field ---------------------


def _zero_device(path: Path) -> Path:
    try:
        os.mknod(path, 0o444 | stat.S_IFCHR, os.makedev(1, 5))  # the numbers of /dev/zero
    except PermissionError:
        pytest.skip("mknod needs root")
    return path


def test_an_endless_input_stops_at_the_limit_and_the_batch_goes_on(tmp_path, alles_ja):
    import json
    import subprocess
    import sys

    zero = _zero_device(tmp_path / "nul.json")
    good = tmp_path / "goed.json"
    good.write_text(json.dumps(alles_ja), "utf-8")
    result = run_cli("check", str(zero), str(good), "--format", "jsonl")
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"fout: {zero}: invoer is groter dan de grens van 8 MB (verhoog die met --max-grootte)\n"
    )
    # the endless input a line {"fout": ...}, then the header line (report format 2), the report
    fout, kop, rapport = (json.loads(line) for line in result.stdout.splitlines())
    assert fout["fout"]["invoer"] == {"bestand": str(zero), "regel": None}
    assert "kop" in kop and rapport["advies"] == "go"
    with open(zero, "rb") as endless:  # cat /dev/zero | check -
        piped = subprocess.run(
            [sys.executable, "-m", "substitutiecheck", "check", "-"],
            stdin=endless,
            capture_output=True,
            timeout=60,
        )
    assert piped.returncode == 2
    assert "<stdin>: invoer is groter dan de grens van 8 MB" in piped.stderr.decode()


def test_a_json_lines_line_beyond_the_limit_is_one_error_and_the_next_lines_are_checked(
    tmp_path, alles_ja
):
    import json

    line = json.dumps(alles_ja)
    huge = json.dumps(dict(alles_ja, titel="x" * 3000))
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([line, huge, line]) + "\n", "utf-8")
    result = run_cli("check", str(batch), "--format", "jsonl", "--max-grootte", "0.002")
    assert result.returncode == 2
    assert result.stderr.decode() == (
        f"fout: {batch}:2: regel is groter dan de grens van 0.002 MB "
        "(verhoog die met --max-grootte)\n"
    )
    lines = [json.loads(x) for x in result.stdout.splitlines()[1:]]  # after the header line
    assert [x.get("invoer", x.get("fout", {}).get("invoer"))["regel"] for x in lines] == [1, 2, 3]
    assert [next(iter(x)) for x in lines] == ["invoer", "fout", "invoer"]
    with (tmp_path / "batch.jsonl").open("rb") as stream:
        from substitutiecheck.inputs import read_lines

        assert [i.regel for i in read_lines(stream, "b", max_mb=0.002) if i.fout] == [2]


def test_free_text_fields_have_a_maximum_length_in_the_contract(tmp_path, alles_ja, pack):
    import json

    from substitutiecheck.model import voorstel_schema

    schema = json.dumps(voorstel_schema(pack))
    assert schema.count('"maxLength"') >= 3
    alles_ja["titel"] = "t" * 501
    path = tmp_path / "lang.json"
    path.write_text(json.dumps(alles_ja), "utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 2
    assert (
        result.stderr.decode()
        == f"fout: {path}: titel: tekst is te lang: 501 tekens, hoogstens 500\n"
    )


def test_the_questionnaire_never_allows_more_than_the_contract(pack):
    from substitutiecheck.model import contract
    from substitutiecheck.questionnaire.data import laad_vragenlijst

    vl = laad_vragenlijst(pack)
    velden = {"titel": contract(pack).velden[0], "regio": contract(pack).velden[1]}
    for vraag in vl.vragen:
        if vraag.id in velden:
            assert vraag.max_lengte is not None and vraag.max_lengte <= velden[vraag.id].max_lengte


# -- 8. wrapping in linear time, with textwrap's very lines --------------------------------------


def test_a_long_word_is_cut_into_lines_at_once_not_one_line_at_a_time(monkeypatch):
    """textwrap takes one line off the front of a long word and copies the rest, once per line:
    quadratic (a 10 MB title took 21 s). The long-word step may run only a few times per word."""
    import io
    import textwrap

    from substitutiecheck.reporters.text import TextReporter

    calls = []
    original = textwrap.TextWrapper._handle_long_word
    monkeypatch.setattr(
        textwrap.TextWrapper,
        "_handle_long_word",
        lambda self, *a: (calls.append(1), original(self, *a))[1],
    )
    rep = TextReporter(out=io.StringIO())
    lines = rep._wrap("kort " + "x" * 200_000 + " staart", "  ")
    assert "".join(lines).replace(" ", "") == "kort" + "x" * 200_000 + "staart"
    assert len(lines) > 2000 and len(calls) <= 2


@pytest.mark.parametrize("seed", range(3))
def test_linear_wrapping_gives_textwraps_lines(seed):
    import random
    import textwrap

    from substitutiecheck.reporters.text import _Wrapper

    rnd = random.Random(seed)
    for _ in range(300):
        words = [
            "".join(rnd.choice("ab-") for _ in range(rnd.choice([1, 3, 8, 40, 130, 400])))
            for _ in range(rnd.randint(0, 12))
        ]
        text = "".join(w + rnd.choice([" ", "  ", "\n", "\t"]) for w in words)
        width = rnd.choice([1, 5, 20, 40, 88])
        first, rest = " " * rnd.randint(0, 8), " " * rnd.randint(0, 12)
        expected = textwrap.wrap(
            text, width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
        )
        got = _Wrapper(
            width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
        ).wrap(text)
        assert got == expected, (text, width, first, rest)


# -- 10. deep JSON: the same answer on stdin, as a path and in the questionnaire's files --------

DEEP = "[" * 100_000 + "]" * 100_000


def test_deep_json_on_stdin_is_an_input_error_like_as_a_path(tmp_path):
    path = tmp_path / "diep.json"
    path.write_text(DEEP)
    for args, stdin, where in (((str(path),), None, str(path)), (("-",), DEEP.encode(), "<stdin>")):
        result = run_cli("check", *args, stdin=stdin)
        assert result.returncode == 2
        assert (
            result.stderr.decode()
            == f"fout: {where}: JSON is te diep genest (meer dan 64 niveaus)\n"
        )


def test_deep_questionnaire_files_are_input_errors_not_crashes(tmp_path, pack):
    from substitutiecheck.errors import InvoerFout
    from substitutiecheck.questionnaire.data import laad_vragenlijst
    from substitutiecheck.questionnaire.storage import Opslag, lees_voorstel_bestand

    vl = laad_vragenlijst(pack)
    proposal = tmp_path / "voorstel.json"
    proposal.write_text(DEEP)
    with pytest.raises(InvoerFout, match="te diep genest"):
        lees_voorstel_bestand(proposal, vl)
    proposal.write_text('{"regio": "Twente"}')
    (tmp_path / ".voorstel.json.voortgang").write_text('{"positie": ' + DEEP + "}")
    assert Opslag(proposal).lees(vl).antwoorden == {"regio": "Twente"}


# -- 16. workers end with their parent; 17. --jobs is capped --------------------------------------


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat_line = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat_line.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry))
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the workers")
@pytest.mark.parametrize("signame", ["SIGKILL", "SIGTERM", "SIGHUP"])
def test_workers_end_when_the_parent_is_killed(tmp_path, alles_ja, signame):
    import json
    import signal
    import subprocess
    import sys
    import time

    batch = tmp_path / "groot.jsonl"
    batch.write_text((json.dumps(alles_ja) + "\n") * 20000, "utf-8")
    # stdout is a pipe nobody reads: the parent blocks, and so would the workers
    proc = subprocess.Popen(
        [sys.executable, "-m", "substitutiecheck", "check", str(batch), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
        workers = _children(proc.pid)
    assert len(workers) >= 2, "the workers did not start"
    time.sleep(1.0)
    proc.send_signal(getattr(signal, signame))
    try:
        deadline = time.monotonic() + 20
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)], "a worker outlived its parent"
    finally:
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
        proc.stdout.close()
        proc.wait(30)


def test_jobs_beyond_the_limit_is_a_usage_error_not_an_overflow():
    result = run_cli("check", "--jobs", "99999999999999999999", str(SHARED_EXAMPLE))
    assert result.returncode == 2
    assert (
        result.stderr.decode().splitlines()[0]
        == "fout: '--jobs' verwacht een geheel getal van 0 tot en met 1024"
    )


def test_never_more_workers_than_cores_allow_or_work_needs(monkeypatch, alles_ja):
    import io

    from substitutiecheck import batch
    from substitutiecheck.inputs import Item
    from substitutiecheck.reporters import reporter_by_name

    cores = os.cpu_count() or 1
    assert batch.aantal_jobs(1000) == batch.JOBS_PER_KERN * cores
    assert batch.aantal_jobs(0) == cores
    started: list[int] = []
    real_pool = batch._pool
    monkeypatch.setattr(
        batch, "_pool", lambda jobs, *a: (started.append(jobs), real_pool(jobs, *a))[1]
    )
    items = [
        Item("x.jsonl", i, data=dict(alles_ja)) for i in range(1, 4)
    ]  # three proposals: one chunk
    out = io.StringIO()
    batch.verwerk(items, reporter_by_name("jsonl")(out=out), fmt="jsonl", jobs=8, brok=200)
    assert started == [1] and len(out.getvalue().splitlines()) == 1 + 3  # header, 3 reports


def test_a_guarded_stream_left_to_the_garbage_collector_reports_nothing(tmp_path):
    """The wrapper around an output stream never flushes it again when it is collected: on
    Python 3.13 IOBase's finalizer reports errors ('I/O operation on closed file' after every
    batch with -o), which reached users as 'Exception ignored' tracebacks on stderr."""
    import gc
    import sys

    from substitutiecheck.fileio import bewaakt

    seen = []
    old, sys.unraisablehook = sys.unraisablehook, seen.append
    try:
        stream = (tmp_path / "uit.txt").open("w", encoding="utf-8")
        wrapped = bewaakt(stream, tmp_path / "uit.txt")
        wrapped.write("tekst")
        stream.close()
        del wrapped
        gc.collect()
    finally:
        sys.unraisablehook = old
    assert seen == []
    assert (tmp_path / "uit.txt").read_text("utf-8") == "tekst"


@pytest.mark.parametrize(
    ("args", "lang", "line"),
    [
        (
            ["check", "{voorstel}", "-o", "{map}"],
            "nl",
            "is een map; geef een bestandsnaam (bijvoorbeeld {map}/rapport.html)",
        ),
        (
            ["export", "formulier", "-o", "{map}/"],
            "nl",
            "'{map}' is een map; geef een bestandsnaam (bijvoorbeeld {map}/formulier.html)",
        ),
        (
            ["combineer", "{voorstel}", "-o", "{map}"],
            "en",
            "'{map}' is a folder; give a file name (for example {map}/report.html)",
        ),
        # the example is a file of what the command writes (export fhir suggested rapport.html)
        (["export", "fhir", "-o", "{map}"], "en", "(for example {map}/questionnaire.fhir.json)"),
        (["vragenlijst", "-o", "{map}"], "nl", "(bijvoorbeeld {map}/voorstel.json)"),
    ],
)
def test_output_onto_a_folder_is_one_line_in_the_users_language(tmp_path, args, lang, line):
    """click's own message for a folder is English ('File ... is a directory.'); ours is not."""
    voorstel = Path(__file__).parent.parent / "examples" / "partners" / "huisarts.json"
    folder = tmp_path / "uit"
    folder.mkdir()
    fill = {"voorstel": str(voorstel), "map": str(folder)}
    r = run_cli("--lang", lang, *(a.format(**fill) for a in args))
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert line.format(**fill) in err and "directory" not in err and "Traceback" not in err
    assert list(folder.iterdir()) == []  # nothing written into it


@pytest.mark.parametrize(
    "text,key",
    [
        ('{"titel": "a", "titel": "b"}', "titel"),
        ('{"a": {"x": 1, "y": 2, "x": 3}}', "x"),
        ('[{"ok": 1}, {"k": 1, "k": 1}]', "k"),
        ('{"a": 1, "b": 2, "c": 3, "b": 4, "c": 5}', "b"),  # the first key seen twice
    ],
)
def test_a_key_twice_in_one_object_is_named_at_any_depth(text, key):
    """A duplicate key is found by length (dict of the pairs in C) and named by a second look."""
    from substitutiecheck.errors import InvoerFout
    from substitutiecheck.jsonparse import parse_json

    with pytest.raises(InvoerFout) as e:
        parse_json(text)
    assert e.value.problemen[0].code == "json.dubbel_veld"
    assert f"'{key}'" in e.value.problemen[0].melding.tekst("nl")
    assert parse_json('{"a": {"x": 1}, "b": {"x": 1}}') == {"a": {"x": 1}, "b": {"x": 1}}


def test_a_short_write_is_finished_or_raises_never_dropped():
    """fileio._alles: a binary stream that takes less than it was given (a pipe whose reader
    left, without an error for the part written) gets the rest again, and its error then counts."""
    import io

    from substitutiecheck.fileio import _alles

    class Kort(io.RawIOBase):
        def __init__(self, kapot_na=None):
            self.data, self.kapot_na = bytearray(), kapot_na

        def writable(self):
            return True

        def write(self, b):
            if self.kapot_na is not None and len(self.data) >= self.kapot_na:
                raise BrokenPipeError(32, "Broken pipe")
            n = min(len(b), 1000)  # at most 1000 bytes per call, no error
            self.data += bytes(b[:n])
            return n

    heel = Kort()
    _alles(heel, b"x" * 4321)
    assert bytes(heel.data) == b"x" * 4321
    with pytest.raises(BrokenPipeError):
        _alles(Kort(kapot_na=2000), b"y" * 5000)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_closed_pipe_on_a_stdout_that_is_not_utf8_is_exit_141(tmp_path, alles_ja, fmt):
    """The same whole-document write on a latin-1 standard output: encoded as the stream would,
    then written to its end (fileio._alles), so the closed pipe is noticed (it ended as exit 1)."""
    import json
    import shlex
    import subprocess
    import sys

    batch = tmp_path / "groot.jsonl"
    batch.write_text((json.dumps(alles_ja) + "\n") * 1500, "utf-8")
    command = (
        f"PYTHONIOENCODING=latin-1:replace {shlex.quote(sys.executable)} -m substitutiecheck "
        f"check {shlex.quote(str(batch))} --format {fmt} "
        f"2>{shlex.quote(str(tmp_path / 'err'))} | head -c 10 >/dev/null; echo ${{PIPESTATUS[0]}}"
    )
    status = subprocess.run(["bash", "-c", command], capture_output=True, timeout=120)
    assert (tmp_path / "err").read_text() == ""
    assert status.stdout.decode().strip() == "141"


@pytest.mark.parametrize("fmt", ["text", "markdown", "jsonl"])
def test_a_stdout_that_cannot_encode_every_character_shows_a_question_mark(fmt):
    """Standard output in latin-1 (no ':replace'): the characters it lacks (typographic quotes,
    a byte order mark) come out as '?', the run ends as usual; it stopped with an internal error
    (exit 3, UnicodeEncodeError)."""
    import os

    from conftest import EXAMPLES

    env = dict(os.environ, PYTHONIOENCODING="latin-1")
    proc = run_cli("check", str(EXAMPLES), "--format", fmt, env=env)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    assert proc.stderr == b""
    text = proc.stdout.decode("latin-1")
    assert "advies" in text.lower() and "?" in text


def test_the_json_document_leaves_no_file_open():
    """-X dev reports a file left open (ResourceWarning on stderr): the JSON reporter's spool of
    errors stayed open when a run had none."""
    import subprocess
    import sys

    from conftest import EXAMPLES

    proc = subprocess.run(
        [
            sys.executable,
            "-X",
            "dev",
            "-m",
            "substitutiecheck",
            "check",
            str(EXAMPLES),
            "--format",
            "json",
        ],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode in (0, 1) and b"ResourceWarning" not in proc.stderr, proc.stderr.decode()


# -- a spreadsheet or a CSV report given as a proposal (found by a user trial) ----------------


def test_a_csv_report_given_as_input_is_named_as_the_wrong_kind_of_file(tmp_path):
    rapport = tmp_path / "b.csv"
    assert run_cli("check", str(SHARED_EXAMPLE), "-o", str(rapport)).returncode in (0, 1)
    r = run_cli("check", str(rapport))
    err = r.stderr.decode()
    assert r.returncode == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert f"{rapport}: een CSV-bestand is geen voorstel" in err and ".jsonl" in err
    en = run_cli("check", str(rapport), "--lang", "en").stderr.decode()
    assert "a CSV file is not a proposal" in en
    html = tmp_path / "advies.html"  # -o advies.html writes html (e646099): fed back by mistake
    assert run_cli("check", str(SHARED_EXAMPLE), "-o", str(html)).returncode in (0, 1)
    assert "een HTML-bestand is geen voorstel" in run_cli("check", str(html)).stderr.decode()
    # a .csv that does hold a proposal is read as one; a broken .json keeps the JSON message
    (tmp_path / "voorstel.csv").write_bytes(SHARED_EXAMPLE.read_bytes())
    assert run_cli("check", str(tmp_path / "voorstel.csv")).returncode in (0, 1)
    (tmp_path / "kapot.json").write_text("{,", "utf-8")
    assert "ongeldige JSON" in run_cli("check", str(tmp_path / "kapot.json")).stderr.decode()


@pytest.mark.parametrize("codering", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_named_utf16_with_what_to_do(tmp_path, codering, alles_ja):
    """A file saved as Notepad's 'Unicode' (UTF-16) was 'geen tekstbestand (binaire inhoud)' or,
    with its byte-order mark, 'het lijkt Latin-1' (a user trial): it is named for what it is."""
    import json

    path = tmp_path / "voorstel.json"
    path.write_bytes(json.dumps(alles_ja, ensure_ascii=False).encode(codering))
    for taal, expected in (
        (
            "nl",
            f"fout: {path}: UTF-16-tekst (zo slaat Kladblok 'Unicode' op); sla het bestand op als UTF-8",
        ),
        ("en", f"error: {path}: UTF-16 text (as Notepad saves 'Unicode'); save the file as UTF-8"),
    ):
        result = run_cli("check", str(path), "--lang", taal)
        assert result.returncode == 2 and result.stderr.decode().startswith(expected)
    binary = tmp_path / "binair.json"
    binary.write_bytes(bytes(range(256)))
    assert "binaire inhoud" in run_cli("check", str(binary)).stderr.decode()


def test_a_folder_reads_upper_case_names_and_reports_a_dangling_link(tmp_path, alles_ja):
    """'VOORSTEL.JSON' (as Windows may name it) and a link to nothing were skipped without a
    word when checking a folder (a user trial): the first is read, the second reported."""
    import json

    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "VOORSTEL.JSON").write_text(json.dumps(alles_ja), "utf-8")
    (folder / "REGIO.JSONL").write_text(json.dumps(alles_ja) + "\n" + json.dumps(alles_ja) + "\n")
    (folder / "kapot.json").symlink_to(tmp_path / "nergens.json")
    (folder / "notities.txt").write_text("geen voorstel", "utf-8")
    result = run_cli("check", str(folder), "--format", "jsonl")
    assert result.returncode == 2
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    reports = [x["invoer"] for x in lines if "advies" in x]
    assert reports == [
        {"bestand": str(folder / "REGIO.JSONL"), "regel": 1},
        {"bestand": str(folder / "REGIO.JSONL"), "regel": 2},
        {"bestand": str(folder / "VOORSTEL.JSON"), "regel": None},
    ]
    assert result.stderr.decode() == (
        f"fout: {folder / 'kapot.json'}: kan bestand niet lezen: de map of het bestand bestaat niet\n"
    )


# -- closed standard streams ('<&-', '>&-'): Python sees None -------------------------------------


def _run_closed(fds: tuple[int, ...], *args: str, tmp: Path):
    """The command with the given standard descriptors closed (as a shell's '<&-' / '>&-');
    standard error goes to a file when it stays open."""
    import subprocess
    import sys

    err = tmp / "err.txt"
    with err.open("wb") as e:
        p = subprocess.run(
            [sys.executable, "-m", "substitutiecheck", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=e,
            preexec_fn=lambda: [os.close(fd) for fd in fds],  # noqa: PLW1509
            cwd=Path(__file__).resolve().parents[1],
            timeout=120,
        )
    return p.returncode, err.read_text("utf-8")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("check", "-", "--lang", "en"), 2, "no input on standard input"),
        (("combineer", "-"), 2, "-: geen geldig voorstel"),
        (("export", "fhir-antwoorden", "-"), 2, "geen invoer op standaardinvoer"),
        (("vragenlijst", "-o", "{tmp}/v.json"), 2, "de vragenlijst heeft een terminal nodig"),
    ],
)
def test_a_closed_standard_input_is_an_input_error_not_a_bug(tmp_path, args, code, message):
    """'<&-' made 'check -' end with 'internal error (AttributeError) ... exit 3' (sys.stdin is
    None); the questionnaire did the same ('NoneType' has no 'isatty'). Found by an audit."""
    args = tuple(a.format(tmp=tmp_path) for a in args)
    rc, err = _run_closed((0,), *args, tmp=tmp_path)
    assert (rc, "Traceback" in err, "internal" in err.lower()) == (code, False, False), err
    assert message in err


def test_a_closed_standard_output_is_a_quiet_end_and_a_file_is_still_written(tmp_path):
    """'>&-' gave a Python traceback (sys.stdout is None in vervang_wat_niet_kan): now output
    nobody can read goes nowhere, as into a closed pipe, and '-o' still writes its file."""
    rc, err = _run_closed((1,), "check", str(SHARED_EXAMPLE), tmp=tmp_path)
    assert rc in (0, 1) and err == ""
    rc, err = _run_closed((1,), "--help", tmp=tmp_path)
    assert rc == 0 and err == ""
    out = tmp_path / "r.html"
    rc, err = _run_closed((1, 2), "check", str(SHARED_EXAMPLE), "-o", str(out), tmp=tmp_path)
    assert rc in (0, 1) and out.read_text("utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{fifo}"], "de antwoorden gaan naar een gewoon bestand"),
        (
            ["--van", "{fifo}", "-o", "{tmp}/v.json"],
            "--van leest een voorstel uit een gewoon bestand",
        ),
        (["-o", "{dev}"], "de antwoorden gaan naar een gewoon bestand"),
        (["-o", "{lus}"], "kan hier niet opslaan"),
        (["-o", "{tmp}/v.json", "--rapport", "{lus}.html"], "kan hier niet opslaan"),
        (
            ["--van", "{oud}", "-o", "{tmp}/nieuw.json", "--rapport", "{oud}"],
            "ook een invoerbestand",
        ),
    ],
)
def test_the_questionnaire_refuses_what_it_cannot_keep_answers_in(tmp_path, args, message):
    """-o or --van on a FIFO or device hung before the first screen (/dev/zero: memory without
    limit), a link loop ended in 'interne fout (RuntimeError)' (exit 3), and --rapport equal to
    --van replaced the original proposal with the report (an audit)."""
    import subprocess
    import sys

    fifo = tmp_path / "f.json"
    os.mkfifo(fifo)
    dev = _char_device(tmp_path / "dev.json")
    (tmp_path / "l2").symlink_to(tmp_path / "l1")
    (tmp_path / "l1").symlink_to(tmp_path / "l2")
    (tmp_path / "l1.html").symlink_to(tmp_path / "l1.html")
    oud = tmp_path / "oud.json"
    oud.write_text('{"titel": "origineel"}', "utf-8")
    fill = {"fifo": fifo, "dev": dev, "lus": tmp_path / "l1", "oud": oud, "tmp": tmp_path}
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "substitutiecheck",
            "vragenlijst",
            *(a.format(**fill) for a in args),
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[1],
    )
    err = r.stderr.decode()
    assert r.returncode == 2 and message in err and "interne fout" not in err, err
    assert oud.read_text("utf-8") == '{"titel": "origineel"}'


def test_json_lines_joined_from_files_with_a_byte_order_mark_are_all_checked(tmp_path, alles_ja):
    """'cat a.jsonl b.jsonl' of two files saved 'UTF-8 with BOM': the second file's mark is at
    the start of a later line; it is no part of the proposal (it was 'ongeldige JSON')."""
    import json

    line = json.dumps(alles_ja).encode()
    batch = tmp_path / "batch.jsonl"
    batch.write_bytes(b"\xef\xbb\xbf" + line + b"\n\xef\xbb\xbf" + line + b"\n")
    result = run_cli("check", str(batch), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    lines = [json.loads(x) for x in result.stdout.splitlines()[1:]]
    assert [x["invoer"]["regel"] for x in lines] == [1, 2]
    assert {x["advies"] for x in lines} == {"go"}


def test_a_json_lines_file_of_only_a_byte_order_mark_is_empty_not_broken_json(tmp_path):
    """An empty file saved 'UTF-8 with BOM' holds the three bytes of the mark only."""
    leeg = tmp_path / "leeg.jsonl"
    leeg.write_bytes(b"\xef\xbb\xbf")
    result = run_cli("check", str(leeg), "--format", "jsonl")
    assert result.returncode == 2
    assert result.stderr.decode() == f"fout: {leeg}: bestand is leeg\n"


@pytest.mark.parametrize(
    "args",
    [
        ("check", "-", "-o", "{x}"),
        ("check", "-", "-o", "{x}", "--format", "json"),
        ("combineer", "-", str(SHARED_EXAMPLE), "-o", "{x}"),
        ("vergelijk", "-", str(SHARED_EXAMPLE), "-o", "{x}"),
    ],
)
def test_output_onto_the_file_standard_input_reads_is_refused(tmp_path, args):
    """'check - -o x.json < x.json' replaced the proposal with its report (an adversarial test):
    standard input redirected from the output file is an input file too."""
    import shutil
    import subprocess
    import sys

    x = tmp_path / "voorstel.json"
    shutil.copy(SHARED_EXAMPLE, x)
    before = x.read_bytes()
    with x.open("rb") as stdin:
        proc = subprocess.run(
            [sys.executable, "-m", "substitutiecheck", *(a.format(x=x) for a in args)],
            stdin=stdin,
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
    assert proc.returncode == 2, proc.stderr
    assert "dit is ook een invoerbestand" in proc.stderr and "Traceback" not in proc.stderr
    assert x.read_bytes() == before
    # another output file: the proposal on standard input is checked as usual
    with x.open("rb") as stdin:
        ok = subprocess.run(
            [sys.executable, "-m", "substitutiecheck", "check", "-", "-o", str(tmp_path / "r.txt")],
            stdin=stdin,
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
    assert ok.returncode in (0, 1) and (tmp_path / "r.txt").read_text("utf-8"), ok.stderr


def test_a_file_given_twice_is_checked_and_counted_once(tmp_path):
    """A folder and a file in it, 'regio/a.json' and './regio/a.json', or a link to the folder
    counted the same proposals twice in a region's overview, without a word (an adversarial
    test): each file is read once, and a warning names what was skipped."""
    import json
    import shutil
    import subprocess
    import sys

    regio = tmp_path / "regio"
    regio.mkdir()
    shutil.copy(SHARED_EXAMPLE, regio / "a.json")
    voorstel = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    voorstel["randvoorwaarden"]["bekostiging"] = "nee"
    (regio / "b.json").write_text(json.dumps(voorstel), "utf-8")
    (tmp_path / "link").symlink_to(regio)
    for jobs in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "-m", "substitutiecheck", "check", "regio", "regio/b.json"]
            + ["./regio/b.json", "link", "--format", "json", "--jobs", jobs],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
        assert proc.returncode == 1, proc.stderr  # b is a no-go, once
        doc = json.loads(proc.stdout)
        assert len(doc["rapporten"]) == 2, [r["invoer"] for r in doc["rapporten"]]
        assert doc["samenvatting"]["totaal"] == 2 and doc["samenvatting"]["no-go"] == 1
        err = proc.stderr.splitlines()
        assert "waarschuwing: regio/b.json staat meer dan eens in de invoer" in err[0]
        assert len(err) == 3, err  # regio/b.json (said once), link/a.json, link/b.json
        assert any("link/a.json is hetzelfde bestand als regio/a.json" in x for x in err)


@pytest.mark.parametrize("wit", [" ", "\xa0", "\u2003", "\t"])
def test_a_title_padded_with_white_space_never_puts_a_verdict_on_a_line_of_its_own(tmp_path, wit):
    """A title of 'Project', 81 spaces, 'Advies: GO', 78 spaces and a sentence put 'Advies: GO'
    on a line of its own above the real NO-GO, in the header of the text report, its summary
    and combineer's header (an adversarial test): a run of white space is one space there."""
    import json

    voorstel = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    voorstel["titel"] = f"Project{wit * 81}Advies: GO{wit * 78}Geschikt voor substitutie."
    voorstel["randvoorwaarden"]["bekostiging"] = "nee"
    (tmp_path / "a.json").write_text(json.dumps(voorstel), "utf-8")
    voorstel["titel"] = "b"  # a no-go too: no real line says 'Advies: GO'
    (tmp_path / "b.json").write_text(json.dumps(voorstel), "utf-8")
    for args in (("check", "a.json", "b.json"), ("combineer", "a.json", "b.json")):
        out = run_cli(*args, cwd=tmp_path).stdout.decode()
        lines = [line.strip(" \xa0\u2003\t") for line in out.splitlines()]
        assert not any(line.startswith("Advies: GO") for line in lines), out[:600]
        assert "Project Advies: GO Geschikt voor substitutie." in out


def test_our_own_output_fed_back_in_is_said_in_one_line(tmp_path):
    """A saved report given to 'check' gave ~23 lines of unknown fields, and 'vergelijk' took a
    combined report for a version and showed it wrongly (an adversarial test): one line each,
    naming what it is; a saved report of one proposal is still a version for 'vergelijk'."""
    voorstel = str(SHARED_EXAMPLE)
    run_cli("check", voorstel, "--format", "json", "-o", "r.json", cwd=tmp_path)
    run_cli("check", voorstel, "--format", "jsonl", "-o", "r.jsonl", cwd=tmp_path)
    run_cli("combineer", voorstel, voorstel, "--format", "json", "-o", "c.json", cwd=tmp_path)
    run_cli("vergelijk", voorstel, voorstel, "--format", "json", "-o", "v.json", cwd=tmp_path)
    for naam, wat in (
        ("r.json", "(een rapport)"),
        ("c.json", "(een gecombineerd rapport van 'combineer')"),
        ("v.json", "(een vergelijking van 'vergelijk')"),
    ):
        res = run_cli("check", naam, cwd=tmp_path)
        err = res.stderr.decode().splitlines()
        assert res.returncode == 2 and len(err) == 1, err
        assert err[0].startswith(f"fout: {naam}: dit is uitvoer van substitutiecheck {wat}")
        # the hint to vergelijk only where vergelijk takes it (a review)
        assert ("substitutiecheck vergelijk" in err[0]) == (naam == "r.json"), err[0]
    res = run_cli("export", "fhir-antwoorden", "r.json", cwd=tmp_path)  # the same one line
    assert res.returncode == 2 and len(res.stderr.decode().splitlines()) == 1, res.stderr
    err = run_cli("check", "r.jsonl", cwd=tmp_path).stderr.decode().splitlines()
    assert [x.split(": dit is")[0] for x in err] == ["fout: r.jsonl:1", "fout: r.jsonl:2"]
    assert "(de kopregel van een JSON Lines-rapport)" in err[0] and "(een rapport)" in err[1]
    for naam in ("c.json", "v.json"):
        res = run_cli("vergelijk", naam, voorstel, cwd=tmp_path)
        assert res.returncode == 2 and "geen rapport van één voorstel" in res.stderr.decode()
    assert run_cli("vergelijk", "r.json", voorstel, cwd=tmp_path).returncode == 0
