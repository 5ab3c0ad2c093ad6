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
