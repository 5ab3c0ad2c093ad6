"""The shape of the code (issue 15) where no linter looks: no module of the package over 400 lines,
and the chosen libraries imported in their own layer only.

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
TE_SPLITSEN: set[str] = set()


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


# -- the layers: which modules may import the chosen libraries (a code review: the rule lived in
# the guide only; a run-time check looked at the evaluate path alone) ---------------------------

ALLEEN_IN = {
    # the engine behind one small module
    "durable_rules_engine": ("engine.py",),
    "durable": ("engine.py",),
    # the questionnaire's terminal, at the edge
    "questionary": ("questionnaire/",),
    "prompt_toolkit": ("questionnaire/",),
    # the command line at the edge; reporters use click.style alone (colour on a terminal)
    "click": (
        "cli/",
        "questionnaire/",
        "reporters/text_wrap.py",
        "reporters/combinatie_text.py",
        "reporters/vergelijking.py",
    ),
}


def _imports(path: Path) -> set[str]:
    """The top-level names of the absolute imports of a module (also those inside functions)."""
    import ast

    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.add(node.module.split(".")[0])
    return out


def _buiten_hun_laag(package: Path) -> list[str]:
    out = []
    for path in sorted(package.rglob("*.py")):
        naam = path.relative_to(package).as_posix()
        for lib in sorted(_imports(path) & set(ALLEEN_IN)):
            if not naam.startswith(ALLEEN_IN[lib]):
                out.append(f"{naam} importeert {lib}")
    return out


def test_the_chosen_libraries_are_imported_in_their_own_layer_only() -> None:
    assert _buiten_hun_laag(PACKAGE) == []


def test_reporters_use_click_for_colour_only() -> None:
    import re

    for path in (PACKAGE / "reporters").glob("*.py"):
        gebruik = set(re.findall(r"\bclick\.(\w+)", path.read_text(encoding="utf-8")))
        assert gebruik <= {"style", "unstyle"}, (path.name, gebruik)


def test_the_layer_rule_catches_an_import_outside_its_layer(tmp_path: Path) -> None:
    (tmp_path / "report.py").write_text("def f():\n    import click.testing\n", encoding="utf-8")
    (tmp_path / "evaluation.py").write_text("from durable_rules_engine import x\n", "utf-8")
    (tmp_path / "engine.py").write_text("import durable_rules_engine\n", encoding="utf-8")
    assert _buiten_hun_laag(tmp_path) == [
        "evaluation.py importeert durable_rules_engine",
        "report.py importeert click",
    ]
