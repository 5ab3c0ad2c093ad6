"""Hostile rule packs (issue 13): whatever a pack folder holds, loading it gives exit 2 naming the
file and the path, never exit 3; what 'regels valideer' accepts also runs in 'check'."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, run_cli

from substitutiecheck import RegelpakketFout, laad_regelpakket

TWENTE = ROOT / "examples" / "regio-twente"
VOORSTEL = str(EXAMPLES / "diabetes-ketenzorg-utrecht.json")
LEAVES = [
    "randvoorwaarden.ict",
    "randvoorwaarden.vertrouwen",
    "randvoorwaarden.afspraken",
    "randvoorwaarden.communicatie",
    "randvoorwaarden.aanvullen",
    "randvoorwaarden.bekostiging",
    "randvoorwaarden.organisatiegraad",
    "randvoorwaarden.inkoop_verzekeraar",
]


@pytest.fixture
def regio(tmp_path) -> Path:
    target = tmp_path / "pakket"
    shutil.copytree(TWENTE, target)
    (target / "scenarios.json").unlink()
    return target


def _regel(als) -> dict:
    return {
        "regels": [
            {
                "id": "regio.extra",
                "veld": "randvoorwaarden.ict",
                "als": als,
                "ernst": "notitie",
                "naam": {"nl": "Extra", "en": "Extra"},
                "tekst": {"nl": "Extra.", "en": "Extra."},
                "bron": ["regio_twente"],
            }
        ]
    }


def _exit_2_naming(folder: Path, file_name: str, path: str, message: str) -> None:
    """Both 'regels valideer' and 'check --regels' say it in one line per problem, exit 2."""
    for args in (("regels", "valideer", str(folder)), ("check", "--regels", str(folder), VOORSTEL)):
        result = run_cli(*args)
        err = result.stderr.decode()
        assert result.returncode == 2, err
        assert "interne fout" not in err and "Traceback" not in err
        where = (
            f"{folder / file_name}: {path}" if path else f"{folder / file_name}: "
        )  # path: its start
        assert where in err and message in err, err


def _nest(key: str, n: int) -> dict:
    cond: dict = {"veld": "randvoorwaarden.ict", "is": "ja"}
    for _ in range(n):
        cond = {key: cond} if key == "niet" else {key: [cond]}
    return cond


# -- 11. depth: deep JSON, deep conditions, a monstrous uitbreiding_van -------------------------


def test_a_100k_deep_pack_file_is_exit_2_naming_the_file(regio):
    (regio / "regels.json").write_text("[" * 100_000 + "]" * 100_000)
    _exit_2_naming(regio, "regels.json", "", "JSON is te diep genest")


@pytest.mark.parametrize("key,n", [("niet", 500), ("alle", 200), ("een_van", 200), ("niet", 9)])
def test_conditions_nested_deeper_than_the_schema_allows(regio, key, n):
    (regio / "regels.json").write_text(json.dumps(_regel(_nest(key, n))))
    message = "conditie te diep genest" if n < 30 else "JSON is te diep genest"
    _exit_2_naming(regio, "regels.json", "regels[0].als" if n < 30 else "", message)


def test_the_schema_states_the_depth_and_width_limits():
    schema = json.loads(
        (ROOT / "substitutiecheck" / "schemas" / "regelpakket.schema.json").read_text("utf-8")
    )
    levels = [k for k in schema["$defs"] if k.startswith("conditie")]
    assert len(levels) == 9  # 8 levels of alle/een_van/niet, then leaves only
    assert '"maxItems": 20' in json.dumps(schema["$defs"]["conditie"])
    assert schema["$defs"]["pakket.json"]["properties"]["uitbreiding_van"]["maxLength"] == 200


@pytest.mark.parametrize("value", ["x" * 100_000, "landelijk\x00", "../a\nb"])
def test_a_monstrous_uitbreiding_van_is_exit_2(regio, value):
    meta = json.loads((regio / "pakket.json").read_text("utf-8"))
    meta["uitbreiding_van"] = value
    (regio / "pakket.json").write_text(json.dumps(meta))
    _exit_2_naming(regio, "pakket.json", "uitbreiding_van", "geen geldige pakketnaam of map")


# -- 12. templates: only the documented placeholders --------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "{",
        "{naam[99999]}",
        "{naam:>999999999}",
        "{naam.__class__.__mro__}",
        "{naam!r}",
        "{onbekend}",
    ],
)
def test_templates_allow_only_their_placeholders(tmp_path, template):
    pack = tmp_path / "eigen"
    shutil.copytree(ROOT / "rules", pack)
    (pack / "scenarios.json").unlink(missing_ok=True)
    meta = json.loads((pack / "pakket.json").read_text("utf-8"))
    meta["sjablonen"]["rv_nee"]["nl"] = "Niet vervuld: " + template
    (pack / "pakket.json").write_text(json.dumps(meta, ensure_ascii=False))
    with pytest.raises(RegelpakketFout) as exc:
        laad_regelpakket(pack)
    assert [p.pad for p in exc.value.problemen] == ["sjablonen.rv_nee.nl"]
    assert "toegestaan: {naam}" in exc.value.regels()[0]


@pytest.mark.parametrize("template", ["{naam.__class__.__mro__}", "{naam[0]}", "{", "{naam_lc}"])
def test_the_first_line_question_is_a_checked_template_too(tmp_path, template):
    """toelichting.json voorstel_zelf.eerste_lijn.vraag is filled in per provider (schema,
    questionnaire): '{naam}' and nothing more, checked at load like the 'sjablonen'."""
    pack = tmp_path / "eigen"
    shutil.copytree(ROOT / "rules", pack)
    (pack / "scenarios.json").unlink(missing_ok=True)
    toelichting = json.loads((pack / "toelichting.json").read_text("utf-8"))
    toelichting["voorstel_zelf"]["eerste_lijn"]["vraag"]["en"] = "Does " + template + " take part?"
    (pack / "toelichting.json").write_text(json.dumps(toelichting, ensure_ascii=False))
    with pytest.raises(RegelpakketFout) as exc:
        laad_regelpakket(pack)
    assert [p.pad for p in exc.value.problemen] == ["voorstel_zelf.eerste_lijn.vraag.en"]
    assert "toegestaan: {naam}" in exc.value.regels()[0]


def test_a_template_still_fills_its_placeholders_and_keeps_double_braces(tmp_path, alles_ja):
    from substitutiecheck import evaluate

    pack = tmp_path / "eigen"
    shutil.copytree(ROOT / "rules", pack)
    meta = json.loads((pack / "pakket.json").read_text("utf-8"))
    meta["sjablonen"]["rv_nee"]["nl"] = "{{niet}} vervuld: {naam}"
    (pack / "pakket.json").write_text(json.dumps(meta, ensure_ascii=False))
    alles_ja["randvoorwaarden"]["ict"] = "nee"
    loaded = laad_regelpakket(pack)
    rapport = evaluate(alles_ja, regels=loaded)
    assert [b.tekst for b in rapport.bevindingen if b.regel == "randvoorwaarde.ict.nee"] == [
        "{niet} vervuld: " + loaded.randvoorwaarde("ict").naam["nl"]
    ]


# -- 13. duplicate keys in every JSON the tool reads ---------------------------------------------


def test_a_duplicate_key_in_a_pack_file_is_rejected(regio):
    text = (regio / "randvoorwaarden.json").read_text("utf-8")
    assert '"blokkerend": true' in text
    (regio / "randvoorwaarden.json").write_text(
        text.replace('"blokkerend": true', '"blokkerend": true, "blokkerend": false', 1)
    )
    _exit_2_naming(
        regio, "randvoorwaarden.json", "", "veld 'blokkerend' staat twee keer in hetzelfde object"
    )


def test_a_duplicate_key_in_scenarios_is_rejected(tmp_path):
    pack = tmp_path / "eigen"
    shutil.copytree(TWENTE, pack)
    text = (pack / "scenarios.json").read_text("utf-8")
    (pack / "scenarios.json").write_text(text.replace('"naam":', '"naam": "x", "naam":', 1))
    result = run_cli("regels", "valideer", str(pack))
    assert result.returncode == 2 and "staat twee keer" in result.stderr.decode()


# -- 14. what 'regels valideer' accepts runs on the engine ---------------------------------------


@pytest.mark.parametrize("voor", ["categorie", "uitsluiting", "samenwerking", "randvoorwaarde"])
def test_a_rule_named_like_a_derived_one_fails_validation(regio, voor):
    """A rule of regels.json named 'categorie.regio_blok' gave the reason 'De patiëntengroep is
    niet geschikt', and 'samenwerking.x' was left out of the notes (a code review): those names
    belong to the rules the pack derives itself."""
    regel = _regel({"veld": "randvoorwaarden.ict", "is": "nee"})
    regel["regels"][0]["id"] = f"{voor}.regio_blok"
    (regio / "regels.json").write_text(json.dumps(regel))
    _exit_2_naming(regio, "regels.json", "regels[0].id", f"regel-id '{voor}.regio_blok' begint met")
    regel["regels"][0]["id"] = voor  # the word alone: no derived rule is named so (a review)
    (regio / "regels.json").write_text(json.dumps(regel))
    assert run_cli("regels", "valideer", str(regio)).returncode == 0


def test_a_condition_the_engine_refuses_fails_validation_not_check(regio):
    def wide(antwoord: str) -> dict:
        return {"een_van": [{"veld": v, "is": antwoord} for v in LEAVES]}

    # 8*8*8 matches (three different parts: one part three times is compiled once)
    (regio / "regels.json").write_text(
        json.dumps(_regel({"alle": [wide("ja"), wide("nee"), wide("deels")]}))
    )
    _exit_2_naming(regio, "regels.json", "regels[0].als", "de regel-engine weigert deze conditie")


# -- 15. a bounded cache of packs and engines ----------------------------------------------------


def test_many_distinct_packs_keep_a_bounded_number_of_engines(tmp_path, alles_ja):
    from substitutiecheck import engine, evaluate
    from substitutiecheck.pack import loading as pack_module
    from substitutiecheck.runtime import runtime_for

    packs = []
    for i in range(engine.MAX_ENGINES + 6):
        folder = tmp_path / f"p{i}"
        shutil.copytree(TWENTE, folder)
        meta = json.loads((folder / "pakket.json").read_text("utf-8"))
        meta["versie"] = f"0.1.{i}"
        (folder / "pakket.json").write_text(json.dumps(meta, ensure_ascii=False))
        packs.append(laad_regelpakket(folder))
        assert evaluate(alles_ja, regels=packs[-1]).advies == "voorwaardelijk"
    assert len(engine._ENGINES) <= engine.MAX_ENGINES
    assert len(pack_module._CACHE) <= pack_module.MAX_PAKKETTEN
    closed = [p for p in packs if runtime_for(p).engine[0].gesloten]
    assert len(closed) >= 6  # their durable rulesets were freed
    assert evaluate(alles_ja, regels=packs[0]).advies == "voorwaardelijk"  # rebuilt on demand


def test_a_pack_file_that_is_not_utf8_is_read_like_a_proposal(regio):
    """Same decoding as a proposal: the place of the byte and the advice to save as UTF-8."""
    (regio / "pakket.json").write_bytes('{"naam": "café"}'.encode("latin-1"))
    result = run_cli("regels", "valideer", str(regio))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "pakket.json" in err and "byte" in err and "sla het bestand op als UTF-8" in err


def _twente_nee() -> bytes:
    """A proposal Twente's pack makes a no-go (its randvoorwaarde inkoop_verzekeraar is blocking)."""
    voorstel = json.loads(Path(VOORSTEL).read_text("utf-8"))
    voorstel["randvoorwaarden"]["inkoop_verzekeraar"] = "nee"
    return json.dumps(voorstel).encode()


