"""Questionnaire responsiveness in a real pseudo-terminal (pexpect), as a person feels it:
``.venv/bin/python benchmarks/vragenlijst.py [--runs N] [--tegen DIR]``.

1. First prompt: from starting ``substitutiecheck vragenlijst`` to the first question drawn and
   reading keys (prompt_toolkit has switched line wrapping back on after drawing).
2. Answer to next question: from sending Enter on a choice question to the next question drawn
   (the answer is saved in between); medians over the questions 5..20 of a run.

Prints medians over ``--runs`` runs (default 5). ``--tegen DIR`` runs the same benchmark, in the
same run and interleaved (alternating which goes first), against a second source tree (another
checkout, e.g. ``git worktree add /tmp/main main``, or ``git archive main | tar -x -C DIR``) with
the same Python, and prints both medians and their ratio. Each tree runs its own package: the
child starts in the tree's folder, which comes first on ``sys.path`` with ``python -m``. Both
trees are byte-compiled first, as an installed package is, and share a fresh schema cache (filled
by one warm-up run each). Wall-clock on a shared machine: compare numbers taken under the same
load (the load average is printed before and after)."""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parent.parent
DRAWN = "\x1b[?7h"


def one_run(root: Path, folder: Path) -> tuple[float, list[float]]:
    out = folder / "v.json"
    out.unlink(missing_ok=True)
    out.with_name(".v.json.voortgang").unlink(missing_ok=True)
    env = dict(
        os.environ,
        TERM="xterm",
        COLUMNS="80",
        LINES="24",
        PROMPT_TOOLKIT_NO_CPR="1",
        SUBSTITUTIECHECK_CACHE_DIR=str(folder / "cache"),
    )
    env.pop("SUBSTITUTIECHECK_LANG", None)
    env.pop("SUBSTITUTIECHECK_CACHE", None)
    env.pop("PYTHONPATH", None)
    t0 = time.perf_counter()
    child = pexpect.spawn(
        sys.executable,
        ["-m", "substitutiecheck", "vragenlijst", "-o", str(out)],
        cwd=str(root),
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


def _check_tree(root: Path) -> Path:
    root = root.resolve()
    if not (root / "substitutiecheck" / "__main__.py").is_file():
        sys.exit(f"{root}: geen substitutiecheck-broncode (substitutiecheck/__main__.py ontbreekt)")
    compileall.compile_dir(str(root / "substitutiecheck"), quiet=1)
    return root


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tegen", type=Path, help="a second source tree to compare against")
    args = ap.parse_args()
    trees = [_check_tree(ROOT)] + ([_check_tree(args.tegen)] if args.tegen else [])
    firsts: dict[Path, list[float]] = {r: [] for r in trees}
    steps: dict[Path, list[float]] = {r: [] for r in trees}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        for root in trees:
            one_run(root, Path(tmp))  # warm-up (schema cache, file cache)
        for i in range(args.runs):
            for root in trees if i % 2 == 0 else trees[::-1]:
                first, s = one_run(root, Path(tmp))
                firsts[root].append(first)
                steps[root].append(statistics.median(s))
    print(f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    med_first = {r: statistics.median(v) * 1000 for r, v in firsts.items()}
    med_step = {r: statistics.median(v) * 1000 for r, v in steps.items()}
    for root in trees:
        print(f"{root}:")
        print(
            f"  first prompt:             {med_first[root]:.0f} ms (median of {args.runs}; "
            f"{min(firsts[root]) * 1000:.0f}-{max(firsts[root]) * 1000:.0f})"
        )
        print(
            f"  answer -> next question:  {med_step[root]:.1f} ms (median of {args.runs} runs x 16; "
            f"run medians {min(steps[root]) * 1000:.1f}-{max(steps[root]) * 1000:.1f})"
        )
    if args.tegen:
        this, other = trees
        print(
            f"ratio (this / --tegen): first prompt {med_first[this] / med_first[other]:.2f}, "
            f"answer -> next question {med_step[this] / med_step[other]:.2f}"
        )


if __name__ == "__main__":
    main()
