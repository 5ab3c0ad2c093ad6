"""Start-up: import only what a command needs, and don't re-validate an unchanged rule pack
against the JSON Schema on every start (substitutiecheck.schemacache). No timings here: those
are in benchmarks/run.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import EXAMPLES, ROOT

from substitutiecheck import pack as pack_mod
from substitutiecheck.errors import RegelpakketFout
from substitutiecheck.pack import schema_messages


@pytest.fixture
def cache(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("SUBSTITUTIECHECK_CACHE_DIR", str(d))
    monkeypatch.delenv("SUBSTITUTIECHECK_CACHE", raising=False)
    return d


@pytest.fixture
def folder(tmp_path):
    shutil.copytree(ROOT / "rules", tmp_path / "pakket")
    return tmp_path / "pakket"


def _count_validations(monkeypatch):
    calls = []
    real = schema_messages.bestand_problemen

    def counting(name, data):
        calls.append(name)
        return real(name, data)

    monkeypatch.setattr(schema_messages, "bestand_problemen", counting)
    return calls


def test_second_load_of_an_unchanged_pack_skips_the_schema(cache, folder, monkeypatch):
    calls = _count_validations(monkeypatch)
    first = pack_mod.laad_regelpakket(folder)
    assert calls and len(list((cache / "schema-ok").iterdir())) == 1
    calls.clear()
    assert pack_mod.laad_regelpakket(folder) is first
    assert calls == []


def test_any_change_validates_again(cache, folder, monkeypatch):
    calls = _count_validations(monkeypatch)
    pack_mod.laad_regelpakket(folder)
    path = folder / "pakket.json"
    path.write_text(path.read_text("utf-8").replace('"1.0.0"', '"1.0.1"'), "utf-8")
    calls.clear()
    pack_mod.laad_regelpakket(folder)
    assert calls


def test_an_invalid_pack_is_never_remembered(cache, folder):
    path = folder / "randvoorwaarden.json"
    path.write_text(
        path.read_text("utf-8").replace('"blokkerend": true', '"blokkerend": "ja"', 1), "utf-8"
    )
    for _ in range(2):
        with pytest.raises(RegelpakketFout, match=r"randvoorwaarden\[0\]\.blokkerend"):
            pack_mod.laad_regelpakket(folder)
    assert not (cache / "schema-ok").exists() or not list((cache / "schema-ok").iterdir())


def test_unusable_or_disabled_cache_still_loads(tmp_path, folder, monkeypatch):
    blocker = tmp_path / "geen-map"
    blocker.write_text("x")
    monkeypatch.setenv("SUBSTITUTIECHECK_CACHE_DIR", str(blocker))
    assert pack_mod.laad_regelpakket(folder).naam
    monkeypatch.setenv("SUBSTITUTIECHECK_CACHE", "0")
    calls = _count_validations(monkeypatch)
    pack_mod.laad_regelpakket(folder)
    pack_mod.laad_regelpakket(folder)
    assert len(calls) >= 2 * 4


def _imports(args, env):
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "substitutiecheck", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    return {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line}


def test_commands_import_only_what_they_need(tmp_path):
    env = dict(os.environ, SUBSTITUTIECHECK_CACHE_DIR=str(tmp_path / "c"))
    heavy = {
        "pydantic",
        "durable",
        "jsonschema",
        "questionary",
        "multiprocessing",
        "concurrent.futures",
    }
    assert not heavy & _imports(["--help"], env)
    assert not heavy & _imports(["check", "--help"], env)
    assert not (heavy - {"pydantic"}) & _imports(["schema", "--rapport"], env)
    one = str(EXAMPLES / "diabetes-ketenzorg-utrecht.json")
    first = _imports(["check", one], env)
    assert "jsonschema" in first  # first start: the pack is validated ...
    again = _imports(["check", one], env)
    assert "jsonschema" not in again  # ... and remembered
    assert (
        not {
            "pydantic",
            "pydantic_core",
            "multiprocessing",
            "concurrent.futures",
            "questionary",
            "ctypes",
            "durable",
            "durable.engine",
            "logging",
            "random",
        }
        & again
    )  # ctypes: the heap tuning waits for the 32nd evaluation (engine.py); durable's Python host
    # (and its logging, random...): the engine uses its C extension alone
    assert "durable_rules_engine" in again
    assert "pydantic" not in first  # the proposal and report need no pydantic (model/, report.py)
    # issue 18, lever 5: the other commands' modules wait for their command, scratch files
    # (tempfile, shutil) for an output file, the process pool for --jobs
    assert (
        not {
            "substitutiecheck.cli.documents",
            "substitutiecheck.cli.partijen",
            "substitutiecheck.cli.rules",
            "substitutiecheck.knelpunten",  # a region's view needs two proposals
            "tempfile",
            "shutil",
        }
        & again
    )
    assert len(again) <= IMPORT_BUDGET, f"{len(again)} modules imported (budget {IMPORT_BUDGET})"


IMPORT_BUDGET = 182
"""Modules (standard library, click, durable_rules and ours) a one-file ``check`` imports: 176
when this bound was set (issue 18; 186 before it). A new module on that path is a choice: raise
the bound in the same commit, saying why."""


# -- the questionnaire: its file is remembered too, and its start needs no pydantic ---------------


def _count_questionnaire_validations(monkeypatch):
    from substitutiecheck.questionnaire import data

    calls = []
    real = data.schema_problemen

    def counting(validator, inhoud):
        calls.append(1)
        return real(validator, inhoud)

    monkeypatch.setattr(data, "schema_problemen", counting)
    return calls


def test_an_unchanged_questionnaire_file_is_validated_once(cache, tmp_path, monkeypatch):
    from substitutiecheck import standaard_regelpakket
    from substitutiecheck.questionnaire.data import laad_vragenlijst, standaard_bestand

    path = tmp_path / "vragenlijst.json"
    shutil.copy(standaard_bestand(), path)
    calls = _count_questionnaire_validations(monkeypatch)
    first = laad_vragenlijst(standaard_regelpakket(), path)
    assert calls == [1]
    calls.clear()
    again = laad_vragenlijst(standaard_regelpakket(), path)
    assert calls == [] and again == first
    path.write_text(path.read_text("utf-8").replace('"versie": "', '"versie": "x', 1), "utf-8")
    laad_vragenlijst(standaard_regelpakket(), path)
    assert calls == [1]  # changed content: validated again


def test_an_invalid_questionnaire_file_is_never_remembered(cache, tmp_path):
    from substitutiecheck import standaard_regelpakket
    from substitutiecheck.questionnaire.data import (
        VragenlijstFout,
        laad_vragenlijst,
        standaard_bestand,
    )

    path = tmp_path / "vragenlijst.json"
    text = standaard_bestand().read_text("utf-8")
    assert '"hulp": {' in text
    path.write_text(text.replace('"hulp": {', '"hulp_": {', 1), "utf-8")
    pack = standaard_regelpakket()  # in a fresh process its own check is remembered here too

    def remembered() -> set[str]:
        folder = cache / "schema-ok"
        return {p.name for p in folder.iterdir()} if folder.exists() else set()

    before = remembered()
    for _ in range(2):
        with pytest.raises(VragenlijstFout, match=r"secties\[0\]"):
            laad_vragenlijst(pack, path)
    assert remembered() == before


@pytest.mark.terminal
def test_the_questionnaire_starts_without_pydantic_or_jsonschema(tmp_path):
    """Up to its first question, in a real terminal: no pydantic ever (the fields come from the
    plain-data contract), no report classes or engine yet, and no jsonschema once the pack and
    the questionnaire file were seen."""
    pexpect = pytest.importorskip("pexpect")
    env = dict(
        os.environ,
        SUBSTITUTIECHECK_CACHE_DIR=str(tmp_path / "c"),
        TERM="xterm",
        PROMPT_TOOLKIT_NO_CPR="1",
    )
    env.pop("SUBSTITUTIECHECK_LANG", None)
    err = tmp_path / "imports.txt"

    def start() -> set[str]:
        child = pexpect.spawn(
            "/bin/sh",
            [
                "-c",
                'exec "$0" -X importtime -m substitutiecheck vragenlijst -o "$1" 2>"$2"',
                sys.executable,
                str(tmp_path / "v.json"),
                str(err),
            ],
            cwd=str(ROOT),
            env=env,
            encoding="utf-8",
            timeout=60,
            dimensions=(24, 80),
        )
        child.expect_exact("Titel van het voorstel")
        child.sendcontrol("c")
        child.expect(pexpect.EOF)
        child.close()
        lines = err.read_text("utf-8").splitlines()
        return {line.rsplit("|", 1)[-1].strip() for line in lines if "|" in line}

    # the report's classes and the engine are needed only at the end
    never = {"pydantic", "pydantic_core", "substitutiecheck.report", "substitutiecheck.evaluation"}
    first = start()
    assert "questionary" in first and "jsonschema" in first  # sanity: the log is read
    assert not never & first
    again = start()
    assert "questionary" in again
    assert not (never | {"jsonschema", "referencing"}) & again


def test_a_fhir_input_imports_the_adapter_and_nothing_heavier(tmp_path):
    """A QuestionnaireResponse is converted by the input layer (issue 15): check loads the FHIR
    adapter for it, and the same budget as for a proposal holds: no pydantic (the questionnaire
    reads the plain contract), no jsonschema once remembered, no interactive, process-pool or
    heap-tuning modules."""
    import json

    from substitutiecheck.fhir import antwoorden
    from substitutiecheck.pack import standaard_regelpakket

    env = dict(os.environ, SUBSTITUTIECHECK_CACHE_DIR=str(tmp_path / "c"))
    voorstel = json.loads((EXAMPLES / "diabetes-ketenzorg-utrecht.json").read_text("utf-8"))
    response = tmp_path / "antwoorden.json"
    response.write_text(json.dumps(antwoorden(voorstel, standaard_regelpakket())), "utf-8")
    _imports(["check", str(response)], env)  # the first start validates and remembers the pack
    fhir = _imports(["check", str(response)], env)
    assert "substitutiecheck.fhir.response" in fhir  # the input layer converted it ...
    heavy = {"pydantic", "pydantic_core", "jsonschema", "questionary", "multiprocessing"}
    assert not (heavy | {"concurrent.futures", "ctypes"}) & fhir
    plain = _imports(["check", str(EXAMPLES / "diabetes-ketenzorg-utrecht.json")], env)
    assert not any(m.startswith("substitutiecheck.fhir") for m in plain)  # ... only for FHIR
