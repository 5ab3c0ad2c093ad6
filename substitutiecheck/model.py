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
from .pack import ANTWOORDEN, UITSLUITING_ANTWOORDEN, Regelpakket, t, vul_sjabloon

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
    velden: tuple[Veld, ...] = ()
    verplicht: bool = False
    leeg_mag: bool = False
    standaard: Any = None
    titel: Mapping[str, str] | None = None
    """Display name ({'nl', 'en'}): the schema's ``title``, the id reference's name."""
    uitleg: Mapping[str, str] | None = None
    """One line of meaning ({'nl', 'en'}); ``beschrijving`` (Dutch) when absent."""
    keuze_teksten: tuple[tuple[str, Mapping[str, str], Mapping[str, str]], ...] = ()
    """Per choice of a 'keuze' field from the pack: (id, display name, one line of meaning)."""

    def tekst(self, taal: str) -> tuple[str, str]:
        """(display name, meaning) in ``taal``."""
        titel = t(self.titel, taal) if self.titel else self.naam
        return titel, t(self.uitleg, taal) if self.uitleg else self.beschrijving

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

    def antwoorden(items, tekst_van: str, keuzes=ANTWOORDEN) -> tuple[Veld, ...]:
        return tuple(
            Veld(
                i["id"],
                "keuze",
                t(i[tekst_van], "nl"),
                keuzes=tuple(keuzes),
                standaard="onbekend",
                titel=i["naam"],
                uitleg=_uitleg(i, tekst_van),
            )
            for i in items
        )

    def keuze(
        naam: str, items, standaard: Any = None, leeg_mag: bool = False, verplicht: bool = False
    ) -> Veld:
        nl, en = TEKSTEN[naam]
        return Veld(
            naam,
            "keuze",
            nl["uitleg"],
            keuzes=tuple(i["id"] for i in items),
            standaard=standaard,
            leeg_mag=leeg_mag,
            verplicht=verplicht,
            titel={"nl": nl["titel"], "en": en["titel"]},
            uitleg={"nl": nl["uitleg"], "en": en["uitleg"]},
            keuze_teksten=tuple((i["id"], i["naam"], _keuze_uitleg(naam, i, pack)) for i in items),
        )

    root = Veld(
        "voorstel",
        "object",
        "Voorstel",
        verplicht=True,
        velden=(
            Veld(
                "titel",
                "tekst",
                "Titel van het voorstel",
                leeg_mag=True,
                max_lengte=MAX_TITEL,
                titel={"nl": "Titel", "en": "Title"},
                uitleg={"nl": "Titel van het voorstel", "en": "Title of the proposal"},
            ),
            Veld(
                "regio",
                "tekst",
                "Regio",
                leeg_mag=True,
                max_lengte=MAX_REGIO,
                titel={"nl": "Regio", "en": "Region"},
                uitleg={"nl": "De regio van het voorstel", "en": "The region of the proposal"},
            ),
            Veld(
                "patientgroep",
                "object",
                "De patiëntengroep en de uitsluitingsvragen",
                verplicht=True,
                titel={"nl": "Patiëntengroep", "en": "Patient group"},
                uitleg={
                    "nl": "De patiëntengroep en de uitsluitingsvragen",
                    "en": "The patient group and the exclusion questions",
                },
                velden=(
                    keuze("categorie", pack.categorieen, verplicht=True),
                    Veld(
                        "omschrijving",
                        "tekst",
                        "Korte omschrijving van de patiëntengroep",
                        leeg_mag=True,
                        max_lengte=MAX_OMSCHRIJVING,
                        titel={"nl": "Omschrijving", "en": "Description"},
                        uitleg={
                            "nl": "Korte omschrijving van de patiëntengroep",
                            "en": "Short description of the patient group",
                        },
                    ),
                    *antwoorden(pack.uitsluitingen, "naam", UITSLUITING_ANTWOORDEN),
                ),
            ),
            keuze("samenwerkingsvorm", pack.samenwerkingsvormen, leeg_mag=True),
            keuze("financiering", pack.financiering, standaard="onbekend"),
            Veld(
                "randvoorwaarden",
                "object",
                "Randvoorwaarden; een ontbrekend antwoord telt als 'onbekend'",
                titel={"nl": "Randvoorwaarden", "en": "Preconditions"},
                uitleg={
                    "nl": "Randvoorwaarden; een ontbrekend antwoord telt als 'onbekend'",
                    "en": "Preconditions; a missing answer counts as 'unknown'",
                },
                velden=antwoorden(pack.randvoorwaarden, "vraag"),
            ),
            Veld(
                "samenwerking",
                "object",
                "Kaats & Opheij: vijf elementen van samenwerking (optioneel)",
                titel={
                    "nl": "Samenwerking (Kaats & Opheij)",
                    "en": "Collaboration (Kaats & Opheij)",
                },
                uitleg={
                    "nl": "Kaats & Opheij: vijf elementen van samenwerking (optioneel)",
                    "en": "Kaats & Opheij: five elements of collaboration (optional)",
                },
                velden=antwoorden(pack.elementen, "naam") + _kernvoorwaarde(pack),
                leeg_mag=True,
            ),
            *_voorstel_zelf(pack),
            _respondent(pack),
        ),
    )
    pack.__dict__["_contract"] = root
    return root


