"""``check --jobs 1`` against ``--jobs 2`` on one batch (issue 18, lever 4): wall time and CPU per
proposal (user + system of the whole process tree: ``resource.getrusage(RUSAGE_CHILDREN)`` of
this script, which runs nothing else), interleaved runs, medians, with the load average before
each run. On a shared machine the wall ratio says little; CPU per proposal is what lever 4 is
about (the work a second process adds), and it is measured the same under load.

    .venv/bin/python benchmarks/jobs.py [--n 20000] [--runs 5] [--format jsonl] [--tegen DIR]

``--tegen DIR``: the same runs, interleaved, with another source tree (``git archive REV | tar -x
-C DIR``) on PYTHONPATH, so before and after are measured under the same load.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from genereer import schrijf_jsonl  # noqa: E402


def run(tree: Path, batch: Path, jobs: int, fmt: str) -> dict[str, float]:
    cmd = [sys.executable, "-m", "substitutiecheck", "check", str(batch), "--format", fmt]
    cmd += ["--jobs", str(jobs)]
    env = dict(os.environ, PYTHONPATH=str(tree))
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tree, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-500:]!r}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "load": load}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--format", default="jsonl")
    ap.add_argument("--tegen", type=Path, default=None)
    ap.add_argument("--boom", type=Path, default=ROOT, help="the tree to measure (default: this)")
    args = ap.parse_args(argv)
    from substitutiecheck.pack import standaard_regelpakket

    trees = {"dit": args.boom.resolve()} | ({"tegen": args.tegen.resolve()} if args.tegen else {})
    res: dict[tuple[str, int], list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        batch = schrijf_jsonl(Path(tmp) / "batch.jsonl", standaard_regelpakket(), args.n)
        for tree in trees.values():
            run(tree, batch, 1, args.format)  # warm-up: OS file cache, schema cache
        for i in range(args.runs):
            order = list(trees.items())
            if i % 2:
                order.reverse()
            for name, tree in order:
                for jobs in (1, 2) if i % 2 == 0 else (2, 1):
                    res.setdefault((name, jobs), []).append(run(tree, batch, jobs, args.format))
    print(f"{args.n:,} proposals, --format {args.format}, medians of {args.runs} interleaved runs")
    out: dict[str, Any] = {}
    for name in trees:
        for jobs in (1, 2):
            rs = res[(name, jobs)]
            wall = statistics.median(r["wall"] for r in rs)
            cpu = statistics.median(r["cpu"] for r in rs) / args.n * 1e6
            loads = [r["load"] for r in rs]
            out[f"{name}{jobs}"] = (wall, cpu)
            print(
                f"  {name:5} --jobs {jobs}: wall {wall:6.2f} s  CPU {cpu:6.1f} us/proposal  "
                f"load {min(loads):.1f}-{max(loads):.1f}"
            )
        w1, c1 = out[f"{name}1"]
        w2, c2 = out[f"{name}2"]
        print(f"  {name:5} jobs 2 vs 1: wall ratio {w1 / w2:.2f}x, CPU ratio {c2 / c1:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
