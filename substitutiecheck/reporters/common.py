"""Helpers the human-readable reporters share: how the missing conditions are grouped and ordered
(DOMAIN §3 groups, blocking first). Ordering only; nothing here decides anything."""

from __future__ import annotations

from typing import Generic, TypeVar

from ..i18n import antwoord, t, tekst
from ..report import (
    LAGEN,
    Bevinding,
    DoelEffect,
    Draagvlak,
    EersteLijn,
    EigenTripleAim,
    FinancieringsAdvies,
    Kernvoorwaarde,
    OntbrekendeVoorwaarde,
    PassendeVorm,
    Rapport,
    Samenwerkingsprofiel,
    Toelichting,
    laag,
)

T = TypeVar("T")

STAND = ("ja", "deels", "nee", "onbekend")
"""Answer order in tallies and charts: met, partly, not met, unknown."""


def lagen(
    r: Rapport,
) -> tuple[
    list[OntbrekendeVoorwaarde],
    list[OntbrekendeVoorwaarde],
    list[OntbrekendeVoorwaarde],
]:
    """The three tiers of what is missing, as the detail shows them: what makes it a no-go,
    what to settle first (conditions of the blocking kind), and the rest ('daarna'). The batch
    summaries count these same tiers."""
    tiers: dict[str, list[OntbrekendeVoorwaarde]] = {name: [] for name in LAGEN}
    for o in r.ontbrekende_randvoorwaarden:  # one rule for the tiers: report.laag
        tiers[laag(o.ernst, o.blokkerend)].append(o)
    return tiers["no_go"], tiers["eerst"], tiers["daarna"]


def laag_tellingen(r: Rapport) -> tuple[int, int, int]:
    """How many items each tier has."""
    blocking, first, then = lagen(r)
    return len(blocking), len(first), len(then)


LAAG_KOPPEN = ("kop.blokkerend_nogo", "kop.eerst_regelen", "kop.daarna")
"""The heading of each tier in the detail; ``LAAG_KOLOMMEN`` the short one in a summary."""
LAAG_KOLOMMEN = ("kop.laag_nogo", "kop.laag_eerst", "kop.daarna")


def per_laag(
    r: Rapport, taal: str
) -> list[tuple[str, list[tuple[str | None, list[OntbrekendeVoorwaarde]]]]]:
    """(tier heading, [(group name or None, items)]) in reading order (DOMAIN §7: blocking ones
    first): what makes it a no-go (not split by group), then 'settle first', then the rest;
    within those two per DOMAIN §3 group (suitability of the patient group first, extra rules
    last). Empty tiers and groups are left out."""
    blocking, first, then = lagen(r)
    out: list[tuple[str, list[tuple[str | None, list[OntbrekendeVoorwaarde]]]]] = []
    if blocking:
        out.append((tekst(LAAG_KOPPEN[0], taal), [(None, blocking)]))
    groups: list[tuple[str | None, str]] = [("__geschikt", tekst("kop.geschikt_uitsluiting", taal))]
    if r.toelichting:
        groups += [(g.id, g.naam) for g in r.toelichting.randvoorwaarden_per_groep]
    else:  # --geen-toelichting: the group names from the pack's table ('Overige regels' was all)
        groups += _groepen(r, taal)
    known = {g for g, _ in groups}
    groups.append(("__overig", tekst("kop.overige_regels", taal)))

    def group_of(o: OntbrekendeVoorwaarde) -> str:
        if o.soort in ("uitsluiting", "categorie"):
            return "__geschikt"
        if o.groep in known:
            return o.groep  # type: ignore[return-value]
        return "__overig"

    for key, tier_items in ((LAAG_KOPPEN[1], first), (LAAG_KOPPEN[2], then)):
        parts: list[tuple[str | None, list[OntbrekendeVoorwaarde]]] = [
            (naam, items)
            for gid, naam in groups
            if (items := [o for o in tier_items if group_of(o) == gid])
        ]
        if parts:
            out.append((tekst(key, taal), parts))
    return out


