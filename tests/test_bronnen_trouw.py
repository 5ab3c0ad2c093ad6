"""Advice a board can trust (issue 11): every sentence defensible against its source.

One test (or more) per correction of the issue, each failing on the texts before it: the ICT
rule and the meekijkconsult, patient support, product choices labelled as such, per-form facts,
dating of the e-book, the smaller findings, English, and the provisional ('voorlopig') advice.
Every sentence is checked in what a person reads (the report formats), not only in the data.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest
from conftest import EXAMPLES as EX
from conftest import ROOT
from test_rapporten import run

from substitutiecheck import evaluate, laad_regelpakket
from substitutiecheck.pack import standaard_regelpakket
from substitutiecheck.report import rapport_schema

FORMATS = ("text", "markdown", "html", "csv", "json", "jsonl")

ALLES_JA = {
    rid: "ja"
    for rid in (
        "meerwaarde_patient",
        "intrinsieke_motivatie",
        "vertrouwen",
        "afspraken",
        "communicatie",
        "aanvullen",
        "kennis_huisarts_poh",
        "capaciteit_huisarts",
        "organisatiegraad",
        "bekostiging",
        "afstemming_verzekeraar",
        "inkoop_verzekeraar",
        "ict",
    )
}


def voorstel(
    categorie: str = "dermatologie",
    vorm: str | None = "meekijkconsult",
    fin: str = "s3",
    uitsluitingen: str = "nee",
    **rv: str,
) -> dict:
    out = {
        "titel": "t",
        "patientgroep": {
            "categorie": categorie,
            "acuut_complex": uitsluitingen,
            "zeldzaam": uitsluitingen,
            "hoog_risico": uitsluitingen,
        },
        "financiering": fin,
        "randvoorwaarden": {**ALLES_JA, **rv},
    }
    if vorm:
        out["samenwerkingsvorm"] = vorm
    return out


def alle_formaten(doc: dict, taal: str = "nl") -> dict[str, str]:
    return {
        fmt: run("check", "--format", fmt, "--lang", taal, "-", stdin=json.dumps(doc)).stdout
        for fmt in FORMATS
    }


# -- 1. ICT and the meekijkconsult (seed 004: "digitaal of fysiek") -----------------------------


def test_meekijkconsult_without_ict_is_go_with_conditions_and_says_a_digital_one_needs_it() -> None:
    r = evaluate(voorstel(ict="nee"))
    assert r.advies == "voorwaardelijk"
    assert [o.id for o in r.ontbrekende_randvoorwaarden] == [
        "ict"
    ] and not r.ontbrekende_randvoorwaarden[0].blokkerend
    note = next(b for b in r.bevindingen if b.regel == "notitie.meekijkconsult_ict")
    assert (
        "digitaal of fysiek" in note.tekst
        and "digitaal meekijkconsult heeft de ICT wel nodig" in note.tekst
    )
    assert [b.id for b in note.bronnen] == ["meekijkconsult_rotterdam2019", "productkeuze"]
    en = evaluate(voorstel(ict="nee"), taal="en")
    assert "A digital meekijkconsult does need the IT." in next(
        b.tekst for b in en.bevindingen if b.regel == "notitie.meekijkconsult_ict"
    )
    for fmt, out in alle_formaten(voorstel(ict="nee")).items():
        if fmt != "csv":
            assert "digitaal meekijkconsult" in out, fmt


def test_teleconsultation_without_ict_stays_blocking() -> None:
    r = evaluate(voorstel(categorie="kno", vorm="teleconsultatie", fin="project", ict="nee"))
    assert r.advies == "no-go" and r.ontbrekende_randvoorwaarden[0].ernst == "blokkerend"
    assert all(b.regel != "notitie.meekijkconsult_ict" for b in r.bevindingen)


def test_ict_is_blocking_only_for_teleconsultation_in_the_data_and_the_question() -> None:
    pack = standaard_regelpakket()
    assert pack.randvoorwaarde("ict").blokkerend_als == {
        "veld": "samenwerkingsvorm",
        "is": "teleconsultatie",
    }
    from substitutiecheck.questionnaire.data import laad_vragenlijst

    vl = laad_vragenlijst(pack)
    hulp = vl.vraag("samenwerkingsvorm").hulp
    assert (
        "(meekijkconsult, teleconsultatie) is ICT-ondersteuning een blokkerende" not in hulp["nl"]
    )
    assert "digitaal of fysiek" in hulp["nl"] and "digitally or in person" in hulp["en"]


# -- 2. Patient support: the figures with their real meaning and group ---------------------------


@pytest.mark.parametrize("categorie", [c.id for c in standaard_regelpakket().categorieen])
def test_patient_support_figures_only_for_their_own_group_and_never_a_threshold(
    categorie: str,
) -> None:
    r = evaluate(voorstel(categorie=categorie, vorm=None))
    d = r.toelichting.draagvlak
    own = {"diabetes": 80, "osteoporose": 51, "copd_astma": 43}
    chronisch = standaard_regelpakket().categorie(categorie).soort == "chronisch"
    if not chronisch and categorie not in own:
        assert d is None
    else:
        assert d.percentage == own.get(categorie)
        if categorie in own:
            assert d.tekst.startswith(f"Geen voorkeur: {own[categorie]}%")
        assert "chronische patiënten als groep" in d.samenvatting
        assert d.gelijke_expertise.percentage == 56
    for fmt, out in alle_formaten(voorstel(categorie=categorie, vorm=None)).items():
        assert "helft" not in out and 'drempel": 50' not in out, fmt
        assert '"laag"' not in out, fmt
        for pct in own.values():
            if own.get(categorie) != pct:
                assert f"{pct}% van de" not in out, (fmt, pct)


def test_copd_figure_is_said_to_be_copds_and_the_chart_has_no_50_percent_line() -> None:
    out = alle_formaten(json.loads((EX / "copd-longzorg-nijkerk.json").read_text("utf-8")))
    assert "Dit cijfer is dat van COPD; voor astma geeft het e-book geen cijfer." in " ".join(
        out["text"].split()
    )
    html = out["html"]
    chart = re.search(r'<svg[^>]*class="grafiek-draagvlak".*?</svg>', html, re.S).group(0)
    assert "50%" not in chart and "<line" not in chart and "43%" in chart
    assert "Bij gelijke expertise heeft 56% van de patiënten voorkeur voor de huisarts." in html


# -- 3. Product choices are not sources ------------------------------------------------------------


def test_the_product_choice_source_reads_as_the_products_own_choice() -> None:
    """'own choice', as the Dutch 'Keuze': it also marks the blocking flags and the 'How' advice
    of every randvoorwaarde, where 'suggestion' understated it (a source audit)."""
    pack = standaard_regelpakket()
    assert pack.bron("productkeuze")["soort"] == "productkeuze"
    assert pack.bron_tekst("productkeuze", "kort", "nl") == "Keuze substitutiecheck"
    assert pack.bron_tekst("productkeuze", "kort", "en") == "substitutiecheck's own choice"
    r = evaluate(voorstel(), taal="en")
    assert [(b.id, b.kort) for b in r.toelichting.koppeling_bronnen] == [
        ("productkeuze", "substitutiecheck's own choice")
    ]


@pytest.mark.parametrize("vorm", [v.id for v in standaard_regelpakket().samenwerkingsvormen])
def test_no_report_says_the_ebook_links_forms_to_groups(vorm: str) -> None:
    for categorie in ("kno", "overig", "diabetes"):
        doc = voorstel(categorie=categorie, vorm=vorm)
        doc["patientgroep"]["omschrijving"] = "x"
        for fmt in ("text", "html"):
            out = run("check", "--format", fmt, "-", stdin=json.dumps(doc)).stdout
            assert (
                "Raedelijn-overzicht" not in out
                and "niet genoemd bij deze patiëntengroep" not in out
            )
            assert "Samenwerkingsvormen die passen bij" not in out
            if categorie != "overig":
                assert "Samenwerkingsvormen die volgens substitutiecheck passen bij" in out
                assert "Keuze substitutiecheck" in out


def test_a_group_off_the_list_never_hears_that_its_form_does_not_fit() -> None:
    """Zenderen Zorgnetwerk's own seed text names complexe wondzorg (the example's subject)."""
    doc = json.loads((EX / "complexe-wondzorg-twente.json").read_text("utf-8"))
    r = evaluate(doc)
    chosen = r.toelichting.samenwerkingsvormen[0]
    assert chosen.id == "zorgnetwerk" and chosen.gekozen and chosen.past_bij_groep is None
    assert r.toelichting.koppeling_bronnen == ()
    for fmt, out in alle_formaten(doc).items():
        assert "past volgens substitutiecheck niet" not in out and "niet genoemd" not in out, fmt
        if fmt not in ("csv",):
            assert "complexe wondzorg" in out, fmt
    other = evaluate(voorstel(categorie="diabetes", vorm="blauwe_zorg"))
    assert other.toelichting.samenwerkingsvormen[0].past_bij_groep is False
    text = run(
        "check", "-", stdin=json.dumps(voorstel(categorie="diabetes", vorm="blauwe_zorg"))
    ).stdout
    assert "[gekozen; past volgens substitutiecheck niet bij Diabetes]" in " ".join(text.split())


def test_financing_links_name_their_real_source() -> None:
    """A link in the form's own seed cell cites the e-book; one the product chose cites productkeuze."""
    seed = evaluate(
        voorstel(categorie="dermatologie", vorm="meekijkconsult", fin="s3")
    ).toelichting.financiering
    assert "productkeuze" not in [
        b.id for b in seed.bronnen
    ]  # meekijkconsult: 'Reguliere huisarts financiering S3'
    chosen = evaluate(
        voorstel(categorie="kno", vorm="teleconsultatie", fin="project")
    ).toelichting.financiering
    assert "productkeuze" in [
        b.id for b in chosen.bronnen
    ]  # teleconsultatie: 'Nog niet gefinancierd'
    default = evaluate(
        voorstel(categorie="overig", vorm=None, fin="onbekend")
    ).toelichting.financiering
    assert "productkeuze" in [b.id for b in default.bronnen]
    pack = standaard_regelpakket()
    for v in pack.samenwerkingsvormen:
        if v.financiering:
            assert v.financiering_bron in (("raedelijn",), ("productkeuze",)), v.id


