"""A rule pack's own test scenarios (``scenarios.json`` in the pack folder), as data.

Each scenario has a ``naam`` (a string, or ``{"nl": ..., "en": ...}`` for a name in both
languages; ``basis`` refers to a scenario by its Dutch name), a proposal (``voorstel``, or
``basis`` = the name of an earlier scenario plus ``wijzig`` = {dotted field path: new value})
and what is expected: ``advies``, optionally ``ontbrekend`` (the ids of the missing conditions)
and ``regels`` (the ids of every rule that fires). Lists are compared as sets, exactly.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InvoerFout, Probleem, RegelpakketFout, Vertaald, probleem
from .pack import Regelpakket

SCENARIO_FILE = "scenarios.json"


@dataclass
class ScenarioUitkomst:
    naam: str
    """The scenario's (Dutch) name: what ``basis`` refers to."""
    verschillen: list[Probleem] = field(default_factory=list)
    """What differs from the expectation: ``pad`` is 'advies', 'ontbrekend', 'regels' or 'voorstel'."""
    gevuurd: list[str] = field(default_factory=list)
    namen: dict[str, str] = field(default_factory=dict)
    """The name per language when the scenario gives it in both."""

    @property
    def geslaagd(self) -> bool:
        return not self.verschillen

    def naam_in(self, taal: str) -> str:
        """The name to show in ``taal`` (the Dutch one when there is no other)."""
        return self.namen.get(taal) or self.naam


def _namen(naam: Any) -> dict[str, str] | None:
    """A scenario's name as {'nl': ..., 'en'?: ...}, or None when it is neither a non-empty
    string nor such an object of strings."""
    if isinstance(naam, str) and naam:
        return {"nl": naam}
    if (
        isinstance(naam, dict)
        and isinstance(naam.get("nl"), str)
        and naam["nl"]
        and set(naam) <= {"nl", "en"}
        and all(isinstance(v, str) and v for v in naam.values())
    ):
        return dict(naam)
    return None


def _set_path(doc: Any, path: str, value: Any) -> str | None:
    """Set ``value`` at the dotted ``path``; the part of the path that is not an object (the
    scenario is then wrong: nothing is set), else None."""
    parts = path.split(".")
    node = doc
    for i, part in enumerate(parts[:-1]):
        if not isinstance(node, dict):
            return ".".join(parts[:i]) or "voorstel"
        node = node.setdefault(part, {})
    if not isinstance(node, dict):
        return ".".join(parts[:-1]) or "voorstel"
    node[parts[-1]] = value
    return None


def laad_scenarios(folder: Path) -> list[dict[str, Any]]:
    """The scenarios of a pack folder with every proposal resolved; [] when there are none."""
    path = folder / SCENARIO_FILE
    if not path.is_file():
        return []
    from .errors import InvoerFout
    from .inputs import parse_json

    try:
        data = parse_json(
            path.read_text(encoding="utf-8-sig")
        )  # as strict as a proposal: no duplicate keys
    except UnicodeDecodeError as e:
        raise RegelpakketFout(
            probleem("", "scenario.onleesbaar", reden=str(e)), bestand=str(path)
        ) from None
    except InvoerFout as e:
        raise RegelpakketFout(e.problemen, bestand=str(path)) from None
    scenarios = data.get("scenarios") if isinstance(data, dict) else None
    if not isinstance(scenarios, list):
        raise RegelpakketFout(
            probleem("scenarios", "scenario.geen_lijst"),
            bestand=str(path),
        )
    by_name: dict[str, dict[str, Any]] = {}
    out = []
    for i, sc in enumerate(scenarios):
        where = f"scenarios[{i}]"
        namen = _namen(sc.get("naam")) if isinstance(sc, dict) else None
        if namen is None or not isinstance(sc.get("verwacht"), dict):
            raise RegelpakketFout(
                probleem(where, "scenario.naam_verwacht"),
                bestand=str(path),
            )
        if "voorstel" in sc:
            voorstel = copy.deepcopy(sc["voorstel"])
        elif isinstance(sc.get("basis"), str) and sc["basis"] in by_name:  # a dict: not a crash
            voorstel = copy.deepcopy(by_name[sc["basis"]]["voorstel"])
        else:
            raise RegelpakketFout(
                probleem(f"{where}.basis", "scenario.basis.onbekend", basis=repr(sc.get("basis"))),
                bestand=str(path),
            )
        wijzig = sc.get("wijzig") or {}
        if not isinstance(wijzig, dict):
            raise RegelpakketFout(
                probleem(f"{where}.wijzig", "scenario.wijzig.geen_object"), bestand=str(path)
            )
        for key, value in wijzig.items():
            deel = _set_path(voorstel, key, value)
            if deel is not None:
                raise RegelpakketFout(
                    probleem(f"{where}.wijzig", "scenario.wijzig.pad", pad=key, deel=deel),
                    bestand=str(path),
                )
        resolved = {
            "naam": namen["nl"],
            "namen": namen,
            "voorstel": voorstel,
            "verwacht": sc["verwacht"],
            "index": i,
        }
        by_name[namen["nl"]] = resolved
        out.append(resolved)
    return out


