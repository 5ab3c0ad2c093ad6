"""Report format version 2 (issue 18): a JSON report names its sources, rule texts, forms,
routes, groups and randvoorwaarden by id; the texts are printed once per document, in tables.
These tests read the JSON as a consumer would: every id resolves, the tables hold what the
reports cite and nothing else, and resolving gives the full report back."""

from __future__ import annotations

import dataclasses
import json

from conftest import EXAMPLES, SHARED_EXAMPLE, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import PACK, voorstellen

from substitutiecheck.evaluation import evaluate
from substitutiecheck.report import Deel, Rapport
from substitutiecheck.report_tables import (
    TABELLEN,
    _entry,
    deel_tabellen,
    document,
    kop,
    pakket_tabellen,
    volledig,
)


def _parts(value, out):
    if isinstance(value, Deel):
        out.append(value)
        for f in dataclasses.fields(value):
            _parts(getattr(value, f.name), out)
    elif isinstance(value, tuple):
        for v in value:
            _parts(v, out)
    return out


def _ids(value, found):
    """Every string in the JSON that is an id of a table entry, by where it stands."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k in ("bronnen", "koppeling_bronnen") and isinstance(v, list):
                found.update(("bronnen", b) for b in v)
            else:
                _ids(v, found)
    elif isinstance(value, list):
        for v in value:
            _ids(v, found)
    return found


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(voorstellen(), st.sampled_from(["nl", "en"]))
def test_every_shared_part_agrees_with_its_pack_table_entry(voorstel, taal):
    """A table entry is what the part held: built from the pack, it says the same as the report."""
    rapport = evaluate(voorstel, PACK, taal)
    tables = pakket_tabellen(PACK, taal)
    for part in _parts(rapport, []):
        cls = type(part)
        if cls._TABEL is not None and cls._IN_TABEL:
            table, key = cls._TABEL
            entry = tables[table][getattr(part, key)]
            assert {k: entry[k] for k in cls._IN_TABEL} == _entry(part, cls._IN_TABEL)
            if table == "regels":
                assert entry["veld"] == part.veld
        for b in _parts(part, []):
            if type(b).__name__ == "BronVerwijzing":
                entry = tables["bronnen"][b.id]
                assert entry == {k: getattr(b, k) for k in entry}
    # the report cites exactly what its JSON names, and the document's tables hold just that
    data = rapport.naar_dict()
    assert _ids(data, set()) <= rapport.verwijzingen()
    doc = rapport.document()
    assert doc["rapporten"] == [data]
    for table, key in rapport.verwijzingen():
        assert key in doc[table], (table, key)
    sub = deel_tabellen(PACK, taal, rapport.verwijzingen())
    for table in TABELLEN:
        assert doc[table] == sub[table]
    cited_sources = {k for t, k in rapport.verwijzingen() if t == "bronnen"}
    for table in ("regels", "samenwerkingsvormen"):
        for entry in doc[table].values():
            cited_sources.update(entry["bronnen"])
    assert set(doc["bronnen"]) == cited_sources  # every source named, and no other


def test_a_finding_names_its_rule_and_the_rule_table_has_its_texts():
    rapport = evaluate({"patientgroep": {"categorie": "diabetes"}}, PACK)
    b = rapport.bevindingen[0]
    data = rapport.naar_dict()["bevindingen"][0]
    assert data == {
        "regel": b.regel,
        "ernst": b.ernst,
        "blokkerend": b.blokkerend,
        "veld": b.veld,
        "antwoord": b.antwoord,
    }
    regel = rapport.document()["regels"][b.regel]
    assert (regel["naam"], regel["tekst"], regel["advies"]) == (b.naam, b.tekst, b.advies)
    assert regel["bronnen"] == [s.id for s in b.bronnen]
    missing = rapport.naar_dict()["ontbrekende_randvoorwaarden"][0]
    assert "naam" not in missing and "advies" not in missing and "bronnen" not in missing
    assert set(missing) == {
        "id",
        "soort",
        "antwoord",
        "blokkerend",
        "blokkeert_bij",
        "ernst",
        "regel",
    }


def test_the_full_shape_is_still_there_for_whoever_embeds_a_report():
    rapport = evaluate(json.loads(SHARED_EXAMPLE.read_text("utf-8")), PACK)
    full = rapport.naar_dict(volledig=True)
    assert full["ontbrekende_randvoorwaarden"][0]["bronnen"][0]["titel"]
    assert json.loads(rapport.naar_json(volledig=True)) == full
    assert volledig(full, {}) == full  # version 1 comes back unchanged


def test_met_invoer_makes_a_copy_whose_json_has_the_new_input():
    rapport = evaluate({"patientgroep": {"categorie": "diabetes"}}, PACK)
    assert json.loads(rapport.naar_json())["invoer"] is None  # made and kept
    rapport.naar_json(ingesprongen=True)
    moved = rapport.met_invoer("a.jsonl", 7)
    assert json.loads(moved.naar_json())["invoer"] == {"bestand": "a.jsonl", "regel": 7}
    assert json.loads(moved.naar_json(ingesprongen=True))["invoer"]["regel"] == 7
    assert rapport.invoer is None and json.loads(rapport.naar_json())["invoer"] is None
    assert moved == dataclasses.replace(rapport, invoer=moved.invoer)
    assert isinstance(moved, Rapport) and moved.bevindingen is rapport.bevindingen


def test_json_lines_start_with_a_header_that_resolves_every_line():
    out = run_cli("check", "--format", "jsonl", str(EXAMPLES)).stdout
    lines = [json.loads(x) for x in out.splitlines()]
    header = lines[0]["kop"]
    assert header["rapportversie"] == 2 and header["taal"] == "nl"
    assert header["regelpakket"]["naam"] == "landelijk"
    assert header == kop(PACK, "nl")["kop"]
    assert set(header["regels"]) == {r.id for r in PACK.regels}
    assert set(header["bronnen"]) == set(PACK.bronnen)
    # the documented shape: the header against $defs.Kop, every line against the root
    import jsonschema

    schema = json.loads(run_cli("schema", "--rapport").stdout)
    kop_schema = {"$ref": "#/$defs/Kop", "$defs": schema["$defs"]}
    jsonschema.Draft202012Validator(kop_schema).validate(lines[0])
    for line in lines[1:]:
        jsonschema.Draft202012Validator(schema).validate(line)
    for line in lines[1:]:
        assert "kop" not in line
        for table, key in _ids(line, set()):
            assert key in header[table]
        for o in line["ontbrekende_randvoorwaarden"]:
            assert header["regels"][o["regel"]]["naam"]
        assert volledig(line, header)["bevindingen"] is not None
    # the same header once, however many workers
    parallel = run_cli("check", "--format", "jsonl", "--jobs", "2", str(EXAMPLES)).stdout
    assert parallel == out


def test_json_lines_name_every_invalid_input_in_its_place(tmp_path):
    """An invalid input was on stderr only, so a program reading the lines could not tell 3
    inputs from 2 (a user trial): it is a line {"fout": ...} where the input stood (as an entry
    of --format json's 'fouten'), the header still before the first report, in both languages
    and with any number of workers."""
    import jsonschema

    batch = tmp_path / "regio.jsonl"
    geldig = json.dumps({"titel": "x", "patientgroep": {"categorie": "diabetes"}})
    batch.write_text(
        "\n".join(["kapot", geldig, '{"patientgroep": {"categorie": "geen"}}', geldig]) + "\n",
        "utf-8",
    )
    schema = json.loads(run_cli("schema", "--rapport").stdout)
    regel_schema = {"$ref": "#/$defs/FoutRegel", "$defs": schema["$defs"]}
    for taal in ("nl", "en"):
        result = run_cli("check", "--format", "jsonl", "--lang", taal, "regio.jsonl", cwd=tmp_path)
        assert result.returncode == 2 and result.stderr.decode().count("regio.jsonl:") == 2
        lines = [json.loads(x) for x in result.stdout.splitlines()]
        assert [next(iter(line)) for line in lines] == ["fout", "kop", "invoer", "fout", "invoer"]
        assert [line["fout"]["invoer"] for line in (lines[0], lines[3])] == [
            {"bestand": "regio.jsonl", "regel": 1},
            {"bestand": "regio.jsonl", "regel": 3},
        ]
        assert lines[3]["fout"]["problemen"][0]["pad"] == "patientgroep.categorie"
        assert ("ongeldige waarde" if taal == "nl" else "invalid value") in lines[3]["fout"][
            "problemen"
        ][0]["bericht"]
        for line in (lines[0], lines[3]):
            jsonschema.Draft202012Validator(regel_schema).validate(line)
        document = json.loads(
            run_cli("check", "--format", "json", "--lang", taal, "regio.jsonl", cwd=tmp_path).stdout
        )
        assert document["fouten"] == [lines[0]["fout"], lines[3]["fout"]]
    # across the chunks of a parallel run (100 inputs each): the same bytes as one process
    groot = tmp_path / "groot.jsonl"
    regels = [geldig] * 250
    for i in (0, 99, 100, 170, 249):
        regels[i] = "kapot" if i % 2 else '{"patientgroep": {}}'
    groot.write_text("\n".join(regels) + "\n", "utf-8")
    een = run_cli("check", "--format", "jsonl", "groot.jsonl", cwd=tmp_path).stdout
    twee = run_cli("check", "--format", "jsonl", "--jobs", "2", "groot.jsonl", cwd=tmp_path).stdout
    assert twee == een
    fouten = [i for i, x in enumerate(een.splitlines()) if x.startswith(b'{"fout":')]
    assert fouten == [0, 100, 101, 171, 250]  # each in its place (the header is line 1)


def test_a_one_file_json_document_stands_alone():
    out = run_cli("check", "--format", "json", str(SHARED_EXAMPLE)).stdout
    doc = json.loads(out)
    assert list(doc)[:4] == ["rapportversie", "samenvatting", "rapporten", "fouten"]
    assert list(doc)[4:] == list(TABELLEN)
    rapport = doc["rapporten"][0]
    for table, key in _ids(rapport, set()):
        assert key in doc[table]
    full = volledig(rapport, doc)
    direct = evaluate(json.loads(SHARED_EXAMPLE.read_text("utf-8")), PACK)
    assert full == direct.met_invoer(str(SHARED_EXAMPLE)).naar_dict(volledig=True)
    en = json.loads(
        run_cli("check", "--lang", "en", "--format", "json", str(SHARED_EXAMPLE)).stdout
    )
    assert set(en["regels"]) == set(doc["regels"]) and en["regels"] != doc["regels"]


def test_regels_bronnen_prints_the_source_table_in_both_languages():
    nl = run_cli("regels", "bronnen").stdout.decode()
    en = run_cli("regels", "bronnen", "--lang", "en").stdout.decode()
    assert nl.startswith("Bronnen van regelpakket landelijk") and en.startswith("Sources of")
    for bid in PACK.bronnen:
        assert f"\n{bid}: " in nl and f"\n{bid}: " in en
    # the kind as the reports name it; its id (the pack's jargon, 'seed') only in the JSON table
    assert "soort: brondocument\n" in nl and "kind: source document\n" in en
    assert "soort: productkeuze, geen bron\n" in nl and "(seed)" not in nl + en
    as_json = json.loads(run_cli("regels", "bronnen", "--format", "json").stdout)
    assert as_json["bronnen"] == pakket_tabellen(PACK, "nl")["bronnen"]
    assert as_json["regelpakket"] == PACK.stempel and as_json["taal"] == "nl"
    assert (
        json.loads(run_cli("regels", "bronnen", "--format", "json", "--lang", "en").stdout)[
            "bronnen"
        ]
        == pakket_tabellen(PACK, "en")["bronnen"]
    )


def test_a_document_of_no_reports_has_empty_tables():
    doc = document([])
    assert doc == {"rapportversie": 2, "rapporten": [], **{t: {} for t in TABELLEN}}


def test_saved_reports_of_version_2_compare_as_the_full_ones():
    """vergelijk reads saved reports of both versions: the ids resolve from the tables of the
    report's own pack (here a regional pack that adds rules), and a saved document from its own
    tables."""
    from test_vergelijken_knelpunten import ROOT, _ex

    from substitutiecheck import evaluate, vergelijk

    twente = ROOT / "examples" / "regio-twente"
    oud = evaluate(_ex("complexe-wondzorg-twente.json"))
    nieuw = evaluate(_ex("complexe-wondzorg-twente.json"), regels=twente)
    full = vergelijk(oud.naar_dict(volledig=True), nieuw.naar_dict(volledig=True))
    assert vergelijk(oud.naar_dict(), nieuw.naar_dict()) == full
    assert vergelijk(oud, nieuw) == full
    # the regional pack's own conditions: not comparable with the national version (not 'new')
    assert {v.naam for v in full.niet_vergelijkbaar} and all(
        v.naam != v.id for v in full.nieuw_of_erger + full.opgelost + full.niet_vergelijkbaar
    )


def test_a_document_holds_one_pack_in_one_language():
    import pytest

    voorstel = {"patientgroep": {"categorie": "diabetes"}}
    with pytest.raises(ValueError, match="één regelpakket in één taal"):
        document([evaluate(voorstel, PACK, "nl"), evaluate(voorstel, PACK, "en")])


def test_a_document_is_the_callers_own_and_changing_it_changes_no_later_report() -> None:
    """Rapport.document() and Combinatie.naar_dict() handed out the pack's shared table entries:
    an advice changed in one document was the advice of every later report in the process, in
    the json reporter too (an adversarial test)."""
    from substitutiecheck import combineer
    from substitutiecheck import evaluate as evalueer

    voorstel = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    schoon = evalueer(voorstel).document()
    for doc in (evalueer(voorstel).document(), combineer([voorstel, voorstel]).naar_dict()):
        for name, table in doc.items():
            if isinstance(table, dict) and name != "samenvatting":
                for entry in table.values():
                    if isinstance(entry, dict):
                        for key in entry:
                            entry[key] = "vervalst"
    assert evalueer(voorstel).document() == schoon
    assert "vervalst" not in json.dumps(combineer([voorstel, voorstel]).naar_dict())