def _groepen(r: Rapport, taal: str) -> list[tuple[str | None, str]]:
    """The DOMAIN §3 groups of the report's pack, in pack order, when that pack is loaded."""
    from ..report_tables import pakket_van

    try:
        pack = pakket_van(r)
    except ValueError:  # a saved report of a pack that is not loaded: 'Overige regels'
        return []
    return [(g.id, t(g.naam, taal)) for g in pack.groepen]


def notities(r: Rapport) -> list[Bevinding]:
    """Notes to list separately: the Kaats & Opheij notes are shown in the profile instead."""
    profile = r.toelichting is not None and r.toelichting.samenwerking is not None
    return [
        b
        for b in r.bevindingen
        if b.ernst == "notitie" and not (profile and b.regel.startswith("samenwerking."))
    ]


def voorlopig(r: Rapport, taal: str) -> str | None:
    """'voorlopig: 5 blokkerende voorwaarden en 2 uitsluitingen nog onbekend', or None when the
    advice is not provisional. Shown after the verdict in every format's headline."""
    if not r.voorlopig:
        return None
    soort = {o.id: o.soort for o in r.ontbrekende_randvoorwaarden}
    n_rv = sum(1 for i in r.nog_onbekend if soort.get(i) == "randvoorwaarde")
    n_u = len(r.nog_onbekend) - n_rv
    delen = [
        tekst(key + ("_1" if n == 1 else ""), taal, n=n)
        for key, n in (("voorlopig.rv", n_rv), ("voorlopig.uitsluiting", n_u))
        if n
    ]
    return tekst("voorlopig.kop", taal, delen=tekst("voorlopig.en", taal).join(delen))


def antwoord_van(o: OntbrekendeVoorwaarde, taal: str) -> str | None:
    """What a missing condition's line says of its answer, 'antwoord: deels; blokkerend bij:
    nee', in every format; None for a category ('overig'): its answer is its own id, which the
    line already names."""
    if o.soort == "categorie":
        return None
    out = f"{tekst('kop.antwoord', taal)}: {antwoord(o.antwoord, taal)}"
    if o.blokkeert_bij and o.ernst != "blokkerend":
        out += f"; {tekst('kop.blokkerend_bij', taal, antwoord=antwoord(o.blokkeert_bij, taal))}"
    return out


def waarom(r: Rapport, o: OntbrekendeVoorwaarde) -> str | None:
    """Why a missing condition blocks or asks for more: its finding's own text, the statement
    with its attribution ('Acute complexe patiëntengroepen zijn volgens het e-book (bronnen:
    Nivel 2013 en Plexus 2015) niet geschikt voor substitutie.', or a regional pack's 'In deze
    regio valt spoedzorg buiten substitutieprojecten: …'), shown as 'Waarom' in text, Markdown and
    HTML (JSON has it in its table 'regels'). None for a precondition, whose text only restates
    its name ('Randvoorwaarde … is niet vervuld'), and for an exclusion not yet answered ('Nog
    niet vastgesteld of …': the line's answer says so)."""
    if o.soort == "randvoorwaarde" or (o.soort == "uitsluiting" and o.ernst != "blokkerend"):
        return None
    return next((b.tekst for b in r.bevindingen if b.regel == o.regel and b.tekst), None)


def kop_advies(r: Rapport, taal: str) -> str:
    """The verdict as the headline shows it: 'GO ONDER VOORWAARDEN (voorlopig: ...)'."""
    extra = voorlopig(r, taal)
    return tekst(f"advies.{r.advies}", taal) + (f" ({extra})" if extra else "")


def vorm_markering(v: PassendeVorm, groep: str, taal: str) -> str | None:
    """The mark of the chosen form: chosen, chosen but not fitting by the product's own
    suggestion, or chosen for a group the product makes no suggestion for. None when not chosen."""
    if not v.gekozen:
        return None
    if v.past_bij_groep is None:
        return tekst("kop.gekozen_geen_suggestie", taal)
    return tekst(
        "kop.gekozen" if v.past_bij_groep else "kop.gekozen_past_niet",
        taal,
        groep=groep,
    )


def vormen_kop(tl: Toelichting, groep: str, taal: str) -> str:
    """The heading of the forms: those that fit by the product's suggestion, or only the chosen
    one when the product suggests nothing for the group."""
    return tekst(
        "kop.vormen" if tl.koppeling_bronnen else "kop.vormen_gekozen",
        taal,
        groep=groep,
    )


