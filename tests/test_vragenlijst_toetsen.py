"""Keys a person may press in a real terminal (pexpect pty), at 80×24 unless a test says
otherwise: no key or key sequence ends the questionnaire with an internal error (exit 3), and no
key throws away a saved answer. Waits for screen text, never sleeps."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.terminal
TIMEOUT = 15
ESC, ENTER, DOWN, UP = "\x1b", "\r", "\x1b[B", "\x1b[A"
ALT_ENTER = ESC + ENTER
DRAWN = "\x1b[?7h"


def spawn(*args: str, cols: int = 80, rows: int = 24, lang: str | None = None):
    # PROMPT_TOOLKIT_NO_CPR: a pexpect pty never answers cursor-position requests
    env = dict(
        os.environ, TERM="xterm", COLUMNS=str(cols), LINES=str(rows), PROMPT_TOOLKIT_NO_CPR="1"
    )
    env.pop("SUBSTITUTIECHECK_LANG", None)
    extra = ["--lang", lang] if lang else []
    return pexpect.spawn(
        sys.executable,
        ["-m", "substitutiecheck", "vragenlijst", *args, *extra],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(rows, cols),
    )


def ready(child, text: str) -> None:
    """Wait for ``text`` of a prompt, then for the end of the screen update that drew it
    (prompt_toolkit switches line wrapping back on): the prompt reads keys."""
    child.expect_exact(text)
    child.expect_exact(DRAWN)


def finish(child) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def unfinished(path: Path, answers: dict, positie: str) -> None:
    """A questionnaire stopped earlier: the proposal so far and its progress file."""
    path.write_text(json.dumps(answers), "utf-8")
    path.with_name(f".{path.name}.voortgang").write_text(
        json.dumps({"formaat": 1, "positie": positie}), "utf-8"
    )


OLD = {"titel": "Oud voorstel", "regio": "Twente", "patientgroep": {"categorie": "kno"}}


# -- defect 1: Esc then Enter, or Alt+Enter, is ignored in every choice list ---------------------


def test_alt_enter_in_a_choice_question_and_the_overview_is_ignored(tmp_path):
    out = tmp_path / "v.json"
    unfinished(out, OLD, "patientgroep.acuut_complex")
    child = spawn("-o", str(out))
    ready(child, "Stoppen")
    child.send(ENTER)  # resume
    ready(child, "acute complexe")
    child.send(ALT_ENTER)
    child.send(UP + ENTER)  # still the same question, 'onbekend' highlighted: 'nee'
    ready(child, "zeldzaam")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert json.loads(out.read_text("utf-8"))["patientgroep"]["acuut_complex"] == "nee"


def test_escape_then_enter_in_the_overview_is_ignored(tmp_path):
    out = tmp_path / "v.json"
    child = spawn(
        "-o",
        str(out),
        "--van",
        str(ROOT / "examples" / "voorstellen" / "copd-longzorg-nijkerk.json"),
    )
    ready(child, "Controleer uw antwoorden")
    child.send(ALT_ENTER)
    child.send(ESC)
    child.send(ENTER)  # Esc then Enter (within a second): Alt+Enter
    child.send(ENTER)  # '✔ Afronden' is still highlighted
    child.expect("Advies")
    child.expect("opgeslagen in")
    assert finish(child) == 0
    assert json.loads(out.read_text("utf-8"))["titel"]


# -- defect 2: the resume screen never restarts on a stray key -----------------------------------


@pytest.mark.parametrize("keys", [ALT_ENTER, "x", "<", "?", "\x02", "\x1b[D", "j"])
def test_stray_keys_on_the_resume_screen_keep_the_answers(tmp_path, keys):
    out = tmp_path / "v.json"
    unfinished(out, OLD, "patientgroep.omschrijving")
    child = spawn("-o", str(out))
    ready(child, "Stoppen")
    child.send(keys)
    child.send(ENTER)  # 'Verdergaan' is still highlighted
    ready(child, "Korte omschrijving")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert json.loads(out.read_text("utf-8")) == OLD


# -- defect 3: starting over asks to confirm and keeps a copy -----------------------------------


def test_start_over_asks_to_confirm_and_no_keeps_the_answers(tmp_path):
    out = tmp_path / "v.json"
    unfinished(out, OLD, "patientgroep.omschrijving")
    child = spawn("-o", str(out))
    ready(child, "Stoppen")
    child.send(DOWN + ENTER)  # 'Opnieuw beginnen'
    ready(child, "v.json.vorige")
    child.send(ENTER)  # 'Nee' is highlighted
    ready(child, "Stoppen")  # back on the resume screen
    child.send(ENTER)
    ready(child, "Korte omschrijving")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert json.loads(out.read_text("utf-8")) == OLD
    assert not (tmp_path / "v.json.vorige").exists()


def test_start_over_confirmed_keeps_a_copy_and_says_where(tmp_path):
    out = tmp_path / "v.json"
    unfinished(out, OLD, "patientgroep.omschrijving")
    child = spawn("-o", str(out))
    ready(child, "Stoppen")
    child.send(DOWN + ENTER)
    ready(child, "v.json.vorige")
    child.send(DOWN + ENTER)  # 'Ja, opnieuw beginnen'
    child.expect("vorige antwoorden staan in")
    ready(child, "Titel van het voorstel")
    child.send("Nieuw" + ENTER)
    ready(child, "Regio")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert json.loads(out.read_text("utf-8")) == {"titel": "Nieuw"}
    copy = tmp_path / "v.json.vorige"
    assert json.loads(copy.read_text("utf-8")) == OLD
    assert (tmp_path / ".v.json.vorige.voortgang").exists()  # the copy can be resumed as it was


def test_overwriting_a_finished_proposal_also_keeps_a_copy(tmp_path):
    out = tmp_path / "v.json"
    original = (ROOT / "examples" / "voorstellen" / "copd-longzorg-nijkerk.json").read_text("utf-8")
    out.write_text(original, "utf-8")
    child = spawn("-o", str(out))
    ready(child, "Stoppen")
    child.send(DOWN + ENTER)  # 'Overschrijven'
    ready(child, "v.json.vorige")
    child.send(DOWN + ENTER)
    ready(child, "Titel van het voorstel")
    child.send("Nieuw" + ENTER)
    ready(child, "Regio")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert (tmp_path / "v.json.vorige").read_text("utf-8") == original


# -- defect 4: going back from a text question is unambiguous; '<' inside the text is text ------

EXAMPLE = ROOT / "examples" / "voorstellen" / "copd-longzorg-nijkerk.json"
LEFT = "\x1b[D"


@pytest.mark.parametrize("key", ["\x02", ESC])
def test_ctrl_b_or_esc_in_a_text_question_goes_back_after_moving_the_cursor(tmp_path, key):
    out = tmp_path / "v.json"
    unfinished(out, OLD, "regio")
    child = spawn("-o", str(out))
    ready(child, "Stoppen")
    child.send(ENTER)
    child.expect_exact("Esc of Ctrl-B = vorige vraag")  # the hint says how
    ready(child, "Twente")
    child.send(LEFT + LEFT + key)
    ready(child, "Titel van het voorstel")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert json.loads(out.read_text("utf-8")) == OLD


def test_a_less_than_sign_inside_the_text_is_text(tmp_path):
    out = tmp_path / "v.json"
    unfinished(out, OLD, "regio")
    child = spawn("-o", str(out))
    ready(child, "Stoppen")
    child.send(ENTER)
    ready(child, "Twente")
    child.send(LEFT + LEFT + "<" + ENTER)
    ready(child, "Tot welke categorie")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert json.loads(out.read_text("utf-8"))["regio"] == "Twen<te"


# -- defect 5: '?' keeps the highlighted choice ---------------------------------------------------


def test_help_keeps_the_highlighted_choice(tmp_path):
    out = tmp_path / "v.json"
    unfinished(out, OLD, "patientgroep.acuut_complex")
    child = spawn("-o", str(out))
    ready(child, "Stoppen")
    child.send(ENTER)
    ready(child, "acute complexe")
    child.send(UP + UP)  # from 'onbekend' to 'ja'
    child.send("?")
    child.expect_exact(
        "Bron"
    )  # the help, a screen at a time where it does not fit above the question
    while (
        child.expect_exact(
            ["(een toets: verder lezen)", "(een toets: terug naar de vraag)", "Vraag 5 van"]
        )
        < 2
    ):
        child.expect_exact(DRAWN)
        child.send("x")
    child.expect_exact(DRAWN)  # asked again
    child.send(ENTER)
    ready(child, "zeldzaam")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert json.loads(out.read_text("utf-8"))["patientgroep"]["acuut_complex"] == "ja"


# -- defect 8: the notice about removed answers stays in view; the answers come back ----------------


def test_switching_a_part_off_shows_the_notice_in_the_overview_and_on_again_restores(tmp_path):
    out = tmp_path / "v.json"
    example = json.loads(EXAMPLE.read_text("utf-8"))
    unfinished(out, example, "samenwerking")
    child = spawn("-o", str(out))
    ready(child, "Stoppen")
    child.send(ENTER)
    ready(child, "samenwerking toetsen")
    child.send(DOWN + ENTER)  # 'nee, sla over'
    child.expect_exact("Niet meer van toepassing")  # inside the next prompt, not above it
    ready(child, "Triple Aim en de evaluatie invullen")  # the optional last section: skip both
    child.send(ENTER)
    ready(child, "wie in de eerste lijn deelneemt")
    child.send(ENTER)
    ready(child, "Controleer uw antwoorden")
    assert "samenwerking" not in json.loads(out.read_text("utf-8"))
    child.send(LEFT)  # back, question by question, to the gate
    ready(child, "wie in de eerste lijn deelneemt")
    child.send(LEFT)
    ready(child, "Triple Aim en de evaluatie invullen")
    child.send(LEFT)
    ready(child, "samenwerking toetsen")
    child.send(UP + ENTER)  # 'ja'
    child.expect_exact("teruggezet")
    ready(child, "Gedeelde ambitie")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert json.loads(out.read_text("utf-8")) == example


# -- defect 9: a closing block that stays in view -------------------------------------------------


def screen_text(text: str) -> list[str]:
    """The lines a plain stream of output leaves, without colours."""
    import re

    return [
        re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", line) for line in text.replace("\r", "").split("\n")
    ]


@pytest.mark.parametrize("lang", [None, "en"])
def test_the_end_is_a_short_block_with_advice_first_steps_files_and_html(tmp_path, lang):
    out = tmp_path / "v.json"
    child = spawn("-o", str(out), "--van", str(EXAMPLE), lang=lang)
    ready(child, "Controleer uw antwoorden" if lang is None else "Check your answers")
    child.send(ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    last = [line for line in screen_text(child.before)[-22:] if line.strip()]
    text = "\n".join(last)
    flat = " ".join(text.split())
    if lang is None:
        assert "Advies: NO-GO" in text and "Eerst regelen:" in text
        assert f"Het voorstel is opgeslagen in {out}." in flat
        assert "--format html" in flat
    else:
        assert "Advice: NO-GO" in text and "Settle first:" in text
        assert f"The proposal is saved in {out}." in flat
    assert "  1. " in text and "  3. " in text  # the first three things to arrange
    assert (
        "  1. Bekostiging" in text or "  1. Funding" in text or "  1. Financ" in text
    )  # what makes it a no-go first


# -- defect 7: at 80×24 and 60×15 no answer is cut off; long lists say that more follow ----------

ANSWER_NAMES = {"ja": "ja", "nee": "nee", "deels": "deels", "onbekend": "onbekend"}


@pytest.mark.parametrize("cols,rows", [(80, 24), (60, 15)])
def test_overview_lines_fit_and_end_with_the_whole_answer(tmp_path, cols, rows):
    """The first screen of the overview in a real terminal: every 'question: answer' line fits
    and ends with the answer as given; the list says that more follow."""
    example = json.loads(EXAMPLE.read_text("utf-8"))
    pg = example["patientgroep"]
    expected = {
        example["regio"],
        "COPD/astma",
        pg["omschrijving"],
        "nee",
        "Longzorg (proeftuin populatiemanagement)",
        "Geen financiering",
        "ja",
        "deels",
        "onbekend",
    }
    child = spawn("-o", str(tmp_path / "v.json"), "--van", str(EXAMPLE), cols=cols, rows=rows)
    child.expect_exact("met ↓ ziet u er meer")  # the list is taller than the screen, and says so
    ready(child, "Controleer uw antwoorden")
    lines = [line.strip() for line in screen_text(child.before + child.after)]
    child.sendcontrol("c")
    finish(child)
    shown = [
        line.lstrip("» ")
        for line in lines
        if ": " in line and not line.startswith(("?", "Uw ", "Vragenlijst", "──"))
    ]
    assert len(shown) >= 4
    for line in shown:
        assert len(line) <= cols - 3, line
        assert line.rsplit(": ", 1)[1] in expected or line.rsplit(": ", 1)[1].startswith(
            "COPD-controles"
        ), line


def test_every_overview_line_keeps_its_answer_at_60_and_80_columns(tmp_path, monkeypatch):
    """Every question and every answer it can have, in the overview's line at both widths."""
    import io

    from substitutiecheck.evaluation import resolve_pack
    from substitutiecheck.pack import t
    from substitutiecheck.questionnaire import laad_vragenlijst
    from substitutiecheck.questionnaire.storage import Opslag
    from substitutiecheck.questionnaire.ui import VragenlijstUI

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    vl = laad_vragenlijst(resolve_pack(None))
    for cols in (60, 80):
        monkeypatch.setenv("COLUMNS", str(cols))
        ui = VragenlijstUI(vl, Opslag(tmp_path / "v.json"), out=Terminal())
        assert ui.kolommen == cols
        for q in vl.vragen:
            for k in q.keuzes:
                answer = t(k.naam, "nl")
                lines = ui.regel(t(q.label, "nl"), answer).split("\n")
                assert " ".join(" ".join(lines).split()).endswith(f": {answer}"), (
                    lines
                )  # wrapped, never cut
                assert all(len(line) <= cols - 4 for line in lines), lines


