"""What the engine costs, beside its peers: ``make benchmark-peers`` (installs the optional extra
``peers``: clipspy and zen-engine) or ``.venv/bin/python benchmarks/peers.py [--n N] [--runs R]``.

The same decision (the shipped pack's rules, DOMAIN §7's verdict) on the same generated
proposals (benchmarks/genereer.py, seed 2013), made five ways:

- **substitutiecheck** ``evaluate()`` (durable_rules decides; validation, findings and the full
  report with notes included), and ``evaluate(toelichting=False)``;
- **CLIPS** (clipspy): one ``defrule`` per engine rule, generated from the pack's condition trees
  (:func:`clips_programma`), fired on one ``voorstel`` fact per proposal;
- **zen-engine** (GoRules): a JDM decision graph with one expression per engine rule, generated
  from the same trees (:func:`zen_graaf`);
- **plain Python**: the closures of benchmarks/vloer.py over the same trees.

Every peer gets the proposal dict and builds its input from it (the flat fact of
``vloer.Vloer.feit``: every field of the pack, absent answers at their default); the verdict from
the fired rules' effects is the same Python function (``vloer.oordeel``) for CLIPS, zen and plain.
First every way must agree with substitutiecheck on the verdict and the fired rules of every
proposal; then each is timed (in turns of 250 proposals, medians of ``--runs``) and the table prints the cost
per proposal and its ratio to plain Python.

The CLIPS fact leak (clipspy 1.0.6 never releases a fact it wrapped), and its patch: see
:func:`clipspy_lek_dicht`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bibliotheek import om_en_om  # noqa: E402
from genereer import voorstellen  # noqa: E402
from vloer import Vloer, exporteer, oordeel  # noqa: E402

Beslissing = tuple[str, list[str]]  # (verdict, fired rule ids in pack order)


def _velden(export: Mapping[str, Any]) -> dict[str, str]:
    """Field path -> a name every peer accepts (CLIPS slots and zen variables: f0, f1, ...)."""
    return {pad: f"f{i}" for i, (pad, _) in enumerate(export["velden"])}


# -- CLIPS ------------------------------------------------------------------------------------------


def _clips_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def clips_expr(cond: Mapping[str, Any], naam: Mapping[str, str]) -> str:
    """A condition in the pack's JSON form as a CLIPS test expression over ``?f<i>`` variables."""
    if "alle" in cond:
        return "(and " + " ".join(clips_expr(c, naam) for c in cond["alle"]) + ")"
    if "een_van" in cond:
        return "(or " + " ".join(clips_expr(c, naam) for c in cond["een_van"]) + ")"
    if "niet" in cond:
        return "(not " + clips_expr(cond["niet"], naam) + ")"
    var = "?" + naam[cond["veld"]]
    if "is" in cond:
        return f"(eq {var} {_clips_str(cond['is'])})"
    if "is_niet" in cond:
        return f"(neq {var} {_clips_str(cond['is_niet'])})"
    if "in" in cond:  # (eq ?x a b) would mean ?x = a and ?x = b
        return "(or " + " ".join(f"(eq {var} {_clips_str(v)})" for v in cond["in"]) + ")"
    if "niet_in" in cond:  # (neq ?x a b): ?x differs from a and from b
        return f"(neq {var} {' '.join(_clips_str(v) for v in cond['niet_in'])})"
    raise ValueError(f"onbekende conditie: {sorted(cond)}")


def _clips_velden(cond: Mapping[str, Any]) -> set[str]:
    if "alle" in cond or "een_van" in cond:
        return set().union(*(_clips_velden(c) for c in cond.get("alle", cond.get("een_van"))))
    if "niet" in cond:
        return _clips_velden(cond["niet"])
    return {cond["veld"]}


