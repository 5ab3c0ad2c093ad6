"""A proposal as a FHIR R4 ``QuestionnaireResponse`` (see :mod:`.response` for the way back)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import conditions
from ..pack import Regelpakket
from ..questionnaire.flow import uit_voorstel
from . import respondent
from .common import (
    SECTIE_PREFIX,
    questionnaire_url,
    questionnaire_versie,
    systeem,
    vragenlijst_voor,
    zet_tekst,
)

RESPONSE = "QuestionnaireResponse"


def antwoorden(voorstel: Any, pack: Regelpakket, taal: str = "nl") -> dict[str, Any]:
    """The QuestionnaireResponse (a JSON-ready dict) with the answers of ``voorstel`` (a proposal
    dict), for the questionnaire of ``pack``. Raises InvoerFout when the proposal is invalid."""
    vl = vragenlijst_voor(pack)
    answers = uit_voorstel(vl, voorstel, volledig=True)
    groups: list[dict[str, Any]] = []
    by_section: dict[str, dict[str, Any]] = {}

    def value_of(veld: str) -> Any:
        return answers.get(veld, vl.velden[veld].standaard if veld in vl.velden else None)

    for q in vl.vragen:
        value = answers.get(q.id)
        if not value:  # unanswered, or '' (an empty text, no samenwerkingsvorm yet)
            continue
        if not conditions.holds(q.als, value_of):
            # a question that does not apply to this proposal (the social domain for a group it is
            # not asked for): the report ignores the answer, and a response may not carry it
            continue
        group = by_section.get(q.sectie.id)
        if group is None:
            group = {
                "linkId": SECTIE_PREFIX + q.sectie.id,
                "text": q.sectie.titel.get(taal) or q.sectie.titel["nl"],
                "item": [],
            }
            by_section[q.sectie.id] = group
            groups.append(group)
        if q.type == "keuze":
            keuze = q.keuze(value)
            coding: dict[str, Any] = {"system": systeem(q.id), "code": value}
            if keuze is not None:
                zet_tekst(coding, "display", keuze.naam, taal)
            answer: dict[str, Any] = {"valueCoding": coding}
        else:
            answer = {"valueString": value}
        group["item"].append(
            {"linkId": q.id, "text": q.tekst.get(taal) or q.tekst["nl"], "answer": [answer]}
        )
    out = {
        "resourceType": RESPONSE,
        "language": taal,
        "questionnaire": f"{questionnaire_url(pack)}|{questionnaire_versie(vl)}",
        "status": "completed",
        "item": groups,
    }
    resp = voorstel.get("respondent") if isinstance(voorstel, Mapping) else None
    if resp and not respondent.eigen(vl):  # as the form (export formulier) asks for it
        groups.insert(0, respondent_groep(resp, pack, taal))
    return out


def respondent_groep(resp: Mapping[str, Any], pack: Regelpakket, taal: str) -> dict[str, Any]:
    """Who answered (issue 17), as the group the form's respondent section gives (linkIds
    respondent.rol, .naam, .organisatie; the role a code of CodeSystem 'rol'), so that check,
    combineer and export formulier read one shape."""
    from ..partijen import partijregels

    rol = partijregels(pack).rol(resp["rol"])
    items: list[dict[str, Any]] = [
        {
            "linkId": respondent.ROL,
            "text": respondent.TEKSTEN[respondent.ROL].get(taal, ""),
            "answer": [
                {
                    "valueCoding": {
                        "system": respondent.SYSTEEM,
                        "code": rol.id,
                        "display": rol.tekst(taal),
                    }
                }
            ],
        }
    ]
    for link in (respondent.NAAM, respondent.ORGANISATIE):
        value = resp.get(link.split(".", 1)[1])
        if value:
            items.append(
                {
                    "linkId": link,
                    "text": respondent.TEKSTEN[link].get(taal, ""),
                    "answer": [{"valueString": value}],
                }
            )
    return {
        "linkId": respondent.SECTIE,
        "text": respondent.TEKSTEN["sectie"].get(taal, ""),
        "item": items,
    }