TEKSTEN = {
    "categorie": (
        {
            "titel": "Patiëntengroep (Nivel-categorie)",
            "uitleg": "Bij welke categorie van Nivel (2013) hoort de patiëntengroep?",
        },
        {
            "titel": "Patient group (Nivel category)",
            "uitleg": "Which category of Nivel (2013) does the patient group belong to?",
        },
    ),
    "samenwerkingsvorm": (
        {
            "titel": "Samenwerkingsvorm",
            "uitleg": "De gekozen vorm van samenwerking tussen huisarts en ziekenhuis (mag leeg).",
        },
        {
            "titel": "Form of collaboration",
            "uitleg": "The chosen form of collaboration between GP and hospital (may be empty).",
        },
    ),
    "financiering": (
        {
            "titel": "Financieringsroute",
            "uitleg": "Hoe de zorg na de verplaatsing wordt bekostigd.",
        },
        {"titel": "Financing route", "uitleg": "How the care is paid for once it has moved."},
    ),
}
"""Name and meaning of the choice fields the product defines (the choices come from the pack)."""


def _uitleg(item: Mapping[str, Any], tekst_van: str) -> Mapping[str, str]:
    """One line of meaning of an answer field: the question of a randvoorwaarde (and whether it
    blocks), the text of an exclusion, the success signs of a Kaats & Opheij element."""
    if "vraag" in item:
        extra = (
            {"nl": " Blokkerend: 'nee' is no-go.", "en": " Blocking: 'no' means no-go."}
            if item.get("blokkerend") and not item.get("blokkerend_als")
            else {"nl": "", "en": ""}
        )
        return {taal: t(item["vraag"], taal) + extra[taal] for taal in ("nl", "en")}
    if "succes" in item:
        return {
            taal: (
                "Kaats & Opheij-element; sterk als: "
                if taal == "nl"
                else "Kaats & Opheij element; strong when: "
            )
            + ", ".join(item["succes"].get(taal) or item["succes"]["nl"])
            for taal in ("nl", "en")
        }
    return item.get("tekst") or item[tekst_van]


