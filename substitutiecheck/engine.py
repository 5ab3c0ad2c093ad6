"""The one module that talks to durable_rules. Every quirk of that engine stays here.

Design (see ENGINE-NOTES.md; each point has a test in tests/test_engine_hazards.py):

* One long-lived host per rule pack (keyed by the pack's content hash), never one per evaluation.
  Our host subclass does not start durable's two timer threads: we use no timers, and the
  threads would otherwise dispatch actions concurrently with us and never stop.
* Facts, not events: a checklist needs every matching rule to fire.
* Every rule is guarded by a per-evaluation marker (``__eval``), and a sentinel rule matches
  the marker alone, so every assertion is handled: no ``MessageNotHandledException``, no
  segfault on ``delete_state`` of an unmatched fact, no ``$nex`` hang (we never emit ``$nex``).
* One fresh session (sid) per evaluation, one flat fact in it, ``delete_state`` in ``finally``:
  at most one live session at a time, far below the cap of 1024.
* durable segfaults when one fact matches more than 64 rules at once: a big pack is split over
  several rulesets of at most MAX_FRAMES possible matches each (the shipped pack fits in one).
* Exceptions inside actions would be swallowed by durable's dispatch (the returned state carries
  them): we don't use it, and raise :class:`EngineFout`.
* The C engine is not thread-safe: one lock per host; evaluations are serialised.
* Actions are run by our own loop on durable's C API (assert, start_action_for_state,
  complete_and_start_action), not by durable's Python dispatch: that cost ~25 us per fired rule
  and ran actions inside ``except BaseException``, so an error became state text and a Ctrl-C
  landing in an action came out as an engine error. Ours raise :class:`EngineFout` and let
  KeyboardInterrupt through.
* Each session makes the C engine allocate a large block (several hundred KB) that
  ``delete_state`` frees. With glibc's default settings the heap then grows again for the next
  evaluation: an evaluation plus its JSON report took 310-380 us instead of 140-160 us. After the
  first evaluations, :func:`_keep_heap_slack` asks glibc for 4 MB of slack at the top of the heap
  (``mallopt(M_TOP_PAD)``; raising ``M_TRIM_THRESHOLD`` instead did not help). Not on the first
  evaluation, so a one-file ``check`` does not pay for importing ctypes.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .conditions import Alle, Bezoeker, Blad, EenVan, Knoop, Niet, lees
from .errors import EngineFout, InstallatieFout, Probleem

MARKER = "__eval"
SENTINEL = "__sentinel"


def fact_key(path: str) -> str:
    """The flat fact property for a proposal field path ('randvoorwaarden.ict')."""
    return path.replace(".", "__")


class _Compiler(Bezoeker[dict[str, Any]]):
    """The durable_rules JSON of a condition tree; ``negate``: of its negation."""

    def __init__(self, negate: bool = False) -> None:
        self.negate = negate

    def blad(self, k: Blad) -> dict[str, Any]:
        prop, equal = fact_key(k.veld), k.positief != self.negate
        leaves = [{prop: v} if equal else {"$neq": {prop: v}} for v in k.waarden]
        if len(leaves) == 1:
            return leaves[0]
        return {"$or": leaves} if equal else {"$and": leaves}

    def _samen(self, delen: tuple[Knoop, ...], all_: bool) -> dict[str, Any]:
        parts = [self.bezoek(c) for c in delen]
        op = "$and" if all_ != self.negate else "$or"
        return parts[0] if len(parts) == 1 else {op: parts}

    def alle(self, k: Alle) -> dict[str, Any]:
        return self._samen(k.delen, True)

    def een_van(self, k: EenVan) -> dict[str, Any]:
        return self._samen(k.delen, False)

    def niet(self, k: Niet) -> dict[str, Any]:
        return _Compiler(not self.negate).bezoek(k.deel)


def compile_condition(cond: Mapping[str, Any] | Knoop, negate: bool = False) -> dict[str, Any]:
    """Compile the pack's condition language into a durable_rules JSON condition.

    durable has no general 'not', so negation is pushed down to the leaves (De Morgan).
    Every field is always present in the fact, so '$neq' never meets an absent field.
    """
    return _Compiler(negate).bezoek(lees(cond))


def load_durable() -> tuple[Any, Any]:
    """durable's engine module and our host class; InstallatieFout if durable does not load."""
    try:
        from durable import engine as durable_engine
    except ImportError as e:
        raise durable_ontbreekt(e) from e

    class QuietHost(durable_engine.Host):  # type: ignore[misc]  # durable has no types
        """A Host without the two timer threads durable starts (and never stops)."""

        def _run(self) -> None:  # noqa: D401 - overriding durable's thread starter
            return None

    return durable_engine, QuietHost


