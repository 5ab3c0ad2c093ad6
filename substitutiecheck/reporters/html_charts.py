"""The inline SVG charts of the HTML report (no scripts, no images from elsewhere): the
randvoorwaarden per group, the Kaats & Opheij profile, patient support and, for a batch, the
proposals per advice."""

from __future__ import annotations

from ..i18n import antwoord, tekst
from ..report import Samenwerkingsprofiel, Toelichting
from .common import STAND
from .html_style import ADVIES_COLOURS, COLOURS, FONT, e


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
