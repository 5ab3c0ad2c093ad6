"""The combined report (``substitutiecheck combineer``) as text: the parties' answers side by
side (coloured on a terminal), the differences of view, then the ordinary text report of the
combined answers, with one list of sources (split from :mod:`.combinatie`)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from ..combinatie import Combinatie
from ..i18n import tekst as itekst
from ..i18n import zichtbaar
from ..report import BronVerwijzing
from ..texts_partners import tekst
from .bronnenlijst import VAST, Bronnenlijst, apart, genummerd
from .combinatie import (
    _TEXT_COLOURS,
    _advies_uitleg,
    _cel,
    _gebruikt_zinnen,
    _gecombineerd,
    _inner,
    _verschil_ids,
    korte_namen,
    toon,
    wie_wat,
)
from .combinatie_woorden import oordeel_samenwerking
from .common import kop_advies
from .text_bronnen import lijst_regels as text_lijst
from .text_wrap import enkel_wit


def _wrap(text: str, breedte: int, indent: str = "", rest: str | None = None) -> list[str]:
    return textwrap.wrap(
        enkel_wit(zichtbaar(text, wit=True)),
        breedte,
        initial_indent=indent,
        subsequent_indent=indent + "  " if rest is None else rest,
        break_on_hyphens=False,
    ) or [indent]


def _bronregel(  # noqa: PLR0913
    lijst: Bronnenlijst,
    bronnen: tuple[BronVerwijzing, ...],
    taal: str,
    breedte: int,
    indent: str,
    keuze_apart: bool = True,
) -> list[str]:
    """'Bron: Nivel 2013 [2]; ...' wrapped, never between a label and its number; under advice
    (``keuze_apart``) the product's own choice on a line of its own, 'Advies en indeling: ...'
    (bronnenlijst.apart)."""
    out = []
    for kop, deel in apart(bronnen) if keuze_apart else [("kop.bron", tuple(bronnen))]:
        line = f"{itekst(kop, taal)}: {genummerd(lijst, deel, VAST)}"
        out += [x.replace(VAST, " ") for x in _wrap(line, breedte, indent)]
    return out


def text(c: Combinatie, kleur: bool = False, breedte: int = 88) -> str:
    import click

    taal, r = c.taal, c.rapport
    bronnen = Bronnenlijst()  # one list for the document, the ordinary report's sources too

    def style(s: str, **kw: object) -> str:
        return click.style(s, **kw) if kleur else s  # type: ignore[arg-type]

    kleuren = {"go": "green", "voorwaardelijk": "yellow", "no-go": "red"}
    kop = f"{tekst('comb.titel', taal).upper()}: {kop_advies(r, taal)}"
    out = [style(line, fg=kleuren[r.advies], bold=True) for line in _wrap(kop, breedte)]
    titel = enkel_wit(r.titel or "", alles=True) or itekst("kop.zonder_titel", taal)
    regio = enkel_wit(r.regio or "", alles=True)
    if regio and regio.casefold() not in titel.casefold():  # not '… (Twente) (Twente)' (a trial)
        titel += f" ({regio})"
    for zin in (titel, _advies_uitleg(c), r.reden, *_gebruikt_zinnen(c)):
        out += _wrap(zin, breedte)
    if c.waarschuwingen:
        out += ["", tekst("comb.waarschuwingen", taal)]
        for w in c.waarschuwingen:
            out += _wrap(w, breedte, "  - ", "    ")
    out += ["", tekst("comb.partijen", taal)]
    for n, p in enumerate(c.partijen, start=1):
        regel = f"[{n}] {p.label}" + (f", {p.bestand}" if p.bestand else "")
        out += _wrap(regel, breedte, "  ", "      ")
    labels = korte_namen(c)
    out += ["", f"{tekst('comb.verschillen', taal)} ({len(c.verschillen)})"]
    if not c.verschillen:
        out += _wrap(tekst("comb.geen_verschillen", taal), breedte, "  ", "  ")
    vragen = {q.id: q for q in c.vragen}
    for v in c.verschillen:
        q = vragen[v.id]
        kop = v.naam + (f" ({tekst('comb.tegengesteld', taal)})" if v.tegengesteld else "")
        lines = _wrap(kop, breedte, "    ", "    ")
        mark = style("!", fg="red", bold=True) if v.tegengesteld else "-"
        lines[0] = "  " + mark + lines[0][3:]
        out += lines
        antwoorden = "; ".join(f"{labels[pid]}: {_cel(q, pid, taal)}" for pid in v.antwoorden)
        antwoorden += f"; {tekst('comb.gecombineerd', taal)}: {_gecombineerd(q, taal)}"
        out += _wrap(antwoorden, breedte, "      ", "        ")
        out += _wrap(f"{itekst('kop.hoe', taal)}: {v.advies}", breedte, "      ", "        ")
        out += _bronregel(bronnen, v.bronnen, taal, breedte, "      ")
    out += _text_niet_ieder_bekend(c, breedte)
    if c.samenwerking:
        out += ["", tekst("comb.samenwerking", taal)]
        for el in c.samenwerking:
            q = vragen[f"samenwerking.{el.id}"]
            oordeel = oordeel_samenwerking(el, q, taal)
            cellen = " / ".join(_cel(q, p.id, taal) for p in c.partijen)
            out += _wrap(f"{el.naam}: {cellen}: {oordeel}", breedte, "  ", "    ")
    out += ["", tekst("comb.matrix", taal)]
    out += _text_matrix(c, style, breedte)
    out += ["", tekst("comb.regel", taal)]
    out += _wrap(c.regel, breedte, "  ", "  ")
    out += _bronregel(bronnen, c.regel_bronnen, taal, breedte, "  ", keuze_apart=False)
    streep = "=" * min(breedte, 88)
    out += ["", streep, tekst("comb.volledig_rapport", taal), streep, ""]
    inner = _inner(r, "text", taal, kleur, breedte, bronnen)
    lijst = text_lijst(bronnen, taal, breedte)
    if lijst:
        lijst[1] = style(lijst[1], bold=True)
    return "\n".join(out) + "\n" + inner + "".join(x + "\n" for x in lijst)


def _text_niet_ieder_bekend(c: Combinatie, breedte: int) -> list[str]:
    """The questions one party knows and another calls 'onbekend' (no difference of view), each
    with who answered what: why a condition a party already answers is still open."""
    taal, vragen = c.taal, c.niet_ieder_bekend()
    if not vragen:
        return []
    out = ["", f"{tekst('comb.niet_ieder_bekend', taal)} ({len(vragen)})"]
    out += _wrap(tekst("comb.niet_ieder_bekend_uitleg", taal), breedte, "  ", "  ")
    for q in vragen:
        out += _wrap(q.naam, breedte, "  ? ", "    ")
        antwoorden = "; ".join(f"{wie}: {a}" for wie, a in wie_wat(c, q))
        antwoorden += f"; {tekst('comb.gecombineerd', taal)}: {_gecombineerd(q, taal)}"
        out += _wrap(antwoorden, breedte, "      ", "        ")
    return out


def _kort(cell: str, w: int) -> str:
    return cell if len(cell) <= w else cell[: max(w - 1, 1)] + "…"


def _text_keuzes(c: Combinatie, breedte: int) -> list[str]:
    """The choices (group, form, financing): one value when all parties agree, else each
    party's ([1], [2], ...) and the one used."""
    taal, out = c.taal, []
    for q in c.vragen:
        if q.soort != "keuze":
            continue
        waarden = list(dict.fromkeys(q.partijen.values()))
        if len(waarden) == 1:
            zin = f"{q.naam}: {_gecombineerd(q, taal)}"
        else:
            delen = "; ".join(f"[{n}] {_cel(q, p.id, taal)}" for n, p in enumerate(c.partijen, 1))
            zin = f"{q.naam}: {delen}; {tekst('comb.gecombineerd', taal)}: {_gecombineerd(q, taal)}"
        out += _wrap(zin, breedte, "  ", "    ")
    return out


