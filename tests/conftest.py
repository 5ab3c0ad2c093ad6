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
