"""Questionnaire responsiveness in a real pseudo-terminal (pexpect), as a person feels it:
``.venv/bin/python benchmarks/vragenlijst.py [--runs N]``.

1. First prompt: from starting ``substitutiecheck vragenlijst`` to the first question drawn and
   reading keys (prompt_toolkit has switched line wrapping back on after drawing).
2. Answer to next question: from sending Enter on a choice question to the next question drawn
   (the answer is saved in between); medians over the questions 5..20 of a run.

Prints medians over ``--runs`` runs (default 5). Wall-clock on a shared machine: compare numbers
taken under the same load (the load average is printed)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parent.parent
DRAWN = "\x1b[?7h"


def one_run(folder: Path) -> tuple[float, list[float]]:
    out = folder / "v.json"
    out.unlink(missing_ok=True)
    out.with_name(".v.json.voortgang").unlink(missing_ok=True)
    env = dict(os.environ, TERM="xterm", COLUMNS="80", LINES="24", PROMPT_TOOLKIT_NO_CPR="1")
    env.pop("SUBSTITUTIECHECK_LANG", None)
    t0 = time.perf_counter()
    child = pexpect.spawn(
        sys.executable,
        ["-m", "substitutiecheck", "vragenlijst", "-o", str(out)],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(24, 80),
    )
    child.delaybeforesend = None
    child.expect_exact("Titel van het voorstel")
    child.expect_exact(DRAWN)
    first = time.perf_counter() - t0
    child.send("Benchmark\r")
    for text in ("Regio", "Vraag 3 van", "Vraag 4 van"):  # region, category, description
        child.expect_exact(text)
        child.expect_exact(DRAWN)
        child.send("\r")
    steps = []
    child.expect_exact("Vraag 5 van")
    child.expect_exact(DRAWN)
    for n in range(5, 21):  # choice questions: Enter keeps the highlighted answer
        t = time.perf_counter()
        child.send("\r")
        child.expect_exact(f"Vraag {n + 1} van")
        child.expect_exact(DRAWN)
        steps.append(time.perf_counter() - t)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    return first, steps


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    firsts, steps = [], []
    with tempfile.TemporaryDirectory() as tmp:
        one_run(Path(tmp))  # warm-up (schema cache, file cache)
        for _ in range(args.runs):
            first, s = one_run(Path(tmp))
            firsts.append(first)
            steps.append(statistics.median(s))
    print(f"load average {os.getloadavg()[0]:.2f}")
    print(
        f"first prompt:             {statistics.median(firsts) * 1000:.0f} ms (median of {args.runs})"
    )
    print(
        f"answer -> next question:  {statistics.median(steps) * 1000:.0f} ms (median of {args.runs} runs x 16)"
    )


if __name__ == "__main__":
    main()
