"""The floor of issue 18: what deciding a JSON Lines batch costs without any engine or report.

``python benchmarks/vloer.py PAKKET.json BATCH.jsonl UIT`` reads the batch line by line, parses
each line (``json.loads``), decides it in plain Python and writes one compact JSON line per
proposal (``{"titel", "advies", "regels"}``) to ``UIT`` (a file, or ``-`` for stdout). The same
process shape as ``substitutiecheck check BATCH --format jsonl``: one Python process reading a
file and writing a file; ``benchmarks/run.py`` times both in the same run and prints the ratio.

The decision is the pack's, not hand-written: ``PAKKET.json`` is the pack's rules exported by
:func:`exporteer` (in the parent, which imports substitutiecheck): every engine rule with its
condition tree in the pack's JSON form (``{"veld", "is"}``, ``alle``, ``een_van``, ``niet``) and
the effect of a finding (``ernst``), and every field with its default. This process compiles the
conditions into Python closures (:func:`compileer`) and applies DOMAIN §7's verdict
(:func:`oordeel`): any blocking finding -> no-go, else any finding that is not a note ->
voorwaardelijk, else go. It imports nothing of substitutiecheck, so its start is a bare Python's.

:class:`Vloer` is the same decision as a library (run.py row b, peers.py, the tests).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Feit = Mapping[str, Any]
Test = Callable[[Feit], bool]


def compileer(cond: Mapping[str, Any]) -> Test:
    """A condition in the pack's JSON form as a closure over a flat fact keyed by field path."""
    if "alle" in cond:
        parts = [compileer(c) for c in cond["alle"]]
        return lambda f: all(p(f) for p in parts)
    if "een_van" in cond:
        parts = [compileer(c) for c in cond["een_van"]]
        return lambda f: any(p(f) for p in parts)
    if "niet" in cond:
        inner = compileer(cond["niet"])
        return lambda f: not inner(f)
    for op, positief, lijst in (
        ("is", True, False),
        ("is_niet", False, False),
        ("in", True, True),
        ("niet_in", False, True),
    ):
        if op in cond:
            veld = cond["veld"]
            waarden = frozenset(cond[op]) if lijst else frozenset((cond[op],))
            if positief:
                return lambda f: f[veld] in waarden
            return lambda f: f[veld] not in waarden
    raise ValueError(f"onbekende conditie: {sorted(cond)}")


def oordeel(ernsten: Iterable[str]) -> str:
    """DOMAIN §7 over the effects of the fired rules."""
    ernsten = set(ernsten)
    if "blokkerend" in ernsten:
        return "no-go"
    if ernsten - {"notitie"}:
        return "voorwaardelijk"
    return "go"


class Vloer:
    """The pack's decision in plain Python, from an export (:func:`exporteer`)."""

    def __init__(self, export: Mapping[str, Any]) -> None:
        self.velden: list[tuple[str, str, str, str]] = []  # (path, head, tail, default)
        for pad, standaard in export["velden"]:
            head, _, tail = pad.partition(".")
            self.velden.append((pad, head, tail, standaard))
        self.regels = [
            (r["sleutel"], r["regel"], r["ernst"], compileer(r["als"])) for r in export["regels"]
        ]

    def feit(self, voorstel: Mapping[str, Any]) -> dict[str, Any]:
        """The flat fact: every field of the pack by its path, absent ones at their default."""
        out: dict[str, Any] = {}
        for pad, head, tail, standaard in self.velden:
            value = voorstel.get(head)
            if tail:
                value = value.get(tail) if isinstance(value, dict) else None
            out[pad] = standaard if value is None else value
        return out

    def afgegaan(self, feit: Feit) -> list[tuple[str, str, str]]:
        """(engine key, rule id, effect) of every rule whose condition holds, in pack order."""
        return [(k, regel, ernst) for k, regel, ernst, test in self.regels if test(feit)]

    def beslis_feit(self, feit: Feit) -> tuple[str, list[str]]:
        """(verdict, fired engine keys) for a flat fact."""
        fired = self.afgegaan(feit)
        return oordeel(e for _, _, e in fired), [k for k, _, _ in fired]

    def beslis(self, voorstel: Mapping[str, Any]) -> tuple[str, list[str]]:
        """(verdict, fired rule ids) for a proposal as read from JSON (a rule with a variant,
        ``ict#blokkerend``, counts once under its rule id, as in a report's findings)."""
        fired = self.afgegaan(self.feit(voorstel))
        return oordeel(e for _, _, e in fired), [r for _, r, _ in fired]


def _json_van(knoop: Any) -> dict[str, Any]:
    """A condition tree (substitutiecheck.conditions) in the pack's JSON form."""
    soort = knoop.soort
    if soort == "alle":
        return {"alle": [_json_van(c) for c in knoop.delen]}
    if soort == "een_van":
        return {"een_van": [_json_van(c) for c in knoop.delen]}
    if soort == "niet":
        return {"niet": _json_van(knoop.deel)}
    value = list(knoop.waarden) if knoop.lijst else knoop.waarden[0]
    return {"veld": knoop.veld, knoop.op: value}


def exporteer(pack: Any) -> dict[str, Any]:
    """The decision of a loaded pack (substitutiecheck.Regelpakket) as plain JSON data: every
    engine rule (``Regel.variants()``: a rule whose blocking kind depends on the proposal
    becomes two) with its condition and effect, and every field with its default (absent
    answers count as 'onbekend'; an absent samenwerkingsvorm is '')."""
    regels = []
    for regel in pack.regels:
        for key, cond, blocking in regel.variants():
            regels.append(
                {
                    "sleutel": key,
                    "regel": regel.id,
                    "ernst": regel.ernst_blokkerend if blocking else regel.ernst,
                    "als": _json_van(cond),
                }
            )
    velden = [[pad, "" if "" in keuzes else "onbekend"] for pad, keuzes in pack.velden.items()]
    return {"pakket": pack.naam, "versie": pack.versie, "velden": velden, "regels": regels}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("gebruik: vloer.py PAKKET.json BATCH.jsonl UIT", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        vloer = Vloer(json.load(f))
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    uit = sys.stdout if argv[2] == "-" else open(argv[2], "w", encoding="utf-8")  # noqa: SIM115
    with open(argv[1], encoding="utf-8") as batch, uit:
        write = uit.write
        for line in batch:
            voorstel = json.loads(line)
            advies, regels = vloer.beslis(voorstel)
            write(dumps({"titel": voorstel.get("titel"), "advies": advies, "regels": regels}))
            write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
