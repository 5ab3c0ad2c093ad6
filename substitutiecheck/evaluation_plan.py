"""What evaluating a proposal needs that is constant per pack (:class:`Plan`, kept in the pack's
runtime): how to build the engine's flat fact, the pack's stamp, which field each rule reads, and
the names of categories, forms and financing routes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import engine as _engine
from .i18n import t
from .pack import Regelpakket
from .report import PakketStempel
from .runtime import runtime_for


@dataclass(eq=False)
class Plan:
    """What evaluating a proposal needs that is constant per pack: made once, kept in the pack's
    runtime (``fact_plan``)."""

    groepen: list[tuple[str, str | None, list[tuple[str, str]]]]
    """The pack's fields by object of the proposal, in their order: (head, the fact key of a
    top-level field or None, (fact key, tail) per field of the object ``head``)"""
    stempel: PakketStempel
    """The pack's stamp, one object shared by every report (its JSON is made once)"""
    antwoord: dict[str, str]
    """Per engine key, the fact key of the field its rule reads"""
    bevindingen: dict[Any, Any]
    namen: dict[tuple[str, str, str], str] = field(default_factory=dict)
    """(section, id, language) -> the name of a category, form or financing route"""

    def feit(self, voorstel: Mapping[str, Any]) -> dict[str, str]:
        out: dict[str, str] = {}
        for head, key, velden in self.groepen:
            value = voorstel.get(head)
            if key is not None:  # a top-level field
                out[key] = "" if value is None else value
                continue
            # an absent Kaats & Opheij element is 'onbekend' (the rules read it so)
            leeg = "onbekend" if head == "samenwerking" else ""
            if value is None:
                for k, _ in velden:
                    out[k] = leeg
                continue
            get = value.get
            for k, tail in velden:
                v = get(tail)
                out[k] = leeg if v is None else v
        return out


def plan_van(pack: Regelpakket) -> Plan:
    runtime = runtime_for(pack)
    plan: Plan | None = runtime.fact_plan
    if plan is None:
        groepen: list[tuple[str, str | None, list[tuple[str, str]]]] = []
        for path in pack.velden:
            head, _, tail = path.partition(".")
            key = _engine.fact_key(path)
            if not tail:
                groepen.append((head, key, []))
            elif groepen and groepen[-1][0] == head and groepen[-1][1] is None:
                groepen[-1][2].append((key, tail))
            else:
                groepen.append((head, None, [(key, tail)]))
        antwoord = {
            key: _engine.fact_key(regel.veld)
            for regel in pack.regels
            for key, _, _ in regel.variants()
        }
        plan = Plan(groepen, _stempel(pack), antwoord, runtime.bevindingen)
        runtime.fact_plan = plan
    return plan


def naam_van(pack: Regelpakket, plan: Plan, soort: str, id_: str, taal: str) -> str:
    """The name of a category, samenwerkingsvorm or financing route in ``taal`` (kept per pack)."""
    key = (soort, id_, taal)
    naam = plan.namen.get(key)
    if naam is None:
        item = getattr(pack, soort)(id_)
        naam = plan.namen[key] = t(item.naam, taal)
    return naam


def _stempel(pack: Regelpakket) -> PakketStempel:
    """The pack's stamp as an immutable report part (``pack.stempel`` is a dict with a list)."""
    s = pack.stempel
    return PakketStempel(
        naam=s["naam"],
        versie=s["versie"],
        hash=s["hash"],
        uitbreiding_van=tuple(s["uitbreiding_van"]),
    )
