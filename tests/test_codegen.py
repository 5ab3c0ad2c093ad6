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
    assert 'File "<frozen test_the_three_generators_use_it.<locals>.MetFabriek>"' in tekst
    assert "__frozen_factory_0__() if x is __frozen_factory__ else x" in tekst