@pytest.mark.parametrize("soort", ["dangling", "loop", "map", "fifo"])
def test_a_pack_file_that_is_no_regular_file_is_exit_2_not_left_out(regio, soort):
    """Found by an adversarial test: a regional randvoorwaarden.json that was a dangling link, a
    link loop, a folder or a FIFO was skipped without a word, and Twente's no-go became go onder
    voorwaarden under the same pack name."""
    import os

    assert run_cli("check", "--regels", str(regio), "-", stdin=_twente_nee()).returncode == 1
    pad = regio / "randvoorwaarden.json"
    pad.unlink()
    if soort == "dangling":
        pad.symlink_to(regio / "bestaat-niet.json")
    elif soort == "loop":
        (regio / "a.lus").symlink_to(pad)
        pad.symlink_to(regio / "a.lus")
    elif soort == "map":
        pad.mkdir()
    else:
        os.mkfifo(pad)
    for args in (("check", "--regels", str(regio), "-"), ("regels", "valideer", str(regio))):
        result = run_cli(*args, stdin=_twente_nee(), env={"SUBSTITUTIECHECK_CACHE": "0"})
        assert result.returncode == 2, (args, result.stdout[-300:])
        lines = result.stderr.decode().splitlines()
        assert len(lines) == 1 and str(pad) in lines[0] and "Traceback" not in lines[0]
        reden = "te veel symbolische koppelingen" if soort == "loop" else "geen gewoon bestand"
        assert reden in lines[0], lines[0]


