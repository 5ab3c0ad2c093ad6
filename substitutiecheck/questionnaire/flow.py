"""The questionnaire session: which question is next, going back, conditions, dropping the answers
of questions that became hidden, the overview, validation, and proposal <-> answers.

Pure state, no I/O: the UI asks :class:`Sessie` what to show and tells it what was answered.

Answers are a flat mapping ``question id (= proposal field path) -> str``. A text question
answered with '' and 'no choice yet' ('') are answers too (they are left out of the proposal).
The optional part ``samenwerking`` is answered 'ja'/'nee' by its gate question.

Moving on: after an answer the session goes to the next visible question in order (walking
forward after going back shows the earlier answers as defaults). After a change made from the
overview it goes to the first visible question still unanswered, or back to the overview.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import conditions
from ..errors import InvoerFout, probleem
from ..i18n import t
from ..model import lees_voorstel
from .data import Keuze, Vraag, Vragenlijst
from .texts import tekst

OVERZICHT = None  # position value: the overview at the end


SORTED_BY_FIT = ("samenwerkingsvorm", "financiering")
"""Questions whose choices that fit the chosen category are shown first and marked."""


def herstel_tekens(text: str) -> str:
    """``text`` without lone surrogates, which no file can hold (UTF-8 refuses them; saving
    crashed and lost the answer; an adversarial terminal test). prompt_toolkit reads the
    terminal as UTF-8 and keeps a byte that is not UTF-8 as a surrogate (U+DC80-U+DCFF): such a
    byte is read as Windows-1252, the encoding a Dutch 'ë' or 'é' most likely came from (a
    Latin-1 terminal or paste; the same letters as Latin-1 from 0xA0 on). A byte without a
    character there, and any other lone surrogate, becomes U+FFFD, visible. One byte gives
    one character, so the text keeps its length."""
    if text.isascii() or not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    out = []
    for c in text:
        if "\udc80" <= c <= "\udcff":
            c = bytes([ord(c) - 0xDC00]).decode("cp1252", errors="replace")
        elif "\ud800" <= c <= "\udfff":
            c = "\ufffd"
        out.append(c)
    return "".join(out)


class Sessie:
    def __init__(
        self,
        vragenlijst: Vragenlijst,
        antwoorden: Mapping[str, str] | None = None,
        positie: str | None = "",
        herzien: bool = False,
        verborgen: Mapping[str, str] | None = None,
        concepten: Mapping[str, str] | None = None,
    ) -> None:
        self.vl = vragenlijst
        # text typed but not confirmed (left with Esc / Ctrl-B, or Ctrl-C): shown again there
        self.concepten: dict[str, str] = {
            qid: v for qid, v in (concepten or {}).items() if qid in vragenlijst._index
        }
        self.antwoorden: dict[str, str] = {}
        for qid, value in (antwoorden or {}).items():
            if qid in vragenlijst._index:
                self.antwoorden[qid] = value
        # answers of questions that became hidden: kept, so showing the question again restores them
        self.verborgen: dict[str, str] = {
            qid: v
            for qid, v in (verborgen or {}).items()
            if qid in vragenlijst._index and qid not in self.antwoorden
        }
        self.teruggezet: list[str] = []  # restored by the last answer
        self.herzien = herzien  # True: after an answer go to the first open question / overview
        # answers in the file to a question not asked for it (eerste_lijn.sociaal_domein outside
        # its categories): valid, so kept in the proposal as they are; they were dropped from it
        # on load (an adversarial terminal test). Only the user's own change takes one out.
        self.behouden: set[str] = set(self.verwijder_verborgen())
        if positie == "":
            positie = self.eerste_open()
        if isinstance(positie, str) and (
            positie not in vragenlijst._index or not self.zichtbaar(self.vl.vraag(positie))
        ):
            positie = self.eerste_open()
        self.positie: str | None = positie

    # -- values and visibility ---------------------------------------------------------------
    def waarde(self, veld: str) -> Any:
        """The value of a field for conditions: the answer, else the proposal's default."""
        if veld in self.antwoorden:
            return self.antwoorden[veld]
        v = self.vl.velden.get(veld)
        return v.standaard if v is not None else None

    def zichtbaar(self, q: Vraag) -> bool:
        return conditions.holds(q.als, self.waarde)

    def zichtbare_vragen(self) -> list[Vraag]:
        return [q for q in self.vl.vragen if self.zichtbaar(q)]

    def verwijder_verborgen(self) -> list[str]:
        """Move the answers of hidden questions aside to ``verborgen`` (until nothing changes);
        returns their ids."""
        dropped: list[str] = []
        while True:
            hidden = [qid for qid in self.antwoorden if not self.zichtbaar(self.vl.vraag(qid))]
            if not hidden:
                break
            for qid in hidden:
                self.verborgen[qid] = self.antwoorden.pop(qid)
                dropped.append(qid)
        return dropped

    def herstel_zichtbare(self) -> list[str]:
        """Put back the kept answers of questions that are visible again; returns their ids."""
        restored: list[str] = []
        while True:
            back = [qid for qid in self.verborgen if self.zichtbaar(self.vl.vraag(qid))]
            if not back:
                break
            for qid in back:
                self.antwoorden[qid] = self.verborgen.pop(qid)
                restored.append(qid)
        return restored

    def eerste_open(self) -> str | None:
        """The first visible unanswered question, or None (the overview) when all are answered."""
        return next(
            (q.id for q in self.zichtbare_vragen() if q.id not in self.antwoorden), OVERZICHT
        )

    # -- where are we ------------------------------------------------------------------------
    @property
    def huidige(self) -> Vraag | None:
        return None if self.positie is None else self.vl.vraag(self.positie)

    def voortgang(self, q: Vraag | None = None) -> tuple[int, int]:
        """('vraag n van totaal') for ``q`` (default: the current question), over visible ones."""
        q = q or self.huidige
        visible = self.zichtbare_vragen()
        ids = [v.id for v in visible]
        n = ids.index(q.id) + 1 if q is not None and q.id in ids else len(ids)
        return n, len(ids)

    def aantal_beantwoord(self) -> int:
        return sum(1 for q in self.zichtbare_vragen() if q.id in self.antwoorden)

    def standaard(self, q: Vraag) -> str | None:
        """What to pre-select: the current answer, else the question's default, else None."""
        if q.id in self.antwoorden:
            return self.antwoorden[q.id]
        if q.standaard is not None:
            return q.standaard
        if q.keuze("") is not None:  # 'not chosen yet': Enter never records a choice by itself
            return ""
        veld = self.vl.velden[q.id]
        if q.type == "keuze" and veld.standaard is not None and q.keuze(veld.standaard):
            return veld.standaard  # the proposal's own default ('onbekend', 'nee')
        return None

    def past(self, k: Keuze) -> bool:
        """Whether a choice fits the chosen patient category (samenwerkingsvorm, financiering)."""
        cat = self.antwoorden.get("patientgroep.categorie")
        return cat is not None and cat in k.past_bij

    def keuzes(self, q: Vraag) -> list[Keuze]:
        """The choices in the order shown: for samenwerkingsvorm and financiering the ones that
        fit the chosen category first (after 'not chosen yet')."""
        ks = list(q.keuzes)
        if q.id in SORTED_BY_FIT:
            none = [k for k in ks if k.waarde == ""]
            fit = [k for k in ks if self.past(k) and k.waarde != ""]
            rest = [k for k in ks if not self.past(k) and k.waarde != ""]
            return none + fit + rest
        return ks

    # -- validation --------------------------------------------------------------------------
    def is_verplicht(self, q: Vraag) -> bool:
        return q.verplicht or (
            q.verplicht_als is not None and conditions.holds(q.verplicht_als, self.waarde)
        )

    def fout(self, q: Vraag, value: str, taal: str = "nl") -> str | None:
        """Why ``value`` is not a valid answer to ``q`` (in ``taal``), or None when it is."""
        if q.type == "keuze":
            if q.keuze(value) is None:
                return tekst("fout.ongeldige_keuze", taal, waarde=value)
            return None
        value = value.strip()
        if not value and self.is_verplicht(q):
            return tekst("fout.verplicht", taal) if q.verplicht else self._verplicht_omdat(q, taal)
        if q.max_lengte is not None and len(value) > q.max_lengte:
            return tekst("fout.te_lang", taal, max=q.max_lengte, n=len(value))
        return None

    def _verplicht_omdat(self, q: Vraag, taal: str) -> str:
        """Why an empty answer is not enough: 'omdat u bij Patiëntengroep 'Overig' koos' when the
        condition is one earlier choice (it said only 'bij uw eerdere antwoorden'; a user trial)."""
        boom = conditions.lees(q.verplicht_als) if q.verplicht_als is not None else None
        if isinstance(boom, conditions.Blad) and boom.positief and boom.veld in self.vl._index:
            bron = self.vl.vraag(boom.veld)
            keuze = bron.keuze(str(self.waarde(boom.veld))) if bron.type == "keuze" else None
            if keuze is not None:
                return tekst(
                    "fout.verplicht_omdat",
                    taal,
                    keuze=t(keuze.naam, taal),
                )
        return tekst("fout.verplicht_als", taal)

    def ontbrekend(self) -> Vraag | None:
        """The first visible question that still needs an answer before finishing."""
        for q in self.zichtbare_vragen():
            value = self.antwoorden.get(q.id)
            if value is None and q.verplicht:
                return q
            if value is not None and self.fout(q, value) is not None:
                return q
            if value is None and self.is_verplicht(q):
                return q
        return None

    # -- moving ------------------------------------------------------------------------------
    def beantwoord(self, qid: str, value: str) -> list[str]:
        """Record an answer and move on; returns the ids of answers dropped as now hidden.

        Raises ValueError when the answer is not valid (the UI validates before this).
        """
        q = self.vl.vraag(qid)
        if q.type == "tekst":
            value = herstel_tekens(value.strip())
        err = self.fout(q, value)
        if err is not None:
            raise ValueError(err)
        self.antwoorden[qid] = value
        self.verborgen.pop(qid, None)
        self.concepten.pop(qid, None)
        dropped = self.verwijder_verborgen()
        self.teruggezet = self.herstel_zichtbare()
        self.behouden -= set(self.teruggezet)  # asked again: from now on an answer as any other
        if self.herzien:
            self.positie = self.eerste_open()
        else:
            self.positie = self._volgende(qid)
        return dropped

    def _volgende(self, qid: str) -> str | None:
        order = [q.id for q in self.vl.vragen]
        start = order.index(qid) + 1
        for q in self.vl.vragen[start:]:
            if self.zichtbaar(q):
                return q.id
        return OVERZICHT

    def terug(self) -> bool:
        """Go to the previous visible question (from the overview: the last one).
        Returns False when already at the first question."""
        visible = self.zichtbare_vragen()
        if not visible:
            return False
        if self.positie is None:
            self.positie = visible[-1].id
            self.herzien = False
            return True
        ids = [q.id for q in visible]
        i = ids.index(self.positie) if self.positie in ids else 0
        if i == 0:
            return False
        self.positie = ids[i - 1]
        self.herzien = False
        return True

    def ga_naar(self, qid: str) -> None:
        """From the overview: change the answer of ``qid``, then return to the overview."""
        self.positie = qid
        self.herzien = True

    # -- proposal <-> answers ----------------------------------------------------------------
    def voorstel(self) -> dict[str, Any]:
        """The (partial) proposal for the current answers, in questionnaire order, with the
        answers from the file that no question asks now (:attr:`behouden`)."""
        bewaard = {q: self.verborgen[q] for q in self.behouden if q in self.verborgen}
        return naar_voorstel(self.vl, {**self.antwoorden, **bewaard})

    def leeg_beantwoord(self) -> list[str]:
        """Answered questions whose answer leaves nothing in the proposal ('' or gate 'nee')."""
        return [
            qid
            for qid, v in self.antwoorden.items()
            if v == "" or (self.vl.velden[qid].soort == "onderdeel" and v == "nee")
        ]


