"""What kind of our own output a JSON document is, when it is fed back in: a saved report, a
JSON Lines header, a combined report (``combineer``) or a comparison (``vergelijk``). ``check``
said a score of unknown fields for a saved report, and ``vergelijk`` took a combined report for
a version and showed it wrongly (an adversarial test); both now say what it is, in one line."""

from __future__ import annotations

from typing import Any

_RAPPORT_VELDEN = frozenset({"advies", "ontbrekende_randvoorwaarden", "regelpakket"})


def opgeslagen_uitvoer(data: Any) -> str | None:
    """The message key of the kind of output ``data`` is ('invoer.wat.rapport', '.combinatie',
    '.vergelijking'), or None for anything else (a proposal has none of these fields)."""
    if not isinstance(data, dict) or "patientgroep" in data:
        return None
    if data.get("soort") in ("combinatie", "vergelijking"):
        return f"invoer.wat.{data['soort']}"
    if "rapportversie" in data or "kop" in data or {"advies", "regelpakket"} <= set(data):
        return "invoer.wat.rapport"
    return None


def geen_andere_uitvoer(data: Any) -> None:
    """Raise InvoerFout when ``data`` is a combined report or a comparison: no version of one
    proposal (``vergelijk``)."""
    wat = opgeslagen_uitvoer(data)
    if wat is not None and wat != "invoer.wat.rapport":
        from .errors import InvoerFout, melding, probleem

        raise InvoerFout(probleem("soort", "vergelijk.andere_uitvoer", wat=melding(wat)))


def is_rapport(data: Any) -> bool:
    """A saved report (``check --format json`` of one proposal), not a proposal: a proposal
    never has these fields (unknown fields are errors)."""
    from collections.abc import Mapping

    from .report import Rapport

    return isinstance(data, Rapport) or (isinstance(data, Mapping) and set(data) >= _RAPPORT_VELDEN)
