"""FHIR: the questionnaire as an R4 Questionnaire, proposals as QuestionnaireResponses, and
responses read back by ``check`` (issue 7). Library level; the commands are in test_fhir_cli.py.

``fhir.resources`` (a test dependency) checks the structure against its R4B (4.3.0) models,
which equal R4 for Questionnaire and QuestionnaireResponse. It does not check code bindings or
invariants, so the tests below check those that matter (que-1, -2, -6, -11, -12) themselves.
"""

from __future__ import annotations

import itertools
import json

import pytest
from conftest import EXAMPLES, ROOT

from substitutiecheck import InvoerFout, conditions, evaluate, evaluation, laad_regelpakket
from substitutiecheck.fhir import (
    antwoorden,
    questionnaire,
    questionnaire_url,
    voorstel_uit_antwoorden,
)
from substitutiecheck.fhir.common import ITEM_CONTROL, TRANSLATION, codesystem_url
from substitutiecheck.fhir.questionnaire import enable_when
from substitutiecheck.questionnaire.data import laad_vragenlijst, standaard_bestand

R4B = pytest.importorskip("fhir.resources.R4B")
from fhir.resources.R4B.questionnaire import Questionnaire  # noqa: E402
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse  # noqa: E402

PACKS = {"landelijk": None, "twente": ROOT / "examples" / "regio-twente"}
ITEM_TYPES = {
    "group",
    "display",
    "boolean",
    "decimal",
    "integer",
    "date",
    "dateTime",
    "time",
    "string",
    "text",
    "url",
    "choice",
    "open-choice",
    "attachment",
    "reference",
    "quantity",
}


@pytest.fixture(scope="module")
def packs():
    return {name: laad_regelpakket(path) for name, path in PACKS.items()}


def _items(items):
    for it in items:
        yield it
        yield from _items(it.get("item", []))


def _voorstellen():
    """(name, proposal) for every proposal in examples/voorstellen: files and JSON Lines lines."""
    out = []
    for f in sorted(EXAMPLES.iterdir()):
        if f.suffix == ".json":
            out.append((f.name, json.loads(f.read_text("utf-8"))))
        elif f.suffix == ".jsonl":
            for i, line in enumerate(f.read_text("utf-8").splitlines(), start=1):
                if line.strip():
                    out.append((f"{f.name}:{i}", json.loads(line)))
    return out


VOORSTELLEN = _voorstellen()


# ---------------------------------------------------------------------------------------------
# The Questionnaire
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("taal", ["nl", "en"])
@pytest.mark.parametrize("naam", list(PACKS))
def test_export_validates_as_fhir_and_keeps_the_invariants(packs, naam, taal):
    pack = packs[naam]
    doc = questionnaire(pack, taal)
    Questionnaire.model_validate(doc)  # raises on any structural error
    assert doc["status"] == "active" and doc["language"] == taal
    assert doc["url"] == questionnaire_url(pack)
    assert doc["version"].startswith(f"{pack.naam} {pack.versie} ({pack.hash})")
    items = list(_items(doc["item"]))
    ids = [it["linkId"] for it in items]
    assert len(ids) == len(set(ids)), "que-2: linkIds are unique"
    for it in items:
        assert it["type"] in ITEM_TYPES
        if it["type"] == "group":
            assert it["item"], "que-1: a group has items"
        if it["type"] == "display":
            assert "item" not in it and "required" not in it, "que-1/que-6"
        if len(it.get("enableWhen", [])) > 1:
            assert it["enableBehavior"] in ("all", "any"), "que-12"
        if it.get("answerOption"):
            assert "initial" not in it, "que-11"
            assert sum(bool(o.get("initialSelected")) for o in it["answerOption"]) <= 1
        # every text has the other language as a translation
        ext = it["_text"]["extension"][0]
        assert ext["url"] == TRANSLATION
        assert {e["url"] for e in ext["extension"]} == {"lang", "content"}
        assert ext["extension"][0]["valueCode"] == ("en" if taal == "nl" else "nl")


