"""Help pages in the language of the command line. Click writes the frame of its help pages in
English ("Usage:", "Options", "[default: ...]", the --help text): in Dutch unless the language is
English. The texts of our own commands and options are Dutch in the code; with ``--lang en`` a
help page shows their English texts (i18n.HULP_EN)."""

from __future__ import annotations

import re
from typing import Any

import click

from .language import taal_van

HULP_NL = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Commando's",
    "Positional arguments": "Argumenten",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon het versienummer en stop.",
}
HULP_EXTRA_NL = (
    ("[default: ", "[standaard: "),
    ("; default: ", "; standaard: "),
    ("[required]", "[verplicht]"),
    ("; required", "; verplicht"),
)
"""In the help text of an option: what Click adds at the end."""
HULP_SYNTAX_NL = (
    ("[OPTIONS]", "[OPTIES]"),
    ("[COMMAND] [ARGS]...", "[COMMANDO] [ARGUMENTEN]..."),
    ("COMMAND [ARGS]...", "COMMANDO [ARGUMENTEN]..."),
    ("INTEGER RANGE", "GETAL"),
    ("INTEGER", "GETAL"),
    ("DIRECTORY", "MAP"),
    ("FILE", "BESTAND"),
    ("TEXT", "TEKST"),
    ("PATH", "PAD"),
)
"""In a usage line and an option's name column: Click's metavars."""
HULP_SYNTAX_EN = (
    ("INTEGER RANGE", "INTEGER"),  # as the Dutch page: the range is in the option's text
    ("PAD...", "PATH..."),
    ("MAP", "FOLDER"),
    ("VOORSTEL", "PROPOSAL"),
    ("OUD", "OLD"),
    ("NIEUW", "NEW"),
)
"""With ``--lang en``: our own (Dutch) metavars in English."""
_KOPPELTEKEN = "\u2011"
"""A non-breaking hyphen stands in for '-' while Click wraps a help text, so that neither an
option (--geen-toelichting) nor a word (JSON-batches) is broken at its hyphen."""


def _hulp_nl(text: str, words: tuple[tuple[str, str], ...]) -> str:
    text = HULP_NL.get(text, text)
    for en, nl in words:  # not inside a longer word: FILENAME stays FILENAME
        pattern = (
            ("(?<![A-Za-z])" if en[0].isalpha() else "")
            + re.escape(en)
            + ("(?![A-Za-z])" if en[-1].isalpha() else "")
        )
        text = re.sub(pattern, nl, text)
    return text


class HulpOpmaak(click.HelpFormatter):
    """Click's help formatter, with its own words in Dutch (unless ``--lang en``)."""

    def __init__(self, *args: Any, taal: str = "nl", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.nl = taal != "en"

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if self.nl:
            args, prefix = _hulp_nl(args, HULP_SYNTAX_NL), (prefix or "Gebruik: ")
        else:
            args = _hulp_nl(args, HULP_SYNTAX_EN)
        super().write_usage(prog, args, prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(HULP_NL.get(heading, heading) if self.nl else heading)

    def _heel(self, write: Any, *args: Any, **kwargs: Any) -> None:
        """Let Click wrap with hyphens that do not break, then put the hyphens back."""
        start = len(self.buffer)
        write(*args, **kwargs)
        self.buffer[start:] = [part.replace(_KOPPELTEKEN, "-") for part in self.buffer[start:]]

    def write_text(self, text: str) -> None:
        self._heel(super().write_text, text.replace("-", _KOPPELTEKEN))

    def write_dl(self, rows: Any, *args: Any, **kwargs: Any) -> None:
        if self.nl:
            rows = [(_hulp_nl(a, HULP_SYNTAX_NL), _hulp_nl(b, HULP_EXTRA_NL)) for a, b in rows]
        else:
            rows = [(_hulp_nl(a, HULP_SYNTAX_EN), b) for a, b in rows]
        rows = [(a, b.replace("-", _KOPPELTEKEN)) for a, b in rows]
        self._heel(super().write_dl, rows, *args, **kwargs)


class HulpContext(click.Context):
    """A context whose help formatter knows the language. The root context can be handed its
    ``meta`` (Main.main does, to see the language after the command has ended)."""

    formatter_class = HulpOpmaak

    def __init__(self, *args: Any, meta: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if meta is not None and self.parent is None:
            self._meta = meta

    def make_formatter(self) -> click.HelpFormatter:
        return HulpOpmaak(
            width=self.terminal_width, max_width=self.max_content_width, taal=taal_van(self)
        )


class Engels:
    """With ``--lang en``, a help page shows the English help texts (i18n.HULP_EN) of the
    command, its options and, for a group, its commands. Swapped in for the one page only."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Click's parser raises some usage errors without the context ('--jobs' without its
        value): given it here, the error handler adds 'Zie ... --help' as for the others."""
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc,no-any-return]
        except click.UsageError as e:
            if e.ctx is None:
                e.ctx = ctx
            raise

    def get_help(self, ctx: click.Context) -> str:
        if taal_van(ctx) != "en":
            return super().get_help(ctx)  # type: ignore[misc,no-any-return]
        import inspect

        from ..i18n import HULP_EN

        items: list[Any] = [self, *(p for p in self.params if isinstance(p, click.Option))]  # type: ignore[attr-defined]
        items += list(getattr(self, "commands", {}).values())
        saved = [(item, item.help) for item in items]
        try:
            for item, text in saved:
                if text:
                    item.help = HULP_EN.get(inspect.cleandoc(text), text)
            return super().get_help(ctx)  # type: ignore[misc,no-any-return]
        finally:
            for item, text in saved:
                item.help = text

    def get_short_help_str(self, limit: int = 45) -> str:
        """In a group's list of commands: the first paragraph of the help, whole (Click cuts it
        off at ``limit`` with '...'); the list wraps it."""
        if getattr(self, "short_help", None):
            return self.short_help  # type: ignore[attr-defined,no-any-return]
        import inspect

        return " ".join(
            inspect.cleandoc(getattr(self, "help", None) or "").split("\n\n")[0].split()
        )


class HulpCommand(Engels, click.Command):
    """A command whose help follows the language, and whose whole-number ranges say by their
    class when a number is out of range (params.GeheelGetal), for the error handler."""

    context_class = HulpContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from .params import GeheelGetal

        for param in self.params:
            if type(param.type) is click.IntRange:
                param.type = GeheelGetal.van(param.type)