def clips_programma(export: Mapping[str, Any]) -> str:
    """The pack as a CLIPS program: a ``voorstel`` template with one slot per field, and per
    engine rule a ``defrule`` whose left-hand side is the rule's condition (a pattern binding
    the fields it reads and a ``test``) and whose action adds the rule's number to ``?*afgegaan*``."""
    naam = _velden(export)
    slots = " ".join(f"(slot {n} (type STRING))" for n in naam.values())
    out = [f"(deftemplate voorstel {slots})", "(defglobal ?*afgegaan* = (create$))"]
    for i, r in enumerate(export["regels"]):
        velden = sorted(_clips_velden(r["als"]), key=lambda p: int(naam[p][1:]))
        pattern = " ".join(f"({naam[p]} ?{naam[p]})" for p in velden)
        out.append(
            f"(defrule r{i} (voorstel {pattern}) (test {clips_expr(r['als'], naam)}) "
            f"=> (bind ?*afgegaan* (create$ ?*afgegaan* {i})))"
        )
    return "\n".join(out)


_CLIPSPY_DEL: Any = None  # clipspy's own Fact.__del__, before clipspy_lek_dicht


def clipspy_lek_dicht(dicht: bool = True) -> bool:
    """Patch clipspy's fact leak (``dicht=False`` puts clipspy's own code back, for :func:`lek`).

    clipspy 1.0.6 (CLIPS 6.4.2) wraps every fact it hands to Python (``Template.assert_fact``,
    ``Environment.facts()``, ``eval`` returning a fact) in a ``Fact`` whose ``__init__`` calls
    ``lib.RetainFact(fact)`` and whose ``__del__`` calls ``lib.ReleaseFact(env, fact)``. CLIPS
    6.4's ``ReleaseFact`` takes one argument (``void ReleaseFact(Fact *)``), so that call raises
    ``TypeError`` ("takes exactly one argument (2 given)"), which ``__del__`` swallows: the fact
    stays retained for ever and is never freed after its retraction. One environment reused for
    a batch then grows by ~340 bytes per asserted fact (measured: +6.7 MB per 20,000 proposals,
    reset or retract per proposal alike). The patch releases with the one argument CLIPS takes.
    Returns whether the patch is in place (it is only applied where the signature is this)."""
    global _CLIPSPY_DEL
    from clips import facts
    from clips._clips import ffi, lib

    if len(ffi.typeof(lib.ReleaseFact).args) != 1:
        return False  # another CLIPS: leave clipspy as it is
    if _CLIPSPY_DEL is None:
        _CLIPSPY_DEL = facts.Fact.__del__

    def __del__(self: Any) -> None:
        with contextlib.suppress(AttributeError, TypeError):  # shutdown, as clipspy's own
            lib.ReleaseFact(self._fact)

    facts.Fact.__del__ = __del__ if dicht else _CLIPSPY_DEL  # type: ignore[method-assign]
    return dicht


class Clips:
    """The pack in one CLIPS environment, reused for every proposal: per proposal ``reset``
    (retracts the previous proposal's fact and empties ``?*afgegaan*``), assert the proposal's
    fact, ``run``, and read the fired rules from the global. Needs :func:`clipspy_lek_dicht`
    (called here) to keep a batch's memory flat."""

    def __init__(self, export: Mapping[str, Any]) -> None:
        import clips

        clipspy_lek_dicht()
        self.env = clips.Environment()
        for construct in clips_programma(export).split("\n"):
            self.env.build(construct)
        self.template = self.env.find_template("voorstel")
        self.afgegaan = self.env.find_global("afgegaan")
        self.velden = [(pad, naam) for pad, naam in _velden(export).items()]
        self.regels = [(r["regel"], r["ernst"]) for r in export["regels"]]
        self.vloer = Vloer(export)

    def beslis(self, voorstel: Mapping[str, Any]) -> Beslissing:
        feit = self.vloer.feit(voorstel)
        env = self.env
        env.reset()
        self.template.assert_fact(**{naam: feit[pad] for pad, naam in self.velden})
        env.run()
        fired = [self.regels[i] for i in sorted(self.afgegaan.value)]
        return oordeel(e for _, e in fired), [r for r, _ in fired]


