"""Functions made from generated source, as :mod:`dataclasses` makes ``__init__``: ``@frozen``'s
``__init__`` (:mod:`.values`), the UTF-8 writer of each report part (:mod:`.report_utf8`) and the
validator's fast path (:mod:`.model.snel`). One place compiles them, each under a file name that
says what made it (``<frozen Rapport>``), with its source in :mod:`linecache`, so a traceback or
a debugger going through one shows its lines instead of nothing.
"""

from __future__ import annotations

import linecache
from typing import Any


def maak_functie(source: str, naam: str, bestand: str, namespace: dict[str, Any]) -> Any:
    """The function ``naam`` that ``source`` defines, its globals ``namespace``, compiled as
    file ``bestand`` (``<kind name>``). Another source under a name already taken (two classes
    of one name in different modules, a pack loaded again with another contract) gets the name
    with ``#2``, ``#3``, ... so each traceback shows its own lines."""
    lines = source.splitlines(keepends=True)
    bestand = _vrije_naam(bestand, lines)
    exec(compile(source, bestand, "exec"), namespace)  # noqa: S102 - our own generated source
    # mtime None: linecache.checkcache keeps the entry (there is no file to compare with)
    linecache.cache[bestand] = (len(source), None, lines, bestand)
    return namespace[naam]


def _vrije_naam(bestand: str, lines: list[str]) -> str:
    """``bestand``, or with the first free ``#n`` after it when another source has it."""
    kandidaat, n = bestand, 1
    # an entry is (size, mtime, lines, name), or (loader,) for a module's lazily read source
    while (entry := linecache.cache.get(kandidaat)) is not None and entry[2:3] != (lines,):
        n += 1
        kandidaat = f"{bestand[:-1]}#{n}>" if bestand.endswith(">") else f"{bestand}#{n}"
    return kandidaat
