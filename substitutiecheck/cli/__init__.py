"""The command line: thin. It parses options, hands work to the library and reporters, and has
the one error handler of the program (:mod:`.edge`): user errors are one line in the language of
the command line and exit 2, Ctrl-C is exit 130, an internal error is exit 3 without a traceback
(:class:`~substitutiecheck.exitstatus.ExitStatus`).

Modules: ``language`` (the language, kept in the click context), ``help`` (help pages in Dutch or
English), ``edge`` (the error handler), ``output`` (where a command writes), and the commands:
``check``, ``rules`` (``regels``), ``documents`` (``schema``, ``export``, ``vragenlijst``),
``partijen`` (``combineer``, ``vergelijk``; issue 17). A command's module is imported only when
that command runs (or a help page lists it): a start imports what its command needs."""

from __future__ import annotations

import importlib

import click

from ..exitstatus import ExitStatus
from .edge import Main, print_error_lines, usage_message
from .language import LANG_ENV, taal_gekozen, taal_van

__all__ = ["ExitStatus", "LANG_ENV", "main", "print_error_lines", "usage_message"]

COMMANDS = {
    "check": "check",
    "combineer": "partijen",
    "export": "documents",
    "regels": "rules",
    "schema": "documents",
    "vergelijk": "partijen",
    "vragenlijst": "documents",
}
"""Each command and the module (of this package) that defines it, under the command's name."""


class _Main(Main):
    """The root group, its commands loaded on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_help(self, ctx: click.Context) -> str:
        for name in COMMANDS:  # the page lists every command (in the language asked for)
            self.get_command(ctx, name)
        return super().get_help(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module = importlib.import_module(f".{COMMANDS[cmd_name]}", __name__)
            self.add_command(getattr(module, cmd_name))
        return self.commands.get(cmd_name)


def _versie(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--version``: the name and version, in the language of the command line (Click's own
    option said "version" in Dutch too)."""
    if not value or ctx.resilient_parsing:
        return
    from .. import __version__

    woord = "version" if taal_van(ctx) == "en" else "versie"
    click.echo(f"substitutiecheck, {woord} {__version__}")
    ctx.exit()


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_versie,
    help="Show the version and exit.",
)
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
