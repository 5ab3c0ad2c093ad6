"""The command the questionnaire tells the user to run later is one that runs here: after
'make', 'substitutiecheck' is not on PATH but '.venv/bin/substitutiecheck' is (a new user's
trial: 'Ga later verder met: substitutiecheck vragenlijst …' was 'command not found')."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from substitutiecheck.questionnaire.programma import programma


def test_the_hint_names_the_program_as_it_was_started(tmp_path: Path, monkeypatch) -> None:
    bin_ = tmp_path / ".venv" / "bin"
    bin_.mkdir(parents=True)
    script = bin_ / "substitutiecheck"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(script), "vragenlijst"])
    monkeypatch.setenv("PATH", "/nonexistent")
    assert programma() == ".venv/bin/substitutiecheck"  # not on PATH: the path, short
    monkeypatch.setenv("PATH", str(bin_))
    assert shutil.which("substitutiecheck") == str(script)
    assert programma() == "substitutiecheck"  # on PATH: its name
    pkg = tmp_path / "substitutiecheck"
    pkg.mkdir()
    monkeypatch.setattr(sys, "argv", [str(pkg / "__main__.py"), "vragenlijst"])
    monkeypatch.setattr(sys, "executable", str(bin_ / "python"))
    assert programma() == ".venv/bin/python -m substitutiecheck"  # python -m
    monkeypatch.setattr(sys, "argv", ["pytest"])
    assert programma() == "substitutiecheck"  # in-process: the name the README uses
