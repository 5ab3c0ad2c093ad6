"""The look of every HTML document we write: colours, the inline style sheet, escaping and the
head of the document (``html_begin``). Shared by the report, the combined report and the
comparison (``reporters.html`` re-exports these names)."""

from __future__ import annotations

from html import escape

from ..i18n import zichtbaar

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
.waarom, .hoe, .bron { margin: 2px 0; } .bron { color: var(--muted); font-size: .88rem; }
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
