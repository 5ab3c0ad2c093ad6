"""The worker side of a parallel batch (:mod:`substitutiecheck.batch`), and the evaluation of a
chunk of inputs that a batch in one process does the same way.

A worker evaluates a chunk *and renders and encodes it*: it sends back one :class:`_Brok`, the
chunk's output as UTF-8 bytes with the length of each report's part, the inputs it could not
check (:class:`_Invalid`) and the chunk's counts (a :class:`~substitutiecheck.reporters.Samenvatting`),
so the parent only copies bytes (pickling the rendered text cost more than the rest of a report).
Where workers are forked, the bytes go through shared memory (:class:`Vakken`) instead of the
pipe: no pickling and no pipe for them, one copy out of the slot in the parent.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import field
from typing import TYPE_CHECKING, Any

from .errors import InvoerFout, Probleem
from .reporters import OVERZICHT_MAX, Reporter, Samenvatting
from .values import frozen

if TYPE_CHECKING:  # pragma: no cover
    from .pack import Regelpakket
    from .report import Rapport

Werk = tuple[str, int | None, Any]
"""One input of a chunk: file, line (JSON Lines) and the proposal, or the unparsed line."""


@frozen
class _Invalid:
    """An input a worker could not check."""

    problemen: list[Probleem]
    bestand: str
    regel: int | None


@frozen
class _Brok:
    """What a worker sends back for a chunk."""

    tekst: bytes
    """The output of the chunk's reports in input order, UTF-8: for a streaming reporter what it
    writes for each (not as the first report of the run); for a reporter of fragments each
    fragment (taken in by Reporter.rapport_bytes)."""
    delen: list[int | _Invalid] = field(default_factory=list)
    """Per input sent: the length in bytes of its report's part of :attr:`tekst`, or why it could
    not be checked"""
    samenvatting: Samenvatting = field(default_factory=Samenvatting)
    """The chunk's counts (each proposal of the overview only when the parent asked for them)"""
    eerste: bytes | None = None
    """The chunk's first report as the first of the run (when the parent said it may be)"""
    vak: tuple[int, int] | None = None
    """Slot and length of :attr:`tekst` in the shared :class:`Vakken` (then ``tekst`` is empty)"""


VAK = 2 * 2**20
"""Bytes per slot of :class:`Vakken`: a chunk of 100 reports is ~0.55-0.7 MB in JSON Lines or
text, ~1 MB as JSON fragments; a chunk that does not fit goes through the pipe. Address space:
memory is used as it is written, and stays in use (at most a chunk's size per slot) until the
batch ends."""


class Vakken:
    """Shared memory (anonymous, ``mmap``) that forked workers write a chunk's output into, one
    slot per chunk in flight, so the parent takes it without a pipe or a pickle.

    The parent gives each chunk a slot it has no chunk in (``volgnummer % aantal`` with at most
    ``aantal`` chunks in flight, taken in order) and writes the slot out before it reuses it.
    Anonymous memory dies with the processes: nothing is left behind, however they end."""

    def __init__(self, aantal: int, grootte: int | None = None) -> None:
        import mmap

        self.aantal, self.grootte = aantal, VAK if grootte is None else grootte
        self._mm = mmap.mmap(-1, aantal * self.grootte)  # MAP_SHARED | MAP_ANONYMOUS

    def schrijf(self, vak: int, delen: list[bytes]) -> int | None:
        """Put ``delen`` one after the other in slot ``vak``; their length, or None when they do
        not fit (the caller sends them otherwise)."""
        lengte = sum(map(len, delen))
        if lengte > self.grootte:
            return None
        pos = vak * self.grootte
        for deel in delen:
            self._mm[pos : pos + len(deel)] = deel
            pos += len(deel)
        return lengte

    def lees(self, vak: int, lengte: int) -> bytes:
        """What :meth:`schrijf` put in slot ``vak``."""
        begin = vak * self.grootte
        return self._mm[begin : begin + lengte]

    def sluit(self) -> None:
        self._mm.close()


VEEL = 50
"""Proposals per evaluate_many chunk: it holds that many reports (each with its JSON once
rendered) until the last is taken, so a batch chunk goes through in a few (peak RSS)."""


