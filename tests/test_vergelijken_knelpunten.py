"""Versions and regions (issue 17): ``substitutiecheck.vergelijk`` and the bottlenecks of a batch.

``vergelijk``: a proposal against itself reports no change; one improved answer shows exactly
one resolved condition; saved reports are compared as saved. Bottlenecks: checked against a
plain count over the batch's JSON reports."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import PACK, voorstellen

from substitutiecheck import evaluate, vergelijk
from substitutiecheck.knelpunten import Telling, knelpunten
from substitutiecheck.report_tables import document

ROOT = Path(__file__).resolve().parent.parent
EX = ROOT / "examples" / "voorstellen"
FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _ex(name: str) -> dict:
    return json.loads((EX / name).read_text("utf-8"))


@FAST
@given(voorstellen())
def test_a_proposal_against_itself_reports_no_change(voorstel: dict) -> None:
    c = vergelijk(voorstel, copy.deepcopy(voorstel))
    assert c.ongewijzigd and c.richting == "gelijk"
    assert (c.opgelost, c.verbeterd, c.nieuw_of_erger, c.gewijzigd) == ((), (), (), ())
    saved = vergelijk(evaluate(voorstel).naar_dict(), evaluate(voorstel))
    assert saved.ongewijzigd and saved.opgeslagen


def test_an_optional_part_added_with_one_answer_changes_that_answer_only() -> None:
    """Adding 'eerste_lijn' with only the POH listed the eight other providers as 'niet ingevuld
    -> onbekend' (an adversarial test): not filled in is unknown; a real answer still counts."""
    oud = _ex("meekijkconsult-dermatologie-rotterdam.json")
    oud.pop("eerste_lijn", None)
    nieuw = copy.deepcopy(oud)
    nieuw["eerste_lijn"] = {"poh": "ja"}
    c = vergelijk(oud, nieuw)
    assert [(w.veld, w.was, w.nu) for w in c.gewijzigd] == [("eerste_lijn.poh", None, "ja")]
    nieuw["eerste_lijn"]["apotheker"] = "nee"
    c = vergelijk(oud, nieuw)
    assert [w.veld for w in c.gewijzigd] == ["eerste_lijn.poh", "eerste_lijn.apotheker"]


def test_one_improved_answer_shows_exactly_one_resolved_condition() -> None:
    oud = _ex("meekijkconsult-dermatologie-rotterdam.json")
    nieuw = copy.deepcopy(oud)
    nieuw["randvoorwaarden"]["afspraken"] = "ja"  # was 'deels'
    c = vergelijk(oud, nieuw)
    assert [o.id for o in c.opgelost] == ["afspraken"]
    assert (c.verbeterd, c.nieuw_of_erger) == ((), ())
    assert [(w.veld, w.was, w.nu) for w in c.gewijzigd] == [
        ("randvoorwaarden.afspraken", "deels", "ja")
    ]
    assert not c.ongewijzigd


@FAST
@given(voorstellen())
def test_answering_one_open_randvoorwaarde_with_ja_resolves_exactly_it(voorstel: dict) -> None:
    rapport = evaluate(voorstel, toelichting=False)
    open_rv = [o for o in rapport.ontbrekende_randvoorwaarden if o.soort == "randvoorwaarde"]
    if not open_rv:
        return
    target = open_rv[0].id
    nieuw = copy.deepcopy(voorstel)
    nieuw.setdefault("randvoorwaarden", {})[target] = "ja"
    c = vergelijk(voorstel, nieuw)
    assert [o.id for o in c.opgelost] == [target]
    assert c.nieuw_of_erger == ()
    assert c.richting in ("gelijk", "beter")


