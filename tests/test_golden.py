"""Golden text reports: what a project lead reads, checked to the letter.

Regenerate after an intended change with ``UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py``
and review the diff.
"""

from __future__ import annotations

import os

import pytest

from conftest import ROOT, run_cli

GOLDEN = ROOT / "tests" / "golden"
CASES = {
    "voorbeelden-nl.txt": ["check", "examples/voorstellen/"],
    "voorbeelden-en.txt": ["check", "--lang", "en", "examples/voorstellen/"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_text_report(name):
    result = run_cli(*CASES[name], cwd=ROOT)
    assert result.returncode == 1, result.stderr.decode()
    text = result.stdout.decode()
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8")
