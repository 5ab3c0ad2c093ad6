"""Golden files of the combined report (examples/partners/) and the comparison of two versions
(examples/versies/), every format, Dutch and English (issue 17).

Regenerate after an intended change with ``SUBSTITUTIECHECK_GOLDEN_UPDATE=1`` and read every line
of the diff: update mode rewrites a golden that differs and then FAILS naming it, so a wrong
golden is never blessed by a green run."""

from __future__ import annotations

import pytest
from conftest import vergelijk_golden
from test_rapporten import GOLDEN, normalise, run

PARTNERS = [
    "examples/partners/huisarts.json",
    "examples/partners/medisch-specialist.json",
    "examples/partners/zorgverzekeraar.json",
]
PARTNERS_ONBEKEND = ["tests/data/partners/huisarts-bekostiging-onbekend.json", *PARTNERS[1:]]
"""The GP does not know the funding the others call 'ja': named apart, no difference of view."""
VERSIES = ["examples/versies/voorstel-maart.json", "examples/versies/voorstel-april.json"]
CASES = [
    (name, fmt, taal)
    for name in ("partners", "versies")
    for fmt in ("text", "markdown", "html", "csv", "json")
    for taal in ("nl", "en")
] + [
    ("partners-onbekend", fmt, taal)
    for fmt in ("text", "markdown", "html")  # the formats that render the side-by-side part
    for taal in ("nl", "en")
]
ARGS = {
    "partners": ("combineer", *PARTNERS),
    "partners-onbekend": ("combineer", *PARTNERS_ONBEKEND),
    "versies": ("vergelijk", *VERSIES),
}


@pytest.mark.parametrize("name,fmt,taal", CASES, ids=["-".join(c) for c in CASES])
def test_golden(name: str, fmt: str, taal: str) -> None:
    args = ARGS[name]
    result = run(*args, "--format", fmt, "--lang", taal)
    assert result.exit_code == 0, result.output
    ext = {"markdown": "md", "text": "txt"}.get(fmt, fmt)
    vergelijk_golden(GOLDEN / f"{name}.{taal}.{ext}", normalise(result.stdout_bytes))
