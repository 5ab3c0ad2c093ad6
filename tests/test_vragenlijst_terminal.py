"""The questionnaire in a real pseudo-terminal (pexpect), as a user runs it: complete it; stop
one with Ctrl-C, resume it, finish it; then check the file it wrote with `substitutiecheck check`.
Waits for prompt text, never sleeps."""

from __future__ import annotations

import json
import os
import sys

import pytest
from conftest import ROOT, run_cli

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.terminal
TIMEOUT = 30
PROGRESS = r"Vraag (\d+) van (\d+)"
OVERVIEW = "Controleer uw antwoorden"


def spawn(*args: str):
    # PROMPT_TOOLKIT_NO_CPR: a pexpect pty never answers cursor-position requests
    env = dict(os.environ, TERM="xterm", COLUMNS="120", LINES="50", PROMPT_TOOLKIT_NO_CPR="1")
    env.pop("SUBSTITUTIECHECK_LANG", None)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "substitutiecheck", "vragenlijst", *args],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(50, 120),
    )
    return child


def next_prompt(child, last: int | None = None) -> int | None:
    """Wait for the next question to be ready for keys; its number, or None at the overview.
    'Vraag n van m' is part of the prompt, so every redraw of question ``last`` repeats it."""
    while True:
        i = child.expect([PROGRESS, OVERVIEW])
        if i == 1:
            child.expect("Enter")  # the instruction: the prompt is drawn and reading keys
            return None
        n = int(child.match.group(1))
        if n != last:
            child.expect("Enter")
            return n


def answer_all(child, texts: dict[int, str]) -> list[int]:
    """Answer every question until the overview: a text from ``texts`` for question n, else
    Enter (the pre-selected choice, or an empty text). Then finish in the overview."""
    seen: list[int] = []
    while True:
        n = next_prompt(child, seen[-1] if seen else None)
        if n is None:
            child.send("\r")  # '✔ Afronden' is pre-selected
            break
        seen.append(n)
        child.send(texts.get(n, "") + "\r")
        assert len(seen) < 60
    child.expect("Het voorstel is opgeslagen in")
    child.expect(pexpect.EOF)
    child.close()
    return seen


def _gestopt(child) -> None:
    """The questionnaire stopped by Ctrl-C: it says where the answers are and exits with 130."""
    child.expect("Gestopt. Uw antwoorden zijn opgeslagen in")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_complete_the_questionnaire_then_check_the_file(tmp_path):
    out = tmp_path / "voorstel.json"
    child = spawn("-o", str(out))
    child.expect("Vragenlijst substitutie van zorg")
    seen = answer_all(child, {1: "Spoedpost Twente", 2: "Twente"})
    assert child.exitstatus == 0
    assert seen == list(range(1, 26))  # the last two: the optional parts' gates, skipped by default
    saved = json.loads(out.read_text("utf-8"))
    assert saved["titel"] == "Spoedpost Twente" and saved["regio"] == "Twente"
    assert saved["patientgroep"]["categorie"] == "diabetes"  # the first category, pre-selected
    assert saved["randvoorwaarden"]["ict"] == "onbekend"
    assert not (tmp_path / ".voorstel.json.voortgang").exists()
    check = run_cli("check", str(out))
    assert check.returncode == 0, check.stderr
    assert "Advies: GO ONDER VOORWAARDEN" in check.stdout.decode()


def test_ctrl_c_saves_then_resume_finishes_and_check_accepts_it(tmp_path):
    out = tmp_path / "voorstel.json"
    child = spawn("-o", str(out))
    assert next_prompt(child) == 1
    child.send("Meekijkconsult\r")
    assert next_prompt(child, 1) == 2
    child.send("Rotterdam\r")
    assert next_prompt(child, 2) == 3
    child.send("\x1b[B" * 8 + "\r")  # dermatologie
    assert next_prompt(child, 3) == 4
    child.sendcontrol("c")
    _gestopt(child)
    assert json.loads(out.read_text("utf-8")) == {
        "titel": "Meekijkconsult",
        "regio": "Rotterdam",
        "patientgroep": {"categorie": "dermatologie"},
    }
    assert (tmp_path / ".voorstel.json.voortgang").exists()

    child = spawn("-o", str(out))
    # the question may be wrapped between these words (how depends on the temporary path's
    # length: under pytest-xdist it is longer), with the terminal's escape codes in between
    child.expect(r"onafgemaakte(?:\s|\x1b\[[0-9;?]*[A-Za-z])*vragenlijst")
    child.expect(
        "Stoppen"
    )  # the last choice: the prompt is drawn (its long question puts the key hint above it)
    child.send("\r")  # 'Verdergaan waar ik gebleven was'
    seen = answer_all(child, {4: "Huidafwijkingen bij volwassenen"})
    assert child.exitstatus == 0
    assert seen[0] == 4 and seen[-1] == 25
    saved = json.loads(out.read_text("utf-8"))
    assert saved["patientgroep"]["omschrijving"] == "Huidafwijkingen bij volwassenen"
    assert (
        "samenwerkingsvorm" not in saved
    )  # Enter on the form: '(nog niet gekozen)', never a silent form
    check = run_cli("check", str(out))
    assert check.returncode == 0, check.stderr
    assert "Meekijkconsult" in check.stdout.decode()  # still listed as a form that fits


