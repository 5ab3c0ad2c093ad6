"""The engine's reused sessions (issue 18, lever 1): ``RuleEngine.fire_many`` and ``fire`` put many
facts into one durable session, each under its own id, and delete it after SESSION_FACTS facts.
The same rules fire as one fact per fresh session did (checked against plain Python); every hazard
guard still holds inside a session: unmatched facts, identical facts, session boundaries, an error
or a Ctrl-C in the middle of a chunk (the session is deleted before it propagates)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from substitutiecheck import engine
from substitutiecheck.conditions import holds
from substitutiecheck.errors import EngineFout

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from genereer import voorstellen  # noqa: E402
from run import plain  # noqa: E402

RULES = [
    ("a", {"veld": "x", "is": "ja"}),
    ("b", {"veld": "y", "in": ["p", "q"]}),
    ("c", {"een_van": [{"veld": "x", "is": "nee"}, {"veld": "y", "is": "q"}]}),
    ("d", {"niet": {"alle": [{"veld": "x", "is": "ja"}, {"veld": "z", "is_niet": "ja"}]}}),
    ("e", {"veld": "z", "niet_in": ["ja", "nee"]}),
]
_names = iter(range(10**9))


def fresh(rules=RULES, cls=engine.RuleEngine) -> engine.RuleEngine:
    return cls(f"test_motor_{next(_names)}", rules)


def expected(fact, rules=RULES) -> list[str]:
    return [key for key, cond in rules if holds(cond, fact.get)]


def run_py(code: str, timeout: float = 120) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
    )
    assert proc.returncode == 0, (
        f"subprocess failed with {proc.returncode} (negative: killed by signal)\n"
        f"{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
    )
    return proc.stdout


VALUES = st.sampled_from(["ja", "nee", "p", "q", "", "deels", 'a"b', "é%s"])
FACT = st.fixed_dictionaries({"x": VALUES, "y": VALUES, "z": VALUES})
ENGINE = fresh()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FACT, max_size=40), st.integers(1, 17))
def test_fire_many_fires_what_fire_and_plain_python_fire(facts, chunk):
    want = [expected(f) for f in facts]
    got = [k for s in range(0, len(facts), chunk) for k in ENGINE.fire_many(facts[s : s + chunk])]
    assert got == want
    assert [ENGINE.fire(f) for f in facts] == want
    assert ENGINE.live_sessions() <= 1


def test_the_shipped_pack_fire_many_equals_fire_and_plain_python(pack):
    from substitutiecheck.evaluation import _engine_for, feit
    from substitutiecheck.model import lees_voorstel

    facts = [feit(lees_voorstel(v, pack), pack) for v in voorstellen(pack, 1500, seed=3)]
    rules = [(k, plain(c)) for r in pack.regels for k, c, _ in r.variants()]
    want = [[k for k, test in rules if test(f)] for f in facts]
    eng, _ = _engine_for(pack)
    for chunk in (1, 64, 256, 1024, 1500):
        got = [k for s in range(0, len(facts), chunk) for k in eng.fire_many(facts[s : s + chunk])]
        assert got == want, chunk
    assert [eng.fire(f) for f in facts[:300]] == want[:300]


def test_session_boundaries_and_identical_facts_in_one_session():
    e = fresh()
    n = engine.SESSION_FACTS
    same = {"x": "ja", "y": "q", "z": "nee"}  # identical content, many times in one session
    for size in (n - 1, 1, 1, n, n + 1, 2 * n + 3):
        assert e.fire_many([same] * size) == [expected(same)] * size
        assert e.live_sessions() == 1
    sids = set()
    for _ in range(3 * n + 2):
        assert e.fire(same) == expected(same)
        sids.add(e._live)
    assert len(sids) == 4  # a new session after every SESSION_FACTS facts
    assert e.fire_many([]) == []


def test_ids_in_a_session_never_collide_in_durables_hash():
    """durable tells facts of a session apart by the 32-bit FNV-1 hash of their id (state.c,
    storeMessage): the ids the engine gives, '0'..'65535', hash apart."""

    def fnv1_32(text: str) -> int:
        h = 0x811C9DC5
        for byte in text.encode():
            h = (h ^ byte) * 16777619 & 0xFFFFFFFF
        return h

    assert engine.SESSION_FACTS <= 65536
    assert len({fnv1_32(str(i)) for i in range(65536)}) == 65536


def test_a_chunk_with_facts_that_match_no_rule_never_segfaults():
    out = run_py(
        """
        from substitutiecheck import engine
        e = engine.RuleEngine("unmatched_chunk", [("a", {"veld": "x", "is": "ja"})])
        n = engine.SESSION_FACTS
        for start in range(3):
            facts = [{"x": "ja" if i % 7 == start else "nee"} for i in range(3 * n + 1)]
            assert e.fire_many(facts) == [["a"] if f["x"] == "ja" else [] for f in facts]
            assert e.fire_many([{"x": "nee"}] * (n + 2)) == [[]] * (n + 2)  # nothing at all
            e.end_session()
            assert e.fire_many([{"x": "nee"}]) == [[]]  # the first fact of a session
        e.sluit()
        print("ok")
        """
    )
    assert out.strip() == "ok"


class _FailsOn(engine.RuleEngine):
    def _recorder(self, key):
        fired = self._fired

        def record(_closure):
            if key == "b":
                raise ValueError("kapot in b")
            fired.append(key)

        return record


def test_an_engine_error_in_the_middle_of_a_chunk_leaves_no_live_session():
    e = fresh(cls=_FailsOn)
    ok, bad = {"x": "ja", "y": "z", "z": "ja"}, {"x": "ja", "y": "p", "z": "ja"}
    assert e.fire_many([ok] * 3) == [expected(ok)] * 3
    live = e._live
    with pytest.raises(EngineFout, match="kapot in b"):
        e.fire_many([ok, ok, bad, ok])
    assert e.live_sessions() == 0
    with pytest.raises(Exception, match="309"):  # durable no longer has it
        e._c.get_state(e._rulesets[0][0], live)
    assert e.fire_many([ok, ok]) == [expected(ok)] * 2  # a new session
    assert e._live != live
    with pytest.raises(EngineFout):  # the first fact of a fresh session
        e.end_session()
        e.fire(bad)
    assert e.live_sessions() == 0


def test_ctrl_c_in_the_middle_of_a_chunk_is_an_interrupt_and_leaves_no_live_session():
    out = run_py(
        """
        import signal
        from substitutiecheck import engine
        class Interrupted(engine.RuleEngine):
            def _recorder(self, key):
                fired = self._fired
                def record(_closure):
                    if key == "b":
                        signal.raise_signal(signal.SIGINT)
                    fired.append(key)
                return record
        e = Interrupted("sigint_chunk", [("a", {"veld": "x", "is": "ja"}),
                                         ("b", {"veld": "x", "is": "stop"})])
        try:
            e.fire_many([{"x": "ja"}] * 10 + [{"x": "stop"}] + [{"x": "ja"}] * 10)
        except KeyboardInterrupt:
            print("interrupt", e.live_sessions())
        assert e.fire_many([{"x": "ja"}] * 3) == [["a"]] * 3
        """,
        timeout=60,
    )
    assert out.strip() == "interrupt 0"


def test_closing_an_engine_deletes_its_live_session():
    e = fresh()
    e.fire({"x": "ja", "y": "q", "z": "nee"})
    live = e._live
    e.sluit()
    assert e.live_sessions() == 0
    with pytest.raises(engine.EngineGesloten):
        e.fire_many([{"x": "ja"}])
    assert live is not None


def test_facts_outside_the_fast_path_fire_the_same():
    """A fact without every field, or with other than strings, is encoded as a dict (fields no
    rule reads left out); a value's JSON text is kept per value, quotes and % included."""
    e = fresh()
    partial = {"x": "ja", "y": "q"}  # no z: durable's '$neq' needs the property (which is why
    assert e.fire(partial) == ["a", "b", "c"]  # evaluation.feit gives every field)
    odd = {"x": "ja", "y": "q", "z": 1, "extra": "genegeerd"}
    assert e.fire(odd) == ["a", "b", "c", "e"]
    quoted = {"x": 'a"b', "y": "é%s", "z": "ja"}
    assert e.fire(quoted) == expected(quoted) == ["d"]
    assert e.fire(quoted) == ["d"]  # from the kept JSON texts
    kept = {v for pairs in e._pairs for v in pairs}
    assert {'a"b', "é%s", "ja"} <= kept
    assert 1 not in kept  # not a string: never kept


