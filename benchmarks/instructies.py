"""Row a of issue 18 counted in instructions instead of seconds: deterministic, so a change of a
few percent can be seen on a shared, noisy machine (where wall-clock ratios of the same two
programs scatter by +-20 % from run to run).

Runs ``check BATCH --format jsonl --jobs 1`` and the floor (``vloer.py``) under valgrind's
cachegrind (``--cache-sim=no``: instruction counting only) on the first 1,000 and the first 3,000
proposals of the benchmark batch (seed 2013), and prints the instructions per proposal of each
(the difference of the two runs over 2,000: start-up and pack loading cancel out) and their ratio.
With ``--cache`` it also simulates the caches and branch predictor (first-level misses and
mispredicts per proposal; ~3x slower).

    .venv/bin/python benchmarks/instructies.py [--tegen DIR] [--cache]

``--tegen DIR``: the same for another source tree (``git archive REV | tar -x -C DIR``), so a
change is counted against its parent. Needs ``valgrind`` (not a dependency of the project: the
script says so and stops when it is missing). A run takes ~30 s per tree.

Instructions are not time: on 2026-12-03 the instruction ratio of row a was 4.15x while the
wall-clock ratio on the same machine that hour was 4.9-6.6x (the floor is a few kilobytes of
Python in one loop; ``check`` runs through the interpreter, the json module and durable_rules'
C code, whose larger footprint costs more cycles per instruction). Use this script to see
whether a change does less work; use ``run.py`` for the figure the issue sets.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from genereer import schrijf_jsonl  # noqa: E402
from vloer import exporteer  # noqa: E402

KLEIN, GROOT = 1_000, 3_000
_TELLERS = {
    "I   refs": "instructies",
    "D1  misses": "D1-missers",
    "I1  misses": "I1-missers",
    "Mispredicts": "misvoorspeld",
}


def tel(cmd: list[str], cwd: Path, env: dict[str, str], cache: bool) -> dict[str, int]:
    """cachegrind's totals of one run of ``cmd``."""
    sim = ["--cache-sim=yes", "--branch-sim=yes"] if cache else ["--cache-sim=no"]
    full = ["valgrind", "--tool=cachegrind", *sim, "--cachegrind-out-file=/dev/null", *cmd]
    proc = subprocess.run(
        full, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} faalde ({proc.returncode}): {proc.stderr[-800:]}")
    out: dict[str, int] = {}
    for label, name in _TELLERS.items():
        m = re.search(rf"{re.escape(label)}:\s+([\d,]+)", proc.stderr)
        if m:
            out[name] = int(m.group(1).replace(",", ""))
    return out


def per_voorstel(cmd_voor: list[str], cmd_na: list[str], n: int, **kw: object) -> dict[str, float]:
    """Per proposal: the counts of ``cmd_na`` less those of ``cmd_voor`` (``n`` more proposals)."""
    klein = tel(cmd_voor, **kw)  # type: ignore[arg-type]
    groot = tel(cmd_na, **kw)  # type: ignore[arg-type]
    return {k: (groot[k] - klein[k]) / n for k in klein}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tegen", type=Path, default=None, help="a second source tree")
    ap.add_argument("--cache", action="store_true", help="also cache misses and mispredicts")
    ap.add_argument("--json", action="store_true", help="the figures as one JSON object, last")
    ap.add_argument("--klein", type=int, default=KLEIN, help="proposals of the first run")
    ap.add_argument("--groot", type=int, default=GROOT, help="proposals of the second run")
    args = ap.parse_args(argv)
    klein_n, groot_n = args.klein, args.groot
    if not 0 < klein_n < groot_n:
        ap.error("--klein moet kleiner zijn dan --groot (en groter dan 0)")
    if shutil.which("valgrind") is None:
        print("valgrind ontbreekt: installeer het (apt install valgrind) om te tellen.")
        return 2
    from substitutiecheck.pack import standaard_regelpakket

    pack = standaard_regelpakket()
    trees = {"dit": ROOT} | ({"tegen": args.tegen.resolve()} if args.tegen else {})
    res: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        batch = {n: schrijf_jsonl(tmp / f"b{n}.jsonl", pack, n) for n in (klein_n, groot_n)}
        export = tmp / "export.json"
        export.write_text(json.dumps(exporteer(pack)), "utf-8")
        vloer = [sys.executable, str(HERE / "vloer.py"), str(export)]
        kw = {"cwd": ROOT, "env": dict(os.environ), "cache": args.cache}
        res["vloer"] = per_voorstel(
            [*vloer, str(batch[klein_n]), str(tmp / "v.jsonl")],
            [*vloer, str(batch[groot_n]), str(tmp / "v.jsonl")],
            groot_n - klein_n,
            **kw,
        )
        for name, tree in trees.items():
            check = [sys.executable, "-m", "substitutiecheck", "check"]
            opties = ["--format", "jsonl", "--jobs", "1"]
            res[name] = per_voorstel(
                [*check, str(batch[klein_n]), *opties],
                [*check, str(batch[groot_n]), *opties],
                groot_n - klein_n,
                cwd=tree,
                env=dict(os.environ, PYTHONPATH=str(tree)),
                cache=args.cache,
            )
    print(f"per voorstel (verschil van {groot_n:,} en {klein_n:,} voorstellen, --jobs 1, jsonl):")
    for name, figures in res.items():
        cols = "  ".join(f"{k} {v:>11,.0f}" for k, v in figures.items())
        ratio = (
            ""
            if name == "vloer"
            else f"  = {figures['instructies'] / res['vloer']['instructies']:.2f}x de vloer"
        )
        print(f"  {name:6} {cols}{ratio}")
    if "tegen" in res:
        d, t = res["dit"]["instructies"], res["tegen"]["instructies"]
        print(f"  dit / tegen: {d / t:.3f} ({(d - t) / t:+.1%})")
    if args.json:
        print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
