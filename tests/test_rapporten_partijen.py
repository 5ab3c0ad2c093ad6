"""The combined and compared reports and the region's bottlenecks in every format (issue 17):
what a person reads is Dutch, fully English with taal='en'; CSV reads back; HTML parses and has
its colours; JSON is the report's naar_dict()."""

from __future__ import annotations

import copy
import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from substitutiecheck import combineer, evaluate, vergelijk
from substitutiecheck.knelpunten import knelpunten
from substitutiecheck.reporters import combinatie as rc
from substitutiecheck.reporters import knelpunten as rk
from substitutiecheck.reporters import vergelijking as rv
from substitutiecheck.texts_partners import TEKSTEN

ROOT = Path(__file__).resolve().parent.parent
BASIS = json.loads(
    (ROOT / "examples" / "voorstellen" / "meekijkconsult-dermatologie-rotterdam.json").read_text(
        "utf-8"
    )
)
FORMATS = ("text", "markdown", "html", "csv", "json")
DUTCH_ONLY = sorted(
    {
        v["nl"]
        for v in TEKSTEN.values()
        if v["nl"] != v["en"] and " " in v["nl"] and "{" not in v["nl"]
    }
)


def _views() -> list[dict]:
    a, b, c = (copy.deepcopy(BASIS) for _ in range(3))
    a["respondent"] = {"rol": "huisarts", "naam": "Dr. <b>Jansen</b>"}
    b["respondent"] = {"rol": "medisch_specialist"}
    b["randvoorwaarden"]["vertrouwen"] = "nee"
    b["samenwerkingsvorm"] = "teleconsultatie"
    c["respondent"] = {"rol": "zorgverzekeraar"}
    c["samenwerking"]["gedeelde_ambitie"] = "deels"
    return [a, b, c]