def test_a_worse_answer_is_new_or_worse_and_the_verdict_gets_worse() -> None:
    oud = _ex("meekijkconsult-dermatologie-rotterdam.json")
    nieuw = copy.deepcopy(oud)
    nieuw["randvoorwaarden"]["afspraken"] = "nee"  # deels -> nee: blocking now
    nieuw["randvoorwaarden"]["bekostiging"] = "deels"  # ja -> deels: a new open condition
    c = vergelijk(oud, nieuw, taal="en")
    assert c.richting == "slechter"
    assert [(v.id, v.was_ernst, v.nu_ernst) for v in c.nieuw_of_erger] == [
        ("afspraken", "voorwaarde", "blokkerend"),
        ("bekostiging", None, "voorwaarde"),
    ]
    assert c.nieuw.advies == "no-go" and c.oud.advies == "voorwaardelijk"
    assert {w.nu_naam for w in c.gewijzigd} == {"no", "partly"}


def test_nee_to_deels_is_better_but_still_open() -> None:
    oud = _ex("meekijkconsult-dermatologie-rotterdam.json")
    oud["randvoorwaarden"]["afspraken"] = "nee"
    nieuw = copy.deepcopy(oud)
    nieuw["randvoorwaarden"]["afspraken"] = "deels"
    c = vergelijk(oud, nieuw)
    assert c.richting == "beter" and [v.id for v in c.verbeterd] == ["afspraken"]
    assert c.opgelost == () and c.nieuw_of_erger == ()


def test_saved_reports_across_pack_versions_are_compared_as_saved() -> None:
    oud = evaluate(_ex("complexe-wondzorg-twente.json")).naar_dict()
    nieuw = evaluate(
        _ex("complexe-wondzorg-twente.json"), regels=ROOT / "examples" / "regio-twente"
    ).naar_dict()
    c = vergelijk(oud, nieuw)
    assert c.opgeslagen and c.ander_pakket
    assert c.oud.regelpakket.startswith("landelijk") and c.nieuw.bron == "rapport"


# -- bottlenecks ---------------------------------------------------------------------------------


def _tier(o: dict) -> str:
    if o["ernst"] == "blokkerend":
        return "no_go"
    return "eerst" if o["blokkerend"] else "daarna"


def plain_count(reports: list[dict]) -> dict:
    per_id: dict[tuple[str, str], Counter] = {}
    groups: dict[str, Counter] = {}
    for r in reports:
        groups.setdefault(r["categorie"], Counter())[r["advies"]] += 1
        for o in r["ontbrekende_randvoorwaarden"]:
            per_id.setdefault((o["soort"], o["id"]), Counter())[_tier(o)] += 1
    return {"ids": per_id, "groups": groups}


def test_bottlenecks_agree_with_a_plain_count_over_the_batch_json() -> None:
    from test_rapporten import GOLDEN_INPUTS, run

    doc = json.loads(run("check", "--format", "json", *GOLDEN_INPUTS).stdout)
    reports = doc["rapporten"]
    k = knelpunten(reports)
    plain = plain_count(reports)
    assert k.aantal == len(reports) == 6
    assert {(v.soort, v.id): (v.no_go, v.eerst, v.daarna) for v in k.voorwaarden} == {
        key: (c["no_go"], c["eerst"], c["daarna"]) for key, c in plain["ids"].items()
    }
    totals = [v.totaal for v in k.voorwaarden]
    assert totals == sorted(totals, reverse=True)
    assert {g.categorie: (g.go, g.voorwaardelijk, g.no_go) for g in k.per_groep} == {
        cat: (c["go"], c["voorwaardelijk"], c["no-go"]) for cat, c in plain["groups"].items()
    }
    assert sum(g.totaal for g in k.per_groep) == 6


@FAST
@given(
    voorstellen().map(lambda v: [v])
    | voorstellen().flatmap(lambda v: voorstellen().map(lambda w: [v, w]))
)
def test_bottlenecks_from_reports_equal_those_from_their_json_and_tallies(
    views: list[dict],
) -> None:
    reports = [evaluate(v, toelichting=False) for v in views]
    a = knelpunten(reports)
    # report format 2 names a condition's rule: the names come from the tables
    doc = document(reports)
    assert a == knelpunten([r.naar_dict() for r in reports], doc)
    assert a == knelpunten([r.naar_dict(volledig=True) for r in reports])
    unnamed = knelpunten([r.naar_dict() for r in reports])  # no tables: named by id
    assert [(k.id, k.naam) for k in unnamed.voorwaarden] == [(k.id, k.id) for k in a.voorwaarden]
    assert a == knelpunten([Telling.van(r) for r in reports])
    assert sum(k.totaal for k in a.voorwaarden) == sum(
        len({(o.soort, o.id) for o in r.ontbrekende_randvoorwaarden}) for r in reports
    )


