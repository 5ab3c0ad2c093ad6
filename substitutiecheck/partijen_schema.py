"""The JSON of ``combineer``, ``vergelijk`` and a batch's ``knelpunten`` in the report schema
(issue 17): ``schemas/partijen-rapporten.schema.json`` added to pydantic's schema of a report.
Imports nothing heavy (``schema --rapport`` stays light)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def met_partijen_schema(rapport_schema: Mapping[str, Any]) -> dict[str, Any]:
    """The report schema with the JSON of ``combineer``, ``vergelijk`` and a batch's
    ``knelpunten`` added as ``$defs`` (Combinatie, Vergelijking, Knelpunten; issue 17). The root
    stays the report's, so validating a report is unchanged; ``#/$defs/Rapport`` is the report."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent / "schemas" / "partijen-rapporten.schema.json"
    extra = json.loads(path.read_text(encoding="utf-8"))["$defs"]
    out = dict(rapport_schema)
    root = {k: v for k, v in rapport_schema.items() if k != "$defs"}
    out["$defs"] = {**rapport_schema.get("$defs", {}), "Rapport": root, **extra}
    return out
