"""The README is the project lead's first hour: it starts with them, its links work in a clone,
and what it states about the output matches the program."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def test_it_opens_with_the_two_setup_commands_then_the_questionnaire():
    first = README.index("## Snel beginnen")
    block = re.search(r"```sh\n(.*?)```", README[first:], re.S).group(1)
    assert [line.split()[:2] for line in block.splitlines()] == [
        ["make", "voorbeelden"],
        ["make", "test"],
    ]
    questionnaire = README.index(
        "substitutiecheck vragenlijst -o voorstel.json --rapport advies.html"
    )
    assert first < questionnaire < README.index("\n## ", first + 1)
    for advies in ("**go**", "**go onder voorwaarden**", "**no-go**", "**voorlopig**"):
        assert advies in README[first : README.index("\n## ", first + 1)], advies
    # the developer's sections come after the project lead's
    assert (
        README.index("## Snel beginnen")
        < README.index("## Als bibliotheek")
        < README.index("## FHIR")
        < README.index("## Ontwerp")
    )


def test_every_local_link_exists_and_none_points_outside_the_clone():
    assert "../shared" not in README
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", README):
        if not target.startswith("http"):
            assert (ROOT / target).exists(), target
    for doc in (ROOT / "docs").glob("*.md"):
        text = doc.read_text("utf-8")
        assert "../shared" not in text, doc.name
        for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text):
            if not target.startswith("http"):
                assert (doc.parent / target).exists(), (doc.name, target)


def test_the_csv_header_in_both_languages_is_the_one_the_program_writes():
    from substitutiecheck.i18n import tekst
    from substitutiecheck.reporters.csvfmt import KOLOMMEN

    text = " ".join(README.split())
    for taal in ("nl", "en"):
        assert ", ".join(f"`{tekst('csv.' + k, taal)}`" for k in KOLOMMEN) in text, taal