@pytest.mark.parametrize("naam", list(PACKS))
def test_export_has_every_question_of_the_questionnaire_in_its_section(packs, naam):
    pack = packs[naam]
    vl = laad_vragenlijst(pack)
    doc = questionnaire(pack)
    groups = {g["linkId"]: g for g in doc["item"]}
    assert all(g["type"] == "group" for g in doc["item"])
    for q in vl.vragen:
        group = groups[f"sectie:{q.sectie.id}"]
        item = next(it for it in group["item"] if it["linkId"] == q.id)
        assert item["text"] == q.tekst["nl"]
        if q.type == "keuze":
            assert item["type"] == "choice"
            codes = [o["valueCoding"]["code"] for o in item["answerOption"]]
            assert codes == [k.waarde for k in q.keuzes if k.waarde]
        else:
            assert item["type"] in ("string", "text")
        help_item = item["item"][0]
        assert help_item["type"] == "display" and help_item["linkId"] == f"{q.id}:uitleg"
        assert help_item["extension"][0]["url"] == ITEM_CONTROL
        assert help_item["extension"][0]["valueCodeableConcept"]["coding"][0]["code"] == "help"
        assert q.hulp["nl"] in help_item["text"]
    if naam == "twente":  # the regional pack's extra randvoorwaarde is asked, in its group
        assert "randvoorwaarden.bestuurlijk_commitment" in {
            it["linkId"] for it in _items(doc["item"])
        }


def test_codes_come_from_our_codesystems(pack):
    doc = questionnaire(pack)
    by_id = {it["linkId"]: it for it in _items(doc["item"])}
    system = lambda qid: {o["valueCoding"]["system"] for o in by_id[qid]["answerOption"]}  # noqa: E731
    assert system("patientgroep.categorie") == {codesystem_url("categorie")}
    assert system("samenwerkingsvorm") == {codesystem_url("samenwerkingsvorm")}
    assert system("financiering") == {codesystem_url("financiering")}
    assert system("randvoorwaarden.ict") == {codesystem_url("antwoord")}
    assert system("patientgroep.hoog_risico") == {codesystem_url("antwoord")}
    assert by_id["patientgroep.categorie"]["required"] is True
    assert (
        by_id["patientgroep.omschrijving"]["type"] == "text"
        and by_id["patientgroep.omschrijving"]["maxLength"] == 2000  # the model's limit
    )
    assert by_id["titel"]["type"] == "text" and by_id["titel"]["maxLength"] == 500  # the model's
    # what the terminal questionnaire preselects is initialSelected
    selected = [
        o["valueCoding"]["code"]
        for o in by_id["financiering"]["answerOption"]
        if o.get("initialSelected")
    ]
    assert selected == ["onbekend"]


def test_conditional_questions_have_enable_when(pack):
    doc = questionnaire(pack)
    by_id = {it["linkId"]: it for it in _items(doc["item"])}
    for element in ("gedeelde_ambitie", "belangen", "relatie", "organisatie", "proces"):
        assert by_id[f"samenwerking.{element}"]["enableWhen"] == [
            {
                "question": "samenwerking",
                "operator": "=",
                "answerCoding": {"system": codesystem_url("antwoord"), "code": "ja"},
            }
        ]
        assert "enableBehavior" not in by_id[f"samenwerking.{element}"]


def test_english_primary_text_with_dutch_translation(pack):
    doc = questionnaire(pack, "en")
    assert doc["title"] == "Questionnaire substitution of care"
    assert (
        doc["_title"]["extension"][0]["extension"][1]["valueString"]
        == "Vragenlijst substitutie van zorg"
    )
    ict = next(it for it in _items(doc["item"]) if it["linkId"] == "randvoorwaarden.ict")
    assert ict["answerOption"][0]["valueCoding"]["display"] == "yes"
    assert (
        ict["answerOption"][0]["valueCoding"]["_display"]["extension"][0]["extension"][1][
            "valueString"
        ]
        == "ja"
    )


# ---------------------------------------------------------------------------------------------
# Conditions -> enableWhen: same answer as the condition language, or honestly not expressed
# ---------------------------------------------------------------------------------------------

