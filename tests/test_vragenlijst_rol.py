"""``substitutiecheck vragenlijst --rol`` (issue 17): who answers goes into the proposal as
'respondent' with every save, a name or organisation already in the file is kept, and a wrong
role is one line with a suggestion before anything starts."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from test_vragenlijst_ui import AFRONDEN, Feeder, _Scherm, kies

from substitutiecheck.questionnaire import laad_vragenlijst
from substitutiecheck.questionnaire.storage import Opslag
from substitutiecheck.questionnaire.ui import StartFout, VragenlijstUI, _respondent

PARTNER = ROOT / "examples" / "partners" / "huisarts.json"


def test_the_role_is_set_and_a_name_in_the_file_is_kept(tmp_path: Path, pack) -> None:
    path = tmp_path / "v.json"
    assert _respondent(pack, "huisarts", str(path), None) == {"rol": "huisarts"}
    path.write_text(json.dumps({"respondent": {"rol": "poh", "naam": "A. de Vries"}}), "utf-8")
    assert _respondent(pack, "poh", str(path), None) == {"rol": "poh", "naam": "A. de Vries"}
    # another role: the name in the file was another party's
    assert _respondent(pack, "huisarts", str(path), None) == {"rol": "huisarts"}
    assert _respondent(pack, None, str(path), None) == {"rol": "poh", "naam": "A. de Vries"}
    other = tmp_path / "nieuw.json"
    assert _respondent(pack, None, str(other), str(PARTNER)) == {
        "rol": "huisarts",
        "organisatie": "Huisartsenpraktijk De Esch",
    }
    with pytest.raises(StartFout) as e:
        _respondent(pack, "huisart", str(path), None)
    assert "bedoelde u 'huisarts'" in str(e.value)


def test_a_wrong_role_is_one_line_and_exit_2_before_the_terminal_is_needed(tmp_path: Path) -> None:
    r = run_cli("vragenlijst", "-o", str(tmp_path / "v.json"), "--rol", "dokter", "--lang", "en")
    assert r.returncode == 2
    err = r.stderr.decode()
    assert "unknown role 'dokter'" in err and "Traceback" not in err
    assert not (tmp_path / "v.json").exists()


def test_revising_with_a_role_saves_the_respondent_and_combineer_reads_it(
    tmp_path: Path, pack
) -> None:
    vl = laad_vragenlijst(pack)
    path = tmp_path / "verzekeraar.json"
    out, err, scherm = io.StringIO(), io.StringIO(), io.StringIO()
    respondent = _respondent(pack, "zorgverzekeraar", str(path), str(PARTNER))
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=_Scherm(scherm)):
        feeder = Feeder(
            pipe, [kies("randvoorwaarden.inkoop_verzekeraar"), kies("nee"), kies(AFRONDEN)]
        )
        ui = VragenlijstUI(vl, Opslag(path, respondent), "nl", out=out, err=err, voor_prompt=feeder)
        feeder.ui = ui
        code = ui.run(str(PARTNER))
        if feeder.timer:
            feeder.timer.cancel()
    assert code == 0
    saved = json.loads(path.read_text("utf-8"))
    assert saved["respondent"] == {"rol": "zorgverzekeraar"}  # not the GP's organisation
    assert saved["randvoorwaarden"]["inkoop_verzekeraar"] == "nee"
    r = run_cli("combineer", str(PARTNER), str(path), "--format", "json")
    d = json.loads(r.stdout)
    assert [p["rol"] for p in d["partijen"]] == ["huisarts", "zorgverzekeraar"]
    assert [v["id"] for v in d["verschillen"]] == ["randvoorwaarden.inkoop_verzekeraar"]
