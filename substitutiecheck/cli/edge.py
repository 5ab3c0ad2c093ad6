"""The one error handler of the program (``Main.main`` and ``Main.invoke``): user errors are
one line in the language of the command line and exit 2, Ctrl-C is exit 130, a closed pipe is a
quiet exit 141, an internal error is exit 3 without a traceback (ExitStatus)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import click

from ..errors import EngineFout, SubstitutiecheckFout
from ..exitstatus import ExitStatus
from ..i18n import tekst, zichtbaar
from ..signalen import Beeindigd, onderbroken_door
from ..suggest import closest, hint
from .help import HULP_SYNTAX_EN, Engels, HulpCommand, HulpContext, _hulp_nl
from .language import TAAL, taal_in, taal_van, taal_vooraf
from .params import BuitenBereik

_NO_ARGS: Any = getattr(click.exceptions, "NoArgsIsHelpError", ())
"""What Click 8.2 and later raise for a bare ``substitutiecheck`` (earlier ones show the help
themselves, and ``isinstance(e, ())`` is False)."""


def print_error_lines(lines: list[str], taal: str) -> None:
    prefix = click.style(tekst("cli.fout", taal) + ":", fg="red", bold=True)
    for line in lines:  # file names and field names come from outside: controls shown, not obeyed
        click.echo(f"{prefix} {zichtbaar(line)}", err=True)


class UnknownCommand(click.UsageError):
    """A group was given a command it does not have (``naam``)."""

    def __init__(self, naam: str, ctx: click.Context) -> None:
        super().__init__(f"No such command {naam!r}.", ctx)
        self.naam = naam


class _Groep(Engels, click.Group):
    """A group of commands: its help in the language of the command line, and an unknown command
    as :class:`UnknownCommand` (Click's own error for it has no class of its own before 8.4)."""

    context_class = HulpContext
    command_class = HulpCommand

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        naam = args[0]
        cmd = self.get_command(ctx, naam)
        if cmd is None and ctx.token_normalize_func is not None:
            naam = ctx.token_normalize_func(naam)
            cmd = self.get_command(ctx, naam)
        if cmd is None and not ctx.resilient_parsing:
            if not naam[:1].isalnum():  # an option, not a command: let the parser judge it
                self.parse_args(ctx, args)
            raise UnknownCommand(naam, ctx)
        return (naam if cmd else None), cmd, args[1:]


class HulpGroup(_Groep):
    pass


HulpGroup.group_class = HulpGroup


def _open_gesloten_stromen() -> None:
    """A standard stream the caller closed (``<&-``, ``>&-``, ``2>&-``) is None in Python: it
    becomes the null device, so a closed input reads as empty ('check -' says the input is
    empty; the questionnaire says it needs a terminal) and output nobody can read goes nowhere,
    as into a closed pipe: a quiet end, never an internal error (exit 3) or a traceback. The
    null device takes the lowest free descriptor, which is the closed one."""
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115


def _bevries_bij_einde() -> None:
    """At the end of the process, skip the garbage collector's last pass over every object
    (issue 18, row e: 24.7M of 485M instructions of a one-file check, 5 %): ``gc.freeze`` at
    exit moves them out of its reach; the memory goes back to the system with the process, and
    atexit handlers and finalizers that are called explicitly still run. Registered once per
    process, also when the CLI runs in-process (tests)."""
    global _BEVROREN
    if not _BEVROREN:
        import atexit
        import gc

        atexit.register(gc.freeze)
        _BEVROREN = True


_BEVROREN = False


class Main(_Groep):
    """The root group, whose ``main`` and ``invoke`` are the single error handler at the edge."""

    group_class = HulpGroup

    def main(  # type: ignore[override]
        self, args: Sequence[str] | None = None, prog_name: str | None = None, **kwargs: Any
    ) -> NoReturn:
        """Click's own usage errors, in Dutch (or English), as one line plus a hint; exit 2."""
        kwargs.pop("standalone_mode", None)
        _bevries_bij_einde()
        meta: dict[str, Any] = {}  # the root context's meta: the language of this call
        from .output import vervang_wat_niet_kan

        _open_gesloten_stromen()
        vervang_wat_niet_kan(sys.stdout)  # every command's output, click.echo's too
        try:
            rv = super().main(args, prog_name, standalone_mode=False, meta=meta, **kwargs)
            sys.stdout.flush()  # here, not at exit: a closed pipe must be seen while we can handle it
        except BrokenPipeError:
            _stil_einde()
        except Beeindigd as e:  # cleaned up: now end the way that signal ends a process
            import signal

            signal.signal(e.signum, signal.SIG_DFL)
            os.kill(os.getpid(), e.signum)
            sys.exit(128 + e.signum)
        except OSError as e:  # the final flush of standard output (a full disk, say)
            from ..fileio import uitvoer_fout

            _naar_devnull(sys.stdout)
            taal = taal_in(meta)
            print_error_lines(uitvoer_fout("<stdout>", e, bezig=True).regels(taal), taal)
            sys.exit(ExitStatus.INPUT)
        except click.UsageError as e:
            taal = taal_van(e.ctx) if e.ctx is not None else taal_in(meta)
            if isinstance(e, _NO_ARGS) and e.ctx is not None:  # plain 'substitutiecheck'
                click.echo(e.ctx.get_help())
                sys.exit(ExitStatus.OK)
            print_error_lines([usage_message(e, taal)], taal)
            if e.ctx is not None:
                click.echo(tekst("cli.hulp", taal, commando=e.ctx.command_path), err=True)
            sys.exit(ExitStatus.INPUT)
        except click.ClickException as e:
            print_error_lines([e.format_message()], taal_in(meta))
            sys.exit(e.exit_code)
        except click.Abort:
            click.echo(tekst("cli.afgebroken", taal_in(meta)), err=True)
            sys.exit(ExitStatus.INTERRUPTED)
        sys.exit(rv if isinstance(rv, int) else ExitStatus.OK)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Before the options are parsed: a first guess of the language from these arguments,
        for the help pages and usage errors that parsing itself may give."""
        ctx.meta.setdefault(TAAL, taal_vooraf(args))
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SubstitutiecheckFout as e:
            taal = taal_van(ctx)
            print_error_lines(e.regels(taal), taal)
            if e.hint:
                click.echo(tekst(e.hint, taal), err=True)
            ctx.exit(ExitStatus.INPUT)
        except (KeyboardInterrupt, click.Abort):
            click.echo(tekst("cli.afgebroken", taal_van(ctx)), err=True)
            ctx.exit(ExitStatus.INTERRUPTED)
        except BrokenPipeError:
            _stil_einde()
        except (click.exceptions.Exit, click.ClickException):
            raise
        except Exception as e:  # noqa: BLE001 - the edge: no traceback for users
            taal = taal_van(ctx)
            if isinstance(e, RuntimeError) and onderbroken_door(e, KeyboardInterrupt):
                # Ctrl-C reached a lock or queue of the process pool half-way ('cannot release
                # un-acquired lock' while the interrupt was handled): the user stopped the run.
                # Only a RuntimeError: a full disk or a bug while saving after Ctrl-C is said.
                click.echo(tekst("cli.afgebroken", taal), err=True)
                ctx.exit(ExitStatus.INTERRUPTED)
            if isinstance(e, OSError) and (
                (stdout_kapot := not _stdout_schrijfbaar()) or _omgeving(e)
            ):
                # a full disk behind '>', or under a scratch file: the environment, not a bug
                from ..fileio import uitvoer_fout

                print_error_lines(
                    uitvoer_fout("<stdout>" if stdout_kapot else "", e, bezig=True).regels(taal),
                    taal,
                )
                ctx.exit(ExitStatus.INPUT)
            if os.environ.get("SUBSTITUTIECHECK_DEBUG"):
                raise
            kind = "engine" if isinstance(e, EngineFout) else type(e).__name__
            print_error_lines([tekst("cli.interne_fout", taal, soort=kind, bericht=str(e))], taal)
            ctx.exit(ExitStatus.BUG)


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
    sys.exit(ExitStatus.PIPE)


def _uit_omgeving(ctx: click.Context, param: Any) -> bool:
    from click.core import ParameterSource

    return ctx.get_parameter_source(str(param.name)) is ParameterSource.ENVIRONMENT


def _waarde_message(e: click.BadParameter, taal: str, name_of: Callable[[Any], str]) -> str:
    """An invalid value of an option or argument, in our words (click's own are English)."""
    param = e.param
    if param is not None and isinstance(param.type, click.Choice):
        envvar = getattr(param, "envvar", None)
        if e.ctx is not None and isinstance(envvar, str) and _uit_omgeving(e.ctx, param):
            # 'SUBSTITUTIECHECK_LANG=xx' blamed '--lang', which the user never typed (a review)
            return tekst(
                "cli.keuze_omgeving",
                taal,
                naam=envvar,
                keuzes=", ".join(map(str, param.type.choices)),
            )
        return tekst(
            "cli.keuze",
            taal,
            naam=name_of(param),
            keuzes=", ".join(map(str, param.type.choices)),
        )
    if (
        isinstance(e, BuitenBereik)
        and param is not None
        and isinstance(param.type, click.IntRange)
        and param.type.max is not None
    ):  # a whole number, but out of range
        return tekst(
            "cli.getal_tussen",
            taal,
            naam=name_of(param),
            min=param.type.min,
            max=param.type.max,
        )
    if param is not None and isinstance(param.type, click.FloatRange):  # click's is English
        bereik = param.type
        if bereik.min is not None and bereik.max is not None and bereik.min_open:
            return tekst(
                "cli.getal_boven_tot",
                taal,
                naam=name_of(param),
                min=f"{bereik.min:g}",
                max=f"{bereik.max:g}",
            )
        if bereik.min is not None and bereik.max is None:
            return tekst(
                "cli.getal_boven" if bereik.min_open else "cli.getal_vanaf",
                taal,
                naam=name_of(param),
                min=f"{bereik.min:g}",
            )
    if param is not None and isinstance(param.type, (click.types.IntParamType, click.IntRange)):
        return tekst("cli.geheel_getal", taal, naam=name_of(param))
    return tekst("cli.ongeldig", taal, naam=name_of(param), bericht=e.message)


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
        close = sorted(e.possibilities)[0] if e.possibilities else None  # click's own guess
        return tekst("cli.onbekende_optie", taal, optie=e.option_name) + hint(close).tekst(taal)
    if isinstance(e, click.MissingParameter):
        return tekst("cli.ontbreekt", taal, naam=name_of(e.param))
    if isinstance(e, click.BadParameter):
        return _waarde_message(e, taal, name_of)
    ctx = e.ctx
    if isinstance(e, UnknownCommand) and ctx is not None and isinstance(ctx.command, click.Group):
        commandos = ctx.command.list_commands(ctx)
        # Stricter than difflib's 0.6: few short names, and 'controleer' (Dutch for check) is
        # 0.63 like 'combineer', a suggestion that would mislead; 'chek' is 0.89 like 'check'.
        return tekst(
            "cli.onbekend_commando", taal, commando=e.naam, keuzes=", ".join(commandos)
        ) + hint(closest(e.naam, commandos, cutoff=0.7)).tekst(taal)
    return _click_zin(e.format_message(), taal)


_CLICK_ZINNEN = (
    (r"Got unexpected extra arguments? \((?P<args>.*)\)", "cli.extra_argument"),
    (r"Option (?P<optie>'.+') requires (?:an argument|\d+ arguments)\.", "cli.optie_vraagt_waarde"),
    (r"Option (?P<optie>'.+') does not take a value\.", "cli.optie_geen_waarde"),
)
"""Click's own usage errors that reach the generic case, in our words: in Dutch they came out
in English ('verkeerd gebruik: Got unexpected extra argument (c)': an adversarial test)."""


def _click_zin(bericht: str, taal: str) -> str:
    import re

    for patroon, sleutel in _CLICK_ZINNEN:
        m = re.fullmatch(patroon, bericht)
        if m:
            return tekst(sleutel, taal, **m.groupdict())
    return tekst("cli.gebruik", taal, bericht=bericht)
