"""Reports read at a glance (issue 14, items 8 and 9): the batch summary counts the same three
tiers the detail shows (what makes it a no-go / settle first / then), in text, Markdown and
HTML, with --jobs too; the text report labels the region and names each tier once."""

from __future__ import annotations

import re

import pytest
from conftest import EXAMPLES, run_cli

from substitutiecheck.i18n import tekst

TIERS = [tekst(k, "nl") for k in ("kop.blokkerend_nogo", "kop.eerst_regelen", "kop.daarna")]


def _detail_counts_text(report: str) -> tuple[int, int, int]:
    counts, tier = [0, 0, 0], None
    for line in report.splitlines():
        stripped = line.strip()
        if line.startswith("  ") and not line.startswith("   ") and stripped.rstrip(":") in TIERS:
            tier = TIERS.index(stripped.rstrip(":"))
        elif not line.startswith(" "):
            tier = None
        elif tier is not None and stripped[:1] in ("✗", "!"):
            counts[tier] += 1
    return tuple(counts)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_text_summary_counts_the_tiers_of_the_detail(jobs):
    out = run_cli("check", str(EXAMPLES), "--jobs", jobs).stdout.decode()
    body, summary = out.split("=" * 88)
    reports = re.split(r"\n-{88}\n", body)
    rows = [line for line in summary.splitlines() if re.match(r"  \S.*  \d+ / \d+ / \d+  ", line)]
    assert len(rows) == len(reports) == 9
    for report, row in zip(reports, rows, strict=True):
        counts = tuple(int(n) for n in re.search(r"(\d+) / (\d+) / (\d+)", row).groups())
        assert counts == _detail_counts_text(report), (row, report[:300])
        title = report.strip().splitlines()[0]
        assert title[:40] in row


def test_each_tier_heading_once_in_every_format():
    for fmt, kop in (("markdown", "#### "), ("html", "<h4>")):
        out = run_cli(
            "check", str(EXAMPLES / "meekijkconsult-dermatologie-rotterdam.json"), "--format", fmt
        ).stdout.decode()
        assert out.count(kop + TIERS[1]) == 1, fmt  # three groups, one heading
        assert " — " not in "".join(re.findall(re.escape(kop) + r".*", out)), fmt


def test_text_report_labels_the_region_and_names_each_tier_once():
    out = run_cli("check", str(EXAMPLES / "copd-longzorg-nijkerk.json")).stdout.decode()
    assert "\nRegio: Nijkerk\n" in out
    for tier in TIERS:
        assert out.count(tier) <= 1, tier
    assert "\n    Financiering en verzekeraar:\n      ! " in out
    assert " — " not in out.split("Wat nog ontbreekt")[1].split("Randvoorwaarden per groep")[0]


def test_markdown_summary_columns_are_the_detail_tiers():
    out = run_cli("check", str(EXAMPLES), "--format", "markdown").stdout.decode()
    assert "| Blokkerend (no-go) | Eerst regelen | Daarna |" in out
    rows = re.findall(r"^\| \d+ \| .*? \| \*\*.*?\*\* \| (\d+) \| (\d+) \| (\d+) \|$", out, re.M)
    sections = re.split(r"^## (?!Samenvatting|Bronnen)", out, flags=re.M)[1:]
    assert len(rows) == len(sections) == 9
    for row, section in zip(rows, sections, strict=True):
        counts = [0, 0, 0]
        for head, body in re.findall(
            r"^#### (.*)\n((?:\n|- .*\n|  .*\n|\*\*.*\*\*\n)*)", section, re.M
        ):
            tier = next((i for i, t in enumerate(TIERS) if head.replace("\\", "") == t), None)
            if tier is not None:  # not a heading of the notes around the advice
                counts[tier] += len(re.findall(r"^- ", body, re.M))
        assert tuple(map(int, row)) == tuple(counts), section[:200]


