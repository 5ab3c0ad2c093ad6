"""The JSON Schema of a report (version 2, ``substitutiecheck schema --rapport``).

pydantic describes the report's frozen dataclasses (the attribute docstrings become the field
descriptions); this module turns that description into the JSON shape: what a part names by id
(sources, rule texts, forms, routes, groups) is a string, the fields that live in a table are left
out, and the documents and their tables are added as ``$defs``: ``Document`` (``check --format
json``), ``Kop`` (the first line of ``--format jsonl``) and one entry type per table. The root
stays the report's (one report, one JSON Lines line after the header).
"""

from __future__ import annotations

import copy
from typing import Any

from .report_json import RAPPORTVERSIE

_ID = {"type": "string"}


def _ids(prop: dict[str, Any], description: str) -> dict[str, Any]:
    """A property that held parts (or one part), now holding their ids."""
    out = {k: v for k, v in prop.items() if k not in ("items", "$ref", "anyOf")}
    if "items" in prop:
        out["items"] = dict(_ID)
    elif "anyOf" in prop:
        out["anyOf"] = [dict(_ID), {"type": "null"}]
    else:
        out.update(_ID)
    out["description"] = description
    return out


def _bron_ids(node: Any) -> Any:
    if isinstance(node, dict):
        if node.get("$ref") == "#/$defs/BronVerwijzing":
            return dict(_ID)
        return {k: _bron_ids(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_bron_ids(v) for v in node]
    return node


def _zonder(defn: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    out = dict(defn)
    out["properties"] = {k: v for k, v in defn["properties"].items() if k not in names}
    if "required" in defn:
        out["required"] = [k for k in defn["required"] if k not in names]
    return out


def _tabel(entry: dict[str, Any], description: str) -> dict[str, Any]:
    return {"type": "object", "description": description, "additionalProperties": entry}


def rapport_schema(taal: str = "nl") -> dict[str, Any]:
    """The JSON Schema of a report (version 2) with ``$defs`` for its documents and tables, every
    description in ``taal`` (nl or en; :func:`vertaald`)."""
    doc: dict[str, Any] = vertaald(schema_zoals_geschreven(), taal)
    return doc


TITELS = {
    "Bron": "Source",
    "Regeltekst": "Rule text",
    "Groep": "Group",
    "Randvoorwaarde": "Precondition",
    "Samenwerkingsvorm": "Form of collaboration",
    "Financieringsroute": "Financing route",
}
"""The titles of the tables' entries in English (the other titles are type names, the keys of
``$defs``, the same in both languages)."""


def _zonder_veldtitels(node: Any) -> Any:
    """``node`` without the titles pydantic makes of field names ('soort_naam' -> 'Soort Naam'):
    they only repeat the key, in Dutch in the English schema too."""
    if isinstance(node, list):
        return [_zonder_veldtitels(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _zonder_veldtitels(v) for k, v in node.items()}
    props = node.get("properties")
    if isinstance(props, dict):
        out["properties"] = {
            key: {
                k: v
                for k, v in prop.items()
                if not (k == "title" and v == key.title().replace("_", " "))
            }
            if isinstance(prop, dict)
            else prop
            for key, prop in out["properties"].items()
        }
    return out


def schema_zoals_geschreven() -> dict[str, Any]:
    """The schema with its descriptions as the code, pydantic and partijen-rapporten.schema.json
    write them (the keys of :data:`BESCHRIJVINGEN`)."""
    from pydantic import TypeAdapter

    from . import report
    from .partijen_schema import met_partijen_schema

    full = TypeAdapter(report.Rapport).json_schema()
    defs: dict[str, Any] = full["$defs"]
    bron = defs["BronVerwijzing"]
    new_defs: dict[str, Any] = {}
    for name, defn in defs.items():
        cls = getattr(report, name)
        d = _zonder(defn, cls._IN_TABEL) if cls._IN_TABEL else dict(defn)
        if cls._TABEL is not None and cls._IN_TABEL:
            d["description"] = (
                d.get("description") or name
            ) + f" De teksten staan in de tabel '{cls._TABEL[0]}', onder '{cls._TABEL[1]}'."
        for field, table in cls._VERWIJST.items():
            d["properties"] = dict(d["properties"])
            d["properties"][field] = _ids(d["properties"][field], f"Id(s) uit de tabel '{table}'")
        new_defs[name] = _bron_ids(d) if name != "BronVerwijzing" else d
    root = _bron_ids({k: v for k, v in full.items() if k != "$defs"})
    vorm = defs["PassendeVorm"]
    tables = {
        "bronnen": _tabel(
            _zonder(bron, ("id",)) | {"title": "Bron"}, "Bron-id -> de bron (soort, kort, titel)"
        ),
        "regels": _tabel(
            {
                "type": "object",
                "title": "Regeltekst",
                "additionalProperties": False,
                "properties": {
                    "naam": {"type": "string"},
                    "tekst": {"type": "string"},
                    "advies": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "veld": {"type": "string"},
                    "groep": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "bronnen": {"type": "array", "items": dict(_ID)},
                },
                "required": ["naam", "tekst", "advies", "veld", "groep", "bronnen"],
            },
            "Regel-id -> naam, tekst, advies, veld, groep en bron-ids van de regel (bevindingen en "
            "ontbrekende voorwaarden noemen hun regel)",
        ),
        "groepen": _tabel(_naam("Groep"), "Groep-id (DOMAIN §3) -> naam"),
        "randvoorwaarden": _tabel(_naam("Randvoorwaarde"), "Randvoorwaarde-id -> naam"),
        "samenwerkingsvormen": _tabel(
            _bron_ids(
                {
                    "type": "object",
                    "title": "Samenwerkingsvorm",
                    "additionalProperties": False,
                    "properties": {
                        k: v
                        for k, v in vorm["properties"].items()
                        if k in report.PassendeVorm._IN_TABEL
                    },
                    "required": [k for k in vorm["required"] if k in report.PassendeVorm._IN_TABEL],
                }
            ),
            "Samenwerkingsvorm-id -> wat per vorm vastligt (naam, soort, status, Triple Aim, bronnen)",
        ),
        "financiering": _tabel(
            _zonder(defs["Route"], ("id",)) | {"title": "Financieringsroute"},
            "Financieringsroute-id -> naam en toelichting",
        ),
    }
    versie = {"const": RAPPORTVERSIE, "description": "Versie van de vorm van het rapport"}
    new_defs["Tabellen"] = {
        "type": "object",
        "description": "Wat per regelpakket en taal vastligt, één keer per document",
        "properties": copy.deepcopy(tables),
    }
    new_defs["Document"] = {
        "type": "object",
        "title": "Document",
        "description": (
            "check --format json: de rapporten met, één keer, de tabellen van wat ze noemen"
        ),
        "properties": {
            "rapportversie": versie,
            "samenvatting": {"type": "object"},
            "rapporten": {"type": "array", "items": {"$ref": "#/$defs/Rapport"}},
            "fouten": {"type": "array", "items": {"$ref": "#/$defs/InvoerFout"}},
            **tables,
        },
        "required": ["rapportversie", "rapporten", *tables],
    }
    new_defs["InvoerFout"] = {
        "type": "object",
        "title": "InvoerFout",
        "description": "Een invoer die niet beoordeeld kon worden: waar, en wat eraan mankeert",
        "properties": {
            "invoer": {
                "type": "object",
                "properties": {
                    "bestand": {"type": ["string", "null"]},
                    "regel": {"type": ["integer", "null"]},
                },
                "required": ["bestand", "regel"],
            },
            "problemen": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"pad": {"type": "string"}, "bericht": {"type": "string"}},
                    "required": ["pad", "bericht"],
                },
            },
        },
        "required": ["invoer", "problemen"],
    }
    new_defs["FoutRegel"] = {
        "type": "object",
        "title": "FoutRegel",
        "description": (
            "check --format jsonl: de regel van een invoer die niet beoordeeld kon worden, op "
            "zijn plaats in de invoervolgorde (ook op stderr)"
        ),
        "properties": {"fout": {"$ref": "#/$defs/InvoerFout"}},
        "required": ["fout"],
        "additionalProperties": False,
    }
    new_defs["Kop"] = {
        "type": "object",
        "title": "Kop",
        "description": (
            "check --format jsonl: de regel vóór het eerste rapport (alleen een FoutRegel kan "
            "ervoor staan), met de volledige tabellen van het pakket; daarna één rapport of "
            "FoutRegel per invoer"
        ),
        "properties": {
            "kop": {
                "type": "object",
                "properties": {
                    "rapportversie": versie,
                    "regelpakket": {"$ref": "#/$defs/PakketStempel"},
                    "taal": {"enum": ["nl", "en"]},
                    **tables,
                },
                "required": ["rapportversie", "regelpakket", "taal", *tables],
            }
        },
        "required": ["kop"],
        "additionalProperties": False,
    }
    schema: dict[str, Any] = _zonder_veldtitels(met_partijen_schema({**root, "$defs": new_defs}))
    return schema