def test_criteria_for_overig_and_the_reason_for_zeldzaam_are_labelled() -> None:
    pack = standaard_regelpakket()
    overig = pack.categorie("overig")
    assert "productkeuze" in overig.bron and "smeele2019" in overig.bron
    assert "het e-book geeft ze niet" in overig.advies["nl"]
    zeldzaam = next(u for u in pack.uitsluitingen if u.id == "zeldzaam")
    assert "productkeuze" in zeldzaam.bron and "Het e-book geeft geen reden" in zeldzaam.tekst["nl"]


# -- 4. Per-form facts exactly as the seed gives them -----------------------------------------------


def test_per_form_facts_follow_the_seed() -> None:
    pack = standaard_regelpakket()
    vsv = pack.samenwerkingsvorm("vsv")
    assert "NZa-Module Integrale bekostiging VSV" in vsv.status["nl"] and vsv.financiering == ()
    overvecht = pack.samenwerkingsvorm("overvecht_gezond")
    assert (
        "zorgorganisaties, gemeente en Achmea" in overvecht.status["nl"]
        and overvecht.financiering == ()
    )
    assert pack.samenwerkingsvorm("blauwe_zorg").financiering == ()
    assert (
        pack.samenwerkingsvorm("transmuraal_gezamenlijk_consult").status["nl"] == "Experiment 2015"
    )
    # the links form -> group are DOMAIN §5's (it wins over the pack): Pluspunt's later
    # specialisms are in its status, not in its links
    assert pack.samenwerkingsvorm("eerstelijnspluscentrum").past_bij == ("cardiologie_cvrm",)
    assert pack.samenwerkingsvorm("zorgnetwerk").past_bij == ("osteoporose",)


