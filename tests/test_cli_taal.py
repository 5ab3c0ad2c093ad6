"""The language of one command line lives in that command's click context (issue 15, bug 2): it
is never written into the process environment, and it comes from the arguments click was given,
not from ``sys.argv``. So a host program or a test runner that calls the command line in-process
gets each call in the language that call asked for."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, run_cli

from substitutiecheck.cli import main

VOORSTEL = str(EXAMPLES / "diabetes-ketenzorg-utrecht.json")


@pytest.fixture(autouse=True)
def _zonder_taal_in_de_omgeving(monkeypatch):
    monkeypatch.delenv("SUBSTITUTIECHECK_LANG", raising=False)


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--lang", "en", "--regels", "/nonexistent", VOORSTEL),
        ("--lang", "en", "check", "--regels", "/nonexistent", VOORSTEL),
    ],
    ids=["lang-after-command", "lang-before-command"],
)
def test_lang_en_in_process_answers_in_english_and_the_next_call_is_dutch_again(args):
    en = _run(*args)
    assert en.exit_code == 2, en.output
    assert en.stderr.startswith("error: /nonexistent"), en.stderr
    assert "fout" not in en.stderr
    assert "SUBSTITUTIECHECK_LANG" not in os.environ  # nothing leaks into the process

    nl = _run("check", "--regels", "/nonexistent", VOORSTEL)
    assert nl.exit_code == 2, nl.output
    assert nl.stderr.startswith("fout: /nonexistent"), nl.stderr

    report = _run("check", VOORSTEL)
    assert "Advies: GO" in report.output and "Advice" not in report.output


def test_help_and_usage_errors_follow_the_lang_of_this_call():
    en = _run("check", "--help", "--lang", "en")
    assert en.exit_code == 0 and "Usage:" in en.output and "Options" in en.output
    nl = _run("check", "--help")
    assert "Gebruik:" in nl.output and "Opties" in nl.output

    en = _run("check", "--lang", "en", "--format", "xml", VOORSTEL)
    assert en.exit_code == 2 and en.stderr.startswith("error: "), en.stderr
    nl = _run("check", "--format", "xml", VOORSTEL)
    assert nl.exit_code == 2 and nl.stderr.startswith("fout: "), nl.stderr


def test_the_environment_variable_still_chooses_the_language(monkeypatch):
    monkeypatch.setenv("SUBSTITUTIECHECK_LANG", "en")
    en = _run("check", "--regels", "/nonexistent", VOORSTEL)
    assert en.stderr.startswith("error: /nonexistent"), en.stderr
    nl = _run("check", "--lang", "nl", "--regels", "/nonexistent", VOORSTEL)
    assert nl.stderr.startswith("fout: /nonexistent"), nl.stderr


def test_the_questionnaires_role_option_is_english_in_english_help():
    """'vragenlijst --help --lang en' showed the --rol help in Dutch: its English text was only
    registered when the partners' commands were imported (an English-mode audit)."""
    out = run_cli("vragenlijst", "--help", "--lang", "en").stdout.decode()
    assert "Who answers the questions" in out and "Wie de vragen" not in out


@pytest.mark.parametrize(
    "args", [("export", "--help", "--lang", "en"), ("export", "--lang", "en", "fhir")]
)
def test_export_takes_lang_before_its_command_as_regels_does(args):
    """'export --help --lang en' was 'unknown option --lang' (exit 2), though the README says
    --lang goes before or after the command."""
    r = run_cli(*args)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert (
        "Export the questionnaire" in out or '"title": "Questionnaire substitution of care"' in out
    )


@pytest.mark.parametrize(
    ("args", "env"), [(("--lang", "EN"), None), ((), {"SUBSTITUTIECHECK_LANG": "EN"})]
)
def test_the_language_is_read_in_any_case(args, env):
    """'--lang EN' was 'fout: ongeldige waarde voor --lang' in Dutch."""
    r = run_cli("check", VOORSTEL, *args, env=env)
    assert r.returncode in (0, 1), r.stderr
    assert "Advice:" in r.stdout.decode()


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_an_unreadable_pack_folder_is_said_in_the_language_of_the_call(tmp_path, monkeypatch, taal):
    """click said "Directory '…' is not readable." inside a Dutch line (an adversarial test, as
    a user without access; as root nothing is unreadable, so the refusal comes from os.access)."""
    echt = os.access
    monkeypatch.setattr(
        os, "access", lambda p, m, **k: False if str(p) == str(tmp_path) else echt(p, m, **k)
    )
    result = CliRunner().invoke(
        main, ["--lang", taal, "check", "--regels", str(tmp_path), str(EXAMPLES / "x.json")]
    )
    assert result.exit_code == 2
    woorden = {
        "nl": "kan niet gelezen worden: geen toegang",
        "en": "cannot be read: permission denied",
    }
    assert woorden[taal] in result.output and "not readable" not in result.output


@pytest.mark.parametrize("sub", [["toon", "categorie.spoedzorg"], ["ids"], ["bronnen"]])
def test_regels_takes_its_pack_after_the_subcommand_too(sub):
    """'regels toon ID --regels MAP' was an unknown option (only 'regels --regels MAP toon ID')."""
    twente = str(EXAMPLES.parent / "regio-twente")
    voor = run_cli("regels", "--regels", twente, *sub)
    na = run_cli("regels", *sub, "--regels", twente)
    assert voor.returncode == na.returncode == 0, na.stderr.decode()
    assert voor.stdout == na.stdout
    assert b"twente" in na.stdout.lower() or b"Spoedzorg" in na.stdout


def test_an_invalid_language_in_the_environment_names_the_variable():
    """SUBSTITUTIECHECK_LANG=xx blamed '--lang', which the user never typed (a review)."""
    result = run_cli("check", str(EXAMPLES / "x.json"), env={"SUBSTITUTIECHECK_LANG": "xx"})
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[0] == (
        "fout: ongeldige waarde in de omgevingsvariabele SUBSTITUTIECHECK_LANG; kies uit: nl, en"
    )
    typed = run_cli("check", "--lang", "xx", str(EXAMPLES / "x.json"))
    assert "ongeldige waarde voor '--lang'" in typed.stderr.decode()


@pytest.mark.parametrize(
    ("args", "nl", "en"),
    [
        (("vergelijk", "a", "b", "c"), "te veel argumenten: c", "too many arguments: c"),
        (("check", "x", "--jobs"), "optie '--jobs' vraagt een waarde", "option '--jobs' needs"),
        (("check", "--strikt=ja", "x"), "optie '--strikt' neemt geen waarde", "takes no value"),
    ],
)
def test_clicks_own_usage_errors_are_in_the_language_of_the_call(args, nl, en):
    """'vergelijk a b c' said 'verkeerd gebruik: Got unexpected extra argument (c)', English in
    a Dutch sentence (an adversarial test)."""
    for taal, verwacht in (("nl", nl), ("en", en)):
        res = run_cli("--lang", taal, *args)
        err = res.stderr.decode()
        assert res.returncode == 2 and verwacht in err, err
        assert "Got unexpected" not in err and "requires an argument" not in err
        assert "does not take" not in err
        assert err.splitlines()[-1] in (  # and the way to the help, as for the other errors
            f"Zie 'substitutiecheck {args[0]} --help'.",
            f"See 'substitutiecheck {args[0]} --help'.",
        ), err
