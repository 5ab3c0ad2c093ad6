"""The proposal contract (``voorstel``), generated from a rule pack.

The field names and ids are the public contract of DOMAIN.md. Which categories, randvoorwaarden,
samenwerkingsvormen and financing routes exist comes from the pack, so a regional pack that adds a
condition gets a proposal contract (and JSON Schema) with that field, and nothing can drift.
Unknown keys are errors: a typo must never silently change an advice.

One description of the contract, :func:`contract` (fields, their allowed values, defaults), and
two things built from it:

* :func:`voorstel_model`: the pydantic model. It gives the JSON Schema (``substitutiecheck
  schema``) and a typed model for library users.
* :func:`lees_voorstel`: the validator every evaluation uses. Plain Python, because importing
  pydantic and building its models took more than the whole start-up budget of a one-file
  ``check`` (issue 6). A property test holds the two to each other: the same inputs accepted, the
  same values out, and a problem at every field path where pydantic reports an error.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import InvoerFout, Probleem, json_pad
from .pack import ANTWOORDEN, UITSLUITING_ANTWOORDEN, Regelpakket, t

if TYPE_CHECKING:  # pragma: no cover
    from pydantic import BaseModel


@dataclass(frozen=True)
class Veld:
    """One field of the proposal contract.

    ``soort``: 'tekst' (a string), 'keuze' (one of ``keuzes``) or 'object' (with ``velden``).
    A field that is not ``verplicht`` takes ``standaard`` when absent; an object's default is
    the object of its fields' defaults. ``leeg_mag``: null is allowed (and the default)."""

    naam: str
    soort: str
    beschrijving: str
    keuzes: tuple[str, ...] = ()
    velden: tuple["Veld", ...] = ()
    verplicht: bool = False
    leeg_mag: bool = False
    standaard: Any = None
    max_lengte: int | None = None
    """For 'tekst': the most characters (schema ``maxLength``); free text is a title, not a book."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "namen", tuple(v.naam for v in self.velden))

    def leeg(self) -> Any:
        """The value of the field when the proposal leaves it out."""
        if self.leeg_mag or self.soort != "object":
            return self.standaard
        return {v.naam: v.leeg() for v in self.velden}


MAX_TITEL, MAX_REGIO, MAX_OMSCHRIJVING = 500, 200, 2000
"""Most characters of the free-text fields (the questionnaire allows 200, 200 and 500)."""


def contract(pack: Regelpakket) -> Veld:
    """The proposal contract of this pack, as one 'object' field (built once per pack)."""
    cached = pack.__dict__.get("_contract")
    if cached is not None:
        return cached
    cats = tuple(c["id"] for c in pack.categorieen)

    def antwoorden(items, tekst_van: str, keuzes=ANTWOORDEN) -> tuple[Veld, ...]:
        return tuple(Veld(i["id"], "keuze", t(i[tekst_van], "nl"), keuzes=tuple(keuzes), standaard="onbekend")
                     for i in items)

    root = Veld("voorstel", "object", "Voorstel", verplicht=True, velden=(
        Veld("titel", "tekst", "Titel van het voorstel", leeg_mag=True, max_lengte=MAX_TITEL),
        Veld("regio", "tekst", "Regio", leeg_mag=True, max_lengte=MAX_REGIO),
        Veld("patientgroep", "object", "De patiëntengroep en de uitsluitingsvragen", verplicht=True, velden=(
            Veld("categorie", "keuze", "Nivel-categorie van de patiëntengroep: " + ", ".join(cats),
                 keuzes=cats, verplicht=True),
            Veld("omschrijving", "tekst", "Korte omschrijving van de patiëntengroep", leeg_mag=True,
                 max_lengte=MAX_OMSCHRIJVING),
            *antwoorden(pack.uitsluitingen, "naam", UITSLUITING_ANTWOORDEN),
        )),
        Veld("samenwerkingsvorm", "keuze", "Gekozen samenwerkingsvorm",
             keuzes=tuple(v["id"] for v in pack.samenwerkingsvormen), leeg_mag=True),
        Veld("financiering", "keuze", "Financieringsroute",
             keuzes=tuple(f["id"] for f in pack.financiering), standaard="onbekend"),
        Veld("randvoorwaarden", "object", "Randvoorwaarden; een ontbrekend antwoord telt als 'onbekend'",
             velden=antwoorden(pack.randvoorwaarden, "vraag")),
        Veld("samenwerking", "object", "Kaats & Opheij: vijf elementen van samenwerking (optioneel)",
             velden=antwoorden(pack.elementen, "naam"), leeg_mag=True),
    ))
    pack.__dict__["_contract"] = root
    return root


# ---------------------------------------------------------------------------------------------
# The pydantic model (JSON Schema, typed model for library users)
# ---------------------------------------------------------------------------------------------

def voorstel_model(pack: Regelpakket) -> "type[BaseModel]":
    """The pydantic model of a proposal for this pack (built once per pack)."""
    cached = pack.__dict__.get("_voorstel_model")
    if cached is not None:
        return cached
    from typing import Literal, Optional

    from pydantic import ConfigDict, Field, create_model

    def field(v: Veld) -> tuple[Any, Any]:
        if v.soort == "object":
            typ: Any = create_model(v.naam.capitalize(), __config__=ConfigDict(extra="forbid", frozen=True),
                                    **{sub.naam: field(sub) for sub in v.velden})
        elif v.soort == "keuze":
            typ = Literal[v.keuzes]  # type: ignore[valid-type]
        else:
            typ = str
        extra = {"max_length": v.max_lengte} if v.max_lengte else {}
        if v.leeg_mag:
            typ = Optional[typ]
        if v.verplicht:
            return typ, Field(description=v.beschrijving, **extra)
        if v.soort == "object" and not v.leeg_mag:
            return typ, Field(default_factory=typ, description=v.beschrijving)
        return typ, Field(default=v.standaard, description=v.beschrijving, **extra)

    root = contract(pack)
    model = create_model(
        "Voorstel",
        __config__=ConfigDict(
            extra="forbid", frozen=True,
            json_schema_extra={
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "description": f"Voorstel voor substitutie van zorg (substitutiecheck, regelpakket {pack.naam} {pack.versie})",
            },
        ),
        **{v.naam: field(v) for v in root.velden},
    )
    pack.__dict__["_voorstel_model"] = model
    return model


def voorstel_schema(pack: Regelpakket) -> dict[str, Any]:
    """JSON Schema of a proposal for this pack, generated from the model."""
    return voorstel_model(pack).model_json_schema()


# ---------------------------------------------------------------------------------------------
# The validator: Dutch (and English) problems with a field path
# ---------------------------------------------------------------------------------------------

_TYPE_NAMES = {
    "str": ("tekst", "text"), "int": ("getal", "number"), "float": ("getal", "number"),
    "bool": ("true/false", "true/false"), "list": ("lijst", "list"), "dict": ("object", "object"),
    "NoneType": ("null", "null"),
}


def _type_name(value: Any) -> tuple[str, str]:
    return _TYPE_NAMES.get(type(value).__name__, (type(value).__name__, type(value).__name__))


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _object(veld: Veld, data: Any, loc: tuple, problems: list[Probleem]) -> dict[str, Any] | None:
    path = json_pad(loc)
    if not isinstance(data, Mapping):  # any mapping, as pydantic accepts for a model
        nl, en = _type_name(data)
        problems.append(Probleem(path, f"verwacht een object {{...}} voor {path or 'het voorstel'}, kreeg {nl}",
                                 f"expected an object {{...}} for {path or 'the proposal'}, got {en}"))
        return None
    out: dict[str, Any] = {}
    for v in veld.velden:
        if v.naam in data:
            out[v.naam] = _value(v, data[v.naam], loc + (v.naam,), problems)
        elif v.verplicht:
            problems.append(Probleem(json_pad(loc + (v.naam,)), "verplicht veld ontbreekt",
                                     "required field is missing"))
        else:
            out[v.naam] = v.leeg()
    allowed = veld.namen  # type: ignore[attr-defined]
    for key in data:
        if key not in allowed:
            key = _plain(key)
            problems.append(_unknown(str(key), list(allowed), json_pad(loc + (key,))))
    return out


def _plain(value: Any) -> Any:
    """A str subclass (a str-Enum member, say) as the plain str it holds, as pydantic gives it."""
    return str.__str__(value) if isinstance(value, str) else value


def _unknown(key: str, allowed: list[str], path: str) -> Probleem:
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return Probleem(path, f"onbekend veld '{key}'; bedoelde u '{close[0]}'?",
                        f"unknown field '{key}'; did you mean '{close[0]}'?")
    return Probleem(path, f"onbekend veld '{key}'; toegestaan: {', '.join(allowed)}",
                    f"unknown field '{key}'; allowed: {', '.join(allowed)}")


def _value(v: Veld, value: Any, loc: tuple, problems: list[Probleem]) -> Any:
    if value is None and v.leeg_mag:
        return None
    if v.soort == "object":
        return _object(v, value, loc, problems)
    if v.soort == "tekst":
        text = None
        if isinstance(value, str):
            text = str.__str__(value)
        elif isinstance(value, (bytes, bytearray)):  # pydantic's lax mode: UTF-8 text
            try:
                text = bytes(value).decode("utf-8")
            except UnicodeDecodeError:
                pass
        if text is not None:
            if v.max_lengte is not None and len(text) > v.max_lengte:
                problems.append(Probleem(json_pad(loc), f"tekst is te lang: {len(text)} tekens, hoogstens {v.max_lengte}",
                                         f"text is too long: {len(text)} characters, at most {v.max_lengte}"))
                return None
            return text
        nl, en = _type_name(value)
        problems.append(Probleem(json_pad(loc), f"verwacht tekst, kreeg {nl}", f"expected text, got {en}"))
        return None
    if isinstance(value, str) and value in v.keuzes:
        return v.keuzes[v.keuzes.index(value)]
    problems.append(_invalid_choice(v.keuzes, value, json_pad(loc)))
    return None


# answers people type in English or as a truth value: suggested, never accepted
_SYNONIEMEN = {"yes": "ja", "y": "ja", "true": "ja", "no": "nee", "n": "nee", "false": "nee",
               "partly": "deels", "partial": "deels", "gedeeltelijk": "deels", "unknown": "onbekend",
               "?": "onbekend", "weet niet": "onbekend"}


def _invalid_choice(options: tuple[str, ...], value: Any, path: str) -> Probleem:
    choices = ", ".join(options)
    close: list[str] = []
    if isinstance(value, str):
        lowered = value.strip().lower()
        lowered = _SYNONIEMEN.get(lowered, lowered)
        close = [lowered] if lowered in options else difflib.get_close_matches(value, options, n=1, cutoff=0.75)
    if close:
        return Probleem(path, f"ongeldige waarde {_show(value)}; bedoelde u '{close[0]}'? (kies uit: {choices})",
                        f"invalid value {_show(value)}; did you mean '{close[0]}'? (choose from: {choices})")
    return Probleem(path, f"ongeldige waarde {_show(value)}; kies uit: {choices}",
                    f"invalid value {_show(value)}; choose from: {choices}")


def lees_voorstel(data: Any, pack: Regelpakket) -> dict[str, Any]:
    """Validate ``data`` (a dict from JSON, or a pydantic proposal model) against the pack's
    contract and return the proposal as plain data, every absent field at its default.

    Raises :class:`InvoerFout` with one :class:`Probleem` per wrong field.
    """
    if not isinstance(data, dict) and hasattr(data, "model_dump"):
        data = data.model_dump(exclude_none=True)
    problems: list[Probleem] = []
    out = _object(contract(pack), data, (), problems)
    if problems:
        raise InvoerFout(problems)
    return out  # type: ignore[return-value]
