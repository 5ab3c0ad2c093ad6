"""Regional rule packs: extend the national pack as data, validate it, test it, use it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, run_cli

from substitutiecheck import RegelpakketFout, evaluate, laad_regelpakket
from substitutiecheck.pack import waarschuwingen
from substitutiecheck.pack.items import to_json

TWENTE = ROOT / "examples" / "regio-twente"


@pytest.fixture
def regio(tmp_path) -> Path:
    """A fresh copy of the example regional pack to break."""
    target = tmp_path / "mijn-pakket"
    shutil.copytree(TWENTE, target)
    return target


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _problems(folder: Path) -> list[str]:
    with pytest.raises(RegelpakketFout) as exc:
        pack = laad_regelpakket(folder)
        found = waarschuwingen(pack)
        if found:
            raise RegelpakketFout(found)
    return exc.value.regels()


def test_extended_pack_changes_the_verdict(alles_ja):
    twente = laad_regelpakket(TWENTE)
    assert twente.uitbreiding_van == ("landelijk",)
    assert evaluate(alles_ja).advies == "go"
    rapport = evaluate(alles_ja, regels=twente)
    assert rapport.advies == "voorwaardelijk"  # the added condition is not answered yet
    assert [o.id for o in rapport.ontbrekende_randvoorwaarden] == ["bestuurlijk_commitment"]
    assert (
        rapport.regelpakket.naam == "twente_voorbeeld"
        and rapport.regelpakket.hash != evaluate(alles_ja).regelpakket.hash
    )
    alles_ja["randvoorwaarden"]["bestuurlijk_commitment"] = "ja"
    alles_ja["randvoorwaarden"]["inkoop_verzekeraar"] = "nee"  # advisory nationally, blocking here
    assert (
        evaluate(
            {
                **alles_ja,
                "randvoorwaarden": {
                    k: v
                    for k, v in alles_ja["randvoorwaarden"].items()
                    if k != "bestuurlijk_commitment"
                },
            }
        ).advies
        == "voorwaardelijk"
    )
    assert evaluate(alles_ja, regels=twente).advies == "no-go"
    del alles_ja["randvoorwaarden"]["bestuurlijk_commitment"]
    alles_ja["patientgroep"]["categorie"] = "spoedzorg"
    alles_ja["randvoorwaarden"]["inkoop_verzekeraar"] = "ja"
    assert evaluate(alles_ja).advies == "go"
    assert "categorie.spoedzorg" in [b.regel for b in evaluate(alles_ja, regels=twente).bevindingen]


def test_the_national_pack_rejects_the_regional_field(alles_ja):
    alles_ja["randvoorwaarden"]["bestuurlijk_commitment"] = "ja"
    with pytest.raises(ValueError, match="bestuurlijk_commitment"):
        evaluate(alles_ja)


def test_check_and_schema_follow_the_pack():
    result = run_cli(
        "check",
        "--regels",
        str(TWENTE),
        "--format",
        "jsonl",
        str(EXAMPLES / "diabetes-ketenzorg-utrecht.json"),
    )
    assert result.returncode == 0, result.stderr.decode()
    kop, line = result.stdout.splitlines()  # the header of report format 2, then the report
    rapport = json.loads(line)
    assert rapport["regelpakket"]["naam"] == "twente_voorbeeld"
    # the header holds the regional pack's own tables (its extra source and rules)
    tables = json.loads(kop)["kop"]
    assert tables["regelpakket"] == rapport["regelpakket"]
    assert set(tables["regels"]) > {b["regel"] for b in rapport["bevindingen"]}
    assert rapport["advies"] == "voorwaardelijk"
    schema = json.loads(run_cli("schema", "--regels", str(TWENTE)).stdout)
    rv = schema["$defs"]["Randvoorwaarden"]["properties"]
    assert "bestuurlijk_commitment" in rv


@pytest.mark.parametrize(
    "name,change,expected",
    [
        (
            "schemafout",
            lambda d: d["randvoorwaarden"][1].pop("vraag"),
            "randvoorwaarden.json: randvoorwaarden[1]: verplicht veld 'vraag' ontbreekt",
        ),
        (
            "wijziging van een id dat niet bestaat",
            lambda d: d["randvoorwaarden"][0].update(id="inkoop_verzekeraarr"),
            "randvoorwaarden.json: randvoorwaarden[0].id: wijzigt 'inkoop_verzekeraarr', "
            "maar dat id bestaat niet in het basispakket; bedoelde u 'inkoop_verzekeraar'?",
        ),
        (
            "onbekende bron",
            lambda d: d["randvoorwaarden"][1].update(bron=["zorgmaster"]),
            "randvoorwaarden.json: randvoorwaarden[1].bron[0]: onbekende bron 'zorgmaster'",
        ),
        (
            "onbekende groep",
            lambda d: d["randvoorwaarden"][1].update(groep="bestuur"),
            "randvoorwaarden.json: randvoorwaarden[1].groep: onbekende groep 'bestuur'",
        ),
        (
            "onbekend veld in een conditie",
            lambda d: d["randvoorwaarden"][0].update(
                blokkerend_als={"veld": "samenwerkingsvrom", "is": "mdo"}
            ),
            "randvoorwaarden.json: randvoorwaarden[0].blokkerend_als.veld: onbekend veld "
            "'samenwerkingsvrom'; bedoelde u 'samenwerkingsvorm'?",
        ),
        (
            "waarde die een veld nooit heeft",
            lambda d: d["randvoorwaarden"][0].update(
                blokkerend_als={"veld": "financiering", "is": "s4"}
            ),
            "randvoorwaarden.json: randvoorwaarden[0].blokkerend_als.is: waarde 's4' kan "
            "veld 'financiering' nooit hebben",
        ),
        (
            "conditie die nooit waar is",
            lambda d: d["randvoorwaarden"][0].update(
                blokkerend_als={
                    "alle": [
                        {"veld": "financiering", "is": "s2"},
                        {"veld": "financiering", "is": "s3"},
                    ]
                }
            ),
            "randvoorwaarden.json: randvoorwaarden[0].blokkerend_als: 'blokkerend_als' kan nooit waar zijn",
        ),
        (
            "conditie die altijd waar is",
            lambda d: d["randvoorwaarden"][0].update(
                blokkerend_als={
                    "een_van": [
                        {"veld": "financiering", "is": "s2"},
                        {"veld": "financiering", "is_niet": "s2"},
                    ]
                }
            ),
            "randvoorwaarden.json: randvoorwaarden[0].blokkerend_als: 'blokkerend_als' is altijd waar",
        ),
        (
            "dubbel id",
            lambda d: d["randvoorwaarden"].append(dict(d["randvoorwaarden"][1])),
            "randvoorwaarden.json: randvoorwaarden[2].id: dubbel id 'bestuurlijk_commitment'",
        ),
    ],
)
def test_each_kind_of_broken_pack_names_file_and_path(regio, name, change, expected):
    _edit(regio / "randvoorwaarden.json", change)
    lines = _problems(regio)
    assert any(
        line.startswith(str(regio))
        and expected.split(": ", 1)[1] in line
        and (str(regio / expected.split(": ", 1)[0]) in line)
        for line in lines
    ), lines


def test_rule_that_never_fires_in_regels_json(regio):
    (regio / "regels.json").write_text(
        json.dumps(
            {
                "regels": [
                    {
                        "id": "notitie.onmogelijk",
                        "ernst": "notitie",
                        "veld": "financiering",
                        "als": {
                            "alle": [
                                {"veld": "financiering", "in": ["s1"]},
                                {"veld": "financiering", "niet_in": ["s1"]},
                            ]
                        },
                        "naam": {"nl": "x", "en": "x"},
                        "tekst": {"nl": "x", "en": "x"},
                        "bron": ["regio_twente"],
                    }
                ]
            }
        ),
        "utf-8",
    )
    lines = _problems(regio)
    assert any(
        f"{regio / 'regels.json'}: regels[0].als: regel 'notitie.onmogelijk': de conditie kan nooit waar zijn"
        in line
        for line in lines
    ), lines


def test_broken_json_and_missing_base(regio):
    (regio / "patientgroepen.json").write_text("{", "utf-8")
    assert any(
        str(regio / "patientgroepen.json") + ": ongeldige JSON op regel 1" in line
        for line in _problems(regio)
    )
    _edit(regio / "pakket.json", lambda d: d.update(uitbreiding_van="../bestaat-niet"))
    assert any(
        "uitbreiding_van: basispakket '../bestaat-niet' niet gevonden" in line
        for line in _problems(regio)
    )


def test_regels_valideer_cli(regio):
    ok = run_cli("regels", "valideer", str(TWENTE))
    assert ok.returncode == 0
    assert "is geldig: 46 regels, 14 randvoorwaarden, 5 scenario's." in ok.stdout.decode()
    _edit(
        regio / "randvoorwaarden.json",
        lambda d: d["randvoorwaarden"][1].update(groep="bestuur", bron=["x"]),
    )
    bad = run_cli("regels", "valideer", str(regio))
    assert bad.returncode == 2
    err = bad.stderr.decode()
    assert err.count("fout: ") == 2 and "Traceback" not in err  # every problem, not just the first


def test_regels_test_passes_and_fails(regio):
    ok = run_cli("regels", "test", str(TWENTE))
    assert ok.returncode == 0 and "5 geslaagd, 0 mislukt" in ok.stdout.decode()
    _edit(regio / "scenarios.json", lambda d: d["scenarios"][1]["verwacht"].update(advies="go"))
    bad = run_cli("regels", "test", str(regio))
    assert bad.returncode == 1
    out = bad.stdout.decode()
    assert "✗ zonder inkoopafspraak: no-go in deze regio" in out
    assert "advies: verwacht go, kreeg no-go" in out and "4 geslaagd, 1 mislukt" in out


def test_shipped_pack_scenarios_via_cli():
    result = run_cli("regels", "test")
    assert result.returncode == 0 and "19 geslaagd, 0 mislukt" in result.stdout.decode()


def test_regels_list_and_explain():
    listing = run_cli("regels", "--regels", str(TWENTE)).stdout.decode()
    assert (
        "randvoorwaarde.bestuurlijk_commitment.nee" in listing
        and "breidt uit: landelijk" in listing
    )
    uitleg = run_cli("regels", "toon", "randvoorwaarde.ict.nee", "--lang", "en")
    assert uitleg.returncode == 0
    text = uitleg.stdout.decode()
    assert "Fires when: randvoorwaarden.ict is 'nee'" in text
    assert (
        "blocking when samenwerkingsvorm is 'teleconsultatie'" in text
    )  # not for a meekijkconsult (issue 11)
    unknown = run_cli("regels", "toon", "randvoorwaarde.ict.ne")
    assert (
        unknown.returncode == 2
        and "bedoelde u 'randvoorwaarde.ict.nee'?" in unknown.stderr.decode()
    )


def test_valideer_checks_the_scenarios_too(regio):
    def break_scenarios(d):
        d["scenarios"][1]["wijzig"] = {"randvoorwaarden.inkoop_verzekeraarr": "nee"}
        d["scenarios"][2]["verwacht"]["regels"] = ["randvoorwaarde.bestuurlijk_commitment.ne"]

    _edit(regio / "scenarios.json", break_scenarios)
    result = run_cli("regels", "valideer", str(regio))
    assert result.returncode == 2
    err = result.stderr.decode()
    where = str(regio / "scenarios.json")
    assert (
        f"{where}: scenarios[1].voorstel.randvoorwaarden.inkoop_verzekeraarr: onbekend veld" in err
    )
    assert (
        f"{where}: scenarios[2].verwacht.regels[0]: onbekend id 'randvoorwaarde.bestuurlijk_commitment.ne'; "
        "bedoelde u 'randvoorwaarde.bestuurlijk_commitment.nee'?"
    ) in err


def test_check_warns_about_a_condition_that_never_holds(regio):
    _edit(
        regio / "randvoorwaarden.json",
        lambda d: d["randvoorwaarden"][0].update(
            blokkerend_als={
                "alle": [{"veld": "financiering", "is": "s2"}, {"veld": "financiering", "is": "s3"}]
            }
        ),
    )
    result = run_cli(
        "check", "--regels", str(regio), str(EXAMPLES / "diabetes-ketenzorg-utrecht.json")
    )
    assert result.returncode == 0  # the pack works ...
    assert (
        "waarschuwing: " in result.stderr.decode()
        and "kan nooit waar zijn" in result.stderr.decode()
    )  # ... but says so


def test_a_regional_pack_can_reword_the_derived_rule_texts(regio, alles_ja):
    national = laad_regelpakket(None)

    def reword(d):
        d["sjablonen"] = dict(
            to_json(national.sjablonen),
            rv_nee={"nl": "Niet geregeld: {naam}.", "en": "Not arranged: {naam}."},
        )

    _edit(regio / "pakket.json", reword)
    alles_ja["randvoorwaarden"].update(bekostiging="nee", bestuurlijk_commitment="ja")
    [bevinding] = evaluate(alles_ja, regels=laad_regelpakket(regio)).bevindingen
    assert (
        bevinding.tekst
        == "Niet geregeld: Bekostiging moet duidelijk zijn / business case aanwezig."
    )


def test_regels_test_in_english(regio):
    _edit(regio / "scenarios.json", lambda d: d["scenarios"][1]["verwacht"].update(advies="go"))
    out = run_cli("regels", "test", str(regio), "--lang", "en").stdout.decode()
    assert "advies: expected go, got no-go" in out and "4 passed, 1 failed" in out


def test_a_schema_error_says_that_the_other_checks_follow_once_it_is_fixed(regio):
    def break_it(d):
        d["randvoorwaarden"][1]["blokkerend"] = "ja"  # schema error
        d["randvoorwaarden"][1]["bron"] = ["bestaat_niet"]  # found only by the cross-checks

    _edit(regio / "randvoorwaarden.json", break_it)
    first = run_cli("regels", "valideer", str(regio))
    err = first.stderr.decode()
    assert first.returncode == 2 and "randvoorwaarden[1].blokkerend" in err
    assert "bestaat_niet" not in err and "Herstel eerst deze fouten" in err
    assert (
        "Fix these errors first"
        in run_cli("regels", "valideer", str(regio), "--lang", "en").stderr.decode()
    )

    _edit(regio / "randvoorwaarden.json", lambda d: d["randvoorwaarden"][1].update(blokkerend=True))
    second = run_cli("regels", "valideer", str(regio))
    err = second.stderr.decode()
    assert second.returncode == 2 and "bestaat_niet" in err and "Herstel eerst" not in err


@pytest.mark.parametrize(
    "wijzig,expected",
    [
        (["patientgroep.zeldzaam"], "'wijzig' moet een object zijn"),
        ({"titel.deel": "x"}, "veldpad 'titel.deel' loopt door 'titel'"),
    ],
)
def test_a_scenario_whose_change_cannot_be_made_is_a_pack_error_not_a_crash(
    tmp_path, wijzig, expected
):
    """scenarios.json of a pack: a 'wijzig' that is no object, or whose path runs through a
    value that is no object, is one Dutch line naming the file (exit 2); it crashed (exit 3)."""
    import json
    import shutil

    from conftest import ROOT, run_cli

    pack = tmp_path / "pakket"
    shutil.copytree(ROOT / "examples/regio-twente", pack)
    data = json.loads((pack / "scenarios.json").read_text("utf-8"))
    base = data["scenarios"][0]["naam"]["nl"]  # 'basis' names the Dutch name
    data["scenarios"].append(
        {"naam": "kapot", "basis": base, "wijzig": wijzig, "verwacht": {"advies": "go"}}
    )
    (pack / "scenarios.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    out = run_cli("regels", "valideer", str(pack))
    err = out.stderr.decode() + out.stdout.decode()
    assert out.returncode == 2 and "Traceback" not in err, err
    assert expected in err and "scenarios.json" in err, err


def test_every_missing_required_field_is_named_once(regio):
    """'sjablonen': {} said "verplicht veld 'rv_nee' ontbreekt" four times (a user trial): each
    missing field is named once, in the schema's order, also for a list item and a source."""
    _edit(regio / "pakket.json", lambda d: d.update(sjablonen={}))
    _edit(regio / "randvoorwaarden.json", lambda d: d["randvoorwaarden"].append({"id": "nieuw_x"}))
    problemen = _problems(regio)
    sjablonen = [p for p in problemen if "pakket.json: sjablonen:" in p]
    assert [p.rpartition("veld ")[2] for p in sjablonen] == [
        "'rv_nee' ontbreekt",
        "'rv_onvolledig' ontbreekt",
        "'uitsluiting_onbekend' ontbreekt",
        "'samenwerking_zwak' ontbreekt",
    ]
    nieuw = [p for p in problemen if "randvoorwaarden[2]: verplicht veld" in p]
    assert len(nieuw) == len(set(nieuw)) > 1, problemen