def evaluate_brok(
    work: list[Werk], pack: Regelpakket, taal: str, toelichting: bool
) -> Iterator[Rapport | InvoerFout]:
    """The report (or the input error, with its file and line) of each input, in order: the
    chunk goes through :func:`~substitutiecheck.evaluation.evaluate_many` (one durable_rules
    session for many proposals), each report built with its input location."""
    from .evaluation import evaluate_many
    from .inputs import als_voorstel, parse_line
    from .report import Invoer

    def voorstellen() -> Iterator[tuple[Any, Invoer | None]]:
        for bron, regel, data in work:
            if isinstance(data, bytes):  # an unparsed JSON Lines line (iter_items(rauw=True))
                assert regel is not None  # a line of a JSON Lines file has its number
                item = parse_line(data, bron, regel)
                if item.fout is not None:
                    yield item.fout, None
                    continue
                data = item.data
            try:
                yield als_voorstel(data, pack), Invoer(bestand=bron, regel=regel)
            except InvoerFout as e:
                yield e, None

    results = evaluate_many(voorstellen(), pack, taal, toelichting, chunk=VEEL)
    for (bron, regel, _), res in zip(work, results, strict=True):
        yield res.met_bron(bron, regel) if isinstance(res, InvoerFout) else res


# ---------------------------------------------------------------------------------------------
# In the worker process
# ---------------------------------------------------------------------------------------------

_W: dict[str, Any] = {}


def _worker_init(  # noqa: PLR0913 - the batch's options, positional as initargs are
    regels: str | None,
    taal: str,
    fmt: str,
    opmaak: dict[str, Any],
    toelichting: bool = True,
    vakken: Vakken | None = None,
) -> None:
    """``vakken``: the parent's shared memory, inherited through fork (never pickled)."""
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
    _W.clear()  # nothing of an earlier batch in this process (fork copies the module)
    _W.update(pack=pack, taal=taal, cls=cls, opmaak=opmaak, toelichting=toelichting)
    _W["vakken"] = vakken


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


class _Opvang:
    """A text stream that keeps what a reporter writes, as UTF-8, until it is taken
    (:meth:`neem`); text the reporter has already encoded (``fileio.schrijf_bytes``) is kept as
    it is."""

    def __init__(self) -> None:
        self.delen: list[bytes] = []

    def write(self, text: str) -> int:
        self.delen.append(text.encode("utf-8"))
        return len(text)

    def schrijf_bytes(self, data: bytes | memoryview) -> None:
        self.delen.append(bytes(data))

    def neem(self) -> bytes:
        data = b"".join(self.delen)
        self.delen.clear()
        return data


def _renderer(
    cls: type[Reporter], taal: str, opmaak: dict[str, Any], voorgaand: Rapport | None = None
) -> Callable[[Rapport], bytes]:
    """What a streaming reporter writes for a report: as the first of the run, or (after
    ``voorgaand``) as any later one."""
    opvang = _Opvang()
    rep = cls(out=opvang, taal=taal, **opmaak)  # type: ignore[arg-type]
    if voorgaand is not None:
        rep.rapport(voorgaand)  # now in the state "after the first report"
        opvang.neem()

    def render(rapport: Rapport) -> bytes:
        rep.rapport(rapport)
        return opvang.neem()

    return render


def _worker_run(
    work: list[Werk], misschien_eerste: bool, overzicht: bool = True, vak: int | None = None
) -> _Brok:
    """Evaluate, render and encode a chunk (``overzicht``: the parent's summary still lists
    proposals one by one, so count those of this chunk too; ``vak``: the slot of the shared
    memory for its output)."""
    pack, taal, cls, opmaak = _W["pack"], _W["taal"], _W["cls"], _W["opmaak"]
    samenvatting = Samenvatting(overzicht_max=OVERZICHT_MAX if overzicht else 0)
    delen: list[int | _Invalid] = []
    tekst: list[bytes] = []
    eerste = None
    fragment = cls(out=_Opvang(), taal=taal, **opmaak).fragment if cls.fragments else None
    render = None
    knelpunten = cls.toont_knelpunten
    for res in evaluate_brok(work, pack, taal, _W["toelichting"]):
        if isinstance(res, InvoerFout):
            # the problems themselves (picklable, codes kept): no copy without its code
            delen.append(_Invalid(list(res.problemen), res.bestand or "", res.regel))
            continue
        samenvatting.tel(res, knelpunten=knelpunten)
        if fragment is not None:
            data = fragment(res).encode("utf-8")
            delen.append(len(data))
            tekst.append(data)
            continue
        if render is None:
            if misschien_eerste:
                eerste = _renderer(cls, taal, opmaak)(res)
            # one per worker: the state after a first report is the same for every chunk (a
            # renderer per chunk wrote and encoded the header of JSON Lines again each time)
            render = _W.get("render") or _W.setdefault(
                "render", _renderer(cls, taal, opmaak, voorgaand=res)
            )
        data = render(res)
        tekst.append(data)
        delen.append(len(data))
    vakken: Vakken | None = _W.get("vakken")
    if vak is not None and vakken is not None:
        lengte = vakken.schrijf(vak, tekst)
        if lengte is not None:
            return _Brok(b"", delen, samenvatting, eerste, (vak, lengte))
    return _Brok(b"".join(tekst), delen, samenvatting, eerste)
