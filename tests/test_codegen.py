"""Generated functions (``codegen.maak_functie``): each made in one place, under a name that says
what made it, and a traceback through one shows its source lines."""

from __future__ import annotations

import linecache
import traceback
from dataclasses import field

import pytest

from substitutiecheck.codegen import maak_functie
from substitutiecheck.values import frozen


def test_a_traceback_through_a_generated_function_shows_its_line():
    f = maak_functie(
        "def deel(a, b):\n    c = a + 1\n    return c / b\n", "deel", "<test deel>", {}
    )
    assert f(3, 2) == 2
    with pytest.raises(ZeroDivisionError) as info:
        f(1, 0)
    tekst = "".join(traceback.format_exception(info.value))
    assert 'File "<test deel>", line 3, in deel' in tekst
    assert "return c / b" in tekst


def test_another_source_under_a_taken_name_gets_its_own_name():
    een = maak_functie("def f():\n    return 1\n", "f", "<test naam>", {})
    weer = maak_functie("def f():\n    return 1\n", "f", "<test naam>", {})
    ander = maak_functie("def f():\n    return 2\n", "f", "<test naam>", {})
    derde = maak_functie("def f():\n    return 3\n", "f", "<test naam>", {})
    namen = [g.__code__.co_filename for g in (een, weer, ander, derde)]
    assert namen == ["<test naam>", "<test naam>", "<test naam#2>", "<test naam#3>"]
    for g, waarde in zip((een, ander, derde), (1, 2, 3), strict=True):
        assert linecache.getline(g.__code__.co_filename, 2).strip() == f"return {waarde}"
    linecache.checkcache()  # no file behind them: kept
    assert linecache.getline("<test naam#3>", 2).strip() == "return 3"


def test_the_three_generators_use_it():
    """``@frozen``'s ``__init__``, a report part's UTF-8 writer and the validator's fast path:
    their sources are in linecache, so an error inside one shows where."""
    from substitutiecheck.model.contract import contract
    from substitutiecheck.model.snel import snelle_controle
    from substitutiecheck.pack import standaard_regelpakket
    from substitutiecheck.report import Rapport
    from substitutiecheck.report_utf8 import schrijver

    for made, begin in (
        (Rapport.__init__, "def __init__("),
        (schrijver(Rapport), "def schrijf_Rapport(self):"),
        (snelle_controle(contract(standaard_regelpakket())), "def snel(data):"),
    ):
        assert linecache.getline(made.__code__.co_filename, 1).startswith(begin), made

    def weigert() -> list[int]:
        raise RuntimeError("fabriek kapot")

    @frozen
    class MetFabriek:
        x: list[int] = field(default_factory=weigert)

    with pytest.raises(RuntimeError) as info:
        MetFabriek()
    tekst = "".join(traceback.format_exception(info.value))
    assert 'File "<@frozen test_the_three_generators_use_it.<locals>.MetFabriek>"' in tekst
    assert "__frozen_factory_0__() if x is __frozen_factory__ else x" in tekst


def test_a_name_is_never_given_twice_not_even_after_linecache_forgets():
    """Found by a review: after ``linecache.clearcache()`` a new source took a name still used by
    a live function, whose traceback then showed the other's lines."""
    a = maak_functie("def f():\n    return 'a'\n", "f", "<test vergeten>", {})
    linecache.clearcache()
    b = maak_functie("def f():\n    return 'b'\n", "f", "<test vergeten>", {})
    assert a.__code__.co_filename != b.__code__.co_filename
    assert linecache.getline(b.__code__.co_filename, 2).strip() == "return 'b'"
    weer = maak_functie("def f():\n    return 'a'\n", "f", "<test vergeten>", {})
    assert weer.__code__.co_filename == a.__code__.co_filename  # its own name back, and lines
    assert linecache.getline(a.__code__.co_filename, 2).strip() == "return 'a'"


def test_threads_generating_at_once_each_get_their_own_name_and_lines(monkeypatch):
    """Found by a review: four threads with a tiny switch interval showed another thread's
    source for half of the functions (no lock between choosing a name and writing it). Here
    each thread also yields in the middle of choosing a name, so only the lock keeps them apart."""
    import sys
    import threading
    import time

    from substitutiecheck import codegen

    class Traag(dict):  # type: ignore[type-arg]
        def get(self, key: object, default: object = None) -> object:
            waarde = super().get(key, default)
            time.sleep(0.0001)  # another thread runs between reading the count and writing it
            return waarde

    monkeypatch.setattr(codegen, "_AANTAL", Traag(codegen._AANTAL))

    made: list[tuple[object, int]] = []

    def werk(t: int) -> None:
        for i in range(100):
            waarde = t * 1000 + i
            f = maak_functie(f"def f():\n    return {waarde}\n", "f", "<test draad>", {})
            made.append((f, waarde))

    oud = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=werk, args=(t,)) for t in range(4)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    finally:
        sys.setswitchinterval(oud)
    namen = {f.__code__.co_filename for f, _ in made}  # type: ignore[attr-defined]
    assert len(namen) == len(made) == 400
    for f, waarde in made:
        naam = f.__code__.co_filename  # type: ignore[attr-defined]
        assert f() == waarde and linecache.getline(naam, 2).strip() == f"return {waarde}"  # type: ignore[operator]


def test_many_sources_under_one_name_are_numbered_in_order():
    namen = [
        maak_functie(f"def f():\n    return {i}\n", "f", "<test reeks>", {}).__code__.co_filename
        for i in range(300)
    ]
    assert namen == ["<test reeks>"] + [f"<test reeks#{n}>" for n in range(2, 301)]
