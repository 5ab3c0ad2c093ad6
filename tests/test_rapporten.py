"""Reports people can use (issue 4): every format, the advice around the verdict, English.

Golden files live in tests/golden/. After an intended change of the output, regenerate them with
``SUBSTITUTIECHECK_GOLDEN_UPDATE=1 .venv/bin/python -m pytest tests/test_rapporten.py`` (the
tests that rewrote a golden fail, naming it), read the diff, and run again without it. Goldens
hold relative input paths and a placeholder for the pack hash, so they do not depend on where the
checkout lives or on unrelated edits of the rule pack.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import string
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import vergelijk_golden

from substitutiecheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
EX = "examples/voorstellen"
GOLDEN_INPUTS = [
    f"{EX}/copd-longzorg-nijkerk.json",
    f"{EX}/meekijkconsult-dermatologie-rotterdam.json",
    f"{EX}/diabetes-ketenzorg-utrecht.json",
    f"{EX}/batch-twente.jsonl",
]
HASH = re.compile(rb"sha256:[0-9a-f]{16}")


def run(*args: str, stdin: str | None = None):
    """Run ``substitutiecheck`` in-process from the repository root (relative paths in reports)."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    finally:
        os.chdir(cwd)


def normalise(raw: bytes) -> bytes:
    return HASH.sub(b"sha256:<hash>", raw)


# -- golden files per format --------------------------------------------------------------------

GOLDEN_CASES = [
    (fmt, taal) for fmt in ("text", "markdown", "html", "csv", "json") for taal in ("nl", "en")
]


@pytest.mark.parametrize("fmt,taal", GOLDEN_CASES, ids=[f"{f}-{t}" for f, t in GOLDEN_CASES])
def test_golden(fmt: str, taal: str) -> None:
    result = run("check", "--format", fmt, "--lang", taal, *GOLDEN_INPUTS)
    assert result.exit_code == 1, result.output  # the batch holds no-go proposals
    ext = {"markdown": "md", "text": "txt"}.get(fmt, fmt)
    path = GOLDEN / f"voorbeelden.{taal}.{ext}"
    vergelijk_golden(path, normalise(result.stdout_bytes))


def test_goldens_hold_no_absolute_paths() -> None:
    for path in GOLDEN.iterdir():
        text = path.read_text("utf-8-sig")
        assert str(ROOT) not in text, path.name
        assert "/work/" not in text and "/home/" not in text and "/tmp/" not in text, path.name


def test_single_proposal_has_no_summary_but_a_batch_has() -> None:
    one = run("check", "--format", "markdown", GOLDEN_INPUTS[0]).stdout
    many = run("check", "--format", "markdown", *GOLDEN_INPUTS).stdout
    assert "## Samenvatting" not in one
    assert "## Samenvatting" in many and many.count("\n## ") == 1 + 6 + 1  # and the sources
    html_many = run("check", "--format", "html", *GOLDEN_INPUTS).stdout
    assert html_many.count("<article ") == 6 and 'id="samenvatting"' in html_many


# -- CSV read back with the csv module ----------------------------------------------------------


def _read_csv(raw: bytes, sep: str) -> list[dict[str, str]]:
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark missing (Dutch Excel needs it)"
    text = raw.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=sep))