def vormen_leeg(tl: Toelichting, groep: str, taal: str) -> str | None:
    """The sentence when no form fits the group by the product's suggestion (None when some do)."""
    if any(v.past_bij_groep for v in tl.samenwerkingsvormen):
        return None
    if not tl.koppeling_bronnen:  # no link stated: 'overig', or a group the pack excludes
        return tekst("kop.vormen_overig", taal)
    return tekst("kop.vormen_geen", taal, groep=groep)


def status_kop(v: PassendeVorm, taal: str) -> str:
    return tekst("kop.status_stand", taal, stand=v.stand) if v.stand else tekst("kop.status", taal)


def plaats(r: Rapport) -> str | None:
    if r.invoer and r.invoer.bestand:
        return r.invoer.bestand + (f":{r.invoer.regel}" if r.invoer.regel else "")
    return None


def doel_regel(d: DoelEffect, vorm_naam: str | None, taal: str) -> str:
    """One Triple Aim pillar of the proposal: 'Verlagen van zorgkosten: verwacht + (draagt bij);
    e-book bij Meekijkconsult: ...' (the e-book part only when a form was chosen)."""
    zin = f"{d.naam}: {tekst('kop.verwacht', taal)} {d.verwacht}"
    if d.verwacht_naam and d.verwacht_naam != d.verwacht:
        zin += f" ({d.verwacht_naam})"
    if vorm_naam:
        zin += f"; {tekst('kop.volgens_ebook', taal, vorm=vorm_naam)}: {d.vorm or tekst('kop.niet_vermeld', taal)}"
    return zin


def plannen_regel(ta: EigenTripleAim, taal: str) -> str:
    """'Pilot gepland: ja; Evaluatie gepland: onbekend'."""
    return "; ".join(f"{p.naam}: {antwoord(p.antwoord, taal)}" for p in ta.plannen)


def kernvoorwaarde_regels(kv: Kernvoorwaarde, taal: str) -> list[str]:
    """The core condition as a quote, then the proposal's answer when it has one."""
    out = [f"{kv.naam}: \u201c{kv.tekst}\u201d"]
    if kv.antwoord is not None:
        out.append(f"{tekst('kop.kernvoorwaarde_antwoord', taal)}: {antwoord(kv.antwoord, taal)}")
    return out


class NotesWriter(Generic[T]):
    """The one walk of the notes around the verdict (:class:`Toelichting`) for every format: its
    parts in reading order, the absent ones left out. A reporter says how each part looks (as
    lines of text, or pieces of HTML); the walk decides which parts there are and in what order."""

    def toelichting(self, tl: Toelichting, groep: str) -> list[T]:
        """All parts, for a report on patient group ``groep`` (its display name)."""
        out = self.stand(tl) + self.vormen(tl, groep)
        if tl.triple_aim is not None:  # the proposal's own expectation, right after the forms
            out += self.triple_aim(tl.triple_aim)
        if tl.eerste_lijn is not None:
            out += self.eerste_lijn(tl.eerste_lijn)
        out += self.financiering(tl.financiering)
        if tl.draagvlak is not None:
            out += self.draagvlak(tl.draagvlak)
        return out + self.samenwerking(tl.kernvoorwaarde, tl.samenwerking)

    def stand(self, tl: Toelichting) -> list[T]:
        """The tally of the randvoorwaarden per group (a format may show it elsewhere)."""
        return []

    def vormen(self, tl: Toelichting, groep: str) -> list[T]:
        """The samenwerkingsvormen that fit the group, the chosen one first."""
        raise NotImplementedError

    def triple_aim(self, ta: EigenTripleAim) -> list[T]:
        raise NotImplementedError

    def eerste_lijn(self, el: EersteLijn) -> list[T]:
        raise NotImplementedError

    def financiering(self, f: FinancieringsAdvies) -> list[T]:
        raise NotImplementedError

    def draagvlak(self, d: Draagvlak) -> list[T]:
        raise NotImplementedError

    def samenwerking(self, kv: Kernvoorwaarde | None, sp: Samenwerkingsprofiel | None) -> list[T]:
        """The core condition and the Kaats & Opheij profile (a sentence when there is none)."""
        raise NotImplementedError