def naar_voorstel(vl: Vragenlijst, antwoorden: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for q in vl.vragen:
        if q.id not in antwoorden:
            continue
        value = antwoorden[q.id]
        veld = vl.velden[q.id]
        if veld.soort == "onderdeel":
            if value == "ja":
                out.setdefault(q.id, {})
            continue
        if value == "":
            continue
        head, _, tail = q.id.partition(".")
        if tail:
            out.setdefault(head, {})[tail] = value
        else:
            out[head] = value
    return out


def uit_voorstel(vl: Vragenlijst, data: Any, volledig: bool = True) -> dict[str, str]:
    """The answers in a proposal (a dict from JSON). Validated against the pack's proposal model;
    with ``volledig=False`` a partial proposal (no category yet) is accepted. Raises InvoerFout."""
    if not isinstance(data, dict):
        raise InvoerFout(
            probleem(
                "",
                "voorstel.geen_object_kort",
            )
        )
    check = data
    pg = data.get("patientgroep")
    if not volledig and (pg is None or (isinstance(pg, dict) and "categorie" not in pg)):
        first = next(k.waarde for k in vl.vraag("patientgroep.categorie").keuzes)
        check = dict(data, patientgroep=dict(pg or {}, categorie=first))
    lees_voorstel(check, vl.pack)  # raises InvoerFout with field paths
    answers: dict[str, str] = {}
    for q in vl.vragen:
        head, _, tail = q.id.partition(".")
        if head not in data:
            continue
        if vl.velden[q.id].soort == "onderdeel":
            answers[q.id] = "ja" if data[head] is not None else "nee"
            continue
        part = data[head]
        value = (
            (part.get(tail) if isinstance(part, dict) else None) if tail else part
        )  # a part may be null
        if isinstance(value, str):
            answers[q.id] = value
    if volledig:  # a whole proposal: what it leaves out on purpose counts as answered
        for q in vl.vragen:
            veld = vl.velden[q.id]
            if (
                q.id not in answers
                and veld.leeg_mag
                and (q.type == "tekst" or q.keuze("") is not None)
            ):
                answers[q.id] = ""
            elif q.id not in answers and veld.soort == "onderdeel":
                answers[q.id] = "nee"
    return answers
