"""The validator's fast path: a proposal that is valid as it stands, checked by one function per
object of the contract, generated once per pack from the contract (as ``dataclasses`` makes
``__init__``): per field one inline test of the common case (a choice from its set, a text within
its length, an object through its own function, an absent field at its default). Anything else
(a problem, a str subclass, a mapping that is not a dict, an unknown field) makes it return
None, and :func:`~substitutiecheck.model.validate.lees_voorstel` runs the full validator, which
says what is wrong. Where it returns a result, that result is the full validator's
(tests/test_contract.py holds the two equal on valid, mutated and arbitrary input)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..codegen import maak_functie
from .fields import Veld

Snel = Callable[[Any], "dict[str, Any] | None"]

_AFWEZIG = object()


def snelle_controle(veld: Veld) -> Snel:
    """The fast check of the object field ``veld``: its validated value, or None."""
    from .validate import is_utf8

    namespace: dict[str, Any] = {"M": _AFWEZIG, "ALLOWED": frozenset(veld.namen), "UTF8": is_utf8}
    lines = [
        "def snel(data):",
        "    if type(data) is not dict or not ALLOWED.issuperset(data):",
        "        return None",
        "    out = {}",
    ]
    for i, v in enumerate(veld.velden):
        n = repr(v.naam)
        lines.append(f"    v = data.get({n}, M)")
        if v.verplicht:
            lines += ["    if v is M:", "        return None"]
        else:
            namespace[f"LEEG{i}"] = v.leeg  # a fresh default (an object's is a new dict)
            lines += ["    if v is M:", f"        out[{n}] = LEEG{i}()"]
        lines.append("    elif v is None:")
        lines.append(f"        out[{n}] = None" if v.leeg_mag else "        return None")
        if v.soort == "keuze":
            namespace[f"K{i}"] = v.keuze_set
            lines += [f"    elif type(v) is str and v in K{i}:", f"        out[{n}] = v"]
        elif v.soort == "tekst":
            # text that is not ASCII must encode (a lone surrogate: the full validator says so)
            test = "type(v) is str" + (
                f" and len(v) <= {int(v.max_lengte)}" if v.max_lengte is not None else ""
            )
            test += " and (v.isascii() or UTF8(v))"
            lines += [f"    elif {test}:", f"        out[{n}] = v"]
        elif v.soort == "object":
            namespace[f"O{i}"] = snelle_controle(v)
            lines += [
                f"    elif (r := O{i}(v)) is not None:",
                f"        out[{n}] = r",
            ]
        lines += ["    else:", "        return None"]
    lines.append("    return out")
    source = "\n".join(lines) + "\n"
    made: Snel = maak_functie(source, "snel", f"<snel {veld.naam or 'voorstel'}>", namespace)
    return made