# -- a '✓' in a choice list says what it marks -----------------------------------------------------

PAST_BIJ = {
    None: "✓ = past volgens substitutiecheck bij uw patiëntengroep",
    "en": "✓ = fits your patient group, by substitutiecheck's suggestion",
}


@pytest.mark.parametrize("cols,lang", [(80, None), (80, "en"), (140, None)])
def test_a_check_mark_in_the_list_comes_with_its_legend(tmp_path, cols, lang):
    """Where a fitting choice's '(past ... bij uw patiëntengroep)' does not fit on its line it is
    a '✓'; the lines above the question then say what the '✓' means. Where every mark fits in
    words there is no '✓' and no legend."""
    out = tmp_path / "v.json"
    unfinished(out, json.loads(EXAMPLE.read_text("utf-8")), "financiering")  # COPD: S2 fits
    child = spawn("-o", str(out), cols=cols, rows=24, lang=lang)
    ready(child, "Stoppen" if lang is None else "Stop")
    child.send(ENTER)
    child.expect_exact("Hoe wordt de zorg" if lang is None else "How is the care")
    kop = child.before
    child.expect_exact(DRAWN)  # the list below the question
    lines = [line.rstrip() for line in screen_text(kop + "\n" + child.before)]
    child.sendcontrol("c")
    assert finish(child) == 130
    vraag = max(i for i, line in enumerate(lines) if re.match(r"(Vraag|Question) \d+ ", line))
    boven = lines[vraag : vraag + 3]
    if cols == 80:
        assert any(line.endswith("  ✓") for line in lines), lines  # 'Segment 2: ...  ✓'
        assert PAST_BIJ[lang] in boven, boven
    else:
        assert not any("✓" in line for line in lines), lines
        assert not any(line.startswith("✓ =") for line in boven), boven


