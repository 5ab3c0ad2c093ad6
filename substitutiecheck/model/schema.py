"""The pydantic model of a proposal (JSON Schema, typed model for library users)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import t
from ..pack.model import Regelpakket
from ..runtime import runtime_for
from .contract import contract
from .fields import Veld

if TYPE_CHECKING:  # pragma: no cover
    from pydantic import BaseModel


def voorstel_model(pack: Regelpakket, taal: str = "nl") -> type[BaseModel]:
    """The pydantic model of a proposal for this pack (built once per pack and language; the
    language is that of the titles and descriptions in its JSON Schema)."""
    modellen = runtime_for(pack).voorstel_modellen
    cached: type[BaseModel] | None = modellen.get(taal)
    if cached is not None:
        return cached
    from typing import Literal, Optional

    from pydantic import ConfigDict, Field, create_model

    def field(v: Veld) -> tuple[Any, Any]:
        if v.soort == "object":
            velden: dict[str, Any] = {sub.naam: field(sub) for sub in v.velden}
            typ: Any = create_model(
                v.naam.capitalize(), __config__=ConfigDict(extra="forbid", frozen=True), **velden
            )
        elif v.soort == "keuze":
            typ = Literal[v.keuzes]
        else:
            typ = str
        extra: dict[str, Any] = {"max_length": v.max_lengte} if v.max_lengte else {}
        if v.leeg_mag:
            # typing.Optional, not `typ | None`: a runtime value that library users (and the
            # questionnaire test) introspect as typing.Union; `|` on a class gives types.UnionType
            typ = Optional[typ]  # noqa: UP045
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

    velden: dict[str, Any] = {v.naam: field(v) for v in contract(pack).velden}
    model: type[BaseModel] = create_model(
        "Voorstel",
        __config__=ConfigDict(
            extra="forbid",
            frozen=True,
            json_schema_extra={
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "description": (
                    f"Voorstel voor substitutie van zorg (substitutiecheck, regelpakket "
                    f"{pack.naam} {pack.versie})"
                    if taal == "nl"
                    else f"Proposal for substitution of care (substitutiecheck, rule pack "
                    f"{pack.naam} {pack.versie})"
                ),
            },
        ),
        **velden,
    )
    modellen[taal] = model
    return model


def voorstel_schema(pack: Regelpakket, taal: str = "nl") -> dict[str, Any]:
    """JSON Schema of a proposal for this pack, generated from the model: every field and choice
    with its name and meaning (``title``, ``description``) in ``taal``, Dutch by default. The
    titles of the proposal and of its parts are in ``taal`` too (pydantic names them after the
    model classes: 'Voorstel', 'Patientgroep', 'Triple_aim' in English)."""
    doc = voorstel_model(pack, taal).model_json_schema()
    doc["title"] = "Voorstel" if taal == "nl" else "Proposal"
    defs = doc.get("$defs", {})
    for prop in doc.get("properties", {}).values():
        refs = [prop, *prop.get("anyOf", ()), *prop.get("allOf", ())]
        for ref in (r["$ref"].rsplit("/", 1)[-1] for r in refs if "$ref" in r):
            if ref in defs and prop.get("title"):
                defs[ref]["title"] = prop["title"]
    return doc