def test_csv_reads_back_with_semicolons_by_default() -> None:
    result = run("check", "--format", "csv", *GOLDEN_INPUTS)
    raw = result.stdout_bytes
    rows = _read_csv(raw, ";")
    assert len(rows) == 6
    assert b"\r\n" in raw
    assert list(rows[0]) == [
        "bestand",
        "regel",
        "titel",
        "regio",
        "categorie",
        "advies",
        "voorlopig",
        "reden",
        "aantal_blokkerend",
        "aantal_eerst_regelen",
        "aantal_overig",
        "blokkerend",
        "eerst_regelen",
        "overig",
        "triple_aim_verwacht",
        "pilot_gepland",
        "evaluatie_gepland",
        "eerste_lijn",
        "sociaal_domein",
        "kernvoorwaarde",
        "fout",
    ]
    copd = rows[0]
    assert copd["bestand"] == f"{EX}/copd-longzorg-nijkerk.json" and copd["regel"] == ""
    assert copd["titel"] == "COPD-controles naar de POH (proeftuin longzorg)"
    assert (copd["regio"], copd["categorie"], copd["advies"]) == ("Nijkerk", "copd_astma", "NO-GO")
    assert copd["aantal_blokkerend"] == "1" and copd["blokkerend"] == "bekostiging"
    assert (copd["aantal_eerst_regelen"], copd["eerst_regelen"]) == ("1", "afstemming_verzekeraar")
    assert copd["aantal_overig"] == "2"
    assert copd["overig"].split() == ["intrinsieke_motivatie", "inkoop_verzekeraar"]
    batch = [r for r in rows if r["bestand"].endswith(".jsonl")]
    assert [r["regel"] for r in batch] == ["1", "2", "3"]
    assert [r["advies"] for r in batch] == ["GO ONDER VOORWAARDEN", "GO", "NO-GO"]
    # the meekijkconsult example leaves afstemming_verzekeraar (blocking kind) 'onbekend'
    assert [r["voorlopig"] for r in rows] == ["nee", "ja", "nee", "nee", "nee", "nee"]
    assert batch[2]["blokkerend"].split() == ["hoog_risico", "capaciteit_huisarts"]
    assert all(r["fout"] == "" for r in rows)


def test_csv_comma_separator_and_english_header() -> None:
    result = run("check", "--format", "csv", "--csv-scheiding", ",", "--lang", "en", *GOLDEN_INPUTS)
    rows = _read_csv(result.stdout_bytes, ",")
    assert len(rows) == 6
    assert "title" in rows[0] and "blocking_count" in rows[0]
    assert rows[0]["advice"] == "NO-GO"
    assert rows[1]["advice"] == "GO WITH CONDITIONS"
    assert rows[0]["reason"].startswith("Not met and blocking")


