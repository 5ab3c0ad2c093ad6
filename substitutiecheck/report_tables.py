"""The tables of a JSON report document (report format version 2, issue 18).

A report names by id what is constant per pack and language (see :mod:`.report_json`); the
texts behind the ids are printed once per document, in these tables:

========================  ==========================================================
``bronnen``               source id -> soort, kort, titel, periode
``regels``                rule id -> naam, tekst, advies, veld, groep, bronnen (source ids)
``groepen``               group id (DOMAIN §3) -> naam
``randvoorwaarden``       randvoorwaarde id -> naam
``samenwerkingsvormen``   form id -> naam, soort, soort_naam, status, stand, waar,
                          triple_aim, noot, bronnen
``financiering``          financing route id -> naam, toelichting
========================  ==========================================================

``--format json`` writes the entries its reports cite (and the sources those entries cite), in
pack order; ``--format jsonl`` writes the pack's whole tables in a first line, the header
(:func:`kop_json`), since a stream cannot know ahead what it will cite. The tables of a pack are
built and encoded once per pack and language and kept on its runtime (``runtime.rapport``).
"""

from __future__ import annotations

import json
import typing
from collections.abc import Iterable, Mapping
from typing import Any

from .report_json import RAPPORTVERSIE, Deel, Verwijzing, dumps
from .report_json import _dict as plain

if typing.TYPE_CHECKING:  # pragma: no cover
    from .pack import Regelpakket
    from .report import Rapport

TABELLEN = (
    "bronnen",
    "regels",
    "groepen",
    "randvoorwaarden",
    "samenwerkingsvormen",
    "financiering",
)
"""The tables of a document, in the order they are written."""

Tabellen = dict[str, dict[str, dict[str, Any]]]


def _entry(part: Deel, names: Iterable[str]) -> dict[str, Any]:
    """A table entry: the fields ``names`` of ``part``, as a report writes them (sources as ids)."""
    return {name: plain(getattr(part, name)) for name in names}


def pakket_tabellen(pack: Regelpakket, taal: str) -> Tabellen:
    """Every table of ``pack`` in ``taal``, entries in pack order (built once per pack and
    language; do not change the result)."""
    from .runtime import runtime_for

    cache = runtime_for(pack).rapport
    hit: Tabellen | None = cache.get(("tabellen", taal))
    if hit is None:
        hit = _bouw(pack, taal)
        cache.setdefault(("tabellen", taal), hit)
    return hit


def _bouw(pack: Regelpakket, taal: str) -> Tabellen:
    from .context_common import bronverwijzingen
    from .context_forms import _build_vorm, _route
    from .i18n import t
    from .report import BronVerwijzing, PassendeVorm

    bron_velden = [n for n in BronVerwijzing._namen() if n != "id"]
    return {
        "bronnen": {
            b.id: _entry(b, bron_velden) for b in bronverwijzingen(pack, list(pack.bronnen), taal)
        },
        "regels": {
            r.id: {
                "naam": t(r.naam, taal),
                "tekst": t(r.tekst, taal),
                "advies": t(r.advies, taal) or None,
                "veld": r.veld,
                "groep": r.groep,
                "bronnen": list(r.bron),
            }
            for r in pack.regels
        },
        "groepen": {g.id: {"naam": t(g.naam, taal)} for g in pack.groepen},
        "randvoorwaarden": {r.id: {"naam": t(r.naam, taal)} for r in pack.randvoorwaarden},
        "samenwerkingsvormen": {
            v.id: _entry(_build_vorm(pack, v, None, None, taal), PassendeVorm._IN_TABEL)
            for v in pack.samenwerkingsvormen
        },
        "financiering": {
            f.id: _entry(_route(pack, f.id, taal), ("naam", "toelichting"))
            for f in pack.financiering
        },
    }


def kop(pack: Regelpakket, taal: str) -> dict[str, Any]:
    """The header of a JSON Lines stream: version, pack stamp, language and the whole tables."""
    return {
        "kop": {
            "rapportversie": RAPPORTVERSIE,
            "regelpakket": pack.stempel,
            "taal": taal,
            **pakket_tabellen(pack, taal),
        }
    }


