"""The library's entry points, :func:`evaluate` and :func:`evaluate_many`: the edge where a
library user's input meets the core. Input in another shape than a proposal (a FHIR
QuestionnaireResponse) is converted here, by the input layer, so that the evaluator
(:mod:`substitutiecheck.evaluation`) takes proposals only."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from . import evaluation
from .errors import InvoerFout
from .evaluation import CHUNK, resolve_pack
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
    _check_taal(taal)
    pack = resolve_pack(regels)
    return evaluation.evaluate(als_voorstel(voorstel, pack), pack, taal, toelichting)


def evaluate_many(
    voorstellen: Iterable[Any],
    *,
    regels: Regelpakket | str | Path | None = None,
    taal: str = "nl",
    toelichting: bool = True,
    chunk: int = CHUNK,
) -> Iterator[Rapport | InvoerFout]:
    """Advise on many proposals: what :func:`evaluate` returns for each, lazily, in input order,
    at a lower cost per proposal (the rule engine takes them ``chunk`` at a time).

    ``voorstellen``: any iterable (a list, a generator reading a file) of what :func:`evaluate`
    takes: dicts, proposal models, FHIR QuestionnaireResponses. It is read one chunk at a time,
    so a long stream needs no more memory than one chunk. ``regels``, ``taal`` and
    ``toelichting`` as for :func:`evaluate`.

    Yields one result per proposal: its :class:`Rapport`, or, for an invalid proposal, its
    :class:`InvoerFout` (not raised: the other proposals are still evaluated). So
    ``zip(voorstellen, evaluate_many(voorstellen))`` pairs each proposal with its result::

        for rapport in substitutiecheck.evaluate_many(lijst):
            if isinstance(rapport, substitutiecheck.InvoerFout):
                ...  # rapport.pad, rapport.problemen
            else:
                rapport.advies

    ``taal`` and ``regels`` are checked at the call (ValueError, RegelpakketFout), before the
    first proposal is read. Thread-safe; never prints.
    """
    _check_taal(taal)
    if chunk < 1:
        raise ValueError(f"chunk moet minstens 1 zijn, niet {chunk!r}")
    pack = resolve_pack(regels)

    def converted() -> Iterator[tuple[Any, None]]:
        for voorstel in voorstellen:
            try:
                yield als_voorstel(voorstel, pack), None
            except InvoerFout as e:  # a FHIR resource that is no proposal: its place
                yield e, None

    return evaluation.evaluate_many(converted(), pack, taal, toelichting, chunk)


def _check_taal(taal: str) -> None:
    if taal not in ("nl", "en"):
        raise ValueError(f"taal moet 'nl' of 'en' zijn, niet {taal!r}")
