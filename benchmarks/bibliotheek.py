"""Row b of ``benchmarks/run.py``, run as a child process with a source tree first on the path:
library ``substitutiecheck.evaluate()`` per proposal against the plain-Python decision of the same
pack (``vloer.Vloer``) on the same proposals, and ``evaluate_many`` when the tree has it.

``python benchmarks/bibliotheek.py --n N [--controle K]`` prints one JSON object. Before timing,
the two must agree (verdict and fired rules) on the first ``K`` proposals; one warm-up pass fills
the per-pack caches. The timed passes are interleaved (evaluate, plain, ...), one each: run.py
takes medians over several children.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(1, str(Path(__file__).resolve().parent))

from genereer import voorstellen  # noqa: E402
from vloer import Vloer, exporteer  # noqa: E402


def per_stuk(fn: Any, items: list[Any]) -> float:
    """Microseconds per item of ``fn`` over ``items``."""
    t = time.perf_counter()
    for item in items:
        fn(item)
    return (time.perf_counter() - t) / len(items) * 1e6


def meet(n: int, controle: int) -> dict[str, Any]:
    import substitutiecheck

    pack = substitutiecheck.standaard_regelpakket()
    evaluate = substitutiecheck.evaluate
    vloer = Vloer(exporteer(pack))
    props = list(voorstellen(pack, n, seed=2013))
    facts = [vloer.feit(p) for p in props]

    for p in props[:controle]:  # the same decision both ways before any timing
        r = evaluate(p)
        got = (r.advies, [b.regel for b in r.bevindingen])
        if got != vloer.beslis(p):
            raise SystemExit(f"evaluate en de vloer verschillen: {got} / {vloer.beslis(p)}")
    for p in props[: min(n, 2000)]:  # warm-up: per-pack caches
        evaluate(p)

    out: dict[str, Any] = {
        "bestand": substitutiecheck.__file__,
        "n": n,
        "regels": len(vloer.regels),
        "gem_afgegaan": sum(len(vloer.afgegaan(f)) for f in facts) / n,
        "evaluate_us": per_stuk(evaluate, props),
        "plain_feit_us": per_stuk(vloer.beslis_feit, facts),
        "plain_voorstel_us": per_stuk(vloer.beslis, props),
        "evaluate_geen_toelichting_us": per_stuk(lambda p: evaluate(p, toelichting=False), props),
    }
    many = getattr(substitutiecheck, "evaluate_many", None)  # feature-detected (issue 18)
    if many is not None:
        t = time.perf_counter()
        reports = list(many(props))
        out["evaluate_many_us"] = (time.perf_counter() - t) / n * 1e6
        if [r.advies for r in reports[:controle]] != [vloer.beslis(p)[0] for p in props[:controle]]:
            raise SystemExit("evaluate_many en de vloer verschillen")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--controle", type=int, default=2000)
    args = ap.parse_args()
    print(json.dumps(meet(args.n, min(args.controle, args.n))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