def kop_json(pack: Regelpakket, taal: str) -> str:
    """:func:`kop` as one compact JSON line (with its newline), encoded once per pack and language."""
    from .runtime import runtime_for

    cache = runtime_for(pack).rapport
    hit: str | None = cache.get(("kop", taal))
    if hit is None:
        hit = dumps(kop(pack, taal)) + "\n"
        cache.setdefault(("kop", taal), hit)
    return hit


def pakket_van(rapport: Rapport) -> Regelpakket:
    """The loaded pack whose stamp the report carries."""
    from .pack.loading import herlaad
    from .runtime import pakket_met_hash

    pack = pakket_met_hash(rapport.regelpakket.hash) or herlaad(rapport.regelpakket.hash)
    if pack is None:
        raise ValueError(
            f"het regelpakket {rapport.regelpakket.naam} ({rapport.regelpakket.hash}) van dit "
            "rapport is niet (meer) geladen"
        )
    return pack


def deel_tabellen(pack: Regelpakket, taal: str, verwijzingen: Iterable[Verwijzing]) -> Tabellen:
    """The entries of ``pack``'s tables that ``verwijzingen`` cite, with the sources that those
    entries cite in turn; every table present (maybe empty), entries in pack order. The entries
    are the caller's own: ``Rapport.document()`` handed out the pack's shared ones, and a caller
    that changed an advice changed it in every later report of the process (an adversarial
    test)."""
    from copy import deepcopy

    alles = pakket_tabellen(pack, taal)
    wanted: dict[str, set[str]] = {name: set() for name in TABELLEN}
    for table, key in verwijzingen:
        wanted[table].add(key)
    for table in ("regels", "samenwerkingsvormen"):
        for key in wanted[table]:
            if key in alles[table]:
                wanted["bronnen"].update(alles[table][key]["bronnen"])
    return {
        name: {k: deepcopy(v) for k, v in alles[name].items() if k in wanted[name]}
        for name in TABELLEN
    }


def document(rapporten: Iterable[Rapport]) -> dict[str, Any]:
    """A standalone JSON document of reports (one pack, one language): the version, the reports
    (``Rapport.naar_dict()``, ids) and the tables of what they cite. ``check --format json``
    writes this shape with a summary and the input errors added."""
    rapporten = list(rapporten)
    out: dict[str, Any] = {"rapportversie": RAPPORTVERSIE}
    out["rapporten"] = [r.naar_dict() for r in rapporten]
    tables: Tabellen = {name: {} for name in TABELLEN}
    if rapporten:
        first = rapporten[0]
        if any(
            (r.regelpakket.hash, r.taal) != (first.regelpakket.hash, first.taal) for r in rapporten
        ):
            raise ValueError("één document heeft rapporten van één regelpakket in één taal")
        cited = set().union(*(r.verwijzingen() for r in rapporten))
        tables = deel_tabellen(pakket_van(rapporten[0]), rapporten[0].taal, cited)
    out.update(tables)
    return out


# -- back to the full shape (version 1) ------------------------------------------------------------


def volledig(
    rapport: Mapping[str, Any], tabellen: Mapping[str, Any], streng: bool = True
) -> dict[str, Any]:
    """A report of version 2 (ids) with every id resolved from ``tabellen`` (a document, a
    header's ``kop``, or :func:`pakket_tabellen`): the full shape of version 1, as
    ``Rapport.naar_dict(volledig=True)`` gives it. A report of version 1 comes back unchanged.

    An id the tables do not hold raises KeyError; with ``streng=False`` it is resolved as far as
    the tables go instead: an entry they lack keeps its id as its name (``naam``) and has no
    texts (``None``), as a saved report of a pack that is not loaded needs (``vergelijk``)."""
    from .report import Rapport

    missing = rapport.get("ontbrekende_randvoorwaarden") or ()
    findings = rapport.get("bevindingen") or ()
    if any("naam" in o for o in [*missing, *findings]):
        return dict(rapport)  # already full (version 1)
    return _los_op(Rapport, rapport, tabellen, streng)


