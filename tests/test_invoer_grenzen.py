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
        f"fout: {regels}:2: ongeldige JSON in kolom 12: een getal met te veel cijfers",
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
            assert "in de map van het regelpakket" in result.stderr.decode()
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
    assert regel.startswith(f"fout: {kapot}: opgeslagen rapport is beschadigd")


def test_an_output_name_ending_in_a_slash_is_refused_not_written_without_it(tmp_path: Path) -> None:
    """'-o rapport.txt/' wrote a file 'rapport.txt' (an adversarial test)."""
    result = run_cli("check", SHARED_EXAMPLE, "-o", f"{tmp_path}/rapport.txt/")
    assert result.returncode == 2
    assert "eindigt op '/' maar die map bestaat niet" in result.stderr.decode()
    assert list(tmp_path.iterdir()) == []
