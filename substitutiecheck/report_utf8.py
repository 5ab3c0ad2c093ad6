"""A report part as compact JSON in UTF-8 (:meth:`Deel.naar_utf8`, what ``--format jsonl`` writes),
made by a writer per part class.

The writer is generated once per class from its fields and their declared types, the way
:mod:`dataclasses` makes ``__init__``: one ``b"".join`` of the constant ``{"name":`` pieces and
one expression per field, chosen by the field's type (``str``, ``str | None``, ``bool``, a part,
a tuple of parts); a field of any other type, or a reference to a table, goes through the generic
:func:`utf8`. A part's own UTF-8 is kept once made (shared parts are written once per batch). The
result is byte for byte ``json.dumps(naar_dict(), ensure_ascii=False, separators=(",", ":"))``
in UTF-8 (tests/test_rapport_model.py holds every generated report to that); compact
``naar_json()`` is this, decoded. Against a generic call per field: -7 % of ``check``'s
instructions per proposal in a JSON Lines batch (benchmarks/instructies.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from .codegen import maak_functie
from .report_json import Deel, _string, dumps

Schrijver = Callable[[Any], bytes]


def utf8(value: Any) -> bytes:
    """Any value of a report as compact JSON in UTF-8."""
    kind = type(value)
    if kind is str:
        return _string(value).encode()
    if value is None:
        return b"null"
    if kind is bool:
        return b"true" if value else b"false"
    if kind is tuple:
        return lijst(value)
    if kind is int:
        return int.__repr__(value).encode()
    if isinstance(value, Deel):
        if value._ALS_ID:
            return _string(value.id).encode()  # type: ignore[attr-defined]
        return value.__dict__.get("_utf8") or value.naar_utf8()
    return dumps(value).encode()


def lijst(value: tuple[Any, ...]) -> bytes:
    """A tuple as a JSON list; parts from their kept UTF-8, without a call each. Every element
    is looked at: a caller may build a tuple that mixes kinds (a part, a source, a text)."""
    return (
        b"["
        + b",".join(
            [
                (v.__dict__.get("_utf8") or v.naar_utf8())
                if isinstance(v, Deel) and not v._ALS_ID
                else utf8(v)
                for v in value
            ]
        )
        + b"]"
    )


_DEEL = "(N if (v := d[{n!r}]) is None else (v.__dict__.get('_utf8') or v.naar_utf8()))"
_EXPRESSIES = {
    "str": "S(d[{n!r}]).encode()",
    "str|None": "(N if (v := d[{n!r}]) is None else S(v).encode())",
    "bool": "(T if d[{n!r}] else F)",
    "deel": "(d[{n!r}].__dict__.get('_utf8') or d[{n!r}].naar_utf8())",
    "deel|None": _DEEL,
    "tuple": "L(d[{n!r}])",
}


def _soort(cls: type[Deel], name: str) -> str | None:
    """The kind of field ``name`` of ``cls`` for the writer, from its declared type; None: any
    other type (written by :func:`utf8`)."""
    hint = cls.__dataclass_fields__[name].type
    if not isinstance(hint, str):  # annotations are strings here (from __future__ import)
        return None
    alternatives = sorted(a.strip() for a in hint.split("|"))
    if alternatives in (["str"], ["bool"]):
        return alternatives[0]
    if alternatives == ["None", "str"]:
        return "str|None"
    if len(alternatives) == 1 and alternatives[0].startswith("tuple["):
        return "tuple"
    named = [a for a in alternatives if a != "None"]
    if len(named) != 1:
        return None
    part = _klasse(cls, name, named[0])
    if part is None or part._ALS_ID:
        return None
    return "deel" if len(alternatives) == 1 else "deel|None"


def _klasse(cls: type[Deel], field: str, naam: str) -> type[Deel] | None:
    """The part class ``naam`` as the module that declares ``field`` sees it, or None."""
    for owner in cls.__mro__:
        if field in owner.__dict__.get("__annotations__", {}):
            found = getattr(sys.modules[owner.__module__], naam, None)
            if isinstance(found, type) and issubclass(found, Deel):
                return found
            return None
    return None  # pragma: no cover - every field is declared on a class of the MRO


def schrijver(cls: type[Deel]) -> Schrijver:
    """The writer of ``cls``: a function of a part to its compact JSON in UTF-8."""
    namespace: dict[str, Any] = {
        "S": _string,
        "N": b"null",
        "T": b"true",
        "F": b"false",
        "L": lijst,
        "U": utf8,
    }
    pieces = ["b'{'"]
    for i, (name, prefix, ref) in enumerate(cls._plan()):
        namespace[f"K{i}"] = ("," if i else "").encode() + prefix.encode()
        pieces.append(f"K{i}")
        soort = None if ref else _soort(cls, name)
        if soort is None:
            value = f"self._waarde({name!r})" if ref else f"d[{name!r}]"
            pieces.append(f"U({value})")
        else:
            pieces.append(_EXPRESSIES[soort].format(n=name))
    pieces.append("b'}'")
    source = (
        f"def schrijf_{cls.__name__}(self):\n"
        "    d = self.__dict__\n"
        f"    return b''.join(({', '.join(pieces)}))\n"
    )
    made: Schrijver = maak_functie(
        source, f"schrijf_{cls.__name__}", f"<schrijver {cls.__qualname__}>", namespace
    )
    return made