# -- defect 6: help is readable at 80×24 and 60×15: most useful first, a screen at a time -------------


@pytest.mark.parametrize("cols,rows", [(80, 24), (60, 15)])
def test_help_fits_or_pages_and_starts_with_why_and_how(tmp_path, cols, rows):
    out = tmp_path / "v.json"
    example = json.loads(EXAMPLE.read_text("utf-8"))
    unfinished(out, example, "randvoorwaarden.aanvullen")
    child = spawn("-o", str(out), cols=cols, rows=rows)
    ready(child, "Stoppen")
    child.send(ENTER)
    ready(child, "zonder dubbel werk?" if cols == 80 else "dubbel werk?")
    child.send(UP + "?")  # 'ja' -> help
    child.expect_exact("Waarom het telt")
    child.expect_exact("Hoe u eraan voldoet")
    child.expect_exact("Substitutie werkt als eerste en tweede lijn")  # the background after them
    pages = 0
    while (
        child.expect_exact(
            ["(een toets: verder lezen)", "(een toets: terug naar de vraag)", "Vraag 15 van"]
        )
        < 2
    ):
        pages += 1
        child.expect_exact(DRAWN)
        child.send("x")
    assert pages >= (2 if rows == 15 else 0)
    child.expect_exact(DRAWN)
    child.send(ENTER)  # the highlighted 'ja' is kept
    ready(child, "Vraag 16")
    child.sendcontrol("c")
    assert finish(child) == 130
    assert json.loads(out.read_text("utf-8"))["randvoorwaarden"]["aanvullen"] == "ja"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_or_a_closed_window_at_a_prompt_saves_and_restores_the_terminal(tmp_path, signum):
    """SIGTERM at a prompt killed the process with the terminal left in raw mode (no echo) and
    the text being typed gone (an audit): now it leaves the prompt as Ctrl-C does, saves the
    answers and the typed text, and ends the way that signal ends a process (as check does)."""
    import termios

    path = tmp_path / "v.json"
    child = spawn("-o", str(path))
    ready(child, "Titel")
    child.send("T" + ENTER)
    ready(child, "Regio")
    child.send("Half getypt")
    time.sleep(0.5)  # drawn (the line wraps at the prompt's width: not one string on screen)
    child.kill(signum)
    child.expect(pexpect.EOF)
    lflag = termios.tcgetattr(child.child_fd)[3]
    child.close()
    assert child.signalstatus == signum
    assert lflag & termios.ECHO and lflag & termios.ICANON  # the terminal is normal again
    assert json.loads(path.read_text("utf-8")) == {"titel": "T"}
    voortgang = json.loads(path.with_name(".v.json.voortgang").read_text("utf-8"))
    assert voortgang["concepten"] == {"regio": "Half getypt"}


