"""The questionnaire on screen, with questionary. The only module of the package that prompts
or prints; what to ask next is decided by :class:`~.flow.Sessie`.

Navigation: every choice question has '← Vorige vraag' and '? Uitleg' entries, and the keys
``←`` / ``<`` / ``Ctrl-B`` (back) and ``?`` (help). In a text question type ``<`` or ``?``
and Enter. Ctrl-C or Ctrl-D saves, says where, and ends with exit code 130.
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path
from typing import IO, Any, Callable

import click

from ..errors import Probleem, SubstitutiecheckFout
from ..pack import Regelpakket, t
from .data import Vraag, Vragenlijst, laad_vragenlijst
from .flow import SORTED_BY_FIT, Sessie
from .storage import Opslag, lees_voorstel_bestand
from .texts import tekst

TERUG = "\x00terug"
UITLEG = "\x00uitleg"
AFRONDEN = "\x00afronden"
HERVAT, OPNIEUW, HERZIEN, STOPPEN = "\x00hervat", "\x00opnieuw", "\x00herzien", "\x00stoppen"
WIDTH = 88
EXIT_OK, EXIT_INTERRUPTED = 0, 130


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


class VragenlijstUI:
    def __init__(self, vl: Vragenlijst, opslag: Opslag, taal: str = "nl", out: IO[str] | None = None,
                 err: IO[str] | None = None, voor_prompt: Callable[[], None] | None = None) -> None:
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
        self.kolommen = breedte_voor(self.out, 10_000) + 1  # a prompt line may use the whole terminal
        self.sessie: Sessie | None = None
        self._sectie: str | None = None
        self.rapport_pad: str | None = None  # --rapport: also write the report there

    # -- output ------------------------------------------------------------------------------
    def echo(self, text: str = "", **style: Any) -> None:
        if style and self.kleur:
            text = click.style(text, **style)
        click.echo(text, file=self.out)

    def wrap(self, text: str, indent: str = "  ", **style: Any) -> None:
        for para in text.split("\n\n"):
            hanging = " " * len(indent)  # a bullet ("    - ") starts the first line only
            for line in textwrap.wrap(para, self.breedte, initial_indent=indent, subsequent_indent=hanging) or [""]:
                self.echo(line, **style)

    def t(self, key: str, **kw: Any) -> str:
        return tekst(key, self.taal, **kw)

    # -- prompts -----------------------------------------------------------------------------
    def _run(self, question: Any) -> Any:
        if self.voor_prompt is not None:
            self.voor_prompt()
        return question.unsafe_ask()

    def select(self, message: str, choices: list[Any], default: Any = None, nav: bool = True,
               instruction: str | None = None) -> Any:
        import questionary
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
        from prompt_toolkit.keys import Keys

        question = questionary.select(message, choices=choices, default=default,
                                      instruction=self._hint(message, instruction), qmark="?",
                                      use_jk_keys=False)
        kb = KeyBindings()

        @kb.add(Keys.ControlD, eager=True)
        def _eof(event: Any) -> None:
            event.app.exit(exception=EOFError, style="class:aborting")

        if nav:
            @kb.add(Keys.Left, eager=True)
            @kb.add("<", eager=True)
            @kb.add(Keys.ControlB, eager=True)
            def _back(event: Any) -> None:
                event.app.exit(result=TERUG)

            @kb.add("?", eager=True)
            def _help(event: Any) -> None:
                event.app.exit(result=UITLEG)

        app = question.application
        app.key_bindings = merge_key_bindings([app.key_bindings, kb])
        self._translate_description(app)
        return self._run(question)

    def _hint(self, message: str, instruction: str | None) -> str | None:
        """The key hint goes after the question when both fit on one line; otherwise on a line of
        its own above it, so a narrow terminal doesn't break it in the middle."""
        if instruction and len(message) + len(instruction) + 4 >= self.kolommen:
            self.echo(instruction, dim=True)
            return " "  # questionary would show its own English hint for None or ""
        return instruction

    def _translate_description(self, app: Any) -> None:
        """questionary writes a choice's description as '  Description: ...' (English, fixed);
        show it under our own label instead."""
        from questionary.prompts.common import InquirerControl

        label = self.t("ui.toelichting")
        for window in app.layout.find_all_windows():
            control = window.content
            if isinstance(control, InquirerControl):
                original = control.text

                def tokens(original: Any = original) -> list[Any]:
                    out = []
                    for token in original():
                        if token[1].startswith("  Description: "):
                            token = (token[0], f"  {label}: " + token[1][len("  Description: "):], *token[2:])
                        out.append(token)
                    return out

                control.text = tokens

    def text(self, message: str, default: str, validate: Callable[[str], Any], instruction: str) -> str:
        import questionary

        question = questionary.text(message, default=default, validate=validate,
                                    instruction=self._hint(message, instruction), qmark="?")
        return self._run(question)

    # -- one question ------------------------------------------------------------------------
    def ask(self, q: Vraag) -> str:
        """Ask ``q``; returns the answer, TERUG or UITLEG."""
        import questionary

        s = self.sessie
        assert s is not None
        message = t(q.tekst, self.taal)
        default = s.standaard(q)
        if q.type == "tekst":
            def validate(value: str) -> Any:
                if navigatie(value, default or "") is not None:
                    return True
                return s.fout(q, value, self.taal) or True

            answer = self.text(message, default or "", validate, self.t("ui.instructie_tekst"))
            nav = navigatie(answer, default or "")
            return nav if nav is not None else answer.strip()
        choices: list[Any] = []
        for k in s.keuzes(q):
            title = t(k.naam, self.taal)
            if q.id in SORTED_BY_FIT and s.past(k):
                title += f"  ({self.t('keuze.past_bij')})"
            choices.append(questionary.Choice(title, value=k.waarde,
                                              description=t(k.uitleg, self.taal) or None))
        choices.append(questionary.Separator())
        choices.append(questionary.Choice(self.t("ui.vorige"), value=TERUG))
        choices.append(questionary.Choice(self.t("ui.uitleg"), value=UITLEG))
        return self.select(message, choices, default=default, instruction=self.t("ui.instructie_keuze"))

    def uitleg(self, q: Vraag) -> None:
        self.echo()
        self.wrap(t(q.tekst, self.taal), bold=True)
        self.wrap(t(q.hulp, self.taal))
        if q.type == "keuze":
            uitleg = [(t(k.naam, self.taal), t(k.uitleg, self.taal)) for k in self.sessie.keuzes(q) if k.uitleg]
            if uitleg:
                self.echo(f"  {self.t('ui.antwoorden')}:")
                for naam, u in uitleg:
                    self.wrap(f"{naam}: {u}", "    - ")
        for b in q.bron:
            if b in self.pack.bronnen:
                self.wrap(f"{self.t('ui.bron')}: {self.pack.bron_tekst(b, 'kort', self.taal)}: "
                          f"{self.pack.bron_tekst(b, 'titel', self.taal)}", "  ", dim=True)
        self.echo()

    def kop(self, q: Vraag) -> None:
        if q.sectie.id != self._sectie:
            self._sectie = q.sectie.id
            self.echo()
            self.echo(t(q.sectie.titel, self.taal), bold=True, underline=True)
            self.wrap(t(q.sectie.intro, self.taal), "")
        n, totaal = self.sessie.voortgang(q)
        self.echo()
        self.echo(self.t("ui.voortgang", n=n, totaal=totaal), fg="cyan")

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
            label = t(q.label, self.taal)
            if len(label) > 60:
                label = label[:59] + "…"
            answer = self.antwoord_tekst(q)
            if len(answer) > 40:
                answer = answer[:39] + "…"
            choices.append(questionary.Choice(f"{label}: {answer}", value=q.id))
        choices.append(questionary.Separator())
        choices.append(questionary.Choice(self.t("ui.vorige"), value=TERUG))
        return self.select(self.t("ui.overzicht_vraag"), choices, default=AFRONDEN,
                           instruction=self.t("ui.instructie_overzicht"))

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
                    self.echo()
                    self.echo(self.t("ui.ontbreekt", vraag=t(missing.label, self.taal)), fg="yellow")
                    s.ga_naar(missing.id)
                    continue
                s.ga_naar(keuze)
                continue
            self.kop(q)
            answer = self.ask(q)
            if answer == UITLEG:
                self.uitleg(q)
                continue
            if answer == TERUG:
                if not s.terug():
                    self.echo(self.t("ui.eerste_vraag"), fg="yellow")
                self.opslag.bewaar(s)
                continue
            dropped = s.beantwoord(q.id, answer)
            self.opslag.bewaar(s)
            if dropped:
                names = ", ".join(t(self.vl.vraag(d).label, self.taal) for d in dropped)
                self.echo(self.t("ui.verborgen", vragen=names), fg="yellow")

    def start(self, van: str | None) -> Sessie:
        """The session to begin with: new, resumed, or revising an existing proposal."""
        o = self.opslag
        if van is not None:
            answers = lees_voorstel_bestand(Path(van), self.vl, volledig=True)
            same = o.bestaat() and Path(van).resolve() == o.pad.resolve()
            if o.bestaat() and not same:
                self._kies_of_stop(self.t("ui.bestaat_vraag", pad=o.pad), [("ui.overschrijven", OPNIEUW)])
            return Sessie(self.vl, answers, positie=None, herzien=True)
        if o.onafgemaakt() and o.bestaat():
            voortgang = o.lees(self.vl, volledig=False)
            sessie = Sessie(self.vl, voortgang.antwoorden, positie=voortgang.positie)
            keuze = self._kies_of_stop(
                self.t("ui.hervat_vraag", pad=o.pad, n=sessie.aantal_beantwoord(),
                       totaal=len(sessie.zichtbare_vragen())),
                [("ui.hervat", HERVAT), ("ui.opnieuw", OPNIEUW)])
            return sessie if keuze == HERVAT else Sessie(self.vl)
        if o.bestaat():
            answers = o.lees(self.vl, volledig=False).antwoorden
            keuze = self._kies_of_stop(self.t("ui.bestaat_vraag", pad=o.pad),
                                       [("ui.herzien", HERZIEN), ("ui.overschrijven", OPNIEUW)])
            if keuze == HERZIEN:
                return Sessie(self.vl, answers, positie=None, herzien=True)
            return Sessie(self.vl)
        return Sessie(self.vl)

    def _kies_of_stop(self, message: str, options: list[tuple[str, str]]) -> str:
        import questionary

        choices = [questionary.Choice(self.t(key), value=value) for key, value in options]
        choices.append(questionary.Choice(self.t("ui.stoppen"), value=STOPPEN))
        keuze = self.select(message, choices, nav=False, instruction=self.t("ui.instructie_kort"))
        if keuze == STOPPEN:
            raise _Gestopt
        return keuze

    def run(self, van: str | None = None) -> int:
        """The questionnaire from start to report; returns the exit code (0, or 130 when stopped)."""
        self.echo(t(self.vl.titel, self.taal), bold=True)
        self.wrap(t(self.vl.intro, self.taal), "")
        try:
            self.sessie = self.start(van)
        except (_Gestopt, KeyboardInterrupt, EOFError):
            self._stderr(self.t("ui.niets_gedaan"))
            return EXIT_INTERRUPTED
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
            return EXIT_INTERRUPTED
        self.opslag.rond_af(self.sessie)
        self.rapport()
        self.echo(self.t("ui.klaar", pad=self.opslag.pad), bold=True)
        return EXIT_OK

    def _stderr(self, text: str) -> None:
        click.echo("", file=self.out)
        click.echo(text, file=self.err)

    def rapport(self) -> None:
        from ..evaluation import evalueer
        from ..reporters.text import TextReporter

        rapport = evalueer(self.sessie.voorstel(), self.pack, self.taal)
        self.echo()
        reporter = TextReporter(out=self.out, taal=self.taal, kleur=self.kleur, breedte=self.breedte)
        reporter.rapport(rapport)
        reporter.einde()
        if self.rapport_pad:
            from ..reporters import write_report

            write_report(rapport.met_invoer(str(self.opslag.pad)), self.rapport_pad, self.taal)
            self.echo(self.t("ui.rapport_geschreven", pad=self.rapport_pad), bold=True)


