"""How the program ends: one exit status per outcome, shared by every entry point (the command
line and the questionnaire)."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    """No no-go (``check``); everything passed (``regels test``); the questionnaire finished."""
    NO_GO = 1
    """At least one no-go (with ``--strikt`` also 'go onder voorwaarden'); a scenario failed."""
    INPUT = 2
    """Bad input or usage: one clear line per problem (the valid proposals are still reported)."""
    BUG = 3
    """Our own bug: one line, no traceback."""
    INTERRUPTED = 130
    """Ctrl-C (128 + SIGINT); the questionnaire has saved the answers."""
    PIPE = 141
    """The reader of our output went away (``check … | head -1``): a quiet end with the status a
    shell reports for a tool that SIGPIPE ended (128 + 13), so a pipeline sees it stopped early."""