def test_scenario_names_are_shown_in_the_asked_language(tmp_path):
    """'regels test --lang en' printed every scenario name in Dutch (an audit): a name may be
    {"nl", "en"}; 'basis' still refers to the Dutch one, and a plain string still works."""
    en = run_cli("regels", "test", "--lang", "en").stdout.decode()
    assert "✓ all in order" in en and "alles in orde" not in en
    assert "✓ alles in orde" in run_cli("regels", "test").stdout.decode()
    twente = run_cli("regels", "test", str(TWENTE), "--lang", "en").stdout.decode()
    assert "✓ without a purchasing agreement: no-go in this region" in twente  # a 'basis' one
    regio = tmp_path / "regio"
    shutil.copytree(TWENTE, regio)
    sc = regio / "scenarios.json"
    data = json.loads(sc.read_text("utf-8"))
    data["scenarios"][0]["naam"] = {"nl": "x", "fr": "y"}
    sc.write_text(json.dumps(data), "utf-8")
    bad = run_cli("regels", "test", str(regio))
    assert bad.returncode == 2 and "heeft 'naam' (tekst, of" in bad.stderr.decode()


def test_a_basis_that_is_no_name_is_a_pack_error_not_a_crash(tmp_path):
    """'basis' given as the name object ({"nl", "en"}) ended in 'interne fout (TypeError):
    unhashable type' (exit 3)."""
    regio = tmp_path / "regio"
    shutil.copytree(TWENTE, regio)
    sc = regio / "scenarios.json"
    data = json.loads(sc.read_text("utf-8"))
    data["scenarios"][1]["basis"] = data["scenarios"][0]["naam"]
    sc.write_text(json.dumps(data), "utf-8")
    bad = run_cli("regels", "test", str(regio))
    err = bad.stderr.decode()
    assert bad.returncode == 2 and "scenarios[1].basis" in err and "interne fout" not in err, err