CAT, VORM = "patientgroep.categorie", "samenwerkingsvorm"
EXPRESSIBLE = [
    {"veld": CAT, "is": "overig"},
    {"veld": CAT, "is_niet": "overig"},
    {"veld": CAT, "in": ["overig", "diabetes"]},
    {"veld": CAT, "niet_in": ["overig", "diabetes"]},
    {"niet": {"veld": CAT, "in": ["overig", "kno"]}},
    {"alle": [{"veld": CAT, "is_niet": "overig"}, {"veld": VORM, "niet_in": ["mdo", "vsv"]}]},
    {"een_van": [{"veld": CAT, "in": ["kno", "overig"]}, {"veld": VORM, "is": "mdo"}]},
    {"niet": {"alle": [{"veld": CAT, "is": "kno"}, {"veld": VORM, "is": "mdo"}]}},
]
NOT_EXPRESSIBLE = [
    {"alle": [{"veld": CAT, "in": ["kno", "overig"]}, {"veld": VORM, "in": ["mdo", "vsv"]}]},
    {
        "een_van": [
            {"veld": CAT, "is": "kno"},
            {"alle": [{"veld": VORM, "is": "mdo"}, {"veld": CAT, "is": "overig"}]},
        ]
    },
]


def _fhir_enabled(ews, behaviour, answers):
    def one(ew):
        value = answers.get(ew["question"])
        target = ew["answerCoding"]["code"]
        return value == target if ew["operator"] == "=" else value != target

    results = [one(ew) for ew in ews]
    return any(results) if behaviour == "any" else all(results)


@pytest.mark.parametrize("cond", EXPRESSIBLE, ids=lambda c: conditions.beschrijf(c))
def test_enable_when_agrees_with_the_condition_language(pack, cond):
    vl = laad_vragenlijst(pack)
    ews, behaviour = enable_when(cond, vl)
    assert len(ews) == 1 or behaviour in ("all", "any")
    domain = {
        CAT: ["kno", "overig", "diabetes", "dermatologie"],
        VORM: ["mdo", "vsv", "meekijkconsult"],
    }
    for combo in itertools.product(*domain.values()):
        answers = dict(zip(domain, combo, strict=True))
        assert _fhir_enabled(ews, behaviour, answers) == conditions.holds(cond, answers.get), (
            answers
        )


@pytest.mark.parametrize("cond", NOT_EXPRESSIBLE, ids=lambda c: conditions.beschrijf(c))
def test_nested_conditions_are_not_forced_into_enable_when(pack, cond):
    assert enable_when(cond, laad_vragenlijst(pack)) is None


def test_an_inexpressible_condition_is_named_in_the_help_text(pack, tmp_path):
    data = json.loads(standaard_bestand().read_text("utf-8"))
    vragen = data["secties"][1]["vragen"]
    omschrijving = next(v for v in vragen if v.get("id") == "patientgroep.omschrijving")
    omschrijving["als"] = {
        "alle": [{"veld": CAT, "in": ["kno", "overig"]}, {"veld": "regio", "in": ["a", "b"]}]
    }
    path = tmp_path / "vragenlijst.json"
    path.write_text(json.dumps(data), "utf-8")
    doc = questionnaire(pack, vragenlijst=laad_vragenlijst(pack, path))
    item = next(it for it in _items(doc["item"]) if it["linkId"] == "patientgroep.omschrijving")
    assert "enableWhen" not in item
    assert (
        "Alleen van toepassing als: (patientgroep.categorie is een van 'kno', 'overig' en regio"
        in item["item"][0]["text"]
    )
    Questionnaire.model_validate(doc)


# ---------------------------------------------------------------------------------------------
# Round trip: proposal -> QuestionnaireResponse -> the same report
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("naam", list(PACKS))
@pytest.mark.parametrize("bron,voorstel", VOORSTELLEN, ids=[b for b, _ in VOORSTELLEN])
def test_round_trip_gives_the_same_report(packs, naam, bron, voorstel):
    pack = packs[naam]
    response = antwoorden(voorstel, pack)
    QuestionnaireResponse.model_validate(response)
    assert response["questionnaire"].split("|")[0] == questionnaire_url(pack)
    assert voorstel_uit_antwoorden(json.loads(json.dumps(response)), pack) == voorstel
    for taal in ("nl", "en"):
        assert (
            evaluate(response, regels=pack, taal=taal).naar_dict()
            == evaluation.evaluate(voorstel, pack, taal).naar_dict()
        )


def test_an_empty_samenwerking_part_survives(pack):
    voorstel = {"patientgroep": {"categorie": "kno"}, "samenwerking": {}}
    response = antwoorden(voorstel, pack)
    assert _item(response, "samenwerking")["answer"][0]["valueCoding"]["code"] == "ja"
    assert voorstel_uit_antwoorden(response, pack) == voorstel