def main(uitvoer: str, van: str | None, regels: str | None, taal: str,
         stdin: IO[str] | None = None, rapport_pad: str | None = None) -> int:
    """``substitutiecheck vragenlijst``: returns the exit code. Raises SubstitutiecheckFout for
    a broken rule pack or questionnaire, a bad ``--van`` file, or no terminal on stdin."""
    from ..evaluation import resolve_pack

    pack = resolve_pack(regels)
    vl = laad_vragenlijst(pack)
    folder = Path(uitvoer).resolve().parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise StartFout(Probleem("", tekst("fout.map", "nl"), tekst("fout.map", "en")), bestand=uitvoer)
    if rapport_pad is not None:
        from ..reporters import FORMAT_BY_SUFFIX, format_for_path

        kinds = ", ".join(sorted(FORMAT_BY_SUFFIX))
        if format_for_path(rapport_pad) is None:
            raise StartFout(Probleem("", tekst("fout.rapport_formaat", "nl", soorten=kinds),
                                     tekst("fout.rapport_formaat", "en", soorten=kinds)), bestand=rapport_pad)
        target = Path(rapport_pad).resolve().parent
        if not target.is_dir() or not os.access(target, os.W_OK):
            raise StartFout(Probleem("", tekst("fout.map", "nl"), tekst("fout.map", "en")), bestand=rapport_pad)
    stdin = stdin or sys.stdin
    if not stdin.isatty():
        raise GeenTerminalFout(Probleem("", tekst("fout.geen_terminal", "nl"), tekst("fout.geen_terminal", "en")))
    ui = VragenlijstUI(vl, Opslag(uitvoer), taal)
    ui.rapport_pad = rapport_pad
    return ui.run(van)
