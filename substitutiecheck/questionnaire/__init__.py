"""The interactive questionnaire (``substitutiecheck vragenlijst``).

Layers, from data to screen:

- (conditions: :mod:`substitutiecheck.conditions`, shared with the rule pack checks);
- :mod:`.data`: loading, schema validation and expansion of ``questionnaires/vragenlijst.json``
  against the active rule pack (pack items become questions; the pack is the one source of truth);
- :mod:`.flow`: the session state (which question is next, back, conditions, dropping answers of
  hidden questions, the overview) and turning answers into a proposal and back;
- :mod:`.storage`: saving every answer at once (atomic) plus a progress sidecar file;
- :mod:`.ui`: the only module that talks to questionary or prints.

Everything but :mod:`.ui` is silent and testable without a terminal.
"""

from __future__ import annotations

from .data import Vraag, Vragenlijst, VragenlijstFout, laad_vragenlijst, voorstel_velden
from .flow import Sessie

__all__ = [
    "Sessie",
    "Vraag",
    "Vragenlijst",
    "VragenlijstFout",
    "laad_vragenlijst",
    "voorstel_velden",
]
