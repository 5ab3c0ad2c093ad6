"""Progress of a batch on stderr (only on a terminal), and a cheap count of the proposals to come
(``check --voortgang``); split from :mod:`substitutiecheck.batch`, which still offers both."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any


class ProgressBar:
    """A one-line progress display on a terminal's stderr; silent everywhere else.

    It appears only after ``na`` seconds (short runs never flicker), redraws at most ten times a
    second, and is wiped before anything else is printed on stderr and at the end.
    """

    def __init__(
        self,
        stream: IO[str] | None = None,
        totaal: int | None = None,
        taal: str = "nl",
        na: float | None = None,
        aan: bool | None = None,
    ) -> None:
        if na is None:  # SUBSTITUTIECHECK_VOORTGANG_NA: the delay in seconds (tests use 0)
            try:
                na = float(os.environ.get("SUBSTITUTIECHECK_VOORTGANG_NA", "1"))
            except ValueError:
                na = 1.0
        self.stream = stream if stream is not None else sys.stderr
        if aan is None:
            try:
                aan = self.stream.isatty()
            except (AttributeError, ValueError):
                aan = False
        self.aan = aan
        self.totaal = totaal
        self.taal = taal
        self.n = 0
        self._start = time.monotonic()
        self._volgende = self._start + na
        self._zichtbaar = False

    def stap(self, n: int = 1) -> None:
        self.n += n
        if not self.aan:
            return
        now = time.monotonic()
        if now >= self._volgende:
            self._volgende = now + 0.1
            self._teken(now)

    def _teken(self, now: float) -> None:
        elapsed = max(now - self._start, 1e-9)
        rate = self.n / elapsed
        woord = "proposals" if self.taal == "en" else "voorstellen"
        if self.totaal:
            frac = min(self.n / self.totaal, 1.0)
            bar = "#" * int(frac * 30)
            line = f"[{bar:<30}] {frac:4.0%}  {self.n}/{self.totaal} {woord}  {rate:,.0f}/s"
        else:
            line = f"{self.n} {woord}  {rate:,.0f}/s"
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self._zichtbaar = True

    def wis(self) -> None:
        """Remove the line (before an error message is printed, and at the end)."""
        if self._zichtbaar:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._zichtbaar = False

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.wis()


def tel_invoer(paden: Iterable[str]) -> int | None:
    """How many proposals the paths hold (non-blank lines of .jsonl, one per .json), cheaply;
    ``None`` when standard input is among them (it can't be read twice)."""
    from .inputs import STDIN, Eerder, _files_in

    total = 0
    eerder = Eerder()  # a file given twice is read once (inputs.iter_items)
    for arg in paden:
        if arg == STDIN:
            return None
        path = Path(arg)
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
        except OSError:  # one error item (inputs.iter_items)
            total += 1
            continue
        fouten: list[Any] = []
        if is_dir:
            files, fouten = _files_in(path)
        else:
            files = [path] if is_file else []
        total += len(fouten)  # an unreadable folder is one error item
        for f in files:
            if not eerder.nieuw(f):
                continue
            if f.suffix.lower() != ".jsonl":
                total += 1
                continue
            try:
                with f.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:
                total += 1
        if not files and not fouten:
            total += 1
    return total