def test_csv_invalid_input_is_a_row_with_the_error(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text('{"titel": "x", "patientgroep": {"categorie": "onbekende_groep"}}', "utf-8")
    broken = tmp_path / "stuk.json"
    broken.write_text("{", "utf-8")
    result = run("check", "--format", "csv", str(bad), GOLDEN_INPUTS[2], str(broken))
    assert result.exit_code == 2
    rows = _read_csv(result.stdout_bytes, ";")
    assert len(rows) == 3
    assert rows[0]["bestand"] == str(bad) and "patientgroep.categorie" in rows[0]["fout"]
    assert rows[0]["advies"] == "" and rows[0]["titel"] == ""
    assert rows[1]["advies"] == "GO" and rows[1]["fout"] == ""
    assert rows[2]["fout"]
    assert "kapot.json" in result.stderr  # also on stderr


def test_csv_defuses_formulas_and_quotes_separators() -> None:
    voorstel = json.loads((ROOT / GOLDEN_INPUTS[2]).read_text("utf-8"))
    voorstel["titel"] = '=HYPERLINK("http://x";"klik")'
    voorstel["regio"] = "Utrecht; stad"
    result = run("check", "--format", "csv", "-", stdin=json.dumps(voorstel))
    rows = _read_csv(result.stdout_bytes, ";")
    assert rows[0]["titel"] == "'" + voorstel["titel"]
    assert rows[0]["regio"] == "Utrecht; stad"


def test_csv_with_no_valid_input_still_has_a_header(tmp_path: Path) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    result = run("check", "--format", "csv", "-", stdin="{")
    rows = _read_csv(result.stdout_bytes, ";")
    assert len(rows) == 1 and rows[0]["fout"]


def test_output_file_for_each_format(tmp_path: Path) -> None:
    for fmt in ("markdown", "html", "csv"):
        target = tmp_path / f"rapport.{fmt}"
        result = run("check", "--format", fmt, "-o", str(target), GOLDEN_INPUTS[0])
        assert result.exit_code == 1 and result.stdout == ""
        assert target.stat().st_size > 200
    assert (tmp_path / "rapport.csv").read_bytes().startswith(b"\xef\xbb\xbf")


# -- escaping -------------------------------------------------------------------------------------

EVIL = '<script>alert("x")</script> & <img src=x onerror=alert(1)> *vet* [link](http://x) # kop'


def _evil_input() -> str:
    voorstel = json.loads((ROOT / GOLDEN_INPUTS[0]).read_text("utf-8"))
    voorstel["titel"] = EVIL
    voorstel["regio"] = "</td></tr><b>"
    return json.dumps(voorstel)


def test_html_escapes_all_text() -> None:
    out = run("check", "--format", "html", "-", stdin=_evil_input()).stdout
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in out
    assert "&lt;/td&gt;&lt;/tr&gt;&lt;b&gt;" in out


def test_html_is_self_contained() -> None:
    out = run("check", "--format", "html", *GOLDEN_INPUTS).stdout
    assert out.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in out
    for ref in ("<script", "<link", "@import", "url(", "src=", 'href="http', "https://fonts"):
        assert ref not in out, ref
    # the only URL is the SVG namespace, which is an identifier, not a download
    assert set(re.findall(r"https?://[^\s\"'<>]+", out)) == {"http://www.w3.org/2000/svg"}
    assert out.count('class="grafiek-stand"') == 6
    assert (
        out.count('class="grafiek-samenwerking"') == 3
    )  # copd, meekijkconsult, diabetes answered it
    assert 'class="grafiek-advies"' in out


def test_markdown_escapes_user_text() -> None:
    out = run("check", "--format", "markdown", "-", stdin=_evil_input()).stdout
    assert (
        '## \\<script\\>alert("x")\\</script\\> & \\<img src=x onerror=alert(1)\\> \\*vet\\* \\[link\\](http://x) # kop'
        in out
    )
    assert "<script>" not in out


def test_text_has_no_colour_when_not_a_terminal() -> None:
    out = run("check", GOLDEN_INPUTS[0]).stdout
    assert "\x1b[" not in out


def test_text_colours_on_a_terminal() -> None:
    from substitutiecheck.reporters import reporter_by_name

    buf = io.StringIO()
    reporter = reporter_by_name("text")(out=buf, taal="nl", kleur=True)
    reporter.rapport(_rapport("copd-longzorg-nijkerk.json"))
    assert "\x1b[" in buf.getvalue() and "NO-GO" in buf.getvalue()


# -- the advice around the verdict ----------------------------------------------------------------


def _rapport(name: str, taal: str = "nl", **changes):
    from substitutiecheck import evaluate

    voorstel = json.loads((ROOT / EX / name).read_text("utf-8"))
    voorstel.update(changes)
    return evaluate(voorstel, taal=taal)


def test_context_copd_no_preference_figure_and_weak_collaboration() -> None:
    r = _rapport("copd-longzorg-nijkerk.json")
    tl = r.toelichting
    # 43% is the share with no preference (seed heading "GEEN VOORKEUR"), COPD's figure, and no
    # threshold conclusion is drawn from it (issue 11)
    assert tl.draagvlak.percentage == 43
    assert tl.draagvlak.tekst.startswith("Geen voorkeur: 43% van de COPD-patiënten")
    assert "Dit cijfer is dat van COPD" in tl.draagvlak.tekst
    assert tl.draagvlak.gelijke_expertise.percentage == 56
    assert "chronische patiënten als groep" in tl.draagvlak.samenvatting
    assert "Betrek patiënten vroeg" in tl.draagvlak.advies and "helft" not in tl.draagvlak.advies
    assert [b.id for b in tl.draagvlak.bronnen] == ["raedelijn", "nivel2013"]
    assert tl.samenwerking.zwak and "lichtere overlegvorm" in tl.samenwerking.advies
    belangen = next(e for e in tl.samenwerking.elementen if e.id == "belangen")
    assert belangen.antwoord == "nee" and "verdedigend gedrag" in belangen.faal
    assert [v.id for v in tl.samenwerking.lichtere_vormen] == ["casuistiekbespreking", "mdo"]
    vormen = [(v.id, v.gekozen) for v in tl.samenwerkingsvormen]
    assert vormen == [("longzorg", True), ("casuistiekbespreking", False), ("keten_dbc", False)]
    assert tl.financiering.gekozen.id == "geen" and not tl.financiering.past
    assert {x.id for x in tl.financiering.passend} >= {"s2", "keten_dbc"}
    stand = {g.id: (g.ja, g.deels, g.nee, g.onbekend) for g in tl.randvoorwaarden_per_groep}
    assert stand["financiering"] == (0, 1, 2, 0) and sum(map(sum, stand.values())) == 13


def test_context_diabetes_high_support_strong_collaboration_fitting_route() -> None:
    tl = _rapport("diabetes-ketenzorg-utrecht.json").toelichting
    assert tl.draagvlak.percentage == 80 and tl.draagvlak.tekst.startswith("Geen voorkeur: 80%")
    assert not tl.samenwerking.zwak
    chosen = [v for v in tl.samenwerkingsvormen if v.gekozen]
    assert [v.id for v in chosen] == ["keten_dbc"] and chosen[
        0
    ].triple_aim.kosten == "Duurder (Plexusrapport)"
    assert tl.financiering.past and tl.financiering.gekozen.id == "s2"


def test_context_unknown_support_and_no_profile() -> None:
    tl = _rapport("teleconsultatie-kno-zonder-ict.json").toelichting
    assert tl.draagvlak is None  # the patient survey asked chronic patients only; KNO is not one
    assert tl.samenwerking is None
    tele = tl.samenwerkingsvormen[0]
    assert tele.id == "teleconsultatie" and tele.gekozen and tele.status == "Nog niet gefinancierd"
    assert tele.stand == "stand 2015/2016 volgens het e-book"
    assert "Cardiologie: 56% minder verwijzingen naar de cardioloog" in tele.triple_aim.kosten
    assert {v.id for v in tl.samenwerkingsvormen} == {
        "teleconsultatie",
        "meekijkconsult",
        "anderhalvelijnszorg",
    }  # DOMAIN §5's links for KNO (eerstelijnspluscentrum is cardiology's)


def test_context_chosen_form_that_does_not_fit_is_still_marked() -> None:
    tl = _rapport("diabetes-ketenzorg-utrecht.json", samenwerkingsvorm="blauwe_zorg").toelichting
    first = tl.samenwerkingsvormen[0]
    assert first.id == "blauwe_zorg" and first.gekozen and not first.past_bij_groep
    assert "80%" in first.triple_aim.kosten


@pytest.mark.parametrize(
    ("wijzig", "zegt", "zegt_niet"),
    [
        # S2 is linked to COPD, not to a casuïstiekbespreking (its cell: regular funding)
        (
            {"samenwerkingsvorm": "casuistiekbespreking", "financiering": "s2"},
            "past volgens substitutiecheck bij deze patiëntengroep.",
            "samenwerkingsvorm",
        ),
        # no form, and no route of the group's own: S3 is one of the pack's general routes
        (
            {"samenwerkingsvorm": None, "financiering": "s3", "categorie": "osteoporose"},
            "is een van de algemene routes die substitutiecheck voorstelt",
            "bij deze patiëntengroep",
        ),
    ],
)
def test_the_financing_sentence_says_what_the_chosen_route_fits(wijzig, zegt, zegt_niet) -> None:
    """'past bij de samenwerkingsvorm en de patiëntengroep' was said of a route linked to the
    group only, and 'past bij deze patiëntengroep' of a general default (a board-reader
    review)."""
    from substitutiecheck import evaluate

    voorstel = json.loads((ROOT / EX / "copd-longzorg-nijkerk.json").read_text("utf-8"))
    categorie = wijzig.pop("categorie", None)
    if categorie:
        voorstel["patientgroep"]["categorie"] = categorie
    voorstel.update(wijzig)
    if voorstel["samenwerkingsvorm"] is None:
        del voorstel["samenwerkingsvorm"]
    zin = evaluate(voorstel).toelichting.financiering.tekst
    assert zegt in zin and zegt_niet not in zin, zin


def test_the_triple_aim_section_cites_only_sources_of_sentences_it_shows() -> None:
    """Its 'Bron:' named Themagroep Twente and ZorgImpuls 2019 under no sentence of theirs (a
    new user's review): the advice on a pilot names them, and they come with that advice."""
    from substitutiecheck import evaluate

    voorstel = json.loads((ROOT / EX / "copd-longzorg-nijkerk.json").read_text("utf-8"))
    voorstel["triple_aim"] = {"kwaliteit": "+", "pilot": "nee", "evaluatie": "ja"}
    ta = evaluate(voorstel).toelichting.triple_aim
    assert ta.advies and "(Themagroep Twente)" in ta.advies and "(ZorgImpuls 2019)" in ta.advies
    assert {"twente", "meekijkconsult_rotterdam2019"} <= {b.id for b in ta.bronnen}
    voorstel["triple_aim"]["pilot"] = "ja"  # both planned: no advice, and not its sources
    ta = evaluate(voorstel).toelichting.triple_aim
    assert ta.advies is None
    assert not {"twente", "meekijkconsult_rotterdam2019"} & {b.id for b in ta.bronnen}


def test_threshold_three_partly_counts_as_weak() -> None:
    tl = _rapport(
        "diabetes-ketenzorg-utrecht.json",
        samenwerking={
            "gedeelde_ambitie": "deels",
            "belangen": "deels",
            "relatie": "deels",
            "organisatie": "ja",
            "proces": "ja",
        },
    ).toelichting
    assert tl.samenwerking.zwak
    tl = _rapport(
        "diabetes-ketenzorg-utrecht.json",
        samenwerking={
            "gedeelde_ambitie": "deels",
            "belangen": "deels",
            "relatie": "ja",
            "organisatie": "ja",
            "proces": "ja",
        },
    ).toelichting
    assert not tl.samenwerking.zwak


@pytest.mark.parametrize(
    ("vorm", "taal", "naam"),
    [
        ("casuistiekbespreking", "nl", "De gekozen vorm, casuïstiekbespreking, is al"),
        ("mdo", "nl", "De gekozen vorm, multidisciplinair overleg (MDO), is al"),
        ("casuistiekbespreking", "en", "The chosen form, case discussion, is already"),
    ],
)
def test_weak_collaboration_never_recommends_the_form_already_chosen(
    vorm: str, taal: str, naam: str
) -> None:
    """A review: a weak collaboration around a casuïstiekbespreking was told to start with a
    casuïstiekbespreking. When the chosen form is one of the lighter ones, the advice says so."""
    tl = _rapport("copd-longzorg-nijkerk.json", samenwerkingsvorm=vorm, taal=taal).toelichting
    assert tl.samenwerking.zwak
    assert naam in tl.samenwerking.advies
    assert "begin met" not in tl.samenwerking.advies and "start with" not in tl.samenwerking.advies
    # another form, the same answers: the usual advice (and it is not cached across the two)
    other = _rapport("copd-longzorg-nijkerk.json", taal=taal).toelichting.samenwerking
    assert ("begin met een lichtere" if taal == "nl" else "start with a lighter") in other.advies


def test_weak_collaboration_advice_for_the_chosen_form_is_checked_when_loading(
    tmp_path: Path,
) -> None:
    from substitutiecheck import laad_regelpakket
    from substitutiecheck.errors import RegelpakketFout

    pack = tmp_path / "pakket"
    shutil.copytree(ROOT / "rules", pack)
    data = json.loads((pack / "toelichting.json").read_text("utf-8"))
    data["samenwerkingsprofiel"]["advies_zwak_gekozen"]["en"] = "Use {form} first."
    (pack / "toelichting.json").write_text(json.dumps(data), "utf-8")
    with pytest.raises(RegelpakketFout) as e:
        laad_regelpakket(pack)
    assert "samenwerkingsprofiel.advies_zwak_gekozen.en" in str(e.value)
    assert "{form}" in str(e.value) and "{vorm}" in str(e.value)


def test_notes_never_change_the_verdict(tmp_path: Path) -> None:
    """The same proposals with and without the notes data give the same advice and findings."""
    from substitutiecheck import evaluate, laad_regelpakket

    bare = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", bare)
    (bare / "toelichting.json").unlink()
    pack_bare = laad_regelpakket(bare)
    assert pack_bare.toelichting is None
    for path in sorted((ROOT / EX).glob("*.json")):
        voorstel = json.loads(path.read_text("utf-8"))
        full, without = evaluate(voorstel), evaluate(voorstel, regels=pack_bare)
        assert full.advies == without.advies and full.reden == without.reden
        assert full.ontbrekende_randvoorwaarden == without.ontbrekende_randvoorwaarden
        assert without.toelichting.draagvlak is None and without.toelichting.samenwerking is None


# -- pack data: schema and both languages -------------------------------------------------------


def _walk_texts(node, path="$"):
    """Yield (path, problem) for every {'nl','en'} text or list missing one of the languages."""
    if isinstance(node, dict):
        if "nl" in node or "en" in node:
            for lang in ("nl", "en"):
                value = node.get(lang)
                if not value or (isinstance(value, list) and not all(value)):
                    yield path, f"'{lang}' missing or empty"
            if (
                isinstance(node.get("nl"), list)
                and isinstance(node.get("en"), list)
                and len(node["nl"]) != len(node["en"])
            ):
                yield path, "nl and en lists differ in length"
        for k, v in node.items():
            yield from _walk_texts(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk_texts(v, f"{path}[{i}]")


def test_every_text_in_the_pack_has_both_languages() -> None:
    problems = []
    files = sorted((ROOT / "rules").rglob("*.json"))
    assert any(f.name == "toelichting.json" for f in files)
    for f in files:
        problems += [
            f"{f.name}: {p}: {msg}" for p, msg in _walk_texts(json.loads(f.read_text("utf-8")))
        ]
    assert not problems, "\n".join(problems)


def test_the_language_walker_finds_a_missing_translation() -> None:
    data = {"a": [{"naam": {"nl": "x"}}], "b": {"faal": {"nl": ["a", "b"], "en": ["a"]}}}
    found = list(_walk_texts(data))
    assert ("$.a[0].naam", "'en' missing or empty") in found
    assert ("$.b.faal", "nl and en lists differ in length") in found


def test_every_i18n_text_has_both_languages_with_the_same_placeholders() -> None:
    from substitutiecheck.i18n import TEKSTEN

    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    for key, entry in TEKSTEN.items():
        assert entry.get("nl") and entry.get("en"), key
        assert fields(entry["nl"]) == fields(entry["en"]), key


def _pack_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    return target


@pytest.mark.parametrize(
    "mutate,needle",
    [
        (lambda d: d["samenwerkingsvormen"][0].update(tripel_aim={}), "tripel_aim"),
        (lambda d: d["samenwerkingsvormen"][0]["status"].pop("en"), "en"),
        (lambda d: d["samenwerkingsvormen"][0]["triple_aim"].update(kosten="duur"), "kosten"),
        (lambda d: d["samenwerkingsvormen"][0].update(financiering=["s9"]), "s9"),
    ],
    ids=["unknown-field", "missing-en", "untranslated-aim", "unknown-route"],
)
def test_schema_and_cross_checks_guard_the_forms(tmp_path: Path, mutate, needle: str) -> None:
    from substitutiecheck import RegelpakketFout, laad_regelpakket

    folder = _pack_copy(tmp_path)
    path = folder / "samenwerkingsvormen.json"
    data = json.loads(path.read_text("utf-8"))
    mutate(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(RegelpakketFout) as exc:
        laad_regelpakket(folder)
    assert needle in " ".join(exc.value.regels("en"))


@pytest.mark.parametrize(
    "mutate,needle",
    [
        (
            lambda d: d["draagvlak"]["groepen"].append(
                {"categorie": "astma", "percentage": 10, "tekst": {"nl": "x", "en": "x"}}
            ),
            "astma",
        ),
        (lambda d: d["draagvlak"]["groepen"][0].update(percentage=180), "180"),
        (lambda d: d["samenwerkingsprofiel"]["advies_zwak"].pop("en"), "en"),
        (lambda d: d["samenwerkingsprofiel"].update(lichtere_vormen=["koffie"]), "koffie"),
    ],
    ids=["unknown-category", "percentage", "missing-en", "unknown-form"],
)
def test_schema_and_cross_checks_guard_toelichting(tmp_path: Path, mutate, needle: str) -> None:
    from substitutiecheck import RegelpakketFout, laad_regelpakket

    folder = _pack_copy(tmp_path)
    path = folder / "toelichting.json"
    data = json.loads(path.read_text("utf-8"))
    mutate(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(RegelpakketFout) as exc:
        laad_regelpakket(folder)
    assert needle in " ".join(exc.value.regels("en"))


def test_every_form_has_status_and_triple_aim(pack) -> None:
    assert len(pack.samenwerkingsvormen) == 26
    for v in pack.samenwerkingsvormen:
        assert v.status, v.id
        assert (v.triple_aim or {}).get("kosten") or v.id == "zorg_na_ontslag_65plus", v.id


# -- English in every format ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv", "json", "jsonl"])
def test_english_in_every_format(fmt: str) -> None:
    out = run("check", "--format", fmt, "--lang", "en", GOLDEN_INPUTS[0]).stdout
    for dutch in (
        "Niet vervuld en blokkerend",
        "Wat nog ontbreekt",
        "Samenwerkingsvormen die",
        "Draagvlak bij patiënten",
        "etrek patiënten vroeg",
        "Proeftuin populatiemanagement",
        "geciteerd in",
        "Keuze substitutiecheck",
        "productkeuze)",
        "Regelpakket",
        "stand 2015/2016",
    ):
        assert dutch not in out, (fmt, dutch)
    assert "Not met and blocking" in out
    if fmt not in ("csv",):
        assert "Involve patients early" in out


def test_context_without_a_chosen_form_for_a_group_off_the_list() -> None:
    from substitutiecheck import evaluate

    tl = evaluate({"titel": "x", "patientgroep": {"categorie": "overig"}}).toelichting
    assert tl.samenwerkingsvormen == ()
    assert [x.id for x in tl.financiering.passend] == ["s3", "project", "nza_innovatie"]
    assert tl.financiering.tekst.startswith(
        "Kies een financieringsroute; volgens substitutiecheck passend bij deze patiëntengroep"
    )
    assert "productkeuze" in [
        b.id for b in tl.financiering.bronnen
    ]  # the default routes are the product's choice
    assert tl.draagvlak is None and tl.samenwerking is None
    assert all(g.onbekend == len(g.randvoorwaarden) for g in tl.randvoorwaarden_per_groep)
    out = run(
        "check",
        "--format",
        "html",
        "-",
        stdin=json.dumps({"patientgroep": {"categorie": "overig"}}),
    ).stdout
    assert "Het Raedelijn-overzicht" not in out
    assert (
        "Voor een groep die niet op de lijst van geschikte patiëntengroepen van dit regelpakket "
        "staat, doet substitutiecheck geen suggestie." in out
    )
    assert 'class="grafiek-stand"' in out and 'class="grafiek-samenwerking"' not in out


def test_invalid_inputs_are_listed_escaped_in_html_and_markdown() -> None:
    bad = json.dumps({"titel": "x", "patientgroep": {"categorie": "<b>kwaad</b>"}})
    html_out = run("check", "--format", "html", "-", stdin=bad)
    assert html_out.exit_code == 2
    assert 'id="samenvatting"' in html_out.stdout and "<b>kwaad" not in html_out.stdout
    assert "&lt;b&gt;kwaad&lt;/b&gt;" in html_out.stdout and html_out.stdout.rstrip().endswith(
        "</html>"
    )
    md_out = run("check", "--format", "markdown", "-", stdin=bad).stdout
    assert "### Ongeldige invoer" in md_out and "\\<b\\>kwaad" in md_out
