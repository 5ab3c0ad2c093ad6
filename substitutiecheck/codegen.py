"""Functions made from generated source, as :mod:`dataclasses` makes ``__init__``: ``@frozen``'s
``__init__`` (:mod:`.values`), the UTF-8 writer of each report part (:mod:`.report_utf8`) and the
validator's fast path (:mod:`.model.snel`). One place compiles them, each under a file name that
says what made it (``<@frozen Rapport>``), with its source in :mod:`linecache`, so a traceback or
a debugger going through one shows its lines instead of nothing.
"""

from __future__ import annotations

import linecache
import threading
from typing import Any

_LOCK = threading.Lock()
_NAMEN: dict[tuple[str, str], str] = {}
"""(asked file name, source) -> the file name given: the same source again gets the same name"""
_AANTAL: dict[str, int] = {}
"""Asked file name -> how many different sources were given a name from it"""


def maak_functie(source: str, naam: str, bestand: str, namespace: dict[str, Any]) -> Any:
    """The function ``naam`` that ``source`` defines, its globals ``namespace``, compiled as
    file ``bestand`` (``<kind name>``). Another source under a name already given (two classes
    of one name in different modules, a pack loaded again with another contract) gets the name
    with ``#2``, ``#3``, ...: a name is never given to two sources, so each traceback shows its
    own lines (also after ``linecache.clearcache()``, which only forgets them)."""
    with _LOCK:  # two threads generating at once never share a name
        gegeven = _NAMEN.get((bestand, source))
        if gegeven is None:
            n = _AANTAL[bestand] = _AANTAL.get(bestand, 0) + 1
            gegeven = bestand if n == 1 else _met_nummer(bestand, n)
            _NAMEN[bestand, source] = gegeven
        # mtime None: linecache.checkcache keeps the entry (there is no file to compare with)
        linecache.cache[gegeven] = (len(source), None, source.splitlines(keepends=True), gegeven)
    exec(compile(source, gegeven, "exec"), namespace)  # noqa: S102 - our own generated source
    return namespace[naam]


def _met_nummer(bestand: str, n: int) -> str:
    return f"{bestand[:-1]}#{n}>" if bestand.endswith(">") else f"{bestand}#{n}"