def test_ctrl_z_suspends_instead_of_typing_an_invisible_character(tmp_path):
    """Ctrl-Z in a text question put '\\x1a' into the answer (an audit): it suspends, as in a
    shell; on 'fg' (SIGCONT) the question is there again."""
    path = tmp_path / "v.json"
    child = spawn("-o", str(path))
    ready(child, "Titel")
    child.send("ab\x1a")
    time.sleep(0.5)
    child.kill(signal.SIGCONT)
    child.send("c" + ENTER)
    ready(child, "Regio")
    child.sendcontrol("c")
    finish(child)
    assert json.loads(path.read_text("utf-8")) == {"titel": "abc"}


def test_closing_the_window_keeps_the_answers_and_mostly_the_text_being_typed(tmp_path):
    """Closing the terminal window (tmux kill-session: SIGHUP and the terminal gone) lost the
    text being typed in 10 of 12 tries (an adversarial terminal test): prompt_toolkit's redraw
    failed with EIO, which replaced the signal, and the stop did not save. As in a terminal
    window, a shell is the session's leader and the questionnaire its child. Every try keeps
    the confirmed answers without an error of ours; the text being typed is kept in most tries
    but not all on a busy machine (a full-suite run lost it in 1 of 8: the EIO can still come
    before the draft is taken from the prompt), so that part asks for at least one of six."""
    bewaard = 0
    for keer in range(6):
        bewaard += _sluit_venster(tmp_path / str(keer))
    assert bewaard >= 1, f"the text being typed was kept in {bewaard} of 6 tries"


