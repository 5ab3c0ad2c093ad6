"""Helpers the human-readable reporters share: how the missing conditions are grouped and ordered
(DOMAIN §3 groups, blocking first). Ordering only; nothing here decides anything."""

from __future__ import annotations

from ..i18n import antwoord, tekst
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


def voorlopig(r: Rapport, taal: str) -> str | None:
    """'voorlopig: 5 blokkerende voorwaarden en 2 uitsluitingen nog onbekend', or None when the
    advice is not provisional. Shown after the verdict in every format's headline."""
    if not r.voorlopig:
        return None
    soort = {o.id: o.soort for o in r.ontbrekende_randvoorwaarden}
    n_rv = sum(1 for i in r.nog_onbekend if soort.get(i) == "randvoorwaarde")
    n_u = len(r.nog_onbekend) - n_rv
    delen = [tekst(key + ("_1" if n == 1 else ""), taal, n=n)
             for key, n in (("voorlopig.rv", n_rv), ("voorlopig.uitsluiting", n_u)) if n]
    return tekst("voorlopig.kop", taal, delen=tekst("voorlopig.en", taal).join(delen))


def kop_advies(r: Rapport, taal: str) -> str:
    """The verdict as the headline shows it: 'GO ONDER VOORWAARDEN (voorlopig: ...)'."""
    extra = voorlopig(r, taal)
    return tekst(f"advies.{r.advies}", taal) + (f" ({extra})" if extra else "")


def vorm_markering(v, groep: str, taal: str) -> str | None:
    """The mark of the chosen form: chosen, chosen but not fitting by the product's own
    suggestion, or chosen for a group the product makes no suggestion for. None when not chosen."""
    if not v.gekozen:
        return None
    if v.past_bij_groep is None:
        return tekst("kop.gekozen_geen_suggestie", taal)
    return tekst("kop.gekozen" if v.past_bij_groep else "kop.gekozen_past_niet", taal, groep=groep)


def vormen_kop(tl, groep: str, taal: str) -> str:
    """The heading of the forms: those that fit by the product's suggestion, or only the chosen
    one when the product suggests nothing for the group."""
    return tekst("kop.vormen" if tl.koppeling_bronnen else "kop.vormen_gekozen", taal, groep=groep)


def vormen_leeg(tl, groep: str, taal: str) -> str | None:
    """The sentence when no form fits the group by the product's suggestion (None when some do)."""
    if any(v.past_bij_groep for v in tl.samenwerkingsvormen):
        return None
    if not tl.koppeling_bronnen:  # no link stated at all: a group outside the list
        return tekst("kop.vormen_overig", taal)
    return tekst("kop.vormen_geen", taal, groep=groep)


def status_kop(v, taal: str) -> str:
    return tekst("kop.status_stand", taal, stand=v.stand) if v.stand else tekst("kop.status", taal)


def bronnen_kort(bronnen) -> str:
    return "; ".join(b.kort for b in bronnen)


def plaats(r: Rapport) -> str | None:
    if r.invoer and r.invoer.bestand:
        return r.invoer.bestand + (f":{r.invoer.regel}" if r.invoer.regel else "")
    return None


def doel_regel(d, vorm_naam: str | None, taal: str) -> str:
    """One Triple Aim pillar of the proposal: 'Verlagen van zorgkosten: verwacht + (draagt bij);
    e-book bij Meekijkconsult: ...' (the e-book part only when a form was chosen)."""
    zin = f"{d.naam}: {tekst('kop.verwacht', taal)} {d.verwacht}"
    if d.verwacht_naam and d.verwacht_naam != d.verwacht:
        zin += f" ({d.verwacht_naam})"
    if vorm_naam:
        zin += f"; {tekst('kop.volgens_ebook', taal, vorm=vorm_naam)}: {d.vorm or tekst('kop.niet_vermeld', taal)}"
    return zin


def plannen_regel(ta, taal: str) -> str:
    """'Pilot gepland: ja; Evaluatie gepland: onbekend'."""
    return "; ".join(f"{p.naam}: {antwoord(p.antwoord, taal)}" for p in ta.plannen)


def kernvoorwaarde_regels(kv, taal: str) -> list[str]:
    """The core condition as a quote, then the proposal's answer when it has one."""
    out = [f"{kv.naam}: \u201c{kv.tekst}\u201d"]
    if kv.antwoord is not None:
        out.append(f"{tekst('kop.kernvoorwaarde_antwoord', taal)}: {antwoord(kv.antwoord, taal)}")
    return out
