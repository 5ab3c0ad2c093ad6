"""Python 3.11, 3.12 and 3.13 (issue 16).

durable-rules 2.0.28 from PyPI does not import on 3.13; ``tools/bouw_durable.py`` builds it from
its sdist with upstream's fix (PR #403) and ``make`` installs that build. These tests check the
script's safety checks (without the network: the real download runs in every ``make`` on 3.13
and in CI), that pyproject.toml, the script and the engine agree on the versions, that the
installed durable is the right build for the running interpreter, what a user without a working
durable is told, and that durable's DeprecationWarning (3.12+) never reaches a user.
"""

from __future__ import annotations

import importlib.util
import io
import os
import subprocess
import sys
import tarfile
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, run_cli

from substitutiecheck import engine
from substitutiecheck.errors import InstallatieFout, SubstitutiecheckFout

PYTHON = (sys.version_info[0], sys.version_info[1])


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "bouw_durable", ROOT / "tools" / "bouw_durable.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bouw = _load_script()

RULES_C = """static PyObject *call(PyObject *callback, PyObject *arglist) {{
{calls}
}}
"""
SETUP_PY = "setup (\n    name = 'durable_rules',\n    version = '2.0.28',\n)\n"


def fake_sdist_tree(root: Path, calls: int = 5, setup_py: str = SETUP_PY) -> Path:
    """An unpacked sdist with the two files the patch touches."""
    bron = root / "durable_rules-2.0.28"
    (bron / "src" / "rulespy").mkdir(parents=True)
    body = "\n".join("    result = PyEval_CallObject(callback, arglist);" for _ in range(calls))
    (bron / "src" / "rulespy" / "rules.c").write_text(RULES_C.format(calls=body), "utf-8")
    (bron / "setup.py").write_text(setup_py, "utf-8")
    return bron


# -- the patch applies exactly, or nothing is built ---------------------------------------------


def test_patch_replaces_all_five_calls_and_labels_the_version(tmp_path):
    bron = fake_sdist_tree(tmp_path)
    bouw.pas_toe(bron)
    rules_c = (bron / "src" / "rulespy" / "rules.c").read_text("utf-8")
    assert "PyEval_CallObject" not in rules_c
    assert rules_c.count("PyObject_CallObject(callback, arglist);") == 5
    assert "version = '2.0.28+pr403'," in (bron / "setup.py").read_text("utf-8")


@pytest.mark.parametrize("calls", [0, 4, 6])
def test_patch_refuses_an_sdist_with_another_number_of_calls(tmp_path, calls):
    bron = fake_sdist_tree(tmp_path, calls=calls)
    with pytest.raises(
        bouw.BouwFout,
        match=rf"rules\.c: 'PyEval_CallObject\(' staat er {calls} keer "
        r"in, verwacht 5",
    ):
        bouw.pas_toe(bron)


def test_patch_refuses_an_sdist_with_another_version(tmp_path):
    bron = fake_sdist_tree(tmp_path, setup_py=SETUP_PY.replace("2.0.28", "2.0.29"))
    with pytest.raises(bouw.BouwFout, match=r"setup\.py: .* staat er 0 keer in, verwacht 1"):
        bouw.pas_toe(bron)


def test_a_changed_sdist_stops_the_build_before_anything_is_unpacked(tmp_path, monkeypatch, capsys):
    """The whole flow of the script, with pip replaced: 'download' leaves an sdist whose bytes
    differ from the pinned sha256 (as a changed upload on the index would)."""
    calls: list[tuple[str, ...]] = []

    def fake_pip(*args: str) -> None:
        calls.append(args)
        if args[0] == "download":
            dest = Path(args[args.index("--dest") + 1])
            tree = fake_sdist_tree(tmp_path / "src")
            with tarfile.open(dest / bouw.SDIST, "w:gz") as tar:
                tar.add(tree, arcname=tree.name)

    monkeypatch.setattr(bouw, "pip", fake_pip)
    monkeypatch.setattr(bouw, "NODIG_VANAF", (3, 0))  # as on 3.13, whatever runs the tests
    assert bouw.main([str(tmp_path / "wielen")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(
        "bouw_durable: durable_rules-2.0.28.tar.gz heeft sha256 "
    )
    assert f"verwacht {bouw.SDIST_SHA256}" in err and "is veranderd" in err
    assert [c[0] for c in calls] == ["download"]  # never built
    assert not list((tmp_path / "wielen").iterdir())


def test_the_pinned_sdist_is_checked_byte_for_byte(tmp_path):
    sdist = tmp_path / bouw.SDIST
    sdist.write_bytes(b"not the sdist")
    with pytest.raises(bouw.BouwFout, match="is veranderd"):
        bouw.controleer_sha256(sdist)
    import hashlib

    bouw.controleer_sha256(sdist, hashlib.sha256(b"not the sdist").hexdigest())  # no error


def test_unpacking_refuses_paths_outside_the_folder(tmp_path):
    evil = tmp_path / "evil.tar.gz"
    with tarfile.open(evil, "w:gz") as tar:
        info = tarfile.TarInfo("../buiten.txt")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"hi"))
    (tmp_path / "uit").mkdir()
    with pytest.raises(tarfile.TarError):
        bouw.pak_uit(evil, tmp_path / "uit")
    assert not (tmp_path / "buiten.txt").exists()


