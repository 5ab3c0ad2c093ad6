"""Where the data shipped with the package lives (the national rule pack, the questionnaire)."""

from __future__ import annotations

from pathlib import Path


def data_dir(name: str) -> Path:
    """Where the shipped data folder ``name`` ('rules', 'questionnaires') lives.

    Installed from a wheel it is ``substitutiecheck/_data/<name>``; in a checkout (or an editable
    install) it is the top-level folder of the repository.
    """
    here = Path(__file__).resolve().parent
    installed = here / "_data" / name
    if installed.is_dir():
        return installed
    return here.parent / name
