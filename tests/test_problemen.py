"""Problems with codes (issue 15, item 8): every problem a person reads has a stable code and
parameters, rendered through the catalogue (substitutiecheck/texts_problems.py) in Dutch and
English; one suggest() makes every "bedoelde u ...?"; no decision is made by matching a message's
text."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from substitutiecheck.errors import InvoerFout, Melding, melding, probleem
from substitutiecheck.suggest import closest, hint, suggest
from substitutiecheck.texts_problems import TEKSTEN_PROBLEMEN

PAKKET = Path(__file__).resolve().parent.parent / "substitutiecheck"


def _velden(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("code", sorted(TEKSTEN_PROBLEMEN))
def test_every_code_has_dutch_and_english_with_the_same_parameters(code):
    entry = TEKSTEN_PROBLEMEN[code]
    assert set(entry) == {"nl", "en"}, code
    assert _velden(entry["nl"]) == _velden(entry["en"]), code
    # a parameter named like probleem()'s own keyword could never be filled in
    assert "bestand" not in _velden(entry["nl"])
    # every text renders with every parameter given, in both languages
    params = {name: f"<{name}>" for name in _velden(entry["nl"])}
    for taal in ("nl", "en"):
        text = melding(code, **params).tekst(taal)
        assert all(f"<{name}>" in text for name in params)


def test_codes_are_dotted_ids():
    for code in TEKSTEN_PROBLEMEN:
        parts = code.split(".")
        assert len(parts) >= 2 and all(parts), code


def test_a_problem_keeps_its_code_and_renders_both_languages():
    p = probleem("randvoorwaarden.ict", "voorstel.veld.bedoeld", veld="ictt", bedoeld=hint("ict"))
    assert p.code == "voorstel.veld.bedoeld"
    assert p.bericht("nl") == "onbekend veld 'ictt'; bedoelde u 'ict'?"
    assert p.bericht("en") == "unknown field 'ictt'; did you mean 'ict'?"
    moved = p.elders(pad="x", bestand="y.json")
    assert (moved.pad, moved.bestand, moved.code, moved.nl) == ("x", "y.json", p.code, p.nl)


def test_a_library_caller_can_decide_by_the_code():
    import substitutiecheck

    with pytest.raises(InvoerFout) as info:
        substitutiecheck.evaluate({"patientgroep": {"categorie": "diabetis"}, "bekostging": "ja"})
    codes = {p.pad: p.code for p in info.value.problemen}
    assert codes["patientgroep.categorie"] == "voorstel.waarde.bedoeld"
    assert codes["bekostging"] is not None and codes["bekostging"].startswith("voorstel.veld.")
    param = next(p for p in info.value.problemen if p.pad == "patientgroep.categorie").melding
    assert param is not None and param.param["bedoeld"] == hint("diabetes")


def test_suggest_says_it_in_the_language_it_is_rendered_in():
    assert (
        suggest("bekostging", ["bekostiging", "ict"]).tekst("nl") == "; bedoelde u 'bekostiging'?"
    )
    assert (
        suggest("bekostging", ["bekostiging", "ict"]).tekst("en") == "; did you mean 'bekostiging'?"
    )
    assert suggest("zzzz", ["bekostiging", "ict"]).tekst("nl") == ""
    assert closest("diabetis", ["diabetes", "copd"]) == "diabetes"
    assert closest("x", ["diabetes"]) is None
    assert isinstance(suggest("a", []), Melding)


# -- the source: no module builds a user-facing problem from inline text any more ------------------

ALLOWED_INLINE: dict[str, tuple[int, int]] = {}
"""Modules not converted yet: (calls of Probleem or a helper taking its texts, given inline texts;
tuples of two f-strings). Empty since every module says its problems by code; it may only shrink."""


def _has_text(node: ast.AST) -> bool:
    """A text written here: a string or f-string, not a key looked up in a catalogue (tekst)."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tekst":
        return False
    if (
        isinstance(node, ast.Constant) and node.value in TEKSTEN_PROBLEMEN
    ):  # a code: fail(pad, code)
        return False
    if isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    ):
        return True
    return any(_has_text(child) for child in ast.iter_child_nodes(node))


_MAKERS = {"Probleem", "_p", "fail"}
"""Probleem itself, and the helpers that take its (path, Dutch, English) texts."""


def _inline(tree: ast.AST) -> tuple[int, int]:
    """(Probleem(...) calls given their texts inline, tuples of two f-strings: a Dutch and an
    English text built in place)."""
    calls = pairs = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            texts = node.args[1:3] + [k.value for k in node.keywords if k.arg in ("nl", "en")]
            if name in _MAKERS and any(_has_text(a) for a in texts):
                calls += 1
        if (
            isinstance(node, ast.Tuple)
            and len(node.elts) == 2
            and all(isinstance(e, ast.JoinedStr) for e in node.elts)
        ):
            pairs += 1
    return calls, pairs


