"""Which files of a pack folder are there to read (:mod:`.loading`): a known name that is no
regular file, and a JSON file the pack does not read, are problems naming the file, never a part
of the pack silently left out (found by an adversarial test: a misspelt or dangling
randvoorwaarden.json of a regional pack turned its no-go into go onder voorwaarden)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import Probleem, os_melding, probleem
from ..suggest import suggest
from .model import PACK_FILES

EXTRA_FILES = ("scenarios.json",)
"""Files a pack folder may hold beside PACK_FILES (read by ``regels test``/``valideer``)."""


def _zelfde(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def aanwezig(path: Path, problems: list[Probleem]) -> bool:
    """Whether the pack file ``path`` is there to be read: False when there is no such name;
    a name that is there but is no readable file (a dangling or looping link, a folder, a FIFO,
    a device) is a problem naming it, never a file the pack silently does without."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if not os.path.lexists(path):
            return False
        problems.append(probleem("", "pakket.geen_bestand", bestand=str(path)))  # dangling link
        return False
    except OSError as e:  # a link loop (ELOOP), a name too long, no access to the folder
        problems.append(probleem("", "bestand.onleesbaar", bestand=str(path), reden=os_melding(e)))
        return False
    if not stat.S_ISREG(mode):
        problems.append(probleem("", "pakket.geen_bestand", bestand=str(path)))
        return False
    return True


def onbekende_bestanden(folder: Path, problems: list[Probleem]) -> None:
    """A JSON file in a pack folder that the pack does not read is a problem (a misspelt
    'randvoorwaarde.json' would otherwise leave the region's rules out without a word)."""
    bekend = (*PACK_FILES, *EXTRA_FILES)
    try:
        namen = sorted(p.name for p in folder.iterdir() if p.name.lower().endswith(".json"))
    except OSError:
        return  # the folder's own problem is reported where it is read
    for naam in namen:
        if naam in bekend or naam.startswith(".") or naam.lower().endswith(".schema.json"):
            continue  # hidden and tool files (an editor's lock, macOS' ._x), a schema beside them
        if naam.lower() in bekend and _zelfde(folder / naam, folder / naam.lower()):
            continue  # a file system that ignores case reads it as the known file
        problems.append(
            probleem(
                "",
                "pakket.onbekend_bestand",
                bestand=str(folder / naam),
                bedoeld=suggest(naam, bekend),
            )
        )
