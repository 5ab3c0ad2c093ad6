"""A proposal as a FHIR R4 ``QuestionnaireResponse``, and a response back to a proposal.

The answers are matched by ``linkId`` (= the proposal field path); groups and display items are
walked through, wherever they are nested. A response is refused, with one problem per fault and
its JSON path (``item[2].item[0].linkId``), when it is not a QuestionnaireResponse, belongs to
another questionnaire (its ``questionnaire`` canonical, without ``|version``, is not ours), names
an unknown question, answers with the wrong type, an unknown code or a foreign code system, answers
a question twice or a question that does not apply, or leaves a required question open.

A different ``|version`` of our own canonical is accepted: the answers are checked one by one
against the active pack, and the report names the pack it used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import conditions
from ..errors import InvoerFout, Probleem, Vertaald, melding, probleem, probleem_uit
from ..pack import Regelpakket
from ..questionnaire.data import Vragenlijst
from ..questionnaire.flow import naar_voorstel
from ..suggest import closest, hint
from . import respondent
from .common import (
    BASIS_URL,
    HULP_SUFFIX,
    INTRO_SUFFIX,
    SECTIE_PREFIX,
    questionnaire_url,
    systeem,
    vragenlijst_voor,
)
from .response_writer import RESPONSE, antwoorden, respondent_groep

__all__ = [
    "RESPONSE",
    "antwoorden",
    "is_fhir",
    "respondent_groep",
    "voorstel_uit_antwoorden",
    "voorstel_uit_fhir",
]


def is_fhir(data: Any) -> bool:
    """Whether ``data`` is a FHIR resource (a JSON object with ``resourceType``)."""
    return isinstance(data, dict) and "resourceType" in data


# ---------------------------------------------------------------------------------------------
# QuestionnaireResponse -> proposal
# ---------------------------------------------------------------------------------------------


def voorstel_uit_fhir(data: Mapping[str, Any], pack: Regelpakket) -> dict[str, Any]:
    """The proposal dict in a FHIR resource read as input (the hook used by ``evaluate``): a
    QuestionnaireResponse is mapped by linkId; any other resourceType is an InvoerFout."""
    return voorstel_uit_antwoorden(data, pack)


class _Lezer:
    def __init__(self, vl: Vragenlijst) -> None:
        self.vl = vl
        self.vragen = {q.id for q in vl.vragen}
        self.structuur = set()
        for s in vl.secties:
            self.structuur |= {SECTIE_PREFIX + s.id, SECTIE_PREFIX + s.id + INTRO_SUFFIX}
        self.structuur |= {q + HULP_SUFFIX for q in self.vragen}
        # the respondent, as the form asks for it (until the questionnaire does: respondent.eigen)
        self.respondent_velden = set() if respondent.eigen(vl) else set(respondent.VELDEN)
        if self.respondent_velden:
            self.structuur |= {respondent.SECTIE, respondent.SECTIE + INTRO_SUFFIX}
        self.respondent: dict[str, str] = {}
        self.problems: list[Probleem] = []
        self.answers: dict[str, str] = {}
        self.paden: dict[str, str] = {}

    def fail(self, pad: str, code: str, **params: object) -> None:
        self.problems.append(probleem_uit(pad, melding(code, **params)))

    def walk(self, items: Any, pad: str) -> None:
        if items is None:
            return
        if not isinstance(items, list):
            self.fail(pad, "fhir.lijst")
            return
        for i, it in enumerate(items):
            self.item(it, f"{pad}[{i}]")

    def item(self, it: Any, pad: str) -> None:
        if not isinstance(it, dict):
            self.fail(pad, "fhir.object")
            return
        link = it.get("linkId")
        if not isinstance(link, str) or not link:
            self.fail(f"{pad}.linkId", "fhir.linkid_ontbreekt")
            return
        answers = it.get("answer")
        if link in self.structuur:
            if answers:
                self.fail(f"{pad}.answer", "fhir.geen_vraag", vraag=link)
            self.walk(it.get("item"), f"{pad}.item")
            return
        if link not in self.vragen:
            if link in self.respondent_velden:
                self.respondent_item(link, answers, pad)
            else:
                self.onbekend(link, pad)
            return
        if link in self.paden:
            self.fail(f"{pad}.linkId", "fhir.vraag.dubbel", vraag=link, elders=self.paden[link])
            return
        self.paden[link] = pad
        self.walk(it.get("item"), f"{pad}.item")
        if answers is None or answers == []:
            return
        if not isinstance(answers, list):
            self.fail(f"{pad}.answer", "fhir.vraag.lijst", vraag=link)
            return
        if len(answers) > 1:
            self.fail(f"{pad}.answer", "fhir.vraag.te_veel", vraag=link, aantal=len(answers))
            return
        self.answer(link, answers[0], f"{pad}.answer[0]")

    def onbekend(self, link: str, pad: str) -> None:
        close = closest(link, self.vragen)
        self.problems.append(
            probleem(
                f"{pad}.linkId",
                "fhir.vraag.onbekend",
                vraag=link,
                hint=hint(close) if close else melding("hint.zie_fhir"),
            )
        )

    def respondent_item(self, link: str, answers: Any, pad: str) -> None:
        if link in self.paden:
            self.fail(f"{pad}.linkId", "fhir.vraag.dubbel", vraag=link, elders=self.paden[link])
            return
        self.paden[link] = pad
        if not answers:
            return
        if not isinstance(answers, list) or len(answers) != 1:
            self.fail(f"{pad}.answer", "fhir.vraag.een_antwoord", vraag=link)
            return
        problem = respondent.fout(link, answers[0], self.vl.pack)
        if problem:
            self.problems.append(probleem_uit(f"{pad}.answer[0]", problem))
        else:
            self.respondent[link] = respondent.waarde(link, answers[0])

    def answer(self, link: str, a: Any, pad: str) -> None:
        if not isinstance(a, dict):
            self.fail(pad, "fhir.vraag.object", vraag=link)
            return
        self.walk(a.get("item"), f"{pad}.item")
        values = [k for k in a if k.startswith("value")]
        q = self.vl.vraag(link)
        want = "valueCoding" if q.type == "keuze" else "valueString"
        if values != [want]:
            self.fail(
                pad,
                "fhir.vraag.soort",
                vraag=link,
                soort=melding("fhir.soort.keuze" if q.type == "keuze" else "fhir.soort.tekst"),
                veld=want,
                kreeg=", ".join(values) or melding("fhir.geen_value"),
            )
            return
        if q.type == "tekst":
            value = a[want]
            if not isinstance(value, str):
                self.fail(f"{pad}.{want}", "fhir.vraag.tekst", vraag=link)
            elif value.strip():
                self.answers[link] = value
            return
        coding = a[want]
        code = coding.get("code") if isinstance(coding, dict) else None
        if not isinstance(code, str):
            self.fail(f"{pad}.{want}.code", "fhir.vraag.code_ontbreekt", vraag=link)
            return
        system = coding.get("system")
        if system is not None and system != systeem(link):
            self.fail(
                f"{pad}.{want}.system",
                "fhir.vraag.codesysteem",
                vraag=link,
                systeem=system,
                verwacht=systeem(link),
            )
            return
        codes = [k.waarde for k in q.keuzes if k.waarde]
        if code not in codes:
            close = closest(code, codes)
            self.problems.append(
                probleem(
                    f"{pad}.{want}.code",
                    "fhir.code.onbekend",
                    vraag=link,
                    code=code,
                    hint=hint(close)
                    if close
                    else melding("hint.kies_uit", keuzes=", ".join(codes)),
                )
            )
            return
        self.answers[link] = code

    def finish(self) -> None:
        def value_of(veld: str) -> Any:
            if veld in self.answers:
                return self.answers[veld]
            v = self.vl.velden.get(veld)
            return v.standaard if v is not None else None

        for q in self.vl.vragen:
            if q.id in self.answers and not conditions.holds(q.als, value_of):
                assert q.als is not None
                self.fail(
                    self.paden[q.id],
                    "fhir.vraag.niet_van_toepassing",
                    vraag=q.id,
                    als=Vertaald(
                        conditions.beschrijf(q.als, "nl"), conditions.beschrijf(q.als, "en")
                    ),
                )
            elif q.verplicht and q.id not in self.answers and conditions.holds(q.als, value_of):
                self.fail("item", "fhir.vraag.verplicht", vraag=q.id)


def voorstel_uit_antwoorden(doc: Mapping[str, Any], pack: Regelpakket) -> dict[str, Any]:
    """The proposal dict in a QuestionnaireResponse for the questionnaire of ``pack``.

    Raises :class:`InvoerFout` with one :class:`Probleem` per fault, each with a JSON path in
    the response and naming the linkId.
    """
    rt = doc.get("resourceType")
    if rt != RESPONSE:
        raise InvoerFout(probleem("resourceType", "fhir.resourcetype", soort=rt, verwacht=RESPONSE))
    vl = vragenlijst_voor(pack)
    ours = questionnaire_url(pack)
    canonical = doc.get("questionnaire")
    if not isinstance(canonical, str) or not canonical:
        raise InvoerFout(probleem("questionnaire", "fhir.questionnaire.ontbreekt", url=ours))
    url = canonical.split("|", 1)[0]
    if url != ours:
        if url.startswith(f"{BASIS_URL}/Questionnaire/"):
            raise InvoerFout(
                probleem(
                    "questionnaire",
                    "fhir.questionnaire.ander_pakket",
                    url=url,
                    pakket=pack.naam,
                    eigen=ours,
                )
            )
        raise InvoerFout(
            probleem("questionnaire", "fhir.questionnaire.vreemd", url=url, eigen=ours)
        )
    if doc.get("status") == "entered-in-error":
        raise InvoerFout(probleem("status", "fhir.ingetrokken"))
    lezer = _Lezer(vl)
    lezer.walk(doc.get("item"), "item")
    if not lezer.problems:
        lezer.finish()
    if lezer.problems:
        raise InvoerFout(list(dict.fromkeys(lezer.problems)))
    voorstel = naar_voorstel(vl, lezer.answers)
    if lezer.respondent and "respondent" not in voorstel and respondent.in_contract(pack):
        voorstel["respondent"] = respondent.als_object(lezer.respondent)
    return voorstel
