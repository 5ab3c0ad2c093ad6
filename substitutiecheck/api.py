"""The library's entry point, :func:`evaluate`: the edge where a library user's input meets the
core. Input in another shape than a proposal (a FHIR QuestionnaireResponse) is converted here, by
the input layer, so that the evaluator (:mod:`substitutiecheck.evaluation`) takes proposals only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .evaluation import evalueer, resolve_pack
from .inputs import als_voorstel
from .pack import Regelpakket
from .report import Rapport


def evaluate(
    voorstel: Any,
    *,
    regels: Regelpakket | str | Path | None = None,
    taal: str = "nl",
    toelichting: bool = True,
) -> Rapport:
    """Advise on one proposal. The library's main entry point.

    ``voorstel``: a dict (as read from a proposal JSON file), a proposal model, or a FHIR
    QuestionnaireResponse (a dict, as ``check`` reads it).
    ``regels``: ``None`` for the shipped national pack, a folder path, or a loaded
    :class:`Regelpakket` (load once with :func:`laad_regelpakket`, evaluate many).
    ``taal``: ``'nl'`` (default) or ``'en'`` for the texts in the report.
    ``toelichting``: include the notes around the verdict (``rapport.toelichting``); they never
    change the verdict, and leaving them out makes big batches smaller and faster.

    Returns a :class:`Rapport` (``.advies`` is 'go', 'voorwaardelijk' or 'no-go').
    Raises :class:`InvoerFout` (with ``.pad``, ``.problemen``) when the proposal is invalid and
    :class:`RegelpakketFout` when the pack is broken. Thread-safe; never prints.
    """
    if taal not in ("nl", "en"):
        raise ValueError(f"taal moet 'nl' of 'en' zijn, niet {taal!r}")
    pack = resolve_pack(regels)
    return evalueer(als_voorstel(voorstel, pack), pack, taal, toelichting)
