"""Reporters render reports; they decide nothing. Chosen by name, like check-jsonschema's.

A reporter gets each report (and each input error) in input order, then the summary at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, TextIO, cast

from ..errors import InvoerFout

if TYPE_CHECKING:  # pragma: no cover
    # only for the annotations: the questionnaire imports this package at its start (breedte_voor)
    # and needs the report's classes only at its end
    from ..report import Rapport

OVERZICHT_MAX = 200
"""At most this many proposals are listed one by one in the text summary (the counts go on)."""


@dataclass
class Samenvatting:
    totaal: int = 0
    go: int = 0
    voorwaardelijk: int = 0
    nogo: int = 0
    fouten: int = 0
    voorlopig: int = 0
    """Reports whose advice is provisional (Rapport.voorlopig), whatever the verdict"""
    overzicht: list[tuple[str, str | None, tuple[int, ...], str | None]] = field(
        default_factory=list
    )
    """Per proposal (the first OVERZICHT_MAX): advice, title, what is missing per tier
    (reporters.common.lagen: no-go, settle first, then) and, for a proposal without a title, its
    place (file, file:line) to tell it from other untitled ones."""
    teller: Any = None
    """The region's bottlenecks, counted report by report (knelpunten.Teller; issue 17), from
    the second report on: a region's view needs two."""
    eerste: Rapport | None = None
    """The one report counted so far, kept for the bottlenecks until a second comes: a check of
    one proposal never imports knelpunten (~2 ms of its start)."""
    overzicht_max: int = OVERZICHT_MAX
    """How many proposals :attr:`overzicht` lists (a batch worker's part of the run: none once
    the run's overview is full)."""

    def tel(self, rapport: Rapport, knelpunten: bool = True) -> None:
        """Count a report; ``knelpunten=False``: not in the region's bottlenecks (a batch whose
        reporter shows none, Reporter.toont_knelpunten). A batch worker counts its chunk in its
        own Samenvatting, which the parent takes in with :meth:`neem_op`."""
        if len(self.overzicht) < self.overzicht_max:
            from .common import laag_tellingen, plaats

            self.overzicht.append(
                (
                    rapport.advies,
                    rapport.titel,
                    laag_tellingen(rapport),
                    None if rapport.titel else plaats(rapport),
                )
            )
        if knelpunten:
            self._knelpunt(rapport)
        self.totaal += 1
        self.voorlopig += bool(rapport.voorlopig)
        if rapport.advies == "go":
            self.go += 1
        elif rapport.advies == "voorwaardelijk":
            self.voorwaardelijk += 1
        else:
            self.nogo += 1

    def tel_fout(self) -> None:
        self.totaal += 1
        self.fouten += 1

    def neem_op(self, deel: Samenvatting) -> None:
        """Add the counts of a later part of the run (a batch worker's chunk): the same as
        counting its reports here, in their order."""
        ruimte = self.overzicht_max - len(self.overzicht)
        if ruimte > 0:
            self.overzicht.extend(deel.overzicht[:ruimte])
        if deel.eerste is not None:
            self._knelpunt(deel.eerste)
        if deel.teller is not None:
            self._teller().neem_op(deel.teller)
        self.totaal += deel.totaal
        self.go += deel.go
        self.voorwaardelijk += deel.voorwaardelijk
        self.nogo += deel.nogo
        self.fouten += deel.fouten
        self.voorlopig += deel.voorlopig

    def _knelpunt(self, rapport: Rapport) -> None:
        if self.teller is None and self.eerste is None:
            self.eerste = rapport
            return
        self._teller().tel(rapport)

    def _teller(self) -> Any:
        """The bottleneck counter, made (with the report kept so far) when first needed."""
        if self.teller is None:
            from ..knelpunten import Teller

            self.teller = Teller()
            if self.eerste is not None:
                self.teller.tel(self.eerste)
                self.eerste = None
        return self.teller

    def knelpunten(self) -> Any:
        """The bottlenecks (knelpunten.Knelpunten) when two or more proposals were reported,
        else None: a region's view needs more than one proposal."""
        if self.teller is None or self.teller.n < 2:
            return None
        return self.teller.resultaat()

    def als_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "totaal": self.totaal,
            "go": self.go,
            "voorwaardelijk": self.voorwaardelijk,
            "no-go": self.nogo,
            "ongeldig": self.fouten,
            "voorlopig": self.voorlopig,
        }
        knelpunten = self.knelpunten()
        if knelpunten is not None:
            out["knelpunten"] = knelpunten.naar_dict()
        return out

    def regel(self, taal: str) -> str:
        """The summary in one sentence."""
        from ..i18n import tekst

        return tekst(
            "samenvatting.regel_1" if self.totaal == 1 else "samenvatting.regel",
            taal,
            totaal=self.totaal,
            go=self.go,
            voorwaardelijk=self.voorwaardelijk,
            nogo=self.nogo,
            fouten=self.fouten,
            voorlopig=self.voorlopig,
        )


