"""How big a JSON Lines report is, and what writing one costs (issue 18, levers 2 and 3).

Evaluates a generated batch (``genereer.voorstellen``, the landelijk pack) and writes every report
through the JSON Lines reporter into memory, with and without the notes (``--geen-toelichting``).
Prints, per variant, the median and 90th percentile of a report line's size in bytes (UTF-8, the
header line of report format 2 not counted: it is written once per stream) and the median time
(CPU time: the machine may be shared) per report of ``JsonLinesReporter.rapport`` plus
the UTF-8 encoding of its line, in µs, over
``--rondes`` rounds.

Run it against two trees to compare (interleave the runs; the machine is shared)::

    PYTHONPATH=. python benchmarks/rapportgrootte.py
    PYTHONPATH=/path/to/old/tree python benchmarks/rapportgrootte.py
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from genereer import voorstellen  # noqa: E402

from substitutiecheck.evaluation import evaluate  # noqa: E402
from substitutiecheck.pack import standaard_regelpakket  # noqa: E402
from substitutiecheck.reporters.jsonfmt import JsonLinesReporter  # noqa: E402


class _Bytes:
    """A stream that encodes what it is given, as a writer to a file or pipe does."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.write = lambda text: chunks.append(text.encode())


def meet(n: int, toelichting: bool, rondes: int) -> dict[str, float]:
    pack = standaard_regelpakket()
    batch = list(voorstellen(pack, n))
    sizes: list[int] = []
    per_report: list[float] = []
    for ronde in range(rondes):
        # fresh reports each round (a report keeps its own JSON once made); shared parts stay
        # cached, as in a real batch after its first reports
        rapporten = [
            evaluate(v, pack, "nl", toelichting).met_invoer("batch.jsonl", i + 1)
            for i, v in enumerate(batch)
        ]
        chunks: list[bytes] = []
        rep = JsonLinesReporter(out=_Bytes(chunks))  # type: ignore[arg-type]
        rep.rapport(rapporten[0])  # the header (report format 2) is not what is measured
        chunks.clear()
        t0 = time.process_time()
        for r in rapporten:
            rep.rapport(r)
        per_report.append((time.process_time() - t0) / n * 1e6)
        if ronde == 0:
            sizes = [len(line) + 1 for line in b"".join(chunks).splitlines()]
    sizes.sort()
    return {
        "mediaan_bytes": statistics.median(sizes),
        "p90_bytes": sizes[int(len(sizes) * 0.9)],
        "us_per_rapport": statistics.median(per_report),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2000)
    parser.add_argument("--rondes", type=int, default=5)
    args = parser.parse_args()
    out = {
        "met_toelichting": meet(args.n, True, args.rondes),
        "geen_toelichting": meet(args.n, False, args.rondes),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