def alleen_namen(tabellen: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The tables with only each entry's name (``naam``, a source's ``kort``): for a report of
    another pack, whose texts (advice, sources' titles) may differ from this pack's; a name is
    only a label for the id."""
    out: dict[str, dict[str, Any]] = {}
    for name, table in tabellen.items():
        if isinstance(table, Mapping):
            out[name] = {
                key: {k: entry[k] for k in ("naam", "kort") if k in entry}
                for key, entry in table.items()
                if isinstance(entry, Mapping)
            }
    return out


def aangevuld(eigen: Mapping[str, Any], reserve: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """``eigen``'s tables (a saved document's own), an entry they lack or hold damaged taken
    from ``reserve``."""
    out: dict[str, dict[str, Any]] = {}
    for name in {*eigen, *reserve}:
        mine, spare = eigen.get(name), reserve.get(name)
        merged = dict(spare) if isinstance(spare, Mapping) else {}
        if isinstance(mine, Mapping):
            merged.update((k, v) for k, v in mine.items() if isinstance(v, Mapping))
        out[name] = merged
    return out


def _opzoeken(
    tabellen: Mapping[str, Any], table: str, key: Any, streng: bool, naam: Any = None
) -> Mapping[str, Any]:
    """The entry ``key`` of ``table``; not strict: an unknown one is named ``naam`` (or ``key``)."""
    if streng:
        found = tabellen[table][key]
        if not isinstance(found, Mapping):
            raise TypeError(f"{table}[{key!r}] is geen object")
        return found
    entry = tabellen.get(table, {}).get(key) if isinstance(key, str) else None
    return entry if isinstance(entry, Mapping) else {"naam": naam or key}


def _los_op(
    cls: type[Deel], d: Mapping[str, Any], tabellen: Mapping[str, Any], streng: bool = True
) -> dict[str, Any]:
    hints = _hints(cls)
    entry: Mapping[str, Any] = {}
    if cls._TABEL is not None and cls._IN_TABEL:
        # an unknown rule of a missing condition is named by the condition's id ('ict')
        key = d[cls._TABEL[1]]  # TypeError: not an object
        entry = _opzoeken(tabellen, cls._TABEL[0], key, streng, d.get("id"))
    out: dict[str, Any] = {}
    uit_tabel = entry.__getitem__ if streng else entry.get
    for name in cls._namen():
        value = uit_tabel(name) if name in cls._IN_TABEL else d[name]
        out[name] = _waarde(hints[name], value, tabellen, cls._VERWIJST.get(name), streng)
    return out


def _waarde(
    hint: Any, value: Any, tabellen: Mapping[str, Any], table: str | None, streng: bool = True
) -> Any:
    from .report import BronVerwijzing

    if value is None:
        return None
    args = [a for a in typing.get_args(hint) if a is not type(None) and a is not Ellipsis]
    if isinstance(value, list):
        return [_waarde(args[0], v, tabellen, table, streng) for v in value]
    part = next((a for a in [hint, *args] if isinstance(a, type) and issubclass(a, Deel)), None)
    if part is None:
        return value
    if isinstance(value, str):  # a reference: a source or an entry of ``table``
        table = "bronnen" if part is BronVerwijzing else table
        if table is None:  # a text where the report has a part: not a report of ours
            raise TypeError(f"{part.__name__} verwacht, tekst gevonden")
        entry = _opzoeken(tabellen, table, value, streng)
        if not streng and "kort" in part._namen() and entry.get("kort") is None:
            entry = {**entry, "kort": value}  # an unknown source: its id as its short name
        return {n: value if n == "id" else entry.get(n) for n in part._namen()}
    return _los_op(part, value, tabellen, streng)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hit = _HINTS.get(cls)
    if hit is None:
        from . import report, report_json

        hit = _HINTS[cls] = typing.get_type_hints(cls, {**vars(report_json), **vars(report)})
    return hit


def tabellen_json(tabellen: Tabellen) -> str:
    """The tables as members of an indented document (``"bronnen": {...},`` at indent 2)."""
    return ",".join(
        f'\n  "{name}": '
        + json.dumps(tabellen.get(name, {}), ensure_ascii=False, indent=2).replace("\n", "\n  ")
        for name in TABELLEN
    )
