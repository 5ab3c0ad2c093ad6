"""``--format json`` (one document) and ``--format jsonl`` (one report per line, streamed)."""

from __future__ import annotations

import json

from ..errors import InvoerFout
from ..report import Rapport
from . import Reporter


def fout_dict(fout: InvoerFout, taal: str) -> dict:
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
        self._rapporten = spool(self.SPOOL_BYTES, mode="w+", encoding="utf-8")  # noqa: SIM115
        self._fouten = spool(self.SPOOL_BYTES, mode="w+", encoding="utf-8")  # noqa: SIM115
        self._n_rapporten = self._n_fouten = 0

    @staticmethod
    def _element(value) -> str:
        """``value`` as an element of a list nested two deep in the document (indent 4)."""
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n    ")

    def fragment(self, rapport: Rapport) -> str:
        return rapport.naar_json(ingesprongen=True).replace("\n", "\n    ")

    def rapport(self, rapport: Rapport) -> None:
        self.rapport_tekst(self.fragment(rapport))

    def rapport_tekst(self, fragment: str) -> None:
        self._rapporten.write((",\n    " if self._n_rapporten else "\n    ") + fragment)
        self._n_rapporten += 1

    def fout(self, fout: InvoerFout) -> None:
        self._fouten.write(
            (",\n    " if self._n_fouten else "\n    ") + self._element(fout_dict(fout, self.taal))
        )
        self._n_fouten += 1

    def _list(self, spool, n: int) -> None:
        if not n:
            self.out.write("[]")
            return
        self.out.write("[")
        spool.seek(0)
        while chunk := spool.read(2**20):
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

    def rapport(self, rapport: Rapport) -> None:
        self.out.write(rapport.naar_json() + "\n")
