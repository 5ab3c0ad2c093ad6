"""The questionnaire on screen, with questionary. The only module of the package that prompts
or prints; what to ask next is decided by :class:`~.flow.Sessie`.

Navigation: every choice question has '← Vorige vraag' and '? Uitleg' entries, and the keys
``←`` / ``<`` / ``Ctrl-B`` / Esc (back) and ``?`` (help); j/d/n/o and digits move to an answer,
long lists filter as you type. In a text question Esc or Ctrl-B goes back, or ``<`` / ``?``
alone and Enter. Alt+Enter (Esc then Enter) is ignored. Ctrl-C or Ctrl-D saves, says where, and
ends with exit code 130.
"""

from __future__ import annotations

import contextlib
import os
import sys
import textwrap
from pathlib import Path
from typing import IO, Any

import click

from ..errors import SubstitutiecheckFout, probleem
from ..exitstatus import ExitStatus
from ..pack import t
from ..signalen import Beeindigd, bij_signaal, onderbroken_door, ononderbroken, stop
from .data import Vraag, laad_vragenlijst
from .flow import Sessie
from .keys import AFRONDEN, TERUG, UITLEG, WIDTH, navigatie
from .prompts import Kop, opdracht
from .screens import Screens
from .storage import Opslag, StartFout, gewoon_bestand, lees_voorstel_bestand, map_van

__all__ = [
    "AFRONDEN",
    "TERUG",
    "UITLEG",
    "WIDTH",
    "GeenTerminalFout",
    "StartFout",
    "VragenlijstUI",
    "main",
    "navigatie",
]

HERVAT, OPNIEUW, HERZIEN, STOPPEN = "\x00hervat", "\x00opnieuw", "\x00herzien", "\x00stoppen"
NOGMAALS = "\x00nogmaals"


class GeenTerminalFout(StartFout):
    """The questionnaire was started without a terminal on standard input."""


class _Gestopt(Exception):
    """The user chose 'stop' before anything was changed."""


class _NietOpgeslagen(Exception):
    """Saving failed and the user chose to stop: the answers are shown instead."""


