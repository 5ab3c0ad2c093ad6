"""What the notes around the verdict share: the per-pack cache of their immutable parts, the
pack's sources as report references."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TypeVar

from .pack import Regelpakket
from .report import BronVerwijzing
from .runtime import runtime_for

T = TypeVar("T")


def bronverwijzingen(
    pack: Regelpakket, ids: Iterable[str], taal: str
) -> tuple[BronVerwijzing, ...]:
    """The pack's sources ``ids`` as report references in ``taal`` (built once per pack and
    shared)."""
    ids = tuple(ids)
    return _cached(pack, ("bronnen", ids, taal), lambda: tuple(_bron(pack, b, taal) for b in ids))


def _bron(pack: Regelpakket, b: str, taal: str) -> BronVerwijzing:
    def build() -> BronVerwijzing:
        src = pack.bron(b)
        return BronVerwijzing(
            id=b,
            soort=src["soort"],
            kort=pack.bron_tekst(b, "kort", taal),
            titel=pack.bron_tekst(b, "titel", taal),
            periode=src.get("periode"),
        )

    return _cached(pack, ("bron", b, taal), build)


_LOCK = threading.Lock()


def _cached(pack: Regelpakket, key: tuple[object, ...], build: Callable[[], T]) -> T:
    """Parts that depend only on a few ids are immutable models: build each once per pack.
    The key space is small (categories x forms x financing routes x languages)."""
    cache = runtime_for(pack).toelichting
    try:
        hit: T = cache[key]
    except KeyError:
        value = build()
        with _LOCK:
            hit = cache.setdefault(key, value)
    return hit
