"""The combined report (``substitutiecheck combineer``) in every format: text, markdown, HTML
(with colours), CSV and JSON. It renders a :class:`~substitutiecheck.combineren.Combinatie` and
decides nothing. The advice for the combined answers is the ordinary report, rendered by the
ordinary reporter of the format and placed after the parties' views."""

from __future__ import annotations

import csv
import io
import json
from typing import TextIO

from ..combinatie import Combinatie, Vraag
from ..i18n import tekst as itekst
from ..report import Rapport
from ..texts_partners import tekst
from . import reporter_by_name
from .bronnenlijst import Bronnenlijst, MetBronnenlijst, apart
from .combinatie_woorden import oordeel_samenwerking
from .common import kop_advies
from .csvfmt import VeiligeRij
from .markdown import lijst_regels as md_lijst
from .markdown import md, verwijzingen

_TEXT_COLOURS = {"goed": "green", "half": "yellow", "slecht": "red"}
_TOON = {"ja": "goed", "deels": "half", "nee": "slecht", "onbekend": "onbekend"}
_TOON_UITSLUITING = {"ja": "slecht", "nee": "goed", "onbekend": "onbekend"}


def toon(q: Vraag, a: str | None) -> str | None:
    """How an answer reads: goed, half, slecht or onbekend (an exclusion 'ja' is bad, its 'nee'
    good); None for a choice or an empty answer."""
    if a is None or q.soort == "keuze":
        return None
    return (_TOON_UITSLUITING if q.soort == "uitsluitingen" else _TOON).get(a)


def _cel(v: Vraag, pid: str, taal: str) -> str:
    a = v.partijen.get(pid)
    return tekst("comb.niet_ingevuld", taal) if a is None else v.namen.get(a, a)


def _gecombineerd(v: Vraag, taal: str) -> str:
    a = v.gecombineerd
    return tekst("comb.niet_ingevuld", taal) if a is None else v.namen.get(a, a)


def korte_namen(c: Combinatie) -> dict[str, str]:
    """Party id -> its role name ('Huisarts'), or its whole label when two share a role."""
    rollen = [p.rol for p in c.partijen]
    return {
        p.id: p.rol_naam if p.rol_naam and rollen.count(p.rol) == 1 else p.label for p in c.partijen
    }


def _verschil_ids(c: Combinatie) -> set[str]:
    return {v.id for v in c.verschillen}


def wie_wat(c: Combinatie, q: Vraag) -> list[tuple[str, str]]:
    """(party, its answer) for a question not yet known to every party: those who know first,
    then those who say 'onbekend' (then any who left it open), each in the parties' order."""
    labels = korte_namen(c)
    onbekend = set(q.onbekend_bij)
    eerst = [p.id for p in c.partijen if q.partijen.get(p.id) is not None and p.id not in onbekend]
    rest = [p.id for p in c.partijen if p.id in onbekend]
    rest += [p.id for p in c.partijen if q.partijen.get(p.id) is None]
    return [(labels[pid], _cel(q, pid, c.taal)) for pid in (*eerst, *rest)]


def _gebruikt_zinnen(c: Combinatie) -> list[str]:
    """'Gebruikt voor het advies: samenwerkingsvorm 'X' (Huisarts); ook genoemd: 'Y' (...)'."""
    labels = korte_namen(c)
    out = []
    for v in c.gebruikt():
        vraag = next(q for q in c.vragen if q.id == v.id)
        first = next(pid for pid, a in v.antwoorden.items() if a == v.gebruikt)
        anders: dict[str, list[str]] = {}
        for pid, a in v.antwoorden.items():
            if a not in (None, "", "onbekend", v.gebruikt):
                anders.setdefault(vraag.namen.get(a or "", a or ""), []).append(labels[pid])
        out.append(
            tekst(
                "comb.gebruikt",
                c.taal,
                veld=tekst(f"comb.veld.{v.id.rpartition('.')[2]}", c.taal),
                waarde=v.gebruikt_naam,
                partij=labels[first],
                anders="; ".join(f"'{w}' ({', '.join(ps)})" for w, ps in anders.items()),
            )
        )
    return out