def _modules() -> dict[str, ast.AST]:
    root = PAKKET.parent
    return {
        str(f.relative_to(root)): ast.parse(f.read_text(encoding="utf-8"))
        for f in sorted(PAKKET.rglob("*.py"))
    }


def test_no_module_builds_a_problem_from_inline_text():
    found = {}
    for name, tree in _modules().items():
        if name == "substitutiecheck/errors.py":  # probleem() itself: the one place
            continue
        counts = _inline(tree)
        if counts != (0, 0):
            found[name] = counts
    grown = {
        name: counts
        for name, counts in found.items()
        if any(c > a for c, a in zip(counts, ALLOWED_INLINE.get(name, (0, 0)), strict=True))
    }
    assert not grown, f"build these problems with errors.probleem(code, ...): {grown}"
    shrunk = {
        name: (found.get(name, (0, 0)), allowed)
        for name, allowed in ALLOWED_INLINE.items()
        if found.get(name, (0, 0)) != allowed
    }
    assert not shrunk, f"fewer inline texts than allowed: lower ALLOWED_INLINE {shrunk}"


ALLOWED_DIRECT: dict[str, int] = {
    # Probleem(pad, nl, en) built directly, without a code (this list only shrinks; it is empty)
}


def test_every_problem_is_made_with_a_code():
    found = {}
    for name, tree in _modules().items():
        if name == "substitutiecheck/errors.py":  # probleem() itself
            continue
        n = sum(
            1
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Probleem"
        )
        if n:
            found[name] = n
    assert found == ALLOWED_DIRECT, "make problems with errors.probleem(pad, code, ...)"


def test_a_command_line_text_can_be_a_problem_code():
    # (for cli/output.py and cli/rules.py, whose problems are keys of texts_cli.py)
    p = probleem("", "cli.uitvoer_is_invoer")
    assert p.code == "cli.uitvoer_is_invoer" and p.nl.startswith("dit is ook een invoerbestand")
    assert p.en.startswith("this is also an input file")


def test_suggest_is_the_only_caller_of_difflib():
    users = []
    for name, tree in _modules().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "difflib" for a in node.names):
                users.append(name)
            if isinstance(node, ast.ImportFrom) and node.module == "difflib":
                users.append(name)
    assert users == ["substitutiecheck/suggest.py"], users


def test_bedoelde_u_is_said_only_in_the_catalogues():
    hand_built = []
    for name, tree in _modules().items():
        if name.startswith("substitutiecheck/texts_"):
            continue
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and ("bedoelde u" in node.value or "did you mean" in node.value)
            ):
                hand_built.append(name)
    assert hand_built == [], hand_built


# -- the command line decides by class, never by click's (English) message ------------------------


def _usage_error(*args: str) -> tuple[int, str]:
    from click.testing import CliRunner

    from substitutiecheck.cli import main

    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output.splitlines()[0]


@pytest.mark.parametrize(
    "args,line",
    [
        (
            ("check", "--jobs", "5000", "x.json"),
            "fout: '--jobs' verwacht een geheel getal van 0 tot en met 1024",
        ),
        (
            ("check", "--jobs", "-1", "x.json"),
            "fout: '--jobs' verwacht een geheel getal van 0 tot en met 1024",
        ),
        (("check", "--jobs", "veel", "x.json"), "fout: '--jobs' verwacht een geheel getal"),
        (
            ("check", "--lang", "en", "--jobs", "5000", "x.json"),
            "error: '--jobs' expects a whole number from 0 to 1024",
        ),
        (
            ("check", "--lang", "en", "--formaat", "text", "x.json"),
            "error: unknown option '--formaat'; did you mean '--format'?",
        ),
    ],
)
def test_a_number_out_of_range_is_told_apart_from_no_number_whatever_click_says(
    monkeypatch, args, line
):
    # click translated (or reworded) its messages: the range is still recognised by its class
    import click.types

    monkeypatch.setattr(
        click.types, "_", lambda text: "[vertaald] " + text.replace("not in the range", "buiten")
    )
    assert _usage_error(*args) == (2, line)


def test_no_code_is_in_two_parts_of_the_catalogue():
    from substitutiecheck import texts_problems
    from substitutiecheck.texts_problems_forms import TEKSTEN_PROBLEMEN_VRAGENLIJST
    from substitutiecheck.texts_problems_pack import TEKSTEN_PROBLEMEN_PAKKET

    parts = [texts_problems._ALGEMEEN, TEKSTEN_PROBLEMEN_PAKKET, TEKSTEN_PROBLEMEN_VRAGENLIJST]
    assert sum(map(len, parts)) == len(TEKSTEN_PROBLEMEN)
