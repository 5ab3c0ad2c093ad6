"""The questionnaire on screen, with questionary. The only module of the package that prompts
or prints; what to ask next is decided by :class:`~.flow.Sessie`.

Navigation: every choice question has '← Vorige vraag' and '? Uitleg' entries, and the keys
``←`` / ``<`` / ``Ctrl-B`` / Esc (back) and ``?`` (help); j/d/n/o and digits move to an answer,
long lists filter as you type. In a text question Esc or Ctrl-B goes back, or ``<`` / ``?``
alone and Enter. Alt+Enter (Esc then Enter) is ignored. Ctrl-C or Ctrl-D saves, says where, and
ends with exit code 130.
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import click

from ..errors import Probleem, SubstitutiecheckFout
from ..exitstatus import ExitStatus
from ..pack import ANTWOORDEN, Regelpakket, t
from .data import Vraag, Vragenlijst, laad_vragenlijst
from .flow import SORTED_BY_FIT, Sessie
from .storage import Opslag, lees_voorstel_bestand
from .texts import tekst

TERUG = "\x00terug"
UITLEG = "\x00uitleg"
AFRONDEN = "\x00afronden"
HERVAT, OPNIEUW, HERZIEN, STOPPEN = "\x00hervat", "\x00opnieuw", "\x00herzien", "\x00stoppen"
WIDTH = 88


class StartFout(SubstitutiecheckFout):
    """The questionnaire cannot start: no terminal, or nowhere to save the answers."""


class GeenTerminalFout(StartFout):
    """The questionnaire was started without a terminal on standard input."""


class _Gestopt(Exception):
    """The user chose 'stop' before anything was changed."""


def navigatie(answer: str, default: str) -> str | None:
    """TERUG or UITLEG when a text answer is '<' or '?', also when typed after the answer already
    filled in (reviewing 'Twente' and typing '<' gives 'Twente<': that is 'back', not a new
    answer). None for a real answer."""
    value = answer.strip()
    for key, nav in (("<", TERUG), ("?", UITLEG)):
        if value == key or (default and value == default.strip() + key):
            return nav
    return None


@lru_cache(maxsize=1)
def _standaardtoetsen() -> Any:
    from prompt_toolkit.key_binding.defaults import load_key_bindings

    return load_key_bindings()


@contextmanager
def _gedeelde_standaardtoetsen() -> Iterator[None]:
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


class VragenlijstUI:
    def __init__(
        self,
        vl: Vragenlijst,
        opslag: Opslag,
        taal: str = "nl",
        out: IO[str] | None = None,
        err: IO[str] | None = None,
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
        self.sessie: Sessie | None = None
        self._sectie: str | None = None
        self._intro: str | None = None  # the last section intro shown (groups share theirs)
        self.meldingen: list[str] = []  # notices shown above the next prompt (they stay in view)
        self._gemarkeerd: Any = None  # the choice highlighted when '?' was pressed
        self._terug_na_uitleg: tuple[str, Any] | None = (
            None  # (question, choice) to highlight again
        )
        self.rapport_pad: str | None = None  # --rapport: also write the report there

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

    def t(self, key: str, **kw: Any) -> str:
        return tekst(key, self.taal, **kw)

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
        message: str,
        choices: list[Any],
        default: Any = None,
        nav: bool = True,
        instruction: str | None = None,
        boven: tuple[str, ...] = (),
        toetsen: dict[str, Any] | None = None,
        zoeken: bool = False,
    ) -> Any:
        """One choice among ``choices``; with ``nav`` also TERUG (← < Ctrl-B, or Esc on its own)
        and UITLEG (?). Only ever returns the value of a choice: Alt+Enter (= Esc then Enter) is
        ignored, and anything else that would end the prompt without a choice asks again.
        ``toetsen``: keys that move the highlight to a choice (j/d/n/o, digits); ``zoeken``: typing
        filters the list. A list taller than the terminal says that more choices follow."""
        import questionary
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
        from prompt_toolkit.keys import Keys

        values = {c.value for c in choices if isinstance(c, questionary.Choice)} | (
            {TERUG, UITLEG} if nav else set()
        )
        while True:
            with _gedeelde_standaardtoetsen():
                question = questionary.select(
                    choices=choices,
                    default=default,
                    use_jk_keys=False,
                    use_search_filter=zoeken,
                    **self._kop(message, instruction, boven + self._meer(choices)),
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
            app.key_bindings = merge_key_bindings([app.key_bindings, kb])
            self._translate_description(app)
            result = self._run(question)
            if result in values:
                return result
            pointed = self._inquirer(app)
            default = pointed.get_pointed_at().value if pointed is not None else default

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
        import questionary

        rows = self.rijen
        n = sum(1 for c in choices if not isinstance(c, questionary.Separator))
        return (self.t("ui.meer", n=n),) if rows is not None and len(choices) + 8 > rows else ()

    @staticmethod
    def _inquirer(app: Any) -> Any:
        """The choice list of a questionary select application."""
        from questionary.prompts.common import InquirerControl

        return next(
            (
                w.content
                for w in app.layout.find_all_windows()
                if isinstance(w.content, InquirerControl)
            ),
            None,
        )

    def _kop(
        self, message: str, instruction: str | None, boven: tuple[str, ...], antwoord: str = ""
    ) -> dict[str, str]:
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
        show it under our own label instead."""
        label = self.t("ui.toelichting")
        control = self._inquirer(app)
        if control is None:
            return
        original = control.text

        def tokens() -> list[Any]:
            out = []
            for token in original():
                if token[1].startswith("  Description: "):
                    token = (
                        token[0],
                        f"  {label}: " + token[1][len("  Description: ") :],
                        *token[2:],
                    )
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
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
        from prompt_toolkit.keys import Keys

        with _gedeelde_standaardtoetsen():
            question = questionary.text(
                default=default,
                validate=validate,
                **self._kop(message, instruction, boven, default),
            )
        kb = KeyBindings()

        @kb.add(Keys.ControlB, eager=True)
        @kb.add(Keys.Escape)  # not eager: Esc then Enter (Alt+Enter) is Enter
        def _back(event: Any) -> None:
            event.app.exit(result=TERUG)

        app = question.application
        app.key_bindings = merge_key_bindings([app.key_bindings, kb])
        return self._run(question)

    # -- one question ------------------------------------------------------------------------
    def ask(self, q: Vraag) -> str:
        """Ask ``q``; returns the answer, TERUG or UITLEG."""
        import questionary

        s = self.sessie
        assert s is not None
        message = t(q.tekst, self.taal)
        default = s.standaard(q)
        if self._terug_na_uitleg is not None and self._terug_na_uitleg[0] == q.id:
            default = self._terug_na_uitleg[1]  # the help keeps the choice that was highlighted
        self._terug_na_uitleg = None
        n, totaal = s.voortgang(q)
        boven = (self.t("ui.voortgang", n=n, totaal=totaal),)
        if q.type == "tekst":

            def validate(value: str) -> Any:
                if navigatie(value, default or "") is not None:
                    return True
                return s.fout(q, value, self.taal) or True

            answer = self.text(
                message, default or "", validate, self.t("ui.instructie_tekst"), boven
            )
            if answer in (TERUG, UITLEG):
                return answer
            nav = navigatie(answer, default or "")
            return nav if nav is not None else answer.strip()
        choices: list[Any] = []
        ruimte = self.kolommen - 4  # after the pointer column
        keuzes = s.keuzes(q)
        for k in keuzes:
            title = t(k.naam, self.taal)
            if q.id in SORTED_BY_FIT and s.past(k):
                mark = f"  ({self.t('keuze.past_bij')})"
                title += (
                    mark if len(title) + len(mark) <= ruimte else "  ✓"
                )  # the name itself stays whole
            choices.append(
                questionary.Choice(
                    self.passend(title), value=k.waarde, description=t(k.uitleg, self.taal) or None
                )
            )
        choices.append(questionary.Separator())
        choices.append(questionary.Choice(self.t("ui.vorige"), value=TERUG))
        choices.append(questionary.Choice(self.t("ui.uitleg"), value=UITLEG))
        if len(keuzes) > 9:  # long lists: type to filter
            return self.select(
                message,
                choices,
                default=default,
                instruction=self.t("ui.instructie_zoeken"),
                boven=boven,
                zoeken=True,
            )
        toetsen = {str(i): k.waarde for i, k in enumerate(keuzes, 1)}
        letters = [t(k.naam, self.taal)[:1].lower() for k in keuzes]
        if len(set(letters)) == len(letters) and all(c.isalpha() for c in letters):
            toetsen.update(zip(letters, (k.waarde for k in keuzes)))
            hint = "/".join(letters)
        else:
            hint = f"1-{len(keuzes)}"
        return self.select(
            message,
            choices,
            default=default,
            boven=boven,
            toetsen=toetsen,
            instruction=self.t("ui.instructie_keuze", toetsen=hint),
        )

    def uitleg(self, q: Vraag) -> None:
        """The help of ``q``, most useful part first. Where it does not fit above the question
        (whose list is drawn again below it), it is shown a screen at a time, each until a key."""
        lines: list[tuple[str, dict[str, Any]]] = []

        def add(text: str, indent: str = "  ", **style: Any) -> None:
            for para in text.split("\n\n"):
                for line in textwrap.wrap(
                    para,
                    self.breedte,
                    initial_indent=indent,
                    subsequent_indent=" " * len(indent),
                    break_long_words=False,
                    break_on_hyphens=False,
                ) or [""]:
                    lines.append((line, style))

        add(t(q.tekst, self.taal), bold=True)
        add(t(q.hulp, self.taal))
        keuzes = self.sessie.keuzes(q) if q.type == "keuze" else []
        if keuzes and not {k.waarde for k in keuzes} <= set(
            ANTWOORDEN
        ):  # ja/deels/nee/onbekend are
            uitleg = [
                (t(k.naam, self.taal), t(k.uitleg, self.taal)) for k in keuzes if k.uitleg
            ]  # explained
            if uitleg:  # in the list itself
                lines.append((f"  {self.t('ui.antwoorden')}:", {}))
                for naam, u in uitleg:
                    add(f"{naam}: {u}", "    - ")
        for b in q.bron:
            if b in self.pack.bronnen:
                add(
                    f"{self.t('ui.bron')}: {self.pack.bron_tekst(b, 'kort', self.taal)}: "
                    f"{self.pack.bron_tekst(b, 'titel', self.taal)}",
                    dim=True,
                )
        vraag = len(keuzes) + 8 if keuzes else 4  # the prompt drawn again below the help
        if self.rijen is None or len(lines) + vraag <= self.rijen:
            self.echo()
            for line, style in lines:
                self.echo(line, **style)
            return
        page = max(self.rijen - 2, 3)
        for start in range(0, len(lines), page):
            self.echo()
            for line, style in lines[start : start + page]:
                self.echo(line, **style)
            last = start + page >= len(lines)
            self._toets(self.t("ui.uitleg_terug" if last else "ui.uitleg_meer"))

    def _toets(self, message: str) -> None:
        """Wait for a key (Ctrl-C and Ctrl-D stop, as everywhere)."""
        import questionary
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
        from prompt_toolkit.keys import Keys

        with _gedeelde_standaardtoetsen():
            question = questionary.press_any_key_to_continue(message)
        kb = KeyBindings()

        @kb.add(Keys.ControlC, eager=True)
        def _stop(event: Any) -> None:
            event.app.exit(exception=KeyboardInterrupt)

        @kb.add(Keys.ControlD, eager=True)
        def _eof(event: Any) -> None:
            event.app.exit(exception=EOFError)

        app = question.application
        app.key_bindings = merge_key_bindings([app.key_bindings, kb])
        self._run(question)

    def kop(self, q: Vraag) -> None:
        if q.sectie.id != self._sectie:
            self._sectie = q.sectie.id
            self.echo()
            self.echo(t(q.sectie.titel, self.taal), bold=True, underline=True)
            intro = t(q.sectie.intro, self.taal)
            if intro != self._intro:  # the groups of randvoorwaarden share one intro
                self._intro = intro
                self.wrap(intro, "")
        self.echo()

    # -- the overview ------------------------------------------------------------------------
    def antwoord_tekst(self, q: Vraag) -> str:
        s = self.sessie
        if q.id not in s.antwoorden:
            return self.t("ui.niet_ingevuld")
        value = s.antwoorden[q.id]
        if q.type == "tekst":
            return value if value else self.t("ui.leeg")
        k = q.keuze(value)
        return t(k.naam, self.taal) if k else value

    def regel(self, label: str, answer: str, vrij: bool = False) -> str:
        """'label: answer' for the overview, within the terminal's width after the pointer: the
        label is shortened, never a chosen answer (a long free text keeps at least half)."""
        ruimte = self.kolommen - 4
        if len(label) + 2 + len(answer) <= ruimte:
            return f"{label}: {answer}"
        if vrij and len(answer) > ruimte // 2 and len(answer) + 14 > ruimte:
            answer = answer[: max(ruimte // 2, ruimte - 14) - 1] + "…"
        room = max(ruimte - len(answer) - 2, 2)
        if len(label) > room:
            label = label[: room - 1] + "…"
        return self.passend(f"{label}: {answer}")

    def passend(self, title: str) -> str:
        """A choice's title on as many lines as it needs within the terminal (after the pointer
        column): an answer too long for one line is wrapped, never cut off."""
        ruimte = self.kolommen - 4
        if len(title) <= ruimte:
            return title
        lines = textwrap.wrap(
            title, ruimte, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False
        )
        return "\n   ".join(
            lines
        )  # under the title: questionary puts the pointer column before the first line only

    def overzicht(self) -> str:
        import questionary

        s = self.sessie
        self._sectie = None
        self.echo()
        self.echo(self.t("ui.overzicht"), bold=True, underline=True)
        choices: list[Any] = [questionary.Choice(self.t("ui.afronden"), value=AFRONDEN)]
        sectie = None
        for q in s.zichtbare_vragen():
            if q.sectie.id != sectie:
                sectie = q.sectie.id
                choices.append(questionary.Separator(f"── {t(q.sectie.titel, self.taal)}"))
            choices.append(
                questionary.Choice(
                    self.regel(
                        t(q.label, self.taal), self.antwoord_tekst(q), vrij=q.type == "tekst"
                    ),
                    value=q.id,
                )
            )
        choices.append(questionary.Separator())
        choices.append(questionary.Choice(self.t("ui.vorige"), value=TERUG))
        return self.select(
            self.t("ui.overzicht_vraag"),
            choices,
            default=AFRONDEN,
            instruction=self.t("ui.instructie_overzicht"),
        )

    # -- the whole questionnaire -------------------------------------------------------------
    def loop(self) -> None:
        """Ask until the user finishes in the overview. Saves after every answer."""
        s = self.sessie
        while True:
            q = s.huidige
            if q is None:
                keuze = self.overzicht()
                if keuze == UITLEG:
                    continue
                if keuze == TERUG:
                    s.terug()
                    continue
                if keuze == AFRONDEN:
                    missing = s.ontbrekend()
                    if missing is None:
                        return
                    self.meldingen.append(self.t("ui.ontbreekt", vraag=t(missing.label, self.taal)))
                    s.ga_naar(missing.id)
                    continue
                s.ga_naar(keuze)
                continue
            self.kop(q)
            answer = self.ask(q)
            if answer == UITLEG:
                self.uitleg(q)
                if q.type == "keuze" and self._gemarkeerd not in (None, TERUG, UITLEG):
                    self._terug_na_uitleg = (q.id, self._gemarkeerd)
                self._gemarkeerd = None
                continue
            if answer == TERUG:
                if not s.terug():
                    self.meldingen.append(self.t("ui.eerste_vraag"))
                self.opslag.bewaar(s)
                continue
            dropped = s.beantwoord(q.id, answer)
            self.opslag.bewaar(s)
            for key, ids in (("ui.verborgen", dropped), ("ui.teruggezet", s.teruggezet)):
                if ids:
                    names = ", ".join(t(self.vl.vraag(d).label, self.taal) for d in ids)
                    self.meldingen.extend(textwrap.wrap(self.t(key, vragen=names), self.breedte))

    def start(self, van: str | None) -> Sessie:
        """The session to begin with: new, resumed, or revising an existing proposal. Starting
        over or overwriting only after a confirmation, and the old file is kept as a copy."""
        o = self.opslag
        if van is not None:
            answers = lees_voorstel_bestand(Path(van), self.vl, volledig=True)
            same = o.bestaat() and Path(van).resolve() == o.pad.resolve()
            if o.bestaat() and not same:
                self._kies_of_stop(
                    self.t("ui.bestaat_vraag", pad=o.pad), [("ui.overschrijven", OPNIEUW)]
                )
            return Sessie(self.vl, answers, positie=None, herzien=True)
        if o.onafgemaakt() and o.bestaat():
            voortgang = o.lees(self.vl, volledig=False)
            sessie = Sessie(
                self.vl,
                voortgang.antwoorden,
                positie=voortgang.positie,
                verborgen=voortgang.verborgen,
            )
            keuze = self._kies_of_stop(
                self.t(
                    "ui.hervat_vraag",
                    pad=o.pad,
                    n=sessie.aantal_beantwoord(),
                    totaal=len(sessie.zichtbare_vragen()),
                ),
                [("ui.hervat", HERVAT), ("ui.opnieuw", OPNIEUW)],
            )
            return Sessie(self.vl) if keuze == OPNIEUW else sessie
        if o.bestaat():
            answers = o.lees(self.vl, volledig=False).antwoorden
            keuze = self._kies_of_stop(
                self.t("ui.bestaat_vraag", pad=o.pad),
                [("ui.herzien", HERZIEN), ("ui.overschrijven", OPNIEUW)],
            )
            if keuze == OPNIEUW:
                return Sessie(self.vl)
            return Sessie(self.vl, answers, positie=None, herzien=True)
        return Sessie(self.vl)

    def _kies_of_stop(self, message: str, options: list[tuple[str, str]]) -> str:
        """A start screen; its last choice is 'stop'. OPNIEUW (start over, overwrite) only once
        confirmed, after the file (and its progress) is kept as ``<name>.vorige``."""
        import questionary

        choices = [questionary.Choice(self.t(key), value=value) for key, value in options]
        choices.append(questionary.Choice(self.t("ui.stoppen"), value=STOPPEN))
        while True:
            keuze = self.select(
                message, choices, nav=False, instruction=self.t("ui.instructie_kort")
            )
            if keuze == STOPPEN:
                raise _Gestopt
            if keuze != OPNIEUW or self._bevestig_opnieuw():
                return keuze

    def _bevestig_opnieuw(self) -> bool:
        import questionary

        o = self.opslag
        keuze = self.select(
            self.t("ui.opnieuw_zeker", pad=o.pad, kopie=o.kopie_pad),
            [
                questionary.Choice(self.t("ui.opnieuw_nee"), value=TERUG),
                questionary.Choice(self.t("ui.opnieuw_ja"), value=OPNIEUW),
            ],
            nav=False,
            instruction=self.t("ui.instructie_kort"),
        )
        if keuze != OPNIEUW:
            return False
        self.echo(self.t("ui.kopie_bewaard", kopie=o.bewaar_kopie()), fg="yellow")
        return True

    def run(self, van: str | None = None) -> int:
        """The questionnaire from start to report; returns the exit code (0, or 130 when stopped)."""
        self.echo(t(self.vl.titel, self.taal), bold=True)
        self.wrap(t(self.vl.intro, self.taal), "")
        try:
            self.sessie = self.start(van)
        except (_Gestopt, KeyboardInterrupt, EOFError):
            self._stderr(self.t("ui.niets_gedaan"))
            return ExitStatus.INTERRUPTED
        self.echo(self.t("ui.opslag", pad=self.opslag.pad), dim=True)
        try:
            self.loop()
        except (KeyboardInterrupt, EOFError):
            s = self.sessie
            if not s.antwoorden and not self.opslag.bestaat():
                self._stderr(self.t("ui.niets_opgeslagen"))
            else:
                self.opslag.bewaar(s)
                self._stderr(self.t("ui.gestopt", pad=self.opslag.pad))
            return ExitStatus.INTERRUPTED
        self.opslag.rond_af(self.sessie)
        self.slot(self.rapport())
        return ExitStatus.OK

    def _stderr(self, text: str) -> None:
        click.echo("", file=self.out)
        click.echo(text, file=self.err)

    def rapport(self) -> Any:
        """Show the whole report (and write it to ``--rapport``); returns it."""
        from ..evaluation import evalueer
        from ..reporters.text import TextReporter

        rapport = evalueer(self.sessie.voorstel(), self.pack, self.taal)
        self.echo()
        reporter = TextReporter(
            out=self.out, taal=self.taal, kleur=self.kleur, breedte=self.breedte
        )
        reporter.rapport(rapport)
        reporter.einde()
        if self.rapport_pad:
            from ..reporters import write_report

            write_report(rapport.met_invoer(str(self.opslag.pad)), self.rapport_pad, self.taal)
        return rapport

    def slot(self, rapport: Any) -> None:
        """The closing block, last on the screen so it stays in view after the long report: the
        advice, the first three things to arrange, where the files are, the HTML report."""
        from ..i18n import tekst as algemeen
        from ..reporters.common import kop_advies, lagen

        self.echo()
        self.echo("─" * min(self.breedte, 60), dim=True)
        self.wrap(
            f"{algemeen('kop.advies', self.taal)}: {kop_advies(rapport, self.taal)}", "", bold=True
        )
        items = [o for laag in lagen(rapport) for o in laag]
        if items:
            self.echo(self.t("ui.slot_eerst"))
            for i, o in enumerate(items[:3], 1):
                self.wrap(f"{i}. {o.naam}", "  ")
            if len(items) > 3:
                self.wrap(self.t("ui.slot_meer", n=len(items) - 3), "  ", dim=True)
        self.echo(
            self.t("ui.klaar", pad=self.opslag.pad), bold=True
        )  # one line: a path is never broken
        if self.rapport_pad:
            self.echo(self.t("ui.rapport_geschreven", pad=self.rapport_pad), bold=True)
        if not self.rapport_pad or not self.rapport_pad.lower().endswith((".html", ".htm")):
            self.wrap(self.t("ui.slot_html", pad=self.opslag.pad), "", dim=True)


def _respondent(pack: Any, rol: str | None, uitvoer: str, van: str | None) -> dict[str, str] | None:
    """Who answers (issue 17): ``--rol`` (checked against the pack's roles; a name and
    organisation the file has for that same role are kept); without ``--rol`` the file's own
    respondent stays."""
    from ..partijen import partijregels
    from .storage import respondent_in

    bestaand = respondent_in(uitvoer) or (respondent_in(van) if van else None)
    if rol is None:
        return bestaand
    rollen = [r.id for r in partijregels(pack).rollen]
    if rol not in rollen:
        import difflib

        close = difflib.get_close_matches(rol, rollen, n=1)
        hint_nl = f"; bedoelde u '{close[0]}'?" if close else ""
        hint_en = f"; did you mean '{close[0]}'?" if close else ""
        keuzes = ", ".join(rollen)
        raise StartFout(
            Probleem(
                "--rol",
                f"onbekende rol '{rol}'{hint_nl} (kies uit: {keuzes})",
                f"unknown role '{rol}'{hint_en} (choose from: {keuzes})",
            )
        )
    if bestaand and bestaand.get("rol") == rol:  # the same person: keep name and organisation
        return bestaand
    return {"rol": rol}  # someone else: a name in the file was another party's


def main(  # noqa: PLR0913 - the command's options, one by one
    uitvoer: str,
    van: str | None,
    regels: str | None,
    taal: str,
    stdin: IO[str] | None = None,
    rapport_pad: str | None = None,
    rol: str | None = None,
) -> int:
    """``substitutiecheck vragenlijst``: returns the exit code. Raises SubstitutiecheckFout for
    a broken rule pack or questionnaire, a bad ``--van`` file, or no terminal on stdin."""
    # the pack as evaluation.resolve_pack loads it, without importing evaluation: that pulls in
    # the report's classes (~20 ms of the first prompt), which only the end of the questionnaire needs
    from ..pack import laad_regelpakket, standaard_regelpakket

    pack = standaard_regelpakket() if regels is None else laad_regelpakket(regels)
    vl = laad_vragenlijst(pack)
    folder = Path(uitvoer).resolve().parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise StartFout(
            Probleem("", tekst("fout.map", "nl"), tekst("fout.map", "en")), bestand=uitvoer
        )
    if rapport_pad is not None:
        from ..reporters import FORMAT_BY_SUFFIX, format_for_path

        kinds = ", ".join(sorted(FORMAT_BY_SUFFIX))
        if format_for_path(rapport_pad) is None:
            raise StartFout(
                Probleem(
                    "",
                    tekst("fout.rapport_formaat", "nl", soorten=kinds),
                    tekst("fout.rapport_formaat", "en", soorten=kinds),
                ),
                bestand=rapport_pad,
            )
        target = Path(rapport_pad).resolve().parent
        if not target.is_dir() or not os.access(target, os.W_OK):
            raise StartFout(
                Probleem("", tekst("fout.map", "nl"), tekst("fout.map", "en")), bestand=rapport_pad
            )
    respondent = _respondent(pack, rol, uitvoer, van)  # a wrong --rol is said before anything
    stdin = stdin or sys.stdin
    if not stdin.isatty():
        raise GeenTerminalFout(
            Probleem("", tekst("fout.geen_terminal", "nl"), tekst("fout.geen_terminal", "en"))
        )
    ui = VragenlijstUI(vl, Opslag(uitvoer, respondent), taal)
    ui.rapport_pad = rapport_pad
    return ui.run(van)
