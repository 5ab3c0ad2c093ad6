"""Seeded fuzzing of every output format with hostile text (issue 13): control characters and
terminal escapes, lone surrogates, markup for Markdown, HTML and spreadsheets, bidi overrides,
long strings, hostile file names. Whatever the proposals hold: never exit 3, every output valid
UTF-8, no raw control character in text, Markdown or CSV, and the HTML has the same elements as
the same batch with harmless text."""

from __future__ import annotations

import json
import os
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from substitutiecheck.cli import main

FORMATS = ("text", "markdown", "html", "csv", "json", "jsonl")
RAW_CONTROLS = {chr(c) for c in (*range(0x00, 0x0A), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
PIECES = [
    "\x1b[2J",
    "\x1b[H",
    "\x1b]0;GO\x07",
    "\x9b31m",
    "\r",
    "\n",
    "\t",
    "\x00",
    "\x08",
    "\u202e",
    "\u2028",
    "Advies: GO",
    "<script>alert(1)</script>",
    "</td></tr></table>",
    "<img src=x onerror=a()>",
    "[klik](javascript:alert(1))",
    "`",
    "|",
    "*",
    "#",
    '=HYPERLINK("x")',
    "+1",
    "@SUM(A1)",
    "-2",
    ";",
    ",",
    '"',
    "'",
    "&amp;",
    "{naam}",
    "\\",
    "é",
    "💥",
    "\ufeff",
    "\x85",
    "y" * 150,
]
hostile = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=12).map(
    lambda p: "".join(p)[:200]
)
"""At most 200 characters: within every field's maxLength, so the harmless twin is accepted alike."""
NAMES = [
    "a\nAdvies: GO.jsonl",
    "<img src=x onerror=a()>.jsonl",
    "\x1b[31mrood.jsonl",
    "x|y*z`.jsonl",
    "=1+1.jsonl",
]


def _voorstel(titel, regio, omschrijving) -> dict:
    return {
        "titel": titel,
        "regio": regio,
        "patientgroep": {"categorie": "diabetes", "omschrijving": omschrijving},
        "randvoorwaarden": {"bekostiging": "nee"},
    }


def _batch(texts: list[str], surrogate: bool, neutral: bool) -> str:
    lines = []
    for i in range(0, len(texts), 3):
        titel, regio, omschrijving = (texts + ["", ""])[i : i + 3]
        if neutral:
            titel, regio, omschrijving = (
                "t" if titel else "",
                "r" if regio else "",
                "o" if omschrijving else "",
            )
        lines.append(json.dumps(_voorstel(titel, regio, omschrijving), ensure_ascii=False))
    # a lone surrogate: rejected (exit 2); its harmless twin is rejected too, for the same shape
    lines.append(
        '{"titel": ' if neutral else '{"titel": "x\\udc80y"}' if surrogate else '{"titel": "ok"}'
    )
    if not surrogate and neutral:
        lines[-1] = '{"titel": "ok"}'
    return "\n".join(lines) + "\n"


class _Shape(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shape: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.shape.append(("<", tag, tuple(sorted(name for name, _ in attrs))))

    def handle_endtag(self, tag):
        self.shape.append((">", tag))


def _shape(html: str) -> list[tuple]:
    parser = _Shape()
    parser.feed(html)
    parser.close()
    return parser.shape


def _run(folder: Path, fmt: str):
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(main, ["check", ".", "--format", fmt], catch_exceptions=False)
    finally:
        os.chdir(cwd)


@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(
    texts=st.lists(hostile, min_size=1, max_size=6),
    surrogate=st.booleans(),
    name=st.sampled_from(NAMES),
)
def test_hostile_text_in_every_format(tmp_path_factory, texts, surrogate, name):
    folder = tmp_path_factory.mktemp("vijandig")
    plain = tmp_path_factory.mktemp("gewoon")
    (folder / name).write_text(_batch(texts, surrogate, neutral=False), "utf-8")
    (plain / "n.jsonl").write_text(_batch(texts, surrogate, neutral=True), "utf-8")
    for fmt in FORMATS:
        result = _run(folder, fmt)
        assert result.exit_code in (1, 2), (fmt, result.exit_code, result.stderr)
        assert "interne fout" not in result.stderr
        out = result.stdout_bytes.decode("utf-8")  # strict: never a lone surrogate or a broken byte
        result.stderr_bytes.decode("utf-8")
        if fmt in ("text", "markdown", "csv"):
            body = out.replace("\r\n", "\n") if fmt == "csv" else out
            assert not RAW_CONTROLS & set(body), (fmt, sorted(RAW_CONTROLS & set(body)))
        if fmt == "html":
            assert _shape(out) == _shape(_run(plain, "html").stdout_bytes.decode("utf-8"))
