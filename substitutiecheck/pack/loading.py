"""Loading a rule pack folder into an immutable :class:`Regelpakket`: read every file as strictly
as a proposal, merge an extending pack onto its base, check each file against
``schemas/regelpakket.schema.json`` (remembered per content, :mod:`..schemacache`), cross-check
the references, and compile the rules on the real engine. Loaded packs are kept by content."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import Probleem, RegelpakketFout, os_melding, probleem
from ..resources import data_dir
from ..runtime import runtime_for
from . import schema_messages
from .bestanden import aanwezig, onbekende_bestanden
from .checks import cross_check
from .items import (
    Benoemd,
    Categorie,
    Element,
    ExtraRegel,
    Financieringsroute,
    Randvoorwaarde,
    Samenwerkingsvorm,
    Uitsluiting,
    build,
    freeze,
)
from .merge import Origin, explain_unknown_overrides, merge_file, merge_meta, overlay_problems
from .model import OPTIONAL_FILES, PACK_FILES, Regelpakket

BASE_PACKS = {"landelijk": "rules"}
"""Names ``uitbreiding_van`` may use for a shipped pack (else it is a folder, relative to the pack)."""
MAX_DEPTH = 5


def _read_json(path: Path, problems: list[Probleem]) -> Any:
    """A pack file, read as strictly as a proposal (inputs.parse_json): duplicate keys, lone
    surrogates and deep nesting are problems naming the file."""
    from ..errors import InvoerFout
    from ..inputs import _decode, parse_json

    try:  # the same decoding as a proposal: BOM, binary content, empty file, where a non-UTF-8 byte is
        data = parse_json(_decode(path.read_bytes()))
        if data is None:  # JSON 'null' would read as "no file" and surface later as a KeyError
            problems.append(probleem("", "pakket.null", bestand=str(path)))
        return data
    except InvoerFout as e:
        problems.extend(p.elders(bestand=str(path)) for p in e.problemen)
    except OSError as e:
        problems.append(probleem("", "bestand.onleesbaar", bestand=str(path), reden=os_melding(e)))
    return None


def _resolve_base(folder: Path, name: str) -> Path:
    if name in BASE_PACKS:
        return data_dir(BASE_PACKS[name])
    return (folder / name).resolve()


def read_pack(folder: Path, _depth: int = 0) -> tuple[dict[str, Any], Origin, list[str]]:
    """Read, merge (for an extending pack) and schema-validate a pack folder.

    Returns the files' contents, where each item came from, and the chain of pack names.
    Raises RegelpakketFout naming every problem found (file and field path).
    """
    meta, base_name = _read_meta(folder, _depth)
    problems: list[Probleem] = []
    if base_name is None:
        raw, origin, chain = _read_own(folder, meta, problems)
    else:
        raw, origin, chain = _read_extending(folder, meta, base_name, _depth, problems)
    if problems:
        raise RegelpakketFout(problems, bestand=str(folder))
    _check_schema(folder, raw, origin)
    return raw, origin, chain


def _read_meta(folder: Path, depth: int) -> tuple[Any, str | None]:
    """pakket.json of ``folder`` and the pack it extends (None: it extends none)."""
    if not folder.is_dir():
        raise RegelpakketFout(
            probleem("", "pakket.geen_map"),
            bestand=str(folder),
        )
    meta_path = folder / "pakket.json"
    if depth > MAX_DEPTH:
        raise RegelpakketFout(
            probleem("uitbreiding_van", "pakket.te_diep", max=MAX_DEPTH),
            bestand=str(meta_path),
        )
    if not meta_path.is_file():
        raise RegelpakketFout(
            probleem("", "pakket.bestand_ontbreekt"),
            bestand=str(meta_path),
        )
    problems: list[Probleem] = []
    meta = _read_json(meta_path, problems)
    if problems:
        raise RegelpakketFout(problems, bestand=str(folder))
    base_name = meta.get("uitbreiding_van") if isinstance(meta, dict) else None
    if not isinstance(base_name, str):
        return meta, None
    if len(base_name) > 200 or any(c < " " for c in base_name):
        # checked before it is used as a path (the schema says the same, but runs later)
        raise RegelpakketFout(
            probleem("uitbreiding_van", "pakket.naam_ongeldig"),
            bestand=str(meta_path),
        )
    return meta, base_name


def _read_own(
    folder: Path, meta: Any, problems: list[Probleem]
) -> tuple[dict[str, Any], Origin, list[str]]:
    """The files of a pack that extends none."""
    raw: dict[str, Any] = {}
    origin = Origin()
    onbekende_bestanden(folder, problems)
    for name in PACK_FILES:
        path = folder / name
        if not aanwezig(path, problems):
            if name not in OPTIONAL_FILES and not os.path.lexists(path):
                problems.append(probleem("", "pakket.bestand_ontbreekt", bestand=str(path)))
            continue
        data = meta if name == "pakket.json" else _read_json(path, problems)
        if data is not None:
            raw[name] = data
            origin.files[name] = str(path)
    return raw, origin, [meta.get("naam", "?") if isinstance(meta, dict) else "?"]


def _read_extending(
    folder: Path, meta: Any, base_name: str, depth: int, problems: list[Probleem]
) -> tuple[dict[str, Any], Origin, list[str]]:
    """The files of a pack that extends ``base_name``, merged onto those of its base."""
    base_folder = _resolve_base(folder, base_name)
    try:
        raw, origin, chain = read_pack(base_folder, depth + 1)
    except RegelpakketFout as e:
        if not base_folder.is_dir():
            raise RegelpakketFout(
                probleem(
                    "uitbreiding_van",
                    "pakket.basis_ontbreekt",
                    naam=base_name,
                    map=str(base_folder),
                ),
                bestand=str(folder / "pakket.json"),
            ) from None
        if any(p.code == "pakket.te_diep" for p in e.problemen):  # said of the pack asked for,
            raise RegelpakketFout(  # not of the shipped one at the end of the chain (a test)
                probleem("uitbreiding_van", "pakket.te_diep", max=MAX_DEPTH),
                bestand=str(folder / "pakket.json"),
            ) from None
        raise
    onbekende_bestanden(folder, problems)
    for name in PACK_FILES:
        path = folder / name
        if not aanwezig(path, problems):
            continue
        data = meta if name == "pakket.json" else _read_json(path, problems)
        if data is None:
            continue
        if name == "pakket.json":
            raw[name] = merge_meta(raw["pakket.json"], data)
            origin.files[name] = str(path)
            continue
        found = overlay_problems(path, data)
        if found:
            problems.extend(found)
            continue
        raw[name] = merge_file(raw.get(name, {}), data, name, str(path), origin, problems)
        origin.files[name] = str(path)  # the overlay: a whole-file problem is most likely its
    return raw, origin, [*chain, meta.get("naam", "?")]


def _check_schema(folder: Path, raw: dict[str, Any], origin: Origin) -> None:
    """Every file against the schema, unless this exact content passed it before."""
    from ..schemacache import SchemaCache

    known = SchemaCache(raw)  # this exact content passed the schema before: skip jsonschema
    problems: list[Probleem] = []
    for name, data in [] if known.geldig else raw.items():
        for prob in schema_messages.bestand_problemen(name, data):
            where, path = origin.locate(name, prob.pad)
            problems.append(prob.elders(pad=path, bestand=where))
    if problems:
        fout = RegelpakketFout(
            explain_unknown_overrides(problems, raw, origin), bestand=str(folder)
        )
        fout.hint = "pakket.eerst_schema"  # the cross-checks need schema-valid data
        raise fout
    known.onthoud()


def _content_hash(raw: Mapping[str, Any]) -> str:
    h = hashlib.sha256()
    for name in sorted(raw):
        h.update(name.encode())
        h.update(
            json.dumps(
                raw[name], sort_keys=True, ensure_ascii=False, separators=(",", ":")
            ).encode()
        )
    return "sha256:" + h.hexdigest()[:16]


def build_pack(
    raw: Mapping[str, Any],
    folder: Path | None,
    origin: Origin | None = None,
    chain: list[str] | None = None,
) -> Regelpakket:
    """Build and cross-check a pack from schema-valid file contents."""
    meta = raw["pakket.json"]
    pg = raw["patientgroepen.json"]
    rv = raw["randvoorwaarden.json"]
    sv = raw["samenwerkingsvormen.json"]
    pack = Regelpakket(
        map=folder,
        naam=meta["naam"],
        versie=meta["versie"],
        titel=freeze(meta["titel"]),
        regio=meta.get("regio"),
        uitbreiding_van=tuple((chain or [])[:-1]),
        hash=_content_hash(raw),
        bronnen=freeze(meta["bronnen"]),
        sjablonen=freeze(meta["sjablonen"]),
        categorieen=tuple(build(Categorie, x) for x in pg["categorieen"]),
        uitsluitingen=tuple(build(Uitsluiting, x) for x in pg["uitsluitingen"]),
        groepen=tuple(build(Benoemd, x) for x in rv["groepen"]),
        randvoorwaarden=tuple(build(Randvoorwaarde, x) for x in rv["randvoorwaarden"]),
        soorten=tuple(build(Benoemd, x) for x in sv["soorten"]),
        samenwerkingsvormen=tuple(build(Samenwerkingsvorm, x) for x in sv["samenwerkingsvormen"]),
        financiering=tuple(build(Financieringsroute, x) for x in sv["financiering"]),
        vormen_info=freeze(sv.get("algemeen", {})),
        elementen=tuple(
            build(Element, x) for x in raw.get("samenwerking.json", {}).get("elementen", ())
        ),
        extra_regels=tuple(
            build(ExtraRegel, x) for x in raw.get("regels.json", {}).get("regels", ())
        ),
        toelichting=freeze(raw.get("toelichting.json")),
        partijen=freeze(raw.get("partijen.json")),
    )
    problems = []
    for file_name, prob in cross_check(pack):
        if origin is not None:
            where, path = origin.locate(file_name, prob.pad)
        else:
            where, path = (str(folder / file_name) if folder else file_name), prob.pad
        problems.append(prob.elders(pad=path, bestand=where))
    if problems:
        raise RegelpakketFout(problems, bestand=str(folder) if folder else None)
    return pack


_CACHE: OrderedDict[str, Regelpakket] = OrderedDict()
_CACHE_LOCK = threading.Lock()
MAX_PAKKETTEN = 16
"""Loaded packs kept (by content; least recently used first out), like engine.MAX_ENGINES: a
pack holds its engine, so this bounds a library user who loads many distinct packs."""


def _compileer(pack: Regelpakket) -> None:
    """Build the pack's rules on the real engine now, so that what loads (and what 'regels
    valideer' accepts) also runs: a condition durable_rules refuses is a RegelpakketFout naming
    the file and path of that condition, not an internal error at the first proposal."""
    from ..errors import EngineFout
    from ..evaluation import _engine_for

    try:
        _engine_for(pack)
    except EngineFout as e:
        raise RegelpakketFout(
            _engine_problemen(pack, e), bestand=str(pack.map) if pack.map else None
        ) from None


def _engine_problemen(pack: Regelpakket, fout: Exception) -> list[Probleem]:
    """Which condition the engine refuses: each written condition tried alone."""
    from ..engine import RuleEngine
    from ..errors import EngineFout

    origin: Origin | None = runtime_for(pack).herkomst
    rv_index = {r.id: i for i, r in enumerate(pack.randvoorwaarden)}
    rx_index = {x.id: i for i, x in enumerate(pack.extra_regels)}
    out: list[Probleem] = []
    for regel in pack.regels:
        if regel.soort == "regel":
            file_name, path = "regels.json", f"regels[{rx_index[regel.id]}].als"
        elif regel.blokkerend_als is not None and regel.id.endswith(".nee"):
            file_name, path = (
                "randvoorwaarden.json",
                f"randvoorwaarden[{rv_index[regel.onderwerp]}].blokkerend_als",
            )
        else:
            continue
        try:
            RuleEngine(
                f"proef_{len(out)}_{pack.hash[7:]}", [(k, c) for k, c, _ in regel.variants()]
            ).sluit()
        except EngineFout as e:
            where, path = origin.locate(file_name, path) if origin else (file_name, path)
            out.append(probleem(path, "pakket.engine_conditie", bestand=where, reden=str(e)))
    return out or [probleem("", "pakket.engine", reden=str(fout))]


def laad_regelpakket(map: str | Path | None = None) -> Regelpakket:
    """Load (and cache) a rule pack folder; ``None`` is the shipped national pack.

    A pack whose ``pakket.json`` names ``uitbreiding_van`` extends that pack: its items override
    the base's by id, and new ids are added. Raises :class:`RegelpakketFout` naming the file and
    field path of every problem. Loading the same unchanged content twice returns the same object.
    """
    folder = Path(map) if map is not None else data_dir("rules")
    raw, origin, chain = read_pack(folder)
    key = _content_hash(raw)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            _CACHE.move_to_end(key)
            _onthoud_map(cached, folder)
            return cached
    pack = build_pack(raw, folder, origin, chain)
    runtime_for(pack).herkomst = origin
    if map is not None:  # the shipped pack is compiled by its tests (and at its first proposal)
        _compileer(pack)
    with _CACHE_LOCK:
        pack = _CACHE.setdefault(key, pack)
        _CACHE.move_to_end(key)
        while len(_CACHE) > max(1, MAX_PAKKETTEN):
            _CACHE.popitem(last=False)
        _onthoud_map(pack, folder)
        return pack


def _onthoud_map(pack: Regelpakket, folder: Path) -> None:
    """Remember the folder ``pack`` came from (absolute: the working directory may change
    before a report of it is rendered; a review). Called with the cache lock held."""
    if len(_MAPPEN) < MAX_MAPPEN or pack.hash in _MAPPEN:
        _MAPPEN[pack.hash] = os.path.abspath(folder)


_MAPPEN: dict[str, str] = {}
"""The folder each pack was loaded from, by its stamp's hash: a report holds its pack's stamp,
not the pack, so a pack dropped from the cache above (16 others loaded since) is loaded again
for a report still to be rendered (a code review: document() and the json reporters raised
'niet (meer) geladen', and the text reporters left the group headings out)."""

MAX_MAPPEN = 10_000
"""Most folders remembered (a hash and a path each)."""


def herlaad(hash: str) -> Regelpakket | None:
    """The pack with stamp ``hash`` loaded again from the folder it came from, or None (never
    loaded from a folder, or the folder no longer holds that content)."""
    folder = _MAPPEN.get(hash)
    if folder is None:
        return None
    try:
        pack = laad_regelpakket(folder)
    except RegelpakketFout:
        return None
    return pack if pack.hash == hash else None


_DEFAULT: Regelpakket | None = None


def standaard_regelpakket() -> Regelpakket:
    """The shipped national pack, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = laad_regelpakket(None)
    return _DEFAULT
