"""How this program is started here, for the commands the questionnaire tells the user to run
later (its hints)."""

from __future__ import annotations

import sys


def programma() -> str:
    """How this program is started here, for a command the questionnaire tells the user to run
    later: 'substitutiecheck' when that name on PATH is this program, else the path it was
    started by ('.venv/bin/substitutiecheck', or '.venv/bin/python -m substitutiecheck'); the
    hint 'Ga later verder met: substitutiecheck …' was 'command not found' after 'make' (a new
    user's trial)."""
    import os
    import shlex
    import shutil

    argv0 = sys.argv[0] if sys.argv else ""
    naam = os.path.basename(argv0)
    if naam == "__main__.py" and os.path.basename(os.path.dirname(argv0)) == "substitutiecheck":
        return f"{shlex.quote(_kort(sys.executable))} -m substitutiecheck"
    if naam != "substitutiecheck":  # in-process (tests, a library caller)
        return "substitutiecheck"
    op_pad = shutil.which("substitutiecheck")
    if op_pad and os.path.realpath(op_pad) == os.path.realpath(argv0):
        return "substitutiecheck"
    return shlex.quote(_kort(argv0))


def _kort(pad: str) -> str:
    """``pad`` relative to the working directory when it lies below it, else as it is."""
    import os

    try:
        rel = os.path.relpath(pad)
    except ValueError:
        return pad
    return rel if not rel.startswith("..") else pad