def _keuze_uitleg(veld: str, item: Mapping[str, Any], pack: Regelpakket) -> Mapping[str, str]:
    """One line of meaning of a choice: what the pack says about a category, form or route."""
    if item.get("tekst"):
        return item["tekst"]
    if veld == "categorie":
        geschikt = {
            "ja": (
                "Geschikt voor substitutie (Nivel-lijst: {soort}).",
                "Suited to substitution (Nivel list: {soort}).",
            ),
            "nee": ("Niet geschikt voor substitutie.", "Not suited to substitution."),
        }.get(item.get("geschikt", ""), ("Geschiktheid onderbouwen.", "Suitability to be argued."))
        return {
            "nl": geschikt[0].format(soort=item.get("soort", "")),
            "en": geschikt[1].format(soort=item.get("soort", "")),
        }
    if veld == "samenwerkingsvorm":
        soort = next((s["naam"] for s in pack.soorten if s["id"] == item.get("soort")), None)
        cats = {c["id"]: c["naam"] for c in pack.categorieen}
        out = {}
        for taal, past in (("nl", "past bij"), ("en", "fits")):
            groepen = ", ".join(t(cats[c], taal) for c in item.get("past_bij", ()) if c in cats)
            out[taal] = (t(soort, taal) if soort else str(item.get("soort", ""))) + (
                f"; {past}: {groepen}" if groepen else ""
            )
        return out
    return item.get("toelichting") or item["naam"]


_OPTIONEEL = {
    "nl": " (optioneel; verandert het advies niet)",
    "en": " (optional; never changes the advice)",
}


def _kernvoorwaarde(pack: Regelpakket) -> tuple[Veld, ...]:
    """Kaats & Opheij's core condition, a field of 'samenwerking' when the pack has it."""
    kv = pack.voorstel_zelf.get("kernvoorwaarde")
    if not kv:
        return ()
    return (
        Veld(
            "kernvoorwaarde",
            "keuze",
            t(kv["naam"], "nl")
            + " (optioneel; verandert het advies niet): "
            + t(kv["vraag"], "nl"),
            keuzes=ANTWOORDEN,
            standaard="onbekend",
            titel=kv["naam"],
            uitleg={taal: t(kv["vraag"], taal) + _OPTIONEEL[taal] for taal in ("nl", "en")},
        ),
    )


def _respondent(pack: Regelpakket) -> Veld:
    """Who answered this proposal (issue 17): a role from the pack (partijen.json), and optionally
    a name and an organisation. Never changes the verdict; ``combineer`` sets parties side by side."""
    from .partijen import partijregels

    regels = partijregels(pack)
    rollen = regels.rollen
    wie = {"nl": "Wie dit voorstel invulde", "en": "Who filled in this proposal"}
    return Veld(
        "respondent",
        "object",
        t(regels.rollen_uitleg, "nl") + _OPTIONEEL["nl"],
        leeg_mag=True,
        titel=wie,
        uitleg={taal: t(regels.rollen_uitleg, taal) + _OPTIONEEL[taal] for taal in ("nl", "en")},
        velden=(
            Veld(
                "rol",
                "keuze",
                "De rol van wie antwoordde",
                keuzes=tuple(r.id for r in rollen),
                verplicht=True,
                titel={"nl": "Rol", "en": "Role"},
                uitleg={"nl": "De rol van wie antwoordde", "en": "The role of who answered"},
                keuze_teksten=tuple((r.id, r.naam, r.naam) for r in rollen),
            ),
            Veld(
                "naam",
                "tekst",
                "Naam (optioneel)",
                leeg_mag=True,
                max_lengte=MAX_REGIO,
                titel={"nl": "Naam", "en": "Name"},
                uitleg={"nl": "Naam (optioneel)", "en": "Name (optional)"},
            ),
            Veld(
                "organisatie",
                "tekst",
                "Organisatie (optioneel)",
                leeg_mag=True,
                max_lengte=MAX_REGIO,
                titel={"nl": "Organisatie", "en": "Organisation"},
                uitleg={"nl": "Organisatie (optioneel)", "en": "Organisation (optional)"},
            ),
        ),
    )