DURABLE_EIGEN_BOUW = (3, 13)
"""From this Python on, durable-rules 2.0.28 from PyPI does not import (``PyEval_CallObject`` left
the C API); ``make`` builds it with upstream's fix (tools/bouw_durable.py) and pyproject.toml
does not ask pip for it there."""


def durable_ontbreekt(e: ImportError, python: tuple[int, int] | None = None) -> InstallatieFout:
    """The one sentence a user whose durable_rules does not load gets: what to run."""
    python = python or (sys.version_info[0], sys.version_info[1])
    versie = f"{python[0]}.{python[1]}"
    if python >= DURABLE_EIGEN_BOUW:
        nl = (
            f"durable-rules kan niet worden geladen ({e}): op Python {versie} werkt de release "
            f"op PyPI niet; draai in de broncode van substitutiecheck 'make wheelhouse' en "
            f"installeer dan beide wielen met 'pip install wheelhouse/*.whl' (of gebruik "
            f"'make voorbeelden', dat dit zelf doet)"
        )
        en = (
            f"durable-rules cannot be loaded ({e}): on Python {versie} the release on PyPI does "
            f"not work; run 'make wheelhouse' in the substitutiecheck source, then install both "
            f"wheels with 'pip install wheelhouse/*.whl' (or use 'make voorbeelden', which does "
            f"this itself)"
        )
    else:
        nl = (
            f"durable-rules kan niet worden geladen ({e}): installeer het met "
            f"'pip install durable-rules==2.0.28' (dat heeft een C-compiler en de "
            f"Python-headers nodig)"
        )
        en = (
            f"durable-rules cannot be loaded ({e}): install it with "
            f"'pip install durable-rules==2.0.28' (this needs a C compiler and the Python "
            f"headers)"
        )
    return InstallatieFout(Probleem("", nl, en))


