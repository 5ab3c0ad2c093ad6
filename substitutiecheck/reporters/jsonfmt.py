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
    """One JSON document: every report, every input error and a summary."""

    def __post_init__(self) -> None:
        self._rapporten: list[dict] = []
        self._fouten: list[dict] = []

    def rapport(self, rapport: Rapport) -> None:
        self._rapporten.append(rapport.model_dump(mode="json"))

    def fout(self, fout: InvoerFout) -> None:
        self._fouten.append(fout_dict(fout, self.taal))

    def einde(self) -> None:
        doc = {"samenvatting": self.samenvatting.als_dict(), "rapporten": self._rapporten,
               "fouten": self._fouten}
        json.dump(doc, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


class JsonLinesReporter(Reporter):
    """One report per line, in input order (input errors go to stderr only)."""

    def rapport(self, rapport: Rapport) -> None:
        self.out.write(rapport.model_dump_json())
        self.out.write("\n")
