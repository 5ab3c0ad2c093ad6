"""``--format json`` (one document) and ``--format jsonl`` (one report per line, streamed)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import IO, Any, cast

from ..errors import InvoerFout
from ..fileio import schrijf_bytes
from ..report import Rapport
from . import Reporter


def fout_dict(fout: InvoerFout, taal: str) -> dict[str, Any]:
    return {
        "invoer": {"bestand": fout.bestand, "regel": fout.regel},
        "problemen": [{"pad": p.pad, "bericht": p.bericht(taal)} for p in fout.problemen],
    }


class JsonReporter(Reporter):
    """One JSON document (report format version 2): the version, a summary, every report, every
    input error, then the tables of what the reports cite (``report_tables``).

    Streams: each report is serialised when it arrives and spooled (to a temporary file once it
    outgrows memory), so a batch of 100,000 proposals never holds 100,000 reports. The bytes are
    those of ``json.dump(doc, indent=2)``; ``fragment`` / ``rapport_tekst`` let a parallel batch
    render reports in worker processes (substitutiecheck.batch), which send them encoded
    (:meth:`rapport_bytes`: the parent copies the JSON's bytes). A fragment is the report's
    indented JSON, then NUL and what the report cites (its pack's hash, its language and the
    table entries, NUL-separated): a JSON text never holds a raw NUL, and only
    :meth:`rapport_tekst` / :meth:`rapport_bytes` read a fragment.
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
        self._pakket: tuple[str, str] | None = None  # (hash, language) of the first report
        self._verwijzingen: set[str] = set()  # "table\tid" of every entry cited

    @staticmethod
    def _element(value: Any) -> str:
        """``value`` as an element of a list nested two deep in the document (indent 4)."""
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n    ")

    def fragment(self, rapport: Rapport) -> str:
        return "\0".join(
            (
                rapport.naar_json(ingesprongen=True).replace("\n", "\n    "),
                rapport.regelpakket.hash,
                rapport.taal,
                *(f"{table}\t{key}" for table, key in rapport.verwijzingen()),
            )
        )

    def rapport(self, rapport: Rapport) -> None:
        self.rapport_tekst(self.fragment(rapport))

    def rapport_tekst(self, fragment: str) -> None:
        text, _, cites = fragment.partition("\0")
        self._cites(cites)
        self._rapporten.write(((",\n    " if self._n_rapporten else "\n    ") + text).encode())
        self._n_rapporten += 1

    def rapport_bytes(self, data: bytes | memoryview, lengtes: Sequence[int]) -> None:
        """Fragments encoded by a worker, one after the other (their lengths): the JSON's bytes
        are copied as they are, only what they cite is decoded."""
        raw = bytes(data)
        begin = 0
        for lengte in lengtes:
            end = begin + lengte
            nul = raw.find(b"\0", begin, end)
            self._rapporten.write(b",\n    " if self._n_rapporten else b"\n    ")
            self._rapporten.write(raw[begin:nul])
            self._cites(raw[nul + 1 : end].decode("utf-8"))
            self._n_rapporten += 1
            begin = end

    def _cites(self, cites: str) -> None:
        hash_, taal, *cited = cites.split("\0")
        if self._pakket is None:
            self._pakket = (hash_, taal)
        self._verwijzingen.update(cited)

    def fout(self, fout: InvoerFout) -> None:
        self._fouten.write(
            (",\n    " if self._n_fouten else "\n    ") + self._element(fout_dict(fout, self.taal))
        )
        self._n_fouten += 1

    def _list(self, spool: IO[str] | IO[bytes], n: int) -> None:
        with spool:  # closed however it ends (an empty list too)
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
        self.out.write("\n  ]")

    def _tabellen(self) -> str:
        from ..pack.loading import herlaad
        from ..report_tables import TABELLEN, deel_tabellen, tabellen_json
        from ..runtime import pakket_met_hash

        tables: dict[str, dict[str, Any]] = {name: {} for name in TABELLEN}
        if self._pakket is not None:
            pack = pakket_met_hash(self._pakket[0]) or herlaad(self._pakket[0])
            if pack is None:  # pragma: no cover - the CLI loads the pack it checks with
                raise ValueError(f"regelpakket {self._pakket[0]} niet geladen")
            cited = (tuple(v.split("\t", 1)) for v in self._verwijzingen)
            tables = deel_tabellen(pack, self._pakket[1], cited)  # type: ignore[arg-type]
        return tabellen_json(tables)

    def einde(self) -> None:
        from ..report_json import RAPPORTVERSIE

        samenvatting = json.dumps(self.samenvatting.als_dict(), ensure_ascii=False, indent=2)
        self.out.write(
            f'{{\n  "rapportversie": {RAPPORTVERSIE},\n  "samenvatting": '
            + samenvatting.replace("\n", "\n  ")
            + ',\n  "rapporten": '
        )
        self._list(self._rapporten, self._n_rapporten)
        self.out.write(',\n  "fouten": ')
        self._list(self._fouten, self._n_fouten)
        self.out.write("," + self._tabellen() + "\n}\n")


class JsonLinesReporter(Reporter):
    """One line per input, in input order: a report, or for an input that could not be checked
    ``{"fout": {"invoer": ..., "problemen": [...]}}`` (as an entry of ``--format json``'s
    ``fouten``; it is also on stderr). Before the first report the header:
    ``{"kop": {"rapportversie": 2, "regelpakket": ..., "taal": ..., "bronnen": ..., "regels":
    ..., ...}}`` with the whole tables of the pack of that report (``report_tables.kop``),
    encoded once per pack and language; only an error line can come before it. No report, no
    header."""

    streaming = True
    toont_knelpunten = False

    def __post_init__(self) -> None:
        self._eerste = True

    def rapport(self, rapport: Rapport) -> None:
        if self._eerste:
            from ..report_tables import kop_json, pakket_van

            self.out.write(kop_json(pakket_van(rapport), rapport.taal))
            self._eerste = False
        schrijf_bytes(self.out, rapport.naar_utf8() + b"\n")

    def fout(self, fout: InvoerFout) -> None:
        """The input error in its place: a program reading the lines sees every input (an
        invalid line was on stderr only: a user trial)."""
        line = {"fout": fout_dict(fout, self.taal)}
        self.out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
