"""How a report's parts become JSON (report format version 2, issue 18).

A part names what is constant per pack and language by id: its sources (``"bronnen":
["raedelijn", "nivel2013"]``), a finding's rule texts (table ``regels``), a form of collaboration,
a financing route, a group or a randvoorwaarde. The texts behind those ids are printed once per
document, in tables (:mod:`substitutiecheck.report_tables`); what varies per proposal stays in
the report. Each part class declares that on itself:

* ``_TABEL = (table, key field)``: the part is an entry of that table; the fields in
  ``_IN_TABEL`` are left out of the report (they are the entry) and the part cites its key;
* ``_VERWIJST = {field: table}``: the field holds parts (or one part) of that table, written as
  their ids;
* a :class:`~substitutiecheck.report.BronVerwijzing` anywhere in a part is written as its id
  (table ``bronnen``).

Every part keeps its JSON once made (compact as UTF-8, :meth:`Deel.naar_utf8` by the writer per
class of :mod:`substitutiecheck.report_utf8`; indented for ``--format json``) and what it cites:
parts are frozen and shared between reports (findings, the notes per category), so a big batch
encodes a shared part once, not once per report. Compact ``naar_json()`` is that UTF-8 decoded:
one writer for compact JSON.

``volledig=True`` gives the old shape (version 1: every source and text written out in full), for
documents that embed one report whole (``combineer``) and for code that compares saved reports.
"""

from __future__ import annotations

import json
from dataclasses import Field, fields
from typing import Any, ClassVar

RAPPORTVERSIE = 2
"""The version of the JSON shape of a report (1: sources and texts in full, before issue 18)."""

GEMAAKTE_TEKSTEN = ("_json_ingesprongen", "_utf8")
"""Where a part keeps its JSON once made (in its ``__dict__``, outside the fields): a copy with a
changed field drops them (``Rapport.met_invoer``)."""

Verwijzing = tuple[str, str]
"""(table, id): one entry of a document's tables that a part cites."""


