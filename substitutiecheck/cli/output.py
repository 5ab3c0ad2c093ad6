"""Where a command writes: ``-o``/``--uitvoer``/``--rapport`` (never one of the inputs),
standard output or an atomic file, and SIGTERM/SIGHUP while a file is being written."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO, TypeVar, cast

import click

from ..i18n import tekst, zichtbaar
from ..signalen import bij_signaal, stop
from .language import taal_van


class Pad(click.Path):
    """click.Path whose failures are in the language of the command line (click's own are
    English: "Directory '…/pakket.json' is a file."), and a device or other non-folder given
    for a folder is refused here, not later as 'bestaat niet' (a user trial)."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        if isinstance(value, str) and value != "-":
            taal = taal_van(ctx)
            pad = value  # shown escaped, as every error line (edge.print_error_lines)
            if not os.path.exists(value):
                if self.exists:
                    self.fail(tekst("cli.pad_bestaat_niet", taal, pad=pad), param, ctx)
            elif not self.dir_okay and os.path.isdir(value):
                self.fail(tekst("cli.pad_is_map", taal, pad=pad), param, ctx)
            elif not self.file_okay and not os.path.isdir(value):
                map_ = os.path.dirname(value) or "."
                sleutel = (
                    "cli.pad_pakketbestand"
                    if os.path.basename(value) == "pakket.json"
                    else "cli.pad_geen_map"
                )
                self.fail(tekst(sleutel, taal, pad=pad, map=map_), param, ctx)
            elif self.readable and not os.access(value, os.R_OK):  # click: "... is not readable."
                self.fail(tekst("cli.pad_onleesbaar", taal, pad=pad), param, ctx)
        return super().convert(value, param, ctx)


_F = TypeVar("_F", bound=Callable[..., Any])


def regels_optie(naam: str = "regels") -> Callable[[_F], _F]:
    """``--regels MAP``, passed to the command as ``naam`` (``regels`` and its subcommands take
    it before and after the subcommand)."""
    return click.option(
        "--regels",
        naam,
        type=Pad(file_okay=False),
        default=None,
        help="Map met een (regionaal) regelpakket; standaard het landelijke pakket.",
    )


regels_option = regels_optie()


def waarschuw(lines: list[str], taal: str) -> None:
    """Each line on stderr after 'waarschuwing:' (made visible: names of files and titles)."""
    prefix = click.style(tekst("cli.waarschuwing", taal) + ":", fg="yellow", bold=True)
    for line in lines:
        click.echo(f"{prefix} {zichtbaar(line)}", err=True)


def warn_about(pack: Any, regels: str | None, taal: str) -> None:
    """A regional pack with conditions that never or always hold still works: say so on stderr."""
    if regels is None:
        return
    from ..pack import waarschuwingen

    waarschuw(
        [f"{p.bestand}: {p.pad}: {p.bericht(taal)}" for p in waarschuwingen(pack)],
        taal,
    )


def formaat(fmt: str | None, uitvoer: str | None, formaten: list[str]) -> str:
    """``--format`` as given; without it the format the extension of ``-o`` names, when the
    command has it (a user trial wrote ``-o advies.html`` and got plain text), else text."""
    if fmt is not None:
        return fmt
    if uitvoer and uitvoer != "-":
        from ..reporters import format_for_path

        gevonden = format_for_path(uitvoer)
        if gevonden in formaten:
            return gevonden
    return "text"


_MAP_EINDE = (os.sep, os.sep + ".", os.sep + "..")


