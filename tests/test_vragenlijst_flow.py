"""The questionnaire's flow without a screen: order, progress, back, conditions, dropping the
answers of hidden questions, validation, and saving/resuming."""

from __future__ import annotations

import json

import pytest
from conftest import RANDVOORWAARDEN, SHARED_EXAMPLE

from substitutiecheck.errors import InvoerFout
from substitutiecheck.evaluation import evaluate
from substitutiecheck.i18n import t
from substitutiecheck.questionnaire import Sessie, laad_vragenlijst
from substitutiecheck.questionnaire.flow import naar_voorstel, uit_voorstel
from substitutiecheck.questionnaire.storage import Opslag

KO = [
    "samenwerking.gedeelde_ambitie",
    "samenwerking.belangen",
    "samenwerking.relatie",
    "samenwerking.organisatie",
    "samenwerking.proces",
]
ZELF = [
    "triple_aim",
    "eerste_lijn",
]  # the gates of the last section, 'the proposal itself' (default: skip)
KERN = "samenwerking.kernvoorwaarde"  # asked in that section when Kaats & Opheij is chosen


@pytest.fixture(scope="module")
def vl(pack):
    return laad_vragenlijst(pack)


def walk(s: Sessie, answers: dict[str, str], default: str = "onbekend") -> list[str]:
    """Answer every question the session asks (from ``answers``, else ``default`` when it is a
    choice, else the question's own default, else the first choice); returns the ids asked."""
    asked = []
    while s.huidige is not None:
        q = s.huidige
        asked.append(q.id)
        value = answers.get(q.id)
        if value is None:
            value = (
                ""
                if q.type == "tekst"
                else (default if q.keuze(default) else q.standaard or q.keuzes[0].waarde)
            )
        s.beantwoord(q.id, value)
        assert len(asked) < 100
    return asked


def test_order_and_progress(vl):
    s = Sessie(vl)
    assert s.huidige.id == "titel"
    assert s.voortgang() == (
        1,
        25,
    )  # 25 questions while Kaats & Opheij and the optional parts are not chosen
    asked = walk(s, {"patientgroep.categorie": "diabetes", "samenwerking": "nee"})
    assert asked[:4] == ["titel", "regio", "patientgroep.categorie", "patientgroep.omschrijving"]
    assert asked[9:22] == [f"randvoorwaarden.{r}" for r in RANDVOORWAARDEN]
    assert asked[-3:] == ["samenwerking"] + ZELF and len(asked) == 25
    assert s.huidige is None  # the overview


def test_kaats_opheij_questions_are_asked_only_when_chosen(vl):
    s = Sessie(vl)
    asked = walk(s, {"patientgroep.categorie": "diabetes", "samenwerking": "ja"})
    assert asked[-9:] == ["samenwerking"] + KO + ZELF + [KERN]
    assert s.voortgang(vl.vraag("samenwerking.proces")) == (28, 31)
    s2 = Sessie(vl)
    assert not set(KO) & set(
        walk(s2, {"patientgroep.categorie": "diabetes", "samenwerking": "nee"})
    )


def test_answers_of_questions_that_become_hidden_are_dropped(vl, pack):
    s = Sessie(vl)
    walk(
        s,
        {
            "patientgroep.categorie": "diabetes",
            "samenwerking": "ja",
            **{k: "nee" for k in KO},
            KERN: "deels",
        },
    )
    assert s.voorstel()["samenwerking"] == {
        **{k.split(".")[1]: "nee" for k in KO},
        "kernvoorwaarde": "deels",
    }
    s.ga_naar("samenwerking")
    dropped = s.beantwoord("samenwerking", "nee")
    assert dropped == KO + [KERN]
    assert "samenwerking" not in s.voorstel()
    assert not set(KO) & set(s.antwoorden)
    assert s.huidige is None  # back at the overview after a change from the overview
    assert "samenwerking.gedeelde_ambitie.zwak" not in {
        b.regel for b in evaluate(s.voorstel(), pack).bevindingen
    }


def test_choosing_kaats_opheij_from_the_overview_asks_its_questions_then_returns(vl):
    s = Sessie(vl)
    walk(s, {"patientgroep.categorie": "kno", "samenwerking": "nee"})
    s.ga_naar("samenwerking")
    s.beantwoord("samenwerking", "ja")
    assert s.huidige.id == KO[0]
    assert walk(s, {}) == KO + [KERN]
    assert s.huidige is None


