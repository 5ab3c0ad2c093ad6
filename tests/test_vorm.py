"""The shape of the code (issue 15) where no linter looks: no module of the package over 400 lines.

Ruff checks the rest (complexity at most 15 per function, line length, the rule set in
pyproject.toml) and mypy --strict the types. ``pytest -m vorm`` runs only these checks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.vorm

PACKAGE = Path(__file__).resolve().parent.parent / "substitutiecheck"
MAX_REGELS = 400

# to split (issue 15): modules longer than the limit that are being split on other branches. A
# module leaves this set in the commit that splits it (the second test below says when).
TE_SPLITSEN = {
    "report.py",
}


def _regels(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _modules() -> dict[str, int]:
    return {path.relative_to(PACKAGE).as_posix(): _regels(path) for path in PACKAGE.rglob("*.py")}


def test_no_module_is_over_400_lines() -> None:
    modules = _modules()
    assert len(modules) > 20  # the package itself, not an empty folder
    te_lang = {naam: n for naam, n in modules.items() if n > MAX_REGELS and naam not in TE_SPLITSEN}
    assert te_lang == {}, f"split these modules (at most {MAX_REGELS} lines each): {te_lang}"


def test_every_module_still_to_split_is_still_too_long() -> None:
    """A module that was split (or removed) leaves the list, so the list never lets a new long
    module of the same name pass."""
    modules = _modules()
    klaar = sorted(naam for naam in TE_SPLITSEN if modules.get(naam, 0) <= MAX_REGELS)
    assert klaar == [], f"remove from TE_SPLITSEN in tests/test_vorm.py: {klaar}"


def test_the_rule_catches_a_long_module(tmp_path: Path) -> None:
    long = tmp_path / "lang.py"
    long.write_text("x = 1\n" * (MAX_REGELS + 1), encoding="utf-8")
    assert _regels(long) == MAX_REGELS + 1 > MAX_REGELS
