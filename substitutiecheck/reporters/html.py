"""``--format html``: ONE self-contained HTML file to mail to a board. It works offline: the style
sheet is inline, the charts are inline SVG (``html_charts``), there are no scripts, fonts or images from
elsewhere. Every piece of text goes through :func:`html.escape`.

Charts: per proposal the randvoorwaarden per DOMAIN §3 group (met / partly / not met / unknown,
stacked bars) and, when answered, the Kaats & Opheij profile; for a batch, proposals per advice.
"""

from __future__ import annotations

from ..errors import InvoerFout
from ..i18n import tekst
from ..report import OntbrekendeVoorwaarde, Rapport
from . import Reporter
from .bronnenlijst import Bronnenlijst
from .common import (
    LAAG_KOLOMMEN,
    antwoord_van,
    lagen,
    notities,
    per_laag,
    plaats,
    voorlopig,
    waarom,
)
from .html_bronnen import BRONNEN_CSS, lijst_html
from .html_charts import (
    grafiek_advies,
    grafiek_draagvlak,
    grafiek_samenwerking,
    grafiek_stand,
)
from .html_style import ADVIES_COLOURS, COLOURS, CSS, FONT, e, html_begin
from .html_toelichting import HtmlNotes

__all__ = [  # the names other modules and programs import from here
    "ADVIES_COLOURS",
    "COLOURS",
    "CSS",
    "FONT",
    "HtmlReporter",
    "e",
    "grafiek_advies",
    "grafiek_draagvlak",
    "grafiek_samenwerking",
    "grafiek_stand",
    "html_begin",
]


class HtmlReporter(Reporter, HtmlNotes):
    def __post_init__(self) -> None:
        self._articles: list[str] = []
        self._rows: list[str] = []
        self._fouten: list[InvoerFout] = []
        self._titel: str | None = None
        self.bronnenlijst = Bronnenlijst()

    def rapport(self, r: Rapport) -> None:
        taal = self.taal
        n = len(self._articles) + 1
        titel = r.titel or " ".join(filter(None, (tekst("kop.zonder_titel", taal), plaats(r))))
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
        out = [
            *html_begin(taal, doc_title, CSS + BRONNEN_CSS),
            f"<h1>{e(tekst('kop.rapport', taal))}</h1>",
        ]
        if batch:
            out.append(self._summary())
        out.extend(self._articles)
        if self.lijst_schrijven and len(self.bronnenlijst):  # each cited source once, at the end
            out.append(lijst_html(self.bronnenlijst, taal))
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
        if r.omschrijving:  # None when blank (evaluation._omschrijving)
            facts.append(("kop.omschrijving", r.omschrijving))
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
                    + "".join(self._missing(o, waarom(r, o)) for o in items)
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
                    + "".join(
                        f'<div class="bron">{x}</div>' for x in self._bronnen_apart(b.bronnen)
                    )
                    + "</li>"
                )
            out.append("</ul></section>")
        p = r.regelpakket
        out.append(
            f"<footer>{e(tekst('kop.regelpakket', taal))}: {e(p.naam)} {e(p.versie)} "
            f'<span class="id">{e(p.hash)}</span></footer>'
        )
        out.append("</article>")
        return "\n".join(out)

    def _missing(self, o: OntbrekendeVoorwaarde, reden: str | None = None) -> str:
        taal = self.taal
        cls = "blokkerend" if o.ernst == "blokkerend" else "voorwaarde"
        out = f'<li class="{cls}"><strong>{e(o.naam)}</strong> <span class="id">{e(o.id)}</span>'
        waarde = antwoord_van(o, taal)
        if waarde:
            out += f" ({e(waarde)})"
        if reden:
            out += (
                f'<p class="waarom"><strong>{e(tekst("kop.waarom", taal))}:</strong> {e(reden)}</p>'
            )
        if o.advies:
            out += f'<p class="hoe"><strong>{e(tekst("kop.hoe", taal))}:</strong> {e(o.advies)}</p>'
        out += "".join(f'<p class="bron">{x}</p>' for x in self._bronnen_apart(o.bronnen))
        return out + "</li>"
