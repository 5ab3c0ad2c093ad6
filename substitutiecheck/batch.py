"""Checking a batch: a stream of :class:`~substitutiecheck.inputs.Item` through the evaluation
into a reporter, in one process or spread over several (``check --jobs N``).

Guarantees, each with a test in tests/test_schaal_batch.py:

* Output in input order, byte for byte the same as with one process.
* Bounded memory: items are read lazily and sent to the workers in chunks; at most a few chunks
  per worker are in flight, so a batch of any length never sits in memory at once.
* Each worker loads the rule pack (and builds its rule engine) once, in its initializer.
* Workers evaluate *and render*: they send back the text a reporter would write (pickling a
  report costs more than evaluating it). A streaming reporter's output for a report depends only
  on whether it is the first report of the run, so a worker renders the first report of a chunk
  both ways; a buffering reporter (``--format json``) offers ``fragment`` / ``rapport_tekst``.
  What a reporter can do is declared on its class (``Reporter.streaming``, ``.fragments``); a
  worker sends back small dataclasses (:class:`_Rendered`, :class:`_Invalid`).
* Ctrl-C: workers ignore SIGINT; the parent stops, the pool is shut down and the interrupt goes
  on to the CLI (exit 130, the atomic output file is not written).
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InvoerFout, Probleem
from .inputs import Item
from .progress import ProgressBar, tel_invoer
from .reporters import ReportDigest, Reporter

__all__ = ["ProgressBar", "aantal_jobs", "tel_invoer", "verwerk"]

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future, ProcessPoolExecutor  # imports logging: only in a pool

    from .report import Rapport

BROK = 200
"""Items per chunk sent to a worker."""
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


@dataclass(frozen=True)
class _Rendered:
    """A report a worker rendered: what the summary needs of it, and its text (``als_eerste``:
    the text as the first report of the run, when the chunk may hold that one)."""

    digest: ReportDigest
    tekst: str
    als_eerste: str | None = None


@dataclass(frozen=True)
class _Invalid:
    """An input a worker could not check."""

    problemen: list[Probleem]
    bestand: str
    regel: int | None


@dataclass(frozen=True)
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

    def stap(self) -> None:
        if self.voortgang is not None:
            self.voortgang.stap()


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
    return _serieel(items, run, pack)


def _serieel(items: Iterable[Item], run: _Run, pack: Any) -> bool:
    from .evaluation import evalueer, resolve_pack
    from .inputs import als_voorstel, parse_line

    pack = pack if pack is not None else resolve_pack(run.regels)
    had_error = False
    for item in items:
        if isinstance(item.data, bytes):  # an unparsed JSON Lines line (iter_items(rauw=True))
            assert item.regel is not None  # a line of a JSON Lines file has its number
            item = parse_line(item.data, item.bron, item.regel)
        fout = item.fout
        if fout is None:
            try:
                voorstel = als_voorstel(item.data, pack)
                rapport = evalueer(voorstel, pack, run.taal, run.toelichting).met_invoer(
                    item.bron, item.regel
                )
            except InvoerFout as e:
                fout = e.met_bron(item.bron, item.regel)
            else:
                run.reporter.samenvatting.tel(rapport)
                run.reporter.rapport(rapport)
                run.stap()
                continue
        had_error = True
        run.meld(fout)
        run.stap()
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
    jobs: int,
    regels: str | Path | None,
    taal: str,
    fmt: str,
    opmaak: dict[str, Any],
    toelichting: bool = True,
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
        initargs=(str(regels) if regels is not None else None, taal, fmt, opmaak, toelichting),
    )


def _parallel(items: Iterable[Item], run: _Run, *, jobs: int, brok: int, fmt: str) -> bool:
    import itertools

    reporter = run.reporter
    opmaak = {"kleur": reporter.kleur, "breedte": reporter.breedte}
    had_error = False
    eerste = [True]  # no report written yet
    pending: deque[tuple[list[Item], Future[list[_Rendered | _Invalid]]]] = deque()
    chunks = _chunks(items, brok)
    first = list(itertools.islice(chunks, jobs))  # never more workers than chunks of work
    chunks = itertools.chain(first, chunks)
    executor = _pool(max(1, len(first)), run.regels, run.taal, fmt, opmaak, run.toelichting)
    fragments = reporter.fragments

    def afronden(chunk: list[Item], future: Future[list[_Rendered | _Invalid]]) -> None:
        nonlocal had_error
        results = iter(future.result())
        for item in chunk:
            if item.fout is not None:
                had_error = True
                run.meld(item.fout)
            else:
                res = next(results)
                if isinstance(res, _Invalid):
                    had_error = True
                    fout = InvoerFout(res.problemen, bestand=res.bestand, regel=res.regel)
                    run.meld(fout)
                else:
                    reporter.samenvatting.tel(res.digest)
                    if fragments:
                        reporter.rapport_tekst(res.tekst)
                    elif eerste[0] and res.als_eerste is not None:
                        reporter.out.write(res.als_eerste)
                    else:
                        reporter.out.write(res.tekst)
                    eerste[0] = False
            run.stap()

    try:
        for chunk in chunks:
            work = [(i.bron, i.regel, i.data) for i in chunk if i.fout is None]
            future = executor.submit(_worker_run, work, eerste[0])
            pending.append((chunk, future))
            while len(pending) >= jobs * IN_VLUCHT:
                afronden(*pending.popleft())
        while pending:
            afronden(*pending.popleft())
    except BaseException:
        for _, future in pending:
            future.cancel()
        # Ctrl-C while the pool was still starting its threads: shutting it down then fails
        # ("cannot join thread before it is started"); the interrupt is what goes on
        with contextlib.suppress(RuntimeError):
            executor.shutdown(wait=True, cancel_futures=True)
        raise
    executor.shutdown(wait=True)
    return had_error


# ---------------------------------------------------------------------------------------------
# Worker side
# ---------------------------------------------------------------------------------------------

_W: dict[str, Any] = {}


def _worker_init(
    regels: str | None, taal: str, fmt: str, opmaak: dict[str, Any], toelichting: bool = True
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _sterf_met_ouder()
    for name in ("SIGTERM", "SIGHUP"):  # not the parent's clean-up handlers (inherited by fork)
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    from . import engine
    from .evaluation import resolve_pack
    from .reporters import reporter_by_name
    from .runtime import vergeet_engines

    engine._ENGINES.clear()  # never use a durable host inherited through fork
    vergeet_engines()
    pack = resolve_pack(regels)
    cls = reporter_by_name(fmt)
    _W.update(pack=pack, taal=taal, cls=cls, opmaak=opmaak, toelichting=toelichting)


WACHT = 0.5
"""Seconds between two looks of a worker's watchdog at its parent."""