def _sluit_venster(tmp_path: Path) -> bool:
    import shlex

    tmp_path.mkdir()
    path = tmp_path / "v.json"
    env = dict(os.environ, TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
    env.pop("SUBSTITUTIECHECK_LANG", None)
    opdracht = shlex.join(
        [sys.executable, "-m", "substitutiecheck", "vragenlijst", "-o", str(path)]
    )
    child = pexpect.spawn(
        "/bin/sh",
        ["-c", f"{opdracht} 2>{shlex.quote(str(tmp_path / 'err'))}; echo $? >/dev/null"],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(24, 80),
    )
    ready(child, "Titel")
    child.send("T" + ENTER)
    ready(child, "Regio")
    child.send("Half getypt")
    time.sleep(0.5)  # drawn
    child.ptyproc.fileobj.close()  # as tmux kill-session: the terminal gone (SIGHUP, then EIO
    os.killpg(child.pid, signal.SIGHUP)  # for every write), and SIGHUP to the group again
    deadline = time.monotonic() + TIMEOUT
    voortgang = path.with_name(".v.json.voortgang")
    while time.monotonic() < deadline and "Half" not in _lees(voortgang):
        time.sleep(0.05)
    time.sleep(0.5)  # the process has ended (or would have written more)
    assert json.loads(path.read_text("utf-8")) == {"titel": "T"}
    err = (tmp_path / "err").read_text("utf-8")  # no error of ours (asyncio may still log its
    assert "fout:" not in err, err  # task's EIO at shutdown, to a terminal that is gone)
    return json.loads(voortgang.read_text("utf-8"))["concepten"] == {"regio": "Half getypt"}


def _lees(pad: Path) -> str:
    try:
        return pad.read_text("utf-8")
    except OSError:
        return ""


@pytest.mark.parametrize("cols,lang", [(80, None), (60, "en")])
def test_a_choices_explanation_wraps_instead_of_being_cut_off(tmp_path, cols, lang):
    """A helper's trial: the highlighted choice's 'Toelichting: …' was one line, cut off at the
    terminal's edge ('… Dat verandert het advies nie'); it wraps between words, each line within
    the width, and the whole text is on the screen."""
    from substitutiecheck import standaard_regelpakket

    out = tmp_path / "v.json"
    unfinished(out, json.loads(EXAMPLE.read_text("utf-8")), "financiering")
    route = next(f for f in standaard_regelpakket().financiering if f.id == "geen")
    verwacht = route.toelichting["en" if lang else "nl"]
    child = spawn("-o", str(out), cols=cols, rows=30, lang=lang)
    ready(child, "Stoppen" if lang is None else "Stop")
    child.send(ENTER)
    child.expect_exact("Hoe wordt de zorg" if lang is None else "How is the care")
    kop = child.before
    child.expect_exact(DRAWN)
    lines = [line.rstrip() for line in screen_text(kop + "\n" + child.before)]
    child.sendcontrol("c")
    assert finish(child) == 130
    label = "  Toelichting: " if lang is None else "  Explanation: "
    start = max(i for i, line in enumerate(lines) if line.startswith(label))
    deel = [lines[start]] + [x for x in lines[start + 1 :] if x.startswith(" " * len(label))]
    assert len(deel) > 1 and all(len(x) < cols for x in deel), deel
    assert " ".join(x.strip() for x in deel)[len(label.strip()) + 1 :] == " ".join(verwacht.split())
