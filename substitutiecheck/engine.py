"""The one module that talks to durable_rules. Every quirk of that engine stays here.

Design (see the durable_rules section of docs/ontwerp.md; each point has a test in
tests/test_engine_hazards.py):

* One long-lived engine per rule pack (keyed by the pack's content hash), never one per
  evaluation. It makes its rulesets straight in durable's C engine (``create_ruleset``): durable's
  Python ``Host`` would start two timer threads per host that dispatch actions concurrently
  with us and never stop, and we use none of what else it adds.
* Facts, not events: a checklist needs every matching rule to fire.
* Every rule is guarded by a marker (``__eval``), and the first fact of each session also carries
  an opener (``__open``) that a sentinel rule matches: durable never makes a session for a fact
  no rule handles (it segfaults deleting that one); a later fact that matches nothing is simply
  not stored (code 1), and costs no sentinel action. We never emit ``$nex`` (it hangs).
* Deleting a session whose matched actions were never started segfaults too (an error or Ctrl-C
  right after ``assert_fact``): ``_end_session`` starts one first.
* Sessions are reused: each fact goes into the engine's live session under its own id ('0',
  '1'...), and after SESSION_FACTS facts (one ``fire_many`` chunk or many single ``fire`` calls)
  the session is deleted (``delete_state``) and the next fact opens a new one. Making a session
  costs more than firing a fact (durable allocates and clears several hundred KB for it), so this
  halves the engine's cost per proposal. At most one live session per engine, far below the cap
  of 1024; an error while firing deletes it before it propagates.
* durable reads the facts under short property names of the engine's own ('p0', 'p1'...) and
  the JSON text is filled into a template per engine: less for durable to parse per fact and to
  write back per fired rule.
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
import operator
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .conditions import Knoop, lees, velden
from .engine_compile import MAX_FRAMES as MAX_FRAMES  # re-exported: tests and callers
from .engine_compile import _groups
from .engine_compile import _matches as _matches
from .engine_compile import compile_condition as compile_condition
from .engine_compile import fact_key as fact_key
from .errors import EngineFout, InstallatieFout, probleem

MARKER = "__eval"
SENTINEL = "__sentinel"
OPENER = "__open"
"""Carried by the first fact of each session only: the sentinel rule matches it, so that no
session is ever made by a fact that no rule handles (durable segfaults on deleting that one)."""


def load_durable() -> Any:
    """durable's C engine (``durable_rules_engine``); InstallatieFout if it does not load.

    We use the C extension alone: its Python host (``durable.engine``) would only wrap
    ``create_ruleset`` and, per host, start two timer threads that never stop; importing it
    (with logging, random, datetime...) cost ~7 ms of a one-file ``check``."""
    try:
        import durable_rules_engine
    except ImportError as e:
        raise durable_ontbreekt(e) from e
    return durable_rules_engine


DURABLE_EIGEN_BOUW = (3, 13)
"""From this Python on, durable-rules 2.0.28 from PyPI does not import (``PyEval_CallObject`` left
the C API); ``make`` builds it with upstream's fix (tools/bouw_durable.py) and pyproject.toml
does not ask pip for it there."""


def durable_ontbreekt(e: ImportError, python: tuple[int, int] | None = None) -> InstallatieFout:
    """The one sentence a user whose durable_rules does not load gets: what to run."""
    python = python or (sys.version_info[0], sys.version_info[1])
    versie = f"{python[0]}.{python[1]}"
    code = (
        "installatie.durable_eigen_bouw"
        if python >= DURABLE_EIGEN_BOUW
        else "installatie.durable_pip"
    )
    return InstallatieFout(probleem("", code, fout=str(e), versie=versie))


class RuleEngine:
    """A compiled set of rules: ``fire(fact)`` returns the keys of the rules whose condition holds."""

    def __init__(self, name: str, rules: Sequence[tuple[str, Mapping[str, Any] | Knoop]]) -> None:
        c = load_durable()
        self.name = name
        self._fired: list[str] = []
        self._lock = threading.Lock()
        self._sids = itertools.count(1)
        self._order = {key: i for i, (key, _) in enumerate(rules)}
        # durable reads the fact under short property names of our own ('p0', 'p1'...): the JSON
        # durable parses per fact and writes back per fired rule is a third shorter
        trees = [(key, lees(cond)) for key, cond in rules]
        props: dict[str, str] = {}
        for _, tree in trees:
            for veld in velden(tree):
                props.setdefault(fact_key(veld), f"p{len(props)}")
        self._props = props
        self._values: Callable[[Mapping[str, Any]], tuple[Any, ...]] = (
            operator.itemgetter(*props) if len(props) > 1 else lambda f: tuple(f[k] for k in props)
        )
        self._head = '{"sid":"%s","id":"%s"%s,"' + MARKER + '":1' + ("," if props else "")
        # per property, value -> its JSON member ('"p3":"nee"'), made once per value
        self._pairs: list[dict[Any, str]] = [{} for _ in props]
        self._encoded = 0
        self._live: str | None = None  # the session that takes the next facts
        self._live_facts = 0
        self._facts = 0
        compiled = [
            (key, compile_condition(tree, prop=lambda veld: props[fact_key(veld)]))
            for key, tree in trees
        ]
        groups = _groups(compiled)
        # one ruleset when the pack is small enough (the shipped one is); else name__0, name__1...
        self.names = [name] if len(groups) == 1 else [f"{name}__{g}" for g in range(len(groups))]
        definitions: dict[str, Any] = {}
        index = 0
        for ruleset, group in zip(self.names, groups, strict=True):
            definition: dict[str, Any] = {
                SENTINEL: {
                    "all": [{"m": {"$ex": {OPENER: 1}}}],
                    "run": self._sentinel,
                }
            }
            for key, cond in group:
                definition[f"r{index}"] = {
                    "all": [{"m": {"$and": [{"$ex": {MARKER: 1}}, cond]}}],
                    "run": self._recorder(key),
                }
                index += 1
            definitions[ruleset] = definition
        self._c = c
        self._rulesets: list[tuple[int, dict[str, Callable[[Any], None]]]] = []
        try:
            for ruleset, definition in definitions.items():
                actions = {rule: d.pop("run") for rule, d in definition.items()}
                text = json.dumps(definition, ensure_ascii=False)
                self._rulesets.append((c.create_ruleset(ruleset, text), actions))
        except BaseException as e:  # a Ctrl-C too: no ruleset left behind in durable's C heap
            for handle, _ in self._rulesets:
                with contextlib.suppress(Exception):
                    c.delete_ruleset(handle)
            if not isinstance(e, Exception):
                raise
            # durable reports bad conditions as bare error codes
            raise EngineFout(f"durable_rules weigert het regelpakket '{name}': {e}") from e
        self.definitions = definitions
        """Per ruleset, the definition durable was given (without the actions): for tests."""
        self.gesloten = False

    def sluit(self) -> None:
        """Free the engine's rulesets in durable's C heap (an engine left to the garbage
        collector keeps them: durable has no finaliser). Waits for a running ``fire``; a later
        ``fire`` raises :class:`EngineGesloten`."""
        with self._lock:
            if self.gesloten:
                return
            self.gesloten = True
            self._end_session()
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
        """The keys of the rules whose condition holds for ``fact`` (each once, in rule order)."""
        return self.fire_many((fact,))[0]

    def fire_many(self, facts: Sequence[Mapping[str, str]]) -> list[list[str]]:
        """``[fire(f) for f in facts]``, under one lock.

        Facts are asserted into a live session, each under its own id; after SESSION_FACTS
        facts (over one call or many) the session is deleted and the next fact opens a new
        one. An error (an action's EngineFout, a KeyboardInterrupt) deletes the session before
        it propagates, so no half-fired session is ever reused."""
        with self._lock:
            if self.gesloten:
                raise EngineGesloten(self.name)
            try:
                return [self._fire(fact) for fact in facts]
            except BaseException:
                self._fired.clear()
                with contextlib.suppress(Exception):  # durable may not have made it: error 309
                    self._end_session()
                self._live = None
                raise

    def live_sessions(self) -> int:
        """Sessions of this engine alive in durable now: 0 or 1 (per ruleset)."""
        return 0 if self._live is None else 1

    def end_session(self) -> None:
        """Delete the live session now (it holds up to SESSION_FACTS facts; :meth:`sluit` and
        the next fact after SESSION_FACTS do this too)."""
        with self._lock:
            self._end_session()

    def _end_session(self) -> None:
        sid, self._live = self._live, None
        if sid is not None:
            for handle, _ in self._rulesets:
                # durable segfaults on deleting a session whose matched actions were never
                # started: an error or a Ctrl-C between assert_fact and our start leaves that.
                # Starting one (any state of this ruleset: only this session lives there) is
                # enough; a no-op when all are done
                self._c.start_action(handle)
                self._c.delete_state(handle, sid)

    def _fire(self, fact: Mapping[str, str]) -> list[str]:
        """One fact in the live session (the lock is held)."""
        self._facts += 1
        if self._facts == HEAP_SLACK_AFTER:
            _keep_heap_slack()
        if self._live_facts >= SESSION_FACTS:
            self._end_session()
        if self._live is None:
            self._live = str(next(self._sids))
            self._live_facts = 0
        first = not self._live_facts
        text = self._text(fact, self._live, str(self._live_facts), first)
        self._live_facts += 1
        fired = self._fired
        for handle, actions in self._rulesets:
            self._assert(handle, actions, text, first)
        # an '$or' fires once per matching branch: report each rule once, in rule order
        out = sorted(set(fired), key=self._order.__getitem__) if len(fired) > 1 else fired[:]
        fired.clear()
        return out

    def _text(self, fact: Mapping[str, str], sid: str, fid: str, first: bool = False) -> str:
        """The JSON durable reads: session, id, marker and the rules' fields under short names.

        Fast path: a fact with every field, strings only (what :func:`evaluation.feit` makes): the
        JSON member of each (property, value), kept, joined. Else a dict is encoded
        (fields no rule reads are left out: they cannot change what fires)."""
        try:
            values = self._values(fact)
            parts: list[Any] = list(map(dict.get, self._pairs, values))  # TypeError: unhashable
            if None in parts:
                for i, (prop, v) in enumerate(zip(self._props.values(), values, strict=True)):
                    if parts[i] is None:
                        if type(v) is not str:
                            raise TypeError(v)
                        parts[i] = f'"{prop}":{_encode(v)}'
                        if self._encoded < MAX_ENCODED:
                            self._pairs[i][v] = parts[i]
                            self._encoded += 1
            return self._head % (sid, fid, _OPEN if first else "") + ",".join(parts) + "}"
        except (KeyError, TypeError):
            pass
        payload: dict[str, Any] = {"sid": sid, "id": fid, MARKER: 1}
        if first:
            payload[OPENER] = 1
        for key, prop in self._props.items():
            if key in fact:
                payload[prop] = fact[key]
        return _encode(payload)

    def _assert(self, handle: int, actions: Mapping[str, Any], text: str, first: bool) -> None:
        """Assert, then run the matched actions ourselves, straight on durable's C API.

        durable's Python dispatch (Closure, Promise, a JSON round trip of the state per action)
        cost ~25 us per fired rule and caught every BaseException; our actions only record a
        key, so this loop calls them directly: an error in one propagates (as EngineFout), a
        Ctrl-C as KeyboardInterrupt.
        """
        c = self._c
        code, state = c.assert_fact(handle, text)
        if code == 1:  # no rule matched: not stored, nothing to run
            if first:  # the sentinel prevents this
                raise EngineFout(f"feit niet afgehandeld door durable_rules: {text}")
            return
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


_OPEN = f',"{OPENER}":1'

SESSION_FACTS = 64
"""Most facts asserted into one durable session before it is deleted. Measured (benchmarks/
motor.py, CPU us per fact, load ~24): sessions of 1 fact 35.7, of 16 19.3, 64 19.6, 256 19.2,
1024 25.9 (a bigger message pool, more cache misses); 64 holds the least memory at full speed.
Each fact has its own id in the session ('0', '1', ...); durable tells facts
apart by a 32-bit FNV-1 hash of the id, and those of '0'..'65535' are distinct (tested), so no
fact is taken for another."""

MAX_ENCODED = 4096
"""(property, value) JSON members an engine keeps (answers, ids: about a hundred in a real pack)."""

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


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