# -- pyproject, script and engine agree; the installed durable is the right build ---------------


def test_pyproject_script_and_engine_name_the_same_versions():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["requires-python"] == ">=3.11,<3.14"  # exactly what .ci/run and 3.12 test
    durable = [d for d in project["dependencies"] if d.startswith("durable-rules")]
    # pip is asked for PyPI's release only where it works; on 3.13 make installs the patched one
    assert durable == [f"durable-rules=={bouw.VERSIE}; python_version < '3.13'"]
    assert bouw.NODIG_VANAF == engine.DURABLE_EIGEN_BOUW == (3, 13)


def test_the_installed_durable_is_the_build_this_python_needs():
    version = metadata.version("durable-rules")
    assert version == (bouw.GEPATCHTE_VERSIE if PYTHON >= bouw.NODIG_VANAF else bouw.VERSIE)
    # and it loads (on 3.13 PyPI's build fails right here: undefined symbol PyEval_CallObject)
    c = engine.load_durable()
    assert c.__name__ == "durable_rules_engine" and callable(c.create_ruleset)


# -- no working durable: one sentence saying what to run ----------------------------------------


@pytest.mark.parametrize(
    "python,what",
    [
        (
            (3, 13),
            "draai in de broncode van substitutiecheck 'make wheelhouse' en installeer dan beide "
            "wielen met 'pip install wheelhouse/*.whl'",
        ),
        ((3, 14), "'make wheelhouse'"),
        ((3, 12), "installeer het met 'pip install durable-rules==2.0.28'"),
        ((3, 11), "installeer het met 'pip install durable-rules==2.0.28'"),
    ],
)
def test_a_durable_that_does_not_load_says_what_to_run(python, what):
    fout = engine.durable_ontbreekt(ImportError("undefined symbol: PyEval_CallObject"), python)
    [regel] = fout.regels("nl")
    assert regel.startswith(
        "durable-rules kan niet worden geladen (undefined symbol: PyEval_CallObject)"
    )
    assert what in regel and "\n" not in regel
    assert isinstance(fout, InstallatieFout) and fout.pad == ""
    assert fout.regels("en")[0].startswith("durable-rules cannot be loaded (undefined symbol: ")


def kapotte_durable(folder: Path, message: str) -> str:
    """durable's C engine (``durable_rules_engine``, the one module substitutiecheck imports) and
    its Python package in ``folder``, whose import fails as PyPI's build does on 3.13 (there the
    extension itself does not load); returns the PYTHONPATH that puts them first."""
    (folder / "durable_rules_engine.py").write_text(f"raise ImportError({message!r})\n", "utf-8")
    (folder / "durable").mkdir()
    (folder / "durable" / "__init__.py").write_text(f"raise ImportError({message!r})\n", "utf-8")
    return str(folder)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_without_a_working_durable_prints_one_line_and_exits_2(tmp_path, jobs):
    """As a user on 3.13 with PyPI's durable (or none) meets it: one line, no traceback."""
    env = {
        "PYTHONPATH": kapotte_durable(
            tmp_path, "/x/durable_rules_engine.so: undefined symbol: PyEval_CallObject"
        )
    }
    proc = run_cli("check", str(EXAMPLES), "--jobs", jobs, env=env)
    assert proc.returncode == 2, proc.stderr.decode()
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(
        "fout: durable-rules kan niet worden geladen (/x/durable_rules_engine.so: "
        "undefined symbol: PyEval_CallObject): "
    )
    assert ("make wheelhouse" in err) == (PYTHON >= (3, 13))
    assert proc.stdout == b""