def test_bottlenecks_of_nothing_are_empty() -> None:
    k = knelpunten([])
    assert (k.aantal, k.voorwaarden, k.per_groep) == (0, (), ())
    assert PACK.naam == "landelijk"


def test_the_batch_summary_carries_the_bottlenecks_a_plain_count_gives() -> None:
    """`check` of two or more proposals: samenvatting.knelpunten in the JSON equals a plain count
    over the very reports in that document; the same with --jobs 2; none for one proposal."""
    from test_rapporten import GOLDEN_INPUTS, run

    doc = json.loads(run("check", "--format", "json", *GOLDEN_INPUTS).stdout)
    k = doc["samenvatting"]["knelpunten"]
    plain = plain_count(doc["rapporten"])
    assert k["aantal"] == len(doc["rapporten"]) == 6
    assert {
        (v["soort"], v["id"]): (v["no_go"], v["eerst"], v["daarna"]) for v in k["voorwaarden"]
    } == {key: (c["no_go"], c["eerst"], c["daarna"]) for key, c in plain["ids"].items()}
    assert {g["categorie"]: (g["go"], g["voorwaardelijk"], g["no_go"]) for g in k["per_groep"]} == {
        cat: (c["go"], c["voorwaardelijk"], c["no-go"]) for cat, c in plain["groups"].items()
    }
    parallel = json.loads(run("check", "--format", "json", "--jobs", "2", *GOLDEN_INPUTS).stdout)
    assert parallel["samenvatting"]["knelpunten"] == k
    one = json.loads(run("check", "--format", "json", GOLDEN_INPUTS[0]).stdout)
    assert "knelpunten" not in one["samenvatting"]
    text = run("check", *GOLDEN_INPUTS).stdout
    assert "Knelpunten in de regio" in text and "Advies per patiëntengroep" in text
    en = run("check", "--lang", "en", "--format", "html", *GOLDEN_INPUTS).stdout
    assert "Bottlenecks in the region" in en and 'class="grafiek-knelpunten"' in en


@FAST
@given(st.lists(voorstellen(), min_size=0, max_size=6), st.lists(st.integers(0, 6), max_size=4))
def test_bottlenecks_counted_in_parts_of_any_size_are_those_counted_at_once(
    voorstellen_: list[dict], grenzen: list[int]
) -> None:
    """The summary keeps its first report aside until a second comes (knelpunten is imported
    only for two or more); parts of one report each, as a batch worker's chunk can be, add up
    to the same bottlenecks as one count over all."""
    from substitutiecheck.reporters import Samenvatting

    rapporten = [evaluate(v, toelichting=False) for v in voorstellen_]
    geheel = Samenvatting()
    for r in rapporten:
        geheel.tel(r)
    delen, begin = Samenvatting(), 0
    for grens in [*sorted(grenzen), len(rapporten)]:
        deel = Samenvatting()
        for r in rapporten[begin : max(begin, grens)]:
            deel.tel(r)
        delen.neem_op(deel)
        begin = max(begin, grens)
    assert delen.knelpunten() == geheel.knelpunten()
    assert (geheel.knelpunten() is None) == (len(rapporten) < 2)