@dataclass
class Reporter:
    """Renders reports, each as it arrives, and the summary at the end (:meth:`einde`).

    What a reporter can do is declared here, on the class (a batch asks these, nothing else):
    """

    streaming: ClassVar[bool] = False
    """It writes each report as it comes, and what it writes for a report depends only on whether
    it is the first of the run: a parallel batch lets worker processes render the reports."""
    fragments: ClassVar[bool] = False
    """It builds its output from one fragment per report (:meth:`fragment`, taken in by
    :meth:`rapport_tekst`): a parallel batch lets worker processes render the fragments."""

    toont_knelpunten: ClassVar[bool] = True
    """Its summary shows the region's bottlenecks (Samenvatting.knelpunten): a batch counts
    them only then (a count per report that a JSON Lines or CSV run would throw away)."""

    out: TextIO
    taal: str = "nl"
    kleur: bool = False
    breedte: int = 88
    """Line width of the text format; the CLI narrows it to a narrower terminal (breedte_voor)."""
    samenvatting: Samenvatting = field(default_factory=Samenvatting)

    def __post_init__(self) -> None:
        """Subclasses set up their own state here."""

    def rapport(self, rapport: Rapport) -> None:
        raise NotImplementedError

    def fout(self, fout: InvoerFout) -> None:
        """An input that could not be checked (the CLI also prints it on stderr)."""

    def fragment(self, rapport: Rapport) -> str:
        """The text of one report in the output (only when :attr:`fragments`)."""
        raise NotImplementedError

    def rapport_tekst(self, fragment: str) -> None:
        """Take in a report as its :meth:`fragment` (only when :attr:`fragments`)."""
        raise NotImplementedError

    def rapport_bytes(self, data: bytes | memoryview, lengtes: Sequence[int]) -> None:
        """Take in reports rendered elsewhere (a batch worker's): their fragments one after the
        other, encoded as UTF-8, with the length of each (only when :attr:`fragments`). By
        default each is decoded and taken in by :meth:`rapport_tekst`."""
        raw = bytes(data)
        begin = 0
        for lengte in lengtes:
            self.rapport_tekst(raw[begin : begin + lengte].decode("utf-8"))
            begin += lengte

    def einde(self) -> None:
        """Called once after the last input."""


_REPORTERS = {
    "text": ("text", "TextReporter"),
    "json": ("jsonfmt", "JsonReporter"),
    "jsonl": ("jsonfmt", "JsonLinesReporter"),
    "markdown": ("markdown", "MarkdownReporter"),
    "html": ("html", "HtmlReporter"),
    "csv": ("csvfmt", "CsvReporter"),
}


def breedte_voor(stream: Any, standaard: int = 88) -> int:
    """Text width for ``stream``: ``standaard``, or narrower when it is a narrower terminal
    (an 80-column terminal would otherwise break every long line in the middle of a word)."""
    try:
        if not stream.isatty():
            return standaard
    except (AttributeError, ValueError, OSError):
        return standaard
    import shutil

    return max(40, min(standaard, shutil.get_terminal_size((standaard + 1, 24)).columns - 1))


def reporter_by_name(name: str) -> type[Reporter]:
    """The reporter class of a format; imports only that reporter's module."""
    import importlib

    module, cls = _REPORTERS[name]
    found: type[Reporter] = getattr(importlib.import_module(f".{module}", __name__), cls)
    return found


FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
"""The report format a file name asks for, for every command (``vragenlijst --rapport
advies.html``, ``check -o advies.html``): one table (a code review found two that had drifted
apart: '--rapport advies.markdown' was refused where '-o advies.markdown' worked)."""


def format_for_path(path: str) -> str | None:
    import os

    return FORMAT_BY_SUFFIX.get(os.path.splitext(path)[1].lower())


def write_report(rapport: Rapport, path: str, taal: str) -> None:
    """Write one report to ``path`` (atomically) in the format its suffix names."""
    from ..fileio import open_output

    fmt = format_for_path(path)
    if fmt is None:
        raise ValueError(f"no report format for {path!r}")
    with open_output(path, newline="" if fmt == "csv" else None) as out:
        reporter = reporter_by_name(fmt)(out=cast(TextIO, out), taal=taal)
        reporter.samenvatting.tel(rapport)
        reporter.rapport(rapport)
        reporter.einde()
