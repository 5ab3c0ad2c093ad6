"""The JSON Schema check of a pack file, with every error in Dutch and English (the validators our
schemas use), each with its JSON path."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import Melding, Probleem, json_pad, melding, probleem_uit
from ..suggest import hint, suggest

_SCHEMA_LOCK = threading.Lock()
_VALIDATORS: dict[str, Any] = {}


def _validator(file_name: str) -> Any:
    with _SCHEMA_LOCK:
        if file_name not in _VALIDATORS:
            from jsonschema import Draft202012Validator

            path = Path(__file__).resolve().parent.parent / "schemas" / "regelpakket.schema.json"
            schema = json.loads(path.read_text(encoding="utf-8"))
            sub = {"$ref": f"#/$defs/{file_name}", "$defs": schema["$defs"]}
            _VALIDATORS[file_name] = Draft202012Validator(sub)
        return _VALIDATORS[file_name]


def bestand_problemen(file_name: str, data: Any) -> list[Probleem]:
    """Every schema problem of the contents of one pack file (``file_name``: 'pakket.json' ...)."""
    return schema_problemen(_validator(file_name), data)


def schema_problemen(validator: Any, data: Any) -> list[Probleem]:
    """Every JSON Schema error of ``data`` as a Dutch/English problem with its JSON path."""
    problems = []
    required_done: set[str] = set()
    for err in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        # for oneOf (conditions) the best sub-error says more than "is not valid under any"
        if err.validator == "oneOf" and err.context:
            err = _beste_fout(err)
        path = json_pad(err.absolute_path) or "(hoofdniveau)"
        if err.validator == "required":
            # jsonschema gives one error per missing field, none saying which: the object's
            # missing fields are named once, from the first (each named the first field again)
            if path in required_done:
                continue
            required_done.add(path)
        problems += [probleem_uit(path, m) for m in _schema_messages(err)]
    return problems


def _beste_fout(err: Any) -> Any:
    """The sub-error of a oneOf that says what is wrong: follow the branch whose required keys
    the object has ('niet' in {"niet": ...}) down through nested conditions; where no branch
    fits, jsonschema's best match."""
    from jsonschema.exceptions import best_match

    while err.validator == "oneOf" and err.context:
        fitting = [sub for sub in err.context if _fits(sub, err.instance, err.validator_value)]
        if not fitting:
            return best_match(err.context) or err
        err = max(fitting, key=lambda sub: len(sub.absolute_path))
    return err


def _fits(sub: Any, inst: Any, branches: Any) -> bool:
    """The oneOf branch of ``sub`` requires keys, and the object has them all."""
    branch = branches[sub.relative_schema_path[0]]
    required = branch.get("required", []) if isinstance(branch, dict) else []
    return isinstance(inst, dict) and bool(required) and all(k in inst for k in required)


_JSON_TYPES = frozenset({"string", "object", "array", "boolean", "integer", "number"})
"""The JSON Schema types the catalogue names ('schema.type.string': tekst / text)."""


def _required(value: Any, inst: Any) -> list[Melding]:
    """One problem per required field the object lacks, in the schema's order."""
    missing = [k for k in value if isinstance(inst, dict) and k not in inst] or ["?"]
    return [melding("schema.verplicht", veld=k) for k in missing]


def _additional(value: Any, inst: Any, err: Any) -> Melding | None:
    if not isinstance(inst, dict):
        return None
    allowed = set(err.schema.get("properties", {}))
    extra = sorted(k for k in inst if k not in allowed)
    return melding(
        "schema.onbekend_veld",
        veld=", ".join(extra),
        bedoeld=suggest(extra[0], allowed) if extra else hint(None),
    )


def _enum(value: Any, inst: Any, err: Any) -> Melding:
    return melding("schema.keuze", waarde=repr(inst), keuzes=", ".join(str(v) for v in value))


def _type(value: Any, inst: Any, err: Any) -> Melding:
    if isinstance(value, str) and value in _JSON_TYPES:
        soort = melding(f"schema.type.{value}")
    else:
        soort = melding("schema.type.anders", naam=value if isinstance(value, str) else str(value))
    return melding("schema.type", soort=soort)


def _een_van_de_types(value: Any, inst: Any, err: Any) -> Melding | None:
    """anyOf of plain types (a report's 'titel': text or null): 'verwacht tekst of leeg', not
    jsonschema's English '5 is not valid under any of the given schemas'."""
    types = [b.get("type") for b in value if isinstance(b, dict)] if isinstance(value, list) else []
    if len(types) != 2 or any(t not in _JSON_TYPES | {"null"} for t in types):
        return None
    a, b = (melding("schema.type.leeg" if t == "null" else f"schema.type.{t}") for t in types)
    return melding("schema.type", soort=melding("schema.type.of", a=a, b=b))


_MESSAGES: dict[str, Callable[[Any, Any, Any], Melding | None]] = {
    "anyOf": _een_van_de_types,
    "maxItems": lambda v, i, e: melding("schema.te_veel", max=v),
    "maxLength": lambda v, i, e: melding("schema.te_lang", max=v),
    "additionalProperties": _additional,
    "enum": _enum,
    "type": _type,
    "pattern": lambda v, i, e: melding("schema.vorm", waarde=repr(i)),
    "minLength": lambda v, i, e: melding("schema.leeg"),
    "minItems": lambda v, i, e: melding("schema.leeg"),
    "uniqueItems": lambda v, i, e: melding("schema.dubbel"),
}
"""The message of each JSON Schema validator our schemas use (None: say it the general way)."""


def _schema_messages(err: Any) -> list[Melding]:
    """A jsonschema error as texts of the catalogue, for the validators our schema uses (one per
    missing field for 'required')."""
    inst = err.instance
    if (
        isinstance(err.schema, dict)
        and err.schema.get("$comment") == "blad"
        and isinstance(inst, dict)
        and inst.keys() & {"alle", "een_van", "niet"}
    ):  # the deepest level allows only leaves
        return [melding("schema.conditie_te_diep", max=MAX_CONDITIE_DIEPTE)]
    if err.validator == "required":
        return _required(err.validator_value, inst)
    message = _MESSAGES.get(err.validator)
    said = message(err.validator_value, inst, err) if message else None
    return [said or melding("schema.anders", tekst=err.message)]


MAX_CONDITIE_DIEPTE = 8
"""Levels of alle/een_van/niet inside each other (the schema's conditie ... conditie_9)."""
