"""The screens of the questionnaire: one question (with its help) and the overview of the
answers, on top of the prompts of :class:`~.prompts.Prompter`."""

from __future__ import annotations

import shlex
import textwrap
from typing import TYPE_CHECKING, Any

from ..pack import ANTWOORDEN, t
from .data import Vraag
from .flow import SORTED_BY_FIT
from .keys import AFRONDEN, TERUG, UITLEG, gedeelde_standaardtoetsen, navigatie, voeg_toe
from .prompts import Kop, Prompter

if TYPE_CHECKING:
    from ..report import BronVerwijzing


class Screens(Prompter):
    """One question, its help, the section heading, and the overview."""

    def _toets(self, message: str) -> None:
        """Wait for a key (Ctrl-C and Ctrl-D stop, as everywhere)."""
        import questionary
        from prompt_toolkit.key_binding import KeyBindings
        from prompt_toolkit.keys import Keys

        with gedeelde_standaardtoetsen():
            question = questionary.press_any_key_to_continue(message)
        kb = KeyBindings()

        @kb.add(Keys.ControlC, eager=True)
        def _stop(event: Any) -> None:
            event.app.exit(exception=KeyboardInterrupt)

        @kb.add(Keys.ControlD, eager=True)
        def _eof(event: Any) -> None:
            event.app.exit(exception=EOFError)

        app = question.application
        voeg_toe(app, kb)
        self._run(question)

    # -- one question ------------------------------------------------------------------------
    def ask(self, q: Vraag) -> str:
        """Ask ``q``; returns the answer, TERUG or UITLEG."""
        import questionary

        s = self.actief
        message = t(q.tekst, self.taal)
        default = s.standaard(q)
        if self._terug_na_uitleg is not None and self._terug_na_uitleg[0] == q.id:
            default = self._terug_na_uitleg[1]  # the help keeps the choice that was highlighted
        self._terug_na_uitleg = None
        n, totaal = s.voortgang(q)
        boven: tuple[str, ...] = (self.say("ui.voortgang", n=n, totaal=totaal),)
        if q.type == "tekst":
            default = s.concepten.get(q.id, default)  # text typed earlier, not yet confirmed

            def validate(value: str) -> Any:
                if navigatie(value, default or "") is not None:
                    return True
                return s.fout(q, value, self.taal) or True

            answer = self.text(
                message, default or "", validate, self.say("ui.instructie_tekst"), boven
            )
            if answer in (TERUG, UITLEG):
                return answer
            nav = navigatie(answer, default or "")
            return nav if nav is not None else answer.strip()
        choices: list[Any] = []
        ruimte = self.kolommen - 4  # after the pointer column
        keuzes = s.keuzes(q)
        vinkje = False  # a '✓' in the list: the hint above says what it means
        for k in keuzes:
            title = t(k.naam, self.taal)
            if q.id in SORTED_BY_FIT and s.past(k):
                mark = f"  ({self.say('keuze.past_bij')})"
                kort = len(title) + len(mark) > ruimte  # the name itself stays whole
                title += "  ✓" if kort else mark
                vinkje |= kort
            choices.append(
                questionary.Choice(
                    self.passend(title), value=k.waarde, description=t(k.uitleg, self.taal) or None
                )
            )
        choices.append(questionary.Separator())
        choices.append(questionary.Choice(self.say("ui.vorige"), value=TERUG))
        choices.append(questionary.Choice(self.say("ui.uitleg"), value=UITLEG))
        if vinkje:
            boven += (self.say("keuze.vinkje", past_bij=self.say("keuze.past_bij")),)
        if len(keuzes) > 9:  # long lists: type to filter
            gekozen: str = self.select(
                Kop(message, self.say("ui.instructie_zoeken"), boven),
                choices,
                default=default,
                zoeken=True,
            )
            return gekozen
        toetsen = {str(i): k.waarde for i, k in enumerate(keuzes, 1)}
        letters = [t(k.naam, self.taal)[:1].lower() for k in keuzes]
        if len(set(letters)) == len(letters) and all(c.isalpha() for c in letters):
            toetsen.update(zip(letters, (k.waarde for k in keuzes), strict=True))
            hint = "/".join(letters)
        else:
            hint = f"1-{len(keuzes)}"
        keuze: str = self.select(
            Kop(message, self.say("ui.instructie_keuze", toetsen=hint), boven),
            choices,
            default=default,
            toetsen=toetsen,
        )
        return keuze

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
        keuzes = self.actief.keuzes(q) if q.type == "keuze" else []
        if keuzes and not {k.waarde for k in keuzes} <= set(
            ANTWOORDEN
        ):  # ja/deels/nee/onbekend are
            uitleg = [
                (t(k.naam, self.taal), t(k.uitleg, self.taal)) for k in keuzes if k.uitleg
            ]  # explained
            if uitleg:  # in the list itself
                lines.append((f"  {self.say('ui.antwoorden')}:", {}))
                for naam, u in uitleg:
                    add(f"{naam}: {u}", "    - ")
        for kop, deel in self._bronnen(q):  # 'Bron:', then the product's own choice apart
            lines.append((f"  {kop}:", {"dim": True}))
            for b in deel:
                add(f"{b.kort}: {b.titel}", "    - ", dim=True)
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
            self._toets(self.say("ui.uitleg_terug" if last else "ui.uitleg_meer"))

    def _bronnen(self, q: Vraag) -> list[tuple[str, tuple[BronVerwijzing, ...]]]:
        """The sources of ``q``'s help as the reports list them (``bronnenlijst.apart``): those
        that name the subject under 'Bron:', the product's own choice under 'Advies en
        indeling:', so the help never reads as if a document made substitutiecheck's choice."""
        from ..context_common import bronverwijzingen
        from ..i18n import tekst
        from ..reporters.bronnenlijst import apart

        ids = [b for b in q.bron if b in self.pack.bronnen]
        bronnen = bronverwijzingen(self.pack, ids, self.taal)
        return [(tekst(kop, self.taal), deel) for kop, deel in apart(bronnen)]

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
        s = self.actief
        if q.id not in s.antwoorden:
            return self.say("ui.niet_ingevuld")
        value = s.antwoorden[q.id]
        if q.type == "tekst":
            return value if value else self.say("ui.leeg")
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

        s = self.actief
        self._sectie = None
        self.echo()
        self.echo(self.say("ui.overzicht"), bold=True, underline=True)
        choices: list[Any] = [questionary.Choice(self.say("ui.afronden"), value=AFRONDEN)]
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
        choices.append(questionary.Choice(self.say("ui.vorige"), value=TERUG))
        gekozen: str = self.select(
            Kop(self.say("ui.overzicht_vraag"), self.say("ui.instructie_overzicht")),
            choices,
            default=AFRONDEN,
        )
        return gekozen

    # -- the end -----------------------------------------------------------------------------
    def rapport(self) -> Any:
        """Show the whole report (and write it to ``--rapport``); returns it."""
        from ..evaluation import evaluate
        from ..reporters.text import TextReporter

        rapport = evaluate(self.actief.voorstel(), self.pack, self.taal)
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
            self.echo(self.say("ui.slot_eerst"))
            for i, o in enumerate(items[:3], 1):
                self.wrap(f"{i}. {o.naam}", "  ")
            if len(items) > 3:
                self.wrap(self.say("ui.slot_meer", n=len(items) - 3), "  ", dim=True)
        self.echo(
            self.say("ui.klaar", pad=self.opslag.pad), bold=True
        )  # one line: a path is never broken
        if self.rapport_pad:
            self.echo(self.say("ui.rapport_geschreven", pad=self.rapport_pad), bold=True)
        if not self.rapport_pad or not self.rapport_pad.lower().endswith((".html", ".htm")):
            pad = shlex.quote(str(self.opslag.pad))
            self.wrap(self.say("ui.slot_html", pad=pad, regels=self.met_regels()), "", dim=True)