@pytest.mark.parametrize("categorie", ["kno", "dermatologie", "cardiologie_cvrm"])
def test_a_figure_is_shown_only_with_its_own_specialism(categorie: str) -> None:
    for taal, cardio, eye in (
        ("nl", "Cardiologie: 56% minder", "oogheelkunde: 45% minder"),
        ("en", "Cardiology: 56% fewer", "ophthalmology: 45% fewer"),
    ):
        for fmt, out in alle_formaten(
            voorstel(categorie=categorie, vorm="teleconsultatie", fin="project"), taal
        ).items():
            if fmt == "csv":
                continue
            assert out.count("56% ") == out.count(cardio) + out.count(
                "56% van de patiënten"
            ) + out.count("56% of patients") + out.count("56% verwachte") + out.count(
                "56% expected"
            ), (fmt, taal)
            assert out.count("45% ") == out.count(eye), (fmt, taal)


# -- 5. Dating: the e-book describes about 2015/2016 ---------------------------------------------


def test_the_ebook_carries_its_period_and_no_invented_title() -> None:
    pack = standaard_regelpakket()
    src = pack.bron("raedelijn")
    assert src["periode"] == "2015/2016"
    titel = pack.bron_tekst("raedelijn", "titel", "nl")
    assert "'Samenwerkingsvormen eerste en tweede lijn" not in titel and "2015/2016" in titel
    r = evaluate(voorstel(categorie="kno", vorm="teleconsultatie", fin="project"))
    assert (
        next(b for b in r.toelichting.samenwerkingsvormen[0].bronnen if b.id == "raedelijn").periode
        == "2015/2016"
    )