def _voorstel_zelf(pack: Regelpakket) -> tuple[Veld, ...]:
    """The optional parts about the proposal itself (DOMAIN §5 Triple Aim, who in the first line):
    objects that may be left out (null) and that no rule tests, so they never change the verdict."""
    vz = pack.voorstel_zelf
    out: list[Veld] = []
    ta, ev = vz.get("triple_aim"), vz.get("evaluatie")
    if ta or ev:
        effecten = tuple(e["id"] for e in ta["effecten"]) if ta else ()
        velden = [
            Veld(
                d["id"],
                "keuze",
                f"Verwacht effect op: {t(d['naam'], 'nl')}",
                keuzes=effecten,
                standaard="onbekend",
                titel=d["naam"],
                uitleg={
                    "nl": f"Verwacht effect op: {t(d['naam'], 'nl')}",
                    "en": f"Expected effect on: {t(d['naam'], 'en')}",
                },
            )
            for d in (ta["doelen"] if ta else ())
        ]
        velden += [
            Veld(
                v["id"],
                "keuze",
                t(v["vraag"], "nl"),
                keuzes=UITSLUITING_ANTWOORDEN,
                standaard="onbekend",
                titel=v["naam"],
                uitleg=v["vraag"],
            )
            for v in (ev["vragen"] if ev else ())
        ]
        out.append(
            Veld(
                "triple_aim",
                "object",
                "Het voorstel zelf: verwacht effect op de drie pijlers van Triple Aim (+, +/-, -, onbekend) "
                "en of een pilot en een evaluatie gepland zijn (optioneel; verandert het advies niet)",
                velden=tuple(velden),
                leeg_mag=True,
                titel={
                    "nl": "Triple Aim en evaluatie van het voorstel",
                    "en": "Triple Aim and evaluation of the proposal",
                },
                uitleg={
                    "nl": "Verwacht effect op de drie pijlers van Triple Aim (+, +/-, -, onbekend) en of een "
                    "pilot en een evaluatie gepland zijn" + _OPTIONEEL["nl"],
                    "en": "Expected effect on the three aims of Triple Aim (+, +/-, -, unknown) and whether "
                    "a pilot and an evaluation are planned" + _OPTIONEEL["en"],
                },
            )
        )
    el = vz.get("eerste_lijn")
    if el:
        velden = [
            Veld(
                z["id"],
                "keuze",
                "Neemt deel: " + t(z["naam"], "nl"),
                keuzes=UITSLUITING_ANTWOORDEN,
                standaard="onbekend",
                titel=z["naam"],
                uitleg=vul_sjabloon(el["vraag"], naam=z["naam"]),
            )
            for z in el["zorgverleners"]
        ]
        sd = el.get("sociaal_domein")
        if sd:
            velden.append(
                Veld(
                    "sociaal_domein",
                    "keuze",
                    t(sd["vraag"], "nl") + " (gevraagd bij: " + ", ".join(sd["categorieen"]) + ")",
                    keuzes=UITSLUITING_ANTWOORDEN,
                    standaard="onbekend",
                    titel=sd["naam"],
                    uitleg=sd["vraag"],
                )
            )
        out.append(
            Veld(
                "eerste_lijn",
                "object",
                "Wie in de eerste lijn deelneemt (ja/nee/onbekend per zorgverlener), en of de gemeente / "
                "het sociaal domein betrokken is (optioneel; verandert het advies niet)",
                velden=tuple(velden),
                leeg_mag=True,
                titel={"nl": "Wie in de eerste lijn", "en": "Who in primary care"},
                uitleg={
                    "nl": "Wie in de eerste lijn deelneemt (ja/nee/onbekend per zorgverlener), en of de "
                    "gemeente / het sociaal domein betrokken is" + _OPTIONEEL["nl"],
                    "en": "Who in primary care takes part (yes/no/unknown per provider), and whether the "
                    "municipality / social domain is involved" + _OPTIONEEL["en"],
                },
            )
        )
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# The pydantic model (JSON Schema, typed model for library users)
# ---------------------------------------------------------------------------------------------


