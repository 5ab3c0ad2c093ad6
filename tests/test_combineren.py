"""Several views of one proposal (issue 17): ``substitutiecheck.combineer``.

The properties of the issue: the combined verdict is ``evaluate`` of the proposal built from the
combined answers (built here again, independently, from the rule as the issue states it); adding
a party never makes the advice better; a proposal combined with itself is its own report. Then
disagreements on hand-written cases, and the pack data the rule lives in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import PACK, voorstellen

from substitutiecheck import InvoerFout, combineer, evaluate
from substitutiecheck.pack.items import to_json

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
RANK = {"go": 0, "voorwaardelijk": 1, "no-go": 2}
CAUTION = {  # the issue's rule, written out: most cautious first
    "uitsluiting": ["ja", "onbekend", "nee"],
    "randvoorwaarde": ["nee", "onbekend", "deels", "ja"],
}
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _most_cautious(kind: str, answers: list[str]) -> str:
    return min(answers, key=CAUTION[kind].index)


def built_from_combined_answers(views: list[dict]) -> dict:
    """The combined proposal, from the issue's text: per question the most cautious answer
    (missing = onbekend); where the parties chose a different categorie, form or financing, the
    choices of the party that gets the most cautious advice with them, the first on a tie (a
    choice a party left open: any of the choices the other parties made)."""
    import itertools

    antwoorden = _combined_answers(views)

    def eigen(v: dict) -> tuple:
        fin = v.get("financiering")
        return (
            v["patientgroep"].get("categorie") or None,
            v.get("samenwerkingsvorm") or None,
            fin if fin != "onbekend" else None,
        )

    # in the order of the parties: on a tie the first party's choice (hypothesis found a
    # reference that sorted them name the other form, for parties with no form, teleconsultatie
    # and meekijkconsult: the same advice, another list of what to settle first)
    genoemd = [
        list(dict.fromkeys(eigen(v)[i] for v in views if eigen(v)[i] is not None)) for i in range(3)
    ]
    beste: tuple[tuple, dict] | None = None
    for v in views:
        opties = [[x] if x is not None else (genoemd[i] or [None]) for i, x in enumerate(eigen(v))]
        for categorie, vorm, fin in itertools.product(*opties):
            model = json.loads(json.dumps(antwoorden))
            if categorie:
                model["patientgroep"]["categorie"] = categorie
            if vorm:
                model["samenwerkingsvorm"] = vorm
            if fin:
                model["financiering"] = fin
            r = evaluate(model, toelichting=False)
            key = (-RANK[r.advies], not r.voorlopig)
            if beste is None or key < beste[0]:
                beste = (key, model)
    assert beste is not None
    return beste[1]


def _combined_answers(views: list[dict]) -> dict:
    out = {
        "patientgroep": {
            **{
                u.id: _most_cautious(
                    "uitsluiting", [v["patientgroep"].get(u.id, "onbekend") for v in views]
                )
                for u in PACK.uitsluitingen
            },
        },
        "randvoorwaarden": {
            r.id: _most_cautious(
                "randvoorwaarde",
                [v.get("randvoorwaarden", {}).get(r.id, "onbekend") for v in views],
            )
            for r in PACK.randvoorwaarden
        },
    }
    return out


def _verdict(rapport) -> tuple:
    return (
        rapport.advies,
        rapport.voorlopig,
        [(o.id, o.antwoord, o.ernst) for o in rapport.ontbrekende_randvoorwaarden],
    )


# -- properties --------------------------------------------------------------------------------


@FAST
@given(st.lists(voorstellen(), min_size=1, max_size=4))
@example(
    [
        {"patientgroep": {"categorie": "diabetes"}},
        {"patientgroep": {"categorie": "diabetes"}, "samenwerkingsvorm": "teleconsultatie"},
        {"patientgroep": {"categorie": "diabetes"}, "samenwerkingsvorm": "meekijkconsult"},
    ]
)
def test_the_combined_verdict_is_evaluate_of_the_combined_answers(views: list[dict]) -> None:
    combined = combineer(views, toelichting=False)
    expected = evaluate(built_from_combined_answers(views), toelichting=False)
    assert _verdict(combined.rapport) == _verdict(expected)
    assert combined.advies == expected.advies


@FAST
@given(st.lists(voorstellen(), min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_the_order_of_the_files_never_changes_the_advice(views: list[dict], rnd) -> None:
    """Found by a source review: two parties with ict 'nee' that chose meekijkconsult and
    teleconsultatie got go onder voorwaarden in one order and no-go in the other."""
    before = combineer(views, toelichting=False)
    shuffled = list(views)
    rnd.shuffle(shuffled)
    after = combineer(shuffled, toelichting=False)
    assert (after.advies, after.voorlopig) == (before.advies, before.voorlopig)


def test_a_choice_left_open_agrees_with_every_choice_made_in_any_order(tmp_path: Path) -> None:
    """An adversarial test: a party that left the form open took the first party's form, so
    under a regional rule on group and form together (ict blocks dermatology by meekijkconsult)
    the advice was NO-GO in one order of the files and go onder voorwaarden in another."""
    import itertools

    from substitutiecheck import laad_regelpakket

    pak = tmp_path / "pak"
    pak.mkdir()
    meta = {"naam": "t", "versie": "0.1.0", "uitbreiding_van": "landelijk"}
    (pak / "pakket.json").write_text(json.dumps({**meta, "titel": {"nl": "t", "en": "t"}}))
    derm_meekijk = {
        "alle": [
            {"veld": "patientgroep.categorie", "is": "dermatologie"},
            {"veld": "samenwerkingsvorm", "is": "meekijkconsult"},
        ]
    }
    als = {"een_van": [{"veld": "samenwerkingsvorm", "is": "teleconsultatie"}, derm_meekijk]}
    rv = {"randvoorwaarden": [{"id": "ict", "blokkerend_als": als}]}
    (pak / "randvoorwaarden.json").write_text(json.dumps(rv))
    pack = laad_regelpakket(pak)
    a = _view("huisarts", randvoorwaarden__ict="nee", patientgroep__categorie="dermatologie")
    a.pop("samenwerkingsvorm")
    b = _view("medisch_specialist", randvoorwaarden__ict="nee", patientgroep__categorie="kno")
    c = _view(
        "zorgverzekeraar",
        randvoorwaarden__ict="nee",
        patientgroep__categorie="kno",
        samenwerkingsvorm="casuistiekbespreking",
    )
    for views in itertools.permutations([a, b, c]):
        combined = combineer(list(views), regels=pack, toelichting=False)
        assert combined.advies == "no-go", [v["respondent"]["rol"] for v in views]
        assert combined.rapport.samenwerkingsvorm == "meekijkconsult"


def test_different_forms_give_the_most_cautious_advice_in_either_order() -> None:
    a = _view("huisarts", randvoorwaarden__ict="nee")
    b = _view("medisch_specialist", randvoorwaarden__ict="nee", samenwerkingsvorm="teleconsultatie")
    for views in ([a, b], [b, a]):
        c = combineer(views)
        assert c.advies == "no-go"  # ict is blocking for teleconsultatie only (DOMAIN §3)
        assert c.rapport.samenwerkingsvorm == "teleconsultatie"
        (verschil,) = c.verschillen
        assert verschil.gebruikt == "teleconsultatie"
    assert combineer([a]).advies == "voorwaardelijk"  # meekijkconsult alone: not blocking


@FAST
@given(st.lists(voorstellen(), min_size=1, max_size=3), voorstellen())
def test_adding_a_party_never_makes_the_advice_better(views: list[dict], extra: dict) -> None:
    before = combineer(views, toelichting=False)
    after = combineer([*views, extra], toelichting=False)
    assert RANK[after.advies] >= RANK[before.advies]
    assert after.voorlopig or not before.voorlopig or RANK[after.advies] > RANK[before.advies]


@FAST
@given(voorstellen(), st.integers(min_value=1, max_value=3))
def test_a_proposal_combined_with_itself_is_its_own_report(voorstel: dict, n: int) -> None:
    for taal in ("nl", "en"):
        combined = combineer([voorstel] * n, taal=taal)
        assert combined.rapport == evaluate(voorstel, taal=taal)
        assert combined.verschillen == ()
        # the only note: the same named party n times may be one party counted twice
        dubbel = n > 1 and bool(voorstel.get("respondent"))
        assert len(combined.waarschuwingen) == (n - 1 if dubbel else 0)


# -- hand-written disagreements ----------------------------------------------------------------


def _basis() -> dict:
    return json.loads(
        (
            ROOT / "examples" / "voorstellen" / "meekijkconsult-dermatologie-rotterdam.json"
        ).read_text("utf-8")
    )


def _view(rol: str, **wijzig) -> dict:
    v = _basis()
    v["respondent"] = {"rol": rol}
    for pad, waarde in wijzig.items():
        head, _, tail = pad.partition("__")
        if tail:
            v.setdefault(head, {})[tail] = waarde
        else:
            v[head] = waarde
    return v


def test_ja_against_nee_is_a_difference_and_comes_first() -> None:
    c = combineer(
        [
            _view(
                "huisarts", randvoorwaarden__afspraken="ja", randvoorwaarden__communicatie="deels"
            ),
            _view("medisch_specialist", randvoorwaarden__afspraken="nee"),
            _view("zorgverzekeraar", randvoorwaarden__communicatie="ja"),
        ]
    )
    ids = [v.id for v in c.verschillen]
    assert ids == ["randvoorwaarden.afspraken", "randvoorwaarden.communicatie"]
    first = c.verschillen[0]
    assert first.tegengesteld and dict(first.antwoorden) == {
        "huisarts": "ja",
        "medisch_specialist": "nee",
        "zorgverzekeraar": "deels",
    }
    assert first.gebruikt == "nee" and first.soort == "antwoord"
    assert not c.verschillen[1].tegengesteld
    assert c.advies == "no-go"  # afspraken is blocking and one party says nee
    assert [o.id for o in c.rapport.ontbrekende_randvoorwaarden][0] == "afspraken"


def test_unknown_is_not_a_difference_of_view_but_does_combine_cautiously() -> None:
    c = combineer(
        [
            _view("huisarts", randvoorwaarden__bekostiging="ja"),
            _view("zorgverzekeraar", randvoorwaarden__bekostiging="onbekend"),
        ]
    )
    assert c.verschillen == ()
    vraag = next(v for v in c.vragen if v.id == "randvoorwaarden.bekostiging")
    assert vraag.gecombineerd == "onbekend"
    assert "bekostiging" in c.rapport.nog_onbekend


def test_a_question_one_party_knows_and_another_not_is_named_but_no_difference() -> None:
    """The issue-17 rule stays (no difference of view, the combined answer the most cautious);
    the report can say who already knows: 'the insurer already says ja' (a new user's trial)."""
    views = [
        _view("huisarts", randvoorwaarden__bekostiging="onbekend"),
        _view("zorgverzekeraar", randvoorwaarden__bekostiging="ja"),
        _view("medisch_specialist", patientgroep__zeldzaam="onbekend"),
    ]
    c = combineer(views)
    assert c.verschillen == ()
    assert _verdict(c.rapport) == _verdict(evaluate(built_from_combined_answers(views)))
    vragen = {v.id: v for v in c.vragen}
    assert vragen["randvoorwaarden.bekostiging"].onbekend_bij == ("huisarts",)
    assert vragen["randvoorwaarden.bekostiging"].gecombineerd == "onbekend"
    # an exclusion: 'nee' from two parties, 'onbekend' from one
    assert vragen["patientgroep.zeldzaam"].onbekend_bij == ("medisch_specialist",)
    assert [v.id for v in c.niet_ieder_bekend()] == [
        "patientgroep.zeldzaam",
        "randvoorwaarden.bekostiging",
    ]
    # known to every party alike, or to none: nothing to name
    assert vragen["randvoorwaarden.ict"].onbekend_bij == ()
    assert all(not v.onbekend_bij for v in c.vragen if v.soort == "keuze")


def test_a_difference_of_view_with_an_unknown_is_named_once_as_a_difference() -> None:
    c = combineer(
        [
            _view("huisarts", randvoorwaarden__bekostiging="ja"),
            _view("medisch_specialist", randvoorwaarden__bekostiging="onbekend"),
            _view("zorgverzekeraar", randvoorwaarden__bekostiging="nee"),
        ]
    )
    vraag = next(v for v in c.vragen if v.id == "randvoorwaarden.bekostiging")
    assert vraag.onbekend_bij == ()  # 'nee' decides: the combined answer is not 'onbekend'
    assert [v.id for v in c.verschillen] == ["randvoorwaarden.bekostiging"]
    assert c.niet_ieder_bekend() == ()


def test_an_answer_that_already_decides_is_not_waiting_for_anyone() -> None:
    """An adversarial review: 'Hoogrisico-patiënten: ja; Zorgverzekeraar: onbekend; gecombineerd:
    ja' stood under 'Nog niet bij iedere partij bekend' below a NO-GO, as if the no-go waited
    for the insurer. An exclusion 'ja' and a condition 'nee' are the most cautious answers: what
    the other party learns cannot change them. An exclusion 'nee' against 'onbekend' does wait."""
    c = combineer(
        [
            _view(
                "medisch_specialist",
                patientgroep__hoog_risico="ja",
                patientgroep__zeldzaam="nee",
                randvoorwaarden__afspraken="nee",
            ),
            _view(
                "zorgverzekeraar",
                patientgroep__hoog_risico="onbekend",
                patientgroep__zeldzaam="onbekend",
                randvoorwaarden__afspraken="onbekend",
            ),
        ]
    )
    vragen = {v.id: v for v in c.vragen}
    assert vragen["patientgroep.hoog_risico"].gecombineerd == "ja"
    assert vragen["patientgroep.hoog_risico"].onbekend_bij == ()
    assert vragen["randvoorwaarden.afspraken"].onbekend_bij == ()
    assert vragen["patientgroep.zeldzaam"].onbekend_bij == ("zorgverzekeraar",)
    assert [v.id for v in c.niet_ieder_bekend()] == ["patientgroep.zeldzaam"]
    assert c.advies == "no-go"


def test_a_different_form_is_a_difference_and_the_verdict_names_the_form_it_used() -> None:
    c = combineer(
        [
            _view("huisarts"),
            _view("medisch_specialist", samenwerkingsvorm="teleconsultatie"),
        ]
    )
    (verschil,) = c.verschillen
    assert verschil.id == "samenwerkingsvorm" and verschil.soort == "samenwerkingsvorm"
    assert verschil.gebruikt == "meekijkconsult" and verschil.gebruikt_naam == "Meekijkconsult"
    assert c.rapport.samenwerkingsvorm == "meekijkconsult"
    assert c.gebruikt() == (verschil,)
    # seed 000: "discrepantie in zienswijzen"; the advice itself is the product's
    assert [b.id for b in verschil.bronnen] == ["twente", "productkeuze"]
    assert "discrepantie in zienswijzen" in (verschil.citaat or "")


def test_a_kaats_opheij_element_is_compared_across_parties() -> None:
    c = combineer(
        [
            _view("huisarts", samenwerking__gedeelde_ambitie="ja"),
            _view("ziekenhuis", samenwerking__gedeelde_ambitie="nee"),
        ]
    )
    ambitie = next(e for e in c.samenwerking if e.id == "gedeelde_ambitie")
    assert not ambitie.in_ieders_ogen
    assert dict(ambitie.antwoorden) == {"huisarts": "ja", "ziekenhuis": "nee"}
    relatie = next(e for e in c.samenwerking if e.id == "relatie")
    assert relatie.in_ieders_ogen
    verschil = next(v for v in c.verschillen if v.id == "samenwerking.gedeelde_ambitie")
    assert verschil.tegengesteld and verschil.soort == "samenwerking"
    assert {b.id for b in verschil.bronnen} == {"kaats_opheij", "raedelijn", "productkeuze"}


def test_a_party_without_the_optional_kaats_opheij_part_has_no_view_on_it() -> None:
    zonder = _view("zorgverzekeraar")
    del zonder["samenwerking"]
    c = combineer([_view("huisarts"), zonder])
    ambitie = next(e for e in c.samenwerking if e.id == "gedeelde_ambitie")
    assert dict(ambitie.antwoorden) == {"huisarts": "ja", "zorgverzekeraar": None}
    assert not ambitie.in_ieders_ogen
    assert not any(v.soort == "samenwerking" for v in c.verschillen)


def test_different_titles_and_regions_are_warnings_in_the_language_of_the_report() -> None:
    a, b = _view("huisarts"), _view("poh", titel="Ander voorstel", regio="Twente")
    c = combineer([a, b])
    assert len(c.waarschuwingen) == 2 and "verschillende titels" in c.waarschuwingen[0]
    en = combineer([a, b], taal="en")
    assert (
        "different titles" in en.waarschuwingen[0] and "different regions" in en.waarschuwingen[1]
    )


def test_parties_are_named_by_role_and_two_of_one_role_stay_apart() -> None:
    a = _view("huisarts")
    a["respondent"]["naam"] = "Dr. Jansen"
    c = combineer([a, _view("huisarts"), _basis()], bestanden=["a.json", "b.json", "c.json"])
    assert [p.id for p in c.partijen] == ["huisarts", "huisarts_2", "partij"]
    assert [p.label for p in c.partijen] == ["Huisarts (Dr. Jansen)", "Huisarts", "c.json"]
    assert combineer([a], taal="en").partijen[0].label == "General practitioner (Dr. Jansen)"


def test_an_invalid_view_raises_invoerfout_with_the_field() -> None:
    bad = _view("huisarts", randvoorwaarden__ict="misschien")
    with pytest.raises(InvoerFout) as e:
        combineer([_view("poh"), bad])
    assert e.value.pad == "randvoorwaarden.ict"
    with pytest.raises(InvoerFout):
        combineer([_view("dokter")])


def test_the_report_is_immutable() -> None:
    c = combineer([_view("huisarts"), _view("poh", randvoorwaarden__ict="nee")])
    with pytest.raises(AttributeError):
        c.verschillen = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        c.verschillen[0].antwoorden["poh"] = "ja"  # type: ignore[index]


def test_json_has_the_fields_the_issue_names() -> None:
    c = combineer([_view("huisarts"), _view("zorgverzekeraar", randvoorwaarden__bekostiging="nee")])
    d = json.loads(json.dumps(c.naar_dict()))
    for key in (
        "advies",
        "voorlopig",
        "ontbrekende_randvoorwaarden",
        "partijen",
        "antwoorden",
        "verschillen",
    ):
        assert key in d, key
    assert d["advies"] == "no-go"
    assert d["antwoorden"]["randvoorwaarden.bekostiging"]["partijen"] == {
        "huisarts": "ja",
        "zorgverzekeraar": "nee",
    }
    assert d["antwoorden"]["randvoorwaarden.bekostiging"]["gecombineerd"] == "nee"
    assert d["verschillen"][0]["id"] == "randvoorwaarden.bekostiging"
    assert d["verschillen"][0]["antwoorden"] == {"huisarts": "ja", "zorgverzekeraar": "nee"}
    assert d["rapport"] == c.rapport.naar_dict()


# -- the rule as data in the pack --------------------------------------------------------------


def test_the_rule_and_the_roles_are_pack_data_labelled_as_product_choice() -> None:
    data = json.loads((ROOT / "rules" / "partijen.json").read_text("utf-8"))
    assert to_json(PACK.partijen) == data
    assert data["combineren"]["bron"] == ["productkeuze"]
    assert data["rollen_bron"] == ["productkeuze"]
    rollen = {r["id"] for r in data["rollen"]}
    assert {
        "huisarts",
        "poh",
        "medisch_specialist",
        "ziekenhuis",
        "zorgverzekeraar",
        "zorggroep",
        "patientvertegenwoordiger",
        "wijkverpleging",
        "apotheker",
        "gemeente",
        "projectleider",
        "anders",
    } <= rollen
    assert data["combineren"]["volgorde"]["randvoorwaarden"] == ["nee", "onbekend", "deels", "ja"]
    for r in data["rollen"]:
        assert r["naam"]["nl"] and r["naam"]["en"]


def test_a_regional_pack_may_change_the_rule(tmp_path: Path) -> None:
    """A region that finds 'deels' more cautious than 'onbekend' says so in data."""
    from substitutiecheck import laad_regelpakket

    (tmp_path / "pakket.json").write_text(
        json.dumps(
            {
                "naam": "regio_test",
                "versie": "0.1.0",
                "uitbreiding_van": "landelijk",
                "titel": {"nl": "t", "en": "t"},
            }
        ),
        "utf-8",
    )
    (tmp_path / "partijen.json").write_text(
        json.dumps(
            {
                "combineren": {
                    "volgorde": {
                        "uitsluitingen": ["ja", "onbekend", "nee"],
                        "randvoorwaarden": ["nee", "deels", "onbekend", "ja"],
                        "samenwerking": ["nee", "onbekend", "deels", "ja"],
                    },
                    "uitleg": {"nl": "regio", "en": "region"},
                    "bron": ["productkeuze"],
                }
            }
        ),
        "utf-8",
    )
    pack = laad_regelpakket(tmp_path)
    views = [
        _view("huisarts", randvoorwaarden__vertrouwen="deels"),
        _view("poh", randvoorwaarden__vertrouwen="onbekend"),
    ]
    land = next(v for v in combineer(views).vragen if v.id == "randvoorwaarden.vertrouwen")
    regio = next(
        v for v in combineer(views, regels=pack).vragen if v.id == "randvoorwaarden.vertrouwen"
    )
    assert (land.gecombineerd, regio.gecombineerd) == ("onbekend", "deels")


def test_a_broken_rule_is_a_pack_error_naming_the_file(tmp_path: Path) -> None:
    from substitutiecheck import RegelpakketFout, laad_regelpakket

    (tmp_path / "pakket.json").write_text(
        json.dumps(
            {
                "naam": "x",
                "versie": "0.1.0",
                "uitbreiding_van": "landelijk",
                "titel": {"nl": "t", "en": "t"},
            }
        ),
        "utf-8",
    )
    (tmp_path / "partijen.json").write_text(
        json.dumps(
            {"combineren": {"volgorde": {"randvoorwaarden": ["nee", "nee", "deels", "ja"]}}}
        ),
        "utf-8",
    )
    with pytest.raises(RegelpakketFout) as e:
        laad_regelpakket(tmp_path)
    assert "partijen.json" in str(e.value) and "volgorde" in str(e.value)


def test_every_quote_in_partijen_is_the_seeds_exact_words() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    quotes = [v["citaat"] for v in PACK.partijen["verschillen"] if "citaat" in v]
    assert len(quotes) == 2
    for c in quotes:
        seed = " ".join((SEEDS / PACK.bron(c["bron"])["document"]).read_text("utf-8").split())
        assert " ".join(c["tekst"].split()) in seed, c


def test_every_text_of_these_reports_is_in_dutch_and_english() -> None:
    from substitutiecheck.texts_partners import TEKSTEN

    assert [k for k, v in TEKSTEN.items() if set(v) != {"nl", "en"} or not all(v.values())] == []


def test_the_partners_example_disagrees_on_exactly_two_things() -> None:
    folder = ROOT / "examples" / "partners"
    files = ["huisarts.json", "medisch-specialist.json", "zorgverzekeraar.json"]
    views = [json.loads((folder / f).read_text("utf-8")) for f in files]
    c = combineer(views, bestanden=files)
    assert [p.rol for p in c.partijen] == ["huisarts", "medisch_specialist", "zorgverzekeraar"]
    assert [(v.id, v.tegengesteld) for v in c.verschillen] == [
        ("randvoorwaarden.inkoop_verzekeraar", True),
        ("samenwerkingsvorm", False),
    ]
    assert c.advies == "voorwaardelijk" and not c.voorlopig
    assert c.rapport.samenwerkingsvorm == "terugverwijzing_cvrm"  # the first party's form
    assert all(
        e.in_ieders_ogen == (e.id in ("gedeelde_ambitie", "relatie", "proces"))
        for e in c.samenwerking
        if e.id != "kernvoorwaarde"
    )


def test_the_forms_role_list_is_the_packs() -> None:
    from substitutiecheck.fhir import respondent

    assert respondent.rollen(None) == respondent.rollen(PACK)


# -- the Kaats & Opheij verdict per element, in words (found by a user trial) ------------------


@pytest.mark.parametrize(
    ("antwoorden", "nl", "en"),
    [
        (("ja", "ja"), "ja, volgens iedere partij", "yes, in every party's eyes"),
        (
            ("deels", "deels"),
            "eensgezind deels, dus nog niet in ieders ogen",
            "all say partly, so not yet in every party's eyes",
        ),
        (
            ("nee", "nee", "nee"),
            "eensgezind nee, dus nog niet in ieders ogen",
            "all say no, so not yet in every party's eyes",
        ),
        (("onbekend", "onbekend"), "bij geen partij bekend", "known to no party"),
        (("ja", "deels"), "niet iedere partij zegt ja", "not every party says yes"),
        (("ja", None), "niet iedere partij zegt ja", "not every party says yes"),
    ],
)
def test_a_unanimous_answer_other_than_yes_is_not_called_a_disagreement(
    antwoorden: tuple[str | None, ...], nl: str, en: str
) -> None:
    from substitutiecheck.combinatie import Element, Vraag
    from substitutiecheck.reporters.combinatie_woorden import oordeel_samenwerking

    partijen = {f"p{i}": a for i, a in enumerate(antwoorden)}
    el = Element(
        id="belangen",
        naam="Recht doen aan belangen",
        antwoorden=partijen,
        in_ieders_ogen=all(a == "ja" for a in antwoorden),
    )
    for taal, verwacht in (("nl", nl), ("en", en)):
        namen = (
            {"ja": "ja", "deels": "deels", "nee": "nee", "onbekend": "onbekend"}
            if taal == "nl"
            else {"ja": "yes", "deels": "partly", "nee": "no", "onbekend": "unknown"}
        )
        vraag = Vraag(
            id="samenwerking.belangen",
            soort="samenwerking",
            naam=el.naam,
            partijen=partijen,
            namen=namen,
            gecombineerd=None,
        )
        assert oordeel_samenwerking(el, vraag, taal) == verwacht


def test_titles_that_differ_in_white_space_only_are_the_same_title() -> None:
    """'Diabetes naar de POH' and 'Diabetes  naar de POH ' were said to differ and were shown
    the same (a review)."""
    a = _view("huisarts", titel="Diabetes naar de POH")
    b = _view("medisch_specialist", titel="Diabetes  naar de POH ")
    assert not any("titel" in w for w in combineer([a, b]).waarschuwingen)
    b["titel"] = "Diabetes naar de apotheek"
    assert any("verschillende titels" in w for w in combineer([a, b]).waarschuwingen)


def test_the_header_names_the_region_once() -> None:
    """'Longzorg (Twente) (Twente)': the region was added after a title that already named it
    (a new user's trial)."""
    import io

    from substitutiecheck.reporters.combinatie import schrijf

    a = _view("huisarts", titel="Longzorg (Twente)", regio="Twente")
    out = io.StringIO()
    schrijf(
        combineer([a, _view("medisch_specialist", titel="Longzorg (Twente)", regio="Twente")]),
        "text",
        out,
    )
    kop = next(x for x in out.getvalue().splitlines() if x.startswith("Longzorg"))
    assert kop == "Longzorg (Twente)"
    out = io.StringIO()
    b = _view("huisarts", titel="Longzorg", regio="Twente")
    schrijf(combineer([b]), "text", out)
    assert "Longzorg (Twente)" in out.getvalue().splitlines()


def test_different_descriptions_of_the_group_are_named_not_one_chosen() -> None:
    """An adversarial review: the combined report showed the first party's description ('zonder
    hartfalen') where another said 'inclusief acuut hartfalen', and the order of the files chose.
    Alike (white space aside): that one; different: none, and a warning names them all."""
    een = _view("huisarts", patientgroep__omschrijving="Stabiele patiënten zonder hartfalen")
    twee = _view("medisch_specialist", patientgroep__omschrijving="Alle patiënten, ook acuut")
    for volgorde in ([een, twee], [twee, een]):
        c = combineer(volgorde)
        assert c.rapport.omschrijving is None
        (w,) = [w for w in c.waarschuwingen if "omschrijven de patiëntengroep" in w]
        assert "'Stabiele patiënten zonder hartfalen'" in w and "'Alle patiënten, ook acuut'" in w
    drie = _view(
        "zorgverzekeraar", patientgroep__omschrijving="  Stabiele patiënten  zonder hartfalen"
    )
    zonder = _view("medisch_specialist")
    zonder["patientgroep"].pop("omschrijving", None)
    c = combineer([een, drie, zonder])
    assert c.rapport.omschrijving == "Stabiele patiënten zonder hartfalen"  # as the first wrote it
    assert not [w for w in c.waarschuwingen if "omschrijven" in w]
