"""The command line: thin. It parses options, hands work to the library and reporters, and has
the one error handler of the program (``Main.invoke``): user errors are one Dutch line and
exit 2, Ctrl-C is exit 130, an internal error is exit 3 without a traceback."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import Any

import click

from .errors import EngineFout, InvoerFout, SubstitutiecheckFout
from .i18n import tekst, zichtbaar

EXIT_OK, EXIT_NOGO, EXIT_ERROR, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
EXIT_PIPE = 141
"""The reader of our output went away (``check … | head -1``): a quiet end with the status a
shell reports for a tool that SIGPIPE ended (128 + 13), so a pipeline sees it stopped early."""
LANG_ENV = "SUBSTITUTIECHECK_LANG"


def _lang_from_argv() -> str:
    argv = sys.argv[1:]
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return os.environ.get(LANG_ENV, "nl")


def print_error_lines(lines: list[str], taal: str) -> None:
    prefix = click.style(tekst("cli.fout", taal) + ":", fg="red", bold=True)
    for line in lines:  # file names and field names come from outside: controls shown, not obeyed
        click.echo(f"{prefix} {zichtbaar(line)}", err=True)


# Click writes the frame of its help pages in English ("Usage:", "Options", "[default: ...]",
# the --help text): in Dutch unless the language is English. The texts of our own commands and
# options are Dutch in the code.
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
HULP_SYNTAX_EN = (("PAD...", "PATH..."), ("MAP", "FOLDER"), ("VOORSTEL", "PROPOSAL"))
"""With ``--lang en``: our own (Dutch) metavars in English."""
_KOPPELTEKEN = "\u2011"
"""A non-breaking hyphen stands in for '-' while Click wraps a help text, so that neither an
option (--geen-toelichting) nor a word (JSON-batches) is broken at its hyphen."""


def _hulp_nl(text: str, words: tuple[tuple[str, str], ...]) -> str:
    import re

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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.nl = _lang_from_argv() != "en"

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
    formatter_class = HulpOpmaak


class _Engels:
    """With ``--lang en``, a help page shows the English help texts (i18n.HULP_EN) of the
    command, its options and, for a group, its commands. Swapped in for the one page only."""

    def get_help(self, ctx: click.Context) -> str:
        if _lang_from_argv() != "en":
            return super().get_help(ctx)  # type: ignore[misc]
        import inspect

        from .i18n import HULP_EN

        items: list[Any] = [self, *(p for p in self.params if isinstance(p, click.Option))]  # type: ignore[attr-defined]
        items += list(getattr(self, "commands", {}).values())
        saved = [(item, item.help) for item in items]
        try:
            for item, text in saved:
                if text:
                    item.help = HULP_EN.get(inspect.cleandoc(text), text)
            return super().get_help(ctx)  # type: ignore[misc]
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


class HulpCommand(_Engels, click.Command):
    context_class = HulpContext


class HulpGroup(_Engels, click.Group):
    context_class = HulpContext
    command_class = HulpCommand


HulpGroup.group_class = HulpGroup


class Main(_Engels, click.Group):
    """The group whose ``invoke`` is the single error handler at the edge."""

    context_class = HulpContext
    command_class = HulpCommand
    group_class = HulpGroup

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        """Click's own usage errors, in Dutch (or English), as one line plus a hint; exit 2."""
        kwargs.pop("standalone_mode", None)
        taal = _lang_from_argv() if _lang_from_argv() in ("nl", "en") else "nl"
        try:
            rv = super().main(*args, standalone_mode=False, **kwargs)
            sys.stdout.flush()  # here, not at exit: a closed pipe must be seen while we can handle it
        except BrokenPipeError:
            _stil_einde()
        except _Beeindigd as e:  # cleaned up: now end the way that signal ends a process
            import signal

            signal.signal(e.signum, signal.SIG_DFL)
            os.kill(os.getpid(), e.signum)
            sys.exit(128 + e.signum)
        except OSError as e:  # the final flush of standard output (a full disk, say)
            from .fileio import uitvoer_fout

            _naar_devnull(sys.stdout)
            print_error_lines(uitvoer_fout("<stdout>", e, bezig=True).regels(taal), taal)
            sys.exit(EXIT_ERROR)
        except click.UsageError as e:
            if (
                type(e).__name__ == "NoArgsIsHelpError" and e.ctx is not None
            ):  # plain 'substitutiecheck'
                click.echo(e.ctx.get_help())
                sys.exit(EXIT_OK)
            print_error_lines([usage_message(e, taal)], taal)
            if e.ctx is not None:
                click.echo(tekst("cli.hulp", taal, commando=e.ctx.command_path), err=True)
            sys.exit(EXIT_ERROR)
        except click.ClickException as e:
            print_error_lines([e.format_message()], taal)
            sys.exit(e.exit_code)
        except click.Abort:
            click.echo(tekst("cli.afgebroken", taal), err=True)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(rv if isinstance(rv, int) else EXIT_OK)

    def invoke(self, ctx: click.Context) -> Any:
        taal = _lang_from_argv() if _lang_from_argv() in ("nl", "en") else "nl"
        try:
            return super().invoke(ctx)
        except SubstitutiecheckFout as e:
            print_error_lines(e.regels(taal), taal)
            if e.hint:
                click.echo(tekst(e.hint, taal), err=True)
            ctx.exit(EXIT_ERROR)
        except (KeyboardInterrupt, click.Abort):
            click.echo(tekst("cli.afgebroken", taal), err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            _stil_einde()
        except (click.exceptions.Exit, click.ClickException):
            raise
        except Exception as e:  # noqa: BLE001 - the edge: no traceback for users
            stdout_kapot = isinstance(e, OSError) and not _stdout_schrijfbaar()
            if stdout_kapot or (isinstance(e, OSError) and _omgeving(e)):
                # a full disk behind '>', or under a scratch file: the environment, not a bug
                from .fileio import uitvoer_fout

                print_error_lines(
                    uitvoer_fout("<stdout>" if stdout_kapot else "", e, bezig=True).regels(taal),
                    taal,
                )
                ctx.exit(EXIT_ERROR)
            if os.environ.get("SUBSTITUTIECHECK_DEBUG"):
                raise
            kind = "engine" if isinstance(e, EngineFout) else type(e).__name__
            print_error_lines([tekst("cli.interne_fout", taal, soort=kind, bericht=str(e))], taal)
            ctx.exit(EXIT_INTERNAL)


def _omgeving(e: OSError) -> bool:
    """Errors only a full, broken or read-only disk gives (every file we read or write names its
    own errors; what is left is standard output or a scratch file)."""
    import errno

    return e.errno in {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


def _stdout_schrijfbaar() -> bool:
    """False when standard output refuses what it still buffers (then it is sent to /dev/null)."""
    try:
        sys.stdout.flush()
        return True
    except OSError:
        _naar_devnull(sys.stdout)
        return False


def _naar_devnull(*streams: Any) -> None:
    """Point these streams at /dev/null, so that the interpreter's last flush of what they still
    buffer cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in streams:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(devnull, stream.fileno())


def _stil_einde() -> None:
    """A closed pipe: nothing more to say to anyone (stderr's reader may be gone too); exit 141."""
    _naar_devnull(sys.stdout, sys.stderr)
    sys.exit(EXIT_PIPE)


def usage_message(e: click.UsageError, taal: str) -> str:
    """Click's usage errors in our words: unknown option, missing argument, invalid value."""

    def name_of(param: Any) -> str:
        if param is None:
            return "?"
        if isinstance(param, click.Argument):
            return (
                param.human_readable_name
                if taal != "en"
                else _hulp_nl(param.human_readable_name, HULP_SYNTAX_EN)
            )
        opts = getattr(param, "opts", None)
        return max(opts, key=len) if opts else str(param.name)

    if isinstance(e, click.NoSuchOption):
        hint = ""
        if e.possibilities:
            hint = tekst("cli.bedoelde_u", taal, optie=sorted(e.possibilities)[0])
        return tekst("cli.onbekende_optie", taal, optie=e.option_name) + hint
    if isinstance(e, click.MissingParameter):
        return tekst("cli.ontbreekt", taal, naam=name_of(e.param))
    if isinstance(e, click.BadParameter):
        param = e.param
        if param is not None and isinstance(param.type, click.Choice):
            return tekst(
                "cli.keuze",
                taal,
                naam=name_of(param),
                keuzes=", ".join(map(str, param.type.choices)),
            )
        if (
            param is not None
            and isinstance(param.type, click.IntRange)
            and param.type.max is not None
            and "not in the range" in e.message
        ):  # a whole number, but out of range
            return tekst(
                "cli.getal_tussen",
                taal,
                naam=name_of(param),
                min=param.type.min,
                max=param.type.max,
            )
        if param is not None and isinstance(param.type, (click.types.IntParamType, click.IntRange)):
            return tekst("cli.geheel_getal", taal, naam=name_of(param))
        return tekst("cli.ongeldig", taal, naam=name_of(param), bericht=e.message)
    ctx = e.ctx
    if ctx is not None and isinstance(ctx.command, click.Group) and "No such command" in e.message:
        wrong = e.message.split("'")[1] if "'" in e.message else "?"
        return tekst(
            "cli.onbekend_commando",
            taal,
            commando=wrong,
            keuzes=", ".join(ctx.command.list_commands(ctx)),
        )
    return tekst("cli.gebruik", taal, bericht=e.format_message())


lang_option = click.option(
    "--lang",
    "taal",
    type=click.Choice(["nl", "en"]),
    envvar=LANG_ENV,
    default="nl",
    show_default=True,
    help="Taal van de uitvoer / language of the output.",
)
sub_lang_option = click.option(
    "--lang",
    "sub_taal",
    type=click.Choice(["nl", "en"]),
    default=None,
    help="Taal van de uitvoer / language of the output.",
)
regels_option = click.option(
    "--regels",
    "regels",
    type=click.Path(file_okay=False),
    default=None,
    help="Map met een (regionaal) regelpakket; standaard het landelijke pakket.",
)


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="substitutiecheck")
@click.option(
    "--lang",
    "taal",
    type=click.Choice(["nl", "en"]),
    default=None,
    hidden=True,
    expose_value=False,
    callback=lambda ctx, param, value: _set_lang(value),
    help="Taal voor alle commando's / language for every command.",
)
def main() -> None:
    """Substitutiecheck: is deze patiëntengroep geschikt voor substitutie van zorg
    (van ziekenhuis naar huisarts), en zo nee, wat ontbreekt er nog?"""


def _set_lang(value: str | None) -> None:
    """``substitutiecheck --lang en COMMAND``: the language for the command too (its own --lang
    option reads the same environment variable)."""
    if value:
        os.environ[LANG_ENV] = value


def _warn_about(pack: Any, regels: str | None, taal: str) -> None:
    """A regional pack with conditions that never or always hold still works: say so on stderr."""
    if regels is None:
        return
    from .pack import waarschuwingen

    prefix = click.style(tekst("cli.waarschuwing", taal) + ":", fg="yellow", bold=True)
    for problem in waarschuwingen(pack):
        click.echo(
            f"{prefix} " + zichtbaar(f"{problem.bestand}: {problem.pad}: {problem.bericht(taal)}"),
            err=True,
        )


class UitvoerPad(click.Path):
    """``-o``/``--uitvoer``/``--rapport``: a file name, '-' (standard output, where allowed), never ''."""

    def __init__(self, streepje: bool = True) -> None:
        super().__init__(dir_okay=False, allow_dash=streepje)
        self.streepje = streepje

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        taal = _lang_from_argv()
        if value == "" or (value == "-" and not self.streepje):
            self.fail(
                tekst("cli.uitvoer_leeg" if value == "" else "cli.uitvoer_geen_streepje", taal),
                param,
                ctx,
            )
        return super().convert(value, param, ctx)


def _is_invoer(uitvoer: str | None, invoer: tuple[str, ...] | list[str]) -> None:
    """``-o`` naming one of the input files (it would be replaced by the report): exit 2."""
    if uitvoer in (None, "-"):
        return
    from pathlib import Path

    from .errors import Probleem, UitvoerFout
    from .inputs import _files_in

    # a folder's proposals are inputs too: `check map/ -o map/a.json` would replace one of them
    paden = [
        str(f)
        for p in invoer
        if p != "-"
        for f in (_files_in(Path(p)) if os.path.isdir(p) else [p])
    ]
    for pad in paden:
        try:
            same = os.path.samefile(pad, uitvoer)
        except OSError:
            same = os.path.realpath(pad) == os.path.realpath(uitvoer)
        if same:
            raise UitvoerFout(
                Probleem(
                    "", tekst("cli.uitvoer_is_invoer", "nl"), tekst("cli.uitvoer_is_invoer", "en")
                ),
                bestand=uitvoer,
            )


@contextlib.contextmanager
def _output(path: str | None, newline: str | None = None) -> Any:
    """Standard output for None and '-', else the file (fileio.open_output: atomic for a regular
    file, written into for a device or FIFO)."""
    from .fileio import bewaakt, open_output

    if path is None or path == "-":
        yield bewaakt(sys.stdout, "<stdout>")
        return
    with _signalen(), open_output(path, newline=newline) as stream:
        yield stream


class _Beeindigd(BaseException):
    """SIGTERM or SIGHUP arrived: unwind (every temporary file is removed on the way), then die
    of that signal (Main.main)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _bij_signaal(signum: int, frame: Any) -> None:
    from .fileio import ruim_op

    ruim_op()  # at once: whatever happens next, no partial .NAME.xxxx.tmp stays behind
    raise _Beeindigd(signum)


@contextlib.contextmanager
def _signalen() -> Any:
    """While an output file is being written: SIGTERM and SIGHUP remove its temporary file (a
    signal someone set to 'ignore', as nohup does, stays ignored)."""
    import signal

    saved = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None and signal.getsignal(signum) == signal.SIG_DFL:
            saved[signum] = signal.signal(signum, _bij_signaal)
    try:
        yield
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)


@main.command()
@click.argument("paden", nargs=-1, required=True, metavar="PAD...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "html", "csv", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="Uitvoerformaat.",
)
@click.option(
    "--csv-scheiding",
    "scheiding",
    type=click.Choice([";", ","]),
    default=";",
    show_default=True,
    help="Scheidingsteken voor --format csv (';' voor Nederlandse Excel, ',' voor andere programma's).",
)
@click.option(
    "-o",
    "--uitvoer",
    type=UitvoerPad(),
    default=None,
    help="Schrijf het rapport naar dit bestand (atomair) in plaats van naar stdout.",
)
@click.option("--strikt", is_flag=True, help="Exitcode 1 ook bij 'go onder voorwaarden'.")
@click.option(
    "--toelichting/--geen-toelichting",
    default=True,
    show_default=True,
    help="Neem de toelichting rond het advies op (samenwerkingsvormen, financiering, draagvlak, "
    "Kaats & Opheij). --geen-toelichting maakt grote JSON-batches kleiner en sneller.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0, max=1024),
    default=1,
    show_default=True,
    help="Aantal processen voor een grote batch (0: één per processorkern; hoogstens 4 per kern "
    "en nooit meer dan er werk is).",
)
@click.option(
    "--voortgang/--geen-voortgang",
    default=True,
    show_default=True,
    help="Voortgangsbalk op stderr (alleen op een terminal).",
)
@click.option(
    "--max-grootte",
    "max_mb",
    type=click.FloatRange(min=0, min_open=True),
    default=8,
    show_default=True,
    metavar="MB",
    help="Grootste invoer per document en per JSON Lines-regel, in MB.",
)
@regels_option
@lang_option
def check(
    paden: tuple[str, ...],
    fmt: str,
    scheiding: str,
    uitvoer: str | None,
    strikt: bool,
    toelichting: bool,
    jobs: int,
    voortgang: bool,
    max_mb: float,
    regels: str | None,
    taal: str,
) -> None:
    """Controleer voorstellen: bestanden, mappen (recursief), - voor stdin, en JSON Lines (.jsonl).

    Exitcode 0: geen no-go; 1: minstens één no-go (met --strikt ook bij go onder voorwaarden);
    2: ongeldige invoer of gebruik (de geldige voorstellen worden wel gerapporteerd); 130: afgebroken;
    141: de lezer van de uitvoer stopte (bijvoorbeeld | head).

    Formaten: text, markdown, html (één bestand met grafieken, werkt offline), csv (één regel per
    voorstel; UTF-8 met BOM; ongeldige invoer staat er als regel met de fout in kolom 'fout' en
    ook op stderr), json en jsonl.
    """
    from .batch import Voortgang, tel_invoer, verwerk
    from .evaluation import resolve_pack
    from .inputs import iter_items
    from .reporters import breedte_voor, reporter_by_name

    _is_invoer(uitvoer, paden)
    pack = resolve_pack(regels)
    _warn_about(pack, regels, taal)
    # on a terminal's stderr only, and not while the reports themselves scroll over that terminal
    naar_terminal = uitvoer in (None, "-") and sys.stdout.isatty()
    bar = Voortgang(taal=taal, aan=None if voortgang and not naar_terminal else False)
    if bar.aan:
        bar.totaal = tel_invoer(paden)
    with _output(uitvoer) as out, bar:
        colour = uitvoer is None and fmt == "text" and out.isatty()
        extra = {"scheiding": scheiding} if fmt == "csv" else {}
        reporter = reporter_by_name(fmt)(
            out=out, taal=taal, kleur=colour, breedte=breedte_voor(out), **extra
        )
        had_error = verwerk(
            iter_items(paden, rauw=jobs != 1, max_mb=max_mb),
            reporter,
            fmt=fmt,
            regels=regels,
            pack=pack,
            taal=taal,
            jobs=jobs,
            voortgang=bar,
            toelichting=toelichting,
            bij_fout=lambda fout: print_error_lines(fout.regels(taal), taal),
        )
        reporter.einde()
    s = reporter.samenvatting
    if had_error:
        sys.exit(EXIT_ERROR)
    if s.nogo or (strikt and s.voorwaardelijk):
        sys.exit(EXIT_NOGO)


@main.group(invoke_without_command=True)
@regels_option
@lang_option
@click.pass_context
def regels(ctx: click.Context, regels: str | None, taal: str) -> None:
    """Toon de regels van het actieve pakket; valideer of test een (regionaal) pakket."""
    ctx.obj = {"regels": regels, "taal": taal}
    if ctx.invoked_subcommand is None:
        from .evaluation import resolve_pack
        from .packinfo import regel_lijst

        click.echo(zichtbaar("\n".join(regel_lijst(resolve_pack(regels), taal)), wit=True))


@regels.command("toon")
@click.argument("regel_id", metavar="ID")
@sub_lang_option
@click.pass_obj
def regels_toon(obj: dict, regel_id: str, sub_taal: str | None) -> None:
    """Leg één regel uit: wat hij controleert, waarom, het advies en de bron."""
    from .evaluation import resolve_pack
    from .packinfo import regel_uitleg

    click.echo(
        zichtbaar(
            "\n".join(regel_uitleg(resolve_pack(obj["regels"]), regel_id, sub_taal or obj["taal"])),
            wit=True,
        )
    )


@regels.command("ids")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown"]),
    default="text",
    show_default=True,
    help="Uitvoerformaat (markdown: de pagina docs/ids.md).",
)
@sub_lang_option
@click.pass_obj
def regels_ids(obj: dict, fmt: str, sub_taal: str | None) -> None:
    """Toon elk id dat een voorstel gebruikt, met naam en betekenis: patiëntengroepen,
    uitsluitingen, randvoorwaarden, samenwerkingsvormen en financieringsroutes."""
    from .evaluation import resolve_pack
    from .packinfo import id_lijst, id_markdown

    pack, taal = resolve_pack(obj["regels"]), sub_taal or obj["taal"]
    click.echo(id_markdown(pack, taal) if fmt == "markdown" else "\n".join(id_lijst(pack, taal)))


@regels.command("valideer")
@click.argument("map", type=click.Path(file_okay=False))
@sub_lang_option
@click.pass_obj
def regels_valideer(obj: dict, map: str, sub_taal: str | None) -> None:
    """Controleer een pakketmap: schema, dubbele ids, onbekende velden en ids, wijzigingen van
    ids die niet bestaan, condities die nooit of altijd waar zijn, en het scenariobestand."""
    from pathlib import Path

    from .errors import RegelpakketFout
    from .pack import laad_regelpakket, waarschuwingen
    from .scenarios import SCENARIO_FILE, controleer_scenarios, laad_scenarios

    taal = sub_taal or obj["taal"]
    pack = laad_regelpakket(map)
    scenarios = laad_scenarios(Path(map))
    problems = waarschuwingen(pack) + controleer_scenarios(
        scenarios, pack, str(Path(map) / SCENARIO_FILE)
    )
    if problems:
        raise RegelpakketFout(problems, bestand=map)
    click.echo(
        zichtbaar(
            tekst(
                "regels.geldig",
                taal,
                naam=pack.naam,
                versie=pack.versie,
                hash=pack.hash,
                regels=len(pack.regels),
                rv=len(pack.randvoorwaarden),
                sc=len(scenarios),
            )
        )
    )


@regels.command("test")
@click.argument("map", type=click.Path(file_okay=False), required=False)
@sub_lang_option
@click.pass_obj
def regels_test(obj: dict, map: str | None, sub_taal: str | None) -> None:
    """Draai de scenario's van een pakket (scenarios.json): verwacht advies en ontbrekende ids.

    Exitcode 0: alles geslaagd; 1: een scenario mislukt; 2: pakket of scenario's ongeldig."""
    from pathlib import Path

    from .errors import Probleem, RegelpakketFout
    from .pack import data_dir, laad_regelpakket
    from .scenarios import SCENARIO_FILE, draai_scenario, laad_scenarios

    taal = sub_taal or obj["taal"]
    folder = Path(map) if map else (Path(obj["regels"]) if obj["regels"] else data_dir("rules"))
    pack = laad_regelpakket(folder)
    scenarios = laad_scenarios(folder)
    if not scenarios:
        raise RegelpakketFout(
            Probleem(
                "", tekst("regels.geen_scenarios", "nl"), tekst("regels.geen_scenarios", "en")
            ),
            bestand=str(folder / SCENARIO_FILE),
        )
    failed = 0
    for scenario in scenarios:
        uitkomst = draai_scenario(scenario, pack)
        if uitkomst.geslaagd:
            click.echo(click.style("✓", fg="green") + f" {zichtbaar(uitkomst.naam)}")
        else:
            failed += 1
            click.echo(click.style("✗", fg="red") + f" {zichtbaar(uitkomst.naam)}")
            for verschil in uitkomst.verschillen:
                click.echo("    " + zichtbaar(f"{verschil.pad}: {verschil.bericht(taal)}"))
    click.echo(tekst("regels.test_samenvatting", taal, ok=len(scenarios) - failed, fout=failed))
    if failed:
        sys.exit(EXIT_NOGO)


@main.command()
@click.option(
    "--rapport", is_flag=True, help="Het schema van een rapport in plaats van een voorstel."
)
@regels_option
@lang_option
def schema(rapport: bool, regels: str | None, taal: str) -> None:
    """Print het JSON Schema van een voorstel (of met --rapport: van een rapport).

    Elk veld en elke keuze heeft een naam en uitleg (title, description), in het Nederlands of
    met --lang en in het Engels: een editor die JSON Schema leest, vult dan aan en legt uit."""
    if rapport:
        from .report import rapport_schema

        doc = rapport_schema()
    else:
        from .evaluation import resolve_pack
        from .model import voorstel_schema

        doc = voorstel_schema(resolve_pack(regels), taal)
    click.echo(json.dumps(doc, ensure_ascii=False, indent=2))


@main.group()
def export() -> None:
    """Exporteer de vragenlijst of voorstellen naar FHIR R4 (Questionnaire, QuestionnaireResponse)."""


@export.command("fhir")
@click.option(
    "-o",
    "--uitvoer",
    type=UitvoerPad(),
    default=None,
    help="Schrijf naar dit bestand (atomair) in plaats van naar stdout.",
)
@regels_option
@lang_option
def export_fhir(uitvoer: str | None, regels: str | None, taal: str) -> None:
    """Print de vragenlijst van het actieve regelpakket als FHIR R4 Questionnaire (JSON).

    Met --lang en is de hoofdtekst Engels en de Nederlandse een vertaling."""
    from .evaluation import resolve_pack
    from .fhir import questionnaire

    doc = questionnaire(resolve_pack(regels), taal)
    with _output(uitvoer) as out:
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


@export.command("fhir-antwoorden")
@click.argument("voorstel", metavar="VOORSTEL")
@click.option(
    "-o",
    "--uitvoer",
    type=UitvoerPad(),
    default=None,
    help="Schrijf naar dit bestand (atomair) in plaats van naar stdout.",
)
@regels_option
@lang_option
def export_fhir_antwoorden(
    voorstel: str, uitvoer: str | None, regels: str | None, taal: str
) -> None:
    """Print een voorstel (JSON, of - voor stdin) als FHIR R4 QuestionnaireResponse bij de
    vragenlijst van 'export fhir'. JSON Lines (.jsonl) of een map geeft één response per regel.
    'substitutiecheck check' accepteert het resultaat en geeft hetzelfde advies."""
    from .evaluation import resolve_pack
    from .fhir import antwoorden
    from .inputs import iter_items

    _is_invoer(uitvoer, [voorstel])
    pack = resolve_pack(regels)
    docs, lines = [], False
    for item in iter_items([voorstel]):
        if item.fout is not None:
            raise item.fout
        try:
            docs.append(antwoorden(item.data, pack, taal))
        except InvoerFout as e:
            raise e.met_bron(item.bron, item.regel) from None
        lines = lines or item.regel is not None
    lines = lines or len(docs) != 1  # several proposals (JSON Lines, a folder): one per line
    with _output(uitvoer) as out:
        for doc in docs:
            out.write(
                (
                    json.dumps(doc, ensure_ascii=False)
                    if lines
                    else json.dumps(doc, ensure_ascii=False, indent=2)
                )
                + "\n"
            )


@main.command()
@click.option(
    "-o",
    "--uitvoer",
    type=UitvoerPad(streepje=False),
    required=True,
    help="Het voorstel (JSON); na elke vraag bijgewerkt. Bestaat het al, dan kunt u verdergaan.",
)
@click.option(
    "--van",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="Herzie een bestaand voorstel: begin bij het overzicht met de antwoorden uit dit bestand.",
)
@click.option(
    "--rapport",
    "rapport_pad",
    type=UitvoerPad(streepje=False),
    default=None,
    help="Schrijf het rapport aan het eind ook naar dit bestand; het formaat volgt de extensie "
    "(.txt, .md, .html, .csv, .json, .jsonl).",
)
@click.option(
    "--rol",
    default=None,
    metavar="ROL",
    help="Wie de vragen beantwoordt (bijvoorbeeld huisarts, medisch_specialist, zorgverzekeraar); "
    "komt als 'respondent' in het voorstel, voor 'substitutiecheck combineer'.",
)
@regels_option
@lang_option
def vragenlijst(  # noqa: PLR0913 - click passes every option
    uitvoer: str,
    van: str | None,
    rapport_pad: str | None,
    rol: str | None,
    regels: str | None,
    taal: str,
) -> None:
    """Stel een voorstel interactief op (vraag voor vraag) en toon het advies.

    Elk antwoord wordt meteen opgeslagen; Ctrl-C stopt (exitcode 130) en bij een volgende start
    kunt u verdergaan. Zonder terminal: gebruik 'substitutiecheck check'.
    """
    from .questionnaire.ui import main as run

    _is_invoer(rapport_pad, [uitvoer])
    sys.exit(run(uitvoer, van, regels, taal, rapport_pad=rapport_pad, rol=rol))


from . import cli_partijen  # noqa: E402, F401  (registers 'combineer' and 'vergelijk', issue 17)

if __name__ == "__main__":  # pragma: no cover
    main()