def test_status_and_financing_cells_are_dated() -> None:
    for taal, stand in (
        ("nl", "stand 2015/2016 volgens het e-book"),
        ("en", "as of 2015/2016, per the e-book"),
    ):
        r = evaluate(voorstel(categorie="kno", vorm="teleconsultatie", fin="onbekend"), taal=taal)
        assert all(v.stand == stand for v in r.toelichting.samenwerkingsvormen)
        note = next(b for b in r.bevindingen if b.regel == "notitie.teleconsultatie_financiering")
        assert stand in note.tekst
        assert stand.lower() in r.toelichting.financiering.algemeen.lower()
        out = run(
            "check",
            "--lang",
            taal,
            "-",
            stdin=json.dumps(voorstel(categorie="kno", vorm="teleconsultatie", fin="onbekend")),
        ).stdout
        assert f"Status ({stand}): " in " ".join(out.split())


# -- 6. The smaller findings ------------------------------------------------------------------------


def _pack_text() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "rules").glob("*.json"))) + (
        ROOT / "questionnaires" / "vragenlijst.json"
    ).read_text("utf-8")


def test_smaller_findings() -> None:
    pack = standaard_regelpakket()
    text = _pack_text()
    s1 = pack.financieringsroute("s1").toelichting["nl"]
    assert "bedoeld" not in s1 and "S1, S2 en S3" in s1  # S1 offers room too (seed 003)
    org = pack.randvoorwaarde("organisatiegraad")
    assert "vraag O&I-gelden aan" not in org.advies["nl"]
    # what seed 002 says the O&I funding is for; 'negotiates', 'no project grants' said no seed
    assert "organisatiekracht van de eerste lijn te versterken" in org.advies["nl"]
    assert "onderhandelt" not in org.advies["nl"] and "projectsubsidie" not in org.advies["nl"]
    assert "Zilveren Kruis" in pack.randvoorwaarde("afstemming_verzekeraar").advies["nl"]
    assert "(bijvoorbeeld via de regiotafel)" not in text
    cap = pack.randvoorwaarde("capaciteit_huisarts").toelichting
    assert (
        "Miranda Buckley" in cap["nl"]
        and "Zorgenz 2018" in cap["nl"]
        and "Huisartsen waarschuwen" not in cap["nl"]
    )
    assert "opgelegde verschuivingen" not in text and "imposed shifts" not in text
    from substitutiecheck.questionnaire.data import laad_vragenlijst

    vl = laad_vragenlijst(pack)
    assert vl.vraag("regio").bron == ("meekijkconsult_rotterdam2019",)
    cat = vl.vraag("patientgroep.categorie").hulp
    assert "potentiële patiëntengroepen" in cat["nl"] and "geschikt bleek" not in cat["nl"]
    assert "Onderbouw waarom deze groep geschikt is" not in text
    assert "preferred" not in text
    hoog = next(u for u in pack.uitsluitingen if u.id == "hoog_risico")
    assert (
        "terugverwezen" not in hoog.onbekend_advies["nl"]
        and "naar de specialist" in hoog.onbekend_advies["nl"]
    )
    assert "referred back" not in hoog.onbekend_advies["en"]


def test_an_off_list_group_is_never_called_suited() -> None:
    for taal, word in (("nl", "eschikt onder voorwaarden"), ("en", "uited with conditions")):
        r = evaluate(voorstel(categorie="overig", vorm=None), taal=taal)
        assert word not in r.reden


