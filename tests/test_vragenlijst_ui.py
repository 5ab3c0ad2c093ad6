"""The questionnaire as a user drives it: real questionary prompts fed with keys through a
prompt_toolkit pipe input (one chunk of keys per prompt). What the program prints besides the
prompts (headers, help, report) is captured in ``out``; what the prompts draw (as plain text,
every redraw appended) in ``scherm``."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import RANDVOORWAARDEN, SHARED_EXAMPLE, run_cli
from prompt_toolkit.application import create_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.plain_text import PlainTextOutput

from substitutiecheck.questionnaire import laad_vragenlijst
from substitutiecheck.questionnaire.storage import Opslag
from substitutiecheck.questionnaire.ui import AFRONDEN, TERUG, UITLEG, VragenlijstUI

DOWN, UP, LEFT, ENTER, CTRL_C, CTRL_D, CTRL_U = (
    "\x1b[B",
    "\x1b[A",
    "\x1b[D",
    "\r",
    "\x03",
    "\x04",
    "\x15",
)
KO = ["gedeelde_ambitie", "belangen", "relatie", "organisatie", "proces"]


@pytest.fixture(scope="module")
def vl(pack):
    return laad_vragenlijst(pack)


def kies(value: str) -> Callable[[VragenlijstUI], str]:
    """The arrow keys + Enter that pick ``value`` in the current choice prompt (a question or
    the overview), counted from the pre-selected choice, as a user would press them."""

    def keys(ui: VragenlijstUI) -> str:
        s = ui.sessie
        q = s.huidige
        if q is None:  # the overview
            values = [AFRONDEN] + [v.id for v in s.zichtbare_vragen()] + [TERUG]
            start = 0
        else:
            values = [k.waarde for k in s.keuzes(q)] + [TERUG, UITLEG]
            default = s.standaard(q)
            start = values.index(default) if default in values else 0
        steps = values.index(value) - start
        return (DOWN * steps if steps > 0 else UP * -steps) + ENTER

    return keys


class Feeder:
    """Called by the UI right before each prompt: records where the session is and sends the
    next chunk of keys. Out of keys (or stuck for 20 s): Ctrl-C, so a broken flow ends the test
    instead of hanging it."""

    def __init__(self, pipe: Any, script: list[Any]) -> None:
        self.pipe = pipe
        self.script = list(script)
        self.asked: list[str | None] = []
        self.ui: VragenlijstUI | None = None
        self.timer: threading.Timer | None = None

    def __call__(self) -> None:
        s = self.ui.sessie
        self.asked.append("<start>" if s is None else s.positie)
        if self.timer:
            self.timer.cancel()
        if not self.script:
            self.pipe.send_text(CTRL_C)
            return
        item = self.script.pop(0)
        keys = item(self.ui) if callable(item) else item
        if isinstance(keys, bytes):  # what a terminal sends, not necessarily UTF-8
            self.pipe.send_bytes(keys)
        else:
            self.pipe.send_text(keys)
        self.timer = threading.Timer(20, lambda: self.pipe.send_text(CTRL_C))
        self.timer.daemon = True
        self.timer.start()


@dataclass
class Result:
    code: int
    out: str
    err: str
    asked: list[str | None]
    left: list[Any]
    path: Path
    scherm: str = ""

    @property
    def flat(self) -> str:
        """The output with line wrapping undone."""
        return " ".join(self.out.split())

    @property
    def saved(self) -> dict:
        return json.loads(self.path.read_text("utf-8"))

    @property
    def sidecar(self) -> Path:
        return self.path.with_name(f".{self.path.name}.voortgang")


class _Scherm(PlainTextOutput):
    """The prompts as plain text, on a screen wide enough never to break a line."""

    def get_size(self) -> Size:
        return Size(rows=1000, columns=10_000)


def drive(  # noqa: PLR0913 - the questionnaire's options, one by one
    vl,
    path: Path,
    script: list[Any],
    van: str | None = None,
    taal: str = "nl",
    rapport_pad: str | None = None,
    regels: str | None = None,
) -> Result:
    out, err, scherm = io.StringIO(), io.StringIO(), io.StringIO()
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=_Scherm(scherm)):
        feeder = Feeder(pipe, script)
        opslag = Opslag(path, regels=regels)
        ui = VragenlijstUI(vl, opslag, taal, out=out, err=err, voor_prompt=feeder)
        ui.rapport_pad = rapport_pad
        feeder.ui = ui
        code = ui.run(van)
        if feeder.timer:
            feeder.timer.cancel()
    return Result(
        code, out.getvalue(), err.getvalue(), feeder.asked, feeder.script, path, scherm.getvalue()
    )


SLA_OVER = [kies("nee")] * 2
"""Skip the optional parts of the last section, 'the proposal itself' (triple_aim, eerste_lijn)."""


def all_yes(vorm: str = "keten_dbc", fin: str = "s2") -> list[Any]:
    return [kies("nee")] * 3 + [kies(vorm), kies(fin)] + [kies("ja")] * len(RANDVOORWAARDEN)


# -- happy path ------------------------------------------------------------------------------


def test_happy_path_writes_the_proposal_and_shows_the_report(tmp_path, vl, alles_ja):
    r = drive(
        vl,
        tmp_path / "voorstel.json",
        [
            "Alles geregeld" + ENTER,
            ENTER,
            kies("diabetes"),
            ENTER,
            *all_yes(),
            kies("nee"),
            *SLA_OVER,
            kies(AFRONDEN),
        ],
    )
    assert r.code == 0 and r.left == []
    assert r.saved == alles_ja
    assert not r.sidecar.exists()
    assert "Vraag 1 van 25" in r.scherm and "Vraag 25 van 25" in r.scherm
    assert "Randvoorwaarden: Infrastructuur" in r.out  # section header from the pack's groups
    assert "Advies: GO\n" in r.out and "Er ontbreekt niets." in r.out
    assert f"Het voorstel is opgeslagen in {r.path}." in r.flat
    # Kaats & Opheij skipped: its questions were never asked
    assert not [a for a in r.asked if a and a.startswith("samenwerking.")]
    check = run_cli("check", str(r.path))
    assert check.returncode == 0 and b"Advies: GO" in check.stdout


def test_the_report_can_also_be_written_as_html(tmp_path, vl):
    target = tmp_path / "advies.html"
    r = drive(
        vl,
        tmp_path / "voorstel.json",
        [
            "Alles geregeld" + ENTER,
            ENTER,
            kies("diabetes"),
            ENTER,
            *all_yes(),
            kies("nee"),
            *SLA_OVER,
            kies(AFRONDEN),
        ],
        rapport_pad=str(target),
    )
    assert r.code == 0
    html = target.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "Alles geregeld" in html
    assert f"Het rapport is geschreven naar {target}." in r.flat


def test_report_is_the_same_as_check_prints(tmp_path, vl):
    r = drive(
        vl,
        tmp_path / "v.json",
        [
            ENTER,
            ENTER,
            kies("dermatologie"),
            ENTER,
            kies("nee"),
            kies("nee"),
            kies("onbekend"),
            kies("meekijkconsult"),
            kies("s3"),
            *[kies("ja")] * 12,
            kies("nee"),
            kies("nee"),
            *SLA_OVER,
            kies(AFRONDEN),
        ],
    )
    assert r.code == 0
    check = run_cli("check", str(r.path))
    assert (
        check.returncode == 0
    )  # ict 'nee' is not blocking for a meekijkconsult (digitaal of fysiek)
    report = check.stdout.decode()
    report = report.replace(f"  ({r.path})\n", "")  # check names the file it read
    assert report in r.out
    assert "GO ONDER VOORWAARDEN (voorlopig: 1 uitsluiting nog onbekend)" in report
    assert "Voldoende ICT-ondersteuning [ict]" in report


def test_english(tmp_path, vl):
    r = drive(
        vl,
        tmp_path / "v.json",
        [
            "Title" + ENTER,
            ENTER,
            kies("kno"),
            ENTER,
            *all_yes("teleconsultatie", "onbekend"),
            kies("nee"),
            *SLA_OVER,
            kies(AFRONDEN),
        ],
        taal="en",
    )
    assert r.code == 0
    assert "Question 1 of 25" in r.scherm and "Vraag" not in r.out + r.scherm
    assert "Advice: GO" in r.out and "The proposal is saved in" in r.out
    assert r.saved["samenwerkingsvorm"] == "teleconsultatie"


# -- conditional questions ---------------------------------------------------------------------


def test_kaats_opheij_questions_are_shown_when_chosen(tmp_path, vl):
    r = drive(
        vl,
        tmp_path / "v.json",
        [
            ENTER,
            ENTER,
            kies("copd_astma"),
            ENTER,
            *all_yes("longzorg"),
            kies("ja"),
            kies("ja"),
            kies("deels"),
            kies("nee"),
            kies("onbekend"),
            kies("ja"),
            *SLA_OVER,
            kies("deels"),
            kies(AFRONDEN),
        ],
    )
    assert r.code == 0
    assert r.asked[-9:] == [f"samenwerking.{k}" for k in KO] + [
        "triple_aim",
        "eerste_lijn",
        "samenwerking.kernvoorwaarde",
        None,
    ]
    assert r.saved["samenwerking"] == {
        **dict(zip(KO, ["ja", "deels", "nee", "onbekend", "ja"], strict=True)),
        "kernvoorwaarde": "deels",
    }
    assert "Vraag 31 van 31" in r.scherm
    assert (
        "Samenwerking zwak" in r.flat
        and "Let op de faalsignalen: gebrekkige relatieontwikkeling" in r.flat
    )  # the profile in the report


def test_switching_kaats_opheij_off_in_the_overview_drops_its_answers(tmp_path, vl):
    r = drive(
        vl,
        tmp_path / "v.json",
        [
            ENTER,
            ENTER,
            kies("diabetes"),
            ENTER,
            *all_yes(),
            kies("ja"),
            *[kies("nee")] * 5,
            *SLA_OVER,
            kies("nee"),
            kies("samenwerking"),
            kies("nee"),
            kies(AFRONDEN),
        ],
    )
    assert r.code == 0
    assert "samenwerking" not in r.saved
    assert (
        "Niet meer van toepassing, dus uit het voorstel gehaald: Kaats & Opheij: Gedeelde ambitie"
        in " ".join(r.scherm.split())
    )
    assert "Advies: GO\n" in r.out


# -- going back, help ------------------------------------------------------------------------


def test_going_back_with_keys_and_choices(tmp_path, vl):
    r = drive(
        vl,
        tmp_path / "v.json",
        [
            "Titel" + ENTER,
            "Oost" + ENTER,
            LEFT,  # categorie: ← goes back to regio
            CTRL_U + "West" + ENTER,  # regio again, the old answer pre-filled: replace it
            kies("kno"),
            "<" + ENTER,  # omschrijving: '<' goes back to categorie
            ENTER,  # categorie: 'kno' is pre-selected
            "Kinderen met oorproblemen" + ENTER,
            kies(TERUG),  # acuut_complex: the '← Vorige vraag' choice
            ENTER,  # omschrijving: keep the answer
            CTRL_C,
        ],
    )
    assert r.asked == [
        "titel",
        "regio",
        "patientgroep.categorie",
        "regio",
        "patientgroep.categorie",
        "patientgroep.omschrijving",
        "patientgroep.categorie",
        "patientgroep.omschrijving",
        "patientgroep.acuut_complex",
        "patientgroep.omschrijving",
        "patientgroep.acuut_complex",
    ]
    assert r.code == 130
    assert r.saved == {
        "titel": "Titel",
        "regio": "West",
        "patientgroep": {"categorie": "kno", "omschrijving": "Kinderen met oorproblemen"},
    }


def test_back_at_the_first_question_says_so(tmp_path, vl):
    r = drive(vl, tmp_path / "v.json", ["<" + ENTER, CTRL_C])
    assert r.asked == ["titel", "titel"]
    assert "Dit is de eerste vraag." in r.scherm


def test_help_on_demand(tmp_path, vl, pack):
    r = drive(
        vl,
        tmp_path / "v.json",
        ["?" + ENTER, ENTER, ENTER, "?", kies(UITLEG), kies("overig"), CTRL_C],
    )
    assert r.asked[:6] == [
        "titel",
        "titel",
        "regio",
        "patientgroep.categorie",
        "patientgroep.categorie",
        "patientgroep.categorie",
    ]
    assert r.flat.count("De categorieën zijn de 'potentiële patiëntengroepen'") == 2
    assert "Alleen voor uw eigen overzicht" in r.flat  # help of the text question 'titel'
    assert "Bron: - Nivel 2013: Van Dijk CE et al. (2013)" in r.flat
    assert (
        "- Overig (niet op de Nivel-lijst): De patiëntengroep staat niet op de lijst van potentiële"
        in r.flat
    )
    rv = drive(
        vl, tmp_path / "w.json", [ENTER, ENTER, kies("kno"), ENTER, *all_yes()[:5], "?", CTRL_C]
    )
    assert rv.asked[-2:] == ["randvoorwaarden.meerwaarde_patient"] * 2
    assert pack.randvoorwaarde("meerwaarde_patient").toelichting["nl"] in rv.flat
    assert "Waarom het telt: dit is een blokkerende voorwaarde" in rv.flat


def _bronblok(out: str) -> dict[str, list[str]]:
    """The source lines at the end of the help: each heading ('  Bron:') with the short names
    of the sources listed under it ('    - Nivel 2013: ...')."""
    blok: dict[str, list[str]] = {}
    kop = None
    for line in out.splitlines():
        if line.startswith("  ") and line.endswith(":") and not line.startswith("   "):
            kop = line.strip()[:-1]
            blok[kop] = []
        elif kop is not None and line.startswith("    - "):
            blok[kop].append(line[6:].split(": ", 1)[0])
    return blok


@pytest.mark.parametrize(
    "taal,bron,keuze,kort",
    [
        ("nl", "Bron", "Advies en indeling", "Keuze substitutiecheck"),
        ("en", "Source", "Advice and classification", "substitutiecheck's own choice"),
    ],
)
def test_help_lists_the_products_own_choice_apart_from_the_sources(  # noqa: PLR0913
    tmp_path, vl, taal, bron, keuze, kort
):
    """As in the reports (bronnenlijst.apart): the documents under 'Bron:', the product's own
    choice (how to meet the condition, whether it blocks) on its own under 'Advies en indeling:',
    never as one more 'Bron:' as if a document said it."""
    r = drive(
        vl,
        tmp_path / "v.json",
        [ENTER, ENTER, kies("kno"), ENTER, *all_yes()[:5], "?", CTRL_C],
        taal=taal,
    )
    assert r.asked[-2:] == ["randvoorwaarden.meerwaarde_patient"] * 2
    blok = _bronblok(r.out)
    assert blok[bron] == ["Raedelijn e-book (2015/2016)", "Nivel 2013"]
    assert blok[keuze] == [kort]
    assert list(blok)[-2:] == [bron, keuze]  # the choice last, after the sources
    assert f"{bron}: {kort}" not in r.flat


# -- validation --------------------------------------------------------------------------------


def test_required_description_is_refused_empty(tmp_path, vl):
    r = drive(
        vl,
        tmp_path / "v.json",
        [
            ENTER,
            ENTER,
            kies("overig"),
            ENTER
            + "Complexe wondzorg thuis"
            + ENTER,  # the empty Enter is refused; the prompt stays
            CTRL_C,
        ],
    )
    assert r.asked == [
        "titel",
        "regio",
        "patientgroep.categorie",
        "patientgroep.omschrijving",
        "patientgroep.acuut_complex",
    ]
    assert r.saved["patientgroep"] == {
        "categorie": "overig",
        "omschrijving": "Complexe wondzorg thuis",
    }


def test_too_long_title_is_refused(tmp_path, vl):
    r = drive(vl, tmp_path / "v.json", ["x" * 501 + ENTER + "\x08" + ENTER, CTRL_C])
    assert r.asked == ["titel", "regio"]
    assert r.saved == {"titel": "x" * 500}


def test_finishing_is_refused_until_required_answers_are_given(tmp_path, vl):
    r = drive(
        vl,
        tmp_path / "v.json",
        [
            ENTER,
            ENTER,
            kies("diabetes"),
            ENTER,
            *all_yes(),
            kies("nee"),
            *SLA_OVER,
            kies("patientgroep.categorie"),
            kies("overig"),  # overview: change the category
            kies(AFRONDEN),  # refused: the description is now required
            "Wondzorg" + ENTER,
            kies(AFRONDEN),
        ],
    )
    assert r.code == 0
    assert "Nog niet af: 'Korte omschrijving van de patiëntengroep' is verplicht." in r.scherm
    assert r.asked[-5:] == [None, "patientgroep.categorie", None, "patientgroep.omschrijving", None]
    assert r.saved["patientgroep"]["omschrijving"] == "Wondzorg"


# -- nothing lost ----------------------------------------------------------------------------


def test_ctrl_c_saves_and_resume_continues_where_it_stopped(tmp_path, vl, pack):
    path = tmp_path / "voorstel.json"
    r = drive(vl, path, ["Wondzorg" + ENTER, "Twente" + ENTER, kies("overig"), CTRL_C])
    assert r.code == 130
    assert r.saved == {
        "titel": "Wondzorg",
        "regio": "Twente",
        "patientgroep": {"categorie": "overig"},
    }
    assert f"Gestopt. Uw antwoorden zijn opgeslagen in {path}." in r.err
    assert r.sidecar.exists()

    r2 = drive(
        vl,
        path,
        [ENTER, "Complexe wondzorg" + ENTER, *all_yes(), kies("nee"), *SLA_OVER, kies(AFRONDEN)],
    )
    assert r2.code == 0
    assert r2.asked[:2] == ["<start>", "patientgroep.omschrijving"]
    assert (
        r2.saved["titel"] == "Wondzorg"
        and r2.saved["patientgroep"]["omschrijving"] == "Complexe wondzorg"
    )
    assert not r2.sidecar.exists()
    assert "GO ONDER VOORWAARDEN" in r2.out


def test_ctrl_d_in_a_choice_saves_and_exits_130(tmp_path, vl):
    r = drive(vl, tmp_path / "v.json", ["T" + ENTER, ENTER, kies("kno"), ENTER, CTRL_D])
    assert r.code == 130
    assert r.saved == {"titel": "T", "patientgroep": {"categorie": "kno"}}
    assert "Gestopt" in r.err


def test_start_over_replaces_the_unfinished_answers(tmp_path, vl):
    path = tmp_path / "v.json"
    drive(vl, path, ["Oud" + ENTER, CTRL_C])
    r = drive(
        vl, path, [DOWN + ENTER, DOWN + ENTER, "Nieuw" + ENTER, CTRL_C]
    )  # start over; confirm
    assert r.asked[:3] == ["<start>", "<start>", "titel"]
    assert r.saved == {"titel": "Nieuw"}
    assert json.loads(path.with_name("v.json.vorige").read_text("utf-8")) == {"titel": "Oud"}
    assert f"De vorige antwoorden staan in {path}.vorige" in r.flat


def test_existing_file_is_left_alone_when_the_user_stops(tmp_path, vl):
    path = tmp_path / "v.json"
    path.write_text(SHARED_EXAMPLE.read_text("utf-8"), "utf-8")
    r = drive(vl, path, [UP + ENTER])  # 'Stoppen' is the last choice
    assert r.code == 130
    assert path.read_text("utf-8") == SHARED_EXAMPLE.read_text("utf-8")
    assert "Gestopt; er is niets veranderd." in r.err


@pytest.mark.parametrize("inhoud", ["", "  \n"])
def test_an_empty_file_starts_a_new_proposal_without_asking(tmp_path, vl, inhoud):
    """An empty file offered 'Dit voorstel herzien' (of nothing; check calls it 'bestand is
    leeg'; a user trial): nothing can be lost, so the first question comes at once."""
    path = tmp_path / "leeg.json"
    path.write_text(inhoud, "utf-8")
    r = drive(vl, path, ["Nieuw" + ENTER, CTRL_C])
    assert r.asked[0] == "titel" and "<start>" not in r.asked
    assert r.saved == {"titel": "Nieuw"}


def test_ctrl_c_before_any_answer_saves_nothing(tmp_path, vl):
    r = drive(vl, tmp_path / "v.json", [CTRL_C])
    assert r.code == 130 and not r.path.exists() and not r.sidecar.exists()
    assert "er is niets opgeslagen" in r.err


# -- revising ------------------------------------------------------------------------------


def test_van_starts_at_the_overview_and_changes_one_answer(tmp_path, vl):
    example = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    r = drive(
        vl,
        tmp_path / "nieuw.json",
        [kies("randvoorwaarden.afspraken"), kies("ja"), kies(AFRONDEN)],
        van=str(SHARED_EXAMPLE),
    )
    assert r.code == 0
    assert r.asked == [None, "randvoorwaarden.afspraken", None]
    example["randvoorwaarden"]["afspraken"] = "ja"
    assert r.saved == example


def test_existing_finished_file_can_be_revised(tmp_path, vl):
    path = tmp_path / "v.json"
    path.write_text(SHARED_EXAMPLE.read_text("utf-8"), "utf-8")
    # a file written before the optional parts existed: after the change, their gates and the core
    # condition are still open, so they are asked before the overview ('' leaves the core condition out)
    r = drive(
        vl,
        path,
        [
            ENTER,
            kies("titel"),
            CTRL_U + "Nieuwe titel" + ENTER,
            *SLA_OVER,
            kies(""),
            kies(AFRONDEN),
        ],
    )
    assert r.code == 0
    assert r.asked[-5:] == [
        "titel",
        "triple_aim",
        "eerste_lijn",
        "samenwerking.kernvoorwaarde",
        None,
    ]
    assert r.saved["titel"] == "Nieuwe titel"
    assert r.saved["samenwerking"] == json.loads(SHARED_EXAMPLE.read_text("utf-8"))["samenwerking"]


def test_van_with_an_invalid_proposal_is_an_error_naming_the_field(tmp_path, vl):
    from substitutiecheck.errors import InvoerFout

    bad = tmp_path / "bad.json"
    bad.write_text('{"patientgroep": {"categorie": "diabetis"}}', "utf-8")
    with pytest.raises(InvoerFout) as e:
        drive(vl, tmp_path / "v.json", [], van=str(bad))
    assert e.value.regels("nl")[0].startswith(
        f"{bad}: patientgroep.categorie: ongeldige waarde 'diabetis'"
    )


# -- no terminal ---------------------------------------------------------------------------


def test_without_a_terminal_points_to_check(tmp_path):
    r = run_cli("vragenlijst", "-o", str(tmp_path / "v.json"), stdin=b"")
    assert r.returncode == 2
    assert r.stderr.decode().strip() == (
        "fout: de vragenlijst heeft een terminal nodig (standaardinvoer is geen terminal); "
        "gebruik voor een voorstel in een bestand: substitutiecheck check voorstel.json"
    )
    assert not (tmp_path / "v.json").exists()
    en = run_cli("vragenlijst", "-o", str(tmp_path / "v.json"), "--lang", "en", stdin=b"")
    assert en.returncode == 2 and "needs a terminal" in en.stderr.decode()


def test_output_in_a_missing_folder_is_refused_before_any_question(tmp_path):
    target = tmp_path / "bestaat-niet" / "v.json"
    r = run_cli("vragenlijst", "-o", str(target), stdin=b"")
    assert r.returncode == 2
    assert r.stderr.decode().strip() == (
        f"fout: {target}: kan hier niet opslaan: de map bestaat niet of is niet schrijfbaar"
    )


def test_a_regional_pack_adds_its_randvoorwaarde_to_the_flow(tmp_path):
    import copy
    import shutil

    from conftest import ROOT

    from substitutiecheck.pack import laad_regelpakket

    pack_dir = tmp_path / "regio"
    shutil.copytree(ROOT / "rules", pack_dir)
    rv = json.loads((pack_dir / "randvoorwaarden.json").read_text("utf-8"))
    extra = copy.deepcopy(next(r for r in rv["randvoorwaarden"] if r["id"] == "ict"))
    extra.update(
        id="vervoer",
        blokkerend=True,
        vraag={
            "nl": "Kunnen patiënten de praktijk bereiken?",
            "en": "Can patients reach the practice?",
        },
    )
    del extra["blokkerend_als"]
    rv["randvoorwaarden"].append(extra)
    (pack_dir / "randvoorwaarden.json").write_text(json.dumps(rv, ensure_ascii=False), "utf-8")
    regional = laad_vragenlijst(laad_regelpakket(pack_dir))

    r = drive(
        regional,
        tmp_path / "v.json",
        [
            ENTER,
            ENTER,
            kies("diabetes"),
            ENTER,
            *all_yes(),
            kies("nee"),
            kies("nee"),
            *SLA_OVER,
            kies(AFRONDEN),
        ],
    )
    assert r.code == 0
    assert "Vraag 26 van 26" in r.scherm
    assert r.asked[-5] == "randvoorwaarden.vervoer"
    assert r.saved["randvoorwaarden"]["vervoer"] == "nee"
    assert "NO-GO" in r.out
    check = run_cli("check", "--regels", str(pack_dir), str(r.path))
    assert check.returncode == 1 and b"[vervoer]" in check.stdout


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_narrow_terminal_gets_lines_that_fit_and_the_hint_on_its_own_line(
    vl, tmp_path, monkeypatch
):
    import click

    monkeypatch.setenv("COLUMNS", "60")
    out = _Terminal()
    ui = VragenlijstUI(vl, Opslag(tmp_path / "v.json"), out=out)
    assert ui.breedte == 59 and ui.kolommen == 60
    ui.wrap(
        "Deze vragenlijst helpt u bepalen of een patiëntengroep geschikt is voor substitutie van "
        "zorg (van ziekenhuis naar huisarts) en wat er nog ontbreekt.",
        "",
    )
    lines = click.unstyle(out.getvalue()).splitlines()
    assert len(lines) == 3 and max(map(len, lines)) <= 59
    hint = "(↑↓ Enter · ? uitleg · ← vorige)"
    kop = ui._kop(
        "Valt (een deel van) de groep onder: acute complexe patiëntengroep?",
        hint,
        ("Vraag 5 van 23",),
    )
    assert kop == {
        "message": "Valt (een deel van) de groep onder: acute complexe\npatiëntengroep?",
        "qmark": "Vraag 5 van 23\n?",
        "instruction": hint,
    }  # the hint fits after the last line
    kop = ui._kop(
        "Is de bekostiging voor deze patiëntengroep geregeld, en ligt er een business case?",
        hint,
        (),
    )
    assert kop["message"].splitlines()[-1] == "ligt er een business case?"  # 26 + 32 + 5 > 59:
    assert (
        kop["qmark"] == f"{hint}\n?" and kop["instruction"] == " "
    )  # the hint on its own line above
    assert ui._kop("Regio", hint, ())["instruction"] == hint  # fits: stays after the question
    assert (
        ui._kop("Regio", hint, (), "x" * 30)["instruction"] == " "
    )  # not with the prefilled answer


def test_not_a_terminal_keeps_the_standard_width(vl, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    ui = VragenlijstUI(vl, Opslag(tmp_path / "v.json"), out=io.StringIO())
    assert (
        ui.breedte == 88 and ui._kop("x" * 200, "(↑↓ Enter)", ())["instruction"] == "(↑↓ Enter)"
    )  # no terminal to overflow


def test_back_or_help_typed_after_a_prefilled_text_answer_keeps_the_answer():
    """Found by a new-user trial: reviewing 'Twente' and typing '<' saved 'Twente<'."""
    from substitutiecheck.questionnaire.ui import navigatie

    assert navigatie("Twente<", "Twente") == TERUG
    assert navigatie("Twente?", "Twente") == UITLEG
    assert navigatie(" < ", "") == TERUG and navigatie("?", "Twente") == UITLEG
    assert navigatie("Twente", "Twente") is None
    assert navigatie("Wat is dit?", "Twente") is None  # a real answer may end in '?'
    assert navigatie("Twente-Oost<", "Twente") is None  # an edited text is taken as typed


# -- speed without a timing: what benchmarks/vragenlijst.py measures comes from here ------------


def test_prompts_share_one_set_of_prompt_toolkits_default_key_bindings(tmp_path, vl, monkeypatch):
    """Every prompt (text and choice questions, and questionary's inner prompt sessions) reuses
    one set of prompt_toolkit's default key bindings instead of building its several hundred
    bindings anew (20-30 ms of every question); outside building a prompt, prompt_toolkit is
    left as it was."""
    from prompt_toolkit.application import Application
    from prompt_toolkit.application import application as pt_app

    original = pt_app.load_key_bindings
    seen: list[Any] = []
    real_init = Application.__init__

    def spy(self, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        seen.append(self._default_bindings)

    monkeypatch.setattr(Application, "__init__", spy)
    r = drive(vl, tmp_path / "v.json", ["Titel\r", "Twente\r", ENTER, ENTER])
    assert r.code == 130 and r.saved["titel"] == "Titel"
    assert len(seen) >= 4
    assert all(b is seen[0] for b in seen)
    assert pt_app.load_key_bindings is original


# -- saving fails mid-way (an audit): the session stays, nothing typed is lost -----------------


def _wordt_map(path: Path, keys: str) -> Callable[[VragenlijstUI], str]:
    """Before the next answer: the proposal file is replaced by a folder (the save will fail)."""

    def doe(ui: VragenlijstUI) -> str:
        path.unlink()
        path.mkdir()
        return keys

    return doe


def _herstel(path: Path, keys: str) -> Callable[[VragenlijstUI], str]:
    def doe(ui: VragenlijstUI) -> str:
        path.rmdir()
        return keys

    return doe


def test_a_failed_save_can_be_fixed_and_retried_without_losing_the_answer(tmp_path, vl):
    """A save that failed (folder read-only, disk full, file replaced by a folder) ended the
    questionnaire with exit 2 and the answer just given nowhere."""
    path = tmp_path / "v.json"
    r = drive(vl, path, ["T" + ENTER, _wordt_map(path, "R" + ENTER), _herstel(path, ENTER)])
    assert "Opslaan lukt niet" in r.scherm and "Opnieuw opslaan" in r.scherm
    assert r.code == 130 and r.saved == {"titel": "T", "regio": "R"}


def test_a_save_that_keeps_failing_shows_the_answers_instead_of_losing_them(tmp_path, vl):
    path = tmp_path / "v.json"
    r = drive(vl, path, ["T" + ENTER, _wordt_map(path, "R" + ENTER), DOWN + ENTER])
    assert r.code == 2 and path.is_dir()
    assert f"Niet opgeslagen in {path}" in r.err
    assert json.loads(r.err[r.err.index("{") :]) == {"titel": "T", "regio": "R"}


def test_ctrl_c_while_the_save_still_fails_shows_the_answers(tmp_path, vl):
    path = tmp_path / "v.json"
    r = drive(vl, path, ["T" + ENTER, _wordt_map(path, "R" + ENTER), CTRL_C])
    assert r.code == 130 and '"regio": "R"' in r.err


def test_starting_over_never_replaces_an_earlier_copy(tmp_path):
    """Starting over twice put the second answers in x.json.vorige over the first ones."""
    path = tmp_path / "x.json"
    path.write_text('{"titel": "BBB"}', "utf-8")
    (tmp_path / "x.json.vorige").write_text('{"titel": "AAA"}', "utf-8")
    o = Opslag(path)
    assert o.kopie_pad == tmp_path / "x.json.vorige-2"
    assert o.bewaar_kopie() == tmp_path / "x.json.vorige-2"
    assert json.loads((tmp_path / "x.json.vorige").read_text("utf-8")) == {"titel": "AAA"}
    assert Opslag(path).kopie_pad == tmp_path / "x.json.vorige-3"


def test_sigterm_waits_until_the_save_is_done():
    """SIGTERM (or SIGHUP, a closed window) mid-save left a temporary file and no answer."""
    import os
    import signal

    from substitutiecheck.signalen import ononderbroken

    got: list[int] = []
    old = signal.signal(signal.SIGTERM, lambda signum, frame: got.append(signum))
    try:
        with ononderbroken():
            os.kill(os.getpid(), signal.SIGTERM)
            assert got == []  # held back while the file is written
        assert got == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, old)


def test_enter_on_a_search_that_matches_nothing_answers_nothing(tmp_path, vl):
    """Typing 'zzz' in the category list and Enter answered 'Diabetes' (questionary shows the
    whole list when nothing matches, pointing at the first): Enter now waits for a match."""
    bs = "\x7f" * 3
    r = drive(vl, tmp_path / "v.json", ["T" + ENTER, ENTER, "zzz" + ENTER + bs + "KNO" + ENTER])
    assert r.saved["patientgroep"]["categorie"] == "kno"
    assert r.asked.count("patientgroep.categorie") == 1  # one prompt: the first Enter did nothing


def test_van_onto_the_same_unfinished_file_resumes_it(tmp_path, vl):
    """'--van X -o X' on an unfinished X read it as finished: the questions never asked were
    filled in (samenwerking 'nee', ...) as answered and the position was lost (an audit)."""
    path = tmp_path / "v.json"
    drive(vl, path, ["T" + ENTER, "R" + ENTER, kies("kno"), CTRL_C])
    r = drive(vl, path, [ENTER, CTRL_C], van=str(path))
    assert r.asked[:2] == ["<start>", "patientgroep.omschrijving"]  # the resume screen, then on
    assert r.saved == {"titel": "T", "regio": "R", "patientgroep": {"categorie": "kno"}}
    assert r.sidecar.exists()


def test_a_second_questionnaire_on_the_same_file_stops_at_the_start(tmp_path, vl):
    """Two questionnaires on one file overwrote each other's answers without a word (an audit):
    while one has it open, a second stops with one line; the lock goes when the first ends."""
    from substitutiecheck.questionnaire.storage import InGebruik

    path = tmp_path / "v.json"
    with Opslag(path).alleen():
        with pytest.raises(InGebruik) as e:
            drive(vl, path, ["T" + ENTER, CTRL_C])
        assert "al open in een andere vragenlijst" in e.value.regels("nl")[0]
        assert not path.exists()
    r = drive(vl, path, ["T" + ENTER, CTRL_C])
    assert r.saved == {"titel": "T"}
    assert not (tmp_path / ".v.json.slot").exists()


# -- text typed but not confirmed is kept (an audit: Esc, Ctrl-B or Ctrl-C dropped it) ---------

CTRL_B = "\x02"


def test_text_left_with_ctrl_b_is_shown_again_when_the_user_returns(tmp_path, vl):
    r = drive(vl, tmp_path / "v.json", ["T" + ENTER, "Mijn regio" + CTRL_B, ENTER, ENTER])
    assert r.asked[:4] == ["titel", "regio", "titel", "regio"]
    assert r.saved["regio"] == "Mijn regio"  # the draft came back and Enter confirmed it


def test_text_typed_before_ctrl_c_is_kept_and_offered_on_resume(tmp_path, vl):
    path = tmp_path / "v.json"
    r = drive(vl, path, ["Mijn titel" + CTRL_C])
    assert r.code == 130 and "niets opgeslagen" not in r.err
    assert json.loads(r.sidecar.read_text("utf-8"))["concepten"] == {"titel": "Mijn titel"}
    r2 = drive(vl, path, [ENTER, ENTER])  # resume, then Enter on the prefilled draft
    assert r2.saved["titel"] == "Mijn titel"
    assert (
        "concepten" not in r2.sidecar.read_text("utf-8")
        or not json.loads(r2.sidecar.read_text("utf-8"))["concepten"]
    )


@pytest.mark.parametrize("getypt", ["<", "?", "T<"])
def test_a_navigation_key_is_never_kept_as_a_draft(tmp_path, vl, getypt):
    """'<' or '?' (also after the answer) left with Ctrl-B was kept as a draft, and Enter on it
    later went back or opened the help again and again, or saved 'T<' (a regression pass)."""
    path = tmp_path / "v.json"
    r = drive(vl, path, ["T" + ENTER, ENTER, LEFT + CTRL_B, CTRL_U + getypt + CTRL_B, CTRL_C])
    assert r.saved == {"titel": "T"}
    assert json.loads(r.sidecar.read_text("utf-8"))["concepten"] == {}


def test_a_cleared_draft_is_gone(tmp_path, vl):
    path = tmp_path / "v.json"
    r = drive(vl, path, ["T" + ENTER, "Concept" + CTRL_B, ENTER, CTRL_U + CTRL_B, CTRL_C])
    assert json.loads(r.sidecar.read_text("utf-8"))["concepten"] == {}


def test_the_file_turned_into_a_fifo_is_a_failed_save_not_a_hang(tmp_path, vl):
    import os

    path = tmp_path / "v.json"

    def fifo(ui: VragenlijstUI) -> str:
        path.unlink()
        os.mkfifo(path)
        return "R" + ENTER

    def weg(ui: VragenlijstUI) -> str:
        path.unlink()
        return ENTER

    r = drive(vl, path, ["T" + ENTER, fifo, weg])
    assert "Opslaan lukt niet" in r.scherm
    assert r.saved == {"titel": "T", "regio": "R"}


# -- a byte that is not UTF-8 (an adversarial terminal test: saving crashed, exit 3, the answer lost)


def test_a_byte_that_is_not_utf8_is_read_as_windows_1252_and_saved(tmp_path, vl):
    r = drive(vl, tmp_path / "v.json", [b"Caf\xe9 \xff\x81\r", b"Twente\xeb\x03"])
    assert r.code == 130
    assert r.saved == {"titel": "Café ÿ\ufffd"}
    assert json.loads(r.sidecar.read_text("utf-8"))["concepten"] == {"regio": "Twenteë"}
    assert "u typte een teken dat geen UTF-8 is" in r.scherm  # above the next question
    assert "u typte een teken dat geen UTF-8 is" in r.err  # and when stopped
    assert "Gestopt. Uw antwoorden zijn opgeslagen" in r.err


@pytest.mark.parametrize("stop", [b"\x1b", b"\x02", b"\x04"])
def test_a_draft_with_a_byte_that_is_not_utf8_is_kept_on_every_way_out(tmp_path, vl, stop):
    r = drive(vl, tmp_path / "v.json", [b"T\r", b"Twente\xeb" + stop, CTRL_C])
    assert r.saved == {"titel": "T"}
    assert json.loads(r.sidecar.read_text("utf-8"))["concepten"] == {"regio": "Twenteë"}


# -- the rule pack (an adversarial terminal test: the hint to go on dropped --regels, and going on
# under the national pack turned Twente's NO-GO for spoedzorg into GO ONDER VOORWAARDEN)

TWENTE = "examples/regio-twente"


@pytest.fixture(scope="module")
def twente():
    from conftest import ROOT

    from substitutiecheck.pack import laad_regelpakket

    return laad_vragenlijst(laad_regelpakket(ROOT / TWENTE))


def test_every_hint_to_go_on_names_the_rule_pack_quoted_for_a_shell(tmp_path, twente):
    path = tmp_path / "mijn voorstel.json"
    r = drive(twente, path, ["T" + ENTER, CTRL_C], regels="regio's/twente")
    assert (
        f"Ga later verder met: substitutiecheck vragenlijst -o '{path}' --regels 'regio'\"'\"'s/twente'"
        in r.err
    )
    r = drive(twente, path, [DOWN + ENTER, DOWN + ENTER, CTRL_C], regels=TWENTE, taal="en")
    assert f"vragenlijst -o '{path}.vorige' --regels {TWENTE} --lang en" in r.flat
    assert f"vragenlijst -o '{path}' --regels {TWENTE} --lang en" in r.err


def test_the_html_hint_names_the_rule_pack(tmp_path, twente):
    script = [ENTER, ENTER, kies("spoedzorg"), ENTER, *[ENTER] * 40]
    r = drive(twente, tmp_path / "v.json", script, regels=TWENTE)
    assert r.code == 0, r.err
    assert f"check {tmp_path / 'v.json'} --regels {TWENTE} --format html" in r.flat


def test_going_on_under_another_rule_pack_is_never_silent(tmp_path, vl, twente):
    from conftest import ROOT

    path = tmp_path / "v.json"
    drive(twente, path, ["T" + ENTER, CTRL_C], regels=TWENTE)
    voor = path.read_text("utf-8")
    r = drive(vl, path, [UP + ENTER])  # the national pack; 'Stoppen'
    assert r.code == 130 and path.read_text("utf-8") == voor
    notice = (
        "Let op: deze antwoorden zijn gegeven onder regelpakket 'twente_voorbeeld', u gebruikt nu"
        " 'landelijk'"
    )
    assert notice in r.scherm and notice in " ".join(r.err.split())
    assert f"vragenlijst -o {path} --regels {ROOT / TWENTE}" in " ".join(r.err.split())
    # the command on a line of its own, not running on into the question (an adversarial test)
    assert f"\n  substitutiecheck vragenlijst -o {path}" in r.err
    r = drive(vl, path, [ENTER, "R" + ENTER, CTRL_C])  # on, under the national pack: chosen
    assert "Verdergaan onder het regelpakket van nu" in r.scherm
    assert r.saved == {"titel": "T", "regio": "R"}
    r = drive(vl, path, [ENTER, CTRL_C])  # now saved under the national pack: no notice
    assert "Let op" not in r.scherm


# -- two names for one file (an adversarial terminal test: 'link.json' -> 'real.json' passed the
# one-session lock, and the last save won)


def _tweede_naam(tmp_path: Path, echt: Path, soort: str) -> Path:
    import os

    if soort == "link":
        (tmp_path / "link.json").symlink_to(echt.name)
        return tmp_path / "link.json"
    if soort == "harde_link":
        os.link(echt, tmp_path / "hard.json")
        return tmp_path / "hard.json"
    (tmp_path / "map").symlink_to(tmp_path)  # a link in the folders
    return tmp_path / "map" / echt.name


@pytest.mark.parametrize("soort", ["link", "harde_link", "map"])
def test_two_names_for_one_file_share_the_one_session_lock(tmp_path, vl, soort):
    from substitutiecheck.questionnaire.storage import InGebruik

    echt = tmp_path / "real.json"
    echt.write_text('{"titel": "A"}', "utf-8")
    naam = _tweede_naam(tmp_path, echt, soort)
    with Opslag(echt).alleen(), pytest.raises(InGebruik):
        drive(vl, naam, [ENTER, "B" + ENTER, CTRL_C])
    assert echt.read_text("utf-8") == '{"titel": "A"}'


@pytest.mark.parametrize("soort", ["link", "map"])
def test_two_names_for_one_file_share_its_progress(tmp_path, vl, soort):
    echt = tmp_path / "real.json"
    echt.write_text("", "utf-8")
    naam = _tweede_naam(tmp_path, echt, soort)
    drive(vl, naam, ["T" + ENTER, CTRL_C])
    assert (tmp_path / ".real.json.voortgang").exists()
    r = drive(vl, echt, [ENTER, "R" + ENTER, CTRL_C])  # 'Verdergaan waar ik gebleven was'
    assert r.asked[:2] == ["<start>", "regio"]
    assert r.saved == {"titel": "T", "regio": "R"}


# -- a valid field the questionnaire does not ask is never dropped (an adversarial terminal test:
# 'eerste_lijn.sociaal_domein' outside kwetsbare_ouderen went out of the file on revising)


@pytest.fixture
def met_alles(tmp_path):
    from conftest import EXAMPLES

    voorstel = json.loads((EXAMPLES / "diabetes-ketenzorg-utrecht.json").read_text("utf-8"))
    voorstel = {"respondent": {"rol": "huisarts", "naam": "A. Arts"}, **voorstel}
    voorstel["triple_aim"] = {"kwaliteit": "+", "gezondheid": "+/-", "kosten": "onbekend"}
    voorstel["eerste_lijn"] = {
        z: "ja"
        for z in (
            "huisarts",
            "poh",
            "apotheker",
            "wijkverpleegkundige",
            "fysiotherapeut",
            "verloskundige",
            "dietist",
            "paramedisch_overig",
            "sociaal_domein",
        )
    }
    voorstel["samenwerking"]["kernvoorwaarde"] = "ja"
    path = tmp_path / "v.json"
    path.write_text(json.dumps(voorstel, ensure_ascii=False, indent=2), "utf-8")
    assert run_cli("check", str(path)).returncode == 0
    return path, voorstel


def _zonder_respondent(voorstel: dict) -> dict:
    return {k: v for k, v in voorstel.items() if k != "respondent"}


def test_revising_keeps_a_valid_field_that_is_not_asked(tmp_path, vl, met_alles):
    path, voorstel = met_alles
    r = drive(vl, path, [ENTER, CTRL_C])  # 'Dit voorstel herzien', Ctrl-C at the overview
    assert r.code == 130
    assert _zonder_respondent(r.saved) == _zonder_respondent(voorstel)
    r = drive(vl, path, [ENTER, kies(AFRONDEN)])  # resumed, then 'Afronden'
    assert r.code == 0
    assert _zonder_respondent(r.saved) == _zonder_respondent(voorstel)
    r = drive(vl, tmp_path / "nieuw.json", [kies(AFRONDEN)], van=str(path))
    assert r.saved == _zonder_respondent(voorstel)


def test_a_kept_field_asked_again_and_then_hidden_by_the_user_goes_with_a_notice(
    tmp_path, vl, met_alles
):
    path, voorstel = met_alles
    terug: list[str] = []

    def weer_diabetes(ui: VragenlijstUI) -> str:
        """Questions new for the category: Enter; then the category back to diabetes."""
        s = ui.sessie
        if terug:
            return CTRL_C
        if s.positie == "patientgroep.categorie":
            terug.append("diabetes")
            return kies("diabetes")(ui)  # the user's own change hides it again: said, and out
        return ENTER if s.huidige is not None else kies("patientgroep.categorie")(ui)

    r = drive(
        vl,
        path,
        [
            ENTER,
            kies("patientgroep.categorie"),
            kies("kwetsbare_ouderen"),  # now asked: an answer as any other
            *[weer_diabetes] * 30,
        ],
    )
    assert "sociaal_domein" not in r.saved["eerste_lijn"]
    assert "Niet meer van toepassing" in r.scherm


# -- the lengths of the free texts are the model's (an adversarial terminal test: a valid proposal
# with a 341-character title could not be finished, and 'Afronden' called the title 'verplicht')


def test_a_valid_proposal_with_a_long_title_can_be_finished(tmp_path, vl):
    from substitutiecheck.model import MAX_OMSCHRIJVING, MAX_REGIO, MAX_TITEL

    assert [vl.vraag(q).max_lengte for q in ("titel", "regio", "patientgroep.omschrijving")] == [
        MAX_TITEL,
        MAX_REGIO,
        MAX_OMSCHRIJVING,
    ]
    voorstel = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    voorstel["titel"] = "t" * 341
    van = tmp_path / "van.json"
    van.write_text(json.dumps(voorstel), "utf-8")
    assert run_cli("check", str(van)).returncode in (0, 1)
    r = drive(vl, tmp_path / "v.json", [kies(AFRONDEN)], van=str(van))
    assert r.code == 0 and r.saved == voorstel


def test_finishing_with_a_too_long_answer_says_it_is_too_long(tmp_path, pack):
    """A questionnaire file may make a limit stricter (never looser than the model)."""
    from substitutiecheck.questionnaire.data import standaard_bestand

    data = json.loads(standaard_bestand().read_text("utf-8"))
    data["secties"][0]["vragen"][0]["max_lengte"] = 10
    data["secties"][0]["vragen"][1]["max_lengte"] = 10_000
    eigen = tmp_path / "vragenlijst.json"
    eigen.write_text(json.dumps(data), "utf-8")
    streng = laad_vragenlijst(pack, eigen)
    assert streng.vraag("titel").max_lengte == 10 and streng.vraag("regio").max_lengte == 200
    voorstel = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    voorstel["titel"] = "t" * 20
    van = tmp_path / "van.json"
    van.write_text(json.dumps(voorstel), "utf-8")
    r = drive(
        streng,
        tmp_path / "v.json",
        [kies(AFRONDEN), CTRL_U + "kort" + ENTER, kies(AFRONDEN)],
        van=str(van),
    )
    assert r.code == 0 and r.saved["titel"] == "kort"
    assert (
        "Nog niet af: het antwoord bij 'Titel van het voorstel' kan zo niet blijven. Te lang: "
        "maximaal 10 tekens (nu 20)." in r.scherm
    )
    assert "is verplicht" not in r.scherm


def test_many_backs_from_the_overview_never_end_up_in_an_answer(tmp_path, vl):
    """'<' pressed again and again in the overview went back question by question, and at the
    first text question the '<' still to come were typed into its answer, which Enter saved
    (an adversarial terminal test)."""
    path = tmp_path / "v.json"
    path.write_text(SHARED_EXAMPLE.read_text("utf-8"), "utf-8")
    tekst_vraag: list[str] = []

    def stap(ui: VragenlijstUI) -> str:
        q = ui.sessie.huidige
        if tekst_vraag:
            return CTRL_C
        if q is not None and q.type == "tekst":  # the '<' still to come are typed in here
            tekst_vraag.append(q.id)
            return ENTER
        return ""

    r = drive(vl, path, [ENTER, "<" * 40] + [stap] * 60)  # 'Dit voorstel herzien', then '<'s
    assert tekst_vraag == ["patientgroep.omschrijving"]
    assert r.asked[-2:] == ["patientgroep.omschrijving", "patientgroep.categorie"]  # back, once
    assert r.saved == json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    assert json.loads(r.sidecar.read_text("utf-8"))["concepten"] == {}


@pytest.mark.parametrize(
    ("answer", "default", "nav"),
    [
        ("<<<", "", TERUG),
        ("Twente<<<", "Twente", TERUG),
        ("<<", "Twente", TERUG),
        ("Twente??", "Twente", UITLEG),
        ("a<", "", None),
        ("Twente<a", "Twente", None),
        ("Twente", "Twente", None),
        ("<?", "", None),
    ],
)
def test_a_run_of_back_keys_after_the_answer_is_back(answer, default, nav):
    from substitutiecheck.questionnaire.keys import navigatie

    assert navigatie(answer, default) == nav


# -- found with the others by an adversarial terminal test


def test_van_reads_a_fhir_questionnaire_response_as_check_does(tmp_path, vl):
    fhir = tmp_path / "antwoorden.json"
    fhir.write_bytes(run_cli("export", "fhir-antwoorden", str(SHARED_EXAMPLE)).stdout)
    assert json.loads(fhir.read_text("utf-8"))["resourceType"] == "QuestionnaireResponse"
    r = drive(vl, tmp_path / "v.json", [kies(AFRONDEN)], van=str(fhir))
    assert r.code == 0 and "onbekend veld" not in r.err + r.out
    assert r.saved == json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    assert run_cli("check", str(r.path)).stdout == run_cli("check", str(fhir)).stdout.replace(
        str(fhir).encode(), str(r.path).encode()
    )


def test_van_with_another_fhir_resource_is_one_clear_line(tmp_path, vl):
    from substitutiecheck.errors import InvoerFout

    fhir = tmp_path / "patient.json"
    fhir.write_text('{"resourceType": "Patient"}', "utf-8")
    with pytest.raises(InvoerFout) as e:
        drive(vl, tmp_path / "v.json", [CTRL_C], van=str(fhir))
    (regel,) = e.value.regels("nl")  # one line, as check says it
    assert "wordt niet ondersteund" in regel and "onbekend veld" not in regel


def test_a_report_onto_a_fifo_is_refused_at_the_start(tmp_path):
    import os

    fifo = tmp_path / "advies.html"
    os.mkfifo(fifo)
    r = run_cli("vragenlijst", "-o", str(tmp_path / "v.json"), "--rapport", str(fifo))
    assert r.returncode == 2
    assert b"--rapport schrijft het rapport naar een gewoon bestand" in r.stderr
    assert not (tmp_path / "v.json").exists()


def test_a_file_name_with_an_escape_code_is_shown_not_obeyed(tmp_path, vl):
    path = tmp_path / "v\x1b[2J\x9b31m.json"
    r = drive(vl, path, ["T" + ENTER, CTRL_C])
    assert r.saved == {"titel": "T"}
    for tekst in (r.out, r.err, r.scherm):
        assert "\x1b[2J" not in tekst and "\x9b" not in tekst
    assert "v\\x1b[2J\\x9b31m.json" in r.err
