"""What kind of our own output a JSON document is, when it is fed back in: a saved report, a
JSON Lines header, a combined report (``combineer``) or a comparison (``vergelijk``). ``check``
said a score of unknown fields for a saved report, and ``vergelijk`` took a combined report for
a version and showed it wrongly (an adversarial test); both now say what it is, in one line."""

from __future__ import annotations

from typing import Any

_ANTWOORDEN = ("ja", "deels", "nee", "onbekend")

_RAPPORT_VELDEN = frozenset({"advies", "ontbrekende_randvoorwaarden", "regelpakket"})


def opgeslagen_uitvoer(data: Any) -> str | None:
    """The kind of our own output ``data`` is ('rapport', 'kop', 'combinatie', 'vergelijking';
    its name in the catalogue: 'invoer.wat.<kind>'), or None for anything else (a proposal has
    none of these fields)."""
    if not isinstance(data, dict) or "patientgroep" in data:
        return None
    if data.get("soort") in ("combinatie", "vergelijking"):
        return str(data["soort"])
    if set(data) == {"kop"}:
        return "kop"
    if "rapportversie" in data or "kop" in data or {"advies", "regelpakket"} <= set(data):
        return "rapport"
    return None


def geen_andere_uitvoer(data: Any) -> None:
    """Raise InvoerFout when ``data`` is a combined report or a comparison: no version of one
    proposal (``vergelijk``)."""
    wat = opgeslagen_uitvoer(data)
    if wat in ("combinatie", "vergelijking"):
        from .errors import InvoerFout, melding, probleem

        wat_naam = melding(f"invoer.wat.{wat}")
        raise InvoerFout(probleem("soort", "vergelijk.andere_uitvoer", wat=wat_naam))


def is_rapport(data: Any) -> bool:
    """A saved report (``check --format json`` of one proposal), not a proposal: a proposal
    never has these fields (unknown fields are errors)."""
    from collections.abc import Mapping

    from .report import Rapport

    return isinstance(data, Rapport) or (isinstance(data, Mapping) and set(data) >= _RAPPORT_VELDEN)


def rapport_problemen(data: Any, plek: str) -> list[Any]:
    """What is wrong with a saved report of version 2 (ids) as ``vergelijk`` reads it, each at
    its path in the file (``plek``: where the report stands, 'rapporten[0]' in a document): the
    report schema, and a no-go that says it is provisional, which no report ever is. A report
    edited by hand showed 'antwoord: misschien' or 'Diabetes -> Diabetes' for a group written as
    an object (an adversarial test). A no-go marked provisional is not refused: versions before
    2026-12-02 wrote such reports themselves (a review of this check)."""
    import json

    import jsonschema

    from .errors import probleem
    from .pack.schema_messages import schema_problemen
    from .report_schema import rapport_schema

    defs = rapport_schema()["$defs"]
    validator = jsonschema.Draft202012Validator({"$ref": "#/$defs/Rapport", "$defs": defs})
    out = schema_problemen(validator, data)
    if out:
        return [p.elders(pad=_waar(plek, p.pad)) for p in out]
    for i, o in enumerate(data.get("ontbrekende_randvoorwaarden") or ()):
        soort = o.get("soort")  # a category's finding holds the category as its answer
        if soort in ("randvoorwaarde", "uitsluiting") and o.get("antwoord") not in _ANTWOORDEN:
            pad = f"ontbrekende_randvoorwaarden[{i}].antwoord"
            waarde = json.dumps(o.get("antwoord"), ensure_ascii=False)  # null, not None
            out.append(probleem(pad, "vergelijk.geen_antwoord", waarde=waarde))
    return [p.elders(pad=_waar(plek, p.pad)) for p in out]


def _waar(plek: str, pad: str) -> str:
    """``pad`` of a report that stands at ``plek`` in its file."""
    if pad == "(hoofdniveau)":
        return plek or pad
    return f"{plek}.{pad}" if plek else pad
