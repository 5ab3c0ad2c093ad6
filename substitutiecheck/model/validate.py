"""The validator every evaluation uses, :func:`lees_voorstel`: Dutch (and English) problems with
a field path, and a suggestion for a near miss."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from ..errors import InvoerFout, Melding, Probleem, json_pad, melding, probleem
from ..pack.model import Regelpakket
from ..runtime import runtime_for
from ..suggest import closest, hint
from .contract import contract
from .fields import Veld

_TYPE_NAMES: dict[type, str] = {
    str: "soort.str",
    int: "soort.int",
    float: "soort.float",
    bool: "soort.bool",
    list: "soort.list",
    dict: "soort.dict",
    type(None): "soort.NoneType",
}
"""The kinds of JSON value the catalogue names ('soort.str': tekst / text), by their type."""


def _type_name(value: Any) -> Melding:
    code = _TYPE_NAMES.get(type(value))
    return melding(code) if code else melding("soort.anders", naam=type(value).__name__)


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _object(
    veld: Veld,
    data: Any,
    loc: tuple[str, ...],
    problems: list[Probleem],
    elders: Mapping[str, str] | None = None,
) -> dict[str, Any] | None:
    if not isinstance(data, Mapping):  # any mapping, as pydantic accepts for a model
        path = json_pad(loc)
        problems.append(
            probleem(
                path,
                "voorstel.geen_object",
                waar=path or melding("voorstel.het_voorstel"),
                soort=_type_name(data),
            )
        )
        return None
    out: dict[str, Any] = {}
    found = 0
    for v in veld.velden:
        naam = v.naam
        if naam in data:
            found += 1
            value = data[naam]
            if type(value) is str and value in v.keuze_set:  # the common case: a valid choice
                out[naam] = value
            else:
                out[naam] = _value(v, value, loc + (naam,), problems, elders)
        elif v.verplicht:
            problems.append(probleem(json_pad(loc + (naam,)), "voorstel.verplicht"))
        else:
            out[naam] = v.leeg()
    if found < len(data):  # a key that is no field of this object
        allowed = veld.namen
        for key in data:
            if key not in allowed:
                key = _plain(key)
                problems.append(
                    _unknown(str(key), veld, json_pad(loc + (key,)), json_pad(loc), elders or {})
                )
    return out


def _plain(value: Any) -> Any:
    """A str subclass (a str-Enum member, say) as the plain str it holds, as pydantic gives it."""
    return str.__str__(value) if isinstance(value, str) else value


def _unknown(key: str, veld: Veld, path: str, here: str, elders: Mapping[str, str]) -> Probleem:
    allowed = list(veld.namen)
    if key in elders and elders[key] != here:  # a field in the wrong place: "ict" at the top level
        where = elders[key]
        if where:
            return probleem(path, "voorstel.veld.elders", veld=key, waar=where)
        return probleem(path, "voorstel.veld.hoogste_niveau", veld=key)
    close = _bedoeld(
        key, [(v.naam, tuple(v.titel.values()) if v.titel else ()) for v in veld.velden], 0.6
    )
    if close:
        return probleem(path, "voorstel.veld.bedoeld", veld=key, bedoeld=hint(close))
    return probleem(path, "voorstel.veld.onbekend", veld=key, toegestaan=", ".join(allowed))


def _tekst(v: Veld, value: Any, loc: tuple[str, ...], problems: list[Probleem]) -> str | None:
    text = None
    if isinstance(value, str):
        text = str.__str__(value)
    elif isinstance(value, (bytes, bytearray)):  # pydantic's lax mode: UTF-8 text
        with contextlib.suppress(UnicodeDecodeError):
            text = bytes(value).decode("utf-8")
    if text is None:
        problems.append(probleem(json_pad(loc), "voorstel.tekst.verwacht", soort=_type_name(value)))
    elif v.max_lengte is not None and len(text) > v.max_lengte:
        problems.append(
            probleem(json_pad(loc), "voorstel.tekst.te_lang", lengte=len(text), max=v.max_lengte)
        )
    elif not text.isascii() and not is_utf8(text):  # a lone surrogate: no character, no report
        code = f"\\u{ord(next(c for c in text if not is_utf8(c))):04x}"
        problems.append(probleem(json_pad(loc), "json.losse_surrogaat", teken=code))
    else:
        return text
    return None


def _value(
    v: Veld,
    value: Any,
    loc: tuple[str, ...],
    problems: list[Probleem],
    elders: Mapping[str, str] | None = None,
) -> Any:
    if value is None and v.leeg_mag:
        return None
    if v.soort == "object":
        return _object(v, value, loc, problems, elders)
    if v.soort == "tekst":
        return _tekst(v, value, loc, problems)
    if type(value) is str and value in v.keuzes:  # the common case: a plain str, as it is
        return value
    if isinstance(value, str) and value in v.keuzes:  # a str subclass: the plain str it equals
        return v.keuzes[v.keuzes.index(value)]
    problems.append(_invalid_choice(v, value, json_pad(loc)))
    return None


# answers people type in English or as a truth value: suggested, never accepted
_SYNONIEMEN = {
    "yes": "ja",
    "y": "ja",
    "true": "ja",
    "no": "nee",
    "n": "nee",
    "false": "nee",
    "partly": "deels",
    "partial": "deels",
    "gedeeltelijk": "deels",
    "unknown": "onbekend",
    "?": "onbekend",
    "weet niet": "onbekend",
}


def _gewoon(text: str) -> str:
    """A name as compared for a suggestion: lower case, no accents, every run of other
    characters one '_' ('Keten-DBC' -> 'keten_dbc', 'Patiënt' -> 'patient')."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def _bedoeld(value: str, opties: list[tuple[str, tuple[str, ...]]], cutoff: float) -> str | None:
    """The id a near-miss most likely means, or None: the id written another way ('Keten-DBC'),
    its display name ('Meekijkconsult', 'Meerwaarde voor de patiënt'), a longer form that starts
    or ends with it ('diabetes mellitus'), or a typo of either."""
    gewoon = _gewoon(value)
    if not gewoon:
        return None
    namen: dict[str, str] = {}
    for ident, weergave in opties:
        for naam in (ident, *weergave):
            namen.setdefault(_gewoon(naam), ident)
    namen.pop("", None)
    if gewoon in namen:
        return namen[gewoon]
    langer = [n for n in namen if gewoon.startswith(n + "_") or gewoon.endswith("_" + n)]
    if langer:
        return namen[max(langer, key=len)]
    close = closest(gewoon, namen, cutoff=cutoff)
    return namen[close] if close is not None else None


