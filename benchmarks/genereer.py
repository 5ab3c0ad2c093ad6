"""Deterministic synthetic proposals for benchmarks, soak runs and scale tests.

``voorstellen(pack, n, seed)`` yields ``n`` proposal dicts drawn from the pack's own vocabulary
(categories, exclusion flags, randvoorwaarden, samenwerkingsvormen, financing routes), weighted
so that the mix of go / voorwaardelijk / no-go resembles a real region. The same seed always gives
the same proposals, so two runs of a benchmark check the same batch.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from substitutiecheck.pack import Regelpakket


def _id(item: Any) -> str:
    """An item's id: an attribute of a typed pack item, a key of a pack of before issue 15's
    typed items (``run.py --tegen`` runs this module against an older tree)."""
    found = getattr(item, "id", None)
    return str(found if found is not None else item["id"])


def voorstel(rng: random.Random, pack: Regelpakket, i: int) -> dict[str, Any]:
    cats = [_id(c) for c in pack.categorieen]
    pg: dict[str, Any] = {"categorie": rng.choice(cats)}
    for u in pack.uitsluitingen:
        x = rng.random()
        if x < 0.85:
            pg[_id(u)] = "nee"
        elif x < 0.93:
            pg[_id(u)] = "onbekend"
        elif x < 0.97:
            pg[_id(u)] = "ja"
        # else: absent (counts as 'onbekend')
    rv: dict[str, str] = {}
    for r in pack.randvoorwaarden:
        x = rng.random()
        if x < 0.8:
            rv[_id(r)] = "ja"
        elif x < 0.88:
            rv[_id(r)] = "deels"
        elif x < 0.93:
            rv[_id(r)] = "nee"
        elif x < 0.97:
            rv[_id(r)] = "onbekend"
    out: dict[str, Any] = {"titel": f"Voorstel {i}", "patientgroep": pg, "randvoorwaarden": rv}
    if rng.random() < 0.5:
        out["regio"] = rng.choice(["Twente", "Utrecht", "Rotterdam", "Nijkerk", "Groningen"])
    if rng.random() < 0.9:
        out["samenwerkingsvorm"] = rng.choice([_id(v) for v in pack.samenwerkingsvormen])
    out["financiering"] = rng.choice([_id(f) for f in pack.financiering])
    if pack.elementen and rng.random() < 0.3:
        out["samenwerking"] = {
            _id(e): rng.choice(("ja", "ja", "deels", "nee", "onbekend")) for e in pack.elementen
        }
    return out


def voorstellen(pack: Regelpakket, n: int, seed: int = 2013) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for i in range(n):
        yield voorstel(rng, pack, i)


def schrijf_jsonl(
    path: Path, pack: Regelpakket, n: int, seed: int = 2013, slecht_elke: int = 0
) -> Path:
    """Write ``n`` proposals as JSON Lines; with ``slecht_elke=k`` every k-th line is broken
    (alternately invalid JSON and a proposal with an unknown field)."""
    with open(path, "w", encoding="utf-8") as f:
        for i, v in enumerate(voorstellen(pack, n, seed), start=1):
            if slecht_elke and i % slecht_elke == 0:
                if (i // slecht_elke) % 2:
                    f.write('{"titel": "kapot", "patientgroep": {\n')
                else:
                    v = dict(v, onbekend_veld="x")
                    f.write(json.dumps(v, ensure_ascii=False) + "\n")
                continue
            f.write(json.dumps(v, ensure_ascii=False) + "\n")
    return path