def test_a_flat_response_without_groups_is_read_too(pack, voorbeeld):
    """Form tools differ in how they nest; answers are found by linkId at any depth."""
    response = antwoorden(voorbeeld, pack)
    response["item"] = [it for group in response["item"] for it in group["item"]]
    assert voorstel_uit_antwoorden(response, pack) == voorbeeld


def test_english_response_reads_back_the_same(pack, voorbeeld):
    response = antwoorden(voorbeeld, pack, "en")
    assert response["language"] == "en"
    assert voorstel_uit_antwoorden(response, pack) == voorbeeld


def test_a_proposal_without_answers_leaves_them_out(pack):
    minimal = {"patientgroep": {"categorie": "diabetes"}}
    response = antwoorden(minimal, pack)
    linkids = [it["linkId"] for it in _items(response["item"])]
    assert "patientgroep.categorie" in linkids and "randvoorwaarden.ict" not in linkids
    assert voorstel_uit_antwoorden(response, pack) == minimal
    assert (
        evaluate(response, regels=pack).naar_dict()
        == evaluation.evaluate(minimal, pack).naar_dict()
    )


# ---------------------------------------------------------------------------------------------
# Broken and foreign responses
# ---------------------------------------------------------------------------------------------


def _item(doc, link):
    return next(it for it in _items(doc["item"]) if it["linkId"] == link)


def _rename(link, new):
    def f(doc):
        _item(doc, link)["linkId"] = new

    return f


def _answer(link, answer):
    def f(doc):
        _item(doc, link)["answer"] = answer

    return f


def _drop(link):
    def f(doc):
        for group in doc["item"]:
            group["item"] = [it for it in group["item"] if it["linkId"] != link]
        doc["item"] = [g for g in doc["item"] if g["item"]]

    return f


def _set(key, value):
    def f(doc):
        if value is None:
            doc.pop(key, None)
        else:
            doc[key] = value

    return f


BROKEN = [
    (
        "onbekende vraag",
        _rename("randvoorwaarden.ict", "randvoorwaarden.ictt"),
        "item[7].item[0].linkId",
        "onbekende vraag 'randvoorwaarden.ictt'; bedoelde u 'randvoorwaarden.ict'?",
    ),
    (
        "verkeerd antwoordtype",
        _answer("randvoorwaarden.ict", [{"valueString": "ja"}]),
        "item[7].item[0].answer[0]",
        "vraag 'randvoorwaarden.ict': verwacht een keuze (valueCoding), kreeg valueString",
    ),
    (
        "tekst als keuze",
        _answer("titel", [{"valueCoding": {"code": "x"}}]),
        "item[0].item[0].answer[0]",
        "vraag 'titel': verwacht tekst (valueString), kreeg valueCoding",
    ),
    (
        "onbekende code",
        _answer("randvoorwaarden.ict", [{"valueCoding": {"code": "misschien"}}]),
        "item[7].item[0].answer[0].valueCoding.code",
        "vraag 'randvoorwaarden.ict': onbekende code 'misschien'; kies uit: ja, deels, nee, onbekend",
    ),
    (
        "tikfout in code",
        _answer("patientgroep.categorie", [{"valueCoding": {"code": "dermatolgie"}}]),
        "item[1].item[0].answer[0].valueCoding.code",
        "vraag 'patientgroep.categorie': onbekende code 'dermatolgie'; bedoelde u 'dermatologie'?",
    ),
    (
        "vreemd codesysteem",
        _answer(
            "randvoorwaarden.ict",
            [{"valueCoding": {"system": "http://snomed.info/sct", "code": "ja"}}],
        ),
        "item[7].item[0].answer[0].valueCoding.system",
        "vraag 'randvoorwaarden.ict': onbekend codesysteem 'http://snomed.info/sct'; "
        "verwacht 'https://substitutiecheck.nl/fhir/CodeSystem/antwoord'",
    ),
    (
        "twee antwoorden",
        _answer(
            "randvoorwaarden.ict",
            [{"valueCoding": {"code": "ja"}}, {"valueCoding": {"code": "nee"}}],
        ),
        "item[7].item[0].answer",
        "vraag 'randvoorwaarden.ict': 2 antwoorden; deze vraag heeft er één",
    ),
    (
        "categorie ontbreekt",
        _drop("patientgroep.categorie"),
        "item",
        "verplichte vraag 'patientgroep.categorie' is niet beantwoord",
    ),
    (
        "ander resourceType",
        _set("resourceType", "Patient"),
        "resourceType",
        "resourceType 'Patient' wordt niet ondersteund; verwacht een voorstel of een QuestionnaireResponse",
    ),
    (
        "vragenlijst ontbreekt",
        _set("questionnaire", None),
        "questionnaire",
        "ontbreekt; verwacht de vragenlijst "
        "'https://substitutiecheck.nl/fhir/Questionnaire/substitutiecheck-landelijk'",
    ),
    (
        "vreemde vragenlijst",
        _set("questionnaire", "http://example.org/Questionnaire/phq-9|1"),
        "questionnaire",
        "'http://example.org/Questionnaire/phq-9' is geen vragenlijst van substitutiecheck",
    ),
    (
        "ander regelpakket",
        _set(
            "questionnaire",
            "https://substitutiecheck.nl/fhir/Questionnaire/substitutiecheck-twente-voorbeeld",
        ),
        "questionnaire",
        "is de vragenlijst van een ander regelpakket; het actieve pakket is 'landelijk'",
    ),
    (
        "niet van toepassing",
        _answer("samenwerking", [{"valueCoding": {"code": "nee"}}]),
        "item[8].item[1]",
        "vraag 'samenwerking.gedeelde_ambitie' is beantwoord maar niet van toepassing "
        "(alleen als samenwerking is 'ja')",
    ),
    (
        "linkId ontbreekt",
        lambda d: _item(d, "regio").pop("linkId"),
        "item[0].item[1].linkId",
        "linkId ontbreekt",
    ),
    ("item geen lijst", _set("item", {"linkId": "titel"}), "item", "verwacht een lijst [...]"),
]


