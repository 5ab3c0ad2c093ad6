"""Nowhere in a human report does a line 'Bron:' name substitutiecheck's own choice beside the
documents: under the advice of a condition that was fixed before (bronnenlijst.apart), and now
also in the notes around the verdict (financing route, collaboration, Triple Aim, support), where
'Bron: Raedelijn e-book [1]; Keuze substitutiecheck [4]; Zorgenz 2018 [5]' stood under the
financing route (a helper's review of the questionnaire's help, which had the same mix)."""

from __future__ import annotations

import html
import re

import pytest
from conftest import EXAMPLES, run_cli

KEUZE = {
    "nl": ("Bron", "Keuze substitutiecheck"),
    "en": ("Source", "substitutiecheck's own choice"),
}


@pytest.mark.parametrize("taal", ["nl", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_no_source_line_mixes_in_the_products_own_choice(fmt, taal):
    inputs = [str(p) for p in sorted(EXAMPLES.glob("*.json"))]
    out = html.unescape(run_cli("check", *inputs, "--format", fmt, "--lang", taal).stdout.decode())
    kop, keuze = KEUZE[taal]
    if fmt == "html":  # each paragraph of sources
        delen = re.findall(r'<(?:p|div) class="bron">(.*?)</(?:p|div)>', out, flags=re.S)
        regels = [re.sub(r"<[^>]+>", "", d) for d in delen]
        # what follows the heading (a paragraph may open with a sentence of its own)
        regels = [r.split(f"{kop}: ", 1)[1] for r in regels if f"{kop}: " in r]
    else:  # a source line with the lines it wraps onto (indented deeper), as one
        regels = [
            m.group(0) for m in re.finditer(rf"(?m)^( *)[*-]? ?\*?{kop}: .*(?:\n\1  +\S.*)*", out)
        ]
    assert regels, "no source lines at all"
    gemengd = [r for r in regels if keuze in r]
    assert not gemengd, gemengd[:2]
    assert keuze in out  # still cited, on its own line