def test_html_summary_columns_are_the_detail_tiers():
    out = run_cli("check", str(EXAMPLES), "--format", "html").stdout.decode()
    assert "<th>Blokkerend (no-go)</th><th>Eerst regelen</th><th>Daarna</th>" in out
    rows = re.findall(r'<tr><td class="num">\d+</td>.*?</tr>', out)
    articles = re.findall(r"<article .*?</article>", out, re.S)
    assert len(rows) == len(articles) == 9
    for row, article in zip(rows, articles, strict=True):
        counts = [int(n) for n in re.findall(r'<td class="num">(\d+)</td>', row)[1:]]
        detail = [0, 0, 0]
        for head, body in re.findall(
            r"<h4>(.*?)</h4>((?:<h5>.*?</h5>)?(?:<ul class=\"missing\">.*?</ul>(?:<h5>.*?</h5>)?)*)",
            article.replace("\n", ""),
            re.S,
        ):
            detail[TIERS.index(head)] += body.count("<li")
        assert counts == detail


def test_a_big_text_batch_lists_the_first_proposals_and_says_how_many_more():
    import io

    import substitutiecheck
    from substitutiecheck.reporters import OVERZICHT_MAX
    from substitutiecheck.reporters.text import TextReporter

    rapport = substitutiecheck.evaluate(
        {"titel": "Eén van velen", "patientgroep": {"categorie": "diabetes"}}, toelichting=False
    )
    out = io.StringIO()
    reporter = TextReporter(out=out)
    for _ in range(OVERZICHT_MAX + 5):
        reporter.samenvatting.tel(rapport)
    reporter.einde()
    lines = out.getvalue().splitlines()
    assert sum("Eén van velen" in line for line in lines) == OVERZICHT_MAX
    # right after the listed proposals (the region's bottlenecks follow it: issue 17)
    last = max(i for i, line in enumerate(lines) if "Eén van velen" in line)
    assert lines[last + 1].strip() == "… en nog 5 voorstellen"
    assert "Knelpunten in de regio" in lines[last + 2 :]


def test_one_more_proposal_and_one_proposal_are_singular_in_both_languages() -> None:
    """'… en nog 1 voorstel', '1 voorstel: …' (was 'voorstel(len)', 'proposal(s)')."""
    import io

    import substitutiecheck
    from substitutiecheck.reporters import OVERZICHT_MAX, Samenvatting
    from substitutiecheck.reporters.text import TextReporter

    rapport = substitutiecheck.evaluate(
        {"titel": "Eén van velen", "patientgroep": {"categorie": "diabetes"}}, toelichting=False
    )
    for taal, een_meer, een, twee in (
        ("nl", "… en nog 1 voorstel", "1 voorstel: 0 go, 1 go onder", "2 voorstellen: 0 go, 2 go"),
        ("en", "… and 1 more proposal", "1 proposal: 0 go, 1 go with", "2 proposals: 0 go, 2 go"),
    ):
        out = io.StringIO()
        reporter = TextReporter(out=out, taal=taal)
        for _ in range(OVERZICHT_MAX + 1):
            reporter.samenvatting.tel(rapport)
        reporter.einde()
        assert een_meer in [line.strip() for line in out.getvalue().splitlines()]
        s = Samenvatting()
        s.tel(rapport, knelpunten=False)
        assert s.regel(taal).startswith(een), s.regel(taal)
        s.tel(rapport, knelpunten=False)
        assert s.regel(taal).startswith(twee), s.regel(taal)
        assert "(s)" not in s.regel(taal) and "(len)" not in s.regel(taal)


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_untitled_proposals_are_told_apart_in_the_summary_by_their_place(tmp_path, fmt) -> None:
    """Two proposals without a title were two identical '(voorstel zonder titel)' rows in the
    text summary (a user trial); now each names its file and line, as markdown's table did."""
    import json

    zonder = {"patientgroep": {"categorie": "diabetes"}}
    batch = tmp_path / "regio.jsonl"
    batch.write_text(
        "\n".join(json.dumps(d) for d in (zonder, {**zonder, "titel": "Met titel"}, zonder)) + "\n",
        "utf-8",
    )
    out = run_cli("check", "--format", fmt, batch.name, cwd=tmp_path).stdout.decode()
    samenvatting = out.split("=" * 40)[-1] if fmt == "text" else out.split("<article")[0]
    for regel in (1, 3):
        assert f"(voorstel zonder titel) regio.jsonl:{regel}" in samenvatting
    assert "Met titel" in samenvatting and "regio.jsonl:2" not in samenvatting
