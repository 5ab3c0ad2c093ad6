"""Shared fixtures. Tests read like the documentation: proposals as data, reports as text."""

from __future__ import annotations

import copy
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "voorstellen"
SHARED_EXAMPLE = EXAMPLES / "meekijkconsult-dermatologie-rotterdam.json"
"""Our copy of ../shared/examples/voorstel.json (the contract's example); test_library checks they match."""
RANDVOORWAARDEN = [
    "meerwaarde_patient",
    "intrinsieke_motivatie",
    "vertrouwen",
    "afspraken",
    "communicatie",
    "aanvullen",
    "kennis_huisarts_poh",
    "capaciteit_huisarts",
    "organisatiegraad",
    "bekostiging",
    "afstemming_verzekeraar",
    "inkoop_verzekeraar",
    "ict",
]


@pytest.fixture(scope="session")
def pack():
    from substitutiecheck import standaard_regelpakket

    return standaard_regelpakket()


@pytest.fixture
def voorbeeld() -> dict:
    """The dermatology meekijkconsult proposal of the shared contract (a fresh copy per test)."""
    return copy.deepcopy(
        json.loads((EXAMPLES / "meekijkconsult-dermatologie-rotterdam.json").read_text("utf-8"))
    )


@pytest.fixture
def alles_ja() -> dict:
    """A proposal that meets everything: the advice is 'go'."""
    return {
        "titel": "Alles geregeld",
        "patientgroep": {
            "categorie": "diabetes",
            "acuut_complex": "nee",
            "zeldzaam": "nee",
            "hoog_risico": "nee",
        },
        "samenwerkingsvorm": "keten_dbc",
        "financiering": "s2",
        "randvoorwaarden": {k: "ja" for k in RANDVOORWAARDEN},
    }


def run_cli(
    *args: str, stdin: bytes | None = None, env: dict | None = None, cwd: Path | None = None
):
    """Run the installed command in a subprocess, as a user would."""
    import subprocess

    full_env = dict(os.environ, **(env or {}))
    full_env.pop(
        "SUBSTITUTIECHECK_LANG", None
    ) if env is None or "SUBSTITUTIECHECK_LANG" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "substitutiecheck", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=120,
    )


# -- golden files ----------------------------------------------------------------------------------

GOLDEN_UPDATE_ENV = "SUBSTITUTIECHECK_GOLDEN_UPDATE"


def golden_update() -> bool:
    """Update mode (``SUBSTITUTIECHECK_GOLDEN_UPDATE=1``): goldens that differ are rewritten."""
    return os.environ.get(GOLDEN_UPDATE_ENV) == "1"


def vergelijk_golden(path: Path, got: bytes) -> None:
    """Compare output with its golden file. In update mode a golden that is missing or differs is
    rewritten and the test fails, naming the file: a rewritten golden has to be read (``git diff``)
    and the tests run again without update mode, so a wrong golden is never blessed by a green
    run. A golden that already matches is left alone and passes, in either mode."""
    old = path.read_bytes() if path.exists() else None
    if got == old:
        return
    if not golden_update():
        if old is None:
            pytest.fail(f"golden file {path.name} is missing; create it with {GOLDEN_UPDATE_ENV}=1")
        pytest.fail(
            f"output differs from golden file {path.name}; if intended, regenerate it with "
            f"{GOLDEN_UPDATE_ENV}=1 and read the diff"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(got)
    pytest.fail(
        f"{GOLDEN_UPDATE_ENV}=1: rewrote {path} ({'new' if old is None else 'changed'}); read "
        f"`git diff -- {path}`, then run the tests again without {GOLDEN_UPDATE_ENV}",
        pytrace=False,
    )
