"""The list of sources at the end of a human document (issue 18, lever 2): each source the
document cites once, with its short label, full title, period and kind; in the body each finding
keeps the short labels, numbered so they point into the list.

Numbers go in the order a source is first cited in the document. A reporter owns one
:class:`Bronnenlijst` for its document; a document that holds another reporter's output (the
combined report holds the ordinary report) hands its list to that reporter
(:meth:`MetBronnenlijst.deel_bronnenlijst`) and writes the one list itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..i18n import tekst
from ..report import BronVerwijzing

SOORTEN = ("seed", "nivel2013", "extern", "productkeuze")
"""The kinds of source the pack knows (schemas/regelpakket.schema.json), each with its name."""


def apart(bronnen: Iterable[BronVerwijzing]) -> list[tuple[str, tuple[BronVerwijzing, ...]]]:
    """The source lines under a finding's advice, each (heading key, its sources), empty ones
    left out: those that name the condition ('kop.bron': 'Bron:'), then the product's own
    choice, which covers the advice 'Hoe' and whether it blocks ('kop.bron_keuze': 'Advies en
    indeling:'). One line 'Bron: e-book; Nivel; FMS/LHV; Keuze substitutiecheck' right under
    'Hoe:' read as if the e-book gave that advice (a review of the sources). Every reporter
    writes these lines from this one split."""
    bronnen = tuple(bronnen)
    delen = [
        ("kop.bron", tuple(b for b in bronnen if b.soort != "productkeuze")),
        ("kop.bron_keuze", tuple(b for b in bronnen if b.soort == "productkeuze")),
    ]
    return [(kop, deel) for kop, deel in delen if deel]


class Bronnenlijst:
    """The sources of one document, numbered from 1 in the order they are first cited."""

    def __init__(self) -> None:
        self._nummers: dict[BronVerwijzing, int] = {}

    def noem(self, bron: BronVerwijzing) -> int:
        """The number of ``bron`` in the list (a new one when it is cited for the first time)."""
        nummer = self._nummers.get(bron)
        if nummer is None:
            nummer = self._nummers[bron] = len(self._nummers) + 1
        return nummer

    def nummers(self, bronnen: Iterable[BronVerwijzing]) -> list[tuple[int, BronVerwijzing]]:
        return [(self.noem(b), b) for b in bronnen]

    def __iter__(self) -> Iterator[tuple[int, BronVerwijzing]]:
        return ((n, b) for b, n in self._nummers.items())

    def __len__(self) -> int:
        return len(self._nummers)


class MetBronnenlijst:
    """A reporter that writes a list of sources at the end of its document."""

    bronnenlijst: Bronnenlijst
    lijst_schrijven: bool = True
    """False when the document around this reporter's output writes the list."""

    def deel_bronnenlijst(self, lijst: Bronnenlijst) -> None:
        """Number into ``lijst`` (the surrounding document's) and leave writing it out."""
        self.bronnenlijst = lijst
        self.lijst_schrijven = False


def soort_naam(bron: BronVerwijzing, taal: str) -> str:
    """The kind of source as a reader reads it ('brondocument', 'productkeuze, geen bron')."""
    if bron.soort in SOORTEN:
        return tekst(f"bron.soort.{bron.soort}", taal)
    return bron.soort


def kenmerken(bron: BronVerwijzing, taal: str) -> str:
    """'brondocument; periode 2015/2016': the kind, and the period when the source has one."""
    delen = [soort_naam(bron, taal)]
    if bron.periode:
        delen.append(tekst("bron.periode", taal, periode=bron.periode))
    return "; ".join(delen)


VAST = "\xa0"
"""Between a label and its number while a line is wrapped (no break there); then a space."""


def genummerd(lijst: Bronnenlijst, bronnen: Iterable[BronVerwijzing], tussen: str = " ") -> str:
    """'Raedelijn e-book (2015/2016) [1]; Nivel 2013 [2]': each label with its number in the list
    (plain text; a format escapes it as it does every text). ``tussen``: :data:`VAST` to keep a
    number on the line of its label when the text is wrapped."""
    return "; ".join(f"{b.kort}{tussen}[{lijst.noem(b)}]" for b in bronnen)
