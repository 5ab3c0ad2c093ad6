"""The one place that guesses what a person meant: :func:`closest` (the only caller of difflib in
the package; tests/test_problemen.py checks that) and :func:`suggest`, the "; bedoelde u 'x'?" /
"; did you mean 'x'?" after a problem, as a :class:`~substitutiecheck.errors.Melding` so that
it is said in the language the problem is rendered in."""

from __future__ import annotations

from collections.abc import Iterable

from .errors import Melding, melding

CUTOFF = 0.6
"""difflib's own default: how alike a candidate must be to be suggested."""


def closest(value: str, candidates: Iterable[str], *, cutoff: float = CUTOFF) -> str | None:
    """The candidate most like ``value`` (at least ``cutoff`` alike), or None. A short word is
    never that alike after one typo ('kn0' and 'kno': 0.67), so a candidate one typo away (a
    character changed, added, left out or two swapped) counts too, when it is the only one."""
    import difflib

    options = list(candidates)
    close = difflib.get_close_matches(value, options, n=1, cutoff=cutoff)
    if close:
        return close[0]
    een_fout = [c for c in options if len(c) >= 3 and _een_tikfout(value, c)]
    return een_fout[0] if len(een_fout) == 1 else None


def _een_tikfout(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one typo: one character changed, added or left out, or two
    neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def hint(close: str | None) -> Melding:
    """The hint for a suggestion already found: "; bedoelde u 'x'?", or nothing for None."""
    return melding("hint.bedoeld", optie=close) if close is not None else melding("hint.geen")


def suggest(value: str, candidates: Iterable[str], *, cutoff: float = CUTOFF) -> Melding:
    """ "; bedoelde u 'x'?" when a candidate is close to ``value``, else nothing; render it with
    ``.tekst(taal)`` or pass it as a parameter of a problem (rendered in the problem's language)."""
    return hint(closest(value, candidates, cutoff=cutoff))
