"""What ``substitutiecheck regels`` shows about a pack: lists and explanations as lines of text.
Renders only; the CLI prints."""

from __future__ import annotations

import difflib

from .conditions import beschrijf
from .errors import Probleem, RegelpakketFout
from .i18n import tekst
from .pack import Regel, Regelpakket, t


def _ernst(regel: Regel, taal: str) -> str:
    text = tekst(f"ernst.{regel.ernst}", taal)
    if regel.blokkerend_als is not None and regel.ernst_blokkerend != regel.ernst:
        text += " " + tekst("regels.blokkerend_als", taal, conditie=beschrijf(regel.blokkerend_als, taal))
    return text


def regel_lijst(pack: Regelpakket, taal: str = "nl") -> list[str]:
    lines = [f"{tekst('kop.regelpakket', taal)}: {pack.naam} {pack.versie} ({pack.hash})"
             + (f" — {tekst('regels.breidt_uit', taal)} {' > '.join(pack.uitbreiding_van)}" if pack.uitbreiding_van else ""),
             t(pack.titel, taal), ""]
    width = max(len(r.id) for r in pack.regels)
    for r in pack.regels:
        bronnen = ", ".join(pack.bron_tekst(b, "kort", taal) for b in r.bron)
        keuze = f"  ({tekst('regels.productkeuze_lijst', taal)})" if any(pack.is_productkeuze(b) for b in r.bron) else ""
        lines.append(f"{r.id:<{width}}  {_ernst(r, taal)}{keuze}")
        lines.append(f"{'':<{width}}  {t(r.naam, taal)} [{bronnen}]")
    lines.append("")
    lines.append(tekst("regels.aantal", taal, n=len(pack.regels)))
    return lines


def _item_for(pack: Regelpakket, regel: Regel):
    collections = {"randvoorwaarde": pack.randvoorwaarden, "uitsluiting": pack.uitsluitingen,
                   "categorie": pack.categorieen, "samenwerking": pack.elementen}
    for item in collections.get(regel.soort, ()):
        if item["id"] == regel.onderwerp:
            return item
    return None


def regel_uitleg(pack: Regelpakket, rid: str, taal: str = "nl") -> list[str]:
    regel = pack.regels_by_id.get(rid)
    if regel is None:
        close = difflib.get_close_matches(rid, list(pack.regels_by_id), n=1, cutoff=0.5)
        hint_nl = f"; bedoelde u '{close[0]}'?" if close else "; zie 'substitutiecheck regels' voor de lijst"
        hint_en = f"; did you mean '{close[0]}'?" if close else "; see 'substitutiecheck regels' for the list"
        raise RegelpakketFout(Probleem("", f"onbekende regel '{rid}'{hint_nl}", f"unknown rule '{rid}'{hint_en}"))
    item = _item_for(pack, regel) or {}
    lines = [regel.id, f"  {tekst('regels.naam', taal)}: {t(regel.naam, taal)}",
             f"  {tekst('regels.vuurt_als', taal)}: {beschrijf(regel.als, taal)}",
             f"  {tekst('regels.ernst', taal)}: {_ernst(regel, taal)}",
             f"  {tekst('regels.bevinding', taal)}: {t(regel.tekst, taal)}"]
    if item.get("vraag"):
        lines.append(f"  {tekst('regels.vraag', taal)}: {t(item['vraag'], taal)}")
    if item.get("toelichting"):
        lines.append(f"  {tekst('regels.waarom', taal)}: {t(item['toelichting'], taal)}")
    if regel.advies:
        lines.append(f"  {tekst('kop.hoe', taal)}: {t(regel.advies, taal)}")
    lines.append(f"  {tekst('kop.bron', taal)}:")
    for b in regel.bron:
        mark = f" [{tekst('regels.productkeuze_kort', taal)}]" if pack.is_productkeuze(b) else ""
        lines.append(f"    - {pack.bron_tekst(b, 'kort', taal)}{mark}: {pack.bron_tekst(b, 'titel', taal)}")
    if any(pack.is_productkeuze(b) for b in regel.bron):
        lines.append(f"  {tekst('regels.productkeuze', taal)}")
    return lines