def voorstel_model(pack: Regelpakket, taal: str = "nl") -> type[BaseModel]:
    """The pydantic model of a proposal for this pack (built once per pack and language; the
    language is that of the titles and descriptions in its JSON Schema)."""
    sleutel = "_voorstel_model" if taal == "nl" else f"_voorstel_model_{taal}"
    cached = pack.__dict__.get(sleutel)
    if cached is not None:
        return cached
    from typing import Literal, Optional

    from pydantic import ConfigDict, Field, create_model

    def field(v: Veld) -> tuple[Any, Any]:
        if v.soort == "object":
            typ: Any = create_model(
                v.naam.capitalize(),
                __config__=ConfigDict(extra="forbid", frozen=True),
                **{sub.naam: field(sub) for sub in v.velden},
            )
        elif v.soort == "keuze":
            typ = Literal[v.keuzes]  # type: ignore[valid-type]
        else:
            typ = str
        extra = {"max_length": v.max_lengte} if v.max_lengte else {}
        if v.leeg_mag:
            typ = Optional[typ]
        titel, uitleg = v.tekst(taal)
        kw: dict[str, Any] = {"title": titel, "description": uitleg}
        if v.keuze_teksten:  # every choice with its name and meaning, for an editor to show
            kw["json_schema_extra"] = {
                "oneOf": [
                    {"const": k, "title": t(naam, taal), "description": t(uitleg, taal)}
                    for k, naam, uitleg in v.keuze_teksten
                ]
                + (
                    [
                        {
                            "type": "null",
                            "title": "(nog geen keuze)" if taal == "nl" else "(no choice yet)",
                        }
                    ]
                    if v.leeg_mag
                    else []
                )
            }
        if v.verplicht:
            return typ, Field(**kw, **extra)
        if v.soort == "object" and not v.leeg_mag:
            return typ, Field(default_factory=typ, **kw)
        return typ, Field(default=v.standaard, **kw, **extra)

    root = contract(pack)
    model = create_model(
        "Voorstel",
        __config__=ConfigDict(
            extra="forbid",
            frozen=True,
            json_schema_extra={
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "description": f"Voorstel voor substitutie van zorg (substitutiecheck, regelpakket {pack.naam} {pack.versie})"
                if taal == "nl"
                else f"Proposal for substitution of care (substitutiecheck, rule pack {pack.naam} {pack.versie})",
            },
        ),
        **{v.naam: field(v) for v in root.velden},
    )
    pack.__dict__[sleutel] = model
    return model


def voorstel_schema(pack: Regelpakket, taal: str = "nl") -> dict[str, Any]:
    """JSON Schema of a proposal for this pack, generated from the model: every field and choice
    with its name and meaning (``title``, ``description``) in ``taal``, Dutch by default."""
    return voorstel_model(pack, taal).model_json_schema()


# ---------------------------------------------------------------------------------------------
# The validator: Dutch (and English) problems with a field path
# ---------------------------------------------------------------------------------------------

