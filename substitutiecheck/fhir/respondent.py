"""Who answered: the respondent's role (and optionally name and organisation) in a
QuestionnaireResponse, until the proposal contract carries ``respondent`` itself.

The form (``export formulier``) asks for it in a group ``sectie:respondent`` with the linkIds
``respondent.rol`` (a choice from :data:`ROLLEN`, CodeSystem ``.../CodeSystem/rol``),
``respondent.naam`` and ``respondent.organisatie`` (free text) - the field paths the proposal will
have, so the same response reads the same once the contract knows them. ``check`` reads these
items back (:func:`lees`): a role that is not in the list is an input error with its path; when
the active pack's proposal contract has a ``respondent`` field, the respondent goes into the
proposal, otherwise it is checked and left out (it does not change the advice).

When the pack's questionnaire asks these questions itself, they are ordinary questions and this
module stands aside (:func:`eigen`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import Melding, melding
from ..pack import Regelpakket
from ..questionnaire.data import Vragenlijst
from .common import codesystem_url

SECTIE = "sectie:respondent"
ROL, NAAM, ORGANISATIE = "respondent.rol", "respondent.naam", "respondent.organisatie"
VELDEN = (ROL, NAAM, ORGANISATIE)
MAX_TEKST = 200
SYSTEEM = codesystem_url("rol")

# Product choice (substitutiecheck): the parties at a regional table, as listed in issue 17. The
# rule pack carries the list (partijen.json, :func:`rollen`); this copy is the national pack's,
# for callers without a pack (a test holds the two equal).
ROLLEN: tuple[tuple[str, Mapping[str, str]], ...] = (
    ("huisarts", {"nl": "Huisarts", "en": "General practitioner"}),
    ("poh", {"nl": "Praktijkondersteuner (POH)", "en": "Practice nurse (POH)"}),
    ("medisch_specialist", {"nl": "Medisch specialist", "en": "Medical specialist"}),
    ("ziekenhuis", {"nl": "Ziekenhuis (bestuur of management)", "en": "Hospital (management)"}),
    ("zorgverzekeraar", {"nl": "Zorgverzekeraar", "en": "Health insurer"}),
    ("zorggroep", {"nl": "Zorggroep", "en": "Care group (zorggroep)"}),
    (
        "patientvertegenwoordiger",
        {"nl": "Patiëntvertegenwoordiger", "en": "Patient representative"},
    ),
    ("wijkverpleging", {"nl": "Wijkverpleging", "en": "District nursing"}),
    ("apotheker", {"nl": "Apotheker", "en": "Pharmacist"}),
    ("gemeente", {"nl": "Gemeente", "en": "Municipality"}),
    ("projectleider", {"nl": "Projectleider", "en": "Project lead"}),
    ("anders", {"nl": "Anders", "en": "Other"}),
)
CODES = tuple(code for code, _ in ROLLEN)

TEKSTEN: Mapping[str, Mapping[str, str]] = {
    "sectie": {"nl": "Wie vult dit in?", "en": "Who is answering?"},
    "intro": {
        "nl": "Uw rol bepaalt hoe uw antwoorden naast die van de andere partijen komen te staan.",
        "en": "Your role tells how your answers stand beside those of the other parties.",
    },
    ROL: {"nl": "Uw rol", "en": "Your role"},
    NAAM: {"nl": "Uw naam (mag leeg blijven)", "en": "Your name (optional)"},
    ORGANISATIE: {
        "nl": "Uw organisatie (mag leeg blijven)",
        "en": "Your organisation (optional)",
    },
}


def rollen(pack: Regelpakket | None = None) -> tuple[tuple[str, Mapping[str, str]], ...]:
    """The roles of ``pack`` (partijen.json), or :data:`ROLLEN` without a pack."""
    if pack is None:
        return ROLLEN
    from ..partijen import partijregels

    return tuple((r.id, r.naam) for r in partijregels(pack).rollen)


def eigen(vl: Vragenlijst) -> bool:
    """Whether the pack's questionnaire asks for the respondent itself."""
    return any(q.id == ROL for q in vl.vragen)


def in_contract(pack: Regelpakket) -> bool:
    """Whether the proposal contract of ``pack`` has a ``respondent`` field."""
    from ..model import contract

    return "respondent" in getattr(contract(pack), "namen", ())


def rol_naam(code: str, taal: str) -> str:
    for c, naam in ROLLEN:
        if c == code:
            return naam.get(taal) or naam["nl"]
    return code


def fout(link: str, waarde: Any, pack: Regelpakket | None = None) -> Melding | None:
    """What is wrong with an answer ``waarde`` (the answer's value[x] dict) to ``link``, or
    None when it is fine."""
    if link == ROL:
        waarden = [k for k in waarde if k.startswith("value")] if isinstance(waarde, dict) else []
        if waarden != ["valueCoding"]:  # as any choice question says it (was 'onbekende rol None')
            return melding(
                "fhir.vraag.soort",
                vraag=link,
                soort=melding("fhir.soort.keuze"),
                veld="valueCoding",
                kreeg=", ".join(waarden) or melding("fhir.geen_value"),
            )
        coding = waarde["valueCoding"]
        code = coding.get("code") if isinstance(coding, dict) else None
        if not isinstance(code, str):
            return melding("fhir.vraag.code_ontbreekt", vraag=link)
        codes = tuple(c for c, _ in rollen(pack))
        if code not in codes:
            return melding("fhir.rol.onbekend", vraag=link, rol=repr(code), keuzes=", ".join(codes))
        return None
    text = waarde.get("valueString") if isinstance(waarde, dict) else None
    if not isinstance(text, str) or len(text) > MAX_TEKST:
        return melding("fhir.rol.tekst", vraag=link, max=MAX_TEKST)
    return None


def waarde(link: str, antwoord: Mapping[str, Any]) -> str:
    """The value of a valid answer (see :func:`fout`)."""
    if link == ROL:
        return str(antwoord["valueCoding"]["code"])
    return str(antwoord["valueString"]).strip()


def als_object(antwoorden: Mapping[str, str]) -> dict[str, str]:
    """``{rol, naam?, organisatie?}`` from the answers by linkId (empty texts left out)."""
    return {link.split(".", 1)[1]: v for link, v in antwoorden.items() if v}
