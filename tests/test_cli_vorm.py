"""The shape of the command line (issue 15, item 9): one exit-status enum for every entry point,
no click exception told apart by the name of its class, and a ``cli`` package of small modules
whose console script still works."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, ROOT, run_cli
from test_rapporten import run

from substitutiecheck.cli import main
from substitutiecheck.exitstatus import ExitStatus

PACKAGE = ROOT / "substitutiecheck"


def test_one_exit_status_enum_with_the_documented_codes():
    assert {s.name: int(s) for s in ExitStatus} == {
        "OK": 0,
        "NO_GO": 1,
        "INPUT": 2,
        "BUG": 3,
        "INTERRUPTED": 130,
        "PIPE": 141,
    }
    # no second set of constants anywhere in the package (the CLI and the questionnaire had one each)
    for path in PACKAGE.rglob("*.py"):
        assert not re.search(r"^EXIT_[A-Z]+\b.*=", path.read_text("utf-8"), re.M), path


def test_the_questionnaire_ends_with_the_shared_status():
    from substitutiecheck.questionnaire import ui

    assert "ExitStatus.INTERRUPTED" in Path(ui.__file__).read_text("utf-8")


@pytest.mark.parametrize(
    "args,taal,expected",
    [
        (
            ["controleer"],
            "nl",
            "fout: onbekend commando 'controleer'; kies uit: check, combineer, export",
        ),
        (["--lang", "en", "regels", "lijst"], "en", "error: unknown command 'lijst'; choose from"),
        (["regels", "--lang", "en", "lijst"], "en", "error: unknown command 'lijst'; choose from"),
        (
            ["chek", "x.json"],
            "nl",
            "fout: onbekend commando 'chek'; kies uit: check, combineer, export, regels, schema, "
            "vergelijk, vragenlijst; bedoelde u 'check'?\n",
        ),
        (
            ["--lang", "en", "vergelijkt"],
            "en",
            "error: unknown command 'vergelijkt'; choose from: check, combineer, export, regels, "
            "schema, vergelijk, vragenlijst; did you mean 'vergelijk'?\n",
        ),
        (["regels", "bronen"], "nl", "fout: onbekend commando 'bronen'; kies uit: "),
    ],
)
def test_an_unknown_command_is_named_in_any_group(args, taal, expected):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == ExitStatus.INPUT
    assert result.stderr.startswith(expected), result.stderr


def test_a_bare_command_shows_the_help_and_exits_0():
    result = CliRunner().invoke(main, [])
    assert result.exit_code == ExitStatus.OK
    assert result.stdout.startswith("Gebruik: ") and "Commando's:" in result.stdout


def test_no_click_exception_is_told_apart_by_its_class_name():
    for path in (PACKAGE / "cli").glob("*.py"):
        source = path.read_text("utf-8")
        assert "__name__ ==" not in source.replace('if __name__ == "__main__"', ""), path
        assert "No such command" not in source.replace('f"No such command {naam!r}."', ""), path


def test_cli_modules_stay_small():
    sizes = {p.name: len(p.read_text("utf-8").splitlines()) for p in (PACKAGE / "cli").glob("*.py")}
    assert sizes and max(sizes.values()) < 400, sizes


def test_the_console_script_and_python_m_still_work(tmp_path):
    import subprocess

    scripts = Path(sys.executable).parent
    for cmd in (
        [str(scripts / "substitutiecheck")],
        [sys.executable, "-m", "substitutiecheck.cli"],
    ):
        env = {k: v for k, v in os.environ.items() if k != "SUBSTITUTIECHECK_LANG"}
        run = subprocess.run(
            [*cmd, "--version"], capture_output=True, text=True, cwd=tmp_path, env=env
        )
        assert run.returncode == 0 and run.stdout.startswith("substitutiecheck, versie "), (
            cmd,
            run.stdout,
            run.stderr,
        )


def test_version_in_the_language_of_the_command_line():
    """Found by a user trial: Click's --version said "version" in Dutch too."""
    from importlib.metadata import version

    from substitutiecheck import __version__

    assert __version__ == version("substitutiecheck")  # pyproject.toml's: one number
    assert run_cli("--version").stdout.decode() == f"substitutiecheck, versie {__version__}\n"
    for args, env in (
        (("--lang", "en", "--version"), None),
        (("--version",), {"SUBSTITUTIECHECK_LANG": "en"}),
    ):
        out = run_cli(*args, env=env).stdout.decode()
        assert out == f"substitutiecheck, version {__version__}\n", args


# -- without --format, the extension of -o names the format (found by a user trial) -----------


@pytest.mark.parametrize(
    ("naam", "begin"),
    [
        ("advies.html", "<!DOCTYPE html>"),
        ("advies.HTM", "<!DOCTYPE html>"),
        ("advies.md", "# "),
        ("advies.json", "{\n"),
        ("advies.jsonl", '{"kop":'),
        ("advies.csv", "\ufeff"),
        ("advies.txt", "Meekijkconsult"),
        ("advies.rapport", "Meekijkconsult"),
    ],
)
def test_check_takes_the_format_from_the_extension_of_o(tmp_path, naam: str, begin: str) -> None:
    uit = tmp_path / naam
    r = run("check", str(EXAMPLES / "meekijkconsult-dermatologie-rotterdam.json"), "-o", str(uit))
    assert r.exit_code == 0, r.output
    assert uit.read_text("utf-8").startswith(begin)


def test_an_explicit_format_wins_and_combineer_follows_the_extension_too(tmp_path) -> None:
    voorstel = str(EXAMPLES / "meekijkconsult-dermatologie-rotterdam.json")
    uit = tmp_path / "advies.html"
    assert run("check", voorstel, "--format", "json", "-o", str(uit)).exit_code == 0
    assert uit.read_text("utf-8").startswith("{")
    partners = str(EXAMPLES.parent / "partners")
    assert run("combineer", partners, "-o", str(tmp_path / "p.html")).exit_code == 0
    assert (tmp_path / "p.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    # combineer has no jsonl: that name gets the default, text
    assert run("combineer", partners, "-o", str(tmp_path / "p.jsonl")).exit_code == 0
    assert (tmp_path / "p.jsonl").read_text("utf-8").startswith("GECOMBINEERD ADVIES")
