"""The benchmark of substitutiecheck: ``make benchmark`` (or ``.venv/bin/python benchmarks/run.py``).

Prints three figures, each a median over several runs (wall-clock time; on a shared machine the
numbers are noisy, so compare medians taken under the same load):

1. End-to-end proposals per second: ``substitutiecheck check batch.jsonl --format jsonl`` on a
   deterministic batch of 20,000 proposals (benchmarks/genereer.py, seed 2013), with ``--jobs 1``
   and ``--jobs 2``; whole processes, start-up included. Target: >= 3,000/s per core.
2. Engine cost per proposal: ``RuleEngine.fire`` (durable_rules) against a plain-Python
   evaluation of the same pack's rules (compiled here from ``pack.regels`` conditions), on the
   same facts; both must fire the same rules. Target: engine within 10x of plain Python.
3. Start-up: whole-process time of ``check`` on one proposal file against ``python -c pass``.
   Target: within 10x.

Options: ``--runs N`` (default 5; start-up uses 4N), ``--n`` (batch size), ``--json`` (also print
one JSON line with every number).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from genereer import schrijf_jsonl, voorstellen  # noqa: E402

ONE_FILE = ROOT / "examples" / "voorstellen" / "meekijkconsult-dermatologie-rotterdam.json"


def wall(cmd: list[str], **kw: Any) -> float:
    t = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, **kw)
    elapsed = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        raise SystemExit(
            f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}"
        )
    return elapsed


# -- 1. end to end ----------------------------------------------------------------------------------


def end_to_end(batch: Path, n: int, jobs: int, runs: int) -> dict[str, float]:
    cmd = [
        sys.executable,
        "-m",
        "substitutiecheck",
        "check",
        str(batch),
        "--format",
        "jsonl",
        "--jobs",
        str(jobs),
    ]
    times = [wall(cmd) for _ in range(runs)]
    med = statistics.median(times)
    return {
        "jobs": jobs,
        "seconden": med,
        "per_seconde": n / med,
        "per_seconde_per_core": n / med / jobs,
    }


# -- 2. engine against plain Python -----------------------------------------------------------------


Fact = Mapping[str, str]


def plain(cond: Any) -> Callable[[Fact], bool]:
    """The pack's condition language as a Python closure over the same flat fact (a condition
    tree, substitutiecheck.conditions, or its JSON form)."""
    from substitutiecheck.conditions import Alle, Bezoeker, Blad, EenVan, Niet, lees
    from substitutiecheck.engine import fact_key

    class Closure(Bezoeker[Callable[[Fact], bool]]):
        def blad(self, k: Blad) -> Callable[[Fact], bool]:
            key, vs, positief = fact_key(k.veld), frozenset(k.waarden), k.positief
            return lambda f: (f[key] in vs) == positief

        def alle(self, k: Alle) -> Callable[[Fact], bool]:
            parts = [self.bezoek(c) for c in k.delen]
            return lambda f: all(p(f) for p in parts)

        def een_van(self, k: EenVan) -> Callable[[Fact], bool]:
            parts = [self.bezoek(c) for c in k.delen]
            return lambda f: any(p(f) for p in parts)

        def niet(self, k: Niet) -> Callable[[Fact], bool]:
            inner = self.bezoek(k.deel)
            return lambda f: not inner(f)

    return Closure().bezoek(lees(cond))


def engine_vs_plain(n: int, runs: int) -> dict[str, float]:
    from substitutiecheck.evaluation import _engine_for, feit
    from substitutiecheck.model import lees_voorstel
    from substitutiecheck.pack import standaard_regelpakket

    pack = standaard_regelpakket()
    facts = [feit(lees_voorstel(v, pack), pack) for v in voorstellen(pack, n, seed=99)]
    eng, _ = _engine_for(pack)
    rules = [(key, plain(cond)) for regel in pack.regels for key, cond, _ in regel.variants()]

    def plain_fire(fact: Mapping[str, str]) -> list[str]:
        return [key for key, test in rules if test(fact)]

    for fact in facts[:2000]:  # same rules fire both ways
        assert eng.fire(fact) == plain_fire(fact), fact
    fired = sum(len(plain_fire(f)) for f in facts) / len(facts)

    def per_fact(fn) -> float:
        t = time.perf_counter()
        for fact in facts:
            fn(fact)
        return (time.perf_counter() - t) / len(facts) * 1e6

    e = statistics.median(per_fact(eng.fire) for _ in range(runs))
    p = statistics.median(per_fact(plain_fire) for _ in range(runs))
    return {
        "regels": len(rules),
        "gem_afgegaan": fired,
        "engine_us": e,
        "plain_us": p,
        "ratio": e / p,
    }


# -- 3. start-up ------------------------------------------------------------------------------------


def bytecode() -> None:
    """Start as an installed package does: pip byte-compiles a wheel when it installs it. An
    editable checkout has bytecode only once Python could write it, and PYTHONDONTWRITEBYTECODE
    (set on some machines, this one among them) stops that: then every start compiles our ~25
    modules again (~30 ms). So compile them, as pip would (a no-op when they are up to date)."""
    import compileall

    compileall.compile_dir(str(ROOT / "substitutiecheck"), quiet=1)


def startup(runs: int) -> dict[str, float]:
    bytecode()
    check = [sys.executable, "-m", "substitutiecheck", "check", str(ONE_FILE)]
    bare = [sys.executable, "-c", "pass"]
    wall(check)  # warm the OS file cache and the schema cache
    c, b = [], []
    for _ in range(runs):  # interleaved, so load changes hit both alike
        c.append(wall(check))
        b.append(wall(bare))
    mc, mb = statistics.median(c), statistics.median(b)
    return {"check_ms": mc * 1e3, "python_ms": mb * 1e3, "ratio": mc / mb}


def long_title(mb_sizes: tuple[int, ...] = (10, 20)) -> dict[str, float]:
    """Text report of a proposal whose title is one word of N MB (issue 13: wrapping was
    quadratic, 21 s for 10 MB): the time grows linearly with the size."""
    import dataclasses
    import io

    from substitutiecheck.evaluation import evalueer
    from substitutiecheck.pack import standaard_regelpakket
    from substitutiecheck.reporters.text import TextReporter

    r = evalueer(json.loads(ONE_FILE.read_text("utf-8")), standaard_regelpakket())
    out = {}
    for mb in mb_sizes:
        big = dataclasses.replace(r, titel="x" * (mb * 2**20))
        start = time.perf_counter()
        TextReporter(out=io.StringIO()).rapport(big)
        out[f"{mb}MB_s"] = time.perf_counter() - start
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="substitutiecheck benchmark")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from substitutiecheck.pack import standaard_regelpakket

    print(
        f"substitutiecheck benchmark: {os.cpu_count()} cores, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}; medians of {args.runs} runs"
    )
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        batch = schrijf_jsonl(Path(tmp) / "batch.jsonl", standaard_regelpakket(), args.n)
        print(f"\n1. end to end, {args.n:,} proposals as JSON Lines (check --format jsonl)")
        for jobs in (1, 2):
            r = end_to_end(batch, args.n, jobs, args.runs)
            results[f"jobs{jobs}"] = r
            print(
                f"   --jobs {jobs}: {r['seconden']:6.2f} s  {r['per_seconde']:8,.0f} proposals/s  "
                f"({r['per_seconde_per_core']:,.0f}/s per core; target >= 3,000)"
            )

    r = engine_vs_plain(min(args.n, 5000), args.runs)
    results["engine"] = r
    print(
        f"\n2. engine per proposal ({r['regels']} rules, on average {r['gem_afgegaan']:.1f} fire)"
    )
    print(
        f"   durable_rules {r['engine_us']:7.1f} us   plain Python {r['plain_us']:6.1f} us   "
        f"ratio {r['ratio']:.1f}x (target <= 10x)"
    )

    r = startup(args.runs * 4)
    results["startup"] = r
    print("\n3. one file, whole process")
    print(
        f"   check {r['check_ms']:6.1f} ms   python -c pass {r['python_ms']:5.1f} ms   "
        f"ratio {r['ratio']:.1f}x (target <= 10x)"
    )
    r = long_title()
    results["lange_titel"] = r
    print("\n4. text report of a title that is one word of 10 / 20 MB (wrapping must be linear)")
    print("   " + "   ".join(f"{k.replace('_s', '')}: {v:5.2f} s" for k, v in r.items()))
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
