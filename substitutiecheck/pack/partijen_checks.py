"""The cross-checks of partijen.json (split from :mod:`substitutiecheck.partijen`, so that
loading a pack does not import the comparison of partners' answers)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..errors import Probleem, probleem

if TYPE_CHECKING:
    from .model import Regelpakket


def partijen_problemen(pack: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    """Cross-checks of partijen.json after its schema check: unique ids, known sources, and every
    kind of difference has advice (a report must never lack it)."""
    data = pack.partijen
    if data is None:
        return
    name = "partijen.json"
    for section in ("rollen", "verschillen"):
        seen: set[str] = set()
        for i, item in enumerate(data[section]):
            if item["id"] in seen:
                yield (
                    name,
                    probleem(f"{section}[{i}].id", "pakket.dubbel_id", id=item["id"]),
                )
            seen.add(item["id"])
    missing = sorted(
        {"antwoord", "categorie", "samenwerkingsvorm", "financiering", "samenwerking"}
        - {v["id"] for v in data["verschillen"]}
    )
    if missing:
        yield (
            name,
            probleem("verschillen", "partijen.advies_ontbreekt", soorten=", ".join(missing)),
        )
    refs: list[tuple[str, str]] = [
        (f"rollen_bron[{i}]", b) for i, b in enumerate(data["rollen_bron"])
    ]
    refs += [(f"combineren.bron[{i}]", b) for i, b in enumerate(data["combineren"]["bron"])]
    for i, v in enumerate(data["verschillen"]):
        refs += [(f"verschillen[{i}].bron[{j}]", b) for j, b in enumerate(v["bron"])]
        if v.get("citaat"):
            refs.append((f"verschillen[{i}].citaat.bron", v["citaat"]["bron"]))
    for path, b in refs:
        if b not in pack.bronnen:
            yield (
                name,
                probleem(path, "pakket.bron.onbekend_kort", waarde=b),
            )