@pytest.mark.parametrize("columns", [70, 200])
def test_check_on_a_terminal_wraps_the_report_to_its_width(columns):
    """An 80-column terminal used to break the 88-column report in the middle of words."""
    import re

    env = dict(os.environ, TERM="xterm", COLUMNS=str(columns), LINES="50")
    env.pop("SUBSTITUTIECHECK_LANG", None)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "substitutiecheck", "check", "examples/voorstellen/copd-longzorg-nijkerk.json"],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(50, columns),
    )
    text = child.read()
    child.close()
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in text.replace("\r", "").splitlines()]
    assert child.exitstatus in (0, 1) and len(lines) > 40
    longest = max(map(len, lines))
    assert longest <= min(columns - 1, 88)
    assert longest >= min(columns - 1, 88) - 8  # and uses the width it has


@pytest.mark.parametrize("stop", ["\r", "\x03"])
def test_a_byte_that_is_not_utf8_is_kept_not_a_crash(tmp_path, stop):
    """A Latin-1 'é' typed on a UTF-8 terminal (or `tmux send-keys -H ff`) crashed the save with
    UnicodeEncodeError (exit 3, the answer lost; an adversarial terminal test)."""
    out = tmp_path / "v.json"
    child = spawn("-o", str(out))
    child.codec_errors = "replace"
    assert next_prompt(child) == 1
    os.write(child.child_fd, b"Caf\xe9 \xff")
    child.expect("Café ÿ")  # shown at once as the letters they are read as
    child.send(stop)
    if stop == "\r":
        assert next_prompt(child, 1) == 2
        child.sendcontrol("c")
    _gestopt(child)
    if stop == "\r":
        assert json.loads(out.read_text("utf-8")) == {"titel": "Café ÿ"}
    else:
        voortgang = json.loads((tmp_path / ".v.json.voortgang").read_text("utf-8"))
        assert voortgang["concepten"] == {"titel": "Café ÿ"}


def test_the_hint_to_go_on_keeps_the_rule_pack_and_another_pack_is_noticed(tmp_path):
    """The hint dropped --regels, and going on without it silently used the national pack (the
    Twente spoedzorg NO-GO became GO ONDER VOORWAARDEN; an adversarial terminal test)."""
    out = tmp_path / "v.json"
    child = spawn("-o", str(out), "--regels", "examples/regio-twente")
    assert next_prompt(child) == 1
    child.send("T\r")
    assert next_prompt(child, 1) == 2
    child.sendcontrol("c")
    child.expect(r"vragenlijst -o \S+v\.json --regels examples/regio-twente")
    child.expect(pexpect.EOF)
    child.close()
    child = spawn("-o", str(out))
    child.expect("regelpakket 'twente_voorbeeld'")
    child.expect("Stoppen")
    child.send("\x1b[A\r")  # 'Stoppen'
    child.expect("er is niets veranderd")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_a_second_session_through_a_link_stops_at_the_start(tmp_path):
    """'-o link.json' next to '-o real.json' (one file) both ran; the last save won."""
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    link.symlink_to(real.name)
    a = spawn("-o", str(real))
    assert next_prompt(a) == 1
    b = spawn("-o", str(link))
    b.expect("al open in een andere vragenlijst")
    b.expect(pexpect.EOF)
    b.close()
    assert b.exitstatus == 2
    a.sendcontrol("c")
    a.expect(pexpect.EOF)
    a.close()
