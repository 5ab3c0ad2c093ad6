"""The combined report (``substitutiecheck combineer --format html``): one offline HTML file, the
answers side by side with colours, then the ordinary HTML report of the combined answers."""

from __future__ import annotations

from ..combinatie import Combinatie, Vraag
from ..i18n import tekst as itekst
from ..texts_partners import tekst
from .bronnenlijst import Bronnenlijst, apart
from .combinatie import (
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
from .html import CSS, e, html_begin
from .html_bronnen import BRONNEN_CSS, lijst_html, verwijzingen

# -- HTML --------------------------------------------------------------------------------------

EXTRA_CSS = """
table.matrix td.antwoord { text-align: center; }
table.matrix td.t-goed { background: #e3f1e4; color: #1b5e20; }
table.matrix td.t-half { background: #fdf0d2; color: #6d4c00; }
table.matrix td.t-slecht { background: #f9dede; color: #8e1b1b; font-weight: 700; }
table.matrix td.t-onbekend, table.matrix td.t-leeg { background: #f1f1f1; color: #616161; }
table.matrix td.keuze { text-align: left; font-size: .88rem; }
table.matrix tr.verschil th[scope=row] { border-left: 4px solid #c62828; }
table.matrix tr.niet-ieder-bekend th[scope=row] { border-left: 4px dashed #757575; }
table.matrix td.gecombineerd { border-left: 3px solid var(--ink); font-weight: 700; }
table.matrix tr.sectie th { background: #e4e8ee; }
ul.verschillen li.tegengesteld { border-color: #c62828; background: #fdf1f1; }
ul.niet-ieder-bekend li { border-left-style: dashed; border-color: #757575; background: #f7f7f7; }
"""


def _html_cel(q: Vraag, a: str | None, taal: str, extra: str = "") -> str:
    cls = "t-leeg" if a is None else (f"t-{toon(q, a)}" if toon(q, a) else "keuze")
    naam = tekst("comb.niet_ingevuld", taal) if a is None else q.namen.get(a, a)
    return f'<td class="antwoord {cls}{extra}">{e(naam)}</td>'


def _html_niet_ieder_bekend(c: Combinatie) -> list[str]:
    """The questions one party knows and another calls 'onbekend' (no difference of view), each
    with who answered what."""
    taal, vragen = c.taal, c.niet_ieder_bekend()
    if not vragen:
        return []
    out = [
        f"<h3>{e(tekst('comb.niet_ieder_bekend', taal))} ({len(vragen)})</h3>"
        f"<p>{e(tekst('comb.niet_ieder_bekend_uitleg', taal))}</p>"
        '<ul class="missing niet-ieder-bekend">'
    ]
    for q in vragen:
        antwoorden = "; ".join(f"{e(wie)}: {e(a)}" for wie, a in wie_wat(c, q))
        out.append(
            f'<li id="niet-ieder-bekend-{e(q.id)}">{e(q.naam)} <span class="id">{e(q.id)}'
            f"</span><br>{antwoorden}; {e(tekst('comb.gecombineerd', taal))}: "
            f"<strong>{e(_gecombineerd(q, taal))}</strong></li>"
        )
    out.append("</ul>")
    return out


def html(c: Combinatie) -> str:
    taal, r = c.taal, c.rapport
    labels = korte_namen(c)
    vragen = {q.id: q for q in c.vragen}
    titel = f"{tekst('comb.titel', taal)}: {r.titel or itekst('kop.zonder_titel', taal)}"
    bronnen = Bronnenlijst()  # one list for the document, the ordinary report's sources too
    out = [
        *html_begin(taal, titel, CSS + EXTRA_CSS + BRONNEN_CSS),
        f"<h1>{e(titel)}</h1>",
        f'<article class="combinatie advies-{e(r.advies)}" id="combinatie">',
        f'<p class="verdict"><span class="badge">{e(kop_advies(r, taal))}</span>{e(r.reden)}</p>',
        f"<p>{e(_advies_uitleg(c))}</p>",
        *[f'<p class="let-op">{e(z)}</p>' for z in _gebruikt_zinnen(c)],
    ]
    if c.waarschuwingen:
        out.append(
            f'<div class="let-op"><strong>{e(tekst("comb.waarschuwingen", taal))}</strong><ul>'
            + "".join(f"<li>{e(w)}</li>" for w in c.waarschuwingen)
            + "</ul></div>"
        )
    out.append(f"<h3>{e(tekst('comb.partijen', taal))}</h3><ul>")
    out += [
        f'<li><span class="id">{e(p.id)}</span> {e(p.label)}'
        + (f' <span class="bron">{e(p.bestand)}</span>' if p.bestand else "")
        + "</li>"
        for p in c.partijen
    ]
    out.append("</ul>")
    out.append(f"<h3>{e(tekst('comb.verschillen', taal))} ({len(c.verschillen)})</h3>")
    if not c.verschillen:
        out.append(f"<p>{e(tekst('comb.geen_verschillen', taal))}</p>")
    else:
        out.append('<ul class="missing verschillen">')
        for v in c.verschillen:
            q = vragen[v.id]
            antwoorden = "; ".join(
                f"{e(labels[pid])}: {e(_cel(q, pid, taal))}" for pid in v.antwoorden
            )
            kop = e(v.naam) + (
                f" <strong>({e(tekst('comb.tegengesteld', taal))})</strong>"
                if v.tegengesteld
                else ""
            )
            out.append(
                f'<li class="{"tegengesteld" if v.tegengesteld else "verschil"}" id="verschil-{e(v.id)}">'
                f'{kop} <span class="id">{e(v.id)}</span><br>{antwoorden}; '
                f"{e(tekst('comb.gecombineerd', taal))}: <strong>{e(_gecombineerd(q, taal))}</strong>"
                f'<p class="hoe">{e(itekst("kop.hoe", taal))}: {e(v.advies)}</p>'
                + (f"<blockquote>{e(v.citaat)}</blockquote>" if v.citaat else "")
                + "".join(  # the product's own choice apart (bronnenlijst.apart)
                    f'<p class="bron">{e(itekst(kop, taal))}: {verwijzingen(bronnen, deel)}</p>'
                    for kop, deel in apart(v.bronnen)
                )
                + "</li>"
            )
        out.append("</ul>")
    open_bij = c.niet_ieder_bekend()
    out += _html_niet_ieder_bekend(c)
    kop_rij = (
        "<tr><th></th>"
        + "".join(f'<th scope="col">{e(labels[p.id])}</th>' for p in c.partijen)
        + '<th scope="col">{}</th></tr>'
    )
    if c.samenwerking:
        out.append(f"<h3>{e(tekst('comb.samenwerking', taal))}</h3>")
        out.append('<table class="matrix samenwerking"><thead>')
        out.append(kop_rij.format(e(tekst("comb.in_ieders_ogen", taal))) + "</thead><tbody>")
        for el in c.samenwerking:
            q = vragen[f"samenwerking.{el.id}"]
            oordeel = oordeel_samenwerking(el, q, taal)
            out.append(
                f'<tr><th scope="row">{e(el.naam)}</th>'
                + "".join(_html_cel(q, q.partijen.get(p.id), taal) for p in c.partijen)
                + f'<td class="antwoord gecombineerd {"t-goed" if el.in_ieders_ogen else "t-slecht"}">'
                f"{e(oordeel)}</td></tr>"
            )
        out.append("</tbody></table>")
    out.append(f"<h3>{e(tekst('comb.matrix', taal))}</h3>")
    out.append('<table class="matrix"><thead>')
    out.append(
        kop_rij.format(e(tekst("comb.gecombineerd", taal))).replace(
            "<th></th>", f"<th>{e(tekst('comb.vraag', taal))}</th>", 1
        )
    )
    out.append("</thead><tbody>")
    verschil = _verschil_ids(c)
    open_ids = {q.id for q in open_bij}
    sectie = None
    for q in c.vragen:
        if q.soort != sectie:
            sectie = q.soort
            key = "keuzes" if sectie == "keuze" else sectie
            out.append(
                f'<tr class="sectie"><th colspan="{len(c.partijen) + 2}">'
                f"{e(tekst('comb.sectie.' + key, taal))}</th></tr>"
            )
        merk = ' <span class="merk">?</span>' if q.id in open_ids else ""
        soort = "verschil" if q.id in verschil else "niet-ieder-bekend" if merk else "gelijk"
        out.append(
            f'<tr class="{soort}" data-vraag="{e(q.id)}">'
            f'<th scope="row">{e(q.naam)}{merk}</th>'
            + "".join(_html_cel(q, q.partijen.get(p.id), taal) for p in c.partijen)
            + _html_cel(q, q.gecombineerd, taal, " gecombineerd")
            + "</tr>"
        )
    out.append("</tbody></table>")
    if open_bij:
        out.append(f'<p class="legenda">{e(tekst("comb.matrix_legenda_onbekend", taal))}</p>')
    out.append(f"<h3>{e(tekst('comb.regel', taal))}</h3><p>{e(c.regel)}</p>")
    out.append(
        f'<p class="bron">{e(itekst("kop.bron", taal))}: {verwijzingen(bronnen, c.regel_bronnen)}</p>'
    )
    out.append("</article>")
    inner = _inner(r, "html", taal, bronnen=bronnen)
    start, end = inner.find("<article"), inner.rfind("</article>")
    out.append(f"<h2>{e(tekst('comb.volledig_rapport', taal))}</h2>")
    out.append(inner[start : end + len("</article>")])
    if len(bronnen):  # each cited source once, at the end
        out.append(lijst_html(bronnen, taal))
    out.append(f"<footer><p>{e(itekst('kop.gegenereerd', taal))}</p></footer>")
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)