def test_back(vl):
    s = Sessie(vl)
    assert s.terug() is False  # already at the first question
    s.beantwoord("titel", "T")
    s.beantwoord("regio", "R")
    assert s.huidige.id == "patientgroep.categorie"
    assert s.terug() and s.huidige.id == "regio"
    assert s.standaard(s.huidige) == "R"  # the current answer is pre-filled
    assert s.terug() and s.huidige.id == "titel"
    s.beantwoord("titel", "T2")
    assert s.huidige.id == "regio"  # walks forward again, in order
    walk(s, {"patientgroep.categorie": "kno", "samenwerking": "nee"})
    assert s.terug() and s.huidige.id == ZELF[-1]  # from the overview: the last question


def test_back_skips_hidden_questions(vl):
    s = Sessie(vl)
    walk(s, {"patientgroep.categorie": "kno", "samenwerking": "nee"})
    for expected in reversed(["samenwerking"] + ZELF):
        assert (
            s.terug() and s.huidige.id == expected
        )  # never the hidden questions of a skipped part
    s.beantwoord("samenwerking", "nee")
    assert walk(s, {}) == ZELF
    assert s.huidige is None
    for _ in ["samenwerking"] + ZELF:
        s.terug()
    s.terug()
    assert s.huidige.id == "randvoorwaarden.ict"  # not one of the hidden Kaats & Opheij questions


def test_defaults_follow_the_proposal_model_and_the_category(vl):
    s = Sessie(vl)
    assert s.standaard(vl.vraag("randvoorwaarden.ict")) == "onbekend"
    assert s.standaard(vl.vraag("patientgroep.zeldzaam")) == "onbekend"
    assert s.standaard(vl.vraag("financiering")) == "onbekend"
    assert s.standaard(vl.vraag("samenwerking")) == "nee"
    s.antwoorden["patientgroep.categorie"] = "dermatologie"
    vormen = [k.waarde for k in s.keuzes(vl.vraag("samenwerkingsvorm"))]
    assert vormen[:4] == ["", "meekijkconsult", "anderhalvelijnszorg", "teleconsultatie"]
    assert (
        s.standaard(vl.vraag("samenwerkingsvorm")) == ""
    )  # 'not chosen yet': Enter records no form
    assert sorted(vormen) == sorted(k.waarde for k in vl.vraag("samenwerkingsvorm").keuzes)


def test_financing_routes_that_fit_the_group_come_first_without_being_preselected(vl):
    s = Sessie(vl)
    s.antwoorden["patientgroep.categorie"] = "diabetes"
    routes = [k.waarde for k in s.keuzes(vl.vraag("financiering"))]
    assert routes[:2] == ["s2", "keten_dbc"]
    assert sorted(routes) == sorted(k.waarde for k in vl.vraag("financiering").keuzes)
    assert s.standaard(vl.vraag("financiering")) == "onbekend"


def test_validation(vl):
    s = Sessie(vl)
    omschrijving = vl.vraag("patientgroep.omschrijving")
    assert s.fout(omschrijving, "") is None  # optional for a Nivel category
    s.antwoorden["patientgroep.categorie"] = "overig"
    # says which earlier answer makes it required ('bij uw eerdere antwoorden' said not which)
    overig = vl.vraag("patientgroep.categorie").keuze("overig").naam
    assert (
        s.fout(omschrijving, "  ") == f"Deze vraag is verplicht omdat u '{t(overig, 'nl')}' koos."
    )
    assert s.fout(omschrijving, "", "en") == (
        f"This question is required because you chose '{t(overig, 'en')}'."
    )
    assert s.fout(vl.vraag("titel"), "x" * 501) == "Te lang: maximaal 500 tekens (nu 501)."
    assert s.fout(vl.vraag("randvoorwaarden.ict"), "misschien") == "Ongeldige keuze 'misschien'."
    with pytest.raises(ValueError):
        s.beantwoord("patientgroep.omschrijving", "")


def test_finishing_needs_the_required_answers(vl):
    s = Sessie(vl)
    walk(s, {"patientgroep.categorie": "diabetes", "samenwerking": "nee"})
    assert s.ontbrekend() is None
    s.ga_naar("patientgroep.categorie")
    s.beantwoord("patientgroep.categorie", "overig")  # the empty description is no longer enough
    assert s.ontbrekend().id == "patientgroep.omschrijving"
    s.ga_naar("patientgroep.omschrijving")
    s.beantwoord("patientgroep.omschrijving", "Wondzorg thuis")
    assert s.ontbrekend() is None
    assert Sessie(vl).ontbrekend().id == "patientgroep.categorie"


