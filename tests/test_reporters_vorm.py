"""The shape of the reporters and the batch (issue 15, item 10): one shared walk of the notes
around the verdict for every format, what a reporter can do declared on its class, and batch
workers that send back small dataclasses instead of tuples tagged "f" and "r"."""

from __future__ import annotations

import io
import json

import pytest
from conftest import EXAMPLES

from substitutiecheck import batch
from substitutiecheck.evaluation import evaluate
from substitutiecheck.pack import standaard_regelpakket
from substitutiecheck.reporters import Reporter, reporter_by_name
from substitutiecheck.reporters.common import NotesWriter

FORMATS = ["text", "markdown", "html", "csv", "json", "jsonl"]


def _voorstel(naam: str = "diabetes-ketenzorg-utrecht.json") -> dict:
    return json.loads((EXAMPLES / naam).read_text("utf-8"))


class _Spoor(NotesWriter[str]):
    """Records which parts the walk asks for, in order."""

    def stand(self, tl):
        return ["stand"]

    def vormen(self, tl, groep):
        return [f"vormen:{groep}"]

    def triple_aim(self, ta):
        return ["triple_aim"]

    def eerste_lijn(self, el):
        return ["eerste_lijn"]

    def financiering(self, f):
        return ["financiering"]

    def draagvlak(self, d):
        return ["draagvlak"]

    def samenwerking(self, kv, sp):
        return [f"samenwerking:{kv is not None}:{sp is not None}"]


def test_one_walk_gives_the_parts_in_reading_order_and_leaves_out_absent_ones():
    pack = standaard_regelpakket()
    vol = evaluate({**_voorstel(), "triple_aim": {}, "eerste_lijn": {}}, pack)
    assert _Spoor().toelichting(vol.toelichting, vol.categorie_naam) == [
        "stand",
        "vormen:" + vol.categorie_naam,
        "triple_aim",
        "eerste_lijn",
        "financiering",
        "draagvlak",
        "samenwerking:True:True",
    ]
    kaal = evaluate({"patientgroep": {"categorie": "overig"}}, pack)
    parts = _Spoor().toelichting(kaal.toelichting, kaal.categorie_naam)
    assert "triple_aim" not in parts and "eerste_lijn" not in parts
    assert parts[-1] == "samenwerking:True:False"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_human_format_renders_the_notes_through_the_shared_walk(fmt):
    cls = reporter_by_name(fmt)
    assert issubclass(cls, NotesWriter)
    assert not hasattr(cls, "_toelichting")  # no format walks the notes on its own any more


def test_capabilities_are_declared_on_the_class():
    assert Reporter.streaming is False and Reporter.fragments is False
    declared = {f: (reporter_by_name(f).streaming, reporter_by_name(f).fragments) for f in FORMATS}
    assert declared == {
        "text": (False, True),  # its numbers of sources are given in input order (text_bronnen)
        "markdown": (False, False),
        "html": (False, False),
        "csv": (False, False),
        "json": (False, True),
        "jsonl": (True, False),
    }


def test_a_reporter_that_declares_nothing_is_fed_in_one_process(monkeypatch):
    """The batch asks the class, never hasattr: a reporter with a ``fragment`` method of its own
    but no declaration still gets every report in this process, even with --jobs 4."""

    class Eigen(Reporter):
        def fragment(self, rapport):  # not declared: must not be used
            raise AssertionError("fragment() called on a reporter that declares no fragments")

        def rapport(self, rapport):
            self.out.write(rapport.advies + "\n")

    def geen_pool(*args, **kwargs):
        raise AssertionError("a pool of workers for a reporter that cannot use one")

    monkeypatch.setattr(batch, "_pool", geen_pool)
    from substitutiecheck.inputs import Item

    out = io.StringIO()
    items = [Item(bron="a.json", regel=None, data=_voorstel(), fout=None)]
    assert batch.verwerk(items, Eigen(out=out), fmt="text", jobs=4) is False
    assert out.getvalue() == "go\n"


def test_workers_send_back_dataclasses(monkeypatch):
    """A chunk comes back as one _Brok: the reports' output as UTF-8 bytes with the length of
    each report's part, the inputs that could not be checked, and the chunk's counts."""
    from substitutiecheck import batch_worker

    pack = standaard_regelpakket()
    cls = reporter_by_name("text")
    monkeypatch.setattr(
        batch_worker,
        "_W",
        {
            "pack": pack,
            "taal": "nl",
            "cls": cls,
            "opmaak": {"kleur": False, "breedte": 88},
            "toelichting": True,
        },
    )
    brok = batch_worker._worker_run(
        [
            ("goed.json", None, _voorstel()),
            ("fout.jsonl", 3, b'{"patientgroep": 1}'),
            ("ook.json", None, _voorstel()),
        ],
        True,
    )
    assert isinstance(brok, batch_worker._Brok)
    lengte, fout, tweede = brok.delen
    assert isinstance(fout, batch_worker._Invalid)
    assert (fout.bestand, fout.regel) == ("fout.jsonl", 3) and fout.problemen
    assert lengte + tweede == len(brok.tekst)  # the file names differ: one byte
    # text is rendered as a fragment: no separator (the parent adds it), the sources defined
    # by the parent (placeholders), so no first-of-the-run variant either
    assert brok.tekst[:lengte].decode("utf-8").startswith("\x02")
    assert not brok.tekst.startswith(b"\n" + b"-" * 88)
    assert brok.eerste is None
    expected = evaluate(_voorstel(), pack)
    assert brok.samenvatting.totaal == 2 and brok.samenvatting.overzicht[0][0] == expected.advies
    assert brok.samenvatting.teller.n == 2  # the text summary shows the bottlenecks


def test_ctrl_c_while_the_pool_starts_still_ends_as_an_interrupt(monkeypatch):
    """Under load a Ctrl-C can arrive while the pool is still starting its threads; shutting it
    down then raised RuntimeError('cannot join thread before it is started'), which hid the
    interrupt and ended as an internal error (exit 3) instead of 130."""

    class Pool:
        def submit(self, *args, **kwargs):
            raise KeyboardInterrupt

        def shutdown(self, *args, **kwargs):
            raise RuntimeError("cannot join thread before it is started")

    monkeypatch.setattr(batch, "_pool", lambda *args, **kwargs: Pool())
    from substitutiecheck.inputs import Item

    items = [Item(bron=f"{i}.json", regel=None, data=_voorstel(), fout=None) for i in range(4)]
    with pytest.raises(KeyboardInterrupt):
        batch.verwerk(items, reporter_by_name("text")(out=io.StringIO()), fmt="text", jobs=2)