def lek(export: Mapping[str, Any], props: list[Mapping[str, Any]]) -> dict[str, float]:
    """RSS growth (MB) of one CLIPS environment over ``props`` (after a warm-up of 2,000),
    with clipspy as released and with the patch."""
    out = {}
    c = Clips(export)
    for p in props[:2000]:
        c.beslis(p)
    for naam, dicht in (("clipspy", False), ("gepatcht", True)):
        clipspy_lek_dicht(dicht)
        start = _rss_mb()
        for p in props:
            c.beslis(p)
        out[naam] = _rss_mb() - start
    clipspy_lek_dicht()
    return out


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


# -- zen-engine -------------------------------------------------------------------------------------


def _zen_str(value: str) -> str:
    return json.dumps(value)


def zen_expr(cond: Mapping[str, Any], naam: Mapping[str, str]) -> str:
    """A condition in the pack's JSON form as a zen expression over ``f<i>`` variables."""
    if "alle" in cond:
        return "(" + " and ".join(zen_expr(c, naam) for c in cond["alle"]) + ")"
    if "een_van" in cond:
        return "(" + " or ".join(zen_expr(c, naam) for c in cond["een_van"]) + ")"
    if "niet" in cond:
        return "not(" + zen_expr(cond["niet"], naam) + ")"
    veld = naam[cond["veld"]]
    if "is" in cond:
        return f"{veld} == {_zen_str(cond['is'])}"
    if "is_niet" in cond:
        return f"{veld} != {_zen_str(cond['is_niet'])}"
    if "in" in cond:
        return f"{veld} in [{', '.join(_zen_str(v) for v in cond['in'])}]"
    if "niet_in" in cond:
        return f"not({veld} in [{', '.join(_zen_str(v) for v in cond['niet_in'])}])"
    raise ValueError(f"onbekende conditie: {sorted(cond)}")


def zen_graaf(export: Mapping[str, Any]) -> dict[str, Any]:
    """The pack as a zen-engine decision graph (JDM): input -> one expression node with a boolean
    ``r<i>`` per engine rule -> output."""
    naam = _velden(export)
    expressions = [
        {"id": f"x{i}", "key": f"r{i}", "value": zen_expr(r["als"], naam)}
        for i, r in enumerate(export["regels"])
    ]
    pos = {"x": 0, "y": 0}
    return {
        "contentType": "application/vnd.gorules.decision",
        "nodes": [
            {"id": "in", "type": "inputNode", "name": "voorstel", "position": pos},
            {
                "id": "regels",
                "type": "expressionNode",
                "name": "regels",
                "position": pos,
                "content": {"expressions": expressions},
            },
            {"id": "uit", "type": "outputNode", "name": "afgegaan", "position": pos},
        ],
        "edges": [
            {"id": "e1", "sourceId": "in", "targetId": "regels", "type": "edge"},
            {"id": "e2", "sourceId": "regels", "targetId": "uit", "type": "edge"},
        ],
    }


class Zen:
    """The pack as one zen-engine decision, reused for every proposal."""

    def __init__(self, export: Mapping[str, Any]) -> None:
        import zen

        self.decision = zen.ZenEngine().create_decision(json.dumps(zen_graaf(export)))
        self.velden = list(_velden(export).items())
        self.regels = [(f"r{i}", r["regel"], r["ernst"]) for i, r in enumerate(export["regels"])]
        self.vloer = Vloer(export)

    def beslis(self, voorstel: Mapping[str, Any]) -> Beslissing:
        feit = self.vloer.feit(voorstel)
        result = self.decision.evaluate({naam: feit[pad] for pad, naam in self.velden})["result"]
        fired = [(r, e) for k, r, e in self.regels if result[k] is True]
        return oordeel(e for _, e in fired), [r for r, _ in fired]