def test_a_saved_json_lines_line_of_a_pack_not_loaded_keeps_the_names_the_active_pack_knows(
    tmp_path,
):
    """A JSON Lines line (version 2: conditions by id, no tables) saved from a run with another
    pack: ``vergelijk`` in a process where that pack is not loaded resolves each condition it
    can from the active pack and names the others by their id (one unknown id made the whole
    report stay ids, found by a review)."""
    from conftest import ROOT, run_cli

    voorstel = tmp_path / "maart.json"
    data = json.loads((ROOT / "examples/versies/voorstel-maart.json").read_text("utf-8"))
    data["patientgroep"]["zeldzaam"] = "ja"
    voorstel.write_text(json.dumps(data), "utf-8")
    run = run_cli(
        "check", str(voorstel), "--regels", str(ROOT / "examples/regio-twente"), "--format", "jsonl"
    )
    assert run.returncode in (0, 1), run.stderr.decode()
    kop, regel = run.stdout.decode().splitlines()
    oud = tmp_path / "oud.json"
    oud.write_text(regel, "utf-8")
    ids = [o["id"] for o in json.loads(regel)["ontbrekende_randvoorwaarden"]]
    assert "zeldzaam" in ids
    out = run_cli("vergelijk", str(oud), str(ROOT / "examples/versies/voorstel-april.json"))
    text = out.stdout.decode()
    assert out.returncode in (0, 1), out.stderr.decode()
    assert "Zeldzaam ziektebeeld: was blokkerend" in text  # the national pack knows this one
    shown = [line.strip() for line in text.splitlines() if line.strip().startswith("- ")]
    assert not any(line.startswith(("- uitsluiting.", "- randvoorwaarde.")) for line in shown)
    # only the names come from the active pack: another pack's advice may differ, and must not
    # be shown as this pack's
    as_json = run_cli(
        "vergelijk",
        str(oud),
        str(ROOT / "examples/versies/voorstel-april.json"),
        "--format",
        "json",
    )
    changes = json.loads(as_json.stdout)
    gone = changes["opgelost"]  # open in the old (other pack's) report only: no text of ours
    assert gone and all(v["advies"] is None and v["naam"] for v in gone)
    # damaged by hand: a finding that is a text, a document whose table entry is null
    kapot = json.loads(regel)
    kapot["bevindingen"][0] = "x"
    oud.write_text(json.dumps(kapot), "utf-8")
    out = run_cli("vergelijk", str(oud), str(ROOT / "examples/versies/voorstel-april.json"))
    assert out.returncode in (0, 1, 2) and b"Traceback" not in out.stderr, out.stderr.decode()
    doc = run_cli("check", str(ROOT / "examples/versies/voorstel-maart.json"), "--format", "json")
    document = json.loads(doc.stdout)
    first = next(iter(document["randvoorwaarden"]))
    document["randvoorwaarden"][first] = None
    oud.write_text(json.dumps(document), "utf-8")
    out = run_cli("vergelijk", str(oud), str(ROOT / "examples/versies/voorstel-april.json"))
    assert out.returncode in (0, 1) and b"Traceback" not in out.stderr, out.stderr.decode()


def test_a_damaged_saved_document_keeps_the_names_its_own_tables_hold(tmp_path):
    """A Twente document (check --format json with the regional pack) with one entry of its
    tables deleted: the other conditions keep the names of the document's own tables (the
    regional texts), only the lost one falls back to the active pack's name or its id."""
    from conftest import ROOT, run_cli

    twente = ROOT / "examples/regio-twente"
    run = run_cli(
        "check", str(ROOT / "examples/voorstellen/complexe-wondzorg-twente.json"),
        "--regels", str(twente), "--format", "json",
    )  # fmt: skip
    document = json.loads(run.stdout)
    missing = document["rapporten"][0]["ontbrekende_randvoorwaarden"]
    from substitutiecheck.report_tables import pakket_tabellen

    national = pakket_tabellen(PACK, "nl")["regels"]
    regels = [o["regel"] for o in missing if o["regel"] in document["regels"]]
    # one whose regional name the national pack does not give
    own = [r for r in regels if national.get(r, {}).get("naam") != document["regels"][r]["naam"]]
    assert own and len(regels) >= 2
    kept = document["regels"][own[0]]["naam"]
    del document["regels"][next(r for r in regels if r != own[0])]
    oud = tmp_path / "oud.json"
    oud.write_text(json.dumps(document), "utf-8")
    out = run_cli(
        "vergelijk", str(oud), str(ROOT / "examples/voorstellen/diabetes-ketenzorg-utrecht.json")
    )
    assert out.returncode in (0, 1), out.stderr.decode()
    assert kept in " ".join(out.stdout.decode().split())


