"""What the program builds from a loaded rule pack to run it, kept apart from the pack itself.

A :class:`~substitutiecheck.pack.Regelpakket` is data: frozen, shared freely between threads.
Everything derived from it at run time lives in one :class:`PakketRuntime` per loaded pack,
owned by this module and reached only through :func:`runtime_for`:

* ``engine``: the compiled durable_rules engine and, per engine key, its rule and whether it is
  the blocking variant (``evaluation``); dropped when the engine cache closes the engine, and in
  a batch worker after fork (``batch``);
* ``fact_plan``: what an evaluation needs that is constant per pack (``evaluation_plan.Plan``):
  how to build the flat fact, the pack's stamp, the fact key each rule reads, names by id;
* ``bevindingen``: the finding and missing condition per (engine key, answer, language), frozen
  and shared between reports (``evaluation``), bounded;
* ``toelichting``: the notes around the verdict that depend on a few ids only (``context``);
* ``contract``, ``voorstel_modellen``, ``elders``, ``snel``: the proposal contract, its pydantic
  models per language, where each field name lives, the validator's fast path (``model``);
* ``vragenlijst``: the shipped questionnaire expanded for the pack, for FHIR (``fhir.common``);
* ``index``: the pack's items by id, per section (``Regelpakket.categorie()`` and friends);
* ``rapport``: the pack's report tables and the JSON Lines header, per language, encoded once
  (``report_tables``);
* ``herkomst``: where each item of an extending pack came from, to name the right file in an
  error (set by the loader, ``pack.loading``).

No module writes private keys into a pack's ``__dict__`` (the pack's own ``cached_property``
values, such as ``velden`` and ``regels``, are its data, derived from its fields alone). A pack is
not hashable (its fields hold dicts), so the runtimes are keyed by the pack's identity and held
weakly: a runtime goes with its pack. Filling a slot is idempotent (two threads may build the
same value; one wins).
"""

from __future__ import annotations

import functools
import threading
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .pack import Regelpakket

MAX_BEVINDINGEN = 100_000
"""Most findings kept per pack (keys x answers x languages is small for any real pack)."""


@dataclass(eq=False)
class PakketRuntime:
    """The run-time state of one loaded pack (see the module docstring for who fills what)."""

    engine: Any = None
    fact_plan: Any = None
    bevindingen: dict[Any, Any] = field(default_factory=dict)
    toelichting: dict[Any, Any] = field(default_factory=dict)
    contract: Any = None
    voorstel_modellen: dict[str, Any] = field(default_factory=dict)
    elders: Any = None
    snel: Any = None
    vragenlijst: Any = None
    index: dict[str, dict[str, Any]] = field(default_factory=dict)
    herkomst: Any = None
    rapport: dict[Any, Any] = field(default_factory=dict)


_RUNTIMES: dict[int, tuple[weakref.ref[Any], PakketRuntime]] = {}
_LOCK = threading.Lock()


def runtime_for(pack: Regelpakket) -> PakketRuntime:
    """The runtime of ``pack``, made at the first call (thread-safe)."""
    entry = _RUNTIMES.get(id(pack))
    if entry is not None and entry[0]() is pack:
        return entry[1]
    with _LOCK:
        entry = _RUNTIMES.get(id(pack))
        if entry is not None and entry[0]() is pack:
            return entry[1]
        key = id(pack)
        ref = weakref.ref(pack, functools.partial(_forget, key))
        runtime = PakketRuntime()
        _RUNTIMES[key] = (ref, runtime)
        return runtime


def _forget(
    key: int,
    ref: weakref.ref[Any],
    runtimes: dict[int, tuple[weakref.ref[Any], PakketRuntime]] = _RUNTIMES,
    lock: threading.Lock = _LOCK,
) -> None:
    """The pack of ``ref`` is gone: drop its runtime (unless the id is already reused). The
    table and lock are bound as defaults: at interpreter exit the module's globals may already
    be None when the last packs go."""
    with lock:
        entry = runtimes.get(key)
        if entry is not None and entry[0] is ref:
            del runtimes[key]


def pakket_met_hash(hash: str) -> Regelpakket | None:
    """A loaded pack (one with a runtime) whose content hash is ``hash``, or None: how a report,
    which carries its pack's stamp, finds the tables of its pack (``report_tables``)."""
    with _LOCK:
        refs = [ref for ref, _ in _RUNTIMES.values()]
    for ref in refs:
        pack = ref()
        if pack is not None and pack.hash == hash:
            found: Regelpakket = pack
            return found
    return None


def vergeet_engines() -> None:
    """Drop every pack's engine (a forked batch worker must never use its parent's durable host)."""
    with _LOCK:
        for _, runtime in _RUNTIMES.values():
            runtime.engine = None
