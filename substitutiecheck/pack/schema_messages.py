"""The JSON Schema check of a pack file, with every error in Dutch and English (the validators our
schemas use), each with its JSON path."""

from __future__ import annotations

import difflib
import json
import threading
from pathlib import Path
from typing import Any

from ..errors import Probleem, json_pad

_SCHEMA_LOCK = threading.Lock()
_VALIDATORS: dict[str, Any] = {}


def _validator(file_name: str):
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


def _beste_fout(err):
    """The sub-error of a oneOf that says what is wrong: follow the branch whose required keys
    the object has ('niet' in {"niet": ...}) down through nested conditions; where no branch
    fits, jsonschema's best match."""
    from jsonschema.exceptions import best_match

    while err.validator == "oneOf" and err.context:
        inst, branches = err.instance, err.validator_value

        def fits(sub) -> bool:
            branch = branches[sub.relative_schema_path[0]]
            required = branch.get("required", []) if isinstance(branch, dict) else []
            return isinstance(inst, dict) and bool(required) and all(k in inst for k in required)

        fitting = [sub for sub in err.context if fits(sub)]
        if not fitting:
            return best_match(err.context) or err
        err = max(fitting, key=lambda sub: len(sub.absolute_path))
    return err


_JSON_TYPES = {
    "string": ("tekst", "text"),
    "object": ("object", "object"),
    "array": ("lijst", "list"),
    "boolean": ("true/false", "true/false"),
    "integer": ("geheel getal", "integer"),
    "number": ("getal", "number"),
}


def _schema_message(err) -> tuple[str, str]:
    """A jsonschema error in Dutch and English, for the validators our schema uses."""
    kind, value, inst = err.validator, err.validator_value, err.instance
    if (
        isinstance(err.schema, dict)
        and err.schema.get("$comment") == "blad"
        and isinstance(inst, dict)
        and inst.keys() & {"alle", "een_van", "niet"}
    ):  # the deepest level allows only leaves
        return (
            f"conditie te diep genest: hoogstens {MAX_CONDITIE_DIEPTE} niveaus alle/een_van/niet in elkaar",
            f"condition nested too deeply: at most {MAX_CONDITIE_DIEPTE} levels of alle/een_van/niet",
        )
    if kind == "maxItems":
        return f"te veel onderdelen: hoogstens {value}", f"too many parts: at most {value}"
    if kind == "maxLength":
        return f"te lang: hoogstens {value} tekens", f"too long: at most {value} characters"
    if kind == "required":
        missing = [k for k in value if isinstance(inst, dict) and k not in inst]
        name = missing[0] if missing else "?"
        return f"verplicht veld '{name}' ontbreekt", f"required field '{name}' is missing"
    if kind == "additionalProperties" and isinstance(inst, dict):
        allowed = set(err.schema.get("properties", {}))
        extra = sorted(k for k in inst if k not in allowed)
        close = difflib.get_close_matches(extra[0], sorted(allowed), n=1) if extra else []
        hint_nl = f"; bedoelde u '{close[0]}'?" if close else ""
        hint_en = f"; did you mean '{close[0]}'?" if close else ""
        return (
            f"onbekend veld '{', '.join(extra)}'{hint_nl}",
            f"unknown field '{', '.join(extra)}'{hint_en}",
        )
    if kind == "enum":
        choices = ", ".join(str(v) for v in value)
        return (
            f"ongeldige waarde {inst!r}; kies uit: {choices}",
            f"invalid value {inst!r}; choose from: {choices}",
        )
    if kind == "type":
        nl, en = (
            _JSON_TYPES.get(value, (value, value))
            if isinstance(value, str)
            else (str(value), str(value))
        )
        return f"verwacht {nl}", f"expected {en}"
    if kind == "pattern":
        return (
            f"{inst!r} heeft niet de juiste vorm (kleine letters, cijfers en _)",
            f"{inst!r} does not have the right form (lower case, digits and _)",
        )
    if kind in ("minLength", "minItems"):
        return "mag niet leeg zijn", "must not be empty"
    if kind == "uniqueItems":
        return "bevat een waarde twee keer", "contains a value twice"
    return (
        f"voldoet niet aan het schema: {err.message}",
        f"does not match the schema: {err.message}",
    )


MAX_CONDITIE_DIEPTE = 8
"""Levels of alle/een_van/niet inside each other (the schema's conditie ... conditie_9)."""
