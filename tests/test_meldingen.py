"""Messages that point at the mistake (issue 14, items 4-7), beyond the rows of the bad-input
table (tests/data/ongeldig/verwacht.tsv): the library's exception, its public names, and help
pages that are fully English with --lang en and never break a word or an option at a hyphen."""

from __future__ import annotations

import re

import click
import pytest
from conftest import run_cli

import substitutiecheck
from substitutiecheck.cli import main
from substitutiecheck.inputs import parse_json


def test_str_of_invoerfout_shows_every_problem_not_only_the_first():
    with pytest.raises(substitutiecheck.InvoerFout) as info:
        substitutiecheck.evaluate(
            {
                "patientgroep": {"categorie": "diabetes mellitus"},
                "ict": "ja",
                "financiering": "Keten-DBC",
            }
        )
    lines = str(info.value).splitlines()
    assert len(lines) == len(info.value.problemen) == 3
    assert any("bedoelde u 'diabetes'?" in line for line in lines)
    assert any("bedoelde u 'keten_dbc'?" in line for line in lines)
    assert any("het hoort onder `randvoorwaarden`" in line for line in lines)
    # with the file attached, still every problem
    info.value.met_bron("voorstel.json")
    assert str(info.value).splitlines() == [f"voorstel.json: {line}" for line in lines]


def test_dir_shows_only_the_public_api():
    assert dir(substitutiecheck) == sorted(substitutiecheck.__all__)
    for name in substitutiecheck.__all__:
        assert getattr(substitutiecheck, name) is not None
    substitutiecheck.evaluate  # noqa: B018 - loading submodules does not add them to dir()
    assert "evaluation" not in dir(substitutiecheck) and "annotations" not in dir(substitutiecheck)


@pytest.mark.parametrize(
    "text,message",
    [
        (
            '{"a": 1,\n "b": 2\n "c": 3}',
            "regel 2, kolom 8: komma ontbreekt aan het eind van deze regel",
        ),
        ('{"a": [1, 2,]}', "regel 1, kolom 12: komma te veel vóór `]`"),
        ('{"a": {"b": 1,\n}}', "regel 1, kolom 14: komma te veel vóór `}`"),
        ('{"a": [1, 2', "regel 1, kolom 12: de JSON houdt hier op voordat hij af is"),
        ('{"a": 1}}', "regel 1, kolom 9: extra tekst na het einde van de JSON"),
    ],
)
def test_json_syntax_errors_are_reported_where_the_mistake_is(text, message):
    with pytest.raises(substitutiecheck.InvoerFout) as info:
        parse_json(text)
    assert message in str(info.value)


def test_a_json_lines_error_at_the_end_of_a_line_is_on_that_line_in_its_real_column():
    with pytest.raises(substitutiecheck.InvoerFout) as info:
        parse_json('{"titel": "x",\n', one_line=True)
    assert "ongeldige JSON in kolom 15: de JSON houdt hier op" in str(info.value)


def _commands(cmd: click.Command, path: tuple[str, ...] = ()):
    yield path
    for name, sub in getattr(cmd, "commands", {}).items():
        yield from _commands(sub, path + (name,))


@pytest.mark.parametrize("path", list(_commands(main)), ids=lambda p: " ".join(p) or "main")
def test_english_help_is_fully_english_and_never_cut_mid_word(path):
    en = run_cli("--lang", "en", *path, "--help")
    assert en.returncode == 0
    text = en.stdout.decode()
    for dutch in ("PAD", " MAP", "VOORSTEL", "BESTAND", "Gebruik:", "Opties", "standaard:"):
        assert dutch not in text, (dutch, text)
    nl = run_cli(*path, "--help").stdout.decode()
    for page in (text, nl):
        lines = page.splitlines()
        assert not any(re.search(r"\w-$", line) for line in lines), (
            page
        )  # '--geen-' + 'toelichting'
        assert not any(
            line.rstrip().endswith("...")
            and "PATH..." not in line
            and "PAD..." not in line
            and "ARGUMENTEN]..." not in line
            and "ARGS]..." not in line
            for line in lines
        ), page  # a summary cut off
