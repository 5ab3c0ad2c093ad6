"""Merging an extending pack (``uitbreiding_van``) onto its base: items override the base's by id,
new ids are added, and :class:`Origin` remembers where each item came from, to name the right
file and index in an error.

The merge works on the files' JSON, before the schema check, on purpose: an override names only
the fields it changes, so only the merged item can be judged by the schema (and its errors are
located back in the overlay file by :class:`Origin`); the content hash and the schema cache are
keyed on the merged files too. The typed items (:mod:`.items`) are built once, after that check,
from the merged result."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import Probleem, probleem
from ..suggest import closest, hint


class Origin:
    """Where each item of a merged (extended) pack came from, to name the right file in errors."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}  # file name -> path of the file that defined it last
        self.items: dict[
            tuple[str, str, int], tuple[str, int]
        ] = {}  # (file, section, index) -> (path, index)

    def locate(self, file_name: str, path: str) -> tuple[str, str]:
        m = re.match(r"^([a-z_]+)\[(\d+)\](.*)$", path)
        if m:
            key = (file_name, m.group(1), int(m.group(2)))
            if key in self.items:
                where, index = self.items[key]
                return where, f"{m.group(1)}[{index}]{m.group(3)}"
        return self.files.get(file_name, file_name), path


def overlay_problems(path: Path, data: Any) -> list[Probleem]:
    """An extending pack's file: an object whose lists hold objects with an 'id'."""
    if not isinstance(data, dict):
        return [probleem("", "pakket.geen_object", bestand=str(path))]
    out = []
    for section, items in data.items():
        if section == "$schema" or not isinstance(items, list):
            continue
        seen: set[str] = set()
        for i, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                out.append(probleem(f"{section}[{i}]", "pakket.item_zonder_id", bestand=str(path)))
            elif item["id"] in seen:
                out.append(
                    probleem(
                        f"{section}[{i}].id", "pakket.dubbel_id", bestand=str(path), id=item["id"]
                    )
                )
            else:
                seen.add(item["id"])
    return out


def merge_meta(base: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """pakket.json of an extending pack onto its base's: its keys replace the base's, its sources
    are added to the base's, and the base's region does not carry over."""
    merged = dict(base)
    merged.pop("regio", None)
    for key, value in overlay.items():
        if key == "bronnen" and isinstance(value, dict):
            merged["bronnen"] = {**merged.get("bronnen", {}), **value}
        elif key != "$schema":
            merged[key] = value
    return merged


def merge_file(
    base: dict[str, Any],
    overlay: dict[str, Any],
    file_name: str,
    path: str,
    origin: Origin,
    problems: list[Probleem],
) -> dict[str, Any]:
    merged = {
        k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
        for k, v in base.items()
    }
    for section, value in overlay.items():
        if section == "$schema":
            continue
        current = merged.get(section)
        if isinstance(value, list) and isinstance(current, list):
            index = {item.get("id"): i for i, item in enumerate(current) if isinstance(item, dict)}
            for j, item in enumerate(value):
                if item["id"] in index:
                    i = index[item["id"]]
                    problems.extend(_eigen_tekst_nodig(section, current[i], item, j, path))
                    merged_item = dict(current[i])
                    merged_item.update(item)
                    current[i] = merged_item
                else:
                    i = len(current)
                    current.append(item)
                    index[item["id"]] = i
                origin.items[(file_name, section, i)] = (path, j)
        elif isinstance(value, dict) and isinstance(current, dict):
            current.update(value)
        else:
            merged[section] = value
    return merged


_TEKST_HOORT_BIJ = ("categorieen", "uitsluitingen")
"""The sections whose items' 'tekst' is a claim with its attribution: whether the group is
suited, and who says so ('volgens het e-book (bronnen: Nivel 2013 en Plexus 2015)')."""


def _eigen_tekst_nodig(
    section: str, base: Mapping[str, Any], item: Mapping[str, Any], j: int, path: str
) -> list[Probleem]:
    """An override that changes what a category or exclusion claims ('geschikt') or who claims
    it ('bron') but keeps the base's 'tekst': the report's 'Waarom' would give the base's words
    ('moet nog onderbouwd worden' under a block, 'volgens het e-book' above a regional source)."""
    if section not in _TEKST_HOORT_BIJ or "tekst" in item or "tekst" not in base:
        return []
    oordeel = "geschikt" in item and item["geschikt"] != base.get("geschikt")
    # a source added beside the base's keeps its words true; one taken away does not
    bron = "bron" in item and not set(base.get("bron") or ()) <= set(item["bron"] or ())
    if not (oordeel or bron):
        return []
    return [probleem(f"{section}[{j}].tekst", "pakket.eigen_tekst", bestand=path, id=item["id"])]


def explain_unknown_overrides(
    problems: list[Probleem], raw: Mapping[str, Any], origin: Origin
) -> list[Probleem]:
    """A partial item with a new id is almost always an override of a misspelt id: say so."""
    out = []
    for prob in problems:
        m = re.match(r"^([a-z_]+)\[(\d+)\]$", prob.pad)
        if m and prob.code == "schema.verplicht" and prob.bestand:
            file_name = Path(prob.bestand).name
            overlay_items = [
                k
                for k, v in origin.items.items()
                if v == (prob.bestand, int(m.group(2))) and k[1] == m.group(1)
            ]
            if file_name and overlay_items:
                _, section, merged_index = overlay_items[0]
                items = raw[file_name][section]
                item_id = items[merged_index].get("id")
                others = [x.get("id") for x in items if x.get("id") != item_id]
                close = closest(item_id, others, cutoff=0.8)
                if close is None:  # a new item that misses fields: the schema's own words say it
                    out.append(prob)
                    continue
                if any(o.pad == f"{prob.pad}.id" and o.bestand == prob.bestand for o in out):
                    continue
                out.append(
                    probleem(
                        f"{prob.pad}.id",
                        "pakket.wijzigt_onbekend_id",
                        bestand=prob.bestand,
                        id=item_id,
                        bedoeld=hint(close),
                    )
                )
                continue
        out.append(prob)
    return out
