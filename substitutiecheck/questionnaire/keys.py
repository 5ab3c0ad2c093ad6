"""The keys of the questionnaire's prompts: what a navigation answer is (:func:`navigatie`), our
key bindings on top of questionary's (:func:`voeg_toe`), and prompt_toolkit's default bindings
built once (:func:`gedeelde_standaardtoetsen`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from prompt_toolkit.key_binding import KeyBindingsBase

TERUG = "\x00terug"
UITLEG = "\x00uitleg"
AFRONDEN = "\x00afronden"
WIDTH = 88


def navigatie(answer: str, default: str) -> str | None:
    """TERUG or UITLEG when a text answer is '<' or '?', also when typed after the answer already
    filled in (reviewing 'Twente' and typing '<' gives 'Twente<': that is 'back', not a new
    answer), and when the key is there more than once ('<' pressed again and again in the
    overview goes back question by question, and at a text question the '<' still to come
    were typed into its answer: 'Twente<<<' was saved; an adversarial terminal test). None for
    a real answer."""
    value, eerder = answer.strip(), default.strip()
    rest = value[len(eerder) :] if eerder and value.startswith(eerder) else value
    for key, nav in (("<", TERUG), ("?", UITLEG)):
        if rest and rest == key * len(rest):
            return nav
    return None


@lru_cache(maxsize=1)
def _standaardtoetsen() -> Any:
    from prompt_toolkit.key_binding.defaults import load_key_bindings

    return load_key_bindings()


@contextmanager
def gedeelde_standaardtoetsen() -> Iterator[None]:
    """While a prompt is built: prompt_toolkit's default key bindings (emacs, vi, mouse; several
    hundred) built once and shared, instead of anew by every Application, which cost 20-30 ms of
    every question. They hold no state of their own: their filters and handlers ask the running
    application, and each prompt still gets its own key processor and its own bindings on top."""
    from prompt_toolkit.application import application

    pt_app: Any = application  # Application.__init__ calls this module's load_key_bindings
    gedeeld = _standaardtoetsen()
    origineel = pt_app.load_key_bindings
    pt_app.load_key_bindings = lambda: gedeeld
    try:
        yield
    finally:
        pt_app.load_key_bindings = origineel


def voeg_toe(app: Any, kb: KeyBindingsBase) -> None:
    """Our key bindings on top of those of questionary's application ``app``; Ctrl-Z suspends
    (as in a shell; it typed an invisible character into the answer), every answer is saved."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
    from prompt_toolkit.keys import Keys

    pauze = KeyBindings()
    pauze.add(Keys.ControlZ, eager=True)(lambda event: event.app.suspend_to_background())
    kb = merge_key_bindings([pauze, kb])
    eigen: KeyBindingsBase | None = app.key_bindings
    app.key_bindings = kb if eigen is None else merge_key_bindings([eigen, kb])
