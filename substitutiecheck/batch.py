"""Checking a batch: a stream of :class:`~substitutiecheck.inputs.Item` through the evaluation
into a reporter, in one process or spread over several (``check --jobs N``).

Guarantees, each with a test in tests/test_schaal_batch.py:

* Output in input order, byte for byte the same as with one process.
* Bounded memory: items are read lazily and sent to the workers in chunks; at most a few chunks
  per worker are in flight, so a batch of any length never sits in memory at once.
* Each worker loads the rule pack (and builds its rule engine) once, in its initializer.
* Workers evaluate, render *and encode* (:mod:`.batch_worker`): a chunk comes back as one block
  of UTF-8 bytes with the length of each report's part, its input errors and its counts, so the
  parent only copies bytes into the output (``fileio.schrijf_bytes``; pickling rendered text cost
  more than evaluating it). A streaming reporter's output for a report depends only on whether
  it is the first report of the run, so a worker renders the first report of a chunk both ways;
  forked workers put the bytes in shared memory (``batch_worker.Vakken``), not in the pipe;
  a reporter of fragments (``--format json``) takes a block in with ``rapport_bytes``. What a
  reporter can do is declared on its class (``Reporter.streaming``, ``.fragments``,
  ``.toont_knelpunten``: the bottleneck count is made only for a summary that shows it).
* A batch in one process evaluates the same chunks the same way (``batch_worker.evaluate_brok``).
* Ctrl-C: workers ignore SIGINT; the parent stops, the pool is shut down and the interrupt goes
  on to the CLI (exit 130, the atomic output file is not written).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch_worker import Vakken, _Brok, _Invalid, _worker_init, _worker_run
from .errors import InvoerFout
from .inputs import Item
from .progress import ProgressBar, tel_invoer
from .reporters import OVERZICHT_MAX, Reporter
from .values import frozen

__all__ = ["ProgressBar", "aantal_jobs", "tel_invoer", "verwerk"]

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future, ProcessPoolExecutor  # imports logging: only in a pool


BROK = 100
"""Items per chunk sent to a worker (a worker's and the parent's peak memory grow with it: 100
keeps both below the former per-report exchange, measured on 20,000 JSON Lines)."""
IN_VLUCHT = 4
"""Chunks in flight per worker."""
JOBS_PER_KERN = 4
"""At most this many worker processes per core, whatever ``--jobs`` says (more only costs memory)."""


def aantal_jobs(jobs: int) -> int:
    """``0`` means one per core; never more than JOBS_PER_KERN per core."""
    cores = max(1, os.cpu_count() or 1)
    return cores if jobs <= 0 else max(1, min(jobs, JOBS_PER_KERN * cores))


# ---------------------------------------------------------------------------------------------
# The loop
# ---------------------------------------------------------------------------------------------


@frozen
class _Run:
    """One batch: where reports and input errors go, and what every evaluation needs."""

    reporter: Reporter
    taal: str
    toelichting: bool
    regels: str | Path | None
    bij_fout: Callable[[InvoerFout], None] | None
    voortgang: ProgressBar | None

    def meld(self, fout: InvoerFout) -> None:
        """An input that could not be checked."""
        if self.voortgang is not None:
            self.voortgang.wis()
        if self.bij_fout is not None:
            self.bij_fout(fout)
        self.reporter.samenvatting.tel_fout()
        self.reporter.fout(fout)

    def stap(self, n: int = 1) -> None:
        if self.voortgang is not None:
            self.voortgang.stap(n)


def verwerk(  # noqa: PLR0913 - keyword-only: the options of 'check' that a batch needs
    items: Iterable[Item],
    reporter: Reporter,
    *,
    fmt: str,
    regels: str | Path | None = None,
    pack: Any = None,
    taal: str = "nl",
    jobs: int = 1,
    bij_fout: Callable[[InvoerFout], None] | None = None,
    voortgang: ProgressBar | None = None,
    brok: int = BROK,
    toelichting: bool = True,
) -> bool:
    """Evaluate every item and feed the reporter in input order; True when any input was bad.

    Items may carry unparsed JSON Lines lines (``iter_items(..., rauw=True)``): with ``jobs > 1``
    the workers parse them, so the parent only splits lines.

    ``reporter.einde()`` is left to the caller. ``regels`` (a folder or None) is what workers
    load; ``pack`` the already loaded pack for the one-process path.
    """
    run = _Run(reporter, taal, toelichting, regels, bij_fout, voortgang)
    jobs = aantal_jobs(jobs)
    if jobs > 1 and (reporter.streaming or reporter.fragments):
        return _parallel(items, run, jobs=jobs, brok=brok, fmt=fmt)
    return _serieel(items, run, pack, brok)


def _serieel(items: Iterable[Item], run: _Run, pack: Any, brok: int) -> bool:
    from .batch_worker import evaluate_brok
    from .evaluation import resolve_pack

    pack = pack if pack is not None else resolve_pack(run.regels)
    reporter = run.reporter
    knelpunten = reporter.toont_knelpunten
    had_error = False
    for chunk in _chunks(items, brok):
        work = [(i.bron, i.regel, i.data) for i in chunk if i.fout is None]
        results = evaluate_brok(work, pack, run.taal, run.toelichting)
        for item in chunk:
            res = item.fout or next(results)
            if isinstance(res, InvoerFout):
                had_error = True
                run.meld(res)
            else:
                reporter.samenvatting.tel(res, knelpunten=knelpunten)
                reporter.rapport(res)
        run.stap(len(chunk))
    return had_error


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _start_method() -> str:
    """fork on Linux: workers inherit the loaded pack and the imported modules (fast start); no
    threads run in this process at that point (our engine starts none). Elsewhere spawn (fork is
    unsafe on macOS, absent on Windows): workers import and load the pack in _worker_init."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _pool(
    jobs: int, run: _Run, fmt: str, opmaak: dict[str, Any], vakken: Vakken | None
) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .engine import load_durable

    load_durable()  # durable missing: one line here, not a broken pool of workers
    ctx = multiprocessing.get_context(_start_method())
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=ctx,
        initializer=_worker_init,
        initargs=(
            str(run.regels) if run.regels is not None else None,
            run.taal,
            fmt,
            opmaak,
            run.toelichting,
            vakken,
        ),
    )


