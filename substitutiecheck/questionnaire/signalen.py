"""The questionnaire and the signals that end a process from outside: SIGTERM, and SIGHUP when
the terminal window is closed. At a prompt they end the questionnaire as Ctrl-C does (the
terminal gets its normal mode back, the answers and drafts are saved); during a save they wait
until the file is whole."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any


class Beeindigd(BaseException):
    """SIGTERM or SIGHUP (a closed window) at a prompt: leave the prompt (the terminal gets its
    normal mode back; it stayed raw), save, and end with 128 + the signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def als_stop() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`Beeindigd` while the questionnaire runs (a signal set to
    'ignore', as nohup does, stays ignored)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: Any) -> None:
        raise Beeindigd(signum)

    oud = {}
    for naam in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, naam, None)
        if signum is not None and signal.getsignal(signum) == signal.SIG_DFL:
            oud[signum] = signal.signal(signum, stop)
    try:
        yield
    finally:
        for signum, handler in oud.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def ononderbroken() -> Iterator[None]:
    """SIGTERM and SIGHUP (a closed terminal window) are held back while the block runs and
    act when it is done: the file is then whole and holds the last answer."""
    import os
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():  # handlers: main thread only
        yield
        return
    # a handler that notes the signal, not a blocked mask: a signal sent to the process can
    # reach another thread, whose mask is not ours; Python runs handlers in this thread
    wacht: list[int] = []
    oud = {}
    for naam in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, naam, None)
        if signum is not None and signal.getsignal(signum) != signal.SIG_IGN:  # nohup stays
            oud[signum] = signal.signal(signum, lambda s, _frame: wacht.append(s))
    try:
        yield
    finally:
        for signum, handler in oud.items():
            signal.signal(signum, handler)
        for signum in wacht:  # now it acts as it would have (by default: the process ends)
            os.kill(os.getpid(), signum)