def test_a_json_file_the_pack_does_not_read_is_named_with_a_suggestion(regio):
    """A misspelt file name (randvoorwaarde.json) left the region's rules out silently."""
    (regio / "randvoorwaarden.json").rename(regio / "randvoorwaarde.json")
    result = run_cli("check", "--regels", str(regio), "-", stdin=_twente_nee())
    assert result.returncode == 2
    err = result.stderr.decode()
    assert (
        "randvoorwaarde.json: onbekend bestand" in err
        and "bedoelde u 'randvoorwaarden.json'" in err
    )
    en = run_cli("--lang", "en", "regels", "valideer", str(regio)).stderr.decode()
    assert "unknown file" in en and "did you mean 'randvoorwaarden.json'" in en
    (regio / "randvoorwaarde.json").rename(regio / "randvoorwaarden.json")
    (regio / "notities.txt").write_text("geen JSON: geen probleem")
    (regio / "scenarios.json").write_text('{"scenarios": []}')  # a known file
    assert run_cli("regels", "valideer", str(regio)).returncode == 0


def test_a_whole_file_problem_of_a_regional_pack_names_its_own_file(regio):
    """'regels: verwacht lijst' in a regional regels.json, and 300 new conditions, were said of
    the shipped rules/regels.json and rules/randvoorwaarden.json (an adversarial test)."""
    (regio / "regels.json").write_text(json.dumps({"regels": {"a": 1}}))
    _exit_2_naming(regio, "regels.json", "regels", "verwacht lijst")
    (regio / "regels.json").unlink()
    rv = json.loads((regio / "randvoorwaarden.json").read_text("utf-8"))
    nieuw = rv["randvoorwaarden"][1]
    for i in range(300):
        rv["randvoorwaarden"].append({**nieuw, "id": f"extra_{i}"})
    (regio / "randvoorwaarden.json").write_text(json.dumps(rv))
    _exit_2_naming(regio, "randvoorwaarden.json", "", "te veel velden")