@pytest.mark.parametrize(
    "damage",
    ["stamp_without_hash", "unknown_advice", "reason_a_number", "conditions_numbers"],
)
def test_a_hand_damaged_saved_report_is_bad_input_naming_the_file(tmp_path, damage):
    """vergelijk with a saved report that lacks a field or holds the wrong kind of value: exit 2
    and one line naming the file, never an internal error (exit 3)."""
    from conftest import ROOT, run_cli

    voorstel = ROOT / "examples/versies/voorstel-maart.json"
    document = json.loads(run_cli("check", str(voorstel), "--format", "json").stdout)
    rapport = document["rapporten"][0]
    if damage == "stamp_without_hash":
        del rapport["regelpakket"]["hash"]
    elif damage == "unknown_advice":
        rapport["advies"] = "misschien"
    elif damage == "reason_a_number":
        rapport["reden"] = 42
    else:
        rapport["ontbrekende_randvoorwaarden"] = [1, 2]
    kapot = tmp_path / "kapot.json"
    kapot.write_text(json.dumps(document), "utf-8")
    for args in ((str(kapot), str(voorstel)), (str(voorstel), str(kapot))):
        out = run_cli("vergelijk", *args)
        err = out.stderr.decode()
        assert out.returncode in (0, 1, 2) and "Traceback" not in err, err  # never exit 3
        if out.returncode == 2:  # what the comparison needed was damaged: a line per field
            assert err and all("kapot.json: rapporten[0]" in x for x in err.splitlines()), err
        else:  # a field the comparison does not use (the old reason): compared as it is
            assert damage == "reason_a_number" and args[0].endswith("kapot.json"), err


@pytest.mark.parametrize(
    ("damage", "veld", "zegt"),
    [
        ("answer_misschien", "rapporten[0].ontbrekende_randvoorwaarden[0].antwoord", '"misschien"'),
        ("group_an_object", "rapporten[0].categorie", "verwacht tekst"),
        ("title_a_number", "rapporten[0].titel", "verwacht tekst of leeg (null)"),
        ("advice_in_capitals", "rapporten[0].advies", "ongeldige waarde 'GO'"),
    ],
)
def test_a_saved_report_edited_into_what_no_report_says_is_refused_naming_the_field(
    tmp_path, damage, veld, zegt
):
    """A saved report edited by hand showed 'nu blokkerend (antwoord: misschien)' and 'Diabetes
    -> Diabetes' (an adversarial test): it is checked against the report schema and a
    condition's answer must be one; exit 2 naming the file and field. (A no-go marked
    provisional is accepted: versions before 2026-12-02 wrote such reports themselves.)"""
    from conftest import ROOT, run_cli

    voorstel = json.loads((ROOT / "examples/versies/voorstel-maart.json").read_text("utf-8"))
    voorstel["randvoorwaarden"]["bekostiging"] = "nee"  # a no-go
    (tmp_path / "v.json").write_text(json.dumps(voorstel), "utf-8")
    document = json.loads(run_cli("check", "v.json", "--format", "json", cwd=tmp_path).stdout)
    rapport = document["rapporten"][0]
    assert rapport["advies"] == "no-go"
    if damage == "answer_misschien":
        rapport["ontbrekende_randvoorwaarden"][0]["antwoord"] = "misschien"
    elif damage == "group_an_object":
        rapport["categorie"] = {"a": 1}
    elif damage == "title_a_number":
        rapport["titel"] = 5
    else:
        rapport["advies"] = "GO"
    (tmp_path / "kapot.json").write_text(json.dumps(document), "utf-8")
    out = run_cli("vergelijk", "kapot.json", "v.json", cwd=tmp_path)
    err = out.stderr.decode()
    assert out.returncode == 2 and err.startswith(f"fout: kapot.json: {veld}: "), err
    assert zegt in err and err.count("\n") == 1, err