def _advies_uitleg(c: Combinatie) -> str:
    n = len(c.partijen)
    return (
        tekst("comb.advies_uitleg", c.taal, n=n) if n > 1 else tekst("comb.advies_uitleg_1", c.taal)
    )


def _inner(  # noqa: PLR0913 - the reporter's options, and the document's list of sources
    r: Rapport,
    fmt: str,
    taal: str,
    kleur: bool = False,
    breedte: int = 88,
    bronnen: Bronnenlijst | None = None,
) -> str:
    """The ordinary report of the combined answers; with ``bronnen`` it numbers its sources in
    that list (the combined document's) and leaves the list out."""
    buf = io.StringIO()
    rep = reporter_by_name(fmt)(out=buf, taal=taal, kleur=kleur, breedte=breedte)
    if bronnen is not None:
        assert isinstance(rep, MetBronnenlijst)
        rep.deel_bronnenlijst(bronnen)
    rep.samenvatting.tel(r)
    rep.rapport(r)
    rep.einde()
    return buf.getvalue()


# -- text --------------------------------------------------------------------------------------


def markdown(c: Combinatie) -> str:
    taal, r = c.taal, c.rapport
    bronnen = Bronnenlijst()  # one list for the document, the ordinary report's sources too
    labels = korte_namen(c)
    out = [
        f"# {md(tekst('comb.titel', taal))}: {md(r.titel or itekst('kop.zonder_titel', taal))}",
        "",
        f"**{md(kop_advies(r, taal))}**. {md(r.reden)}",
        "",
        md(_advies_uitleg(c)),
    ]
    out += [f"\n{md(z)}" for z in _gebruikt_zinnen(c)]
    if c.waarschuwingen:
        out += ["", f"**{md(tekst('comb.waarschuwingen', taal))}**", ""]
        out += [f"- {md(w)}" for w in c.waarschuwingen]
    out += ["", f"## {md(tekst('comb.partijen', taal))}", ""]
    out += [
        f"- `{p.id}`: {md(p.label)}" + (f" ({md(p.bestand)})" if p.bestand else "")
        for p in c.partijen
    ]
    out += ["", f"## {md(tekst('comb.verschillen', taal))}", ""]
    if not c.verschillen:
        out.append(md(tekst("comb.geen_verschillen", taal)))
    vragen = {q.id: q for q in c.vragen}
    for v in c.verschillen:
        q = vragen[v.id]
        kop = f"**{md(v.naam)}**" + (
            f" ({md(tekst('comb.tegengesteld', taal))})" if v.tegengesteld else ""
        )
        antwoorden = "; ".join(
            f"{md(labels[pid])}: {md(_cel(q, pid, taal))}" for pid in v.antwoorden
        )
        out += [
            f"- {kop}: {antwoorden}; {md(tekst('comb.gecombineerd', taal))}: "
            f"**{md(_gecombineerd(q, taal))}**",
            f"  - {md(itekst('kop.hoe', taal))}: {md(v.advies)}",
        ]
        out += [  # the product's own choice apart (bronnenlijst.apart)
            f"  - {md(itekst(kop, taal))}: {verwijzingen(bronnen, deel)}"
            for kop, deel in apart(v.bronnen)
        ]
    open_bij = c.niet_ieder_bekend()
    if open_bij:
        out += ["", f"## {md(tekst('comb.niet_ieder_bekend', taal))} ({len(open_bij)})", ""]
        out += [md(tekst("comb.niet_ieder_bekend_uitleg", taal)), ""]
        for q in open_bij:
            antwoorden = "; ".join(f"{md(wie)}: {md(a)}" for wie, a in wie_wat(c, q))
            out.append(
                f"- **{md(q.naam)}**: {antwoorden}; {md(tekst('comb.gecombineerd', taal))}: "
                f"**{md(_gecombineerd(q, taal))}**"
            )
    if c.samenwerking:
        out += ["", f"## {md(tekst('comb.samenwerking', taal))}", ""]
        out.append(
            "| | "
            + " | ".join(md(labels[p.id]) for p in c.partijen)
            + f" | {md(tekst('comb.in_ieders_ogen', taal))} |"
        )
        out.append("|---" * (len(c.partijen) + 2) + "|")
        for el in c.samenwerking:
            q = vragen[f"samenwerking.{el.id}"]
            oordeel = oordeel_samenwerking(el, q, taal)
            out.append(
                f"| {md(el.naam)} | "
                + " | ".join(md(_cel(q, p.id, taal)) for p in c.partijen)
                + f" | {md(oordeel)} |"
            )
    out += ["", f"## {md(tekst('comb.matrix', taal))}", ""]
    out.append(
        f"| {md(tekst('comb.vraag', taal))} | "
        + " | ".join(md(labels[p.id]) for p in c.partijen)
        + f" | {md(tekst('comb.gecombineerd', taal))} |"
    )
    out.append("|---" * (len(c.partijen) + 2) + "|")
    verschil = _verschil_ids(c)
    open_ids = {q.id for q in open_bij}
    for q in c.vragen:
        naam = f"**{md(q.naam)}**" if q.id in verschil else md(q.naam)
        if q.id in open_ids:
            naam += " ?"
        out.append(
            f"| {naam} | "
            + " | ".join(md(_cel(q, p.id, taal)) for p in c.partijen)
            + f" | **{md(_gecombineerd(q, taal))}** |"
        )
    if open_bij:
        out += ["", md(tekst("comb.matrix_legenda_onbekend", taal))]
    out += ["", f"## {md(tekst('comb.regel', taal))}", "", md(c.regel), ""]
    out.append(f"{md(itekst('kop.bron', taal))}: {verwijzingen(bronnen, c.regel_bronnen)}")
    lines = _inner(r, "markdown", taal, bronnen=bronnen).splitlines()
    if lines and lines[0].startswith("# "):  # its own document title: the heading above says it
        lines = lines[1:]
    inner = "\n".join(("#" + x if x.startswith("#") else x) for x in lines).strip("\n")
    out += ["", f"## {md(tekst('comb.volledig_rapport', taal))}", "", inner]
    out += ["", *md_lijst(bronnen, taal)]  # each cited source once, at the end
    return "\n".join(out).rstrip("\n") + "\n"


