"""Input at the limits of the platform (found by an adversarial test): each is one Dutch line
naming the file and place, exit 2, and the rest of a batch is checked; never exit 3."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SHARED_EXAMPLE, run_cli

REUS = "9" * 5000
"""More digits than Python turns into an integer (4,300 by default)."""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_number_of_5000_digits_is_one_line_and_the_batch_goes_on(tmp_path: Path, jobs) -> None:
    los = tmp_path / "reus.json"
    los.write_text('{"titel": ' + REUS + "}")
    regels = tmp_path / "reeks.jsonl"
    goed = json.dumps(json.loads(Path(SHARED_EXAMPLE).read_text("utf-8")))
    regels.write_text(f'{goed}\n{{"titel": -{REUS}}}\n{goed}\n')
    uit = tmp_path / "mix.csv"
    result = run_cli(
        "check", SHARED_EXAMPLE, str(los), str(regels), "--format", "csv", "-o", str(uit),
        "--jobs", jobs,
    )  # fmt: skip
    assert result.returncode == 2
    fouten = result.stderr.decode().splitlines()
    assert fouten == [
        f"fout: {los}: ongeldige JSON op regel 1, kolom 11: een getal met te veel cijfers",
        f"fout: {regels}:2: ongeldige JSON in kolom 11: een getal met te veel cijfers",
    ]
    rijen = list(csv.DictReader(io.StringIO(uit.read_text("utf-8-sig")), delimiter=";"))
    assert [r["advies"] for r in rijen if r["advies"]] == [
        "GO ONDER VOORWAARDEN"
    ] * 3  # all checked
    en = run_cli("--lang", "en", "check", str(los)).stderr.decode()
    assert "invalid JSON at line 1, column 11: a number with too many digits" in en


def test_a_number_of_5000_digits_in_a_pack_file_is_exit_2(tmp_path: Path) -> None:
    pack = tmp_path / "pakket"
    shutil.copytree(ROOT / "examples" / "regio-twente", pack)
    (pack / "scenarios.json").write_text('{"scenarios": [' + REUS + "]}")
    result = run_cli("regels", "valideer", str(pack))
    assert result.returncode == 2
    assert (
        "scenarios.json" in result.stderr.decode() and "te veel cijfers" in result.stderr.decode()
    )


# -- -o: what writing would wrongly replace -------------------------------------------------------


def test_output_onto_a_link_loop_is_refused_and_the_links_stay(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    result = run_cli("check", SHARED_EXAMPLE, "-o", str(a))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"fout: {a}: kan het uitvoerbestand niet schrijven: "
        "te veel symbolische koppelingen (een lus?)"
    ]
    assert (
        a.is_symlink()
        and b.is_symlink()
        and sorted(p.name for p in tmp_path.iterdir())
        == [
            "a",
            "b",
        ]
    )


def test_output_into_the_active_pack_folder_as_json_is_refused(tmp_path: Path) -> None:
    pack = tmp_path / "pakket"
    shutil.copytree(ROOT / "examples" / "regio-twente", pack)
    voor = (pack / "randvoorwaarden.json").read_bytes()
    for naam in ("randvoorwaarden.json", "rapport.json"):
        for cmd in (("check", SHARED_EXAMPLE), ("combineer", SHARED_EXAMPLE, SHARED_EXAMPLE)):
            result = run_cli(*cmd, "--regels", str(pack), "-o", str(pack / naam))
            assert result.returncode == 2, (cmd, naam)
            assert "in de map van een regelpakket" in result.stderr.decode()
    assert (pack / "randvoorwaarden.json").read_bytes() == voor
    assert not (pack / "rapport.json").exists()
    assert (
        run_cli(
            "check", SHARED_EXAMPLE, "--regels", str(pack), "-o", str(pack / "r.txt")
        ).returncode
        == 0
    )
    assert run_cli("regels", "valideer", str(pack)).returncode == 0


def test_a_name_near_the_systems_limit_can_still_be_written(tmp_path: Path) -> None:
    uit = tmp_path / ("r" * 246 + ".txt")  # 250 bytes: the temporary name must stay shorter
    result = run_cli("check", SHARED_EXAMPLE, "-o", str(uit))
    assert result.returncode == 0, result.stderr.decode()
    assert "Advies" in uit.read_text("utf-8") and [p.name for p in tmp_path.iterdir()] == [uit.name]


def test_an_existing_file_this_user_may_not_write_is_not_replaced(
    tmp_path: Path, monkeypatch
) -> None:
    """The shell's '>' refuses a read-only file; -o replaced it through its folder. (As root
    every file is writable: the refusal is tested through os.access.)"""
    import os

    from substitutiecheck.errors import UitvoerFout
    from substitutiecheck.fileio import open_output

    doel = tmp_path / "alleen-lezen.txt"
    doel.write_text("van de gebruiker")
    doel.chmod(0o444)
    echt = os.access
    monkeypatch.setattr(
        os, "access", lambda p, m, **k: False if Path(p) == doel else echt(p, m, **k)
    )
    with pytest.raises(UitvoerFout) as info, open_output(doel) as out:
        out.write("rapport")
    assert "geen toegang" in info.value.regels("nl")[0]
    assert doel.read_text() == "van de gebruiker" and [p.name for p in tmp_path.iterdir()] == [
        doel.name
    ]


# -- paths the system refuses to look at --------------------------------------------------------


def test_a_name_too_long_for_the_system_is_one_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    lang = tmp_path / ("a" * 300 + ".json")
    diep = tmp_path / ("b" * 300) / "x.json"
    result = run_cli("check", str(lang), str(diep), SHARED_EXAMPLE, "--format", "jsonl")
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"fout: {lang}: kan bestand niet lezen: de naam is te lang",
        f"fout: {diep}: kan bestand niet lezen: de naam is te lang",
    ]
    assert b'"advies"' in result.stdout  # the valid proposal is still checked


def test_an_unreadable_subfolder_is_named_not_skipped(tmp_path: Path, monkeypatch) -> None:
    """rglob skipped a subfolder it could not read without a word (exit 0, 'totaal: 1'). (As
    root every folder is readable: the refusal is made through os.scandir.)"""
    import os

    from substitutiecheck.inputs import iter_items

    boom = tmp_path / "boom"
    (boom / "sub").mkdir(parents=True)
    (boom / "a.json").write_text(Path(SHARED_EXAMPLE).read_text("utf-8"))
    (boom / "sub" / "b.json").write_text(Path(SHARED_EXAMPLE).read_text("utf-8"))
    echt = os.scandir

    def scandir(pad):
        if Path(pad) == boom / "sub":
            raise PermissionError(13, "Permission denied", str(pad))
        return echt(pad)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_items([str(boom)]))
    assert [i.fout is None for i in items] == [False, True]
    assert items[0].fout.regels("nl") == [
        f"{boom / 'sub'}: kan deze map niet lezen: geen toegang; de voorstellen erin zijn niet "
        "gecontroleerd"
    ]
    monkeypatch.setattr(os, "scandir", lambda pad: scandir(boom / "sub"))
    (alleen,) = iter_items([str(boom)])  # the folder itself: unreadable, not 'no proposals'
    assert "kan deze map niet lezen" in alleen.fout.regels("nl")[0]


# -- --max-grootte ------------------------------------------------------------------------------


@pytest.mark.parametrize("waarde", ["nan", "inf", "1e308", "1025", "0"])
def test_max_size_outside_its_range_is_a_usage_error(waarde: str) -> None:
    result = run_cli("check", "--max-grootte", waarde, SHARED_EXAMPLE)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[0] == (
        "fout: '--max-grootte' verwacht een getal groter dan 0 en hoogstens 1024"
    )


def test_a_document_is_read_a_megabyte_at_a_time_whatever_the_limit() -> None:
    """read(limit + 1) asked for the whole limit at once: '--max-grootte 1000000' was a
    MemoryError for a proposal of one kilobyte."""
    from substitutiecheck.inputs import lees_hoogstens

    class Stroom(io.BytesIO):
        def read(self, n: int | None = -1) -> bytes:
            assert n is not None and 0 < n <= 1 << 20
            return super().read(n)

    data = b"x" * (3 * 2**20 + 5)
    assert lees_hoogstens(Stroom(data), 1024 * 2**20 + 1) == data
    assert lees_hoogstens(Stroom(data), 2**20 + 7) == data[: 2**20 + 7]
    assert lees_hoogstens(Stroom(b""), 10) == b""


# -- vergelijk with a saved report damaged by hand ------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "csv"])
@pytest.mark.parametrize("schade", ["ernst", "tabel"])
def test_a_damaged_saved_report_is_exit_2_naming_it(tmp_path: Path, fmt: str, schade: str) -> None:
    voorstel = str(ROOT / "examples" / "versies" / "voorstel-maart.json")
    doc = json.loads(run_cli("check", voorstel, "--format", "json").stdout)
    if schade == "ernst":  # a condition compared with itself never showed its (unknown) kind
        doc["rapporten"][0]["ontbrekende_randvoorwaarden"][0]["ernst"] = "xyz"
    else:
        doc["randvoorwaarden"]["meerwaarde_patient"]["naam"] = ["ja"]
    kapot = tmp_path / "kapot.json"
    kapot.write_text(json.dumps(doc), "utf-8")
    result = run_cli("vergelijk", str(kapot), voorstel, "--format", fmt)
    assert result.returncode == 2
    (regel,) = result.stderr.decode().splitlines()
    if schade == "ernst":  # the report itself: checked against the report schema, field named
        assert regel.startswith(
            f"fout: {kapot}: rapporten[0].ontbrekende_randvoorwaarden[0].ernst: "
            "ongeldige waarde 'xyz'"
        ), regel
    else:
        assert regel.startswith(f"fout: {kapot}: opgeslagen rapport is beschadigd"), regel


def test_an_output_name_ending_in_a_slash_is_refused_not_written_without_it(tmp_path: Path) -> None:
    """'-o rapport.txt/' wrote a file 'rapport.txt' (an adversarial test)."""
    result = run_cli("check", SHARED_EXAMPLE, "-o", f"{tmp_path}/rapport.txt/")
    assert result.returncode == 2
    assert "eindigt op '/' maar die map bestaat niet" in result.stderr.decode()
    assert list(tmp_path.iterdir()) == []


def test_no_command_writes_a_json_file_into_any_rule_pack_folder(tmp_path: Path) -> None:
    """A review of the refusal above: the export commands and the questionnaire still wrote
    into the pack folder, and -o into the base of an extending pack (the national rules/) was
    not refused. Any folder with a pakket.json is a pack's: no JSON output lands there."""
    basis = tmp_path / "basis"
    shutil.copytree(ROOT / "rules", basis)  # a copy: the repository's own pack is never at risk
    voor = {p.name: p.read_bytes() for p in basis.iterdir()}
    doel = str(basis / "randvoorwaarden.json")
    for cmd in (
        ("check", SHARED_EXAMPLE, "-o", doel),
        ("check", SHARED_EXAMPLE, "--regels", str(ROOT / "examples" / "regio-twente"), "-o", doel),
        ("export", "fhir", "-o", doel),
        ("export", "fhir-antwoorden", SHARED_EXAMPLE, "-o", doel),
        ("export", "formulier", "-o", doel),
        ("vragenlijst", "-o", str(basis / "voorstel.json")),
        ("vragenlijst", "-o", str(tmp_path / "v.json"), "--rapport", str(basis / "r.json")),
    ):
        result = run_cli(*cmd)
        assert result.returncode == 2, (cmd, result.stderr.decode())
        assert "in de map van een regelpakket" in result.stderr.decode(), cmd
    assert {p.name: p.read_bytes() for p in basis.iterdir()} == voor
    assert run_cli("export", "formulier", "-o", str(basis / "formulier.html")).returncode == 0


