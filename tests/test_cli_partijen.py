"""``substitutiecheck combineer`` and ``vergelijk`` as a user runs them (issue 17): exit codes as
``check`` (1 for a combined no-go, --strikt; 2 for an invalid file while the others are still
combined), Dutch by default and fully English with --lang en, every format, -o."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from test_rapporten import run

PARTNERS = ROOT / "examples" / "partners"
FILES = [
    str(PARTNERS / f) for f in ("huisarts.json", "medisch-specialist.json", "zorgverzekeraar.json")
]
REL = [f"examples/partners/{Path(f).name}" for f in FILES]


def _write(tmp_path: Path, name: str, data) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return str(path)


def _partner(name: str) -> dict:
    return json.loads((PARTNERS / name).read_text("utf-8"))


def test_combineer_the_partners_example() -> None:
    r = run("combineer", *REL)
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert out.startswith("GECOMBINEERD ADVIES: GO ONDER VOORWAARDEN")
    assert "Verschillen van inzicht (2)" in out and "ja tegenover nee" in out
    assert "Het advies bij de gecombineerde antwoorden" in out
    assert run("combineer", "--strikt", *REL).exit_code == 1


def test_combineer_in_english_is_fully_english() -> None:
    from test_rapporten_partijen import DUTCH_ONLY

    out = run("combineer", "--lang", "en", *REL).stdout
    assert out.startswith("COMBINED ADVICE: GO WITH CONDITIONS")
    assert [s for s in DUTCH_ONLY if s in out] == []
    for dutch in ("Verschillen", "Hoe:", "Bron:", "gecombineerd", "Patiëntengroep"):
        assert dutch not in out, dutch


@pytest.mark.parametrize("fmt", ["markdown", "html", "csv", "json"])
def test_combineer_formats_to_a_file(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"rapport.{fmt}"
    r = run("combineer", "--format", fmt, "-o", str(target), *REL)
    assert r.exit_code == 0 and r.stdout == ""
    text = target.read_text("utf-8-sig")
    if fmt == "json":
        d = json.loads(text)
        assert d["advies"] == "voorwaardelijk"
        assert [p["rol"] for p in d["partijen"]] == [
            "huisarts",
            "medisch_specialist",
            "zorgverzekeraar",
        ]
        assert [v["id"] for v in d["verschillen"]] == [
            "randvoorwaarden.inkoop_verzekeraar",
            "samenwerkingsvorm",
        ]
        assert d["antwoorden"]["randvoorwaarden.inkoop_verzekeraar"] == {
            "naam": "Facilitering inkoop door zorgverzekeraars",
            "soort": "randvoorwaarden",
            "partijen": {
                "huisarts": "ja",
                "medisch_specialist": "onbekend",
                "zorgverzekeraar": "nee",
            },
            "gecombineerd": "nee",
        }
    elif fmt == "csv":
        assert text.splitlines()[0].startswith('"vraag_id";"vraag";"Huisarts')
    else:
        assert "Verschillen van inzicht" in text


ONBEKEND = ["tests/data/partners/huisarts-bekostiging-onbekend.json", *REL[1:]]
"""The partners, with the GP not knowing the funding the specialist and the insurer call 'ja'."""


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_combineer_names_who_already_knows_what_the_combined_answer_leaves_open(taal) -> None:
    """'The insurer already says ja: why is it still to settle?' (a new user): no difference of
    view and the same verdict (issue 17), but the text names who answered what and marks the
    row in the answers side by side."""
    r = run("combineer", "--lang", taal, *ONBEKEND)
    assert r.exit_code == 0, r.output
    out = r.stdout
    nl = taal == "nl"
    assert ("Verschillen van inzicht (2)" if nl else "Differences of view (2)") in out
    kop = "Nog niet bij iedere partij bekend (1)" if nl else "Not yet known to every party (1)"
    assert kop in out and out.index(kop) < out.index("=" * 88)
    wie = (
        "Medisch specialist: ja; Zorgverzekeraar: ja; Huisarts: onbekend; gecombineerd: onbekend"
        if nl
        else "Medical specialist: yes; Health insurer: yes; General practitioner: unknown; "
        "combined: unknown"
    )
    assert wie in " ".join(out.split())
    rij = next(x for x in out.splitlines() if x.startswith("  Bekostiging" if nl else "  Funding"))
    assert rij.endswith("?")
    legenda = "? nog niet bij iedere partij bekend" if nl else "? not yet known to every party"
    assert legenda in out
    # the verdict and the rule are those of the files without the marking
    assert "(voorlopig: 1 blokkerende" in out if nl else "(provisional: 1 blocking" in out
    # the example itself has no such question: nothing added there
    assert kop not in run("combineer", "--lang", taal, *REL).stdout


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_combineer_names_who_already_knows_in_markdown_and_html(fmt: str) -> None:
    out = run("combineer", "--format", fmt, *ONBEKEND).stdout
    assert "Nog niet bij iedere partij bekend" in out
    assert "? nog niet bij iedere partij bekend (geen verschil van inzicht)." in out
    if fmt == "markdown":
        assert "| Bekostiging moet duidelijk zijn / business case aanwezig ? | onbekend |" in out
        assert "Huisarts: onbekend; gecombineerd: **onbekend**" in out
    else:
        assert '<tr class="niet-ieder-bekend" data-vraag="randvoorwaarden.bekostiging">' in out
        assert "Huisarts: onbekend; gecombineerd: <strong>onbekend</strong></li>" in out
    en = run("combineer", "--format", fmt, "--lang", "en", *ONBEKEND).stdout
    assert "Not yet known to every party" in en and "Nog niet" not in en
    json_out = json.loads(run("combineer", "--format", "json", *ONBEKEND).stdout)
    assert set(json_out["antwoorden"]["randvoorwaarden.bekostiging"]) == {
        "naam",
        "soort",
        "partijen",
        "gecombineerd",
    }  # the JSON contract is unchanged: each party's answer is already there


def test_an_invalid_file_is_exit_2_and_the_others_are_still_combined(tmp_path: Path) -> None:
    bad = _partner("zorgverzekeraar.json")
    bad["randvoorwaarden"]["ict"] = "misschien"
    bad_path = _write(tmp_path, "kapot.json", bad)
    r = run_cli("combineer", FILES[0], bad_path, FILES[1])
    assert r.returncode == 2
    err = r.stderr.decode()
    assert err.count("\n") == 1 and "kapot.json" in err and "randvoorwaarden.ict" in err
    assert "Traceback" not in err
    out = r.stdout.decode()
    assert "van 2 partijen" in out and "Verschillen van inzicht (1)" in out


def test_nothing_valid_is_exit_2(tmp_path: Path) -> None:
    r = run_cli("combineer", str(tmp_path / "weg.json"), "--lang", "en")
    assert r.returncode == 2 and r.stdout == b""
    assert "does not exist" in r.stderr.decode() and "no valid proposal" in r.stderr.decode()


def test_a_combined_no_go_is_exit_1_and_titles_that_differ_are_a_warning(tmp_path: Path) -> None:
    a = _partner("huisarts.json")
    b = copy.deepcopy(a)
    b["respondent"] = {"rol": "zorgverzekeraar"}
    b["titel"] = "Een andere titel"
    b["randvoorwaarden"]["bekostiging"] = "nee"
    r = run_cli("combineer", _write(tmp_path, "a.json", a), _write(tmp_path, "b.json", b))
    assert r.returncode == 1
    assert r.stdout.decode().startswith("GECOMBINEERD ADVIES: NO-GO")
    assert "waarschuwing:" in r.stderr.decode() and "verschillende titels" in r.stderr.decode()


def test_vergelijk_two_versions(tmp_path: Path) -> None:
    oud = _partner("huisarts.json")
    nieuw = copy.deepcopy(oud)
    nieuw["randvoorwaarden"]["afspraken"] = "ja"
    a, b = _write(tmp_path, "v1.json", oud), _write(tmp_path, "v2.json", nieuw)
    r = run_cli("vergelijk", a, b)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "Voorwaarden vervuld sinds de vorige versie (1)" in out
    assert "Gewijzigde antwoorden (1)" in out
    en = run_cli("vergelijk", a, b, "--lang", "en").stdout.decode()
    assert "Conditions met since the previous version (1)" in en and "Voorwaarden" not in en
    same = run_cli("vergelijk", a, a).stdout.decode()
    assert "Geen verschil" in same


def test_vergelijk_saved_reports_and_exit_codes(tmp_path: Path) -> None:
    oud = _partner("huisarts.json")
    nieuw = copy.deepcopy(oud)
    nieuw["randvoorwaarden"]["bekostiging"] = "nee"
    paths = []
    for name, doc in (("r1.json", oud), ("r2.json", nieuw)):
        src = _write(tmp_path, "v-" + name, doc)
        target = tmp_path / name
        run_cli("check", src, "--format", "json", "-o", str(target))
        paths.append(str(target))
    r = run_cli("vergelijk", *paths, "--format", "json")
    assert r.returncode == 1  # the new version is no-go
    d = json.loads(r.stdout)
    assert d["opgeslagen"] and d["richting"] == "slechter"
    assert [v["id"] for v in d["nieuw_of_erger"]] == ["bekostiging"]
    batch = tmp_path / "batch.json"
    run_cli("check", *FILES, "--format", "json", "-o", str(batch))
    r = run_cli("vergelijk", str(batch), paths[0])
    assert r.returncode == 2 and "vond er 3" in r.stderr.decode()


def test_the_fhir_export_carries_the_respondent_and_reads_it_back(tmp_path: Path) -> None:
    """The respondent travels as the form (export formulier) asks for it: a group
    'sectie:respondent' with the linkIds respondent.rol / .naam / .organisatie."""
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    from substitutiecheck import standaard_regelpakket
    from substitutiecheck.fhir import voorstel_uit_fhir

    r = run_cli("export", "fhir-antwoorden", FILES[1], "--lang", "en")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    QuestionnaireResponse.model_validate(doc)
    groep = doc["item"][0]
    assert groep["linkId"] == "sectie:respondent"
    assert [i["linkId"] for i in groep["item"]] == ["respondent.rol", "respondent.organisatie"]
    coding = groep["item"][0]["answer"][0]["valueCoding"]
    assert (coding["code"], coding["display"]) == ("medisch_specialist", "Medical specialist")
    back = voorstel_uit_fhir(doc, standaard_regelpakket())
    assert back["respondent"] == _partner("medisch-specialist.json")["respondent"]
    # combineer reads responses like check does: the party keeps its role
    path = _write(tmp_path, "specialist.fhir.json", doc)
    out = json.loads(run_cli("combineer", FILES[0], path, "--format", "json").stdout)
    assert [p["rol"] for p in out["partijen"]] == ["huisarts", "medisch_specialist"]
    coding["code"] = "dokter"
    bad = run_cli("check", _write(tmp_path, "bad.json", doc))
    assert bad.returncode == 2 and "respondent.rol" in bad.stderr.decode()
    # another kind of value says so, as for any choice question (it said 'onbekende rol None')
    antwoord = groep["item"][0]["answer"][0]
    antwoord.pop("valueCoding")
    antwoord["valueInteger"] = 3
    bad = run_cli("check", _write(tmp_path, "bad.json", doc)).stderr.decode()
    assert "valueCoding" in bad and "valueInteger" in bad and "None" not in bad, bad
    antwoord.pop("valueInteger")
    antwoord["valueCoding"] = {"display": "Huisarts"}
    bad = run_cli("check", _write(tmp_path, "bad.json", doc)).stderr.decode()
    assert "respondent.rol" in bad and "code" in bad and "None" not in bad, bad


def test_the_readme_section_shows_what_the_program_prints(tmp_path: Path) -> None:
    import re

    readme = (ROOT / "README.md").read_text("utf-8")
    start = readme.index("## Meerdere partijen, versies en de regio")
    section = readme[start : readme.index("\n## ", start + 1)]
    out = run("combineer", *REL).stdout
    blocks = re.findall(r"```text\n(.*?)```", section, re.S)
    assert len(blocks) == 2
    for block in blocks:
        assert block in out, block
    commands = re.findall(r"^substitutiecheck (combineer examples/partners/.*?)$", section, re.M)
    assert len(commands) == 2
    for line in commands:
        args = line.split()
        if "-o" in args:  # write where the test may
            args[args.index("-o") + 1] = str(tmp_path / "partners.html")
        r = run_cli(*args)
        assert r.returncode == 0, (line, r.stderr)
    assert (tmp_path / "partners.html").read_text("utf-8").count('<tr class="verschil"') == 2
