"""The FHIR Questionnaire the form renders: the one ``export fhir`` produces, plus what a partner's
copy needs. No condition is written here: enableWhen comes as it is from
:func:`substitutiecheck.fhir.questionnaire`, and LHC-Forms evaluates it.

- a first group "Wie vult dit in?" with the respondent's role (required), name and organisation
  (:mod:`substitutiecheck.fhir.respondent`), unless the pack's questionnaire asks for it itself;
- with a proposal (``--van``): its title, region, patient group, form and financing as the
  initial answers, ``readOnly`` (a field the proposal leaves open stays open to answer);
- choices with at most :data:`RADIO_MAX` options as radio buttons (itemControl ``radio-button``):
  one Tab into the group, arrow keys to choose, all options visible on a phone; longer lists
  (category, form, financing) stay a searchable list.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from ..fhir import questionnaire
from ..fhir import respondent as resp
from ..fhir.common import (
    INTRO_SUFFIX,
    ITEM_CONTROL,
    ITEM_CONTROL_SYSTEM,
    vragenlijst_voor,
    zet_tekst,
)
from ..pack import Regelpakket
from ..questionnaire.flow import uit_voorstel

VAST = (
    "titel",
    "regio",
    "patientgroep.categorie",
    "patientgroep.omschrijving",
    "samenwerkingsvorm",
    "financiering",
)
"""The fields a proposal fixes for every partner (shown read-only with ``--van``)."""
RADIO_MAX = 5
ENTRY_FORMAT = "http://hl7.org/fhir/StructureDefinition/entryFormat"
PLAATSHOUDERS = {  # the hint inside an empty field (LHC-Forms shows entryFormat there)
    "choice": {"nl": "Kies, of typ om te zoeken", "en": "Choose, or type to search"},
    "string": {"nl": "Typ uw antwoord", "en": "Type your answer"},
    "text": {"nl": "Typ uw antwoord", "en": "Type your answer"},
}


def _control(code: str, display: str) -> dict[str, Any]:
    return {
        "url": ITEM_CONTROL,
        "valueCodeableConcept": {
            "coding": [{"system": ITEM_CONTROL_SYSTEM, "code": code, "display": display}]
        },
    }


def _items(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for it in items:
        yield it
        yield from _items(it.get("item", []))


def respondent_groep(taal: str, pack: Regelpakket | None = None) -> dict[str, Any]:
    """The group that asks who is answering."""
    group: dict[str, Any] = {"linkId": resp.SECTIE}
    zet_tekst(group, "text", resp.TEKSTEN["sectie"], taal)
    group["type"] = "group"
    intro: dict[str, Any] = {"linkId": resp.SECTIE + INTRO_SUFFIX}
    zet_tekst(intro, "text", resp.TEKSTEN["intro"], taal)
    intro["type"] = "display"
    rol: dict[str, Any] = {"linkId": resp.ROL}
    zet_tekst(rol, "text", resp.TEKSTEN[resp.ROL], taal)
    rol["type"] = "choice"
    rol["required"] = True
    options = []
    for code, naam in resp.rollen(pack):
        coding: dict[str, Any] = {"system": resp.SYSTEEM, "code": code}
        zet_tekst(coding, "display", naam, taal)
        options.append({"valueCoding": coding})
    rol["answerOption"] = options
    items = [intro, rol]
    for link in (resp.NAAM, resp.ORGANISATIE):
        item: dict[str, Any] = {"linkId": link}
        zet_tekst(item, "text", resp.TEKSTEN[link], taal)
        item["type"] = "string"
        item["maxLength"] = resp.MAX_TEKST
        items.append(item)
    group["item"] = items
    return group


def vaste_antwoorden(voorstel: Any, pack: Regelpakket) -> dict[str, str]:
    """The answers of :data:`VAST` in ``voorstel`` (a proposal dict; raises InvoerFout when it is
    not a valid proposal). Fields the proposal leaves open are not in the result."""
    answers = uit_voorstel(vragenlijst_voor(pack), voorstel, volledig=False)
    return {k: answers[k] for k in VAST if answers.get(k)}


def _vul_in(item: dict[str, Any], waarde: str) -> None:
    item["readOnly"] = True
    if item["type"] == "choice":
        for option in item["answerOption"]:
            option.pop("initialSelected", None)
            if option["valueCoding"]["code"] == waarde:
                option["initialSelected"] = True
    else:
        item["initial"] = [{"valueString": waarde}]


def formulier_questionnaire(
    pack: Regelpakket, taal: str = "nl", vast: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The Questionnaire of ``pack`` for the form; ``vast``: the answers fixed by a proposal
    (from :func:`vaste_antwoorden`)."""
    doc = copy.deepcopy(questionnaire(pack, taal))
    if not resp.eigen(vragenlijst_voor(pack)):
        doc["item"].insert(0, respondent_groep(taal, pack))
    vast = vast or {}
    for item in _items(doc["item"]):
        if item["type"] == "choice" and len(item["answerOption"]) <= RADIO_MAX:
            item.setdefault("extension", []).append(_control("radio-button", "Radio Button"))
        elif item["type"] in PLAATSHOUDERS:
            hint = PLAATSHOUDERS[item["type"]]
            item.setdefault("extension", []).append(
                {"url": ENTRY_FORMAT, "valueString": hint[taal]}
            )
        if item["linkId"] in vast:
            _vul_in(item, vast[item["linkId"]])
    return doc
