"""The command line as a user runs it: exit codes, messages on stderr, reports on stdout."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import EXAMPLES, ROOT, SHARED_EXAMPLE, run_cli

INVALID = ROOT / "tests" / "data" / "ongeldig"


def jsonl_reports(out: bytes | str) -> list[dict]:
    """The reports of ``check --format jsonl``: every line after the header (report format 2)
    that is no input error ({"fout": ...}, which may also stand before the header)."""
    lines = [json.loads(line) for line in out.splitlines()]
    koppen = [i for i, line in enumerate(lines) if "kop" in line]
    if not koppen:
        assert all(set(line) == {"fout"} for line in lines)
        return []
    assert len(koppen) == 1 and set(lines[koppen[0]]) == {"kop"}
    assert lines[koppen[0]]["kop"]["rapportversie"] == 2
    assert all(set(line) == {"fout"} for line in lines[: koppen[0]])
    return [line for line in lines[koppen[0] + 1 :] if set(line) != {"fout"}]


def jsonl_fouten(out: bytes | str) -> list[tuple[str, int | None]]:
    """Where the input errors of ``check --format jsonl`` stood: (file name, line)."""
    lines = [json.loads(line) for line in out.splitlines()]
    return [
        (Path(line["fout"]["invoer"]["bestand"]).name, line["fout"]["invoer"]["regel"])
        for line in lines
        if set(line) == {"fout"}
    ]


def _expected_errors() -> list[tuple[str, str, str]]:
    rows = []
    for line in (INVALID / "verwacht.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, regel, message = line.split("\t")
            rows.append((name, regel, message))
    return rows


@pytest.fixture(scope="module")
def invalid_run():
    """One batch over the folder of broken inputs plus a valid file and a missing path."""
    return run_cli(
        "check",
        str(INVALID),
        str(EXAMPLES / "diabetes-ketenzorg-utrecht.json"),
        "bestaat-niet.json",
        "--format",
        "jsonl",
    )


@pytest.mark.parametrize("name,regel,message", _expected_errors(), ids=lambda x: str(x)[:40])
def test_each_bad_input_gets_one_dutch_line_naming_file_and_field(
    invalid_run, name, regel, message
):
    where = str(INVALID / name) + (f":{regel}" if regel else "")
    lines = invalid_run.stderr.decode().splitlines()
    messages = message.split(" || ")  # what different Python versions say
    assert any(
        line.startswith(f"fout: {where}: ") and any(m in line for m in messages) for line in lines
    ), f"no line for {where} containing {message!r} in:\n" + "\n".join(lines)


def test_bad_inputs_exit_2_without_traceback_and_the_rest_is_still_checked(invalid_run):
    assert invalid_run.returncode == 2
    err = invalid_run.stderr.decode()
    assert "Traceback" not in err
    assert "fout: bestaat-niet.json: bestand of map bestaat niet" in err
    reports = jsonl_reports(invalid_run.stdout)
    inputs = [(Path(r["invoer"]["bestand"]).name, r["invoer"]["regel"]) for r in reports]
    # the valid lines of the JSON Lines file and the valid file are reported, in input order
    assert inputs == [
        ("batch-met-fouten.jsonl", 1),
        ("batch-met-fouten.jsonl", 5),
        ("diabetes-ketenzorg-utrecht.json", None),
    ]
    # and each invalid input as a line of its own ('bestaat-niet.json' included) holding its
    # problems, one line each on stderr; the JSON Lines file's in line order
    fouten = jsonl_fouten(invalid_run.stdout)
    problemen = [
        len(json.loads(line)["fout"]["problemen"])
        for line in invalid_run.stdout.splitlines()
        if b'"fout"' in line[:8]
    ]
    assert len(problemen) == len(fouten) == 20 and ("bestaat-niet.json", None) in fouten
    assert sum(problemen) == sum(line.startswith("fout: ") for line in err.splitlines())
    regels = [r for naam, r in fouten if naam == "batch-met-fouten.jsonl"]
    assert regels == sorted(regels) and 1 not in regels and 5 not in regels


def test_examples_exit_1_because_one_is_no_go():
    result = run_cli("check", str(EXAMPLES))
    assert result.returncode == 1, result.stderr.decode()
    out = result.stdout.decode()
    assert (
        "Advies: NO-GO" in out and "Advies: GO ONDER VOORWAARDEN" in out and "Advies: GO\n" in out
    )
    assert "9 voorstellen: 2 go, 3 go onder voorwaarden, 4 no-go, 0 ongeldig." in out


@pytest.mark.parametrize(
    "name,code,strict_code",
    [
        ("diabetes-ketenzorg-utrecht.json", 0, 0),
        ("meekijkconsult-dermatologie-rotterdam.json", 0, 1),
        ("copd-longzorg-nijkerk.json", 1, 1),
    ],
)
def test_exit_codes_and_strikt(name, code, strict_code):
    assert run_cli("check", str(EXAMPLES / name)).returncode == code
    assert run_cli("check", "--strikt", str(EXAMPLES / name)).returncode == strict_code


def test_json_document_has_reports_errors_and_summary(tmp_path):
    bad = tmp_path / "fout.json"
    bad.write_text(
        '{"patientgroep": {"categorie": "diabetes"}, "randvoorwaarden": {"ict": "misschien"}}'
    )
    result = run_cli("check", "--format", "json", str(SHARED_EXAMPLE), str(bad))
    assert result.returncode == 2
    doc = json.loads(result.stdout)
    assert doc["samenvatting"] == {
        "totaal": 2,
        "go": 0,
        "voorwaardelijk": 1,
        "no-go": 0,
        "ongeldig": 1,
        "voorlopig": 1,
    }  # afstemming_verzekeraar is still 'onbekend'
    assert doc["rapporten"][0]["voorlopig"] and doc["rapporten"][0]["nog_onbekend"] == [
        "afstemming_verzekeraar"
    ]
    rapport = doc["rapporten"][0]
    assert rapport["advies"] == "voorwaardelijk"
    assert rapport["invoer"] == {"bestand": str(SHARED_EXAMPLE), "regel": None}
    assert rapport["regelpakket"]["naam"] == "landelijk" and rapport["regelpakket"][
        "hash"
    ].startswith("sha256:")
    missing = {o["id"]: o for o in rapport["ontbrekende_randvoorwaarden"]}
    assert set(missing) == {"afspraken", "capaciteit_huisarts", "afstemming_verzekeraar"}
    assert missing["afstemming_verzekeraar"]["antwoord"] == "onbekend"
    assert missing["afstemming_verzekeraar"]["blokkerend"] is True
    assert "advies" not in missing["afspraken"] and "bronnen" not in missing["afspraken"]
    regel = doc["regels"][missing["afspraken"]["regel"]]  # report format 2: texts in the table
    assert regel["advies"] and doc["bronnen"][regel["bronnen"][0]]["titel"]
    assert set(doc["bronnen"]) >= {b for r in doc["regels"].values() for b in r["bronnen"]}
    assert doc["fouten"] == [
        {
            "invoer": {"bestand": str(bad), "regel": None},
            "problemen": [
                {
                    "pad": "randvoorwaarden.ict",
                    "bericht": "ongeldige waarde 'misschien'; kies uit: ja, deels, nee, onbekend",
                }
            ],
        }
    ]
    # the documented report shape is what we print
    schema = json.loads(run_cli("schema", "--rapport").stdout)
    jsonschema.validate(rapport, schema)


def test_stdin_document_and_json_lines():
    doc = SHARED_EXAMPLE.read_bytes()
    result = run_cli("check", "-", "--format", "jsonl", stdin=doc)
    assert result.returncode == 0
    assert jsonl_reports(result.stdout)[0]["invoer"] == {"bestand": "<stdin>", "regel": None}
    lines = b"\n".join(json.dumps(json.loads(doc)).encode() for _ in range(3)) + b"\n"
    result = run_cli("check", "-", "--format", "jsonl", stdin=lines)
    assert [x["invoer"]["regel"] for x in jsonl_reports(result.stdout)] == [1, 2, 3]


def test_empty_folder_is_an_error(tmp_path):
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 2
    assert (
        f"fout: {tmp_path}: map bevat geen voorstellen (*.json, *.jsonl)" in result.stderr.decode()
    )


def test_english_errors_and_report():
    result = run_cli(
        "check", "--lang", "en", str(INVALID / "onbekend-veld.json"), str(SHARED_EXAMPLE)
    )
    err = result.stderr.decode()
    assert "error: " in err and "unknown field 'bekostging'; did you mean 'bekostiging'?" in err
    assert "Advice: GO WITH CONDITIONS" in result.stdout.decode()


def test_schema_accepts_the_shared_example_and_rejects_a_wrong_answer():
    schema = json.loads(run_cli("schema").stdout)
    example = json.loads(SHARED_EXAMPLE.read_text("utf-8"))
    jsonschema.validate(example, schema)
    example["randvoorwaarden"]["ict"] = "misschien"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(example, schema)


def test_output_file_is_written(tmp_path):
    target = tmp_path / "rapport.json"
    result = run_cli("check", str(SHARED_EXAMPLE), "--format", "json", "-o", str(target))
    assert result.returncode == 0 and result.stdout == b""
    assert json.loads(target.read_text("utf-8"))["rapporten"][0]["advies"] == "voorwaardelijk"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.json"]


def test_broken_rule_pack_is_a_clear_error(tmp_path):
    import shutil

    pack = tmp_path / "pakket"
    shutil.copytree(ROOT / "rules", pack)
    (pack / "randvoorwaarden.json").write_text('{"groepen": [], ', "utf-8")
    result = run_cli("check", "--regels", str(pack), str(SHARED_EXAMPLE))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert f"fout: {pack / 'randvoorwaarden.json'}: ongeldige JSON op regel 1" in err
    assert "Traceback" not in err


def test_usage_error_exits_2():
    assert run_cli("check").returncode == 2
    assert run_cli("check", "--format", "pdf", str(SHARED_EXAMPLE)).returncode == 2


def test_output_in_a_missing_folder_is_a_user_error(tmp_path):
    result = run_cli("check", str(SHARED_EXAMPLE), "-o", str(tmp_path / "nope" / "r.txt"))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == (
        f"fout: {tmp_path / 'nope' / 'r.txt'}: kan het uitvoerbestand niet schrijven: "
        "de map of het bestand bestaat niet"
    )


def test_geen_toelichting_leaves_the_notes_out_but_not_the_verdict():
    full = run_cli("check", "--format", "jsonl", str(EXAMPLES))
    lean = run_cli("check", "--format", "jsonl", "--geen-toelichting", str(EXAMPLES))
    assert full.returncode == lean.returncode == 1
    full_reports = jsonl_reports(full.stdout)
    lean_reports = jsonl_reports(lean.stdout)
    assert all(r["toelichting"] is not None for r in full_reports)
    assert all(r["toelichting"] is None for r in lean_reports)
    for a, b in zip(full_reports, lean_reports, strict=True):
        a.pop("toelichting"), b.pop("toelichting")
        assert a == b
    assert len(lean.stdout) < len(full.stdout)
    parallel = run_cli(
        "check", "--format", "jsonl", "--geen-toelichting", "--jobs", "2", str(EXAMPLES)
    )
    assert parallel.stdout == lean.stdout  # the workers leave the notes out too


@pytest.mark.parametrize(
    "args,message",
    [
        (["check"], "fout: 'PAD...' ontbreekt"),
        (
            ["check", "--format", "pdf", "x.json"],
            "fout: ongeldige waarde voor '--format'; kies uit: text, markdown, html, csv, json, jsonl",
        ),
        (
            ["check", "--formaat", "text", "x.json"],
            "fout: onbekende optie '--formaat'; bedoelde u '--format'?",
        ),
        (["check", "--jobs", "veel", "x.json"], "fout: '--jobs' verwacht een geheel getal"),
        (
            ["controleer"],
            "fout: onbekend commando 'controleer'; kies uit: "
            "check, combineer, export, regels, schema, vergelijk, vragenlijst",
        ),
        (["check", "--lang", "en"], "error: 'PATH...' is missing"),
    ],
)
def test_usage_errors_are_one_dutch_line_and_exit_2(args, message):
    result = run_cli(*args)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert lines[0] == message and "--help" in lines[1] and len(lines) == 2


HELP_PAGES = [
    (),
    ("check",),
    ("regels",),
    ("regels", "toon"),
    ("regels", "valideer"),
    ("regels", "test"),
    ("schema",),
    ("vragenlijst",),
    ("export",),
    ("export", "fhir"),
    ("export", "fhir-antwoorden"),
]


@pytest.mark.parametrize("command", HELP_PAGES, ids=lambda c: " ".join(c) or "main")
def test_help_pages_are_dutch_including_clicks_own_words(command):
    proc = run_cli(*command, "--help")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert out.startswith(f"Gebruik: substitutiecheck {' '.join(command)}".rstrip() + " ")
    assert "Opties:" in out and "Toon deze hulp en stop." in out
    for english in (
        "Usage:",
        "Options:",
        "Commands:",
        "Show this message",
        "[default:",
        "[OPTIONS]",
        "COMMAND ",
        "[COMMAND]",
        " FILE",
        " DIRECTORY",
        " INTEGER",
        " TEXT",
    ):
        assert english not in out, (english, out)


def test_help_frame_in_english_with_lang_en_and_the_defaults_translated():
    nl = run_cli("check", "--help").stdout.decode()
    assert "[standaard: ;]" in nl and "-o, --uitvoer BESTAND" in nl and "-j, --jobs GETAL" in nl
    en = run_cli("check", "--help", "--lang", "en").stdout.decode()
    assert en.startswith("Usage: substitutiecheck check [OPTIONS] PATH...")
    assert "-j, --jobs INTEGER " in en and "RANGE" not in en  # as the Dutch page's GETAL
    assert "Options:" in en and "[default: voortgang]" in en and "Show this message and exit." in en
    main = run_cli("--help").stdout.decode()
    assert "Commando's:" in main and "Toon het versienummer en stop." in main


def test_every_help_text_has_an_english_translation():
    import inspect

    import click

    from substitutiecheck.cli import main
    from substitutiecheck.i18n import HULP_EN

    missing = []

    def walk(cmd):
        if cmd.help and inspect.cleandoc(cmd.help) not in HULP_EN:
            missing.append(cmd.name)
        missing.extend(
            f"{cmd.name} {p.name}"
            for p in cmd.params
            if isinstance(p, click.Option)
            and p.help
            and p.name != "version"
            and p.help not in HULP_EN
        )
        for sub in getattr(cmd, "commands", {}).values():
            walk(sub)

    walk(main)
    assert missing == []


def test_help_pages_in_english_with_lang_en_before_or_after_the_command():
    en = run_cli("check", "--help", "--lang", "en").stdout.decode()
    assert "Check proposals: files, folders" in en and "[default: voortgang]" in en
    assert "Output format; without --format the extension of -o chooses it" in " ".join(en.split())
    assert "Controleer" not in en and "Uitvoerformaat" not in en
    top = run_cli("--lang", "en", "--help").stdout.decode()
    assert "Commands:" in top and "Check proposals:" in top and "Controleer" not in top
    assert run_cli("--help").stdout.decode().count("Controleer voorstellen") == 1
    report = run_cli(
        "--lang", "en", "check", str(EXAMPLES / "diabetes-ketenzorg-utrecht.json")
    ).stdout.decode()
    assert "Patient group:" in report and "Patiëntengroep" not in report


def test_help_translation_changes_whole_words_only():
    from substitutiecheck.cli.help import HULP_EXTRA_NL, HULP_SYNTAX_NL, _hulp_nl

    assert _hulp_nl("-o, --uitvoer FILE", HULP_SYNTAX_NL) == "-o, --uitvoer BESTAND"
    assert _hulp_nl("--naam FILENAME", HULP_SYNTAX_NL) == "--naam FILENAME"
    assert _hulp_nl("[COMMAND] [ARGS]...", HULP_SYNTAX_NL) == "[COMMANDO] [ARGUMENTEN]..."
    assert (
        _hulp_nl("Uitvoer.  [default: text; required]", HULP_EXTRA_NL)
        == "Uitvoer.  [standaard: text; verplicht]"
    )


@pytest.mark.parametrize(
    "onderwerp,regel",
    [("ict", "randvoorwaarde.ict.nee"), ("acuut_complex", "uitsluiting.acuut_complex")],
)
def test_regels_toon_of_a_proposals_id_suggests_its_rule(onderwerp, regel):
    """'regels toon ict' (the id a proposal uses) said only 'zie substitutiecheck regels voor de
    lijst': it now suggests the rule about that id, which 'regels toon' then explains."""
    result = run_cli("regels", "toon", onderwerp)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[0] == (
        f"fout: onbekende regel '{onderwerp}'; bedoelde u '{regel}'?"
    )
    assert run_cli("regels", "toon", regel).stdout.decode().startswith(regel + "\n")


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_paths_and_numbers_click_checks_are_refused_in_our_language(tmp_path, taal):
    """Click's own messages are English ("Directory '…/pakket.json' is a file.", "0.0 is not in
    the range x>0."): inside a Dutch error line they were half English (a user trial). Pointing
    --regels at pakket.json, the likeliest mistake, names the folder to give instead."""
    pakket = tmp_path / "mijn-pakket"
    pakket.mkdir()
    (pakket / "pakket.json").write_text("{}", "utf-8")
    bestand = tmp_path / "gewoon.txt"
    bestand.write_text("x", "utf-8")
    nl = taal == "nl"
    cases = [
        (
            ["check", "--regels", str(pakket / "pakket.json"), "x.json"],
            f"'{pakket / 'pakket.json'}' is een bestand; geef de map van het regelpakket: "
            f"'{pakket}'"
            if nl
            else f"'{pakket / 'pakket.json'}' is a file; give the rule pack's folder: '{pakket}'",
        ),
        (
            ["regels", "valideer", str(bestand)],
            f"'{bestand}' is geen map; geef de map van het regelpakket"
            if nl
            else f"'{bestand}' is not a folder; give the rule pack's folder",
        ),
        (
            ["vragenlijst", "-o", str(tmp_path / "v.json"), "--van", str(tmp_path)],
            f"'{tmp_path}' is een map; geef een bestand" if nl else f"'{tmp_path}' is a folder",
        ),
        (
            ["vragenlijst", "-o", str(tmp_path / "v.json"), "--van", str(tmp_path / "weg.json")],
            "bestaat niet" if nl else "does not exist",
        ),
        (
            ["check", "--max-grootte", "0", "x.json"],
            "'--max-grootte' verwacht een getal groter dan 0"
            if nl
            else "'--max-grootte' expects a number greater than 0",
        ),
        (
            ["check", "--max-grootte", "abc", "x.json"],
            "'--max-grootte' verwacht een getal groter dan 0"
            if nl
            else "'--max-grootte' expects a number greater than 0",
        ),
    ]
    for args, expected in cases:
        result = run_cli("--lang", taal, *args, cwd=tmp_path)
        err = result.stderr.decode()
        assert result.returncode == 2 and expected in err, (args, err)
        first = err.splitlines()[0]
        assert first.startswith("fout: " if nl else "error: ")
        for english in ("is a file.", "is a directory.", "does not exist.", "not in the range"):
            assert english not in first, first
        assert "Traceback" not in err


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_without_notes_missing_conditions_keep_their_group_headings(fmt):
    """--geen-toelichting put every missing randvoorwaarde under 'Overige regels' (the group
    names came from the notes): the names now come from the pack's table (an audit)."""
    voorstel = EXAMPLES / "copd-longzorg-nijkerk.json"
    out = run_cli("check", str(voorstel), "--geen-toelichting", "--format", fmt).stdout.decode()
    assert "Financiering en verzekeraar" in out and "Professionals en samenwerking" in out
    assert "Overige regels" not in out
    en = run_cli("check", str(voorstel), "--geen-toelichting", "--lang", "en").stdout.decode()
    assert "Financing and insurer" in en and "Other rules" not in en


