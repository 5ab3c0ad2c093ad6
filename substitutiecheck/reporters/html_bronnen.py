"""The sources in the HTML format: each label in the body links to its entry in the list at the
end of the document (``<li id="bron-2">``), where the full title stands once."""

from __future__ import annotations

from collections.abc import Iterable

from ..i18n import tekst
from ..report import BronVerwijzing
from .bronnenlijst import Bronnenlijst, kenmerken
from .html_style import e

BRONNEN_CSS = """
section.bronnen { background: #fff; border: 1px solid var(--line); border-radius: 8px; \
padding: 20px 24px; margin: 20px 0; }
ol.bronnen li { margin: 6px 0; } ol.bronnen li:target { background: #fffaf0; }
ol.bronnen .soort { color: var(--muted); }
"""


def verwijzingen(lijst: Bronnenlijst, bronnen: Iterable[BronVerwijzing]) -> str:
    """'<a href="#bron-2">Nivel 2013 [2]</a>; ...': each label a link to its entry in the list."""
    return "; ".join(
        f'<a href="#bron-{n}">{e(b.kort)} [{n}]</a>' for n, b in lijst.nummers(bronnen)
    )


def lijst_html(lijst: Bronnenlijst, taal: str) -> str:
    """The list at the end of the document (empty when the document cites no source)."""
    if not len(lijst):
        return ""
    out = [
        '<section class="bronnen" id="bronnen" aria-labelledby="bronnen-kop">',
        f'<h2 id="bronnen-kop">{e(tekst("kop.bronnen", taal))}</h2>',
        f"<p>{e(tekst('kop.bronnen_uitleg', taal))}</p>",
        '<ol class="bronnen">',
    ]
    out += [
        f'<li id="bron-{n}"><strong>{e(b.kort)}</strong> '
        f'<span class="soort">({e(kenmerken(b, taal))})</span><br>{e(b.titel)}</li>'
        for n, b in lijst
    ]
    out += ["</ol>", "</section>"]
    return "\n".join(out)
