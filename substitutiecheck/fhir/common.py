"""What the Questionnaire and the QuestionnaireResponse share: canonical URLs, which CodeSystem
the values of a field come from, and texts in two languages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..pack import Regelpakket
from ..questionnaire.data import Vragenlijst, laad_vragenlijst
from ..runtime import runtime_for

BASIS_URL = "https://substitutiecheck.nl/fhir"
TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"
ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"

# The CodeSystem of each field with a fixed list of values; every other choice field takes the
# answers ja / deels / nee / onbekend (or a subset) from 'antwoord'.
_SYSTEMEN = {
    "patientgroep.categorie": "categorie",
    "samenwerkingsvorm": "samenwerkingsvorm",
    "financiering": "financiering",
}
SECTIE_PREFIX = "sectie:"
HULP_SUFFIX = ":uitleg"
INTRO_SUFFIX = ":intro"


def codesystem_url(naam: str) -> str:
    return f"{BASIS_URL}/CodeSystem/{naam}"


def systeem(veld: str) -> str:
    """The canonical URL of the CodeSystem the values of ``veld`` come from."""
    return codesystem_url(_SYSTEMEN.get(veld, "antwoord"))


def resource_id(pack: Regelpakket) -> str:
    """A FHIR id ([A-Za-z0-9-.]{1,64}) for the questionnaire of this pack."""
    return f"substitutiecheck-{pack.naam.replace('_', '-')}"[:64]


def questionnaire_url(pack: Regelpakket) -> str:
    """The canonical URL of the questionnaire of this pack (one per pack name)."""
    return f"{BASIS_URL}/Questionnaire/{resource_id(pack)}"


def questionnaire_versie(vl: Vragenlijst) -> str:
    """'<pack> <versie> (<hash>); vragenlijst <versie>': any change in the rules or the
    questionnaire gives another version."""
    p = vl.pack
    return f"{p.naam} {p.versie} ({p.hash}); vragenlijst {vl.versie}"


def vragenlijst_voor(pack: Regelpakket) -> Vragenlijst:
    """The shipped questionnaire expanded for ``pack``, loaded once per pack."""
    runtime = runtime_for(pack)
    cached: Vragenlijst | None = runtime.vragenlijst
    if cached is None:
        cached = runtime.vragenlijst = laad_vragenlijst(pack)
    return cached


def ander(taal: str) -> str:
    return "en" if taal == "nl" else "nl"


def vertaling(taal: str, tekst: str) -> dict[str, Any]:
    return {
        "url": TRANSLATION,
        "extension": [{"url": "lang", "valueCode": taal}, {"url": "content", "valueString": tekst}],
    }


def zet_tekst(obj: dict[str, Any], key: str, tekst: Mapping[str, str], taal: str) -> None:
    """``obj[key]`` = the text in ``taal``; the other language as a translation on ``_key``."""
    obj[key] = tekst.get(taal) or tekst["nl"]
    other = ander(taal)
    if tekst.get(other):
        obj["_" + key] = {"extension": [vertaling(other, tekst[other])]}