# -- CSV and JSON ------------------------------------------------------------------------------

CSV_KOLOMMEN = {
    "nl": ("vraag_id", "vraag", "gecombineerd", "verschil"),
    "en": ("question_id", "question", "combined", "difference"),
}


def csv_text(c: Combinatie, scheiding: str = ";") -> str:
    """One row per question: its id and name, each party's answer, the combined one, and
    whether known answers differ (ja/nee, or yes/no in English)."""
    taal = c.taal
    buf = io.StringIO(newline="")
    w = VeiligeRij(
        csv.writer(buf, delimiter=scheiding, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    )
    qid, naam, comb, diff = CSV_KOLOMMEN["en" if taal == "en" else "nl"]
    w.writerow([qid, naam, *(p.label for p in c.partijen), comb, diff])
    verschil = _verschil_ids(c)
    for q in c.vragen:
        w.writerow(
            [
                q.id,
                q.naam,
                *(_cel(q, p.id, taal) for p in c.partijen),
                _gecombineerd(q, taal),
                itekst("antwoord.ja" if q.id in verschil else "antwoord.nee", taal),
            ]
        )
    return "\ufeff" + buf.getvalue()


def json_text(c: Combinatie) -> str:
    return json.dumps(c.naar_dict(), ensure_ascii=False, indent=2) + "\n"


def schrijf(
    c: Combinatie,
    fmt: str,
    out: TextIO,
    *,
    kleur: bool = False,
    breedte: int = 88,
    scheiding: str = ";",
) -> None:
    """Write the combined report in ``fmt`` (text, markdown, html, csv, json)."""
    if fmt == "text":
        from .combinatie_text import text

        out.write(text(c, kleur, breedte))
    elif fmt == "markdown":
        out.write(markdown(c))
    elif fmt == "html":
        from .combinatie_html import html

        out.write(html(c))
    elif fmt == "csv":
        out.write(csv_text(c, scheiding))
    elif fmt == "json":
        out.write(json_text(c))
    else:
        raise ValueError(f"geen formaat {fmt!r} voor een gecombineerd rapport")
