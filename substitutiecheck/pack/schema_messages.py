"""The JSON Schema check of a pack file, with every error in Dutch and English (the validators our
schemas use), each with its JSON path."""

from __future__ import annotations

import difflib
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import Probleem, json_pad

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
    for err in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        # for oneOf (conditions) the best sub-error says more than "is not valid under any"
        if err.validator == "oneOf" and err.context:
            err = _beste_fout(err)
        path = json_pad(err.absolute_path) or "(hoofdniveau)"
        problems.append(Probleem(path, *_schema_message(err)))
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


_JSON_TYPES = {
    "string": ("tekst", "text"),
    "object": ("object", "object"),
    "array": ("lijst", "list"),
    "boolean": ("true/false", "true/false"),
    "integer": ("geheel getal", "integer"),
    "number": ("getal", "number"),
}

Tekst2 = tuple[str, str]


def _required(value: Any, inst: Any, err: Any) -> Tekst2:
    missing = [k for k in value if isinstance(inst, dict) and k not in inst]
    name = missing[0] if missing else "?"
    return f"verplicht veld '{name}' ontbreekt", f"required field '{name}' is missing"


def _additional(value: Any, inst: Any, err: Any) -> Tekst2 | None:
    if not isinstance(inst, dict):
        return None
    allowed = set(err.schema.get("properties", {}))
    extra = sorted(k for k in inst if k not in allowed)
    close = difflib.get_close_matches(extra[0], sorted(allowed), n=1) if extra else []
    hint_nl = f"; bedoelde u '{close[0]}'?" if close else ""
    hint_en = f"; did you mean '{close[0]}'?" if close else ""
    return (
        f"onbekend veld '{', '.join(extra)}'{hint_nl}",
        f"unknown field '{', '.join(extra)}'{hint_en}",
    )


def _enum(value: Any, inst: Any, err: Any) -> Tekst2:
    choices = ", ".join(str(v) for v in value)
    return (
        f"ongeldige waarde {inst!r}; kies uit: {choices}",
        f"invalid value {inst!r}; choose from: {choices}",
    )


def _type(value: Any, inst: Any, err: Any) -> Tekst2:
    nl, en = _JSON_TYPES.get(value, (value, value)) if isinstance(value, str) else (str(value),) * 2
    return f"verwacht {nl}", f"expected {en}"


_MESSAGES: dict[str, Callable[[Any, Any, Any], Tekst2 | None]] = {
    "maxItems": lambda v, i, e: (
        f"te veel onderdelen: hoogstens {v}",
        f"too many parts: at most {v}",
    ),
    "maxLength": lambda v, i, e: (
        f"te lang: hoogstens {v} tekens",
        f"too long: at most {v} characters",
    ),
    "required": _required,
    "additionalProperties": _additional,
    "enum": _enum,
    "type": _type,
    "pattern": lambda v, i, e: (
        f"{i!r} heeft niet de juiste vorm (kleine letters, cijfers en _)",
        f"{i!r} does not have the right form (lower case, digits and _)",
    ),
    "minLength": lambda v, i, e: ("mag niet leeg zijn", "must not be empty"),
    "minItems": lambda v, i, e: ("mag niet leeg zijn", "must not be empty"),
    "uniqueItems": lambda v, i, e: ("bevat een waarde twee keer", "contains a value twice"),
}
"""The message of each JSON Schema validator our schemas use (None: say it the general way)."""


def _schema_message(err: Any) -> Tekst2:
    """A jsonschema error in Dutch and English, for the validators our schema uses."""
    inst = err.instance
    if (
        isinstance(err.schema, dict)
        and err.schema.get("$comment") == "blad"
        and isinstance(inst, dict)
        and inst.keys() & {"alle", "een_van", "niet"}
    ):  # the deepest level allows only leaves
        return (
            f"conditie te diep genest: hoogstens {MAX_CONDITIE_DIEPTE} niveaus "
            "alle/een_van/niet in elkaar",
            f"condition nested too deeply: at most {MAX_CONDITIE_DIEPTE} levels of "
            "alle/een_van/niet",
        )
    message = _MESSAGES.get(err.validator)
    said = message(err.validator_value, inst, err) if message else None
    return said or (
        f"voldoet niet aan het schema: {err.message}",
        f"does not match the schema: {err.message}",
    )


MAX_CONDITIE_DIEPTE = 8
"""Levels of alle/een_van/niet inside each other (the schema's conditie ... conditie_9)."""