class VragenlijstUI(Screens):
    """The questionnaire from start to report: the start screens, the loop, the closing block."""

    _ander_pakket = ""  # resuming under another rule pack: that notice, again when stopped

    # -- the whole questionnaire -------------------------------------------------------------
    def loop(self) -> None:
        """Ask until the user finishes in the overview. Saves after every answer."""
        s = self.actief
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
                    self.meldingen.append(self._ontbreekt(missing))
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
                    self.meldingen.append(self.say("ui.eerste_vraag"))
                self._bewaar(s)
                continue
            dropped = s.beantwoord(q.id, answer)
            self._bewaar(s)
            for key, ids in (("ui.verborgen", dropped), ("ui.teruggezet", s.teruggezet)):
                if ids:
                    names = ", ".join(t(self.vl.vraag(d).label, self.taal) for d in ids)
                    self.meldingen.extend(textwrap.wrap(self.say(key, vragen=names), self.breedte))

    def _ontbreekt(self, q: Vraag) -> str:
        """Why finishing waits for ``q``: required, or (an answer given) what is wrong with it;
        it said 'is verplicht' of an optional title that was too long (an adversarial test)."""
        waarde = self.actief.antwoorden.get(q.id, "")
        fout = self.actief.fout(q, waarde, self.taal) if waarde.strip() else None
        if fout is not None:
            return self.say("ui.ongeldig", vraag=t(q.label, self.taal), fout=fout)
        return self.say("ui.ontbreekt", vraag=t(q.label, self.taal))

    def _bewaar(self, s: Sessie, laatste: bool = False) -> None:
        """Save (``laatste``: the finished proposal). When the file cannot be written (a full
        disk, a folder gone read-only, the file replaced by a folder), say why and let the user
        fix it and try again: the session stays, so the answer just given is not lost (it
        ended the questionnaire with the answer nowhere; an audit)."""
        import questionary

        while True:
            try:
                (self.opslag.rond_af if laatste else self.opslag.bewaar)(s)
                return
            except SubstitutiecheckFout as e:
                reden = " ".join(e.regels(self.taal))
                keuze = self.select(
                    Kop(
                        self.say("ui.opslaan_mislukt", reden=reden), self.say("ui.instructie_kort")
                    ),
                    [
                        questionary.Choice(self.say("ui.opslaan_nogmaals"), value=NOGMAALS),
                        questionary.Choice(self.say("ui.opslaan_stoppen"), value=STOPPEN),
                    ],
                    nav=False,
                )
                if keuze == STOPPEN:
                    raise _NietOpgeslagen from None

    def _bewaar_bij_stop(self, s: Sessie) -> None:
        """Ctrl-C, Ctrl-D, SIGTERM or SIGHUP: save the answers and drafts and say where (or show
        them when the file still cannot be written). A second signal (a closed window sends
        SIGHUP twice: from the terminal and to the group) waits until this is done."""
        with ononderbroken():
            self._stop_en_bewaar(s)

    def _stop_en_bewaar(self, s: Sessie) -> None:
        if not s.antwoorden and not s.concepten and not self.opslag.bestaat():
            with contextlib.suppress(OSError):  # SIGHUP: the terminal may be gone
                self._stderr(self.say("ui.niets_opgeslagen"))
            return
        try:
            self.opslag.bewaar(s)
        except SubstitutiecheckFout:  # still not writable: show them rather than lose them
            with contextlib.suppress(OSError):
                self._toon_antwoorden(s)
            return
        with contextlib.suppress(OSError):  # SIGHUP: the terminal may be gone
            if self.tekens_hersteld:
                self._stderr(self.say("ui.tekens_hersteld"))
            self._stderr(
                self.say("ui.gestopt", pad=self.opslag.pad, opdracht=self.opdracht(self.opslag.pad))
            )

    def _toon_antwoorden(self, s: Sessie) -> None:
        """The answers that could not be saved, as the proposal JSON, to copy into a file."""
        self._stderr(self.say("ui.niet_opgeslagen", pad=self.opslag.pad, regels=self.met_regels()))
        click.echo(self.opslag.tekst(s), file=self.err, nl=False)

    def start(self, van: str | None) -> Sessie:
        """The session to begin with: new, resumed, or revising an existing proposal. Starting
        over or overwriting only after a confirmation, and the old file is kept as a copy."""
        o = self.opslag
        same = van is not None and o.bestaat() and Path(van).resolve() == o.pad.resolve()
        if same and o.onafgemaakt():
            van = None  # --van X -o X on an unfinished X: resume it (read as finished, the
            # questions never asked were filled in as answered and the position was lost)
        if van is not None:
            answers = lees_voorstel_bestand(Path(van), self.vl, volledig=True, fhir=True)
            if o.bestaat() and not same:
                self._kies_of_stop(
                    self.say("ui.bestaat_vraag", pad=o.pad), [("ui.overschrijven", OPNIEUW)]
                )
            return Sessie(self.vl, answers, positie=None, herzien=True)
        if o.onafgemaakt() and o.bestaat():
            voortgang = o.lees(self.vl, volledig=False)
            sessie = Sessie(
                self.vl,
                voortgang.antwoorden,
                positie=voortgang.positie,
                verborgen=voortgang.verborgen,
                concepten=voortgang.concepten,
            )
            vraag = self.say(
                "ui.hervat_vraag",
                pad=o.pad,
                n=sessie.aantal_beantwoord(),
                totaal=len(sessie.zichtbare_vragen()),
            )
            hervat = "ui.hervat"
            if voortgang.regelpakket not in (None, self.pack.naam):  # never a silent switch
                self._ander_pakket = self.say(
                    "ui.ander_pakket",
                    was=voortgang.regelpakket,
                    nu=self.pack.naam,
                    opdracht=opdracht(o.pad, voortgang.regels),
                )
                # a blank line: the command above is not read as running on into the question
                vraag, hervat = f"{self._ander_pakket}\n\n{vraag}", "ui.hervat_ander"
            keuze = self._kies_of_stop(vraag, [(hervat, HERVAT), ("ui.opnieuw", OPNIEUW)])
            return Sessie(self.vl) if keuze == OPNIEUW else sessie
        if o.bestaat() and not o.leeg():
            answers = o.lees(self.vl, volledig=False).antwoorden
            keuze = self._kies_of_stop(
                self.say("ui.bestaat_vraag", pad=o.pad),
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

        choices = [questionary.Choice(self.say(key), value=value) for key, value in options]
        choices.append(questionary.Choice(self.say("ui.stoppen"), value=STOPPEN))
        while True:
            keuze: str = self.select(
                Kop(message, self.say("ui.instructie_kort")), choices, nav=False
            )
            if keuze == STOPPEN:
                raise _Gestopt
            if keuze != OPNIEUW or self._bevestig_opnieuw():
                return keuze

    def _bevestig_opnieuw(self) -> bool:
        import questionary

        o = self.opslag
        keuze = self.select(
            Kop(
                self.say("ui.opnieuw_zeker", pad=o.pad, kopie=o.kopie_pad),
                self.say("ui.instructie_kort"),
            ),
            [
                questionary.Choice(self.say("ui.opnieuw_nee"), value=TERUG),
                questionary.Choice(self.say("ui.opnieuw_ja"), value=OPNIEUW),
            ],
            nav=False,
        )
        if keuze != OPNIEUW:
            return False
        kopie = o.bewaar_kopie()
        self.echo(
            self.say("ui.kopie_bewaard", kopie=kopie, opdracht=self.opdracht(kopie)), fg="yellow"
        )
        return True

    def run(self, van: str | None = None) -> int:
        """The questionnaire from start to report; returns the exit code (0, or 130 when stopped).
        One questionnaire per file at a time (StartFout when another has it open)."""
        with self.opslag.alleen(), bij_signaal(stop):  # SIGTERM, SIGHUP: as Ctrl-C, see below
            return self._vragenlijst(van)

    def _vragenlijst(self, van: str | None) -> int:
        self.echo(t(self.vl.titel, self.taal), bold=True)
        self.wrap(t(self.vl.intro, self.taal), "")
        try:
            self.sessie = self.start(van)
        except (_Gestopt, KeyboardInterrupt, EOFError):
            self._stderr(self.say("ui.niets_gedaan"))
            if self._ander_pakket:
                self._stderr(self._ander_pakket)
            return ExitStatus.INTERRUPTED
        self.echo(self.say("ui.opslag", pad=self.opslag.pad), dim=True)
        try:
            self.loop()
            self._bewaar(self.actief, laatste=True)
        except _NietOpgeslagen:
            self._toon_antwoorden(self.actief)
            return ExitStatus.INPUT
        except (KeyboardInterrupt, EOFError, Beeindigd) as e:
            self._bewaar_bij_stop(self.actief)
            if isinstance(e, Beeindigd):  # the prompt is left, the terminal normal again:
                raise  # the edge now ends the process the way the signal does
            return ExitStatus.INTERRUPTED
        except OSError as e:  # the window closed: the terminal's EIO replaced the signal
            signum = _opgehangen(e)
            if signum is None:
                raise
            self._bewaar_bij_stop(self.actief)
            raise Beeindigd(signum) from None
        self.slot(self.rapport())
        return ExitStatus.OK

    def _stderr(self, text: str) -> None:
        click.echo("", file=self.out)
        click.echo(text, file=self.err)


def _opgehangen(e: OSError) -> int | None:
    """The signal an error of the terminal replaced, or SIGHUP for the terminal gone (EIO,
    ENXIO); None for any other error. Closing the window sends SIGHUP, and prompt_toolkit's
    redraw on the way out then fails with EIO, which replaced Beeindigd: the typed text was
    not saved in 10 of 12 tries (an adversarial terminal test)."""
    import errno
    import signal

    signaal = onderbroken_door(e, Beeindigd)
    if signaal is not None:
        return signaal.signum
    return int(signal.SIGHUP) if e.errno in (errno.EIO, errno.ENXIO) else None


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
        from ..errors import probleem
        from ..suggest import suggest

        raise StartFout(
            probleem(
                "--rol",
                "vragenlijst.rol.onbekend",
                rol=rol,
                bedoeld=suggest(rol, rollen),
                keuzes=", ".join(rollen),
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
    gewoon_bestand(uitvoer, "vragenlijst.uitvoer_geen_bestand")
    if van is not None:
        gewoon_bestand(van, "vragenlijst.van_geen_bestand")
    folder = map_van(uitvoer)
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise StartFout(probleem("", "vragenlijst.map"), bestand=uitvoer)
    if rapport_pad is not None:
        from ..reporters import FORMAT_BY_SUFFIX, format_for_path

        kinds = ", ".join(sorted(FORMAT_BY_SUFFIX))
        if format_for_path(rapport_pad) is None:
            raise StartFout(
                probleem("", "vragenlijst.rapport_formaat", soorten=kinds),
                bestand=rapport_pad,
            )
        gewoon_bestand(rapport_pad, "vragenlijst.rapport_geen_bestand")  # a FIFO: a hang at the end
        target = map_van(rapport_pad)
        if not target.is_dir() or not os.access(target, os.W_OK):
            raise StartFout(probleem("", "vragenlijst.map"), bestand=rapport_pad)
    respondent = _respondent(pack, rol, uitvoer, van)  # a wrong --rol is said before anything
    stdin = stdin or sys.stdin
    if not stdin.isatty():
        raise GeenTerminalFout(probleem("", "vragenlijst.geen_terminal"))
    ui = VragenlijstUI(vl, Opslag(uitvoer, respondent, regels), taal)
    ui.rapport_pad = rapport_pad
    return ui.run(van)