def test_a_chain_of_packs_too_deep_is_said_of_the_pack_asked_for(tmp_path):
    """Six packs on each other were said of the shipped rules/pakket.json (an adversarial
    test), a file the user neither wrote nor gave."""
    vorige = "landelijk"
    for i in range(7):
        folder = tmp_path / f"p{i}"
        folder.mkdir()
        meta = {"naam": f"p{i}", "versie": "0.1.0", "uitbreiding_van": vorige}
        (folder / "pakket.json").write_text(json.dumps({**meta, "titel": {"nl": "t", "en": "t"}}))
        vorige = f"../p{i}"
    _exit_2_naming(tmp_path / "p6", "pakket.json", "uitbreiding_van", "meer dan 5 pakketten")


def test_a_report_renders_after_its_pack_left_the_cache(tmp_path, alles_ja):
    """A report holds its pack's stamp, not the pack: with 16 other packs loaded since (and no
    reference to its pack left), document() and the json reporters raised 'niet (meer)
    geladen' and the text report lost its group headings (a code review). The pack is loaded
    again from its folder."""
    import gc

    from substitutiecheck import evaluate
    from substitutiecheck.pack import loading as pack_module
    from substitutiecheck.runtime import pakket_met_hash

    eigen = tmp_path / "eigen"
    shutil.copytree(TWENTE, eigen)
    meta = json.loads((eigen / "pakket.json").read_text("utf-8"))
    meta["versie"] = "0.9.9"  # content of its own: no other test holds this pack
    (eigen / "pakket.json").write_text(json.dumps(meta, ensure_ascii=False))
    rapport = evaluate(alles_ja, regels=str(eigen))
    verwacht = {fmt: _render(rapport, fmt) for fmt in ("json", "jsonl", "text")}
    doc = rapport.document()
    for i in range(pack_module.MAX_PAKKETTEN + 2):  # push it out of the cache
        folder = tmp_path / f"p{i}"
        shutil.copytree(TWENTE, folder)
        meta = json.loads((folder / "pakket.json").read_text("utf-8"))
        meta["versie"] = f"0.2.{i}"
        (folder / "pakket.json").write_text(json.dumps(meta, ensure_ascii=False))
        laad_regelpakket(folder)
    gc.collect()
    assert pakket_met_hash(rapport.regelpakket.hash) is None  # really gone
    assert rapport.document() == doc
    for fmt, tekst in verwacht.items():
        assert _render(rapport, fmt) == tekst, fmt
    assert "Professionals en samenwerking" in verwacht["text"]  # a group heading