def test_a_saved_json_lines_run_of_one_proposal_is_its_header_and_report(tmp_path):
    """`check --format jsonl > oud.jsonl` of one proposal holds a header line and one report:
    vergelijk reads that as one saved report, named by the header's own tables (the regional
    names of the Twente pack); it said 'found 2'."""
    from conftest import ROOT, run_cli

    run = run_cli(
        "check", str(ROOT / "examples/voorstellen/complexe-wondzorg-twente.json"),
        "--regels", str(ROOT / "examples/regio-twente"), "--format", "jsonl",
    )  # fmt: skip
    kop = json.loads(run.stdout.splitlines()[0])["kop"]
    oud = tmp_path / "oud.jsonl"
    oud.write_bytes(run.stdout)
    out = run_cli(
        "vergelijk", str(oud), str(ROOT / "examples/voorstellen/diabetes-ketenzorg-utrecht.json")
    )
    assert out.returncode in (0, 1), out.stderr.decode()
    regional = kop["regels"]["randvoorwaarde.bestuurlijk_commitment.onvolledig"]["naam"]
    assert regional in " ".join(out.stdout.decode().split())


def test_a_failure_with_sound_saved_reports_stays_ours():
    """vergelijk blames a saved report only when that report fails compared with itself; with
    two sound reports the error is ours and stays an internal error (exit 3), never a false
    'damaged report' naming the user's file."""
    from substitutiecheck.cli.partijen import _beschadigd

    a = evaluate({"patientgroep": {"categorie": "diabetes"}}, regels=PACK).naar_dict(volledig=True)
    b = evaluate({"patientgroep": {"categorie": "copd_astma"}}, regels=PACK).naar_dict(
        volledig=True
    )
    fout = KeyError("iets van ons")
    assert _beschadigd([(a, "a.json"), (b, "b.json")], fout, PACK, "nl", "text") is fout
    kapot = {**a, "advies": "misschien"}
    blamed = _beschadigd([(kapot, "a.json"), (b, "b.json")], fout, PACK, "nl", "text")
    assert blamed is not fout and blamed.bestand == "a.json"


def test_saved_reports_in_another_language_leave_their_reason_out() -> None:
    """A comparison in English of two reports saved in Dutch showed the saved Dutch reason as its
    summary (found by a user trial): the reason of a report saved in another language is left
    out; a saved report in the comparison's own language keeps it."""
    maart, april = (
        json.loads((ROOT / "examples" / "versies" / n).read_text("utf-8"))
        for n in ("voorstel-maart.json", "voorstel-april.json")
    )
    a, b = evaluate(maart), evaluate(april)
    en = vergelijk(a.naar_dict(), b.naar_dict(), taal="en")
    assert en.opgeslagen and en.nieuw.reden == "" and en.oud.reden == ""
    nl = vergelijk(a.naar_dict(), b.naar_dict(), taal="nl")
    assert nl.nieuw.reden == b.reden and nl.nieuw.reden.startswith("Nog ")
    # a proposal is evaluated in the comparison's language: its reason stays
    fresh = vergelijk(maart, april, taal="en")
    assert fresh.nieuw.reden and "conditions" in fresh.nieuw.reden


