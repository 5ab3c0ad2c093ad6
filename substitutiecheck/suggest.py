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
    """The candidate most like ``value`` (at least ``cutoff`` alike), or None."""
    import difflib

    close = difflib.get_close_matches(value, list(candidates), n=1, cutoff=cutoff)
    return close[0] if close else None


def hint(close: str | None) -> Melding:
    """The hint for a suggestion already found: "; bedoelde u 'x'?", or nothing for None."""
    return melding("hint.bedoeld", optie=close) if close is not None else melding("hint.geen")


def suggest(value: str, candidates: Iterable[str], *, cutoff: float = CUTOFF) -> Melding:
    """ "; bedoelde u 'x'?" when a candidate is close to ``value``, else nothing; render it with
    ``.tekst(taal)`` or pass it as a parameter of a problem (rendered in the problem's language)."""
    return hint(closest(value, candidates, cutoff=cutoff))
