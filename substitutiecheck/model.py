"""The proposal contract (``voorstel``): pydantic models generated from a rule pack.

The field names and ids are the public contract of DOMAIN.md. Which categories, randvoorwaarden,
samenwerkingsvormen and financing routes exist comes from the pack, so a regional pack that adds a
condition gets a proposal model (and JSON Schema) with that field, and nothing can drift.
Unknown keys are errors (``extra="forbid"``): a typo must never silently change an advice.
"""

from __future__ import annotations

import difflib
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from .errors import InvoerFout, Probleem, json_pad
from .pack import ANTWOORDEN, UITSLUITING_ANTWOORDEN, Regelpakket, t

_STRICT = ConfigDict(extra="forbid", frozen=True)


def _lit(values) -> Any:
    return Literal[tuple(values)]  # type: ignore[valid-type]


def voorstel_model(pack: Regelpakket) -> type[BaseModel]:
    """The pydantic model of a proposal for this pack (built once per pack)."""
    cached = pack.__dict__.get("_voorstel_model")
    if cached is not None:
        return cached
    cats = [c["id"] for c in pack.categorieen]
    antw = _lit(ANTWOORDEN)
    uits = _lit(UITSLUITING_ANTWOORDEN)
    pg_fields: dict[str, Any] = {
        "categorie": (_lit(cats), Field(description="Nivel-categorie van de patiëntengroep: " + ", ".join(cats))),
        "omschrijving": (Optional[str], Field(default=None, description="Korte omschrijving van de patiëntengroep")),
    }
    for u in pack.uitsluitingen:
        pg_fields[u["id"]] = (uits, Field(default="onbekend", description=t(u["naam"], "nl")))
    Patientgroep = create_model("Patientgroep", __config__=_STRICT, **pg_fields)

    rv_fields = {
        r["id"]: (antw, Field(default="onbekend", description=t(r["vraag"], "nl")))
        for r in pack.randvoorwaarden
    }
    Randvoorwaarden = create_model("Randvoorwaarden", __config__=_STRICT, **rv_fields)
    ko_fields = {
        e["id"]: (antw, Field(default="onbekend", description=t(e["naam"], "nl")))
        for e in pack.elementen
    }
    Samenwerking = create_model("Samenwerking", __config__=_STRICT, **ko_fields)

    vormen = [v["id"] for v in pack.samenwerkingsvormen]
    fin = [f["id"] for f in pack.financiering]
    model = create_model(
        "Voorstel",
        __config__=ConfigDict(
            extra="forbid", frozen=True,
            json_schema_extra={
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "description": f"Voorstel voor substitutie van zorg (substitutiecheck, regelpakket {pack.naam} {pack.versie})",
            },
        ),
        titel=(Optional[str], Field(default=None, description="Titel van het voorstel")),
        regio=(Optional[str], Field(default=None, description="Regio")),
        patientgroep=(Patientgroep, Field(description="De patiëntengroep en de uitsluitingsvragen")),
        samenwerkingsvorm=(Optional[_lit(vormen)], Field(default=None, description="Gekozen samenwerkingsvorm")),
        financiering=(_lit(fin), Field(default="onbekend", description="Financieringsroute")),
        randvoorwaarden=(Randvoorwaarden, Field(default_factory=Randvoorwaarden, description="Randvoorwaarden; een ontbrekend antwoord telt als 'onbekend'")),
        samenwerking=(Optional[Samenwerking], Field(default=None, description="Kaats & Opheij: vijf elementen van samenwerking (optioneel)")),
    )
    pack.__dict__["_voorstel_model"] = model
    return model


def voorstel_schema(pack: Regelpakket) -> dict[str, Any]:
    """JSON Schema of a proposal for this pack, generated from the model."""
    return voorstel_model(pack).model_json_schema()


# ---------------------------------------------------------------------------------------------
# Turning pydantic's errors into Dutch (and English) problems with a field path
# ---------------------------------------------------------------------------------------------

_TYPE_NAMES = {
    "str": ("tekst", "text"), "int": ("getal", "number"), "float": ("getal", "number"),
    "bool": ("true/false", "true/false"), "list": ("lijst", "list"), "dict": ("object", "object"),
    "NoneType": ("null", "null"),
}


def _type_name(value: Any) -> tuple[str, str]:
    return _TYPE_NAMES.get(type(value).__name__, (type(value).__name__, type(value).__name__))


def _allowed_keys(model: type[BaseModel], loc) -> list[str]:
    m: Any = model
    for part in loc:
        field = m.model_fields.get(part) if hasattr(m, "model_fields") else None
        if field is None:
            return []
        ann = field.annotation
        args = getattr(ann, "__args__", None)
        if args:  # Optional[Model]
            ann = next((a for a in args if isinstance(a, type) and issubclass(a, BaseModel)), ann)
        m = ann
    return list(getattr(m, "model_fields", {}))


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _problem(model: type[BaseModel], err: dict[str, Any]) -> Probleem:
    loc = tuple(err["loc"])
    kind = err["type"]
    path = json_pad(loc)
    value = err.get("input")
    if kind == "missing":
        return Probleem(path, "verplicht veld ontbreekt", "required field is missing")
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = _allowed_keys(model, loc[:-1])
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        if close:
            return Probleem(path, f"onbekend veld '{key}'; bedoelde u '{close[0]}'?",
                            f"unknown field '{key}'; did you mean '{close[0]}'?")
        return Probleem(path, f"onbekend veld '{key}'; toegestaan: {', '.join(allowed)}",
                        f"unknown field '{key}'; allowed: {', '.join(allowed)}")
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        options = [x.strip().strip("'") for x in expected.replace(" or ", ", ").split(",")]
        choices = ", ".join(options)
        close = []
        if isinstance(value, str):
            lowered = value.strip().lower()
            close = [lowered] if lowered in options else difflib.get_close_matches(value, options, n=1, cutoff=0.75)
        if close:
            return Probleem(path, f"ongeldige waarde {_show(value)}; bedoelde u '{close[0]}'? (kies uit: {choices})",
                            f"invalid value {_show(value)}; did you mean '{close[0]}'? (choose from: {choices})")
        return Probleem(path, f"ongeldige waarde {_show(value)}; kies uit: {choices}",
                        f"invalid value {_show(value)}; choose from: {choices}")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        nl, en = _type_name(value)
        where_nl = path or "het voorstel"
        return Probleem(path, f"verwacht een object {{...}} voor {where_nl}, kreeg {nl}",
                        f"expected an object {{...}} for {path or 'the proposal'}, got {en}")
    if kind == "string_type":
        nl, en = _type_name(value)
        return Probleem(path, f"verwacht tekst, kreeg {nl}", f"expected text, got {en}")
    return Probleem(path, f"ongeldige waarde {_show(value)}: {err.get('msg', '')}",
                    f"invalid value {_show(value)}: {err.get('msg', '')}")


def lees_voorstel(data: Any, pack: Regelpakket) -> BaseModel:
    """Validate ``data`` (a dict from JSON, or a proposal model) against the pack's contract.

    Raises :class:`InvoerFout` with one :class:`Probleem` per wrong field.
    """
    model = voorstel_model(pack)
    if isinstance(data, model):
        return data
    if isinstance(data, BaseModel):
        data = data.model_dump(exclude_none=True)
    try:
        return model.model_validate(data)
    except ValidationError as e:
        problems = [_problem(model, err) for err in e.errors(include_url=False)]
        raise InvoerFout(problems) from None
