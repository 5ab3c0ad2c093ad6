"""What the rule engine costs per proposal, and what evaluating one costs (issue 18, lever 1).

    .venv/bin/python benchmarks/motor.py            # 4,096 proposals, 7 rounds
    .venv/bin/python benchmarks/motor.py --json     # also one JSON line with every number

On the same generated proposals (benchmarks/genereer.py), in µs of this process's CPU time per
proposal (``time.process_time``: on a shared machine wall-clock time mostly measures the others),
each the median of ``--runs`` rounds; the rounds interleave the measurements, so a change in the
machine's load hits all of them alike (the load average is printed; compare ratios from one run,
not across runs):

* ``plain``: the pack's rules as plain-Python closures on the flat fact (``plain`` of
  benchmarks/run.py), the reference;
* ``fire``: ``RuleEngine.fire``, one proposal at a time (sessions of SESSION_FACTS facts);
* ``fire/sessie=N``: the same with sessions of N facts (1: a fresh session per fact, as before
  issue 18);
* ``fire_many/N``: ``RuleEngine.fire_many`` on chunks of N facts (one call, one lock);
* ``evaluate``: the library's ``evaluate()`` per proposal (validation, engine, findings, verdict,
  notes, the report), and ``evaluate_many``, with and without notes.

Every way must fire the same rules as ``plain`` on every fact (checked before timing).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from genereer import voorstellen  # noqa: E402
from run import plain  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=4096)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from substitutiecheck import engine, evaluate, evaluate_many
    from substitutiecheck.evaluation import _engine_for, feit
    from substitutiecheck.model import lees_voorstel
    from substitutiecheck.pack import standaard_regelpakket

    pack = standaard_regelpakket()
    pool = list(voorstellen(pack, args.n, seed=99))
    facts = [feit(lees_voorstel(v, pack), pack) for v in pool]
    eng, _ = _engine_for(pack)
    rules = [(key, plain(cond)) for regel in pack.regels for key, cond, _ in regel.variants()]

    def plain_fire(fact: Mapping[str, str]) -> list[str]:
        return [key for key, test in rules if test(fact)]

    expected = [plain_fire(f) for f in facts]
    assert [eng.fire(f) for f in facts] == expected
    chunks = (64, 256, 1024)
    for size in chunks:
        got = [k for s in range(0, len(facts), size) for k in eng.fire_many(facts[s : s + size])]
        assert got == expected, size
    for a, b in zip(evaluate_many(pool, regels=pack), pool, strict=True):
        assert a == evaluate(b, regels=pack)

    def fire_many(size: int) -> Callable[[], object]:
        return lambda: [eng.fire_many(facts[s : s + size]) for s in range(0, len(facts), size)]

    def sessions_of(size: int) -> Callable[[], object]:
        def run() -> object:
            eng.end_session()
            default, engine.SESSION_FACTS = engine.SESSION_FACTS, size
            try:
                return [eng.fire(f) for f in facts]
            finally:
                eng.end_session()
                engine.SESSION_FACTS = default

        return run

    ways: dict[str, Callable[[], object]] = {
        "plain": lambda: [plain_fire(f) for f in facts],
        "fire": lambda: [eng.fire(f) for f in facts],
        **{f"fire/sessie={size}": sessions_of(size) for size in (1, 16, 64, 1024)},
        **{f"fire_many/{size}": fire_many(size) for size in chunks},
        "evaluate": lambda: [evaluate(v, regels=pack) for v in pool],
        "evaluate_many": lambda: list(evaluate_many(pool, regels=pack)),
        "evaluate_zonder_toelichting": lambda: [
            evaluate(v, regels=pack, toelichting=False) for v in pool
        ],
        "evaluate_many_zonder_toelichting": lambda: list(
            evaluate_many(pool, regels=pack, toelichting=False)
        ),
    }
    times: dict[str, list[float]] = {name: [] for name in ways}
    load_before = os.getloadavg()
    for _ in range(args.runs):
        for name, fn in ways.items():
            t = time.process_time()
            fn()
            times[name].append((time.process_time() - t) / len(facts) * 1e6)
    load_after = os.getloadavg()
    med = {name: statistics.median(v) for name, v in times.items()}
    p = med["plain"]
    fired = sum(len(e) for e in expected) / len(expected)
    print(
        f"engine per proposal: {len(facts):,} proposals, {len(rules)} rules, on average "
        f"{fired:.1f} fire; medians of {args.runs} interleaved rounds; {os.cpu_count()} cores, "
        f"load average {load_before[0]:.2f} -> {load_after[0]:.2f}"
    )
    for name, us in med.items():
        print(f"   {name:34} {us:8.2f} us   {us / p:6.1f}x plain")
    if args.json:
        out: dict[str, Any] = {f"{k}_us": round(v, 2) for k, v in med.items()}
        out["load"] = [round(load_before[0], 2), round(load_after[0], 2)]
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