def controleer_scenarios(
    scenarios: list[dict[str, Any]], pack: Regelpakket, bestand: str
) -> list[Probleem]:
    """Problems in a pack's scenarios without running them: invalid proposals, unknown
    expectations, rule ids or condition ids that the pack doesn't have."""
    from .model import lees_voorstel
    from .suggest import suggest

    known_rules = set(pack.regels_by_id)
    known_ids = {r.onderwerp for r in pack.regels}
    out: list[Probleem] = []
    for sc in scenarios:
        where = f"scenarios[{sc['index']}]"
        try:
            lees_voorstel(sc["voorstel"], pack)
        except InvoerFout as e:
            out.extend(
                p.elders(pad=f"{where}.voorstel.{p.pad}".rstrip("."), bestand=bestand)
                for p in e.problemen
            )
        verwacht = sc["verwacht"]
        for key in verwacht:
            if key not in ("advies", "ontbrekend", "regels"):
                out.append(
                    probleem(
                        f"{where}.verwacht.{key}",
                        "scenario.verwachting.onbekend",
                        bestand=bestand,
                        sleutel=key,
                        keuzes="advies, ontbrekend, regels",
                    )
                )
        if "advies" in verwacht and verwacht["advies"] not in ("go", "voorwaardelijk", "no-go"):
            out.append(
                probleem(
                    f"{where}.verwacht.advies",
                    "scenario.advies.ongeldig",
                    bestand=bestand,
                    advies=repr(verwacht["advies"]),
                    keuzes="go, voorwaardelijk, no-go",
                )
            )
        for key, known in (("regels", known_rules), ("ontbrekend", known_ids)):
            for j, value in enumerate(verwacht.get(key, ())):
                if value not in known:
                    out.append(
                        probleem(
                            f"{where}.verwacht.{key}[{j}]",
                            "scenario.id.onbekend",
                            bestand=bestand,
                            id=value,
                            bedoeld=suggest(str(value), known),
                        )
                    )
    return out


def draai_scenario(scenario: dict[str, Any], pack: Regelpakket) -> ScenarioUitkomst:
    from .evaluation import evaluate

    uitkomst = ScenarioUitkomst(scenario["naam"], namen=dict(scenario.get("namen") or {}))
    verwacht = scenario["verwacht"]
    try:
        rapport = evaluate(scenario["voorstel"], pack)
    except InvoerFout as e:
        uitkomst.verschillen.append(
            probleem(
                "voorstel",
                "scenario.voorstel.ongeldig",
                fouten=Vertaald("; ".join(e.regels("nl")), "; ".join(e.regels("en"))),
            )
        )
        return uitkomst
    uitkomst.gevuurd = [b.regel for b in rapport.bevindingen]
    if "advies" in verwacht and rapport.advies != verwacht["advies"]:
        uitkomst.verschillen.append(
            probleem(
                "advies",
                "scenario.advies.anders",
                verwacht=verwacht["advies"],
                kreeg=rapport.advies,
            )
        )
    for key, got in (
        ("ontbrekend", [o.id for o in rapport.ontbrekende_randvoorwaarden]),
        ("regels", uitkomst.gevuurd),
    ):
        if key in verwacht:
            want = set(verwacht[key])
            if set(got) != want:
                extra, missing = (
                    ", ".join(sorted(set(got) - want)),
                    ", ".join(sorted(want - set(got))),
                )
                if missing and extra:
                    verschil = probleem(
                        key, "scenario.verschil.beide", ontbreekt=missing, onverwacht=extra
                    )
                elif missing:
                    verschil = probleem(key, "scenario.verschil.ontbreekt", ids=missing)
                else:
                    verschil = probleem(key, "scenario.verschil.onverwacht", ids=extra)
                uitkomst.verschillen.append(verschil)
    return uitkomst
