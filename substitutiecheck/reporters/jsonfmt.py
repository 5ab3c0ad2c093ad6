"""``--format json`` (one document) and ``--format jsonl`` (one report per line, streamed)."""

from __future__ import annotations

import json
from typing import IO, Any, cast

from ..errors import InvoerFout
from ..report import Rapport
from . import Reporter


def fout_dict(fout: InvoerFout, taal: str) -> dict[str, Any]:
    return {
        "invoer": {"bestand": fout.bestand, "regel": fout.regel},
        "problemen": [{"pad": p.pad, "bericht": p.bericht(taal)} for p in fout.problemen],
    }


class JsonReporter(Reporter):
    """One JSON document: every report, every input error and a summary.

    Streams: each report is serialised when it arrives and spooled (to a temporary file once it
    outgrows memory), so a batch of 100,000 proposals never holds 100,000 reports. The bytes are
    those of ``json.dump(doc, indent=2)``; ``fragment`` / ``rapport_tekst`` let a parallel batch
    render reports in worker processes (substitutiecheck.batch).
    """

    fragments = True
    SPOOL_BYTES = 8 * 2**20

    def __post_init__(self) -> None:
        import tempfile

        # open for the whole run (every report is added as it comes); _list reads and closes them
        spool = tempfile.SpooledTemporaryFile
        # the reports as bytes: a parallel batch hands over what its workers encoded
        self._rapporten = spool(self.SPOOL_BYTES, mode="w+b")  # noqa: SIM115
        self._fouten = spool(self.SPOOL_BYTES, mode="w+", encoding="utf-8")  # noqa: SIM115
        self._n_rapporten = self._n_fouten = 0

    @staticmethod
    def _element(value: Any) -> str:
        """``value`` as an element of a list nested two deep in the document (indent 4)."""
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n    ")

    def fragment(self, rapport: Rapport) -> str:
        return rapport.naar_json(ingesprongen=True).replace("\n", "\n    ")

    def rapport(self, rapport: Rapport) -> None:
        self.rapport_tekst(self.fragment(rapport))

    def rapport_tekst(self, fragment: str) -> None:
        self.rapport_bytes((",\n    " + fragment).encode("utf-8"), 1)

    def rapport_bytes(self, data: bytes | memoryview, n: int) -> None:
        self._rapporten.write(data if self._n_rapporten else data[1:])  # the first: no comma
        self._n_rapporten += n

    def fout(self, fout: InvoerFout) -> None:
        self._fouten.write(
            (",\n    " if self._n_fouten else "\n    ") + self._element(fout_dict(fout, self.taal))
        )
        self._n_fouten += 1

    def _list(self, spool: IO[str] | IO[bytes], n: int) -> None:
        if not n:
            self.out.write("[]")
            return
        self.out.write("[")
        spool.seek(0)
        if isinstance(spool.read(0), bytes):  # the reports (rapport_bytes)
            from ..fileio import kopieer_bytes

            kopieer_bytes(self.out, cast("IO[bytes]", spool))
        else:
            while chunk := cast("IO[str]", spool).read(2**20):
                self.out.write(chunk)
        spool.close()
        self.out.write("\n  ]")

    def einde(self) -> None:
        samenvatting = json.dumps(self.samenvatting.als_dict(), ensure_ascii=False, indent=2)
        self.out.write(
            '{\n  "samenvatting": ' + samenvatting.replace("\n", "\n  ") + ',\n  "rapporten": '
        )
        self._list(self._rapporten, self._n_rapporten)
        self.out.write(',\n  "fouten": ')
        self._list(self._fouten, self._n_fouten)
        self.out.write("\n}\n")


class JsonLinesReporter(Reporter):
    """One report per line, in input order (input errors go to stderr only)."""

    streaming = True
    toont_knelpunten = False

    def rapport(self, rapport: Rapport) -> None:
        self.out.write(rapport.naar_json() + "\n")