def test_library_without_a_working_durable_raises_installatiefout(tmp_path):
    pythonpath = kapotte_durable(tmp_path, "kapot")
    code = (
        "import json, sys, substitutiecheck\n"
        "from substitutiecheck.errors import InstallatieFout\n"
        "try:\n"
        "    substitutiecheck.evaluate(json.load(open(sys.argv[1])))\n"
        "except substitutiecheck.SubstitutiecheckFout as e:\n"
        "    print(type(e).__name__, e.regels('en')[0])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLES / "diabetes-ketenzorg-utrecht.json")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env=dict(os.environ, PYTHONPATH=pythonpath),
    )
    assert proc.stdout.startswith("InstallatieFout durable-rules cannot be loaded (kapot): "), (
        proc.stderr
    )


# -- durable's DeprecationWarning (3.12+) never reaches a user ----------------------------------


def test_canary_durable_own_dispatch_warns_on_312_and_later():
    """Why the next tests exist: durable's Python dispatch calls datetime.utcfromtimestamp, which
    warns from 3.12 on. Our engine runs actions itself and never calls it."""
    code = "import warnings; from durable import engine; engine._unix_now()"
    proc = subprocess.run(
        [sys.executable, "-W", "error::DeprecationWarning", "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if PYTHON >= (3, 12):
        assert proc.returncode == 1 and "utcfromtimestamp" in proc.stderr
    else:
        assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_runs_clean_with_deprecation_warnings_as_errors(jobs, fmt):
    """The running interpreter, as a user with PYTHONWARNINGS=error would start it."""
    proc = subprocess.run(
        [
            sys.executable,
            "-W",
            "error::DeprecationWarning",
            "-m",
            "substitutiecheck",
            "check",
            str(EXAMPLES),
            "--jobs",
            jobs,
            "--format",
            fmt,
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        env=dict(os.environ, PYTHONWARNINGS="error::DeprecationWarning"),
    )
    assert proc.returncode == 1, proc.stderr.decode()  # 1: some example proposals are no-go
    assert proc.stderr == b""
    assert proc.stdout


def test_evaluate_emits_no_warning_at_all(voorbeeld):
    import warnings

    from substitutiecheck import evaluate, standaard_regelpakket

    pack = standaard_regelpakket()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        engine_name = f"warnings_probe_{os.getpid()}"
        eng = engine.RuleEngine(engine_name, [("a", {"veld": "titel", "is": "x"})])
        assert eng.fire({"titel": "x"}) == ["a"]
        for _ in range(50):
            evaluate(voorbeeld, regels=pack)
    assert [str(w.message) for w in caught] == []


# -- what changed in the standard library between versions ---------------------------------------

BROKEN_JSON = [
    '{"a": 1,}',
    "[1,]",
    '{"a" 1}',
    "{,}",
    "[,1]",
    '{"a":1 "b":2}',
    '{"a":}',
    "[1 2]",
    '{"a":1,,}',
    "",
    '"abc',
    '{"a":"\\q"}',
    "[1]x",
    '{"a":"x\ny"}',
]


@pytest.mark.parametrize("text", BROKEN_JSON)
def test_every_json_error_of_this_python_is_translated(text):
    """3.13's json names a trailing comma itself ('Illegal trailing comma before end of object');
    every message the running interpreter gives must have a Dutch and an English text."""
    import json

    from substitutiecheck.inputs import _JSON_MESSAGES, parse_json

    with pytest.raises(json.JSONDecodeError) as raw:
        json.loads(text)
    assert raw.value.msg in _JSON_MESSAGES
    with pytest.raises(SubstitutiecheckFout) as fout:
        parse_json(text)
    line_nl, line_en = fout.value.regels("nl")[0], fout.value.regels("en")[0]
    assert raw.value.msg not in line_nl  # never the parser's English in a Dutch message
    if text in ('{"a": 1,}', "[1,]"):  # a trailing comma reads the same on every version
        close = text[-1]
        assert line_nl.endswith(f"komma te veel vóór `{close}`"), line_nl
        assert line_en.endswith(f"one comma too many before `{close}`"), line_en
