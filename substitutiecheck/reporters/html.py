"""``--format html``: ONE self-contained HTML file to mail to a board. It works offline: the style
sheet is inline, the charts are inline SVG drawn here, there are no scripts, fonts or images from
elsewhere. Every piece of text goes through :func:`html.escape`.

Charts: per proposal the randvoorwaarden per DOMAIN §3 group (met / partly / not met / unknown,
stacked bars) and, when answered, the Kaats & Opheij profile; for a batch, proposals per advice.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

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
from .common import (
    LAAG_KOLOMMEN,
    STAND,
    NotesWriter,
    bronnen_kort,
    kernvoorwaarde_regels,
    lagen,
    notities,
    per_laag,
    plaats,
    plannen_regel,
    voorlopig,
    vorm_markering,
    vormen_kop,
    vormen_leeg,
)

COLOURS = {"ja": "#2e7d32", "deels": "#f0a30a", "nee": "#c62828", "onbekend": "#9e9e9e"}
ADVIES_COLOURS = {
    "go": "#2e7d32",
    "voorwaardelijk": "#f0a30a",
    "no-go": "#c62828",
    "ongeldig": "#616161",
}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif"

CSS = """
:root { --ink: #1d2733; --muted: #5b6675; --line: #d9dee5; --bg: #f6f7f9; }
* { box-sizing: border-box; }
body { font-family: %(font)s; color: var(--ink); margin: 0; background: var(--bg); line-height: 1.45; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.4rem; margin: 0 0 8px; }
h3 { font-size: 1.1rem; margin: 24px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h4 { font-size: 1rem; margin: 14px 0 6px; color: var(--muted); }
h5 { font-size: .95rem; margin: 10px 0 4px; }
.sub { color: var(--muted); margin: 0 0 16px; }
article, section.samenvatting { background: #fff; border: 1px solid var(--line); \
border-radius: 8px; padding: 20px 24px; margin: 20px 0; }
article { border-top: 6px solid var(--advies); }
.advies-go { --advies: #2e7d32; } .advies-voorwaardelijk { --advies: #f0a30a; } .advies-no-go { --advies: #c62828; }
.verdict { font-size: 1.08rem; margin: 8px 0 14px; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 4px; color: #fff; \
font-weight: 700; background: var(--advies); margin-right: 8px; letter-spacing: .02em; }
.advies-voorwaardelijk .badge, .badge.voorwaardelijk { color: #1d2733; }
.badge.go { background: #2e7d32; } .badge.voorwaardelijk { background: #f0a30a; } .badge.no-go { background: #c62828; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 8px; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
.charts { display: flex; flex-wrap: wrap; gap: 16px 32px; align-items: flex-start; margin: 12px 0; }
figure { margin: 0; } figcaption { color: var(--muted); font-size: .85rem; max-width: 640px; }
ul.missing { list-style: none; padding: 0; margin: 0; }
ul.missing li { border-left: 4px solid #f0a30a; padding: 4px 10px; margin: 6px 0; background: #fffaf0; }
ul.missing li.blokkerend { border-color: #c62828; background: #fdf1f1; }
.id { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: .85em; color: var(--muted); }
.hoe, .bron { margin: 2px 0; } .bron { color: var(--muted); font-size: .88rem; }
table { border-collapse: collapse; width: 100%%; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.gekozen td { background: #eef6ee; } tr.gekozen td:first-child { border-left: 4px solid #2e7d32; }
.tag { display: inline-block; font-size: .78rem; padding: 0 6px; border-radius: 3px; \
background: #2e7d32; color: #fff; margin-left: 4px; }
.tag.anders { background: #616161; }
.let-op { border-left: 4px solid #f0a30a; background: #fffaf0; padding: 6px 10px; }
.nv { color: var(--muted); font-style: italic; }
blockquote { margin: 8px 0; padding: 4px 12px; border-left: 3px solid var(--line); color: var(--muted); }
footer { color: var(--muted); font-size: .85rem; margin-top: 16px; }
@media print { body { background: #fff; } article { break-before: page; border-radius: 0; } }
""" % {"font": FONT}  # noqa: UP031 - the braces of CSS would need doubling for format()


def e(text: object) -> str:
    """Escaped for HTML, with control characters shown (never a raw ESC or lone surrogate)."""
    return escape(zichtbaar("" if text is None else str(text), wit=True), quote=True)


def html_begin(taal: str, titel: str, css: str) -> list[str]:
    """The start of every HTML document we write, up to and including ``<main>``: one place for
    the language, the character set, the phone viewport, the title and the style sheet."""
    return [
        "<!DOCTYPE html>",
        f'<html lang="{e(taal)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(titel)}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        "<main>",
    ]


def _svg_open(width: int, height: int, title: str, cls: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{cls}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{e(title)}" '
        f'font-family="{e(FONT)}" font-size="13"><title>{e(title)}</title>'
    )


def grafiek_stand(tl: Toelichting, taal: str) -> str:
    """Stacked horizontal bars: per group the randvoorwaarden met / partly / not met / unknown."""
    groups = tl.randvoorwaarden_per_groep
    label_w, bar_w, row_h, top = 280, 330, 30, 8
    most = max((g.ja + g.deels + g.nee + g.onbekend for g in groups), default=1) or 1
    unit = bar_w / most
    legend_y = top + row_h * len(groups) + 14
    width, height = label_w + bar_w + 20, legend_y + 22
    title = tekst("kop.grafiek_stand", taal)
    out = [_svg_open(width, height, title, "grafiek-stand")]
    for i, g in enumerate(groups):
        y = top + i * row_h
        out.append(
            f'<text x="{label_w - 8}" y="{y + 19}" text-anchor="end" fill="#1d2733">{e(g.naam)}</text>'
        )
        x = float(label_w)
        for a in STAND:
            n = getattr(g, a)
            if not n:
                continue
            w = n * unit
            out.append(
                f'<rect class="seg seg-{a}" x="{x:.1f}" y="{y + 4}" width="{w - 2:.1f}" height="{row_h - 8}" '
                f'rx="3" fill="{COLOURS[a]}"><title>{e(g.naam)}: {n} {e(tekst("stand." + a, taal))}</title></rect>'
            )
            fill = "#1d2733" if a == "deels" else "#fff"
            out.append(
                f'<text x="{x + (w - 2) / 2:.1f}" y="{y + 19}" text-anchor="middle" fill="{fill}" '
                f'font-weight="700">{n}</text>'
            )
            x += w
    x = float(label_w)
    for a in STAND:
        label = tekst("stand." + a, taal)
        out.append(
            f'<rect x="{x:.0f}" y="{legend_y}" width="12" height="12" rx="2" fill="{COLOURS[a]}"/>'
        )
        out.append(f'<text x="{x + 17:.0f}" y="{legend_y + 11}" fill="#5b6675">{e(label)}</text>')
        x += 26 + 7.2 * len(label)
    out.append("</svg>")
    return "".join(out)


def grafiek_samenwerking(sp: Samenwerkingsprofiel, taal: str) -> str:
    """Per Kaats & Opheij element three cells: not met (1), partly (2), met (3); unknown is dashed."""
    level = {"nee": 1, "deels": 2, "ja": 3, "onbekend": 0}
    label_w, cell, row_h, top = 210, 34, 28, 8
    width, height = label_w + 3 * (cell + 4) + 90, top + row_h * len(sp.elementen) + 8
    title = tekst("kop.grafiek_samenwerking", taal)
    out = [_svg_open(width, height, title, "grafiek-samenwerking")]
    for i, el in enumerate(sp.elementen):
        y = top + i * row_h
        out.append(
            f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" fill="#1d2733">{e(el.naam)}</text>'
        )
        n = level.get(el.antwoord, 0)
        for c in range(3):
            x = label_w + c * (cell + 4)
            if n == 0:
                style = 'fill="none" stroke="#9e9e9e" stroke-dasharray="3 2"'
            elif c < n:
                style = f'fill="{COLOURS[el.antwoord]}"'
            else:
                style = 'fill="#eceff3"'
            out.append(
                f'<rect class="cel cel-{e(el.antwoord)}" x="{x}" y="{y + 4}" width="{cell}" '
                f'height="{row_h - 10}" rx="3" {style}/>'
            )
        out.append(
            f'<text x="{label_w + 3 * (cell + 4) + 6}" y="{y + 17}" fill="#5b6675">'
            f"{e(antwoord(el.antwoord, taal))}</text>"
        )
    out.append("</svg>")
    return "".join(out)


def grafiek_draagvlak(percentage: int, vraag: str, taal: str) -> str:
    """One bar: the share of patients with no preference (check-ups can equally well be done by
    the GP). No threshold line and no colour for good or bad: the figure is not a support score."""
    bar_w, left, top = 400, 8, 6
    width, height = left + bar_w + 60, top + 26
    w = bar_w * percentage / 100
    out = [
        _svg_open(width, height, f"{vraag}: {percentage}%", "grafiek-draagvlak"),
        f'<rect x="{left}" y="{top}" width="{bar_w}" height="18" rx="3" fill="#eceff3"/>',
        f'<rect class="draagvlak" x="{left}" y="{top}" width="{w:.1f}" height="18" rx="3" fill="#5b6675"/>',
        f'<text x="{left + bar_w + 8}" y="{top + 14}" fill="#1d2733" font-weight="700">{percentage}%</text>',
        "</svg>",
    ]
    return "".join(out)


def grafiek_advies(counts: list[tuple[str, str, int]], taal: str) -> str:
    """Horizontal bars: number of proposals per advice (and invalid inputs)."""
    label_w, bar_w, row_h, top = 220, 300, 28, 6
    most = max((n for _, _, n in counts), default=1) or 1
    width, height = label_w + bar_w + 50, top + row_h * len(counts) + 6
    title = tekst("kop.grafiek_advies", taal)
    out = [_svg_open(width, height, title, "grafiek-advies")]
    for i, (key, label, n) in enumerate(counts):
        y = top + i * row_h
        w = max(n / most * bar_w, 2 if n else 0)
        out.append(
            f'<text x="{label_w - 8}" y="{y + 18}" text-anchor="end" fill="#1d2733">{e(label)}</text>'
        )
        out.append(
            f'<rect class="bar bar-{key}" x="{label_w}" y="{y + 4}" width="{w:.1f}" '
            f'height="{row_h - 8}" rx="3" fill="{ADVIES_COLOURS[key]}"/>'
        )
        out.append(
            f'<text x="{label_w + w + 6:.1f}" y="{y + 18}" fill="#1d2733" font-weight="700">{n}</text>'
        )
    out.append("</svg>")
    return "".join(out)


class HtmlReporter(Reporter, NotesWriter[str]):
    def __post_init__(self) -> None:
        self._articles: list[str] = []
        self._rows: list[str] = []
        self._fouten: list[InvoerFout] = []
        self._titel: str | None = None

    def rapport(self, r: Rapport) -> None:
        taal = self.taal
        n = len(self._articles) + 1
        titel = r.titel or tekst("kop.zonder_titel", taal)
        self._titel = titel
        self._rows.append(
            f'<tr><td class="num">{n}</td><td><a href="#voorstel-{n}">{e(titel)}</a></td>'
            f"<td>{e(r.regio)}</td><td>{e(r.categorie_naam)}</td>"
            f'<td><span class="badge {e(r.advies)}">{e(tekst("advies." + r.advies, taal))}</span>'
            + (f' <small class="voorlopig">{e(voorlopig(r, taal))}</small>' if r.voorlopig else "")
            + "</td>"
            + "".join(f'<td class="num">{len(laag)}</td>' for laag in lagen(r))
            + "</tr>"
        )
        self._articles.append(self._article(r, n))

    def fout(self, fout: InvoerFout) -> None:
        self._fouten.append(fout)

    def einde(self) -> None:
        taal = self.taal
        s = self.samenvatting
        batch = s.totaal > 1 or bool(self._fouten)
        doc_title = tekst("kop.rapport", taal) + (
            f": {self._titel}" if not batch and self._titel else ""
        )
        out = [*html_begin(taal, doc_title, CSS), f"<h1>{e(tekst('kop.rapport', taal))}</h1>"]
        if batch:
            out.append(self._summary())
        out.extend(self._articles)
        out.append(f"<footer><p>{e(tekst('kop.gegenereerd', taal))}</p></footer>")
        out += ["</main>", "</body>", "</html>", ""]
        self.out.write("\n".join(out))

    def _summary(self) -> str:
        taal = self.taal
        s = self.samenvatting
        counts = [
            ("go", tekst("advies.go", taal), s.go),
            ("voorwaardelijk", tekst("advies.voorwaardelijk", taal), s.voorwaardelijk),
            ("no-go", tekst("advies.no-go", taal), s.nogo),
        ]
        if s.fouten:
            counts.append(("ongeldig", tekst("kop.fouten", taal), s.fouten))
        out = [
            '<section class="samenvatting" id="samenvatting">',
            f"<h2>{e(tekst('kop.samenvatting', taal))}</h2>",
            f"<p>{e(s.regel(taal))}</p>",
            f"<figure>{grafiek_advies(counts, taal)}</figure>",
        ]
        if self._rows:
            out.append(
                "<table><thead><tr><th>#</th>"
                + "".join(
                    f"<th>{e(tekst(k, taal))}</th>"
                    for k in (
                        "kop.titel",
                        "kop.regio",
                        "kop.patientgroep",
                        "kop.advies",
                        *LAAG_KOLOMMEN,
                    )
                )
                + "</tr></thead><tbody>"
                + "".join(self._rows)
                + "</tbody></table>"
            )
        knelpunten = s.knelpunten()
        if knelpunten is not None:  # the region's bottlenecks, with a chart (issue 17)
            from .knelpunten import html_sectie

            out.append(html_sectie(knelpunten, taal))
        if self._fouten:
            out.append(
                f"<h3>{e(tekst('kop.fouten', taal))}</h3><ul>"
                + "".join(f"<li>{e(line)}</li>" for f in self._fouten for line in f.regels(taal))
                + "</ul>"
            )
        out.append("</section>")
        return "\n".join(out)

    # -- one proposal ---------------------------------------------------------------------------
    def _article(self, r: Rapport, n: int) -> str:
        taal = self.taal
        out = [
            f'<article class="rapport advies-{e(r.advies)}" id="voorstel-{n}">',
            f"<h2>{e(r.titel or tekst('kop.zonder_titel', taal))}</h2>",
            f'<p class="verdict"><span class="badge">{e(tekst("advies." + r.advies, taal))}</span>'
            + (
                f'<strong class="voorlopig">({e(voorlopig(r, taal))})</strong> '
                if r.voorlopig
                else ""
            )
            + f"{e(r.reden)}</p>",
        ]
        facts = []
        if plaats(r):
            facts.append(("kop.invoer", plaats(r)))
        if r.regio:
            facts.append(("kop.regio", r.regio))
        facts.append(("kop.patientgroep", r.categorie_naam))
        if r.samenwerkingsvorm_naam:
            facts.append(("kop.samenwerkingsvorm", r.samenwerkingsvorm_naam))
        facts.append(("kop.financiering", r.financiering_naam))
        out.append(
            '<dl class="facts">'
            + "".join(f"<dt>{e(tekst(k, taal))}</dt><dd>{e(v)}</dd>" for k, v in facts)
            + "</dl>"
        )

        tl = r.toelichting
        if tl is not None:
            out.append('<div class="charts">')
            out.append(
                f"<figure>{grafiek_stand(tl, taal)}"
                f"<figcaption>{e(tekst('kop.grafiek_stand', taal))}</figcaption></figure>"
            )
            if tl.samenwerking is not None:
                out.append(
                    f"<figure>{grafiek_samenwerking(tl.samenwerking, taal)}"
                    f"<figcaption>{e(tekst('kop.grafiek_samenwerking', taal))}</figcaption></figure>"
                )
            out.append("</div>")

        missing = r.ontbrekende_randvoorwaarden
        out.append(f"<section><h3>{e(tekst('kop.ontbreekt', taal))} ({len(missing)})</h3>")
        if not missing:
            out.append(f"<p>{e(tekst('kop.niets_ontbreekt', taal))}</p>")
        for tier, parts in per_laag(r, taal):  # each tier heading once, its groups beneath
            out.append(f"<h4>{e(tier)}</h4>")
            for naam, items in parts:
                out.append(
                    ("" if naam is None else f"<h5>{e(naam)}</h5>")
                    + '<ul class="missing">'
                    + "".join(self._missing(o) for o in items)
                    + "</ul>"
                )
        out.append("</section>")

        if tl is not None:
            out.append("\n".join(self.toelichting(tl, r.categorie_naam)))
        notes = notities(r)
        if notes:
            out.append(f"<section><h3>{e(tekst('kop.notities', taal))}</h3><ul>")
            for b in notes:
                out.append(
                    f"<li>{e(b.tekst)}"
                    + (f" {e(b.advies)}" if b.advies else "")
                    + f'<div class="bron">{e(tekst("kop.bron", taal))}: {e(bronnen_kort(b.bronnen))}</div></li>'
                )
            out.append("</ul></section>")
        p = r.regelpakket
        out.append(
            f"<footer>{e(tekst('kop.regelpakket', taal))}: {e(p.naam)} {e(p.versie)} "
            f'<span class="id">{e(p.hash)}</span></footer>'
        )
        out.append("</article>")
        return "\n".join(out)

    def _missing(self, o: OntbrekendeVoorwaarde) -> str:
        taal = self.taal
        cls = "blokkerend" if o.ernst == "blokkerend" else "voorwaarde"
        extra = (
            f"; {tekst('kop.blokkerend_bij', taal, antwoord=antwoord(o.blokkeert_bij, taal))}"
            if o.blokkeert_bij and o.ernst != "blokkerend"
            else ""
        )
        out = (
            f'<li class="{cls}"><strong>{e(o.naam)}</strong> <span class="id">{e(o.id)}</span> '
            f"({e(tekst('kop.antwoord', taal))}: {e(antwoord(o.antwoord, taal))}{e(extra)})"
        )
        if o.advies:
            out += f'<p class="hoe"><strong>{e(tekst("kop.hoe", taal))}:</strong> {e(o.advies)}</p>'
        out += (
            f'<p class="bron">{e(tekst("kop.bron", taal))}: {e(bronnen_kort(o.bronnen))}</p></li>'
        )
        return out

    # -- the notes around the verdict (common.NotesWriter walks them; the tally is a chart) -----
    def _alineas(self, lines: Iterable[str | None], bronnen: Iterable[BronVerwijzing]) -> str:
        """Paragraphs (empty ones left out), the sources, and the end of the section."""
        return (
            "\n".join(f"<p>{e(x)}</p>" for x in lines if x)
            + "\n"
            + self._bron(bronnen)
            + "</section>"
        )

    def _bron(self, bronnen: Iterable[BronVerwijzing], voor: str = "") -> str:
        return f'<p class="bron">{voor}{e(tekst("kop.bron", self.taal))}: {e(bronnen_kort(bronnen))}</p>'

    def _nv(self) -> str:
        return f'<span class="nv">{e(tekst("kop.niet_vermeld", self.taal))}</span>'

    def vormen(self, tl: Toelichting, groep: str) -> list[str]:
        taal = self.taal
        out = [f"<section><h3>{e(vormen_kop(tl, groep, taal))}</h3>"]
        leeg = vormen_leeg(tl, groep, taal)
        if leeg:
            out.append(f"<p>{e(leeg)}</p>")
        if tl.koppeling_bronnen:
            out.append(
                f'<p class="bron">{e(tekst("kop.koppeling", taal))}: {e(bronnen_kort(tl.koppeling_bronnen))}</p>'
            )
        if tl.samenwerkingsvormen:
            heads = [
                "kop.samenwerkingsvorm",
                "kop.status",
                "aim.kwaliteit",
                "aim.gezondheid",
                "aim.kosten",
            ]
            out.append(
                '<table class="vormen"><thead><tr>'
                + "".join(f"<th>{e(tekst(h, taal))}</th>" for h in heads)
                + "</tr></thead><tbody>"
            )
            out += [self._vorm(v, groep) for v in tl.samenwerkingsvormen]
            out.append("</tbody></table>")
        out.append("</section>")
        return out

    def _vorm(self, v: PassendeVorm, groep: str) -> str:
        taal, nv = self.taal, self._nv()
        mark = vorm_markering(v, groep, taal)
        tag = (
            f'<span class="tag{"" if v.past_bij_groep else " anders"}">{e(mark)}</span>'
            if mark
            else ""
        )
        first = (
            f"<strong>{e(v.naam)}</strong>{tag}<br><small>{e(v.soort_naam)}</small>"
            f'<div class="bron">{e(tekst("kop.bron", taal))}: {e(bronnen_kort(v.bronnen))}</div>'
        )
        status = (
            (f"<small>{e(v.stand)}</small><br>" if v.stand else "")
            + (e(v.status) if v.status else nv)
            + (
                f"<br><small><strong>{e(tekst('kop.waar', taal))}:</strong> {e(v.waar)}</small>"
                if v.waar
                else ""
            )
        )
        if v.noot:
            status += f'<br><small class="nv">{e(v.noot)}</small>'
        aims = "".join(
            f"<td>{e(getattr(v.triple_aim, a)) if getattr(v.triple_aim, a) else nv}</td>"
            for a in ("kwaliteit", "gezondheid", "kosten")
        )
        return f'<tr class="{"gekozen" if v.gekozen else ""}"><td>{first}</td><td>{status}</td>{aims}</tr>'

    def triple_aim(self, ta: EigenTripleAim) -> list[str]:
        taal = self.taal
        out = [f"<section><h3>{e(tekst('kop.triple_aim_voorstel', taal))}</h3>"]
        heads = [
            tekst("kop.triple_aim", taal),
            tekst("kop.verwacht", taal).capitalize(),
        ]
        if ta.vorm_naam:
            heads.append(tekst("kop.volgens_ebook", taal, vorm=ta.vorm_naam))
        out.append(
            '<table class="triple-aim"><thead><tr>'
            + "".join(f"<th>{e(h)}</th>" for h in heads)
            + "</tr></thead><tbody>"
        )
        for d in ta.doelen:
            cells = [
                e(d.naam),
                e(d.verwacht)
                + (
                    f" <small>({e(d.verwacht_naam)})</small>"
                    if d.verwacht_naam and d.verwacht_naam != d.verwacht
                    else ""
                ),
            ]
            if ta.vorm_naam:
                cells.append(e(d.vorm) if d.vorm else self._nv())
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        out.append("</tbody></table>")
        out.append(
            self._alineas(
                [plannen_regel(ta, taal) if ta.plannen else None, ta.uitleg, ta.advies],
                ta.bronnen,
            )
        )
        return out

    def eerste_lijn(self, el: EersteLijn) -> list[str]:
        sd = el.sociaal_domein
        return [
            f"<section><h3>{e(tekst('kop.eerste_lijn', self.taal))}</h3>",
            self._alineas(
                [
                    el.tekst,
                    f"{sd.naam}: {antwoord(sd.antwoord, self.taal)}" if sd else None,
                    el.sociaal_domein_advies,
                    el.uitleg,
                ],
                el.bronnen,
            ),
        ]

    def financiering(self, f: FinancieringsAdvies) -> list[str]:
        out = [
            f"<section><h3>{e(tekst('kop.financieringsroute', self.taal))}</h3><p>{e(f.tekst)}</p>"
        ]
        if f.passend:
            out.append(
                "<ul>"
                + "".join(
                    f"<li><strong>{e(x.naam)}</strong>"
                    + (f": {e(x.toelichting)}" if x.toelichting else "")
                    + "</li>"
                    for x in f.passend
                )
                + "</ul>"
            )
        if f.algemeen:
            out.append(f"<p>{e(f.algemeen)}</p>")
        out.append(self._bron(f.bronnen) + "</section>")
        return out

    def draagvlak(self, d: Draagvlak) -> list[str]:
        taal = self.taal
        out = [f"<section><h3>{e(tekst('kop.draagvlak', taal))}</h3>"]
        if d.percentage is not None:
            out.append(
                f"<figure>{grafiek_draagvlak(d.percentage, d.vraag, taal)}"
                f"<figcaption>{e(d.vraag)}</figcaption></figure>"
            )
        out.append(f"<p>{e(d.tekst)}</p>")
        for line in (
            d.gelijke_expertise.tekst if d.gelijke_expertise else None,
            d.samenvatting,
        ):
            if line:
                out.append(f"<p>{e(line)}</p>")
        for key, items in (
            ("kop.voorkeur_huisarts", d.voorkeur_huisarts),
            ("kop.voorkeur_specialist", d.voorkeur_specialist),
        ):
            if items:
                out.append(
                    f"<p>{e(tekst(key, taal))}: "
                    + ", ".join(f"{x.percentage}% {e(x.tekst)}" for x in items)
                    + "</p>"
                )
        out.append(f"<p>{e(d.advies)}</p>")
        out.append(self._bron(d.bronnen) + "</section>")
        return out

    def samenwerking(self, kv: Kernvoorwaarde | None, sp: Samenwerkingsprofiel | None) -> list[str]:
        taal = self.taal
        out = [f"<section><h3>{e(tekst('kop.samenwerking', taal))}</h3>"]
        if kv is not None:
            first, *rest = kernvoorwaarde_regels(kv, taal)
            out.append(
                f"<blockquote>{e(first)}</blockquote>" + "".join(f"<p>{e(x)}</p>" for x in rest)
            )
            if kv.advies:
                out.append(f'<p class="let-op">{e(kv.advies)}</p>')
            out.append(self._bron(kv.bronnen))
        if sp is None:
            out.append(f"<p>{e(tekst('kop.samenwerking_leeg', taal))}</p></section>")
            return out
        head = tekst("kop.zwak" if sp.zwak else "kop.niet_zwak", taal)
        out.append(
            f'<p class="{"let-op" if sp.zwak else ""}"><strong>{e(head)}.</strong> {e(sp.advies)}</p>'
        )
        out.append(
            "<table><thead><tr>"
            + "".join(
                f"<th>{e(tekst(k, taal).capitalize())}</th>"
                for k in (
                    "kop.element",
                    "kop.antwoord",
                    "kop.faalsignalen",
                    "kop.succes",
                )
            )
            + "</tr></thead><tbody>"
        )
        for el in sp.elementen:
            faal = ", ".join(el.faal) if el.antwoord in ("nee", "deels") else ""
            out.append(
                f"<tr><td>{e(el.naam)}</td><td>{e(antwoord(el.antwoord, taal))}</td>"
                f"<td>{e(faal)}</td><td>{e(', '.join(el.succes))}</td></tr>"
            )
        out.append("</tbody></table>")
        if sp.basis:
            out.append(f"<blockquote>{e(sp.basis)}</blockquote>")
        out.append(self._bron(sp.bronnen, voor=f"{e(sp.drempel)} ") + "</section>")
        return out
