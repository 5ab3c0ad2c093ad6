"""``--format markdown``: one Markdown document (CommonMark with GitHub tables) to paste into a
project plan. One section per proposal; with more than one input a summary table comes first.
Text from proposals is escaped so that a title can never turn into markup."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import InvoerFout
from ..i18n import antwoord, tekst, zichtbaar
from ..report import (
    BronVerwijzing,
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
)
from . import Reporter
from .bronnenlijst import Bronnenlijst, MetBronnenlijst, apart, kenmerken
from .common import (
    LAAG_KOLOMMEN,
    STAND,
    NotesWriter,
    antwoord_van,
    doel_regel,
    kernvoorwaarde_regels,
    kop_advies,
    lagen,
    notities,
    per_laag,
    plaats,
    plannen_regel,
    status_kop,
    vorm_markering,
    vormen_kop,
    vormen_leeg,
    waarom,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
"""Inline markup characters; '(' ')' and '!' only act after ']' or before '[', escaped here."""


def md(text: str | None) -> str:
    """Escape Markdown punctuation, fold line breaks and show control characters, so user text
    stays plain text."""
    if text is None:
        return ""
    text = zichtbaar(" ".join(str(text).split()))
    text = _SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"&(?=#?[A-Za-z0-9]+;)", r"\\&", text)  # '&amp;' would become an entity
    # a leading '#', '-', '+', '=' or 'N.' would start a heading, a list or an underline
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
    return re.sub(r"^([#+=-])", r"\\\1", text)


def code(text: str) -> str:
    """Inline code; a line break or control character in it is shown, never obeyed."""
    return "`" + zichtbaar(text).replace("`", "'") + "`"


def verwijzingen(lijst: Bronnenlijst, bronnen: Iterable[BronVerwijzing]) -> str:
    """'Nivel 2013 [2]; ...': each label with its number in the list at the end of the document
    ('[2]' is a reference link, defined by :func:`lijst_regels`)."""
    return "; ".join(f"{md(b.kort)} [{n}]" for n, b in lijst.nummers(bronnen))


def lijst_regels(lijst: Bronnenlijst, taal: str, niveau: int = 2) -> list[str]:
    """The list of sources at the end of a document: a numbered list, each item with the anchor
    the numbers in the body link to ('[2]' there is a reference link, defined below the list).
    Empty when the document cites no source."""
    if not len(lijst):
        return []
    out = [
        f"{'#' * niveau} {tekst('kop.bronnen', taal)}",
        "",
        md(tekst("kop.bronnen_uitleg", taal)),
        "",
    ]
    out += [
        f'{n}. <a id="bron-{n}"></a>**{md(b.kort)}** ({md(kenmerken(b, taal))}): {md(b.titel)}'
        for n, b in lijst
    ]
    return out + [""] + [f"[{n}]: #bron-{n}" for n, _ in lijst] + [""]


class MarkdownReporter(Reporter, NotesWriter[str], MetBronnenlijst):
    def __post_init__(self) -> None:
        self.bronnenlijst = Bronnenlijst()
        self._secties: list[str] = []
        self._rijen: list[tuple[str, str, str, tuple[int, ...]]] = []
        self._fouten: list[InvoerFout] = []

    def rapport(self, r: Rapport) -> None:
        self._rijen.append(
            (
                r.titel or tekst("kop.zonder_titel", self.taal),
                plaats(r) or "",
                kop_advies(r, self.taal),
                tuple(len(laag) for laag in lagen(r)),
            )
        )
        self._secties.append(self._sectie(r))

    def fout(self, fout: InvoerFout) -> None:
        self._fouten.append(fout)

    def einde(self) -> None:
        taal = self.taal
        out = [f"# {tekst('kop.rapport', taal)}", ""]
        s = self.samenvatting
        if s.totaal > 1 or self._fouten:
            out += [f"## {tekst('kop.samenvatting', taal)}", "", md(s.regel(taal)), ""]
            if self._rijen:
                out += [
                    f"| # | {tekst('kop.titel', taal)} | {tekst('kop.invoer', taal)} | "
                    f"{tekst('kop.advies', taal)} | "
                    + " | ".join(tekst(k, taal) for k in LAAG_KOLOMMEN)
                    + " |",
                    "|---:|---|---|---|---:|---:|---:|",
                ]
                for i, (titel, waar, advies, tellingen) in enumerate(self._rijen, 1):
                    out.append(
                        f"| {i} | {md(titel)} | {md(waar)} | **{advies}** | "
                        + " | ".join(map(str, tellingen))
                        + " |"
                    )
                out.append("")
            knelpunten = s.knelpunten()
            if knelpunten is not None:  # the region's bottlenecks (issue 17)
                from .knelpunten import markdown_regels

                out += markdown_regels(knelpunten, taal)[1:] + [""]
            if self._fouten:
                out += [f"### {tekst('kop.fouten', taal)}", ""]
                out += [f"- {md(line)}" for f in self._fouten for line in f.regels(taal)]
                out.append("")
        out.extend(self._secties)
        if self.lijst_schrijven:  # each cited source once, before the footer
            out += lijst_regels(self.bronnenlijst, taal)
        out += ["---", "", f"*{md(tekst('kop.gegenereerd', taal))}*", ""]
        self.out.write("\n".join(out))

    # -- one proposal ---------------------------------------------------------------------------
    def _sectie(self, r: Rapport) -> str:
        taal = self.taal
        out = [f"## {md(r.titel or tekst('kop.zonder_titel', taal))}", ""]
        out += [
            f"**{tekst('kop.advies', taal)}: {md(kop_advies(r, taal))}.** {md(r.reden)}",
            "",
        ]
        facts = []
        waar = plaats(r)
        if waar:
            facts.append((tekst("kop.invoer", taal), code(waar)))
        if r.regio:
            facts.append((tekst("kop.regio", taal), md(r.regio)))
        facts.append((tekst("kop.patientgroep", taal), md(r.categorie_naam)))
        if r.omschrijving:  # None when blank (evaluation._omschrijving)
            facts.append((tekst("kop.omschrijving", taal), md(r.omschrijving)))
        if r.samenwerkingsvorm_naam:
            facts.append((tekst("kop.samenwerkingsvorm", taal), md(r.samenwerkingsvorm_naam)))
        facts.append((tekst("kop.financiering", taal), md(r.financiering_naam)))
        out += [f"- {k}: {v}" for k, v in facts] + [""]

        missing = r.ontbrekende_randvoorwaarden
        out.append(f"### {tekst('kop.ontbreekt', taal)} ({len(missing)})")
        out.append("")
        if not missing:
            out += [tekst("kop.niets_ontbreekt", taal), ""]
        for tier, parts in per_laag(r, taal):  # each tier heading once, its groups beneath
            out += [f"#### {md(tier)}", ""]
            for naam, items in parts:
                if naam is not None:
                    out += [f"**{md(naam)}**", ""]
                for o in items:
                    out.extend(self._missing(o, waarom(r, o)))
                out.append("")
        if r.toelichting is not None:
            out += [f"### {tekst('kop.toelichting', taal)}", ""]
            out.extend(self.toelichting(r.toelichting, r.categorie_naam))
        notes = notities(r)
        if notes:
            out += [f"### {tekst('kop.notities', taal)}", ""]
            for b in notes:
                line = f"- {md(b.tekst)}"
                if b.advies:
                    line += f" {md(b.advies)}"
                out.append(line + "".join(f" *{x}*" for x in self._bronnen_apart(b.bronnen)))
            out.append("")
        p = r.regelpakket
        out += [
            f"*{tekst('kop.regelpakket', taal)}: {md(p.naam)} {md(p.versie)} ({code(p.hash)})*",
            "",
        ]
        return "\n".join(out)

    def _missing(self, o: OntbrekendeVoorwaarde, reden: str | None = None) -> list[str]:
        taal = self.taal
        mark = "✗" if o.ernst == "blokkerend" else "!"
        waarde = antwoord_van(o, taal)
        out = [f"- {mark} **{md(o.naam)}** ({code(o.id)}{f'; {md(waarde)}' if waarde else ''})"]
        if reden:
            out.append(f"  - {tekst('kop.waarom', taal)}: {md(reden)}")
        if o.advies:
            out.append(f"  - {tekst('kop.hoe', taal)}: {md(o.advies)}")
        return out + [f"  - {x}" for x in self._bronnen_apart(o.bronnen)]

    def _bronnen_apart(self, bronnen: Iterable[BronVerwijzing]) -> list[str]:
        """'Bron: ...' and, apart, the product's choice ('Advies en indeling: ...')."""
        return [f"{tekst(kop, self.taal)}: {self._refs(deel)}" for kop, deel in apart(bronnen)]

    def _refs(self, bronnen: Iterable[BronVerwijzing]) -> str:
        return verwijzingen(self.bronnenlijst, bronnen)

    # -- the notes around the verdict (common.NotesWriter walks them) ---------------------------
    def _bron(self, bronnen: Iterable[BronVerwijzing]) -> list[str]:
        """The sources, the product's own choice apart (bronnenlijst.apart)."""
        return [f"*{x}*" for x in self._bronnen_apart(bronnen)] + [""]

    def stand(self, tl: Toelichting) -> list[str]:
        taal = self.taal
        out = [f"#### {tekst('kop.stand', taal)}", ""]
        out.append(
            f"| {tekst('kop.groep', taal)} | "
            + " | ".join(tekst("stand." + a, taal) for a in STAND)
            + " |"
        )
        out.append("|---|" + "---:|" * len(STAND))
        for g in tl.randvoorwaarden_per_groep:
            out.append(f"| {md(g.naam)} | " + " | ".join(str(getattr(g, a)) for a in STAND) + " |")
        out.append("")
        return out

    def vormen(self, tl: Toelichting, groep: str) -> list[str]:
        taal = self.taal
        out = [f"#### {md(vormen_kop(tl, groep, taal))}", ""]
        leeg = vormen_leeg(tl, groep, taal)
        if leeg:
            out += [md(leeg), ""]
        if tl.koppeling_bronnen:
            out += [
                f"*{tekst('kop.koppeling', taal)}: {self._refs(tl.koppeling_bronnen)}*",
                "",
            ]
        for v in tl.samenwerkingsvormen:
            out.extend(self._vorm(v, groep))
        out.append("")
        return out

    def _vorm(self, v: PassendeVorm, groep: str) -> list[str]:
        taal = self.taal
        nv = tekst("kop.niet_vermeld", taal)
        mark = vorm_markering(v, groep, taal)
        mark = f" — *{md(mark)}*" if mark else ""
        out = [f"- **{md(v.naam)}**{mark} ({md(v.soort_naam)})"]
        out.append(f"  - {md(status_kop(v, taal))}: {md(v.status) or nv}")
        if v.waar:
            out.append(f"  - {tekst('kop.waar', taal)}: {md(v.waar)}")
        for aim in ("kwaliteit", "gezondheid", "kosten"):
            out.append(f"  - {tekst('aim.' + aim, taal)}: {md(getattr(v.triple_aim, aim)) or nv}")
        if v.noot:
            out.append(f"  - *{md(v.noot)}*")
        out.append(f"  - {tekst('kop.bron', taal)}: {self._refs(v.bronnen)}")
        return out

    def triple_aim(self, ta: EigenTripleAim) -> list[str]:
        taal = self.taal
        out = [f"#### {md(tekst('kop.triple_aim_voorstel', taal))}", ""]
        out += [f"- {md(doel_regel(d, ta.vorm_naam, taal))}" for d in ta.doelen]
        if ta.plannen:
            out.append(f"- {md(plannen_regel(ta, taal))}")
        out.append("")
        out += [x for line in (ta.uitleg, ta.advies) if line for x in (md(line), "")]
        return out + self._bron(ta.bronnen)

    def eerste_lijn(self, el: EersteLijn) -> list[str]:
        taal = self.taal
        out = [f"#### {md(tekst('kop.eerste_lijn', taal))}", "", md(el.tekst), ""]
        if el.sociaal_domein is not None:
            out += [
                f"- {md(el.sociaal_domein.naam)}: {antwoord(el.sociaal_domein.antwoord, taal)}",
                "",
            ]
        out += [x for line in (el.sociaal_domein_advies, el.uitleg) if line for x in (md(line), "")]
        return out + self._bron(el.bronnen)

    def financiering(self, f: FinancieringsAdvies) -> list[str]:
        out = [
            f"#### {tekst('kop.financieringsroute', self.taal)}",
            "",
            md(f.tekst),
            "",
        ]
        out += [
            f"- **{md(x.naam)}**" + (f": {md(x.toelichting)}" if x.toelichting else "")
            for x in f.passend
        ]
        if f.passend:
            out.append("")
        if f.algemeen:
            out += [md(f.algemeen), ""]
        return out + self._bron(f.bronnen)

    def draagvlak(self, d: Draagvlak) -> list[str]:
        taal = self.taal
        out = [f"#### {tekst('kop.draagvlak', taal)}", ""]
        out += [md(d.tekst), ""]
        if d.gelijke_expertise:
            out += [md(d.gelijke_expertise.tekst), ""]
        if d.samenvatting:
            out += [md(d.samenvatting), ""]
        for key, items in (
            ("kop.voorkeur_huisarts", d.voorkeur_huisarts),
            ("kop.voorkeur_specialist", d.voorkeur_specialist),
        ):
            if items:
                out.append(
                    f"- {tekst(key, taal)}: "
                    + ", ".join(f"{x.percentage}% {md(x.tekst)}" for x in items)
                )
        out.append("")
        out += [md(d.advies), ""]
        return out + self._bron(d.bronnen)

    def samenwerking(self, kv: Kernvoorwaarde | None, sp: Samenwerkingsprofiel | None) -> list[str]:
        taal = self.taal
        out = [f"#### {md(tekst('kop.samenwerking', taal))}", ""]
        if kv is not None:
            out += [x for line in kernvoorwaarde_regels(kv, taal) for x in (md(line), "")]
            if kv.advies:
                out += [f"**!** {md(kv.advies)}", ""]
            out += self._bron(kv.bronnen)
        if sp is None:
            return out + [md(tekst("kop.samenwerking_leeg", taal)), ""]
        out += [
            f"**{tekst('kop.zwak' if sp.zwak else 'kop.niet_zwak', taal)}.** {md(sp.advies)}",
            "",
        ]
        out.append(
            f"| {tekst('kop.element', taal)} | {tekst('kop.antwoord', taal).capitalize()} | "
            f"{tekst('kop.faalsignalen', taal)} |"
        )
        out.append("|---|---|---|")
        for e in sp.elementen:
            signs = ", ".join(md(x) for x in e.faal) if e.antwoord in ("nee", "deels") else ""
            out.append(f"| {md(e.naam)} | {antwoord(e.antwoord, taal)} | {signs} |")
        out.append("")
        if sp.basis:
            out += [f"> {md(sp.basis)}", ""]
        out += [
            f"*{md(sp.drempel)} {tekst('kop.bron', taal)}: {self._refs(sp.bronnen)}*",
            "",
        ]
        return out
