"""``--format csv``: one row per proposal, for batches opened in a spreadsheet.

UTF-8 with a byte-order mark and ``;`` between fields by default, so that Dutch Excel (whose list
separator is ';') opens the file with the right columns and accents; ``--csv-scheiding ,`` for
other tools. Rows end in CRLF (RFC 4180). An input that could not be checked becomes a row too,
with the message in the last column ('fout') and the other result columns empty; the CLI also
prints it on stderr. The 'advies' column holds the verdict as the reader sees it (GO, GO ONDER
VOORWAARDEN, NO-GO; in English with ``--lang en``), 'voorlopig' ja/nee (yes/no) whether that advice
is provisional (an exclusion or a blocking condition still unknown); 'categorie' and the condition ids stay ids
(space-separated). Every text cell is quoted (numbers are not), so that even a reader that splits
on the separator never sees a cell starting with '='; cells that a spreadsheet would run as a
formula (starting with = + - @, also right after a ',' or ';' inside the cell) get an apostrophe;
control characters and line breaks in a cell are shown as their escape (one line per proposal).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from ..errors import InvoerFout
from ..i18n import antwoord, tekst, zichtbaar
from ..report import Rapport
from . import Reporter
from .common import lagen

BOM = "\ufeff"
SCHEIDINGSTEKENS = (";", ",")
KOLOMMEN = (
    "bestand",
    "regel",
    "titel",
    "regio",
    "categorie",
    "advies",
    "voorlopig",
    "reden",
    "aantal_blokkerend",
    "aantal_eerst_regelen",
    "aantal_overig",
    "blokkerend",
    "eerst_regelen",
    "overig",
    "triple_aim",
    "pilot",
    "evaluatie",
    "eerste_lijn",
    "sociaal_domein",
    "kernvoorwaarde",
    "fout",
)
"""Column ids; the header row shows them in the report language (``csv.<id>`` in i18n)."""
ID_SCHEIDING = " "
# The optional parts about the proposal itself (never the verdict), empty when the proposal leaves
# them out: 'triple_aim' as 'kwaliteit:+ gezondheid:+/- kosten:onbekend', 'pilot', 'evaluatie',
# 'sociaal_domein' and 'kernvoorwaarde' as answers, 'eerste_lijn' the ids of the first-line
# providers that take part.
"""Between the ids in the id columns (ids never contain spaces). 'blokkerend': what makes the
advice no-go; 'eerst_regelen': open conditions of the blocking kind (no-go on an unfavourable
answer, the JSON report's ``blokkerend: true``); 'overig': the other open conditions."""


_NA_SCHEIDING = re.compile(r"([,;])([=+@-])")


def veilig(value: object) -> str:
    """A cell as text, defused when a spreadsheet would read it as a formula; control characters
    (a line break too: one line per proposal) shown as their escape (``\\n``, ``\\x1b``)."""
    text = "" if value is None else zichtbaar(str(value))
    if _NA_SCHEIDING.search(text):  # a reader that splits on ',' or ';' would start a cell there
        text = _NA_SCHEIDING.sub(r"\1'\2", text)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


class VeiligeRij:
    """A csv writer whose every cell is made safe by :func:`veilig`: for the CSV of ``vergelijk``
    and ``combineer``, whose titles, regions, file and party names come from outside (found by
    an adversarial test: a title '=HYPERLINK(...)' went into their CSV as a formula)."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, cells: Iterable[object]) -> None:
        self._writer.writerow([veilig(c) for c in cells])


@dataclass
class CsvReporter(Reporter):
    toont_knelpunten = False

    scheiding: str = ";"

    def __post_init__(self) -> None:
        if self.scheiding not in SCHEIDINGSTEKENS:
            raise ValueError(f"scheiding must be one of {SCHEIDINGSTEKENS}, not {self.scheiding!r}")
        self._writer = csv.writer(
            self.out, delimiter=self.scheiding, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC
        )
        self._header = False

    def _write_header(self) -> None:
        if not self._header:
            self.out.write(BOM)
            self._writer.writerow([tekst(f"csv.{k}", self.taal) for k in KOLOMMEN])
            self._header = True

    def _row(self, values: dict[str, object]) -> None:
        self._write_header()
        self._writer.writerow(
            [v if type(v) is int else veilig(v) for v in map(values.get, KOLOMMEN)]
        )

    def rapport(self, r: Rapport) -> None:
        blocking, first, other = ([o.id for o in laag] for laag in lagen(r))
        self._row(
            {
                "bestand": r.invoer.bestand if r.invoer else None,
                "regel": r.invoer.regel if r.invoer else None,
                "titel": r.titel,
                "regio": r.regio,
                "categorie": r.categorie,
                "advies": tekst(f"advies.{r.advies}", self.taal),
                "voorlopig": antwoord("ja" if r.voorlopig else "nee", self.taal),
                "reden": r.reden,
                "aantal_blokkerend": len(blocking),
                "aantal_eerst_regelen": len(first),
                "aantal_overig": len(other),
                "blokkerend": ID_SCHEIDING.join(blocking),
                "eerst_regelen": ID_SCHEIDING.join(first),
                "overig": ID_SCHEIDING.join(other),
                **self._voorstel_zelf(r),
            }
        )

    def _voorstel_zelf(self, r: Rapport) -> dict[str, object]:
        tl, out = r.toelichting, cast(dict[str, object], {})
        if tl is None:
            return out
        if tl.triple_aim is not None:
            out["triple_aim"] = ID_SCHEIDING.join(
                f"{d.id}:{d.verwacht}" for d in tl.triple_aim.doelen
            )
            out.update(
                {
                    p.id: antwoord(p.antwoord, self.taal)
                    for p in tl.triple_aim.plannen
                    if p.id in KOLOMMEN
                }
            )
        if tl.eerste_lijn is not None:
            out["eerste_lijn"] = ID_SCHEIDING.join(
                d.id for d in tl.eerste_lijn.deelnemers if d.antwoord == "ja"
            )
            if tl.eerste_lijn.sociaal_domein is not None:
                out["sociaal_domein"] = antwoord(tl.eerste_lijn.sociaal_domein.antwoord, self.taal)
        if tl.kernvoorwaarde is not None and tl.kernvoorwaarde.antwoord is not None:
            out["kernvoorwaarde"] = antwoord(tl.kernvoorwaarde.antwoord, self.taal)
        return out

    def fout(self, fout: InvoerFout) -> None:
        self._row(
            {
                "bestand": fout.bestand,
                "regel": fout.regel,
                "fout": " | ".join(
                    p.bericht(self.taal) if not p.pad else f"{p.pad}: {p.bericht(self.taal)}"
                    for p in fout.problemen
                ),
            }
        )

    def einde(self) -> None:
        self._write_header()  # nothing checked at all: still a valid file with a header
