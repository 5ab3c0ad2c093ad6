"""The language of one command line. It lives in the click context (``ctx.meta``, shared by
every context of that command line) and is passed down from there: never written into the
process environment and never read from ``sys.argv``, so each in-process call (a host program, a
test runner) gets the language it asked for."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import click

LANG_ENV = "SUBSTITUTIECHECK_LANG"
TAAL = "substitutiecheck.taal"
"""The key of the language in ``ctx.meta``, which every context of one command line shares: the
language lives there, never in the process environment, so each in-process call (a host
program, a test runner) gets the language it asked for."""


def taal_van(ctx: click.Context | None) -> str:
    """The language of the command line that ``ctx`` belongs to ('nl' without a context)."""
    if ctx is None:
        return "nl"
    taal = ctx.meta.get(TAAL, "nl")
    return taal if taal in ("nl", "en") else "nl"


def taal_vooraf(args: Sequence[str]) -> str:
    """The language before the options are parsed, from the arguments click was given: the first
    ``--lang``, else SUBSTITUTIECHECK_LANG, else Dutch. Help pages and usage errors can come
    before the ``--lang`` option itself is processed (``check --help --lang en``); the option,
    once processed, has the last word (:func:`taal_gekozen`)."""
    for i, a in enumerate(args):
        if a == "--lang" and i + 1 < len(args):
            return args[i + 1].lower()
        if a.startswith("--lang="):
            return a.split("=", 1)[1].lower()
    return os.environ.get(LANG_ENV, "nl").lower()


def taal_in(meta: dict[str, Any]) -> str:
    """The language a command line ended with, from its root context's ``meta`` (for the error
    handler, after the context itself has gone)."""
    taal = meta.get(TAAL) or taal_vooraf(())
    return taal if taal in ("nl", "en") else "nl"


def taal_gekozen(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A command's own ``--lang`` wins; without it the language is the one the command line
    already has (``substitutiecheck --lang en COMMAND``, else SUBSTITUTIECHECK_LANG, else nl).
    Kept in ``ctx.meta`` for the error handler and the help pages."""
    from click.core import ParameterSource

    if ctx.get_parameter_source(str(param.name)) is ParameterSource.COMMANDLINE:
        ctx.meta[TAAL] = value
    elif value is not None:  # the option's default or SUBSTITUTIECHECK_LANG
        value = ctx.meta.setdefault(TAAL, value)
    return value


lang_option = click.option(
    "--lang",
    "taal",
    type=click.Choice(["nl", "en"], case_sensitive=False),  # EN, En: as en
    envvar=LANG_ENV,
    default="nl",
    show_default=True,
    callback=taal_gekozen,
    help="Taal van de uitvoer / language of the output.",
)
sub_lang_option = click.option(
    "--lang",
    "sub_taal",
    type=click.Choice(["nl", "en"], case_sensitive=False),  # EN, En: as en
    default=None,
    callback=taal_gekozen,
    help="Taal van de uitvoer / language of the output.",
)
