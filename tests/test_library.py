"""`import substitutiecheck` as another tool would use it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading

import pytest
from conftest import ROOT

from substitutiecheck import InvoerFout, evaluate, laad_regelpakket


def test_shipped_example_is_the_shared_contract_example():
    shared = ROOT.parent / "shared" / "examples" / "voorstel.json"
    if not shared.is_file():
        pytest.skip("../shared is not beside this checkout")
    import json

    from conftest import SHARED_EXAMPLE

    assert json.loads(SHARED_EXAMPLE.read_text("utf-8")) == json.loads(shared.read_text("utf-8"))


def test_evaluate_a_dict(voorbeeld):
    rapport = evaluate(voorbeeld)
    assert rapport.advies == "voorwaardelijk"
    assert [o.id for o in rapport.ontbrekende_randvoorwaarden] == [
        "afspraken",
        "capaciteit_huisarts",
        "afstemming_verzekeraar",
    ]
    assert rapport.regelpakket.naam == "landelijk"


def test_evaluate_a_model_and_a_loaded_pack(voorbeeld):
    from substitutiecheck.model import voorstel_model

    pakket = laad_regelpakket(ROOT / "rules")
    model = voorstel_model(pakket).model_validate(voorbeeld)
    assert evaluate(model, regels=pakket) == evaluate(voorbeeld)
    assert laad_regelpakket(ROOT / "rules") is pakket  # loading again costs nothing


def test_english_texts(voorbeeld):
    rapport = evaluate(voorbeeld, taal="en")
    assert (
        rapport.ontbrekende_randvoorwaarden[0].naam
        == "Making good agreements and holding each other to them"
    )
    assert rapport.reden.startswith("3 conditions still open")


def test_bad_input_raises_one_documented_exception_with_the_field_path(voorbeeld):
    voorbeeld["randvoorwaarden"]["ict"] = "misschien"
    with pytest.raises(InvoerFout) as exc:
        evaluate(voorbeeld)
    assert isinstance(exc.value, ValueError)
    assert exc.value.pad == "randvoorwaarden.ict"
    assert (
        exc.value.problemen[0].en
        == "invalid value 'misschien'; choose from: ja, deels, nee, onbekend"
    )


@pytest.mark.parametrize(
    ("pad", "waarde"),
    [(("titel",), "Project \ud800"), (("patientgroep", "omschrijving"), "é\udc80 x")],
)
def test_a_lone_surrogate_in_a_dict_is_bad_input_not_a_report_that_cannot_be_written(
    voorbeeld, pad, waarde
):
    """evaluate() took a title with a lone surrogate and naar_json() then raised
    UnicodeEncodeError (an adversarial test); the CLI already refused it when parsing JSON."""
    plek = voorbeeld
    for key in pad[:-1]:
        plek = plek[key]
    plek[pad[-1]] = waarde
    with pytest.raises(InvoerFout) as exc:
        evaluate(voorbeeld)
    assert exc.value.pad == ".".join(pad) and "losse surrogaat" in exc.value.problemen[0].nl
    plek[pad[-1]] = "Twentë ✓ \U0001f600"  # text that is not ASCII is fine
    assert evaluate(voorbeeld).naar_json()


def test_a_value_nested_deeper_than_python_recurses_is_bad_input(voorbeeld):
    """A value nested 100,000 deep, built in Python, raised RecursionError (an adversarial test)."""
    diep: object = "ja"
    for _ in range(100_000):
        diep = {"a": diep}
    voorbeeld["randvoorwaarden"]["ict"] = diep
    with pytest.raises(InvoerFout) as exc:
        evaluate(voorbeeld)
    assert "te diep genest" in exc.value.problemen[0].nl


def test_unknown_key_suggests_the_right_one(voorbeeld):
    voorbeeld["patientgroep"]["hoogrisico"] = "nee"
    with pytest.raises(InvoerFout) as exc:
        evaluate(voorbeeld)
    assert exc.value.pad == "patientgroep.hoogrisico"
    assert "bedoelde u 'hoog_risico'?" in exc.value.problemen[0].nl


def test_absent_randvoorwaarde_counts_as_onbekend(alles_ja):
    del alles_ja["randvoorwaarden"]["bekostiging"]
    rapport = evaluate(alles_ja)
    assert rapport.advies == "voorwaardelijk"
    [o] = rapport.ontbrekende_randvoorwaarden
    assert (o.id, o.antwoord, o.blokkerend) == ("bekostiging", "onbekend", True)


def test_never_prints(voorbeeld, capfd):
    evaluate(voorbeeld)
    with pytest.raises(InvoerFout):
        evaluate({})
    assert capfd.readouterr() == ("", "")


def test_threads_give_the_same_results_as_one_at_a_time(voorbeeld, alles_ja):
    inputs = [voorbeeld, alles_ja] * 100
    expected = [evaluate(v) for v in inputs]
    results: list = [None] * len(inputs)

    def work(offset: int) -> None:
        for i in range(offset, len(inputs), 8):
            results[i] = evaluate(inputs[i])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected


def test_import_is_light():
    """Importing the package loads neither durable_rules nor pydantic until they are needed."""
    code = "import sys, substitutiecheck; print('durable_rules_engine' in sys.modules, 'pydantic' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "False"]


def test_installed_wheel_works_outside_the_checkout(tmp_path):
    """`pip install .` ships rules/ inside the package: check runs from anywhere."""
    if shutil.which("git") is None:
        pytest.skip("git is needed to copy the checkout")
    wheel_dir = tmp_path / "wheel"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheel_dir),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0 and "hatchling" in build.stderr:
        pytest.skip("hatchling is not installed in this environment")
    assert build.returncode == 0, build.stderr
    [wheel] = wheel_dir.glob("substitutiecheck-*.whl")
    site = tmp_path / "site"
    import zipfile

    zipfile.ZipFile(wheel).extractall(site)
    assert (site / "substitutiecheck" / "_data" / "rules" / "randvoorwaarden.json").is_file()
    # PEP 561: a program that imports the library gets its types checked (issue 15)
    assert (site / "substitutiecheck" / "py.typed").is_file()
    example = tmp_path / "voorstel.json"
    shutil.copy(ROOT / "examples" / "voorstellen" / "diabetes-ketenzorg-utrecht.json", example)
    code = (
        "import substitutiecheck.pack as p, json, sys; "
        "from substitutiecheck import evaluate; "
        "print(p.data_dir('rules')); print(evaluate(json.load(open(sys.argv[1]))).advies)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(example)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stderr
    where, advies = run.stdout.split()
    assert where == str(site / "substitutiecheck" / "_data" / "rules")
    assert advies == "go"
    # the HTML form ships its page script, stylesheet and LHC-Forms (export formulier)
    form = (
        "from substitutiecheck.formulier import formulier; import substitutiecheck.pack as p; "
        "html = formulier(p.standaard_regelpakket()); "
        "print(len(html), 'LHC-Forms' in html, 'sc-v-lhc' in html)"
    )
    run = subprocess.run(
        [sys.executable, "-c", form],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stderr
    size, stamp, lhc = run.stdout.split()
    assert int(size) > 1_000_000 and stamp == lhc == "True"


def test_atomic_write_gives_normal_permissions(tmp_path):
    import os
    import stat

    from substitutiecheck.fileio import write_atomic

    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "nieuw.json", "{}")
        assert stat.S_IMODE((tmp_path / "nieuw.json").stat().st_mode) == 0o644
        (tmp_path / "bestaand.json").write_text("x")
        os.chmod(tmp_path / "bestaand.json", 0o640)
        write_atomic(tmp_path / "bestaand.json", "{}")
        assert stat.S_IMODE((tmp_path / "bestaand.json").stat().st_mode) == 0o640
    finally:
        os.umask(umask)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bestaand.json", "nieuw.json"]


@pytest.mark.parametrize(
    "veld,waarde,hint",
    [
        ("categorie", "diabetis", "bedoelde u 'diabetes'?"),
        ("acuut_complex", "Ja", "bedoelde u 'ja'?"),
    ],
)
def test_wrong_value_close_to_a_valid_one_gets_a_suggestion(alles_ja, veld, waarde, hint):
    alles_ja["patientgroep"][veld] = waarde
    with pytest.raises(InvoerFout) as exc:
        evaluate(alles_ja)
    assert exc.value.pad == f"patientgroep.{veld}"
    assert hint in exc.value.problemen[0].nl


def test_the_evaluator_knows_no_adapter():
    """The core takes proposals only (issue 15): importing the evaluator and evaluating a proposal
    loads no FHIR adapter, no questionnaire, no CLI and no pydantic."""
    code = (
        "import json, sys\n"
        "from substitutiecheck.evaluation import evaluate, resolve_pack\n"
        "pack = resolve_pack(None)\n"
        "print(evaluate(json.load(open(sys.argv[1], encoding='utf-8')), pack).advies)\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in "
        "('questionary', 'click', 'pydantic') or m.startswith(('substitutiecheck.fhir', "
        "'substitutiecheck.questionnaire', 'substitutiecheck.cli'))]\n"
        "print(json.dumps(sorted(loaded)))\n"
    )
    example = ROOT / "examples" / "voorstellen" / "diabetes-ketenzorg-utrecht.json"
    run = subprocess.run(
        [sys.executable, "-c", code, str(example)], capture_output=True, text=True, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    advies, loaded = run.stdout.splitlines()
    assert advies == "go"
    assert json.loads(loaded) == []


@pytest.mark.parametrize("plek", ["waarde", "sleutel", "keuze"])
def test_an_error_about_a_lone_surrogate_can_itself_be_printed(voorbeeld, plek):
    """A lone surrogate in a key or a choice gave an InvoerFout whose text held it, so
    print(error) raised UnicodeEncodeError (an adversarial test): values are shown escaped."""
    if plek == "waarde":
        voorbeeld["randvoorwaarden"]["ict"] = "j\ud800"
    elif plek == "sleutel":
        voorbeeld["x\ud800"] = 1
    else:
        voorbeeld["patientgroep"]["categorie"] = "\ud800"
    with pytest.raises(InvoerFout) as exc:
        evaluate(voorbeeld)
    tekst = str(exc.value)
    assert "\\ud800" in tekst and tekst.encode("utf-8")
    assert all(regel.encode("utf-8") for regel in exc.value.regels("en"))
