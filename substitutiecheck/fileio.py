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
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO, TextIO

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


_GROOT = 8192
"""Text of at least this many characters is written as bytes by :func:`_alles` (when the stream
takes bytes): a buffered write of more than its buffer goes to the file directly, and when the
reader of a pipe leaves part-way, Python returns the part written and drops the error."""


def _alles(buffer: BinaryIO, data: bytes | memoryview) -> None:
    """Write all of ``data``. A binary stream may write less than it was given without an error
    (a pipe whose reader went away after part of a big write: the EPIPE is swallowed, the rest
    is lost, and the run would end as if all was written); writing the rest then raises it."""
    view = memoryview(data)
    while len(view):
        n = buffer.write(view)
        if not n:  # nothing written and no error: a non-blocking stream that is full
            raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))
        view = view[n:]


class _Bewaakt(io.TextIOBase):
    """A text stream whose operating-system errors name the output file (UitvoerFout).

    Bytes (:meth:`schrijf_bytes`) go straight into the binary buffer, after flushing the text
    layer only when text was written through this wrapper since (a flush per JSON Lines report
    would be a system call per report). So while the wrapper is in use, write to the stream only
    through it: text written to the wrapped stream directly could come out after later bytes."""

    def __init__(self, stream: TextIO, path: str | Path, newline: str | None = None) -> None:
        self._stream, self._path = stream, path
        # '\n' goes out as '\n' (what schrijf_bytes needs): no newline translation
        self._vertaalt = newline not in ("", "\n") and (newline is not None or os.linesep != "\n")
        self._neemt_bytes: bool | None = None
        self._tekst_wacht = True  # the text layer may hold text not yet in the binary buffer

    def write(self, text: str) -> int:
        self._tekst_wacht = True
        if len(text) >= _GROOT:  # a whole document in one piece: see _alles
            data = self._als_bytes(text)
            if data is not None:
                self._bytes_schrijven(data)
                return len(text)
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

    def neemt_bytes(self) -> bool:
        """Whether :meth:`schrijf_bytes` writes the bytes themselves: the stream has a binary
        buffer, writes UTF-8 and translates no newlines."""
        if self._neemt_bytes is None:
            self._neemt_bytes = (
                hasattr(self._stream, "buffer") and not self._vertaalt and _is_utf8(self._stream)
            )
        return self._neemt_bytes

    def _als_bytes(self, text: str) -> bytes | None:
        """``text`` as the stream would encode it, when we can write those bytes ourselves: a
        binary buffer, no newline translation, a codec without state (no byte order mark).
        ``None``: leave it to the stream. An unencodable character raises as the stream would."""
        if self.neemt_bytes():
            return text.encode("utf-8")
        encoding = getattr(self._stream, "encoding", None)
        if self._vertaalt or not hasattr(self._stream, "buffer") or not encoding:
            return None
        import codecs

        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            return None
        if name.startswith(("utf-16", "utf-32")) or name == "utf-8-sig":
            return None
        return text.encode(encoding, getattr(self._stream, "errors", None) or "strict")

    def _bytes_schrijven(self, data: bytes | memoryview) -> None:
        try:
            if self._tekst_wacht:  # what the text layer still holds comes first
                self._stream.flush()
                self._tekst_wacht = False
            _alles(self._stream.buffer, data)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise uitvoer_fout(self._path, e, bezig=True) from None

    def schrijf_bytes(self, data: bytes | memoryview) -> None:
        """Text already encoded as UTF-8 (a batch worker's): past the text layer when the stream
        would write those very bytes (UTF-8, no newline translation), else decoded and written."""
        if not self.neemt_bytes():
            self.write(bytes(data).decode("utf-8"))
            return
        self._bytes_schrijven(data)

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


def _is_utf8(stream: TextIO) -> bool:
    import codecs

    try:
        return codecs.lookup(stream.encoding or "").name == "utf-8"
    except LookupError:
        return False


def schrijf_bytes(stream: TextIO | io.TextIOBase, data: bytes | memoryview) -> None:
    """Write text already encoded as UTF-8 to a text stream: the bytes themselves when the stream
    is one of ours (:func:`bewaakt`, :func:`open_output`) and writes UTF-8, or has a
    ``schrijf_bytes`` of its own (a batch worker's capture), else decoded, so the output is the
    same as ``stream.write(text)`` either way."""
    schrijf = getattr(stream, "schrijf_bytes", None)
    if schrijf is not None:
        schrijf(data)
    else:
        stream.write(bytes(data).decode("utf-8"))


def kopieer_bytes(stream: TextIO | io.TextIOBase, bron: IO[bytes], blok: int = 2**20) -> None:
    """Copy a binary file of UTF-8 text into a text stream, a block at a time (see
    :func:`schrijf_bytes`; decoded, a character split between two blocks stays whole)."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    while data := bron.read(blok):
        if isinstance(stream, _Bewaakt) and stream.neemt_bytes():
            stream.schrijf_bytes(data)
        else:
            stream.write(decoder.decode(data))
    stream.write(decoder.decode(b"", final=True))


def bewaakt(stream: TextIO, path: str | Path) -> io.TextIOBase:
    """``stream`` (standard output, say) with its operating-system errors as UitvoerFout."""
    return _Bewaakt(stream, path)


def doel(path: str | Path) -> Path:
    """Where writing ``path`` lands: a symbolic link's (final) target, else ``path`` itself."""
    p = Path(path)
    try:
        link = p.is_symlink()
    except OSError:  # a name too long: _mag_vervangen says so (an adversarial test: exit 3)
        return p
    return Path(os.path.realpath(p)) if link else p


def is_bijzonder(path: str | Path) -> bool:
    """A device, FIFO or socket (after following links): written into, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _mag_vervangen(path: str | Path, target: Path) -> None:
    """Refuse what writing would wrongly replace (found by an adversarial test): a link that
    loops (the link itself was replaced by a file) and an existing file this user may not write
    (a read-only file was replaced through its folder, where the shell's ``>`` refuses)."""
    try:
        os.stat(target)
    except FileNotFoundError:
        return  # a new file (or a link to one still to be made)
    except OSError as e:  # ELOOP: a link loop; ENAMETOOLONG, EACCES on the way
        raise uitvoer_fout(path, e, bezig=False) from None
    if not os.access(target, os.W_OK):
        import errno

        raise uitvoer_fout(path, PermissionError(errno.EACCES, "read-only"), bezig=False)


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
    _mag_vervangen(path, target)
    if is_bijzonder(target):
        try:
            raw = open(target, "w", encoding=encoding, newline=newline)  # noqa: SIM115
        except OSError as e:
            raise uitvoer_fout(path, e, bezig=False) from None
        try:
            bewaakte = _Bewaakt(raw, path, newline)
            yield bewaakte
            bewaakte.flush()  # a full device says so here
        finally:
            with contextlib.suppress(OSError):
                raw.close()
        return
    import tempfile  # here: a report on standard output needs none of it (shutil, random)

    try:
        # a short prefix: a name near the system's limit of 255 bytes still gets its temporary
        fd, tmp = tempfile.mkstemp(
            dir=target.parent or ".", prefix=f".{target.name[:40]}.", suffix=".tmp"
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
            yield _Bewaakt(stream, path, newline)
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
