"""The region's bottlenecks in a batch summary (issue 17): pieces the text, markdown and HTML
reporters put under their summary. Renders :class:`~substitutiecheck.knelpunten.Knelpunten`;
decides nothing. The JSON summary carries ``Knelpunten.naar_dict()`` as ``knelpunten``."""

from __future__ import annotations

from ..i18n import tekst as itekst
from ..knelpunten import Knelpunten
from ..texts_partners import tekst
from .html import FONT, e
from .markdown import md

MAX_RIJEN = 15
"""At most this many conditions are listed (the most frequent); the JSON has them all."""
_LAAG_KLEUR = {"no_go": "#c62828", "eerst": "#f0a30a", "daarna": "#8d99a8"}


def _koppen(taal: str) -> list[str]:
    return [
        tekst("knel.randvoorwaarde", taal),
        tekst("knel.totaal", taal),
        tekst("knel.no_go", taal),
        tekst("knel.eerst", taal),
        tekst("knel.daarna", taal),
    ]


def _groep_koppen(taal: str) -> list[str]:
    return [
        tekst("knel.groep", taal),
        itekst("advies.go", taal),
        itekst("advies.voorwaardelijk", taal),
        itekst("advies.no-go", taal),
    ]


def text_regels(k: Knelpunten, taal: str, breedte: int = 88) -> list[str]:
    """The bottlenecks as text lines (a fixed-width table), for the text summary."""
    import textwrap

    from ..i18n import zichtbaar

    out = ["", tekst("knel.titel", taal)]
    out += textwrap.wrap(tekst("knel.uitleg", taal, n=k.aantal), breedte)
    if not k.voorwaarden:
        out.append("  " + tekst("knel.geen", taal))
    else:
        koppen = _koppen(taal)
        nums = [max(len(h), 3) for h in koppen[1:]]
        lead = "  " + "  ".join(f"{h:>{w}}" for h, w in zip(koppen[1:], nums, strict=True))
        out.append(lead + "  " + koppen[0])
        indent = " " * (len(lead) + 2)
        for v in k.voorwaarden[:MAX_RIJEN]:
            cells = (v.totaal, v.no_go, v.eerst, v.daarna)
            nummers = "  " + "  ".join(f"{c:>{w}}" for c, w in zip(cells, nums, strict=True))
            lines = textwrap.wrap(
                zichtbaar(v.naam), max(20, breedte - len(indent)), break_on_hyphens=False
            ) or [""]
            out.append(nummers + "  " + lines[0])
            out += [indent + line for line in lines[1:]]
    out += ["", tekst("knel.per_groep", taal)]
    koppen = _groep_koppen(taal)
    breed = [max(len(h), 3) for h in koppen[1:]]
    out.append(
        "  "
        + "  ".join(f"{h:>{w}}" for h, w in zip(koppen[1:], breed, strict=True))
        + "  "
        + koppen[0]
    )
    for g in k.per_groep:
        telling = (g.go, g.voorwaardelijk, g.no_go)
        out.append(
            "  "
            + "  ".join(f"{c:>{w}}" for c, w in zip(telling, breed, strict=True))
            + "  "
            + zichtbaar(g.naam)
        )
    return out


def markdown_regels(k: Knelpunten, taal: str) -> list[str]:
    out = [
        "",
        f"### {md(tekst('knel.titel', taal))}",
        "",
        md(tekst("knel.uitleg", taal, n=k.aantal)),
        "",
    ]
    if not k.voorwaarden:
        out.append(md(tekst("knel.geen", taal)))
    else:
        out.append("| " + " | ".join(md(h) for h in _koppen(taal)) + " |")
        out.append("|---|---:|---:|---:|---:|")
        for v in k.voorwaarden[:MAX_RIJEN]:
            out.append(f"| {md(v.naam)} | {v.totaal} | {v.no_go} | {v.eerst} | {v.daarna} |")
    out += ["", f"### {md(tekst('knel.per_groep', taal))}", ""]
    out.append("| " + " | ".join(md(h) for h in _groep_koppen(taal)) + " |")
    out.append("|---|---:|---:|---:|")
    for g in k.per_groep:
        out.append(f"| {md(g.naam)} | {g.go} | {g.voorwaardelijk} | {g.no_go} |")
    return out