def _render(module, obj, fmt: str, **kw) -> str:
    buf = io.StringIO()
    module.schrijf(obj, fmt, buf, **kw)
    return buf.getvalue()


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.cells: list[tuple[str, str]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("meta", "br", "rect", "text", "title"):
            self.stack.append(tag)
        if tag == "td":
            self.cells.append((dict(attrs).get("class") or "", ""))

    def handle_endtag(self, tag):
        if tag in ("rect", "text", "title"):
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


@pytest.mark.parametrize("taal", ["nl", "en"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_combined_report_in_every_format(fmt: str, taal: str) -> None:
    c = combineer(_views(), taal=taal, bestanden=["a.json", "b.json", "c.json"])
    out = _render(rc, c, fmt)
    assert out.endswith("\n")
    if taal == "en":
        assert [s for s in DUTCH_ONLY if s in out] == []
    if fmt == "json":
        assert json.loads(out) == json.loads(json.dumps(c.naar_dict()))
    elif fmt == "csv":
        assert out.startswith("\ufeff")
        rows = list(csv.reader(io.StringIO(out[1:], newline=""), delimiter=";"))
        assert len(rows[0]) == 2 + 3 + 2 and len(rows) == 1 + len(c.vragen)
        verschil = {r[0]: r[-1] for r in rows[1:]}
        assert verschil["randvoorwaarden.vertrouwen"] == ("ja" if taal == "nl" else "yes")
        assert verschil["randvoorwaarden.bekostiging"] == ("nee" if taal == "nl" else "no")
    elif fmt == "html":
        p = _Tags()
        p.feed(out)
        assert p.errors == [] and "<b>Jansen" not in out and "&lt;b&gt;Jansen" in out
        assert ("antwoord t-slecht", "") in p.cells and ("antwoord t-goed", "") in p.cells
        assert 'class="verschil"' in out and "NO-GO" not in out.split("<article")[0]
    else:
        assert ("Verschillen van inzicht" in out) == (taal == "nl")
        assert ("Differences of view" in out) == (taal == "en")
    if fmt in ("text", "markdown", "html"):
        kop = "GECOMBINEERD ADVIES" if taal == "nl" else "COMBINED ADVICE"
        assert kop.lower() in out.lower()
        # the advice for the combined answers is the ordinary report, after the views
        assert evaluate(BASIS, taal=taal).samenwerkingsvorm_naam in out


def test_text_colours_only_when_asked() -> None:
    c = combineer(_views())
    assert "\x1b[" not in _render(rc, c, "text")
    assert "\x1b[31m" in _render(rc, c, "text", kleur=True)


@pytest.mark.parametrize("taal", ["nl", "en"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_comparison_in_every_format(fmt: str, taal: str) -> None:
    nieuw = copy.deepcopy(BASIS)
    nieuw["randvoorwaarden"]["afspraken"] = "ja"
    nieuw["randvoorwaarden"]["bekostiging"] = "nee"
    c = vergelijk(BASIS, nieuw, taal=taal, bestanden=("v1.json", "v2.json"))
    out = _render(rv, c, fmt)
    if taal == "en":
        assert [s for s in DUTCH_ONLY if s in out] == []
    if fmt == "json":
        assert json.loads(out) == c.naar_dict()
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out[1:], newline=""), delimiter=";"))
        assert [r[0] for r in rows[1:]] == [
            "advies",
            "opgelost",
            "nieuw_of_erger",
            "gewijzigd",
            "gewijzigd",
        ]
    elif fmt == "html":
        p = _Tags()
        p.feed(out)
        assert p.errors == [] and 'class="lijst opgelost"' in out
    if fmt != "csv":
        naam = "Goede afspraken maken" if taal == "nl" else "Making good agreements"
        assert naam in out


def test_no_change_is_said_in_words() -> None:
    c = vergelijk(BASIS, copy.deepcopy(BASIS))
    assert "Geen verschil" in _render(rv, c, "text")
    assert "No difference" in _render(rv, vergelijk(BASIS, BASIS, taal="en"), "markdown")


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_bottleneck_pieces(taal: str) -> None:
    reports = []
    for rid in ("bekostiging", "afspraken", "bekostiging"):
        v = copy.deepcopy(BASIS)
        v["randvoorwaarden"][rid] = "nee"
        reports.append(evaluate(v, taal=taal))
    k = knelpunten(reports)
    tel = {v.id: (v.totaal, v.no_go, v.eerst, v.daarna) for v in k.voorwaarden}
    assert tel["bekostiging"] == (2, 2, 0, 0)
    assert tel["afspraken"] == (3, 1, 2, 0)  # 'deels' in the example, 'nee' once
    assert k.voorwaarden[0].id == "afspraken"
    lines = "\n".join(rk.text_regels(k, taal))
    md = "\n".join(rk.markdown_regels(k, taal))
    html = rk.html_sectie(k, taal)
    for out in (lines, md, html):
        assert ("Knelpunten in de regio" in out) == (taal == "nl")
        assert k.voorwaarden[0].naam[:15] in out
    assert html.count('class="bar laag-no_go"') == 2  # bekostiging and afspraken
    p = _Tags()
    p.feed(html)
    assert p.errors == []


def test_the_json_fits_the_documented_schema() -> None:
    import jsonschema

    from substitutiecheck.partijen_schema import met_partijen_schema
    from substitutiecheck.report import rapport_schema

    schema = met_partijen_schema(rapport_schema())

    def validator(name: str) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator(
            {"$ref": f"#/$defs/{name}", "$defs": schema["$defs"]}
        )

    nieuw = copy.deepcopy(BASIS)
    nieuw["randvoorwaarden"]["bekostiging"] = "nee"
    for taal in ("nl", "en"):
        validator("Combinatie").validate(
            json.loads(_render(rc, combineer(_views(), taal=taal), "json"))
        )
        validator("Vergelijking").validate(
            json.loads(_render(rv, vergelijk(BASIS, nieuw, taal=taal), "json"))
        )
        k = knelpunten([evaluate(BASIS, taal=taal), evaluate(nieuw, taal=taal)])
        validator("Knelpunten").validate(k.naar_dict())
    # a report still validates against the root, as before
    jsonschema.Draft202012Validator(schema).validate(evaluate(BASIS).naar_dict())
    with pytest.raises(jsonschema.ValidationError):
        bad = json.loads(_render(rc, combineer(_views()), "json"))
        bad["verschillen"][0]["antwoorden"] = ["ja"]
        validator("Combinatie").validate(bad)
