"""A region's bottlenecks across a batch (issue 17; seed 000: "prioriteiten geïnventariseerd").

Per missing condition: how many proposals miss it, split into the three tiers every report
shows (what makes it a no-go, what to settle first, what comes afterwards), the most frequent
first; and the verdicts per patient group. Built from one small :class:`Telling` per report, so
a batch spread over processes sends back only that. Values only; never prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .report import LAGEN, laag
from .values import frozen


@frozen(kw_only=True)
class Telling:
    """What the bottlenecks need of one report: its group, verdict and missing conditions."""

    categorie: str
    categorie_naam: str
    advies: str
    ontbrekend: tuple[tuple[str, str, str, str], ...]
    """(soort, id, naam, tier) per missing condition, in report order"""

    @classmethod
    def van(cls, rapport: Any, tabellen: Mapping[str, Any] | None = None) -> Telling:
        """From a :class:`~substitutiecheck.report.Rapport` or its JSON (a dict; version 2 names
        a condition's rule, whose name is in ``tabellen['regels']``)."""
        if isinstance(rapport, Mapping):
            values = (rapport["categorie"], rapport["categorie_naam"], rapport["advies"])
            regels = (tabellen or {}).get("regels", {})
            missing = [
                (
                    o["soort"],
                    o["id"],
                    o.get("naam") or regels.get(o["regel"], {}).get("naam") or o["id"],
                    laag(o["ernst"], o["blokkerend"]),
                )
                for o in rapport["ontbrekende_randvoorwaarden"]
            ]
        else:
            values = (rapport.categorie, rapport.categorie_naam, rapport.advies)
            missing = [
                (o.soort, o.id, o.naam, laag(o.ernst, o.blokkerend))
                for o in rapport.ontbrekende_randvoorwaarden
            ]
        return cls(
            categorie=values[0],
            categorie_naam=values[1],
            advies=values[2],
            ontbrekend=tuple(missing),
        )


@frozen(kw_only=True)
class Knelpunt:
    """One missing condition across the batch."""

    id: str
    soort: str
    """randvoorwaarde, uitsluiting, categorie or regel"""
    naam: str
    totaal: int
    """How many proposals miss it"""
    no_go: int
    eerst: int
    daarna: int


@frozen(kw_only=True)
class GroepTelling:
    """Verdicts for one patient group."""

    categorie: str
    naam: str
    go: int
    voorwaardelijk: int
    no_go: int
    totaal: int


@frozen(kw_only=True)
class Knelpunten:
    aantal: int
    """How many (valid) proposals were counted"""
    voorwaarden: tuple[Knelpunt, ...]
    """Most frequent first; on a tie the one that blocks more, then first met"""
    per_groep: tuple[GroepTelling, ...]
    """Patient groups in the order first met"""

    def naar_dict(self) -> dict[str, Any]:
        def plain(obj: Any) -> dict[str, Any]:
            return {name: getattr(obj, name) for name in obj.__dataclass_fields__}

        return {
            "aantal": self.aantal,
            "voorwaarden": [plain(k) for k in self.voorwaarden],
            "per_groep": [plain(g) for g in self.per_groep],
        }


class Teller:
    """Counts reports one by one (memory grows with the number of distinct conditions and
    groups, never with the batch): what a batch summary keeps while the reports stream by."""

    def __init__(self, tabellen: Mapping[str, Any] | None = None) -> None:
        self.tabellen = tabellen
        """The tables of JSON reports of version 2 (their names of conditions)"""
        self.n = 0
        self._counts: dict[tuple[str, str], dict[str, Any]] = {}
        self._groups: dict[str, dict[str, Any]] = {}

    def tel(self, rapport: Any) -> None:
        """Count a :class:`Rapport`, its JSON (a dict), or a :class:`Telling`."""
        if isinstance(rapport, (Telling, Mapping)):
            tel = rapport if isinstance(rapport, Telling) else Telling.van(rapport, self.tabellen)
            categorie, naam, advies = tel.categorie, tel.categorie_naam, tel.advies
            ontbrekend: Iterable[tuple[str, str, str, str]] = tel.ontbrekend
        else:  # a report: read in place (a batch counts every report; no Telling in between)
            categorie, naam, advies = rapport.categorie, rapport.categorie_naam, rapport.advies
            ontbrekend = [
                (o.soort, o.id, o.naam, laag(o.ernst, o.blokkerend))
                for o in rapport.ontbrekende_randvoorwaarden
            ]
        self.n += 1
        g = self._groups.get(categorie)
        if g is None:
            g = self._groups[categorie] = {"naam": naam, "go": 0, "voorwaardelijk": 0, "no-go": 0}
        g[advies] += 1
        seen: set[tuple[str, str]] = set()
        counts = self._counts
        for soort, cid, cnaam, tier in ontbrekend:
            key = (soort, cid)
            if key in seen:  # counted once per proposal
                continue
            seen.add(key)
            c = counts.get(key)
            if c is None:
                c = counts[key] = {
                    "naam": cnaam,
                    "no_go": 0,
                    "eerst": 0,
                    "daarna": 0,
                    "order": len(counts),
                }
            c[tier] += 1

    def neem_op(self, deel: Teller) -> None:
        """Add the counts of a later part of the batch (a worker's chunk): the same result as
        counting its reports here, in their order (first met stays first met)."""
        self.n += deel.n
        for cat, g in deel._groups.items():
            mine = self._groups.setdefault(cat, {**g, "go": 0, "voorwaardelijk": 0, "no-go": 0})
            for advies in ("go", "voorwaardelijk", "no-go"):
                mine[advies] += g[advies]
        for key, c in deel._counts.items():  # in the order first met there
            mine = self._counts.setdefault(
                key,
                {
                    "naam": c["naam"],
                    "no_go": 0,
                    "eerst": 0,
                    "daarna": 0,
                    "order": len(self._counts),
                },
            )
            for tier in LAGEN:
                mine[tier] += c[tier]

    def resultaat(self) -> Knelpunten:
        items = [
            Knelpunt(
                id=cid,
                soort=soort,
                naam=c["naam"],
                totaal=c["no_go"] + c["eerst"] + c["daarna"],
                no_go=c["no_go"],
                eerst=c["eerst"],
                daarna=c["daarna"],
            )
            for (soort, cid), c in self._counts.items()
        ]
        order = {key: c["order"] for key, c in self._counts.items()}
        items.sort(key=lambda k: (-k.totaal, -k.no_go, -k.eerst, order[(k.soort, k.id)]))
        return Knelpunten(
            aantal=self.n,
            voorwaarden=tuple(items),
            per_groep=tuple(
                GroepTelling(
                    categorie=cat,
                    naam=g["naam"],
                    go=g["go"],
                    voorwaardelijk=g["voorwaardelijk"],
                    no_go=g["no-go"],
                    totaal=g["go"] + g["voorwaardelijk"] + g["no-go"],
                )
                for cat, g in self._groups.items()
            ),
        )


def knelpunten(rapporten: Iterable[Any], tabellen: Mapping[str, Any] | None = None) -> Knelpunten:
    """The bottlenecks of reports (:class:`Rapport`, their JSON dicts, or :class:`Telling`).
    JSON reports of version 2 name their conditions by rule id: ``tabellen`` (the document they
    came in, its header's ``kop``, or ``report_tables.pakket_tabellen``) gives the names; without
    it a condition is named by its id. The lines of a saved ``check --format jsonl`` run can be
    passed as they are: its header gives the tables (unless ``tabellen`` does), and a line
    ``{"fout": ...}`` (an input that could not be checked) is no report and is not counted."""
    teller = Teller(tabellen)
    for r in rapporten:
        if isinstance(r, Mapping) and len(r) == 1 and ("kop" in r or "fout" in r):
            if "kop" in r and teller.tabellen is None and isinstance(r["kop"], Mapping):
                teller.tabellen = r["kop"]
            continue
        teller.tel(r)
    return teller.resultaat()