def grafiek(k: Knelpunten, taal: str) -> str:
    """Stacked horizontal bars: per condition, proposals that miss it, by tier (inline SVG)."""
    rows = k.voorwaarden[:MAX_RIJEN]
    label_w, bar_w, row_h, top, legend_h = 340, 340, 24, 6, 26
    most = max((v.totaal for v in rows), default=1) or 1
    width = label_w + bar_w + 50
    height = top + legend_h + row_h * len(rows) + 6
    title = tekst("knel.titel", taal)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="grafiek-knelpunten" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{e(title)}" '
        f'font-family="{e(FONT)}" font-size="13"><title>{e(title)}</title>'
    ]
    x = label_w
    for laag in ("no_go", "eerst", "daarna"):
        naam = tekst(f"knel.{laag}", taal)
        out.append(
            f'<rect x="{x}" y="{top + 2}" width="12" height="12" fill="{_LAAG_KLEUR[laag]}"/>'
        )
        out.append(f'<text x="{x + 16}" y="{top + 13}" fill="#1d2733">{e(naam)}</text>')
        x += 24 + 8 * len(naam)
    for i, v in enumerate(rows):
        y = top + legend_h + i * row_h
        naam = v.naam if len(v.naam) <= 38 else v.naam[:37] + "…"  # the whole name in <title>
        out.append(
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" fill="#1d2733">'
            f"<title>{e(v.naam)}</title>{e(naam)}</text>"
        )
        left = float(label_w)
        for laag, n in (("no_go", v.no_go), ("eerst", v.eerst), ("daarna", v.daarna)):
            if not n:
                continue
            w = n / most * bar_w
            out.append(
                f'<rect class="bar laag-{laag}" data-id="{e(v.id)}" x="{left:.1f}" y="{y + 3}" '
                f'width="{w:.1f}" height="{row_h - 6}" fill="{_LAAG_KLEUR[laag]}"/>'
            )
            left += w
        out.append(
            f'<text x="{left + 6:.1f}" y="{y + 16}" fill="#1d2733" font-weight="700">{v.totaal}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def html_sectie(k: Knelpunten, taal: str) -> str:
    """The bottlenecks for the HTML summary: a chart, the table, and verdicts per group."""
    out = [
        '<div class="knelpunten" id="knelpunten">',
        f"<h3>{e(tekst('knel.titel', taal))}</h3>",
        f"<p>{e(tekst('knel.uitleg', taal, n=k.aantal))}</p>",
    ]
    if not k.voorwaarden:
        out.append(f'<p class="nv">{e(tekst("knel.geen", taal))}</p>')
    else:
        out.append(f"<figure>{grafiek(k, taal)}</figure>")
        out.append(
            "<table><thead><tr>"
            + "".join(f"<th>{e(h)}</th>" for h in _koppen(taal))
            + "</tr></thead><tbody>"
            + "".join(
                f'<tr><td>{e(v.naam)} <span class="id">{e(v.id)}</span></td>'
                f'<td class="num">{v.totaal}</td><td class="num">{v.no_go}</td>'
                f'<td class="num">{v.eerst}</td><td class="num">{v.daarna}</td></tr>'
                for v in k.voorwaarden[:MAX_RIJEN]
            )
            + "</tbody></table>"
        )
    koppen = _groep_koppen(taal)
    out.append(f"<h4>{e(tekst('knel.per_groep', taal))}</h4>")
    out.append(
        "<table><thead><tr>"
        + f"<th>{e(koppen[0])}</th>"
        + "".join(
            f'<th><span class="badge {a}">{e(h)}</span></th>'
            for a, h in zip(("go", "voorwaardelijk", "no-go"), koppen[1:], strict=True)
        )
        + "</tr></thead><tbody>"
        + "".join(
            f'<tr><td>{e(g.naam)}</td><td class="num">{g.go}</td>'
            f'<td class="num">{g.voorwaardelijk}</td><td class="num">{g.no_go}</td></tr>'
            for g in k.per_groep
        )
        + "</tbody></table>"
    )
    out.append("</div>")
    return "\n".join(out)