@pytest.mark.parametrize("wijzig,pad,bericht", [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_response_is_a_dutch_error_with_path_and_link_id(
    pack, voorbeeld, wijzig, pad, bericht
):
    doc = antwoorden(voorbeeld, pack)
    wijzig(doc)
    with pytest.raises(InvoerFout) as exc:
        evaluate(doc, regels=pack)
    problems = [(p.pad, p.nl) for p in exc.value.problemen]
    assert any(p == pad and bericht in nl for p, nl in problems), problems
    assert all(p.en for p in exc.value.problemen)


def test_every_fault_is_reported_at_once(pack, voorbeeld):
    doc = antwoorden(voorbeeld, pack)
    _rename("randvoorwaarden.ict", "ictt")(doc)
    _answer("randvoorwaarden.afspraken", [{"valueCoding": {"code": "soms"}}])(doc)
    with pytest.raises(InvoerFout) as exc:
        voorstel_uit_antwoorden(doc, pack)
    assert len(exc.value.problemen) == 2


def test_another_version_of_our_questionnaire_is_accepted(pack, voorbeeld):
    doc = antwoorden(voorbeeld, pack)
    doc["questionnaire"] = (
        questionnaire_url(pack) + "|landelijk 0.9.0 (sha256:0000); vragenlijst 0.1"
    )
    assert voorstel_uit_antwoorden(doc, pack) == voorbeeld


def test_a_questionnaire_is_not_a_proposal(pack):
    with pytest.raises(InvoerFout, match="resourceType 'Questionnaire' wordt niet ondersteund"):
        evaluate(questionnaire(pack), regels=pack)


def test_the_evaluator_takes_proposals_only_and_the_input_layer_converts(pack, voorbeeld):
    """The core knows no adapter (issue 15): a QuestionnaireResponse given straight to the
    evaluator is an unknown proposal field; through the input layer (as check and evaluate()
    read it) it is the proposal it answers."""
    from substitutiecheck.inputs import als_voorstel

    response = antwoorden(voorbeeld, pack)
    with pytest.raises(InvoerFout) as exc:
        evaluation.evaluate(response, pack)
    assert any(p.pad == "resourceType" for p in exc.value.problemen)
    assert als_voorstel(response, pack) == voorbeeld
    assert als_voorstel(voorbeeld, pack) is voorbeeld