class Deel:
    """Serialisation shared by every part of a report: ``naar_dict`` (plain JSON types, in field
    order, like ``json.loads(naar_json())``) and ``naar_json`` (compact, UTF-8 text).

    Every part is a plain frozen dataclass whose sequences are tuples, so a report is deeply
    immutable: parts can be shared between reports without one report ever changing another.
    That is also what makes it safe for each part to keep its own JSON text once made."""

    __pydantic_config__ = {"extra": "forbid", "use_attribute_docstrings": True}
    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]  # every part is a dataclass

    _TABEL: ClassVar[tuple[str, str] | None] = None
    _IN_TABEL: ClassVar[tuple[str, ...]] = ()
    _VERWIJST: ClassVar[dict[str, str]] = {}
    _ALS_ID: ClassVar[bool] = False
    """Written as its id wherever it appears inside another part (a source)."""

    @classmethod
    def _namen(cls) -> tuple[str, ...]:
        names = cls.__dict__.get("_NAMEN")
        if names is None:
            names = tuple(f.name for f in fields(cls))
            cls._NAMEN = names  # type: ignore[attr-defined]
        return names

    @classmethod
    def _rapport_namen(cls) -> tuple[str, ...]:
        """The fields written in a report (version 2): the table's fields left out."""
        names = cls.__dict__.get("_RAPPORT_NAMEN")
        if names is None:
            names = tuple(n for n in cls._namen() if n not in cls._IN_TABEL)
            cls._RAPPORT_NAMEN = names  # type: ignore[attr-defined]
        return names

    @classmethod
    def _plan(cls) -> tuple[tuple[str, str, bool], ...]:
        """Per field written in a report: its name, its ``"name":`` and whether it holds
        references (made once per class: writing a part walks no more than this)."""
        plan = cls.__dict__.get("_PLAN")
        if plan is None:
            plan = tuple((n, f'"{n}":', n in cls._VERWIJST) for n in cls._rapport_namen())
            cls._PLAN = plan  # type: ignore[attr-defined]
        return plan

    def _waarde(self, name: str) -> Any:
        """The value of field ``name`` as written in a report: references as ids (a tuple)."""
        value = getattr(self, name)
        if name in self._VERWIJST:
            if isinstance(value, tuple):
                return tuple(v.id for v in value)
            return None if value is None else value.id
        return value

    # -- version 2 (ids) ------------------------------------------------------------------------

    def naar_dict(self, volledig: bool = False) -> dict[str, Any]:
        """The part as plain JSON types; ``volledig``: the old shape, every text in full."""
        if volledig:
            return {name: _dict_volledig(getattr(self, name)) for name in self._namen()}
        return {name: _dict(self._waarde(name)) for name in self._rapport_namen()}

    def naar_json(self, ingesprongen: bool = False, volledig: bool = False) -> str:
        """Compact JSON; with ``ingesprongen`` the text of ``json.dumps(naar_dict(), indent=2,
        ensure_ascii=False)`` (the json module writes indented JSON in pure Python, ~5x slower)."""
        if volledig:
            return json.dumps(
                self.naar_dict(volledig=True),
                ensure_ascii=False,
                indent=2 if ingesprongen else None,
                separators=None if ingesprongen else (",", ":"),
            )
        if not ingesprongen:
            return self.naar_utf8().decode("utf-8")  # one writer for compact JSON
        cached: str | None = self.__dict__.get("_json_ingesprongen")
        if cached is None:
            cached = (
                "{"
                + ",".join(
                    [
                        f'\n  "{name}": '
                        + _json_ingesprongen(self._waarde(name)).replace("\n", "\n  ")
                        for name in self._rapport_namen()
                    ]
                )
                + "\n}"
            )
            self.__dict__["_json_ingesprongen"] = cached  # frozen: bypasses __setattr__
        return cached

    def naar_utf8(self) -> bytes:
        """``naar_json()`` encoded as UTF-8, made from the parts' own UTF-8 (kept once made), so
        a report's shared parts are encoded once, not once per report (``--format jsonl``; the
        writer per class is made by :mod:`substitutiecheck.report_utf8`)."""
        cached: bytes | None = self.__dict__.get("_utf8")
        if cached is None:
            cls = type(self)
            schrijf = cls.__dict__.get("_SCHRIJVER")
            if schrijf is None:
                from .report_utf8 import schrijver

                schrijf = schrijver(cls)
                cls._SCHRIJVER = schrijf  # type: ignore[attr-defined]
            cached = schrijf(self)
            self.__dict__["_utf8"] = cached
        return cached

    def verwijzingen(self) -> frozenset[Verwijzing]:
        """The table entries this part cites, its nested parts included (kept once made)."""
        cached: frozenset[Verwijzing] | None = self.__dict__.get("_verwijzingen")
        if cached is None:
            out: set[Verwijzing] = set()
            if self._TABEL is not None:
                out.add((self._TABEL[0], getattr(self, self._TABEL[1])))
            for name in self._rapport_namen():
                value = getattr(self, name)
                table = self._VERWIJST.get(name)
                if table is not None:
                    for v in value if isinstance(value, tuple) else (value,):
                        if v is not None:
                            out.add((table, v.id))
                else:
                    _verzamel(value, out)
            cached = frozenset(out)
            self.__dict__["_verwijzingen"] = cached
        return cached


def _verzamel(value: Any, out: set[Verwijzing]) -> None:
    if isinstance(value, Deel):
        if value._ALS_ID:
            out.add(("bronnen", value.id))  # type: ignore[attr-defined]
        else:
            out |= value.verwijzingen()
    elif isinstance(value, tuple):
        for v in value:
            _verzamel(v, out)


def _dict(value: Any) -> Any:
    if isinstance(value, Deel):
        return value.id if value._ALS_ID else value.naar_dict()  # type: ignore[attr-defined]
    if isinstance(value, tuple):
        return [_dict(v) for v in value]
    return value


def _dict_volledig(value: Any) -> Any:
    if isinstance(value, Deel):
        return value.naar_dict(volledig=True)
    if isinstance(value, tuple):
        return [_dict_volledig(v) for v in value]
    return value


dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


_string = json.encoder.encode_basestring  # what ``dumps`` does with a str (in C)


def _json_ingesprongen(value: Any) -> str:
    if isinstance(value, Deel):
        if value._ALS_ID:
            return _string(value.id)  # type: ignore[attr-defined]
        return value.naar_json(ingesprongen=True)
    if type(value) is tuple:
        if not value:
            return "[]"
        return (
            "["
            + ",".join(["\n  " + _json_ingesprongen(v).replace("\n", "\n  ") for v in value])
            + "\n]"
        )
    return dumps(value)  # a plain value: the same as compact
