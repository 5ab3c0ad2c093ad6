"""Every file the program writes is opened here (:func:`open_output`), so that:

* a reader never sees half of a regular file: write a temporary file beside the target, flush and
  fsync it, then rename it over the target (atomic on POSIX and Windows);
* a device, a FIFO or a socket is never replaced: the text is written *into* it (``-o /dev/null``
  as root must leave /dev/null a device, and a FIFO's reader must get the text);
* a symbolic link stays a link: its target is replaced (atomically), wherever it points;
* a temporary file never outlives the process: :func:`ruim_op` removes the ones still open and is
  called from the handlers of SIGTERM and SIGHUP (``cli.py``) as well as on every exception;
* the operating system's refusal (disk full, busy, read-only, no such folder) is a
  :class:`~substitutiecheck.errors.UitvoerFout` naming the file, not an internal error.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .errors import UitvoerFout

_TIJDELIJK: set[str] = set()
"""Temporary files being written right now (removed by ruim_op on a signal)."""


def ruim_op() -> None:
    """Remove every temporary file still being written (safe to call from a signal handler)."""
    for tmp in list(_TIJDELIJK):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        _TIJDELIJK.discard(tmp)


def uitvoer_fout(path: str | Path, e: OSError, bezig: bool) -> UitvoerFout:
    from .errors import UitvoerFout, melding, os_melding, probleem

    reden = os_melding(e)
    if (
        e.errno == errno.ENOENT and Path(path).parent.is_dir()
    ):  # /proc, /sys: a folder that refuses new files
        reden = melding("os.map_weigert")
    if str(path) == "":  # a scratch file, say
        return UitvoerFout(probleem("", "uitvoer.schrijven", reden=reden))
    if str(path) == "<stdout>":
        return UitvoerFout(probleem("", "uitvoer.stdout", reden=reden))
    code = "uitvoer.bezig" if bezig else "uitvoer.openen"
    return UitvoerFout(probleem("", code, reden=reden), bestand=str(path))


class _Bewaakt(io.TextIOBase):
    """A text stream whose operating-system errors name the output file (UitvoerFout)."""

    def __init__(self, stream: TextIO, path: str | Path) -> None:
        self._stream, self._path = stream, path

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:  # a FIFO whose reader went away: a closed pipe, not a failure
            raise
        except OSError as e:
            raise uitvoer_fout(self._path, e, bezig=True) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:  # a FIFO whose reader went away: a closed pipe, not a failure
            raise
        except OSError as e:
            raise uitvoer_fout(self._path, e, bezig=True) from None

    def writable(self) -> bool:
        return True

    def __del__(self) -> None:
        """Garbage collection neither flushes nor closes the wrapped stream: it belongs to the
        caller, who has flushed or closed it already (IOBase's finalizer would flush it again,
        and Python 3.13 reports that finalizer's errors: 'I/O operation on closed file')."""

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()


def bewaakt(stream: TextIO, path: str | Path) -> io.TextIOBase:
    """``stream`` (standard output, say) with its operating-system errors as UitvoerFout."""
    return _Bewaakt(stream, path)


def doel(path: str | Path) -> Path:
    """Where writing ``path`` lands: a symbolic link's (final) target, else ``path`` itself."""
    p = Path(path)
    return Path(os.path.realpath(p)) if p.is_symlink() else p


def is_bijzonder(path: str | Path) -> bool:
    """A device, FIFO or socket (after following links): written into, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextlib.contextmanager
def open_output(
    path: str | Path, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[io.TextIOBase]:
    """Open ``path`` for writing text; see the module's docstring. A regular file (or a new one)
    is replaced only when the block ends without an exception. Raises UitvoerFout when the
    operating system refuses, and ValueError for an empty name."""
    if str(path) == "":
        raise ValueError("empty output path")
    target = doel(path)
    if is_bijzonder(target):
        try:
            raw = open(target, "w", encoding=encoding, newline=newline)  # noqa: SIM115
        except OSError as e:
            raise uitvoer_fout(path, e, bezig=False) from None
        try:
            bewaakte = _Bewaakt(raw, path)
            yield bewaakte
            bewaakte.flush()  # a full device says so here
        finally:
            with contextlib.suppress(OSError):
                raw.close()
        return
    try:
        fd, tmp = tempfile.mkstemp(
            dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as e:
        raise uitvoer_fout(path, e, bezig=False) from None
    _TIJDELIJK.add(tmp)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would give,
        # or keep the mode of the file it replaces
        try:
            mode = target.stat().st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        try:
            os.chmod(tmp, mode)
            stream = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        except OSError as e:
            raise uitvoer_fout(path, e, bezig=False) from None
        try:
            yield _Bewaakt(stream, path)
            try:
                stream.flush()
                os.fsync(stream.fileno())
            except OSError as e:
                raise uitvoer_fout(path, e, bezig=True) from None
        finally:
            with contextlib.suppress(OSError):  # flushed above; after an error: nothing to keep
                stream.close()
        try:
            os.replace(tmp, target)
        except OSError as e:
            raise uitvoer_fout(path, e, bezig=True) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        _TIJDELIJK.discard(tmp)


atomic_writer = open_output
"""The former name (library users and older code)."""


def write_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    with open_output(path, encoding=encoding) as stream:
        stream.write(text)
