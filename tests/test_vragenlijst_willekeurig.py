"""Seeded random key sequences against the questionnaire and its resume screen: arrows, Esc,
Alt+Enter, Ctrl-B/C/D, '?', '<', letters, digits and Enter, as a person leaning on the keyboard
would press them. Whatever the keys: never an internal error (exit 3), the saved file is always
valid JSON, and no saved answer is lost unless 'start over' was chosen and confirmed (then the
copy ``<name>.vorige`` holds them).

Two drivers: a real pseudo-terminal (pexpect; a process per sequence, so fewer sequences) and the
prompts in-process fed through a prompt_toolkit pipe (hundreds of sequences). Failures name the
seed; rerun one with ``SEED=<n>``, run more with ``N_PTY=<n> N_PIPE=<n>``."""

from __future__ import annotations

import io
import json
import os
import random
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

pexpect = pytest.importorskip("pexpect")

pytestmark = [pytest.mark.slow, pytest.mark.terminal]

KEYS = [  # (key, weight)
    ("\r", 14),
    ("\x1b[A", 8),
    ("\x1b[B", 10),
    ("\x1b[D", 4),
    ("\x1b[C", 2),
    ("\x1b", 3),
    ("\x1b\r", 3),
    ("\x02", 3),
    ("\x03", 0.4),
    ("\x04", 0.6),
    ("?", 3),
    ("<", 3),
    ("j", 2),
    ("d", 1),
    ("n", 2),
    ("o", 1),
    ("x", 1),
    ("a", 1),
    ("1", 1),
    ("3", 1),
    (" ", 1),
    ("Twente", 1),
]
FULL = json.loads((EXAMPLES / "copd-longzorg-nijkerk.json").read_text("utf-8"))
PARTIAL = {
    "titel": "Oud voorstel",
    "regio": "Twente",
    "patientgroep": {"categorie": "kno", "acuut_complex": "nee"},
}
STARTS = [  # (proposal, progress position or None for a finished file)
    (None, None),
    (PARTIAL, "patientgroep.zeldzaam"),
    (PARTIAL, "regio"),
    (FULL, "samenwerking"),
    (FULL, None),
]


def sequence(seed: int) -> tuple[int, list[str]]:
    rng = random.Random(seed)
    keys, weights = zip(*KEYS, strict=True)
    return rng.randrange(len(STARTS)), rng.choices(keys, weights, k=rng.randint(4, 24))


def prepare(folder: Path, start: int) -> Path:
    path = folder / "v.json"
    answers, positie = STARTS[start]
    if answers is not None:
        path.write_text(json.dumps(answers), "utf-8")
        if positie is not None:
            path.with_name(".v.json.voortgang").write_text(
                json.dumps({"formaat": 1, "positie": positie}), "utf-8"
            )
    return path


def velden(data: dict) -> set[str]:
    out = set()
    for k, v in data.items():
        if isinstance(v, dict):
            out |= {f"{k}.{sub}" for sub in v} | {k}
        else:
            out.add(k)
    return out


def check_nothing_lost(path: Path, start: int, where: str) -> None:
    before = STARTS[start][0]
    if path.exists():
        saved = json.loads(path.read_text("utf-8"))  # always valid JSON
        assert isinstance(saved, dict), where
    else:
        saved = {}
    sidecar = path.with_name(f".{path.name}.voortgang")
    kept: set[str] = set()
    if sidecar.exists():
        meta = json.loads(sidecar.read_text("utf-8"))
        kept = set(meta.get("leeg_beantwoord", {})) | set(meta.get("verborgen", {}))
    if before is None:
        return
    copy = path.with_name(f"{path.name}.vorige")
    if copy.exists():  # 'start over' chosen and confirmed: the copy holds every answer
        assert json.loads(copy.read_text("utf-8")) == before, where
        return
    lost = velden(before) - velden(saved) - kept
    if not sidecar.exists():  # finished: what the last answers leave out of the proposal is gone
        # with them: Kaats & Opheij switched off, a text emptied (← then Ctrl-D deletes)
        lost = {f for f in lost if f.split(".")[0] != "samenwerking"}
        lost -= {"titel", "regio", "patientgroep.omschrijving"}
    elif "samenwerking" in kept:  # switched off: its answers wait in the progress file
        lost.discard("samenwerking")
    assert not lost, f"{where}: answers lost: {sorted(lost)}"


# -- in a real terminal ------------------------------------------------------------------------

N_PTY = int(os.environ.get("N_PTY", "50"))


def run_pty(seed: int, folder: Path) -> None:
    start, keys = sequence(seed)
    path = prepare(folder, start)
    env = dict(os.environ, TERM="xterm", COLUMNS="80", LINES="24", PROMPT_TOOLKIT_NO_CPR="1")
    env.pop("SUBSTITUTIECHECK_LANG", None)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "substitutiecheck", "vragenlijst", "-o", str(path)],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=20,
        dimensions=(24, 80),
    )
    child.delaybeforesend = None
    child.expect_exact("\x1b[?7h")  # the first prompt is drawn and reads keys (earlier, a Ctrl-C
    child.send("".join(keys))  # would stop Python itself while it starts)
    child.send("\x03\x03")  # then stop (what still reads keys)
    child.expect(pexpect.EOF)
    child.close()
    where = f"SEED={seed} keys={keys!r}"
    assert child.signalstatus is None and child.exitstatus in (0, 130), (
        f"{where}: exit {child.exitstatus}\n{child.before[-2000:]}"
    )
    assert "interne fout" not in child.before, where
    check_nothing_lost(path, start, where)


def test_random_keys_in_a_real_terminal(tmp_path):
    seeds = [int(os.environ["SEED"])] if "SEED" in os.environ else range(N_PTY)
    folders = []
    for seed in seeds:
        folder = tmp_path / str(seed)
        folder.mkdir()
        folders.append((seed, folder))
    with ThreadPoolExecutor(max_workers=3) as pool:
        for f in [pool.submit(run_pty, seed, folder) for seed, folder in folders]:
            f.result()


# -- in-process, many more ---------------------------------------------------------------------

N_PIPE = int(os.environ.get("N_PIPE", "100"))


def test_random_keys_in_process(tmp_path, pack):
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from substitutiecheck.questionnaire import laad_vragenlijst
    from substitutiecheck.questionnaire.storage import Opslag
    from substitutiecheck.questionnaire.ui import VragenlijstUI

    vl = laad_vragenlijst(pack)
    seeds = [int(os.environ["SEED"])] if "SEED" in os.environ else range(1000, 1000 + N_PIPE)
    for seed in seeds:
        start, keys = sequence(seed)
        folder = tmp_path / str(seed)
        folder.mkdir()
        path = prepare(folder, start)
        if os.environ.get("TOON"):
            print(seed, flush=True)
        with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
            sent: list[int] = []

            # everything at the first prompt, then Ctrl-C (again at every next one); this
            # iteration's keys and list bound as defaults (the UI calls it during the iteration)
            def feed(sent: list[int] = sent, keys: list[str] = keys) -> None:
                pipe.send_text("\x03" if sent else "".join(keys) + "\x03")
                sent.append(1)

            ui = VragenlijstUI(
                vl, Opslag(path), out=io.StringIO(), err=io.StringIO(), voor_prompt=feed
            )
            code = ui.run()  # any exception here is a bug
        where = f"SEED={seed} keys={keys!r}"
        assert code in (0, 130), where
        check_nothing_lost(path, start, where)