def test_hidden_and_tool_files_in_a_pack_folder_are_not_pack_files(tmp_path: Path) -> None:
    """An editor's lock (.#x.json, a link to nothing), macOS' ._x.json and a schema copied
    beside the files for the editor made the pack refuse to load (a review)."""
    pack = tmp_path / "pakket"
    shutil.copytree(ROOT / "examples" / "regio-twente", pack)
    (pack / ".#randvoorwaarden.json").symlink_to("root@host.123:1700000000")
    (pack / "._randvoorwaarden.json").write_bytes(b"\x00\x05\x16\x07")
    (pack / ".eslintrc.json").write_text("{}")
    shutil.copy(ROOT / "substitutiecheck" / "schemas" / "regelpakket.schema.json", pack)
    assert run_cli("regels", "valideer", str(pack)).returncode == 0
    assert run_cli("check", "--regels", str(pack), SHARED_EXAMPLE).returncode in (0, 1)


def test_more_output_names_the_system_refuses(tmp_path: Path) -> None:
    """A review: a name over 255 bytes was still exit 3 (looking for a link raised first), and
    'r.txt/.' wrote a file r.txt."""
    lang = tmp_path / ("a" * 253 + ".txt")
    result = run_cli("check", SHARED_EXAMPLE, "-o", str(lang))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"fout: {lang}: kan het uitvoerbestand niet schrijven: de naam is te lang"
    ]
    for naam in ("r.txt/.", "r.txt/.."):
        assert run_cli("check", SHARED_EXAMPLE, "-o", f"{tmp_path}/{naam}").returncode == 2
    assert list(tmp_path.iterdir()) == []


def test_a_link_loop_in_an_input_folder_is_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "l1.json").symlink_to("l2.json")
    (tmp_path / "l2.json").symlink_to("l1.json")
    shutil.copy(SHARED_EXAMPLE, tmp_path / "goed.json")
    result = run_cli("check", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"fout: {tmp_path / n}: kan bestand niet lezen: te veel symbolische koppelingen (een lus?)"
        for n in ("l1.json", "l2.json")
    ]


def test_the_progress_count_reads_json_lines_in_any_case(tmp_path: Path) -> None:
    from substitutiecheck.progress import tel_invoer

    regels = tmp_path / "X.JSONL"
    regels.write_text('{"titel": "a"}\n\n{"titel": "b"}\n')
    assert tel_invoer([str(regels)]) == 2


def test_regels_valideer_without_a_folder_takes_the_groups_pack() -> None:
    twente = str(ROOT / "examples" / "regio-twente")
    result = run_cli("regels", "--regels", twente, "valideer")
    assert result.returncode == 0 and "twente_voorbeeld" in result.stdout.decode()
    assert "landelijk" in run_cli("regels", "valideer").stdout.decode()