def test_the_proposal_schema_names_its_parts_in_the_asked_language():
    """'schema --lang en' titled the proposal 'Voorstel' and its parts after pydantic's model
    classes ('Patientgroep', 'Triple_aim'), which an editor shows on hover (an audit)."""
    for taal, root, groep in (
        ("en", "Proposal", "Patient group"),
        ("nl", "Voorstel", "Patiëntengroep"),
    ):
        doc = json.loads(run_cli("schema", "--lang", taal).stdout)
        assert doc["title"] == root
        assert doc["$defs"]["Patientgroep"]["title"] == groep
        assert "_" not in "".join(d["title"] for d in doc["$defs"].values())


def test_every_command_reads_the_format_from_the_same_suffixes(tmp_path):
    """'check -o advies.markdown' worked and 'vragenlijst --rapport advies.markdown' was refused:
    two tables of suffixes had drifted apart (a code review). One table now; each suffix gives
    the same format through -o and through write_report (what --rapport uses)."""
    from substitutiecheck import evaluate
    from substitutiecheck.reporters import FORMAT_BY_SUFFIX, write_report

    rapport = evaluate(json.loads(SHARED_EXAMPLE.read_text("utf-8")))
    for suffix, fmt in FORMAT_BY_SUFFIX.items():
        via_o = tmp_path / f"o{suffix}"
        res = run_cli("check", str(SHARED_EXAMPLE), "-o", str(via_o))
        assert res.returncode in (0, 1), res.stderr
        direct = tmp_path / f"w{suffix}"
        write_report(rapport, str(direct), "nl")
        begin = {"html": "<!DOCTYPE html>", "json": "{", "jsonl": '{"kop"', "markdown": "# "}
        for path in (via_o, direct):
            text = path.read_text("utf-8-sig")
            assert text.startswith(begin.get(fmt, "")), (suffix, path.name, text[:40])
        assert {".markdown", ".ndjson", ".md", ".htm"} <= set(FORMAT_BY_SUFFIX)