def _sterf_met_ouder() -> None:
    """A worker ends when the parent does, however it ends (SIGKILL too): otherwise it lives on
    under PID 1, stuck writing results nobody reads, and '| wc' never ends.

    On Linux the kernel sends SIGKILL at the parent's death (prctl PR_SET_PDEATHSIG); everywhere
    a watchdog thread sees the parent change (re-parenting) and ends the process."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # it died before prctl took effect
        os._exit(1)
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WACHT)
        os._exit(1)

    threading.Thread(target=watch, name="substitutiecheck-wacht", daemon=True).start()


def _capture(
    cls: type[Reporter], taal: str, opmaak: dict[str, Any], voorgaand: Rapport | None = None
) -> Callable[[Rapport], str]:
    buf = io.StringIO()
    rep = cls(out=buf, taal=taal, **opmaak)
    if voorgaand is not None:
        rep.rapport(voorgaand)  # now in the state "after the first report"
    buf.seek(0)
    buf.truncate()

    def render(rapport: Rapport) -> str:
        rep.rapport(rapport)
        text = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return text

    return render


def _worker_run(
    work: list[tuple[str, int | None, Any]], misschien_eerste: bool
) -> list[_Rendered | _Invalid]:
    from .evaluation import evalueer
    from .inputs import als_voorstel, parse_line

    pack, taal, cls, opmaak = _W["pack"], _W["taal"], _W["cls"], _W["opmaak"]
    out: list[_Rendered | _Invalid] = []
    frag_rep = cls(out=io.StringIO(), taal=taal, **opmaak) if cls.fragments else None
    render = None
    for bron, regel, data in work:
        if isinstance(data, bytes):  # an unparsed JSON Lines line (iter_items(rauw=True))
            assert regel is not None  # a line of a JSON Lines file has its number
            item = parse_line(data, bron, regel)
            if item.fout is not None:
                out.append(_Invalid(list(item.fout.problemen), bron, regel))
                continue
            data = item.data
        try:
            voorstel = als_voorstel(data, pack)
            rapport = evalueer(voorstel, pack, taal, _W["toelichting"]).met_invoer(bron, regel)
        except InvoerFout as e:
            problemen = [Probleem(p.pad, p.nl, p.en, p.bestand) for p in e.problemen]
            out.append(_Invalid(problemen, bron, regel))
            continue
        digest = ReportDigest.of(rapport)
        if frag_rep is not None:
            out.append(_Rendered(digest, frag_rep.fragment(rapport)))
            continue
        als_eerste = None
        if render is None:
            if misschien_eerste:
                als_eerste = _capture(cls, taal, opmaak)(rapport)
            render = _capture(cls, taal, opmaak, voorgaand=rapport)
        out.append(_Rendered(digest, render(rapport), als_eerste))
    return out
