"""The notes around the verdict in the HTML report (common.NotesWriter walks them; the tally is
a chart, drawn with the article in ``reporters.html``)."""

from __future__ import annotations

from collections.abc import Iterable

from ..i18n import antwoord, tekst
from ..report import (
    BronVerwijzing,
    Draagvlak,
    EersteLijn,
    EigenTripleAim,
    FinancieringsAdvies,
    Kernvoorwaarde,
    PassendeVorm,
    Samenwerkingsprofiel,
    Toelichting,
)
from .bronnenlijst import MetBronnenlijst, apart
from .common import (
    NotesWriter,
    kernvoorwaarde_regels,
    plannen_regel,
    vorm_markering,
    vormen_kop,
    vormen_leeg,
)
from .html_bronnen import verwijzingen
from .html_charts import grafiek_draagvlak
from .html_style import e


class HtmlNotes(NotesWriter[str], MetBronnenlijst):
    """Each part of the notes as pieces of HTML (a ``<section>`` each)."""

    taal: str

    def _refs(self, bronnen: Iterable[BronVerwijzing]) -> str:
        """Each label a link to its entry in the list of sources at the end (html_bronnen)."""
        return verwijzingen(self.bronnenlijst, bronnen)

    def _alineas(self, lines: Iterable[str | None], bronnen: Iterable[BronVerwijzing]) -> str:
        """Paragraphs (empty ones left out), the sources, and the end of the section."""
        return (
            "\n".join(f"<p>{e(x)}</p>" for x in lines if x)
            + "\n"
            + self._bron(bronnen)
            + "</section>"
        )

    def _bron(self, bronnen: Iterable[BronVerwijzing], voor: str = "") -> str:
        """The sources, the product's own choice apart (bronnenlijst.apart)."""
        delen = self._bronnen_apart(bronnen) or [""]  # no sources: what goes before still shows
        return "".join(
            f'<p class="bron">{voor if i == 0 else ""}{x}</p>' for i, x in enumerate(delen)
        )

    def _bronnen_apart(self, bronnen: Iterable[BronVerwijzing]) -> list[str]:
        """'Bron: ...' and, apart, the product's choice ('Advies en indeling: ...'), as HTML."""
        return [f"{e(tekst(kop, self.taal))}: {self._refs(deel)}" for kop, deel in apart(bronnen)]

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
                f'<p class="bron">{e(tekst("kop.koppeling", taal))}: {self._refs(tl.koppeling_bronnen)}</p>'
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
            f'<div class="bron">{e(tekst("kop.bron", taal))}: {self._refs(v.bronnen)}</div>'
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