class UitvoerPad(click.Path):
    """``-o``/``--uitvoer``/``--rapport``: a file name, '-' (standard output, where allowed), never ''."""

    def __init__(
        self, streepje: bool = True, voorbeeld: tuple[str, str] = ("rapport.html", "report.html")
    ) -> None:
        super().__init__(dir_okay=False, allow_dash=streepje)
        self.streepje = streepje
        self.voorbeeld = voorbeeld  # (nl, en) a file name for the message when a folder is given

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        taal = taal_van(ctx)
        if value == "" or (value == "-" and not self.streepje):
            self.fail(
                tekst("cli.uitvoer_leeg" if value == "" else "cli.uitvoer_geen_streepje", taal),
                param,
                ctx,
            )
        if isinstance(value, str) and value != "-" and os.path.isdir(value):
            # click's own message for this is English ("File '...' is a directory.")
            naam = self.voorbeeld[taal == "en"]
            self.fail(
                tekst("cli.uitvoer_map", taal, pad=value.rstrip("/") or "/", naam=naam), param, ctx
            )
        if isinstance(value, str) and value != os.sep and value.endswith(_MAP_EINDE):
            # 'rapport.txt/' (or '/.') names a folder that is not there; writing made a file
            self.fail(tekst("cli.uitvoer_geen_map", taal, pad=value), param, ctx)
        if isinstance(value, str) and value != "-" and value.lower().endswith(".json"):
            # a JSON file in a rule pack's folder (any pack: the one in use, its base, the
            # national rules/) would replace a pack file or be refused as unknown by the pack
            # (an adversarial test: `export fhir --regels P -o P/randvoorwaarden.json`)
            map_ = os.path.dirname(os.path.realpath(value))
            if os.path.isfile(os.path.join(map_, "pakket.json")):
                self.fail(tekst("cli.uitvoer_in_pakket", taal, map=map_), param, ctx)
        return super().convert(value, param, ctx)


def refuse_input_as_output(uitvoer: str | None, invoer: tuple[str, ...] | list[str]) -> None:
    """``-o`` naming one of the input files (it would be replaced by the report): exit 2."""
    if uitvoer in (None, "-"):
        return
    from pathlib import Path

    from ..errors import UitvoerFout, probleem
    from ..inputs import _files_in

    # a folder's proposals are inputs too: `check map/ -o map/a.json` would replace one of them
    paden = [
        str(f)
        for p in invoer
        if p != "-"
        for f in (_files_in(Path(p))[0] if os.path.isdir(p) else [p])
    ]
    for pad in paden:
        try:
            same = os.path.samefile(pad, uitvoer)
        except OSError:
            same = os.path.realpath(pad) == os.path.realpath(uitvoer)
        if same:
            raise UitvoerFout(probleem("", "cli.uitvoer_is_invoer"), bestand=uitvoer)
    if "-" in invoer and _stdin_is(uitvoer):  # 'check - -o x.json < x.json' (an adversarial test)
        raise UitvoerFout(probleem("", "cli.uitvoer_is_invoer"), bestand=uitvoer)


def _stdin_is(pad: str) -> bool:
    """Standard input is the file ``pad`` (redirected from it): the report would replace it."""
    import stat

    try:
        invoer, uitvoer = os.fstat(0), os.stat(pad)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(invoer.st_mode) and (invoer.st_dev, invoer.st_ino) == (
        uitvoer.st_dev,
        uitvoer.st_ino,
    )


def vervang_wat_niet_kan(stream: TextIO) -> None:
    """A standard output in an encoding that lacks some of our characters (latin-1, a Windows
    code page: 'é' fits, '“' or a byte order mark does not) shows those as '?' instead of
    stopping the run with an encoding error; UTF-8 (the usual case) is left alone."""
    import codecs

    try:
        utf8 = codecs.lookup(stream.encoding or "utf-8").name.startswith("utf-")
    except LookupError:
        return
    if not utf8 and getattr(stream, "errors", None) == "strict":
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="replace")  # type: ignore[attr-defined]


@contextlib.contextmanager
def output(path: str | None, newline: str | None = None) -> Iterator[TextIO]:
    """Standard output for None and '-', else the file (fileio.open_output: atomic for a regular
    file, written into for a device or FIFO), with SIGTERM and SIGHUP removing its temporary
    file while it is written."""
    from ..fileio import bewaakt, open_output

    with contextlib.ExitStack() as stack:
        if path is None or path == "-":
            stream = bewaakt(sys.stdout, "<stdout>")
        else:
            stack.enter_context(_signalen())
            stream = stack.enter_context(open_output(path, newline=newline))
        yield cast(TextIO, stream)  # a text stream that names the file in its errors


def _bij_signaal(signum: int, frame: Any) -> None:
    from ..fileio import ruim_op

    ruim_op()  # at once: whatever happens next, no partial .NAME.xxxx.tmp stays behind
    stop(signum, frame)


def _signalen() -> contextlib.AbstractContextManager[None]:
    """While an output file is being written: SIGTERM and SIGHUP remove its temporary file."""
    return bij_signaal(_bij_signaal)