@pytest.mark.parametrize(
    "taal,een,meer",
    [
        (
            "nl",
            "Regel eerst de voorwaarde die bij een ongunstig antwoord tot no-go leidt.",
            "Regel eerst de 2 voorwaarden die bij een ongunstig antwoord tot no-go leiden.",
        ),
        (
            "en",
            "First settle the condition that leads to no-go if the answer turns out unfavourable.",
            "First settle the 2 conditions that lead to no-go if the answer turns out unfavourable.",
        ),
    ],
)
def test_singular_and_plural_in_the_reason(taal: str, een: str, meer: str) -> None:
    assert een in evaluate(voorstel(afspraken="deels"), taal=taal).reden
    assert meer in evaluate(voorstel(afspraken="deels", bekostiging="deels"), taal=taal).reden
    assert "de 1 die" not in evaluate(voorstel(afspraken="deels")).reden


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_an_exclusion_still_unknown_is_an_open_question_not_a_condition(taal: str) -> None:
    """An exclusion is no condition to meet: 'Nog 1 voorwaarde open: Hoogrisico-patiënten' said
    so (found by a user trial). It is named apart, and not counted among the conditions."""
    alleen = evaluate(voorstel(uitsluitingen="onbekend"), taal=taal)
    assert alleen.advies == "voorwaardelijk" and alleen.voorlopig
    open_vraag = (
        "Nog onbekend of de patiëntengroep onder een uitsluiting valt ("
        if taal == "nl"
        else ("Still unknown whether the patient group falls under an exclusion (")
    )
    assert alleen.reden.startswith(open_vraag), alleen.reden
    for woord in ("voorwaarde", "Regel eerst", "still open", "First settle"):
        assert woord not in alleen.reden, alleen.reden
    namen = {u.naam[taal] for u in standaard_regelpakket().uitsluitingen}
    assert all(naam in alleen.reden for naam in namen)
    beide = evaluate(voorstel(uitsluitingen="onbekend", afspraken="deels"), taal=taal)
    een = "Nog 1 voorwaarde open: " if taal == "nl" else "1 condition still open: "
    assert beide.reden.startswith(open_vraag) and een in beide.reden
    # what to settle first after the open question: named (a count beside a list of another
    # length read as if it counted that list: a review)
    assert (
        "Beantwoord eerst die vraag en regel wat bij een ongunstig antwoord tot no-go leidt: "
        "Goede afspraken maken en aanspreken op gemaakte afspraken."
        if taal == "nl"
        else "First answer that question and settle what leads to no-go if the answer turns out "
        "unfavourable: Making good agreements and holding each other to them."
    ) in beide.reden, beide.reden


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_what_to_settle_first_is_named_when_it_is_not_all_that_is_open(taal: str) -> None:
    """'Nog 3 voorwaarden open: A; B; C. Regel eerst de 2 voorwaarden die ...' left the reader to
    guess which two (a board-reader review): then the two are named."""
    r = evaluate(voorstel(afspraken="deels", intrinsieke_motivatie="deels"), taal=taal)
    kop = (
        "Regel eerst wat bij een ongunstig antwoord tot no-go leidt: "
        if taal == "nl"
        else "First settle what leads to no-go if the answer turns out unfavourable: "
    )
    afspraken = "Goede afspraken maken" if taal == "nl" else "Making good agreements"
    assert kop in r.reden and r.reden.split(kop)[1].startswith(afspraken), r.reden
    motivatie = "Intrinsieke motivatie" if taal == "nl" else "Intrinsic motivation"
    assert motivatie not in r.reden.split(kop)[1] and motivatie in r.reden.split(kop)[0]


# -- 7. English is English --------------------------------------------------------------------------

DUTCH = (
    "geciteerd",
    "Keuze substitutiecheck",
    "productkeuze)",
    "volgens het",
    "stand 2015",
    "Regelpakket",
    "Bron:",
    "Blog regio-organisaties",
    "Themagroep",
    "cardiologie 2018",
    "Geen voorkeur",
    "patiënten",
    "Samenwerkingsvorm",
    "gekozen",
    "voorlopig",
    "preferred",
)


def test_english_reports_hold_no_dutch_words_around_proper_names() -> None:
    inputs = [str(p.relative_to(ROOT)) for p in sorted(EX.glob("*.json*"))]
    for fmt in ("text", "markdown", "html"):
        out = run("check", "--format", fmt, "--lang", "en", *inputs).stdout
        out = re.sub(
            r"<style>.*?</style>|<[^>]+>", " ", out, flags=re.S
        )  # what a person reads of the HTML
        # proposal titles and descriptions of the patient group are the user's own text: drop
        # them before looking (white space folded: a description wraps in the text report)
        out = re.sub(r"\s+", " ", out)
        for p in sorted(EX.glob("*.json")):
            doc = json.loads(p.read_text("utf-8"))
            omschrijving = (doc.get("patientgroep") or {}).get("omschrijving") or ""
            for eigen in (doc.get("titel") or "", re.sub(r"\s+", " ", omschrijving)):
                out = out.replace(eigen, "") if eigen else out
        for word in DUTCH:
            assert word not in out, (fmt, word)
        # a full title stands only in the list of sources at the end (issue 18), never in the body
        body = out[: out.rindex("Sources")]
        assert "cited in the Raedelijn e-book" not in body or fmt == "html"
        assert "cited in the Raedelijn e-book" in out[len(body) :]


def test_every_source_text_a_person_reads_has_an_english_form() -> None:
    pack = standaard_regelpakket()
    for bid, src in pack.bronnen.items():
        if src["soort"] in ("productkeuze", "seed") or "geciteerd" in str(src["titel"]):
            assert isinstance(src["titel"], Mapping), bid  # a description, not a title: translated


# -- "voorlopig": never a confident headline on unknown answers --------------------------------