def test_proposal_round_trip_of_the_shared_example(vl):
    example = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    answers = uit_voorstel(vl, example)
    assert naar_voorstel(vl, answers) == example
    s = Sessie(vl, answers, positie=None, herzien=True)
    assert s.huidige is None and s.eerste_open() is None


def test_revising_a_proposal_with_bad_fields_names_them(vl):
    with pytest.raises(InvoerFout) as e:
        uit_voorstel(
            vl, {"patientgroep": {"categorie": "diabetes"}, "randvoorwaarden": {"icd": "ja"}}
        )
    assert e.value.pad == "randvoorwaarden.icd"


# -- saving and resuming ---------------------------------------------------------------------


def test_every_answer_is_saved_as_a_valid_partial_proposal(tmp_path, vl, pack):
    out = tmp_path / "voorstel.json"
    opslag = Opslag(out)
    s = Sessie(vl)
    s.beantwoord("titel", "Wondzorg")
    opslag.bewaar(s)
    assert json.loads(out.read_text("utf-8")) == {"titel": "Wondzorg"}
    s.beantwoord("regio", "")
    s.beantwoord("patientgroep.categorie", "overig")
    opslag.bewaar(s)
    saved = json.loads(out.read_text("utf-8"))
    assert saved == {"titel": "Wondzorg", "patientgroep": {"categorie": "overig"}}
    assert evaluate(saved, pack).advies == "voorwaardelijk"  # already a valid proposal
    meta = json.loads(opslag.voortgang_pad.read_text("utf-8"))
    assert opslag.voortgang_pad.name == ".voorstel.json.voortgang"
    assert meta["positie"] == "patientgroep.omschrijving"
    assert meta["leeg_beantwoord"] == {"regio": ""}

    resumed = opslag.lees(vl)
    s2 = Sessie(vl, resumed.antwoorden, positie=resumed.positie)
    assert s2.antwoorden == s.antwoorden
    assert s2.huidige.id == "patientgroep.omschrijving"

    walk(s2, {"patientgroep.omschrijving": "Complexe wondzorg", "samenwerking": "nee"})
    opslag.rond_af(s2)
    assert not opslag.voortgang_pad.exists()
    assert evaluate(json.loads(out.read_text("utf-8")), pack).categorie == "overig"


def test_a_broken_sidecar_loses_only_the_position(tmp_path, vl):
    opslag = Opslag(tmp_path / "v.json")
    s = Sessie(vl)
    s.beantwoord("titel", "T")
    opslag.bewaar(s)
    opslag.voortgang_pad.write_text("{kapot", "utf-8")
    resumed = opslag.lees(vl)
    assert resumed.antwoorden == {"titel": "T"}
    assert Sessie(vl, resumed.antwoorden, positie=resumed.positie).huidige.id == "regio"


def test_hidden_answers_are_kept_in_the_progress_file_and_come_back(tmp_path, vl):
    opslag = Opslag(tmp_path / "v.json")
    s = Sessie(vl)
    s.beantwoord("patientgroep.categorie", "kno")
    s.beantwoord("samenwerking", "ja")
    s.beantwoord("samenwerking.relatie", "deels")
    assert s.beantwoord("samenwerking", "nee") == ["samenwerking.relatie"]
    assert "samenwerking.relatie" not in s.antwoorden and s.verborgen == {
        "samenwerking.relatie": "deels"
    }
    opslag.bewaar(s)
    assert "samenwerking" not in json.loads(opslag.pad.read_text("utf-8"))  # not in the proposal
    resumed = opslag.lees(vl)
    assert resumed.verborgen == {"samenwerking.relatie": "deels"}
    s2 = Sessie(vl, resumed.antwoorden, positie=resumed.positie, verborgen=resumed.verborgen)
    s2.beantwoord("samenwerking", "ja")
    assert (
        s2.teruggezet == ["samenwerking.relatie"]
        and s2.antwoorden["samenwerking.relatie"] == "deels"
    )


def test_start_over_keeps_a_resumable_copy(tmp_path, vl):
    opslag = Opslag(tmp_path / "v.json")
    s = Sessie(vl)
    s.beantwoord("titel", "Oud")
    opslag.bewaar(s)
    kopie = opslag.bewaar_kopie()
    assert kopie == tmp_path / "v.json.vorige"
    copy = Opslag(kopie)
    assert copy.onafgemaakt() and copy.lees(vl).antwoorden == {"titel": "Oud"}