def _text_matrix(c: Combinatie, style: Callable[..., str], breedte: int) -> list[str]:
    """The answers side by side: one narrow column per party ([1], [2], ...), then the combined
    answer; '*' marks a difference of view. The choices come first, as sentences."""
    taal = c.taal
    verschil = _verschil_ids(c)
    rows = []
    for q in c.vragen:
        if q.soort == "keuze":
            continue
        answers = [toon(q, q.partijen.get(p.id)) for p in c.partijen] + [toon(q, q.gecombineerd)]
        cells = [_cel(q, p.id, taal) for p in c.partijen] + [_gecombineerd(q, taal)]
        rows.append((q, answers, cells))
    heads = [f"[{n}]" for n in range(1, len(c.partijen) + 1)] + [tekst("comb.gecombineerd", taal)]
    widths = [
        min(12, max(len(h), *(len(cells[i]) for _, _, cells in rows))) for i, h in enumerate(heads)
    ]
    first = max(16, min(48, breedte - 2 - sum(w + 3 for w in widths) - 3))

    def line(naam: str, cells: list[str], answers: list[str | None] | None, mark: str) -> str:
        parts = [_kort(zichtbaar(naam), first).ljust(first)]
        for i, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            padded = _kort(cell, w).ljust(w)
            kleur = _TEXT_COLOURS.get(answers[i] or "") if answers else None
            if kleur:
                padded = style(padded, fg=kleur)
            parts.append(padded)
        return ("  " + " | ".join(parts)).rstrip() + mark

    out = _text_keuzes(c, breedte)
    out.append(line(tekst("comb.vraag", taal), heads, None, ""))
    out.append("  " + "-+-".join("-" * w for w in [first, *widths]))
    open_ids = {q.id for q in c.niet_ieder_bekend()}
    for q, answers, cells in rows:
        mark = " *" if q.id in verschil else " ?" if q.id in open_ids else ""
        out.append(line(q.naam, cells, answers, mark))
    out += _wrap(tekst("comb.matrix_legenda", taal), breedte, "  ", "  ")
    if open_ids:
        out += _wrap(tekst("comb.matrix_legenda_onbekend", taal), breedte, "  ", "  ")
    return out


# -- markdown ----------------------------------------------------------------------------------
