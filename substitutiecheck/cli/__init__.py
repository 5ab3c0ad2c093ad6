"""The command line: thin. It parses options, hands work to the library and reporters, and has
the one error handler of the program (:mod:`.edge`): user errors are one line in the language of
the command line and exit 2, Ctrl-C is exit 130, an internal error is exit 3 without a traceback
(:class:`~substitutiecheck.exitstatus.ExitStatus`).

Modules: ``language`` (the language, kept in the click context), ``help`` (help pages in Dutch or
English), ``edge`` (the error handler), ``output`` (where a command writes), and the commands:
``check``, ``rules`` (``regels``), ``documents`` (``schema``, ``export``, ``vragenlijst``),
``partijen`` (``combineer``, ``vergelijk``; issue 17)."""

from __future__ import annotations

import click

from ..exitstatus import ExitStatus
from .check import check
from .documents import export, schema, vragenlijst
from .edge import Main, print_error_lines, usage_message
from .language import LANG_ENV, taal_gekozen
from .partijen import combineer, vergelijk
from .rules import regels

__all__ = ["ExitStatus", "LANG_ENV", "main", "print_error_lines", "usage_message"]


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="substitutiecheck")
@click.option(
    "--lang",
    "taal",
    type=click.Choice(["nl", "en"]),
    default=None,
    hidden=True,
    expose_value=False,
    callback=taal_gekozen,
    help="Taal voor alle commando's / language for every command.",
)
def main() -> None:
    """Substitutiecheck: is deze patiëntengroep geschikt voor substitutie van zorg
    (van ziekenhuis naar huisarts), en zo nee, wat ontbreekt er nog?"""


for command in (check, combineer, regels, schema, export, vergelijk, vragenlijst):
    main.add_command(command)