def test_all_unknown_is_provisional_in_every_format_and_the_verdict_is_unchanged() -> None:
    doc = {"patientgroep": {"categorie": "diabetes"}}
    r = evaluate(doc)
    assert r.advies == "voorwaardelijk" and r.voorlopig
    order = [o.id for o in r.ontbrekende_randvoorwaarden]
    assert r.nog_onbekend == tuple(i for i in order if i in r.nog_onbekend)
    assert set(r.nog_onbekend) == {
        "acuut_complex",
        "zeldzaam",
        "hoog_risico",
        "meerwaarde_patient",
        "afspraken",
        "kennis_huisarts_poh",
        "capaciteit_huisarts",
        "bekostiging",
        "afstemming_verzekeraar",
    }
    kop = "GO ONDER VOORWAARDEN (voorlopig: 6 blokkerende voorwaarden en 3 uitsluitingen nog onbekend)"
    out = alle_formaten(doc)
    assert kop in " ".join(out["text"].split())
    assert kop in out["markdown"] and kop.split(" (")[1].rstrip(")") in out["html"]
    row = next(csv.DictReader(io.StringIO(out["csv"].lstrip("\ufeff")), delimiter=";"))
    assert row["voorlopig"] == "ja" and row["advies"] == "GO ONDER VOORWAARDEN"
    kop, line = out["jsonl"].splitlines()  # the header (report format 2), then the report
    assert json.loads(kop)["kop"]["rapportversie"] == 2
    assert json.loads(line)["voorlopig"] is True
    doc_json = json.loads(out["json"])
    assert doc_json["samenvatting"]["voorlopig"] == 1 and doc_json["rapporten"][0][
        "nog_onbekend"
    ] == list(r.nog_onbekend)
    en = alle_formaten(doc, "en")["text"]
    assert (
        "GO WITH CONDITIONS (provisional: 6 blocking conditions and 3 exclusions still unknown)"
        in " ".join(en.split())
    )
    assert run("check", "-", stdin=json.dumps(doc)).exit_code == 0  # exit codes unchanged


def test_only_blocking_unknowns_make_it_provisional() -> None:
    assert not evaluate(voorstel(vertrouwen="onbekend")).voorlopig  # advisory
    assert not evaluate(voorstel(ict="onbekend")).voorlopig  # ict is advisory for a meekijkconsult
    tele = evaluate(
        voorstel(categorie="kno", vorm="teleconsultatie", fin="project", ict="onbekend")
    )
    assert tele.voorlopig and tele.nog_onbekend == ("ict",)
    assert evaluate(voorstel(afspraken="deels")).voorlopig is False  # 'deels' is known
    one = run("check", "-", stdin=json.dumps(voorstel(meerwaarde_patient="onbekend"))).stdout
    assert "(voorlopig: 1 blokkerende voorwaarde nog onbekend)" in " ".join(one.split())


def test_a_no_go_is_never_provisional_but_still_names_what_is_unknown() -> None:
    """No answer to an open question lifts a no-go (found by a user trial: the acute heart
    failure example read 'NO-GO (voorlopig)'), so the headline never says 'voorlopig' there;
    nog_onbekend still lists the open questions."""
    doc = voorstel(meerwaarde_patient="onbekend")
    doc["patientgroep"].update(acuut_complex="ja", zeldzaam="onbekend")
    r = evaluate(doc)
    assert r.advies == "no-go" and not r.voorlopig
    assert r.nog_onbekend == ("zeldzaam", "meerwaarde_patient")
    bekostiging = evaluate(voorstel(bekostiging="nee", capaciteit_huisarts="onbekend"))
    assert bekostiging.advies == "no-go" and not bekostiging.voorlopig
    assert bekostiging.nog_onbekend == ("capaciteit_huisarts",)
    out = alle_formaten(doc)
    assert "NO-GO" in out["text"] and "voorlopig" not in out["text"].split("Samenvatting")[0]
    assert "(voorlopig" not in out["markdown"] and 'class="voorlopig"' not in out["html"]
    row = next(csv.DictReader(io.StringIO(out["csv"].lstrip("\ufeff")), delimiter=";"))
    assert row["voorlopig"] == "nee" and row["advies"] == "NO-GO"
    assert json.loads(out["jsonl"].splitlines()[1])["voorlopig"] is False
    # the same open question on a go onder voorwaarden keeps it provisional
    assert evaluate(voorstel(capaciteit_huisarts="onbekend")).voorlopig


def test_batch_summary_counts_provisional_reports() -> None:
    lines = "\n".join(
        json.dumps(d)
        for d in (
            {"patientgroep": {"categorie": "diabetes"}},
            voorstel(),
            voorstel(afstemming_verzekeraar="onbekend"),
        )
    )
    out = run("check", "--format", "text", "-", stdin=lines).stdout
    assert "Voorlopig (uitsluitingen of blokkerende voorwaarden nog onbekend): 2." in " ".join(
        out.split()
    )
    md = run("check", "--format", "markdown", "--lang", "en", "-", stdin=lines).stdout
    assert "Provisional (exclusions or blocking conditions still unknown): 2." in md