def test_the_engine_sends_durable_short_property_names():
    e = fresh()
    definition = e.definitions[e.names[0]]
    text = str(definition)
    assert "'x'" not in text and "'p0'" in text
    assert e._text({"x": "ja", "y": "q", "z": "nee"}, "7", "3") == (
        '{"sid":"7","id":"3","__eval":1,"p0":"ja","p1":"q","p2":"nee"}'
    )


def test_an_interrupt_between_assert_and_the_actions_never_segfaults():
    """durable segfaults on deleting a session whose matched actions were never started (a
    Ctrl-C landing right after assert_fact returns leaves that); the engine starts one first."""
    out = run_py(
        """
        from substitutiecheck import engine
        e = engine.RuleEngine("unstarted_probe", [("a", {"veld": "x", "is": "ja"})])
        real = e._c
        class Proxy:
            def __getattr__(self, name):
                return getattr(real, name)
            def start_action_for_state(self, handle, state):
                raise KeyboardInterrupt
        for facts in ([{"x": "ja"}], [{"x": "ja"}] * 5, [{"x": "nee"}] * 3 + [{"x": "ja"}]):
            for _ in range(50):
                e.fire_many(facts[:-1])
                e._c = Proxy()
                try:
                    e.fire_many(facts[-1:])
                except KeyboardInterrupt:
                    pass
                e._c = real
                assert e.live_sessions() == 0
                assert e.fire_many(facts) == [["a"] if f["x"] == "ja" else [] for f in facts]
        print("ok")
        """,
        timeout=60,
    )
    assert out.strip() == "ok"