def test_saved_reports_in_another_language_are_named_in_the_comparisons(tmp_path) -> None:
    """An English comparison of two reports saved in Dutch by the same pack listed the conditions
    and changed answers by their saved Dutch names (a user trial): names and advice now come from
    that pack in the comparison's language, in the library and the command, whatever format the
    reports were saved in (json document, JSON Lines with its header)."""
    from conftest import run_cli

    maart, april = (
        json.loads((ROOT / "examples" / "versies" / n).read_text("utf-8"))
        for n in ("voorstel-maart.json", "voorstel-april.json")
    )
    afspraken = PACK.randvoorwaarde("afspraken").naam
    a, b = evaluate(maart), evaluate(april)
    en = vergelijk(a.naar_dict(), b.naar_dict(), taal="en")
    namen = [v.naam for deel in (en.opgelost, en.verbeterd, en.nieuw_of_erger) for v in deel]
    namen += [w.naam for w in en.gewijzigd]
    assert afspraken["en"] in namen and afspraken["nl"] not in namen
    for fmt in ("json", "jsonl"):
        for naam, doc in (("maart", maart), ("april", april)):
            (tmp_path / f"voorstel-{naam}.json").write_text(json.dumps(doc), "utf-8")
            saved = run_cli(
                "check",
                "--format",
                fmt,
                f"voorstel-{naam}.json",
                "-o",
                f"{naam}.{fmt}",
                cwd=tmp_path,
            )
            assert saved.returncode in (0, 1), saved.stderr
        out = run_cli(
            "vergelijk", f"maart.{fmt}", f"april.{fmt}", "--lang", "en", cwd=tmp_path
        ).stdout.decode()
        assert f"  - {afspraken['en']}: was condition (answer:" in out, out
        assert afspraken["nl"] not in out
        nl = run_cli("vergelijk", f"maart.{fmt}", f"april.{fmt}", cwd=tmp_path).stdout.decode()
        assert afspraken["nl"] in nl and afspraken["en"] not in nl


def test_bottlenecks_of_a_saved_json_lines_run_read_as_it_is(tmp_path) -> None:
    """The lines of 'check --format jsonl' can be passed to knelpunten as they are: the header
    names the conditions, a line {"fout": ...} (an invalid input) is no report and not counted."""
    from conftest import run_cli

    lines = [json.dumps(json.loads(p.read_text("utf-8"))) for p in sorted(EX.glob("*.json"))]
    (tmp_path / "regio.jsonl").write_text("\n".join(["kapot", *lines, "{}"]) + "\n", "utf-8")
    out = run_cli("check", "--format", "jsonl", "regio.jsonl", cwd=tmp_path).stdout
    saved = [json.loads(x) for x in out.splitlines()]
    assert sum("fout" in x for x in saved) == 2 and sum("kop" in x for x in saved) == 1
    direct = knelpunten([evaluate(json.loads(x)) for x in lines])
    assert knelpunten(saved) == direct and direct.aantal == len(lines)
    assert {k.naam for k in knelpunten(saved).voorwaarden} != {k.id for k in direct.voorwaarden}


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_a_condition_only_one_pack_asks_is_neither_met_nor_new(tmp_path, taal) -> None:
    """Reports of two packs: a condition only the regional pack asks was 'nu vervuld' in the
    national version's column (a user trial: nobody answered it). It is now 'not comparable' in
    either direction, in every format; a condition both packs ask is compared as before."""
    import jsonschema
    from conftest import run_cli

    twente = str(ROOT / "examples" / "regio-twente")
    versies = ROOT / "examples" / "versies"
    for naam, extra, voorstel in (
        ("m.json", ["--regels", twente], "voorstel-maart.json"),
        ("a.json", [], "voorstel-april.json"),
    ):
        run_cli(
            "check", *extra, str(versies / voorstel), "--format", "json", "-o", naam, cwd=tmp_path
        )
    schema = json.loads(run_cli("schema", "--rapport").stdout)
    for oud, nieuw in (("m.json", "a.json"), ("a.json", "m.json")):
        out = run_cli("vergelijk", oud, nieuw, "--format", "json", "--lang", taal, cwd=tmp_path)
        c = json.loads(out.stdout)
        ref = {"$ref": "#/$defs/Vergelijking", "$defs": schema["$defs"]}
        jsonschema.Draft202012Validator(ref).validate(c)
        assert c["ander_pakket"]
        assert [v["id"] for v in c["niet_vergelijkbaar"]] == ["bestuurlijk_commitment"]
        gemeld = {v["id"] for k in ("opgelost", "verbeterd", "nieuw_of_erger") for v in c[k]}
        assert "bestuurlijk_commitment" not in gemeld and "afspraken" in gemeld
        text = run_cli("vergelijk", oud, nieuw, "--lang", taal, cwd=tmp_path).stdout.decode()
        zin = "not in the report of the" if taal == "en" else "niet in het rapport van de"
        regel = next(x for x in text.splitlines() if "Bestuurlijk commitment" in x)
        assert zin in " ".join(text.split()) and (
            "nu vervuld" not in regel and "now met" not in regel
        )
        csv_ = run_cli(
            "vergelijk", oud, nieuw, "--format", "csv", "--lang", taal, cwd=tmp_path
        ).stdout.decode()
        rij = next(
            x for x in csv_.splitlines() if '"niet_vergelijkbaar";"bestuurlijk_commitment"' in x
        )
        # the side that does not name it says so, not 'vervuld' (an adversarial test)
        assert zin in rij and "vervuld" not in rij and '"met"' not in rij, rij
    # the library, the same: a Rapport of each pack
    m = evaluate(json.loads((versies / "voorstel-maart.json").read_text("utf-8")), regels=twente)
    a = evaluate(json.loads((versies / "voorstel-april.json").read_text("utf-8")))
    c = vergelijk(m, a, taal=taal)
    assert [v.id for v in c.niet_vergelijkbaar] == ["bestuurlijk_commitment"]
    assert "bestuurlijk_commitment" not in {v.id for v in c.opgelost}


