"""FHIR R4 (validated against R4B 4.3.0, identical for these resources): the questionnaire as a
``Questionnaire``, a proposal as a ``QuestionnaireResponse``, and a response back to a proposal.

- :mod:`.common`: canonical URLs, the CodeSystems of our ids, texts with a translation extension;
- :mod:`.questionnaire`: :func:`questionnaire` builds the Questionnaire from the questionnaire of
  the active rule pack (``substitutiecheck.questionnaire.data``; no question is derived twice);
- :mod:`.response`: :func:`antwoorden` (proposal -> QuestionnaireResponse) and
  :func:`voorstel_uit_antwoorden` (QuestionnaireResponse -> proposal dict; raises InvoerFout).

Plain dicts in, plain dicts out: no FHIR library at run time (``fhir.resources`` is a test
dependency that checks what we produce).
"""

from __future__ import annotations

from .common import BASIS_URL, codesystem_url, questionnaire_url, vragenlijst_voor
from .questionnaire import questionnaire
from .response import antwoorden, is_fhir, voorstel_uit_antwoorden, voorstel_uit_fhir

__all__ = [
    "BASIS_URL",
    "antwoorden",
    "codesystem_url",
    "is_fhir",
    "questionnaire",
    "questionnaire_url",
    "voorstel_uit_antwoorden",
    "voorstel_uit_fhir",
    "vragenlijst_voor",
]