def _parallel(items: Iterable[Item], run: _Run, *, jobs: int, brok: int, fmt: str) -> bool:
    import itertools

    reporter = run.reporter
    opmaak = {"kleur": reporter.kleur, "breedte": reporter.breedte}
    pending: deque[tuple[list[Item], Future[_Brok]]] = deque()
    chunks = _chunks(items, brok)
    first = list(itertools.islice(chunks, jobs))  # never more workers than chunks of work
    chunks = itertools.chain(first, chunks)
    limiet = jobs * IN_VLUCHT
    # fewer chunks than jobs: they are all there is, and never more in flight
    vakken = _vakken(limiet if len(first) == jobs else len(first))
    try:
        executor = _pool(max(1, len(first)), run, fmt, opmaak, vakken)
    except BaseException:
        if vakken is not None:
            vakken.sluit()
        raise
    splice = _Splice(run, vakken)
    try:
        for n, chunk in enumerate(chunks):
            work = [(i.bron, i.regel, i.data) for i in chunk if i.fout is None]
            # the overview of the summary is full once that many reports came back
            overzicht = reporter.samenvatting.totaal - reporter.samenvatting.fouten < OVERZICHT_MAX
            # slot n % limiet is free: the chunk that had it, limiet ago, has been taken
            vak = n % limiet if vakken is not None else None
            future = executor.submit(_worker_run, work, splice.eerste, overzicht, vak)
            pending.append((chunk, future))
            while len(pending) >= limiet:
                splice.neem(*pending.popleft())
        while pending:
            splice.neem(*pending.popleft())
        executor.shutdown(wait=True)
    except BaseException:
        for _, future in pending:
            future.cancel()
        # Ctrl-C while the pool was still starting its threads: shutting it down then fails
        # ("cannot join thread before it is started"); the interrupt is what goes on
        with contextlib.suppress(RuntimeError):
            executor.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        if vakken is not None:
            vakken.sluit()
    return splice.had_error


def _vakken(aantal: int) -> Vakken | None:
    """Shared memory for the chunks in flight, or None: the pipe works too. Only for forked
    workers (a spawned one does not inherit it), and not under a limit of address space
    (``ulimit -v``): the mapping counts against it in the parent and in every worker, so a limit
    that a batch through the pipe fits in could be exceeded by it (a worker then fails to start
    a thread or load a module)."""
    if _start_method() != "fork":
        return None
    import resource  # Unix only, as fork

    if resource.getrlimit(resource.RLIMIT_AS)[0] != resource.RLIM_INFINITY:
        return None
    try:
        return Vakken(aantal)
    except (OSError, ValueError):
        return None


class _Splice:
    """The parent's part: a worker's chunk into the output, in input order, as bytes."""

    def __init__(self, run: _Run, vakken: Vakken | None = None) -> None:
        from .fileio import schrijf_bytes

        self.run = run
        self.vakken = vakken
        self.eerste = True
        """No report written yet"""
        self.had_error = False
        self.lengte_eerste = 0
        self.schrijf_bytes = schrijf_bytes

    def neem(self, chunk: list[Item], future: Future[_Brok]) -> None:
        brok = future.result()
        if self.eerste:  # the length of the chunk's first report (not as the first of the run)
            self.lengte_eerste = next((d for d in brok.delen if isinstance(d, int)), 0)
        if brok.vak is not None:
            assert self.vakken is not None  # a worker writes in a slot only when there are some
            tekst = memoryview(self.vakken.lees(*brok.vak))
        else:
            tekst = memoryview(brok.tekst)
        delen = iter(brok.delen)
        begin = eind = 0
        lengtes: list[int] = []  # the reports tekst[begin:eind], still to write
        for item in chunk:
            deel = item.fout or next(delen)
            if isinstance(deel, int):
                eind += deel
                lengtes.append(deel)
                continue
            self._schrijf(tekst[begin:eind], lengtes, brok.eerste)
            begin, lengtes = eind, []
            self.had_error = True
            if isinstance(deel, _Invalid):
                deel = InvoerFout(deel.problemen, bestand=deel.bestand, regel=deel.regel)
            self.run.meld(deel)
        self._schrijf(tekst[begin:eind], lengtes, brok.eerste)
        self.run.reporter.samenvatting.neem_op(brok.samenvatting)
        self.run.stap(len(chunk))

    def _schrijf(self, tekst: memoryview, lengtes: list[int], eerste: bytes | None) -> None:
        """The reports of ``lengtes``; ``eerste``: the first of them as the first of the run."""
        if not lengtes:
            return
        reporter = self.run.reporter
        if reporter.fragments:
            reporter.rapport_bytes(tekst, lengtes)
            return
        if self.eerste and eerste is not None:  # the run's first report, written as such
            self.schrijf_bytes(reporter.out, eerste)
            tekst = tekst[self.lengte_eerste :]
        self.schrijf_bytes(reporter.out, tekst)
        self.eerste = False
