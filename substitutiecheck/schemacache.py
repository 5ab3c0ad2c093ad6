"""Remember which rule-pack contents already passed the JSON Schema, so that a start-up does not
pay for importing and running jsonschema (~70 ms of a ~240 ms ``check`` of one file) every time.

The key is a SHA-256 over the pack's content (every file, after an extending pack is merged with
its base, as canonical JSON), the schema file and the package version: any change to a pack, the
schema or the program is a miss and validates again. A hit
is a file ``<cache>/schema-ok/<key>``, written atomically (substitutiecheck.fileio). The cache
folder is ``$SUBSTITUTIECHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/substitutiecheck``, else
``~/.cache/substitutiecheck``; ``SUBSTITUTIECHECK_CACHE=0`` turns it off. A cache that can't be
read or written is simply not used. Cross-checks (ids, sources, fields) always run.

The questionnaire file (questionnaires/vragenlijst.json) is remembered the same way, its key over
its own schema and the pack schema it refers to (``schemas=``).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

SCHEMA = Path(__file__).resolve().parent / "schemas" / "regelpakket.schema.json"


def cache_dir() -> Path | None:
    if os.environ.get("SUBSTITUTIECHECK_CACHE", "1") == "0":
        return None
    explicit = os.environ.get("SUBSTITUTIECHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "substitutiecheck"


class SchemaCache:
    """``geldig``: these exact pack files passed the schema before; ``onthoud()`` records it."""

    def __init__(self, inhoud: Mapping[str, Any], schemas: tuple[Path, ...] = (SCHEMA,)) -> None:
        self.geldig = False
        self._marker: Path | None = None
        root = cache_dir()
        if root is None:
            return
        try:
            from . import __version__

            h = hashlib.sha256(__version__.encode())
            for schema in schemas:
                h.update(b"\0" + schema.read_bytes())
            for name in sorted(inhoud):
                h.update(b"\0" + name.encode() + b"\0")
                h.update(
                    json.dumps(
                        inhoud[name], sort_keys=True, ensure_ascii=False, separators=(",", ":")
                    ).encode()
                )
            self._marker = root / "schema-ok" / h.hexdigest()
            self.geldig = self._marker.is_file()
        except (OSError, TypeError, ValueError):
            self._marker = None

    def onthoud(self) -> None:
        if self._marker is None or self.geldig:
            return
        try:
            from .fileio import write_atomic

            self._marker.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self._marker, "ok\n")
            self.geldig = True
        except OSError:
            pass
