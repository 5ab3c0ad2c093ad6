"""The HTML form of ``export formulier`` used as a partner uses it: in headless Chromium (Debian's
chromium, driven by Playwright), offline, with every network request blocked and recorded.

- one role's answers, given with the keyboard, saved with "Opslaan": the downloaded file gives
  the same report with ``check`` as the same answers written as proposal JSON;
- a conditional question appears and disappears as in the terminal questionnaire (the visible
  questions are those whose condition holds in ``questionnaire.flow``, for the same answers);
- a reload keeps the answers until they are saved; after saving they are gone;
- labels are tied to inputs, and at 360 px nothing is wider than the screen.

Skipped, with the reason, only when no chromium binary is found (set SUBSTITUTIECHECK_CHROMIUM
to its path if it is not /usr/bin/chromium or on PATH). On Debian: ``apt-get install -y
chromium``. Playwright comes with the test extra; its own browsers are never downloaded (no
``playwright install``): it drives the system chromium.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import SHARED_EXAMPLE, run_cli
from playwright import sync_api  # the test extra; never its own browser download

CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")


def _chromium() -> str | None:
    env = os.environ.get("SUBSTITUTIECHECK_CHROMIUM")
    if env:
        return env if Path(env).exists() else shutil.which(env)
    return next((p for p in map(shutil.which, CANDIDATES) if p), None)


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium binary found (install Debian's chromium: apt-get install -y chromium, "
    "or set SUBSTITUTIECHECK_CHROMIUM)",
)

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BASIS = SHARED_EXAMPLE.stem  # the saved file is named after the proposal file given with --van


@pytest.fixture(scope="module")
def formulier(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("formulier") / "partners.html"
    r = run_cli("export", "formulier", "-o", str(path), "--van", str(SHARED_EXAMPLE))
    assert r.returncode == 0, r.stderr.decode()
    return path


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Pagina:
    """One browser context (its own localStorage) with the form open, offline."""

    def __init__(self, browser, url: str, width: int = 1000) -> None:
        self.url = url
        self.ctx = browser.new_context(
            accept_downloads=True, viewport={"width": width, "height": 900}
        )
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.ctx.route("**/*", self._route)
        self.page = self.ctx.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.open()

    def _route(self, route) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def open(self, reload: bool = False) -> None:
        if reload:
            self.page.reload()
        else:
            self.page.goto(self.url)
        self.page.wait_for_selector("html[data-klaar]", timeout=60_000)
        assert self.page.get_attribute("html", "data-klaar") == "ja", self.melding()

    def melding(self) -> str:
        return self.page.inner_text("#sc-melding")

    def item(self, link: str):
        return self.page.locator(f'[id="item-{link}/1/1"]')

    def radio(self, link: str, code: str):
        return self.item(link).locator(f'label.lhc-answer[id$="|{code}"] input[type=radio]')

    def kies(self, link: str, code: str) -> None:
        """Choose a radio-button answer (by its code) with the keyboard: focus, then Space."""
        self.radio(link, code).focus()
        self.page.keyboard.press("Space")
        self.gekozen(link, code)

    def gekozen(self, link: str, code: str) -> None:
        """The answer is chosen: shown so (LHC-Forms' class) and so for a screen reader (the
        native 'checked' of the one radio button)."""
        sync_api.expect(self.radio(link, code)).to_be_checked()
        checked = self.item(link).locator("input[type=radio]:checked")
        sync_api.expect(checked).to_have_count(1)
        wrapper = self.item(link).locator("label.ant-radio-wrapper-checked")
        sync_api.expect(wrapper).to_have_count(1)
        sync_api.expect(wrapper).to_have_id(re.compile(re.escape("|" + code) + "$"))

    def lijst(self, link: str, naam: str) -> None:
        """Choose from a long list with the keyboard: type, arrow down, Enter."""
        field = f'[id="{link}/1/1"]'
        self.page.focus(field)
        self.page.keyboard.type(naam)
        # the list filters as one types (asynchronously): wait until the name is its first item
        self.page.wait_for_function(
            """naam => {
                const first = [...document.querySelectorAll('#completionOptions li')]
                    .find(li => li.offsetParent !== null);
                return first !== undefined && first.textContent.includes(naam);
            }""",
            arg=naam,
        )
        self.page.keyboard.press("ArrowDown")
        self.page.keyboard.press("Enter")
        assert self.page.input_value(field) == naam

    def rol(self, naam: str) -> None:
        self.lijst("respondent.rol", naam)

    def zichtbaar(self) -> set[str]:
        """The linkIds of the questions on the page."""
        ids = self.page.evaluate(
            """() => [...document.querySelectorAll('lhc-item.lhc-item-question[id^="item-"]')]
                .map(e => e.id.slice(5).replace(/\\/1\\/1$/, ''))"""
        )
        return {i for i in ids if not i.startswith("sectie:")}  # not the sections' intros

    def opslaan(self, doel: Path) -> Path:
        with self.page.expect_download() as info:
            self.page.click("#sc-opslaan")
        download = info.value
        path = doel / download.suggested_filename
        download.save_as(path)
        return path

    def offline(self) -> None:
        assert self.errors == []
        assert self.requests and set(self.requests) == {self.url}, self.requests

    def close(self) -> None:
        self.ctx.close()


@pytest.fixture
def pagina(browser, formulier):
    p = Pagina(browser, formulier.as_uri())
    yield p
    p.close()


ANTWOORDEN = {  # a GP's view: linkId -> the code of the answer (all radio buttons)
    "patientgroep.acuut_complex": "nee",
    "patientgroep.zeldzaam": "nee",
    "patientgroep.hoog_risico": "onbekend",
    "randvoorwaarden.meerwaarde_patient": "ja",
    "randvoorwaarden.vertrouwen": "deels",
    "randvoorwaarden.capaciteit_huisarts": "nee",
    "randvoorwaarden.bekostiging": "ja",
    "samenwerking": "ja",
    "samenwerking.gedeelde_ambitie": "deels",
    "samenwerking.relatie": "ja",
}


def _als_voorstel(antwoorden: dict[str, str]) -> dict:
    """The same answers as proposal JSON: the fixed part of the shared example, then each answer
    at its field path ('samenwerking': 'ja' is the part being there)."""
    basis = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    out = {k: basis[k] for k in ("titel", "regio", "samenwerkingsvorm", "financiering")}
    out["patientgroep"] = {k: basis["patientgroep"][k] for k in ("categorie", "omschrijving")}
    for link, value in antwoorden.items():
        head, _, tail = link.partition(".")
        if not tail:
            if value == "ja":
                out.setdefault(head, {})
            continue
        out.setdefault(head, {})[tail] = value
    return out


def _rapporten(path: Path) -> list[dict]:
    r = run_cli("check", str(path), "--format", "json")
    assert r.returncode in (0, 1), r.stderr.decode()
    doc = json.loads(r.stdout)
    assert doc["fouten"] == []
    for rapport in doc["rapporten"]:
        rapport.pop("invoer")
    return doc["rapporten"]


def test_saved_answers_give_the_same_report_as_the_proposal_json(pagina, tmp_path):
    pagina.rol("Huisarts")
    for link, label in ANTWOORDEN.items():
        pagina.kies(link, label)
    saved = pagina.opslaan(tmp_path)
    assert saved.name == f"{BASIS}-huisarts.json"
    assert BASIS in pagina.melding() and "huisarts" in pagina.melding()
    doc = json.loads(saved.read_text("utf-8"))
    assert doc["resourceType"] == "QuestionnaireResponse"
    assert doc["questionnaire"].startswith("https://substitutiecheck.nl/fhir/Questionnaire/")
    rol = [
        a["valueCoding"]["code"]
        for g in doc["item"]
        for it in g.get("item", [])
        if it["linkId"] == "respondent.rol"
        for a in it["answer"]
    ]
    assert rol == ["huisarts"]
    voorstel = tmp_path / "voorstel.json"
    voorstel.write_text(json.dumps(_als_voorstel(ANTWOORDEN)), "utf-8")
    via_formulier, via_json = _rapporten(saved), _rapporten(voorstel)
    assert via_formulier == via_json
    assert via_json[0]["advies"] == "no-go"  # capaciteit_huisarts: nee blocks
    pagina.offline()


def test_fixed_fields_are_read_only_and_the_role_is_required(pagina, tmp_path):
    for link in ("titel", "regio", "patientgroep.categorie", "samenwerkingsvorm", "financiering"):
        assert pagina.page.locator(f'[id="{link}/1/1"]').is_disabled(), link
    assert pagina.page.input_value('[id="titel/1/1"]').startswith("Meekijkconsult dermatologie")
    pagina.page.click("#sc-opslaan")  # no role yet: nothing is downloaded, the page says why
    assert pagina.melding().endswith("vul eerst in wat verplicht is: Uw rol")
    pagina.page.wait_for_function("document.activeElement.id === 'respondent.rol/1/1'")
    assert list(tmp_path.iterdir()) == []
    pagina.offline()


def test_conditional_questions_appear_and_disappear_as_in_the_terminal(pack, pagina):
    from substitutiecheck.fhir import vragenlijst_voor
    from substitutiecheck.questionnaire.flow import Sessie

    vl = vragenlijst_voor(pack)
    respondent = {"respondent.rol", "respondent.naam", "respondent.organisatie"}

    def terminal(samenwerking: str) -> set[str]:
        """The questions the terminal questionnaire shows for the same answers."""
        antwoorden = {
            "patientgroep.categorie": "dermatologie",  # fixed by the proposal
            "samenwerkingsvorm": "meekijkconsult",
            "samenwerking": samenwerking,
        }
        return {q.id for q in Sessie(vl, antwoorden).zichtbare_vragen()}

    ko = "samenwerking.gedeelde_ambitie"
    assert ko not in pagina.zichtbaar()
    assert pagina.zichtbaar() - respondent == terminal("nee")
    pagina.kies("samenwerking", "ja")
    sync_api.expect(pagina.item(ko)).to_have_count(1)
    assert pagina.zichtbaar() - respondent == terminal("ja")
    assert ko in terminal("ja")
    pagina.kies("samenwerking", "nee")
    sync_api.expect(pagina.item(ko)).to_have_count(0)
    assert pagina.zichtbaar() - respondent == terminal("nee")
    pagina.offline()


def test_a_reload_keeps_the_answers_until_they_are_saved(pagina, tmp_path):
    pagina.rol("Zorgverzekeraar")
    pagina.kies("randvoorwaarden.bekostiging", "nee")
    pagina.kies("samenwerking", "ja")
    pagina.kies("samenwerking.belangen", "deels")
    pagina.page.wait_for_timeout(500)  # the page keeps answers 0.2 s after the last change
    pagina.open(reload=True)
    assert "teruggezet" in pagina.melding()
    assert pagina.page.input_value('[id="respondent.rol/1/1"]') == "Zorgverzekeraar"
    pagina.gekozen("randvoorwaarden.bekostiging", "nee")
    pagina.gekozen("samenwerking.belangen", "deels")
    saved = pagina.opslaan(tmp_path)
    assert saved.name == f"{BASIS}-zorgverzekeraar.json"
    pagina.open(reload=True)  # saved: the next visitor of this browser starts afresh
    assert pagina.page.input_value('[id="respondent.rol/1/1"]') == ""
    pagina.gekozen("randvoorwaarden.bekostiging", "onbekend")
    pagina.offline()


def test_labels_keyboard_and_a_phone_screen(browser, formulier):
    p = Pagina(browser, formulier.as_uri(), width=360)
    try:
        unlabelled = p.page.evaluate(
            """() => [...document.querySelectorAll('#sc-formulier input, #sc-formulier textarea')]
                .filter(i => i.type !== 'hidden')
                .filter(i => !(i.labels && i.labels.length && i.labels[0].textContent.trim()))
                .map(i => i.id || i.name)"""
        )
        assert unlabelled == []
        help_labels = p.page.evaluate(
            """() => [...document.querySelectorAll('#sc-formulier button.lhc-help-button')]
                .map(b => b.getAttribute('aria-label'))"""
        )
        assert help_labels and all(x.startswith("Uitleg bij ") for x in help_labels), help_labels
        titles = p.page.evaluate(
            "() => [...document.querySelectorAll('#sc-formulier [title]')].map(e => e.title)"
        )
        assert titles and set(titles) == {"Verplicht"}, titles
        # the help (why it counts, how to meet it, sources) opens with Enter, closes with Escape
        p.page.focus('[id="help-button-randvoorwaarden.bekostiging/1/1"]')
        p.page.keyboard.press("Enter")
        popover = p.page.locator(".lhc-popover-help")
        sync_api.expect(popover).to_contain_text("Hoe u eraan voldoet")
        sync_api.expect(popover).to_contain_text("Bronnen: ")
        sync_api.expect(popover.locator(".ant-popover-title")).to_have_text("Uitleg")
        p.page.keyboard.press("Escape")
        sync_api.expect(popover).to_have_count(0)
        # nothing wider than the phone once the popover has gone (its closing animation may still
        # take room for a moment on a loaded machine: seen 479 px once, under load 20)
        p.page.wait_for_function("document.documentElement.scrollWidth <= 360", timeout=10_000)
        # keyboard only: from the role, Tab reaches the name field; in a radio group the arrow
        # keys change the answer
        p.rol("Medisch specialist")
        p.page.keyboard.press("Tab")
        assert p.page.evaluate("document.activeElement.id") == "respondent.naam/1/1"
        p.kies("randvoorwaarden.vertrouwen", "ja")
        p.page.keyboard.press("ArrowDown")
        p.gekozen("randvoorwaarden.vertrouwen", "deels")
        p.offline()
    finally:
        p.close()


def test_english_form(browser, tmp_path):
    path = tmp_path / "partners-en.html"
    r = run_cli("export", "formulier", "-o", str(path), "--lang", "en")
    assert r.returncode == 0, r.stderr.decode()
    p = Pagina(browser, path.as_uri())
    try:
        assert p.page.inner_text("#sc-opslaan") == "Save"
        assert "Who is answering?" in p.page.inner_text("#sc-formulier")
        assert p.page.get_attribute("html", "lang") == "en"
        p.rol("General practitioner")
        p.page.fill('[id="titel/1/1"]', "Eczeem bij kinderen")
        p.lijst("patientgroep.categorie", "Dermatology")
        saved = p.opslaan(tmp_path)
        assert saved.name == "eczeem-bij-kinderen-huisarts.json"
        assert _rapporten(saved)[0]["titel"] == "Eczeem bij kinderen"
        p.offline()
    finally:
        p.close()
