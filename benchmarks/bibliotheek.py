"""Row b of ``benchmarks/run.py``, run as a child process with a source tree first on the path:
library ``substitutiecheck.evaluate()`` per proposal against the plain-Python decision of the same
pack (``vloer.Vloer``) on the same proposals, and ``evaluate_many`` when the tree has it.

``python benchmarks/bibliotheek.py --n N [--controle K]`` prints one JSON object. Before timing,
the two must agree (verdict and fired rules) on the first ``K`` proposals; one warm-up pass fills
the per-pack caches. The timed pass takes turns of 250 proposals (evaluate, plain, ...), so a
load change hits all alike; run.py takes the median over several children.
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


def om_en_om(fns: dict[str, tuple[Any, list[Any]]], stuk: int = 250) -> dict[str, float]:
    """Microseconds per item of each ``fn`` over its items, timed in turns of ``stuk`` items
    (first one, then the next, ...), so a load change during the pass hits all of them alike."""
    totaal = dict.fromkeys(fns, 0.0)
    n = len(next(iter(fns.values()))[1])
    for start in range(0, n, stuk):
        for name, (fn, items) in fns.items():
            t = time.perf_counter()
            for item in items[start : start + stuk]:
                fn(item)
            totaal[name] += time.perf_counter() - t
    return {name: t / n * 1e6 for name, t in totaal.items()}


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
        **om_en_om(
            {
                "evaluate_us": (evaluate, props),
                "plain_feit_us": (vloer.beslis_feit, facts),
                "plain_voorstel_us": (vloer.beslis, props),
                "evaluate_geen_toelichting_us": (lambda p: evaluate(p, toelichting=False), props),
            }
        ),
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
