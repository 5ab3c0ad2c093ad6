"""Writing files so that a reader never sees half of one: write a temporary file beside the
target, flush and fsync it, then rename it over the target (atomic on POSIX and Windows)."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path
from typing import Iterator


@contextlib.contextmanager
def atomic_writer(path: str | Path, encoding: str = "utf-8", newline: str | None = None) -> Iterator[io.TextIOBase]:
    """Open a text stream that replaces ``path`` only when the block ends without an exception."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would give,
        # or keep the mode of the file it replaces
        try:
            mode = target.stat().st_mode & 0o777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    with atomic_writer(path, encoding=encoding) as stream:
        stream.write(text)
