"""Helpers the human-readable reporters share: how the missing conditions are grouped and ordered
(DOMAIN §3 groups, blocking first). Ordering only; nothing here decides anything."""

from __future__ import annotations

from ..i18n import tekst
from ..report import Bevinding, OntbrekendeVoorwaarde, Rapport

STAND = ("ja", "deels", "nee", "onbekend")
"""Answer order in tallies and charts: met, partly, not met, unknown."""


def secties(r: Rapport, taal: str) -> list[tuple[str, list[OntbrekendeVoorwaarde]]]:
    """(heading, items) in reading order (DOMAIN §7: blocking ones first): what makes it a no-go,
    then the conditions of the blocking kind ('settle first'), then the rest; within each tier
    per DOMAIN §3 group (suitability of the patient group first, extra rules last). Empty
    sections are left out."""
    missing = r.ontbrekende_randvoorwaarden
    out: list[tuple[str, list[OntbrekendeVoorwaarde]]] = []
    blocking = [o for o in missing if o.ernst == "blokkerend"]
    if blocking:
        out.append((tekst("kop.blokkerend_nogo", taal), blocking))
    rest = [o for o in missing if o.ernst != "blokkerend"]
    groups: list[tuple[str | None, str]] = [("__geschikt", tekst("kop.geschikt_uitsluiting", taal))]
    if r.toelichting:
        groups += [(g.id, g.naam) for g in r.toelichting.randvoorwaarden_per_groep]
    known = {g for g, _ in groups}
    groups.append(("__overig", tekst("kop.overige_regels", taal)))

    def group_of(o: OntbrekendeVoorwaarde) -> str:
        if o.soort in ("uitsluiting", "categorie"):
            return "__geschikt"
        if o.groep in known:
            return o.groep  # type: ignore[return-value]
        return "__overig"

    tiers = [(tekst("kop.eerst_regelen", taal), [o for o in rest if o.blokkerend]),
             (tekst("kop.daarna", taal), [o for o in rest if not o.blokkerend])]
    for tier, tier_items in tiers:
        for gid, naam in groups:
            items = [o for o in tier_items if group_of(o) == gid]
            if items:
                out.append((f"{tier} — {naam}", items))
    return out


def notities(r: Rapport) -> list[Bevinding]:
    """Notes to list separately: the Kaats & Opheij notes are shown in the profile instead."""
    profile = r.toelichting is not None and r.toelichting.samenwerking is not None
    return [b for b in r.bevindingen if b.ernst == "notitie"
            and not (profile and b.regel.startswith("samenwerking."))]


def bronnen_kort(bronnen) -> str:
    return "; ".join(b.kort for b in bronnen)


def plaats(r: Rapport) -> str | None:
    if r.invoer and r.invoer.bestand:
        return r.invoer.bestand + (f":{r.invoer.regel}" if r.invoer.regel else "")
    return None