BESCHRIJVINGEN = "rapport-beschrijvingen.json"
"""schemas/rapport-beschrijvingen.json: every description of the report schema as this module,
pydantic (from the attribute docstrings) and partijen-rapporten.schema.json write it -> its
Dutch and English text. Keyed by that text, so a changed docstring fails the test that holds the
table complete (tests/test_rapport_model.py) until its translation is written."""


def beschrijvingen() -> dict[str, dict[str, str]]:
    """The table of :data:`BESCHRIJVINGEN`."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent / "schemas" / BESCHRIJVINGEN
    table: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return table


def vertaald(doc: Any, taal: str) -> Any:
    """``doc`` with every ``description`` in ``taal`` (the code's docstrings are partly English,
    the field docstrings Dutch: a schema read in either language was a mix), and in English the
    titles of :data:`TITELS`. A description the table lacks stays as written."""
    table = beschrijvingen()

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: walk(v) for k, v in node.items()}
            d = node.get("description")
            if isinstance(d, str) and d in table:
                out["description"] = table[d][taal]
            t = node.get("title")
            if taal == "en" and isinstance(t, str) and t in TITELS:
                out["title"] = TITELS[t]
            return out
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(doc)


def _naam(title: str) -> dict[str, Any]:
    return {
        "type": "object",
        "title": title,
        "additionalProperties": False,
        "properties": {"naam": {"type": "string"}},
        "required": ["naam"],
    }