def test_unrelated_versions_and_a_party_counted_twice_are_pointed_out(tmp_path) -> None:
    """vergelijk of two unrelated proposals said 'Het advies is verbeterd' without a word, and
    combineer of the same file twice counted '2 partijen' (a user trial): both say so now."""
    from conftest import run_cli

    maart = str(ROOT / "examples" / "versies" / "voorstel-maart.json")
    april = str(ROOT / "examples" / "versies" / "voorstel-april.json")
    ander = str(EX / "diabetes-ketenzorg-utrecht.json")
    out = " ".join(run_cli("vergelijk", maart, ander).stdout.decode().split())
    assert "Let op: de versies hebben een andere titel (" in out
    assert "zijn het twee versies van hetzelfde voorstel?" in out
    en = " ".join(run_cli("vergelijk", maart, ander, "--lang", "en").stdout.decode().split())
    assert "Note: the versions have different titles" in en
    assert "andere titel" not in run_cli("vergelijk", maart, april).stdout.decode()
    huisarts = str(ROOT / "examples" / "partners" / "huisarts.json")
    specialist = str(ROOT / "examples" / "partners" / "medisch-specialist.json")
    twee = run_cli("combineer", huisarts, huisarts, "--format", "json")
    doc = json.loads(twee.stdout)
    assert any("telt één partij twee keer mee?" in w for w in doc["waarschuwingen"])
    assert "telt één partij twee keer mee?" in twee.stderr.decode()
    goed = json.loads(run_cli("combineer", huisarts, specialist, "--format", "json").stdout)
    assert not any("twee keer" in w for w in goed["waarschuwingen"])


def test_a_saved_no_go_marked_provisional_by_an_older_version_is_still_compared(tmp_path):
    """Versions before 2026-12-02 wrote 'no-go' with 'voorlopig': true; a check of today called
    such a genuine report edited by hand (a review of that check). It is compared as saved."""
    from conftest import ROOT, run_cli

    voorstel = json.loads((ROOT / "examples/versies/voorstel-maart.json").read_text("utf-8"))
    voorstel["randvoorwaarden"]["bekostiging"] = "nee"
    (tmp_path / "v.json").write_text(json.dumps(voorstel), "utf-8")
    document = json.loads(run_cli("check", "v.json", "--format", "json", cwd=tmp_path).stdout)
    document["rapporten"][0]["voorlopig"] = True  # as the older versions wrote it
    (tmp_path / "oud.json").write_text(json.dumps(document), "utf-8")
    out = run_cli("vergelijk", "oud.json", "v.json", cwd=tmp_path)
    assert out.returncode == 1, out.stderr.decode()  # compared: both no-go
    assert "oud: NO-GO (voorlopig)" in out.stdout.decode()
