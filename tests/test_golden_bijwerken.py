"""Golden update mode can never make a green run (issue 15, bug 3): before, with
SUBSTITUTIECHECK_GOLDEN_UPDATE=1 a test wrote its golden file and then compared the output with
that same file, so a wrong golden was blessed by a passing test. Now update mode rewrites the
file, names it, and fails."""

from __future__ import annotations

import pytest
from conftest import GOLDEN_UPDATE_ENV, vergelijk_golden


def test_update_mode_rewrites_a_changed_golden_names_it_and_fails(tmp_path, monkeypatch):
    monkeypatch.setenv(GOLDEN_UPDATE_ENV, "1")
    golden = tmp_path / "rapport.txt"
    golden.write_bytes(b"oud\n")
    with pytest.raises(pytest.fail.Exception, match=r"rewrote .*rapport\.txt \(changed\)"):
        vergelijk_golden(golden, b"nieuw\n")
    assert golden.read_bytes() == b"nieuw\n"

    nieuw = tmp_path / "sub" / "nieuw.txt"
    with pytest.raises(pytest.fail.Exception, match=r"rewrote .*nieuw\.txt \(new\)"):
        vergelijk_golden(nieuw, b"x")
    assert nieuw.read_bytes() == b"x"


def test_update_mode_leaves_a_matching_golden_alone(tmp_path, monkeypatch):
    monkeypatch.setenv(GOLDEN_UPDATE_ENV, "1")
    golden = tmp_path / "rapport.txt"
    golden.write_bytes(b"zelfde\n")
    before = golden.stat().st_mtime_ns
    vergelijk_golden(golden, b"zelfde\n")  # nothing rewritten: nothing to bless, the test passes
    assert golden.stat().st_mtime_ns == before


def test_without_update_mode_a_difference_fails_and_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.delenv(GOLDEN_UPDATE_ENV, raising=False)
    golden = tmp_path / "rapport.txt"
    golden.write_bytes(b"oud\n")
    with pytest.raises(pytest.fail.Exception, match="differs from golden file rapport.txt"):
        vergelijk_golden(golden, b"nieuw\n")
    assert golden.read_bytes() == b"oud\n"
    with pytest.raises(pytest.fail.Exception, match="missing"):
        vergelijk_golden(tmp_path / "weg.txt", b"x")
    assert not (tmp_path / "weg.txt").exists()


def test_every_golden_test_goes_through_the_one_comparison():
    """No test module but conftest reads the update switch itself (the old pattern wrote the
    golden, then compared the output with what it had just written, or blessed it in a green
    run); every module that writes goldens does so through ``vergelijk_golden``."""
    from conftest import ROOT

    sources = {p.name: p.read_text("utf-8") for p in (ROOT / "tests").glob("test_*.py")}
    for name, source in sources.items():
        if name == "test_golden_bijwerken.py":  # this file sets the switch to test it
            continue
        assert GOLDEN_UPDATE_ENV not in source.replace(f"{GOLDEN_UPDATE_ENV}=1", ""), name
    writers = [n for n, s in sources.items() if "vergelijk_golden(" in s]
    assert {"test_rapporten.py", "test_voorbeelden.py", "test_golden_partijen.py"} <= set(writers)
