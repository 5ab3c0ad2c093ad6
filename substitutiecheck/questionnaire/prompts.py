"""The prompts of the questionnaire, with questionary and prompt_toolkit: the state of the screen,
plain output, and one choice, one line of text or one key (:class:`Prompter`). What to ask and
when is in :mod:`.screens` and :mod:`.ui`."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from pathlib import PurePath
from typing import Any, TextIO, TypedDict

import click

from ..pack import Regelpakket
from ..values import frozen
from .data import Vragenlijst
from .flow import Sessie, herstel_tekens
from .keys import TERUG, UITLEG, WIDTH, gedeelde_standaardtoetsen, navigatie, voeg_toe
from .storage import Opslag
from .texts import tekst


class _KopArgumenten(TypedDict):
    """questionary's arguments for the head of a prompt (see :meth:`Prompter._kop`)."""

    message: str
    qmark: str
    instruction: str | None


@frozen
class Kop:
    """What a choice prompt shows above its list: the question, the key hint (None: none), and
    lines above the question that must stay in view ('Vraag 3 van 20')."""

    vraag: str
    instructie: str | None = None
    boven: tuple[str, ...] = ()


class Prompter:
    """The screen of the questionnaire: its state, output, and the prompts themselves."""

    def __init__(
        self,
        vl: Vragenlijst,
        opslag: Opslag,
        taal: str = "nl",
        out: TextIO | None = None,
        err: TextIO | None = None,
        voor_prompt: Callable[[], None] | None = None,
    ) -> None:
        self.vl = vl
        self.pack: Regelpakket = vl.pack
        self.opslag = opslag
        self.taal = taal
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.voor_prompt = voor_prompt  # tests: feed the keys of the next prompt
        self.kleur = bool(getattr(self.out, "isatty", lambda: False)())
        from ..reporters import breedte_voor

        self.breedte = breedte_voor(self.out, WIDTH)  # our own text
        self.kolommen = (
            breedte_voor(self.out, 10_000) + 1
        )  # a prompt line may use the whole terminal
        self.rijen: int | None = None  # the terminal's height (None: not a terminal)
        if self.kolommen <= 10_000:
            import shutil

            self.rijen = shutil.get_terminal_size((80, 24)).lines
        self.sessie: Sessie | None = None  # set by VragenlijstUI.run
        self._sectie: str | None = None
        self._intro: str | None = None  # the last section intro shown (groups share theirs)
        self.meldingen: list[str] = []  # notices shown above the next prompt (they stay in view)
        self._gemarkeerd: Any = None  # the choice highlighted when '?' was pressed
        self._terug_na_uitleg: tuple[str, Any] | None = (
            None  # (question, choice) to highlight again
        )
        self.rapport_pad: str | None = None  # --rapport: also write the report there
        self.tekens_hersteld = False  # a draft left by a stop had a byte that is not UTF-8

    # -- output ------------------------------------------------------------------------------
    def echo(self, text: str = "", **style: Any) -> None:
        if style and self.kleur:
            text = click.style(text, **style)
        click.echo(text, file=self.out)

    def wrap(self, text: str, indent: str = "  ", **style: Any) -> None:
        for para in text.split("\n\n"):
            hanging = " " * len(indent)  # a bullet ("    - ") starts the first line only
            for line in textwrap.wrap(
                para,
                self.breedte,
                initial_indent=indent,
                subsequent_indent=hanging,
                break_long_words=False,
                break_on_hyphens=False,
            ) or [""]:
                self.echo(line, **style)

    def say(self, key: str, **kw: Any) -> str:
        """The questionnaire catalogue's text ``key`` in the session's language; a file name or
        other text in it shown, not obeyed (an escape code in the -o name reached the terminal;
        an adversarial terminal test), as every error line (``i18n.zichtbaar``)."""
        from ..i18n import zichtbaar

        waarden = {
            k: zichtbaar(str(v)) if isinstance(v, str | PurePath) else v for k, v in kw.items()
        }
        text = tekst(key, self.taal, **waarden)
        from .programma import programma

        prog = programma()
        if prog != "substitutiecheck":  # a command to run later: as it can be run here
            for sub in ("vragenlijst", "check"):
                text = text.replace(f"substitutiecheck {sub} ", f"{prog} {sub} ")
        return text

    def opdracht(self, pad: object) -> str:
        """What follows 'substitutiecheck vragenlijst' in a hint to go on with ``pad``."""
        return opdracht(pad, self.opslag.regels)

    def met_regels(self) -> str:
        """' --regels DIR' (quoted for a shell) when a pack folder was given, else ''."""
        return met_regels(self.opslag.regels)

    @property
    def actief(self) -> Sessie:
        """The session being asked (there is one once the start screens are done)."""
        assert self.sessie is not None
        return self.sessie

    # -- prompts -----------------------------------------------------------------------------
    def _run(self, question: Any) -> Any:
        app = question.application
        leave = app.exit

        def exit_once(*args: Any, **kwargs: Any) -> None:
            """The first key that ends the prompt wins: Esc followed at once by '<' or Ctrl-C runs
            both bindings, and a second exit() would raise."""
            if not app.is_done:
                leave(*args, **kwargs)

        app.exit = exit_once
        app.timeoutlen = (
            0.5  # Esc on its own acts after half a second (Esc then Enter sooner: Alt+Enter)
        )
        if self.voor_prompt is not None:
            self.voor_prompt()
        return question.unsafe_ask()

    def select(
        self,
        kop: Kop,
        choices: list[Any],
        default: Any = None,
        nav: bool = True,
        toetsen: dict[str, Any] | None = None,
        zoeken: bool = False,
    ) -> Any:
        """One choice among ``choices``, below ``kop``; with ``nav`` also TERUG (← < Ctrl-B, or Esc on its own)
        and UITLEG (?). Only ever returns the value of a choice: Alt+Enter (= Esc then Enter) is
        ignored, and anything else that would end the prompt without a choice asks again.
        ``toetsen``: keys that move the highlight to a choice (j/d/n/o, digits); ``zoeken``: typing
        filters the list. A list taller than the terminal says that more choices follow."""
        import questionary
        from prompt_toolkit.key_binding import KeyBindings
        from prompt_toolkit.keys import Keys

        values = {c.value for c in choices if isinstance(c, questionary.Choice)} | (
            {TERUG, UITLEG} if nav else set()
        )
        while True:
            with gedeelde_standaardtoetsen():
                question = questionary.select(
                    choices=choices,
                    default=default,
                    use_jk_keys=False,
                    use_search_filter=zoeken,
                    **self._kop(kop.vraag, kop.instructie, kop.boven + self._meer(choices)),
                )
            kb = KeyBindings()

            @kb.add(Keys.ControlD, eager=True)
            def _eof(event: Any) -> None:
                event.app.exit(exception=EOFError, style="class:aborting")

            @kb.add(Keys.Escape, Keys.ControlM, eager=True)
            def _ignore(event: Any) -> None:
                """Alt+Enter, or Esc then Enter: would accept questionary's hidden empty line."""

            for key, value in (toetsen or {}).items():
                kb.add(key, eager=True)(self._wijs_aan(value))

            if zoeken:
                from prompt_toolkit.filters import Condition

                @kb.add(Keys.ControlM, eager=True, filter=Condition(self._niets_gevonden))
                def _geen_keuze(event: Any) -> None:
                    """No match: questionary shows the whole list and Enter took its first."""

            if nav:

                @kb.add(Keys.Left, eager=True)
                @kb.add("<", eager=True)
                @kb.add(Keys.ControlB, eager=True)
                @kb.add(Keys.Escape)  # not eager: Esc followed by another key is that key's
                def _back(event: Any) -> None:
                    event.app.exit(result=TERUG)

                @kb.add("?", eager=True)
                def _help(event: Any) -> None:
                    control = self._inquirer(event.app)
                    self._gemarkeerd = (
                        control.get_pointed_at().value if control is not None else None
                    )
                    event.app.exit(result=UITLEG)

            app = question.application
            voeg_toe(app, kb)
            self._translate_description(app)
            result = self._run(question)
            if result in values:
                return result
            pointed = self._inquirer(app)
            default = pointed.get_pointed_at().value if pointed is not None else default

    def _niets_gevonden(self) -> bool:
        """The running choice list has a search text that no choice contains ('zzz' + Enter
        answered 'Diabetes'; an audit): then Enter does nothing."""
        from prompt_toolkit.application import get_app

        control = self._inquirer(get_app())
        zoek = getattr(control, "search_filter", None) or ""
        return bool(zoek) and not any(zoek.lower() in str(c.title).lower() for c in control.choices)

    def _wijs_aan(self, value: Any) -> Callable[[Any], None]:
        """A key binding that highlights the choice ``value`` (Enter still confirms it)."""

        def handler(event: Any) -> None:
            control = self._inquirer(event.app)
            for i, c in enumerate(control.filtered_choices if control is not None else ()):
                if getattr(c, "value", None) == value and not c.disabled:
                    control.pointed_at = i

        return handler

    def _meer(self, choices: list[Any]) -> tuple[str, ...]:
        """'N choices; ↓ shows more' when the list is taller than the terminal (about 8 lines go
        to the question, the hint and the explanation)."""
        if self.rijen is None or len(choices) + 8 <= self.rijen:
            return ()
        from questionary import Separator

        return (self.say("ui.meer", n=sum(not isinstance(c, Separator) for c in choices)),)

    @staticmethod
    def _inquirer(app: Any) -> Any:
        """The choice list of a questionary select application."""
        from questionary.prompts.common import InquirerControl

        windows = app.layout.find_all_windows()
        return next((w.content for w in windows if isinstance(w.content, InquirerControl)), None)

    def _kop(
        self, message: str, instruction: str | None, boven: tuple[str, ...], antwoord: str = ""
    ) -> _KopArgumenten:
        """questionary's ``message``, ``qmark`` and ``instruction`` for a prompt. What must stay in
        view while it is open (pending notices, 'Vraag X van Y') goes on lines above the question,
        inside the prompt: text printed before it scrolls away behind a long list. A question
        longer than the terminal is wrapped between words, and the key hint goes on a line of its
        own when it does not fit after the question (and a prefilled ``antwoord``)."""
        width = self.kolommen - 1
        lines = [
            part
            for line in [*self.meldingen, *boven]
            for part in textwrap.wrap(line, width) or [""]
        ]
        self.meldingen = []
        words = textwrap.wrap(message, width - 3) or [message]  # after '? ', before the answer
        if instruction and len(words[-1]) + len(instruction) + len(antwoord) + 5 > width:
            lines.append(instruction)
            instruction = " "  # questionary would show its own English hint for None or ""
        return {
            "message": "\n".join(words),
            "qmark": "\n".join([*lines, "?"]),
            "instruction": instruction,
        }

    def _translate_description(self, app: Any) -> None:
        """questionary writes a choice's description as '  Description: ...' (English, fixed);
        show it under our own label instead, wrapped between words at the terminal's width (one
        line was cut off at the edge: "… dat doet de randv", a helper's trial at 100 columns)."""
        label = self.say("ui.toelichting")
        width = max(20, self.kolommen - 1)
        control = self._inquirer(app)
        if control is None:
            return
        original = control.text

        def tokens() -> list[Any]:
            out = []
            for token in original():
                if token[1].startswith("  Description: "):
                    head = f"  {label}: "
                    body = token[1][len("  Description: ") :]
                    wrapped = textwrap.wrap(
                        head + body, width, subsequent_indent=" " * len(head)
                    ) or [head]
                    token = (token[0], "\n".join(wrapped), *token[2:])
                out.append(token)
            return out

        control.text = tokens

    def text(
        self,
        message: str,
        default: str,
        validate: Callable[[str], Any],
        instruction: str,
        boven: tuple[str, ...] = (),
    ) -> str:
        """A line of text; Esc (on its own) or Ctrl-B goes back (TERUG). ← and → move the
        cursor, and '<' or '?' are text, except alone on the line (see :func:`navigatie`)."""
        import questionary
        from prompt_toolkit.key_binding import KeyBindings
        from prompt_toolkit.keys import Keys

        with gedeelde_standaardtoetsen():
            question = questionary.text(
                default=default,
                validate=validate,
                **self._kop(message, instruction, boven, default),
            )
        kb = KeyBindings()

        def concept(app: Any) -> None:  # typed, not confirmed: kept (Esc, Ctrl-C lost it)
            s, getypt = self.sessie, herstel_tekens(app.current_buffer.text)
            if s is None or not s.positie or navigatie(getypt, default) is not None:
                return  # '<' or '?' (also after the answer) is a key, not text to keep
            if getypt.strip() and getypt != default:
                s.concepten[s.positie] = getypt
            elif not getypt.strip():
                s.concepten.pop(s.positie, None)  # cleared: the draft is gone too

        @kb.add(Keys.ControlB, eager=True)
        @kb.add(Keys.Escape)  # not eager: Esc then Enter (Alt+Enter) is Enter
        def _back(event: Any) -> None:
            concept(event.app)
            event.app.exit(result=TERUG)

        app = question.application
        voeg_toe(app, kb)
        hersteld: list[bool] = []

        def herstel(buffer: Any) -> None:
            """A byte that is not UTF-8 shows at once as the letter it is read as (see
            :func:`~.flow.herstel_tekens`), so what is seen is what is saved."""
            goed = herstel_tekens(buffer.text)
            if goed != buffer.text:
                hersteld.append(True)
                buffer.text = goed

        app.current_buffer.on_text_changed += herstel
        try:
            answer: str = self._run(question)
        except BaseException:  # Ctrl-C, Ctrl-D, SIGTERM, SIGHUP: the typed text is kept too
            concept(app)
            self.tekens_hersteld = self.tekens_hersteld or bool(hersteld)
            raise
        if hersteld:
            self.meldingen.append(self.say("ui.tekens_hersteld"))
        return herstel_tekens(answer)


def opdracht(pad: object, regels: str | None) -> str:
    """'-o PAD', and '--regels DIR' for a pack folder, quoted for a shell (without --regels a
    hint went on under the national pack without a word, and the advice changed; an adversarial
    terminal test)."""
    import shlex

    return f"-o {shlex.quote(str(pad))}{met_regels(regels)}"


def met_regels(regels: str | None) -> str:
    import shlex

    return "" if regels is None else f" --regels {shlex.quote(regels)}"
