"""``--format text`` names the inputs that could not be checked at the end of the report, as
markdown and html do (found by a user trial: a text report written with ``-o`` said "2 ongeldig"
but not which; those lines were on stderr only)."""

from __future__ import annotations

import io

from conftest import EXAMPLES, run_cli

from substitutiecheck.errors import InvoerFout, probleem
from substitutiecheck.reporters import reporter_by_name
from substitutiecheck.reporters import text as text_module


def _batch(tmp_path):
    goed = (EXAMPLES / "diabetes-ketenzorg-utrecht.json").read_text("utf-8")
    regels = [goed.replace("\n", " "), "{kapot", '{"patientgroep": 1}', goed.replace("\n", " ")]
    pad = tmp_path / "batch.jsonl"
    pad.write_text("\n".join(regels) + "\n", "utf-8")
    return pad


def test_the_text_report_lists_each_invalid_input_with_its_line(tmp_path):
    pad = _batch(tmp_path)
    for taal, kop in (("nl", "Ongeldige invoer:"), ("en", "Invalid input:")):
        uit = tmp_path / f"rapport-{taal}.txt"
        r = run_cli("check", str(pad), "-o", str(uit), "--lang", taal)
        assert r.returncode == 2, r.stderr
        tekst = uit.read_text("utf-8")
        deel = "".join(tekst[tekst.index(kop) :].split())  # wrapped at the width: no spaces
        # the lines of stderr, without their 'fout: ' / 'error: ', each input once
        for regel in r.stderr.decode().splitlines():
            assert "".join(regel.split(": ", 1)[1].split()) in deel, (regel, deel)
        assert f"{pad}:2:" in deel and f"{pad}:3:patientgroep" in deel
        assert deel.count(f"{pad}:2:") == 1


def test_no_invalid_input_no_list(tmp_path):
    r = run_cli("check", str(EXAMPLES / "diabetes-ketenzorg-utrecht.json"), str(EXAMPLES))
    assert "Ongeldige invoer" not in r.stdout.decode()


def test_the_list_is_bounded_and_counts_the_rest(monkeypatch):
    monkeypatch.setattr(text_module, "FOUTEN_MAX", 3)
    out = io.StringIO()
    rep = reporter_by_name("text")(out=out)
    for i in range(1, 8):
        rep.samenvatting.tel_fout()
        rep.fout(InvoerFout([probleem("", "bestand.leeg")], bestand="b.jsonl", regel=i))
    rep.einde()
    tekst = out.getvalue()
    assert [f"b.jsonl:{i}:" in tekst for i in range(1, 8)] == [True] * 3 + [False] * 4
    assert "… en nog 4 (elk staat in de foutmeldingen)" in tekst