def test_report_schema_documents_voorlopig_and_nog_onbekend() -> None:
    props = rapport_schema()["properties"]
    assert (
        props["voorlopig"]["type"] == "boolean" and "onbekend" in props["voorlopig"]["description"]
    )
    assert (
        props["nog_onbekend"]["items"]["type"] == "string"
        and "volgorde" in props["nog_onbekend"]["description"]
    )


# -- `regels valideer` requires a source for every link stated as a fact ------------------------------


def _copy_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pakket"
    shutil.copytree(ROOT / "rules", folder)
    return folder


def _edit(folder: Path, name: str, change) -> None:
    path = folder / name
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


@pytest.mark.parametrize(
    "name,change,where",
    [
        (
            "samenwerkingsvormen.json",
            lambda d: d["algemeen"].pop("past_bij_bron"),
            "algemeen.past_bij_bron",
        ),
        (
            "samenwerkingsvormen.json",
            lambda d: d["samenwerkingsvormen"][0].pop("financiering_bron"),
            "samenwerkingsvormen[0].financiering_bron",
        ),
        (
            "samenwerkingsvormen.json",
            lambda d: next(f for f in d["financiering"] if f["id"] == "s2").pop("past_bij_bron"),
            "financiering[4].past_bij_bron",
        ),
        (
            "toelichting.json",
            lambda d: d["financiering"].pop("standaard_bron"),
            "financiering.standaard_bron",
        ),
    ],
)
def test_valideer_requires_a_source_for_every_link(
    tmp_path: Path, name: str, change, where: str
) -> None:
    folder = _copy_pack(tmp_path)
    _edit(folder, name, change)
    result = run("regels", "valideer", str(folder))
    assert result.exit_code == 2
    assert where in result.stderr and "bron ontbreekt" in result.stderr


def test_valideer_requires_a_source_on_a_financing_route(tmp_path: Path) -> None:
    folder = _copy_pack(tmp_path)
    _edit(folder, "samenwerkingsvormen.json", lambda d: d["financiering"][0].pop("bron"))
    result = run("regels", "valideer", str(folder))
    assert (
        result.exit_code == 2
        and "financiering[0]" in result.stderr
        and "'bron' ontbreekt" in result.stderr
    )


def test_regels_toon_flags_product_choices() -> None:
    out = run("regels", "toon", "randvoorwaarde.ict.nee").stdout
    assert "Keuze substitutiecheck [productkeuze: geen bron]" in out
    assert "eigen keuze van substitutiecheck (productkeuze), niet op een bron" in out
    # the Twente example's own exclusion rests on its regional decision only
    plain = run("regels", "--regels", "examples/regio-twente", "toon", "categorie.spoedzorg").stdout
    assert "Regiobesluit (voorbeeld)" in plain and "productkeuze" not in plain
    # the advice for an excluded group is the product's (the sources only list the groups)
    assert (
        "Keuze substitutiecheck [productkeuze"
        in run("regels", "toon", "uitsluiting.acuut_complex").stdout
    )
    en = run("regels", "toon", "uitsluiting.zeldzaam", "--lang", "en").stdout
    assert "substitutiecheck's own choice [product choice: not a source]" in en
    listing = run("regels").stdout
    assert re.search(r"uitsluiting\.zeldzaam +blokkerend +\(bevat een productkeuze\)", listing)
    assert re.search(r"uitsluiting\.acuut_complex +blokkerend +\(bevat een productkeuze\)", listing)
    twente = run("regels", "--regels", "examples/regio-twente").stdout
    assert re.search(r"categorie\.spoedzorg +blokkerend *\n", twente)


def test_a_regional_pack_still_loads_and_extends_the_links(tmp_path: Path) -> None:
    pack = laad_regelpakket(ROOT / "examples" / "regio-twente")
    assert pack.vormen_info["past_bij_bron"] == ("productkeuze",)


def test_a_chain_dbc_for_cvrm_is_not_called_the_wrong_route() -> None:
    """The seed calls a keten-DBC 'reguliere huisarts financiering', so advice that rejected it
    for CVRM in favour of 'Reguliere financiering (..., ketenafspraken, ...)' contradicted itself
    (found by a user trial on examples/partners). The route fits CVRM as the product's choice
    (integral bundled payment covers DM2, COPD and CVRM: DOMAIN §2, EXT), labelled as such."""
    r = evaluate(
        voorstel(categorie="cardiologie_cvrm", vorm="terugverwijzing_cvrm", fin="keten_dbc")
    )
    fin = r.toelichting.financiering
    assert fin.past and "past volgens substitutiecheck" in fin.tekst
    route = standaard_regelpakket().financieringsroute("keten_dbc")
    assert "cardiologie_cvrm" in route.past_bij and route.past_bij_bron == ("productkeuze",)


