"""Soak run: many evaluations in one process; resident memory and threads must not grow.

    .venv/bin/python benchmarks/soak.py              # 1,000,000 evaluations (several minutes)
    .venv/bin/python benchmarks/soak.py -n 20000     # what tests/test_schaal_engine.py runs
    .venv/bin/python benchmarks/soak.py --chunk 256  # the same through evaluate_many (batches)

Evaluates synthetic proposals (benchmarks/genereer.py, a pool of distinct proposals cycled)
through ``substitutiecheck.evaluation.evaluate``, the same path as ``check`` (with ``--chunk N``:
through ``evaluate_many`` in chunks of N, the path of a batch). After a warm-up
(every proposal of the pool in both languages, so that the per-pack caches, pydantic's
validators and the interpreter's free lists are filled) it reads the
resident set size from /proc/self/statm, and again at the end. Prints one JSON line with the
numbers; exit code 1 when RSS grew by more than --max-groei-mb or the thread count changed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1_000_000, help="number of evaluations")
    ap.add_argument(
        "--warmup", type=int, default=None, help="evaluations before the first RSS reading"
    )
    ap.add_argument("--pool", type=int, default=2000, help="distinct proposals, cycled")
    ap.add_argument("--max-groei-mb", type=float, default=20.0)
    ap.add_argument("--stil", action="store_true", help="no progress lines on stderr")
    ap.add_argument(
        "--chunk",
        type=int,
        default=0,
        help="evaluate through evaluate_many in chunks of N (all in Dutch)",
    )
    args = ap.parse_args(argv)

    from genereer import voorstellen

    from substitutiecheck.evaluation import evaluate, evaluate_many
    from substitutiecheck.pack import standaard_regelpakket

    pack = standaard_regelpakket()
    pool = list(voorstellen(pack, args.pool, seed=7))
    # every pool proposal in both languages once (English on every 7th): the per-pack caches
    # (findings, notes) are full before the first reading, so what grows after it is a leak
    warmup = args.warmup if args.warmup is not None else 7 * len(pool)
    counts = {"go": 0, "voorwaardelijk": 0, "no-go": 0}
    for i in range(warmup):
        evaluate(pool[i % len(pool)], pack)
    threads_before = threading.active_count()
    rss_before = rss_mb()
    peak = rss_before
    t0 = time.perf_counter()
    step = max(args.n // 20, 1)
    if args.chunk:
        results = evaluate_many(
            ((pool[i % len(pool)], None) for i in range(args.n)), pack, chunk=args.chunk
        )
    else:
        results = (
            evaluate(pool[i % len(pool)], pack, "en" if i % 7 == 0 else "nl") for i in range(args.n)
        )
    for i, r in enumerate(results):
        assert not isinstance(r, Exception), r
        counts[r.advies] += 1
        if i % step == step - 1:
            now = rss_mb()
            peak = max(peak, now)
            if not args.stil:
                print(
                    f"{i + 1:>9} evaluaties  RSS {now:7.1f} MB  (+{now - rss_before:.2f})",
                    file=sys.stderr,
                    flush=True,
                )
    elapsed = time.perf_counter() - t0
    rss_after = rss_mb()
    result = {
        "evaluaties": args.n,
        "chunk": args.chunk or None,
        "warmup": warmup,
        "rss_voor_mb": round(rss_before, 2),
        "rss_na_mb": round(rss_after, 2),
        "rss_piek_mb": round(max(peak, rss_after), 2),
        "groei_mb": round(rss_after - rss_before, 2),
        "threads_voor": threads_before,
        "threads_na": threading.active_count(),
        "seconden": round(elapsed, 1),
        "per_seconde": round(args.n / elapsed),
        "adviezen": counts,
    }
    print(json.dumps(result))
    ok = result["groei_mb"] < args.max_groei_mb and result["threads_na"] == threads_before
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