class RuleEngine:
    """A compiled set of rules: ``fire(fact)`` returns the keys of the rules whose condition holds."""

    def __init__(self, name: str, rules: Sequence[tuple[str, Mapping[str, Any] | Knoop]]) -> None:
        durable_engine, QuietHost = load_durable()
        self.name = name
        self._fired: list[str] = []
        self._lock = threading.Lock()
        self._sids = itertools.count(1)
        self._order = {key: i for i, (key, _) in enumerate(rules)}
        compiled = [(key, compile_condition(cond)) for key, cond in rules]
        groups = _groups(compiled)
        # one ruleset when the pack is small enough (the shipped one is); else name__0, name__1...
        self.names = [name] if len(groups) == 1 else [f"{name}__{g}" for g in range(len(groups))]
        definitions: dict[str, Any] = {}
        index = 0
        for ruleset, group in zip(self.names, groups, strict=True):
            definition: dict[str, Any] = {
                SENTINEL: {"all": [{"m": {"$ex": {MARKER: 1}}}], "run": self._sentinel}
            }
            for key, cond in group:
                definition[f"r{index}"] = {
                    "all": [{"m": {"$and": [{"$ex": {MARKER: 1}}, cond]}}],
                    "run": self._recorder(key),
                }
                index += 1
            definitions[ruleset] = definition
        actions = {
            ruleset: {rule: d["run"] for rule, d in definition.items()}
            for ruleset, definition in definitions.items()
        }  # set_rulesets deletes 'run'
        self._host = QuietHost()
        try:
            self._host.set_rulesets(definitions)
        except Exception as e:  # durable reports bad conditions as bare error codes
            raise EngineFout(f"durable_rules weigert het regelpakket '{name}': {e}") from e
        self._c = durable_engine.durable_rules_engine
        self._rulesets = [(self._host.get_ruleset(n)._handle, actions[n]) for n in self.names]
        self.gesloten = False

    def sluit(self) -> None:
        """Free the engine's rulesets in durable's C heap (an engine left to the garbage
        collector keeps them: durable has no finaliser). Waits for a running ``fire``; a later
        ``fire`` raises :class:`EngineGesloten`."""
        with self._lock:
            if self.gesloten:
                return
            self.gesloten = True
            for handle, _ in self._rulesets:
                with contextlib.suppress(Exception):  # freeing is best effort
                    self._c.delete_ruleset(handle)
            self._rulesets = []

    def _recorder(self, key: str) -> Callable[[Any], None]:
        fired = self._fired

        def record(_closure: Any) -> None:
            fired.append(key)

        return record

    @staticmethod
    def _sentinel(_closure: Any) -> None:
        return None

    def fire(self, fact: Mapping[str, str]) -> list[str]:
        """Assert one fact in a fresh session; return the keys of the rules that fired."""
        return self.fire_many((fact,))[0]

    def fire_many(self, facts: Sequence[Mapping[str, str]]) -> list[list[str]]:
        """The keys of the rules that fired (each once, in rule order) for every fact, in order:
        the same as ``[fire(f) for f in facts]``, with up to SESSION_FACTS facts asserted into one
        session (each under its own id), which is deleted when they are done."""
        out: list[list[str]] = []
        with self._lock:
            if self.gesloten:
                raise EngineGesloten(self.name)
            for start in range(0, len(facts), SESSION_FACTS):
                out.extend(self._session(facts[start : start + SESSION_FACTS]))
        return out

    def _session(self, facts: Sequence[Mapping[str, str]]) -> list[list[str]]:
        """Fire ``facts`` in one fresh session (the lock is held)."""
        n = next(self._sids)
        if n == HEAP_SLACK_AFTER:
            _keep_heap_slack()
        sid = str(n)
        fired = self._fired
        order = self._order.__getitem__
        out: list[list[str]] = []
        opened: list[int] = []  # the rulesets that have this session
        fired.clear()
        try:
            for i, fact in enumerate(facts):
                payload: dict[str, Any] = dict(fact)
                payload["sid"] = sid
                payload["id"] = str(i)  # unique in the session: identical facts may repeat
                payload[MARKER] = 1
                text = json.dumps(payload, ensure_ascii=False)
                for handle, actions in self._rulesets:
                    if not i:
                        opened.append(handle)
                    self._assert(handle, actions, text)
                # an '$or' fires once per matching branch: report each rule once, in rule order
                out.append(sorted(set(fired), key=order))
                fired.clear()
        except BaseException:
            fired.clear()
            for handle in opened:  # durable may not have made the session: error 309
                with contextlib.suppress(Exception):
                    self._c.delete_state(handle, sid)
            raise
        for handle in opened:
            self._c.delete_state(handle, sid)
        return out

    def _assert(self, handle: int, actions: Mapping[str, Any], text: str) -> None:
        """Assert, then run the matched actions ourselves, straight on durable's C API.

        durable's Python dispatch (Closure, Promise, a JSON round trip of the state per action)
        cost ~25 us per fired rule and caught every BaseException; our actions only record a
        key, so this loop calls them directly: an error in one propagates (as EngineFout), a
        Ctrl-C as KeyboardInterrupt.
        """
        c = self._c
        code, state = c.assert_fact(handle, text)
        if code == 1:  # the sentinel prevents this
            raise EngineFout(f"feit niet afgehandeld door durable_rules: {text}")
        if code == 2:  # a unique id per fact in a session prevents this
            raise EngineFout(f"feit al eerder gezien door durable_rules: {text}")
        started = c.start_action_for_state(handle, state if code == 0 else 0)
        message = started[1] if started else None
        while message:
            name = message[2 : message.index('"', 2)]  # '{"r12":{"m":{...}}}'
            try:
                actions[name](None)
            except Exception as e:
                raise EngineFout(f"fout in een regelactie ({name}): {e!r}") from e
            message = c.complete_and_start_action(handle, state)


