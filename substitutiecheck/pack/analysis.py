"""What a pack's conditions can do: fields and values that don't exist (an error when loading),
and conditions that can never hold or always hold (warnings, ``regels valideer``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..conditions import Blad, analyse, bladeren
from ..errors import Probleem, probleem
from ..runtime import runtime_for
from ..suggest import suggest
from .model import Regelpakket


def check_condition(p: Regelpakket, cond: Mapping[str, Any], path: str) -> Iterator[Probleem]:
    """Problems with a condition: fields that don't exist, values a field can never have."""
    for pad, blad in bladeren(cond, path):
        yield from _check_leaf(p, blad, pad)


def _check_leaf(p: Regelpakket, blad: Blad, path: str) -> Iterator[Probleem]:
    veld = blad.veld
    if veld not in p.velden:
        yield probleem(
            f"{path}.veld", "conditie.veld.onbekend", veld=veld, bedoeld=suggest(veld, p.velden)
        )
        return
    allowed = p.velden[veld]
    keuzes = ", ".join(a for a in allowed if a)
    for v in blad.waarden:
        if v not in allowed:
            yield probleem(
                f"{path}.{blad.op}", "conditie.waarde.nooit", waarde=v, veld=veld, keuzes=keuzes
            )


def waarschuwingen(pack: Regelpakket) -> list[Probleem]:
    """Problems that don't stop a pack from working but are almost surely mistakes: conditions
    that can never hold or always hold (checked over every combination of answers)."""
    origin = runtime_for(pack).herkomst

    def where(file_name: str, path: str) -> tuple[str, str]:
        return origin.locate(file_name, path) if origin else (file_name, path)

    out: list[Probleem] = []
    for i, r in enumerate(pack.randvoorwaarden):
        if r.blokkerend_als is not None:
            verdict = analyse(r.blokkerend_als, pack.velden)
            if verdict:
                bestand, path = where(
                    "randvoorwaarden.json", f"randvoorwaarden[{i}].blokkerend_als"
                )
                out.append(
                    probleem(path, f"waarschuwing.blokkerend_als.{verdict}", bestand=bestand)
                )
    for i, x in enumerate(pack.extra_regels):
        verdict = analyse(x.als, pack.velden)
        if verdict:
            bestand, path = where("regels.json", f"regels[{i}].als")
            out.append(probleem(path, f"waarschuwing.regel.{verdict}", bestand=bestand, id=x.id))
    return out