def _invalid_choice(v: Veld, value: Any, path: str) -> Probleem:
    options = v.keuzes
    choices = ", ".join(options)
    close: list[str] = []
    if isinstance(value, str):
        lowered = value.strip().lower()
        lowered = _SYNONIEMEN.get(lowered, lowered)
        namen = {k: tuple(naam.values()) for k, naam, _ in v.keuze_teksten}
        bedoeld = (
            lowered
            if lowered in options
            else _bedoeld(value, [(k, namen.get(k, ())) for k in options], 0.75)
        )
        close = [bedoeld] if bedoeld else []
    if close:
        return probleem(
            path,
            "voorstel.waarde.bedoeld",
            waarde=_show(value),
            bedoeld=hint(close[0]),
            keuzes=choices,
        )
    return probleem(path, "voorstel.waarde.ongeldig", waarde=_show(value), keuzes=choices)


def is_utf8(text: str) -> bool:
    """``text`` can be written as UTF-8: it holds no lone surrogate ('\\ud800'), which is no
    character and would make every report of it fail to render (the library took one and then
    failed: an adversarial test; JSON input is checked when it is parsed)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def lees_voorstel(data: Any, pack: Regelpakket) -> dict[str, Any]:
    """Validate ``data`` (a dict from JSON, or a pydantic proposal model) against the pack's
    contract and return the proposal as plain data, every absent field at its default.

    Raises :class:`InvoerFout` with one :class:`Probleem` per wrong field.
    """
    if not isinstance(data, dict) and hasattr(data, "model_dump"):
        data = data.model_dump(exclude_none=True)
    runtime = runtime_for(pack)
    snel = runtime.snel
    if snel is None:
        from .snel import snelle_controle

        snel = runtime.snel = snelle_controle(contract(pack))
    valid = snel(data)  # a proposal valid as it stands, in one pass; else None
    if valid is not None:
        return valid  # type: ignore[no-any-return]
    problems: list[Probleem] = []
    try:
        out = _object(contract(pack), data, (), problems, _elders(pack))
    except RecursionError:  # a value nested ~100,000 deep, built in Python (JSON input is limited)
        from ..jsonparse import MAX_DIEPTE

        raise InvoerFout(probleem("", "json.te_diep", max=MAX_DIEPTE)) from None
    if problems or out is None:  # None only for a non-object, which is a problem
        raise InvoerFout(problems)
    return out


def _elders(pack: Regelpakket) -> Mapping[str, str]:
    """Where each field name of the contract lives ('ict' -> 'randvoorwaarden'), for the
    suggestion when a field is in the wrong place. A name used in two places is left out."""
    runtime = runtime_for(pack)
    cached: Mapping[str, str] | None = runtime.elders
    if cached is not None:
        return cached
    plaatsen: dict[str, list[str]] = {}

    def walk(veld: Veld, loc: tuple[str, ...]) -> None:
        for v in veld.velden:
            plaatsen.setdefault(v.naam, []).append(json_pad(loc))
            if v.soort == "object":
                walk(v, loc + (v.naam,))

    walk(contract(pack), ())
    out = {naam: waar[0] for naam, waar in plaatsen.items() if len(waar) == 1}
    runtime.elders = out
    return out