def _render(rapport, fmt: str) -> str:
    import io

    from substitutiecheck.reporters import reporter_by_name

    out = io.StringIO()
    rep = reporter_by_name(fmt)(out=out, taal="nl")
    rep.samenvatting.tel(rapport)
    rep.rapport(rapport)
    rep.einde()
    return out.getvalue()


def test_a_pack_loaded_from_a_relative_folder_is_found_again_after_a_change_of_directory(
    tmp_path, alles_ja, monkeypatch
):
    """The folder was remembered as given ('examples/x'): after os.chdir the report of a pack
    dropped from the cache could not be rendered (a review)."""
    import gc

    from substitutiecheck import evaluate
    from substitutiecheck.pack import loading as pack_module
    from substitutiecheck.runtime import pakket_met_hash

    (tmp_path / "werk").mkdir()
    eigen = tmp_path / "werk" / "eigen"
    shutil.copytree(TWENTE, eigen)
    meta = json.loads((eigen / "pakket.json").read_text("utf-8"))
    meta["versie"] = "0.9.8"
    (eigen / "pakket.json").write_text(json.dumps(meta, ensure_ascii=False))
    monkeypatch.chdir(tmp_path / "werk")
    rapport = evaluate(alles_ja, regels="eigen")
    doc = rapport.document()
    monkeypatch.chdir(tmp_path)
    for i in range(pack_module.MAX_PAKKETTEN + 2):
        folder = tmp_path / f"p{i}"
        shutil.copytree(TWENTE, folder)
        meta["versie"] = f"0.3.{i}"
        (folder / "pakket.json").write_text(json.dumps(meta, ensure_ascii=False))
        laad_regelpakket(folder)
    gc.collect()
    assert pakket_met_hash(rapport.regelpakket.hash) is None
    assert rapport.document() == doc


def test_the_reserved_prefixes_are_those_the_derived_rules_use():
    """AFGELEID (refused for a regional rule's id) and derive_rules name the same prefixes."""
    from substitutiecheck.pack.rules import AFGELEID, derive_rules

    for pack in (laad_regelpakket(None), laad_regelpakket(TWENTE)):
        eigen = {x.id for x in pack.extra_regels}  # regels.json's own ('notitie.…')
        afgeleid = {r.id.partition(".")[0] for r in derive_rules(pack) if r.id not in eigen}
        assert afgeleid == set(AFGELEID)
