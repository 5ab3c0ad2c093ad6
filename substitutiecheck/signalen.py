"""The signals that end a process from outside: SIGTERM, and SIGHUP when the terminal window is
closed. One mechanism for the command line and the questionnaire: while an output file is
written, or while the questionnaire asks, they raise :class:`Beeindigd` so the program can clean
up (a temporary file, the terminal's mode, the answers) and then end the way that signal ends a
process (``cli.edge.Main.main``); during a save they wait until the file is whole."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

SIGNALEN = ("SIGTERM", "SIGHUP")


class Beeindigd(BaseException):
    """SIGTERM or SIGHUP arrived: unwind (cleaning up on the way), then die of that signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_E = TypeVar("_E", bound=BaseException)


def onderbroken_door(e: BaseException, soort: type[_E]) -> _E | None:
    """The first exception of kind ``soort`` in ``e``'s context chain, ``e`` itself included:
    what ``e`` was raised while handling (an interruption that a cleanup error replaced)."""
    gezien: set[int] = set()
    oorzaak: BaseException | None = e
    while oorzaak is not None and id(oorzaak) not in gezien:
        if isinstance(oorzaak, soort):
            return oorzaak
        gezien.add(id(oorzaak))
        oorzaak = oorzaak.__context__
    return None


def stop(signum: int, _frame: Any) -> None:
    """The handler that turns the signal into :class:`Beeindigd`."""
    raise Beeindigd(signum)


@contextlib.contextmanager
def bij_signaal(handler: Callable[[int, Any], None], ook_eigen: bool = False) -> Iterator[None]:
    """``handler`` for SIGTERM and SIGHUP while the block runs, the old handlers after it. A
    signal someone set to 'ignore' (as nohup does) stays ignored; one with its own Python
    handler keeps it unless ``ook_eigen``. Handlers are only set from the main thread (Python
    runs them there); elsewhere the block runs without."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    oud = {}
    for naam in SIGNALEN:
        signum = getattr(signal, naam, None)
        if signum is None:
            continue
        huidig = signal.getsignal(signum)
        if huidig == signal.SIG_DFL or (ook_eigen and huidig != signal.SIG_IGN):
            oud[signum] = signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, vorige in oud.items():
            signal.signal(signum, vorige)


@contextlib.contextmanager
def ononderbroken() -> Iterator[None]:
    """SIGTERM and SIGHUP are held back while the block runs and act when it is done (a save:
    the file is then whole and holds the last answer). A handler that notes the signal, not a
    blocked mask: a signal sent to the process can reach another thread, whose mask is not
    ours."""
    import os

    wacht: list[int] = []
    with bij_signaal(lambda signum, _frame: wacht.append(signum), ook_eigen=True):
        yield
    for signum in wacht:  # now it acts as it would have (by default: the process ends)
        os.kill(os.getpid(), signum)