SESSION_FACTS = 1024
"""Most facts asserted into one durable session by :meth:`RuleEngine.fire_many`. Each fact has
its own id in the session ('0', '1', ...); durable tells facts apart by a 32-bit FNV-1 hash of
the id, and those of '0'..'65535' are distinct (tested), so no fact is taken for another."""


HEAP_SLACK_AFTER = 32  # evaluations per engine before the heap is tuned (once per process)
HEAP_SLACK = 4 * 2**20
_M_TOP_PAD = -2  # glibc malloc.h
_heap_tuned = False


def _keep_heap_slack() -> bool:
    """Keep HEAP_SLACK spare at the top of glibc's heap (see the module docstring). Once per
    process; a no-op where there is no glibc mallopt. Returns whether glibc accepted it."""
    global _heap_tuned
    if _heap_tuned or not sys.platform.startswith("linux"):
        return False
    _heap_tuned = True
    try:
        import ctypes

        return bool(ctypes.CDLL(None).mallopt(_M_TOP_PAD, HEAP_SLACK) == 1)
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False


MAX_FRAMES = 48
"""Most rule matches one assertion may produce in one ruleset. durable 2.0.28 segfaults when a
single fact is matched by more than 64 rules at once (65 plus the sentinel: measured, see
tests/test_engine_hazards.py), so bigger packs are split over several rulesets, with margin."""


def _matches(cond: Mapping[str, Any]) -> int:
    """How many rule matches (durable frames) a compiled condition can produce for one fact:
    every branch of an '$or' that holds fires the action once; equality tests of one property
    exclude each other."""
    if "$or" in cond:
        parts = cond["$or"]
        props = {next(iter(p)) for p in parts if len(p) == 1 and not next(iter(p)).startswith("$")}
        if len(props) == 1 and all(len(p) == 1 and next(iter(p)) in props for p in parts):
            return 1
        return sum(_matches(p) for p in parts)
    if "$and" in cond:
        n = 1
        for p in cond["$and"]:
            n *= _matches(p)
        return n
    return 1


def _groups(compiled: list[tuple[str, dict[str, Any]]]) -> list[list[tuple[str, dict[str, Any]]]]:
    groups: list[list[tuple[str, dict[str, Any]]]] = [[]]
    load = 0
    for key, cond in compiled:
        n = _matches(cond)
        if n > MAX_FRAMES:
            raise EngineFout(
                f"regel '{key}' kan {n} keer tegelijk afgaan; durable_rules kan er "
                f"hoogstens {MAX_FRAMES} aan (vereenvoudig de voorwaarde)"
            )
        if groups[-1] and load + n > MAX_FRAMES:
            groups.append([])
            load = 0
        groups[-1].append((key, cond))
        load += n
    return groups


class EngineGesloten(EngineFout):
    """``fire`` on an engine that the cache has closed (it was the least recently used): the
    caller gets a fresh one from :func:`engine_for`."""


MAX_ENGINES = 16
"""Engines kept at once (least recently used first out; each holds durable's C rulesets, some
hundreds of KB to MB). A library user who checks against many packs in turn keeps at most this
many; raise it when more packs are used side by side."""

_ENGINES: OrderedDict[str, RuleEngine] = OrderedDict()
_ENGINES_LOCK = threading.Lock()


def engine_for(name: str, rules: Iterable[tuple[str, Mapping[str, Any] | Knoop]]) -> RuleEngine:
    """The cached engine for a rule set; ``name`` must identify the rules (include a hash).
    The cache keeps the MAX_ENGINES most recently used engines and closes the others."""
    with _ENGINES_LOCK:
        eng = _ENGINES.get(name)
        if eng is not None and not eng.gesloten:
            _ENGINES.move_to_end(name)
            return eng
        eng = _ENGINES[name] = RuleEngine(name, list(rules))
        _ENGINES.move_to_end(name)
        while len(_ENGINES) > max(1, MAX_ENGINES):
            _, old = _ENGINES.popitem(last=False)
            old.sluit()
        return eng