# -- the comparison ---------------------------------------------------------------------------------


def deelnemers(pack: Any) -> dict[str, Callable[[Mapping[str, Any]], Beslissing]]:
    """Every way to decide that is installed here, by name (substitutiecheck first)."""
    import substitutiecheck

    def sc(voorstel: Mapping[str, Any], **kw: Any) -> Beslissing:
        r = substitutiecheck.evaluate(voorstel, regels=pack, **kw)
        return r.advies, [b.regel for b in r.bevindingen]

    export = exporteer(pack)
    out: dict[str, Callable[[Mapping[str, Any]], Beslissing]] = {
        "substitutiecheck evaluate()": sc,
        "substitutiecheck evaluate(toelichting=False)": lambda v: sc(v, toelichting=False),
    }
    with contextlib.suppress(ImportError):  # an optional extra: not installed, not compared
        out["CLIPS (clipspy)"] = Clips(export).beslis
    with contextlib.suppress(ImportError):
        out["zen-engine"] = Zen(export).beslis
    out["plain Python"] = Vloer(export).beslis
    return out


def vergelijk(pack: Any, props: list[Mapping[str, Any]]) -> dict[str, int]:
    """Every way must decide every proposal as substitutiecheck does: the number of proposals
    checked per way (SystemExit naming the first disagreement)."""
    ways = deelnemers(pack)
    ref = [ways["substitutiecheck evaluate()"](p) for p in props]
    for name, fn in ways.items():
        for p, want in zip(props, ref, strict=True):
            got = fn(p)
            if got != want:
                raise SystemExit(f"{name} verschilt van substitutiecheck: {got} / {want}\n{p}")
    return {name: len(props) for name in ways}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="substitutiecheck beside CLIPS and zen-engine")
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    import substitutiecheck

    pack = substitutiecheck.standaard_regelpakket()
    props = list(voorstellen(pack, args.n, seed=2013))
    load = os.getloadavg()
    print(
        f"peers: {args.n:,} proposals (seed 2013), {len(exporteer(pack)['regels'])} engine rules; "
        f"load average {' '.join(f'{x:.2f}' for x in load)}; medians of {args.runs} runs"
    )
    ways = deelnemers(pack)
    missing = [p for p in ("CLIPS (clipspy)", "zen-engine") if p not in ways]
    if missing:
        print(f"not installed: {', '.join(missing)} (pip install -e '.[peers]')")
    vergelijk(pack, props)
    print(f"all {len(ways)} agree on the verdict and the fired rules of every proposal")
    times: dict[str, list[float]] = {name: [] for name in ways}
    for i in range(args.runs):  # in turns of 250 proposals, the order alternating per run
        order = list(ways.items()) if i % 2 == 0 else list(ways.items())[::-1]
        for name, us in om_en_om({name: (fn, props) for name, fn in order}).items():
            times[name].append(us)
    med = {name: statistics.median(v) for name, v in times.items()}
    plain = med["plain Python"]
    print(f"\n{'per proposal':<46} {'us':>9} {'vs plain':>9}")
    for name, us in med.items():
        print(f"{name:<46} {us:9.1f} {us / plain:8.1f}x")
    extra: dict[str, Any] = {}
    if "CLIPS (clipspy)" in ways:
        extra["clips_lek_mb"] = lek(exporteer(pack), props[: min(len(props), 20_000)])
        print(
            "\nCLIPS, RSS growth of one environment over "
            f"{min(len(props), 20_000):,} proposals: clipspy as released "
            f"{extra['clips_lek_mb']['clipspy']:+.1f} MB (its fact leak), patched "
            f"{extra['clips_lek_mb']['gepatcht']:+.1f} MB"
        )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json:
        print(json.dumps({"load": list(load), "n": args.n, "us": med, **extra}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