_TYPE_NAMES = {
    "str": ("tekst", "text"),
    "int": ("getal", "number"),
    "float": ("getal", "number"),
    "bool": ("true/false", "true/false"),
    "list": ("lijst", "list"),
    "dict": ("object", "object"),
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


def _object(
    veld: Veld,
    data: Any,
    loc: tuple,
    problems: list[Probleem],
    elders: Mapping[str, str] | None = None,
) -> dict[str, Any] | None:
    path = json_pad(loc)
    if not isinstance(data, Mapping):  # any mapping, as pydantic accepts for a model
        nl, en = _type_name(data)
        problems.append(
            Probleem(
                path,
                f"verwacht een object {{...}} voor {path or 'het voorstel'}, kreeg {nl}",
                f"expected an object {{...}} for {path or 'the proposal'}, got {en}",
            )
        )
        return None
    out: dict[str, Any] = {}
    for v in veld.velden:
        if v.naam in data:
            out[v.naam] = _value(v, data[v.naam], loc + (v.naam,), problems, elders)
        elif v.verplicht:
            problems.append(
                Probleem(
                    json_pad(loc + (v.naam,)),
                    "verplicht veld ontbreekt",
                    "required field is missing",
                )
            )
        else:
            out[v.naam] = v.leeg()
    allowed = veld.namen  # type: ignore[attr-defined]
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
    allowed = list(veld.namen)  # type: ignore[attr-defined]
    if key in elders and elders[key] != here:  # a field in the wrong place: "ict" at the top level
        where = elders[key]
        return Probleem(
            path,
            f"onbekend veld '{key}' hier; het hoort onder `{where}`"
            if where
            else f"onbekend veld '{key}' hier; het hoort op het hoogste niveau van het voorstel",
            f"unknown field '{key}' here; it belongs under `{where}`"
            if where
            else f"unknown field '{key}' here; it belongs at the top level of the proposal",
        )
    close = _bedoeld(
        key, [(v.naam, tuple(v.titel.values()) if v.titel else ()) for v in veld.velden], 0.6
    )
    if close:
        return Probleem(
            path,
            f"onbekend veld '{key}'; bedoelde u '{close}'?",
            f"unknown field '{key}'; did you mean '{close}'?",
        )
    return Probleem(
        path,
        f"onbekend veld '{key}'; toegestaan: {', '.join(allowed)}",
        f"unknown field '{key}'; allowed: {', '.join(allowed)}",
    )


def _value(
    v: Veld,
    value: Any,
    loc: tuple,
    problems: list[Probleem],
    elders: Mapping[str, str] | None = None,
) -> Any:
    if value is None and v.leeg_mag:
        return None
    if v.soort == "object":
        return _object(v, value, loc, problems, elders)
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
                problems.append(
                    Probleem(
                        json_pad(loc),
                        f"tekst is te lang: {len(text)} tekens, hoogstens {v.max_lengte}",
                        f"text is too long: {len(text)} characters, at most {v.max_lengte}",
                    )
                )
                return None
            return text
        nl, en = _type_name(value)
        problems.append(
            Probleem(json_pad(loc), f"verwacht tekst, kreeg {nl}", f"expected text, got {en}")
        )
        return None
    if isinstance(value, str) and value in v.keuzes:
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
    close = difflib.get_close_matches(gewoon, list(namen), n=1, cutoff=cutoff)
    return namen[close[0]] if close else None


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
        return Probleem(
            path,
            f"ongeldige waarde {_show(value)}; bedoelde u '{close[0]}'? (kies uit: {choices})",
            f"invalid value {_show(value)}; did you mean '{close[0]}'? (choose from: {choices})",
        )
    return Probleem(
        path,
        f"ongeldige waarde {_show(value)}; kies uit: {choices}",
        f"invalid value {_show(value)}; choose from: {choices}",
    )


def lees_voorstel(data: Any, pack: Regelpakket) -> dict[str, Any]:
    """Validate ``data`` (a dict from JSON, or a pydantic proposal model) against the pack's
    contract and return the proposal as plain data, every absent field at its default.

    Raises :class:`InvoerFout` with one :class:`Probleem` per wrong field.
    """
    if not isinstance(data, dict) and hasattr(data, "model_dump"):
        data = data.model_dump(exclude_none=True)
    problems: list[Probleem] = []
    out = _object(contract(pack), data, (), problems, _elders(pack))
    if problems:
        raise InvoerFout(problems)
    return out  # type: ignore[return-value]


def _elders(pack: Regelpakket) -> Mapping[str, str]:
    """Where each field name of the contract lives ('ict' -> 'randvoorwaarden'), for the
    suggestion when a field is in the wrong place. A name used in two places is left out."""
    cached = pack.__dict__.get("_elders")
    if cached is not None:
        return cached
    plaatsen: dict[str, list[str]] = {}

    def walk(veld: Veld, loc: tuple) -> None:
        for v in veld.velden:
            plaatsen.setdefault(v.naam, []).append(json_pad(loc))
            if v.soort == "object":
                walk(v, loc + (v.naam,))

    walk(contract(pack), ())
    out = {naam: waar[0] for naam, waar in plaatsen.items() if len(waar) == 1}
    pack.__dict__["_elders"] = out
    return out