def test_the_category_overig_is_not_repeated_as_its_own_answer() -> None:
    """'Overig (niet op de Nivel-lijst) [overig] (antwoord: overig)' repeated the id as an
    answer (found by a user trial); other missing conditions keep their answer."""
    doc = {"titel": "x", "patientgroep": {"categorie": "overig"}}
    for taal, woord in (("nl", "antwoord"), ("en", "answer")):
        out = alle_formaten(doc, taal)
        for fmt in ("text", "markdown", "html"):
            plat = " ".join(out[fmt].split())
            assert f"{woord}: overig" not in plat, (taal, fmt)
            assert f"{woord}: {'onbekend' if taal == 'nl' else 'unknown'}" in plat, (taal, fmt)


def test_every_randvoorwaarde_cites_the_product_choice_for_its_blocking_flag_and_advice() -> None:
    """DOMAIN: 'the blocking flags are product decisions made here, not source text', and the
    'How' texts are the product's advice: a finding about a randvoorwaarde names the product's
    choice beside the sources of the condition itself (a no-go was credited to Raedelijn and
    Nivel alone)."""
    pack = standaard_regelpakket()
    assert "welke randvoorwaarden blokkerend zijn" in pack.bron_tekst("productkeuze", "titel", "nl")
    assert "'Hoe'" in pack.bron_tekst("productkeuze", "titel", "nl")
    for r in pack.randvoorwaarden:
        assert "productkeuze" in r.bron, r.id
    doc = voorstel()
    doc["randvoorwaarden"]["bekostiging"] = "nee"
    out = run("check", "-", stdin=json.dumps(doc)).stdout
    blok = " ".join(
        out.split("Blokkerend (daarom no-go):")[1].split("Randvoorwaarden per groep")[0].split()
    )
    # the sources of the condition, and apart (not as if the e-book gave the advice 'Hoe') the
    # product's choice
    assert (
        "Bron: Raedelijn e-book (2015/2016) [1]; Nivel 2013 [2]; ZorgMasters [3]"
        " Advies en indeling: Keuze substitutiecheck [4]"
    ) in blok


def test_every_rule_of_the_national_pack_names_the_product_choice_it_rests_on() -> None:
    """Found by a source review: the advice of an exclusion, of a weak collaboration and of no,
    temporary or unknown financing is the product's own (the sources only name the groups, the
    elements and the routes), and each such rule now says so; the source table says what the
    product chose."""
    pack = laad_regelpakket(ROOT / "rules")
    zonder = [r.id for r in pack.regels if not any(pack.is_productkeuze(b) for b in r.bron)]
    # these two say only what the e-book says (dated 2015/2016): the routes of that time
    assert zonder == ["notitie.financiering_onbekend", "notitie.financiering_geen"]
    zwak = next(r for r in pack.regels if r.id == "samenwerking.gedeelde_ambitie.zwak")
    assert zwak.bron[:2] == ("kaats_opheij", "raedelijn") and "productkeuze" in zwak.bron
    titel = pack.bronnen["productkeuze"]["titel"]
    assert "het advies bij een uitsluiting" in titel["nl"] and "zwakke samenwerking" in titel["nl"]
    assert "Geciteerd in het Raedelijn e-book" in pack.bronnen["nivel2013"]["titel"]["nl"]


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_no_financing_route_is_explained_as_the_rules_treat_it(taal: str) -> None:
    """DOMAIN.md §7: a financing route never changes the verdict; the randvoorwaarde
    'bekostiging' does. 'Geen financiering' with bekostiging 'ja' is GO (with a note to check
    both answers), so the route's explanation, which the questionnaire shows under the choice
    and in its help, must not say that no route leaves 'bekostiging' unmet (a no-go)."""
    from substitutiecheck.questionnaire import laad_vragenlijst

    pack = standaard_regelpakket()
    r = evaluate(voorstel(fin="geen"), taal=taal)
    assert r.advies == "go"
    assert [b.regel for b in r.bevindingen if b.veld == "financiering"] == [
        "notitie.financiering_tegenstrijdig"
    ]
    assert evaluate(voorstel(fin="geen", bekostiging="nee")).advies == "no-go"
    keuze = laad_vragenlijst(pack).vraag("financiering").keuze("geen")
    assert keuze is not None
    uitleg = keuze.uitleg[taal]
    assert uitleg == pack.financieringsroute("geen").toelichting[taal]
    zegt = {
        "nl": ("verandert het advies niet", "randvoorwaarde 'bekostiging'", "'nee' no-go"),
        "en": ("does not change the advice", "precondition on funding", "'no' there means no-go"),
    }[taal]
    assert all(z in uitleg for z in zegt), uitleg
    assert "niet vervuld" not in uitleg and "not met" not in uitleg
