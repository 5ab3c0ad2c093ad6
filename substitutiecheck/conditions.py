"""The pack's condition language in plain Python: parse, evaluate, list fields, describe, analyse.

A condition is written as JSON (``{"veld": ..., "is": ...}``, ``{"alle": [...]}``,
``{"een_van": [...]}``, ``{"niet": ...}``). :func:`lees` parses it once into a small typed tree
(:class:`Blad`, :class:`Alle`, :class:`EenVan`, :class:`Niet`, frozen), and every walk over it is a
:class:`Bezoeker` (visitor) with one method per kind of node: here (evaluate, fields, describe,
leaves with their JSON path), in the engine (compiling to durable_rules, engine.py), for FHIR
(enableWhen, fhir/questionnaire.py) and in the benchmarks. No other code dispatches on the keys of a
condition. The functions below take a tree or the JSON form (parsed on the way in).

The engine compiles the same conditions to durable_rules; this module is what the rest of the
program uses without the engine: the questionnaire (when is a question asked) and ``regels
valideer`` (can a rule ever fire; does it always fire).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from .values import frozen

Conditie = Mapping[str, Any]
"""A condition in its JSON form, as a pack or questionnaire file writes it."""

OPERATOREN = ("is", "is_niet", "in", "niet_in")
"""The comparisons of a leaf: one value (is, is_niet) or a list of values (in, niet_in)."""
TEGENDEEL = {"is": "is_niet", "is_niet": "is", "in": "niet_in", "niet_in": "in"}


@frozen
class Blad:
    """A leaf: field ``veld`` compared by ``op`` with ``waarden`` (one value for is / is_niet)."""

    veld: str
    op: str
    waarden: tuple[Any, ...]
    soort: ClassVar[str] = "blad"

    @property
    def positief(self) -> bool:
        """'is' or 'in' (equal to a value), rather than 'is_niet' or 'niet_in'."""
        return self.op in ("is", "in")

    @property
    def lijst(self) -> bool:
        """Written with a list of values ('in', 'niet_in')."""
        return self.op in ("in", "niet_in")

    def omgekeerd(self) -> Blad:
        """The leaf that holds exactly when this one does not."""
        return Blad(self.veld, TEGENDEEL[self.op], self.waarden)

    def holds(self, value: Any) -> bool:
        """Whether the leaf holds for the field value ``value``."""
        return (value in self.waarden) == self.positief


@frozen
class Alle:
    """Every part holds."""

    delen: tuple[Knoop, ...]
    soort: ClassVar[str] = "alle"


@frozen
class EenVan:
    """At least one part holds."""

    delen: tuple[Knoop, ...]
    soort: ClassVar[str] = "een_van"


@frozen
class Niet:
    """The part does not hold."""

    deel: Knoop
    soort: ClassVar[str] = "niet"


Knoop = Blad | Alle | EenVan | Niet
_KNOPEN = (Blad, Alle, EenVan, Niet)


def lees(cond: Conditie | Knoop) -> Knoop:
    """The tree of a condition (a tree is returned as it is). ValueError for an unknown form."""
    if isinstance(cond, _KNOPEN):
        return cond
    if "alle" in cond:
        return Alle(tuple(lees(c) for c in cond["alle"]))
    if "een_van" in cond:
        return EenVan(tuple(lees(c) for c in cond["een_van"]))
    if "niet" in cond:
        return Niet(lees(cond["niet"]))
    for op in OPERATOREN:
        if op in cond:
            value = cond[op]
            values = tuple(value) if op in ("in", "niet_in") else (value,)
            return Blad(cond["veld"], op, values)
    raise ValueError(f"unknown condition form: {sorted(cond)}")


T = TypeVar("T")


class Bezoeker(Generic[T]):
    """A walk over a condition tree: :meth:`bezoek` calls the method named after the kind of
    node (``blad``, ``alle``, ``een_van``, ``niet``); a visitor implements the ones it needs."""

    def bezoek(self, knoop: Knoop) -> T:
        method: Callable[[Any], T] = getattr(self, knoop.soort)
        return method(knoop)

    def blad(self, k: Blad) -> T:
        raise NotImplementedError

    def alle(self, k: Alle) -> T:
        raise NotImplementedError

    def een_van(self, k: EenVan) -> T:
        raise NotImplementedError

    def niet(self, k: Niet) -> T:
        raise NotImplementedError


Lookup = Callable[[str], Any]


class _Bladeren(Bezoeker[Iterator[tuple[str, Blad]]]):
    """Every leaf with its JSON path (``.alle[1].niet``) below ``pad``."""

    def __init__(self, pad: str) -> None:
        self.pad = pad

    def _onder(self, pad: str, k: Knoop) -> Iterator[tuple[str, Blad]]:
        return _Bladeren(pad).bezoek(k)

    def blad(self, k: Blad) -> Iterator[tuple[str, Blad]]:
        yield self.pad, k

    def alle(self, k: Alle) -> Iterator[tuple[str, Blad]]:
        for i, c in enumerate(k.delen):
            yield from self._onder(f"{self.pad}.alle[{i}]", c)

    def een_van(self, k: EenVan) -> Iterator[tuple[str, Blad]]:
        for i, c in enumerate(k.delen):
            yield from self._onder(f"{self.pad}.een_van[{i}]", c)

    def niet(self, k: Niet) -> Iterator[tuple[str, Blad]]:
        yield from self._onder(f"{self.pad}.niet", k.deel)


Predikaat = Callable[[Mapping[str, Any]], bool]


class _Predikaat(Bezoeker[Predikaat]):
    """The condition compiled once into a Python closure over a dict of field values: for
    evaluating one condition many times (:func:`analyse` tries every assignment)."""

    def blad(self, k: Blad) -> Predikaat:
        veld, waarden = k.veld, frozenset(k.waarden)
        if k.positief:
            return lambda w: w.get(veld) in waarden
        return lambda w: w.get(veld) not in waarden

    def alle(self, k: Alle) -> Predikaat:
        parts = [self.bezoek(c) for c in k.delen]
        return lambda w: all(p(w) for p in parts)

    def een_van(self, k: EenVan) -> Predikaat:
        parts = [self.bezoek(c) for c in k.delen]
        return lambda w: any(p(w) for p in parts)

    def niet(self, k: Niet) -> Predikaat:
        inner = self.bezoek(k.deel)
        return lambda w: not inner(w)


def bladeren(cond: Conditie | Knoop, pad: str = "") -> Iterator[tuple[str, Blad]]:
    """(JSON path, leaf) for every leaf of ``cond``, in order; ``pad`` is the path of ``cond``."""
    return _Bladeren(pad).bezoek(lees(cond))


def velden(cond: Conditie | Knoop) -> list[str]:
    """The fields a condition reads, in order of first use."""
    return list(dict.fromkeys(b.veld for _, b in bladeren(cond)))


def toewijzingen(
    cond: Conditie | Knoop, domein: Mapping[str, Sequence[str]], limit: int = 100_000
) -> Iterator[dict[str, str]]:
    """Every assignment of the fields ``cond`` reads (None when the product exceeds ``limit``)."""
    fields = velden(cond)
    size = 1
    for f in fields:
        size *= max(1, len(domein.get(f, ())))
    if size > limit:
        return
    for combo in itertools.product(*(domein.get(f, ("",)) for f in fields)):
        yield dict(zip(fields, combo, strict=True))


def analyse(cond: Conditie | Knoop, domein: Mapping[str, Sequence[str]]) -> str | None:
    """'nooit' when no answer can satisfy ``cond``, 'altijd' when every answer does, else None."""
    boom = lees(cond)
    test = _Predikaat().bezoek(boom)
    seen_true = seen_false = False
    for assignment in toewijzingen(boom, domein):
        if test(assignment):
            seen_true = True
        else:
            seen_false = True
        if seen_true and seen_false:
            return None
    if seen_true and not seen_false:
        return "altijd"
    if seen_false and not seen_true:
        return "nooit"
    return None


_WORDS = {
    "nl": {
        "is": "is",
        "is_niet": "is niet",
        "in": "is een van",
        "niet_in": "is geen van",
        "alle": " en ",
        "een_van": " of ",
        "niet": "niet",
    },
    "en": {
        "is": "is",
        "is_niet": "is not",
        "in": "is one of",
        "niet_in": "is none of",
        "alle": " and ",
        "een_van": " or ",
        "niet": "not",
    },
}


class _Zin(Bezoeker[str]):
    def __init__(self, taal: str) -> None:
        self.w = _WORDS["en" if taal == "en" else "nl"]

    def blad(self, k: Blad) -> str:
        shown = ", ".join(f"'{v}'" for v in k.waarden) if k.lijst else f"'{k.waarden[0]}'"
        return f"{k.veld} {self.w[k.op]} {shown}"

    def _samen(self, soort: str, delen: tuple[Knoop, ...]) -> str:
        parts = [self.bezoek(c) for c in delen]
        return "(" + self.w[soort].join(parts) + ")" if len(parts) > 1 else parts[0]

    def alle(self, k: Alle) -> str:
        return self._samen("alle", k.delen)

    def een_van(self, k: EenVan) -> str:
        return self._samen("een_van", k.delen)

    def niet(self, k: Niet) -> str:
        return f"{self.w['niet']} {self.bezoek(k.deel)}"


def beschrijf(cond: Conditie | Knoop, taal: str = "nl") -> str:
    """The condition as a sentence a person reads: 'randvoorwaarden.ict is 'nee''."""
    return _Zin(taal).bezoek(lees(cond))


def holds(cond: Conditie | Knoop | None, value_of: Lookup) -> bool:
    """Whether ``cond`` holds, reading field values with ``value_of(field_path)``.

    ``None`` (no condition) always holds. An unanswered field has the value ``value_of`` gives
    for it (the flow passes the proposal default, e.g. 'onbekend', or None).
    """
    if cond is None:
        return True
    return toets(cond)(value_of)


Toets = Callable[[Lookup], bool]


class _Toets(Bezoeker[Toets]):
    """The condition compiled once into a closure over ``value_of`` (what :func:`holds` runs)."""

    def blad(self, k: Blad) -> Toets:
        veld, waarden = k.veld, k.waarden
        if len(waarden) == 1:
            (w,) = waarden
            if k.positief:
                return lambda value_of: value_of(veld) == w
            return lambda value_of: value_of(veld) != w
        if k.positief:
            return lambda value_of: value_of(veld) in waarden
        return lambda value_of: value_of(veld) not in waarden

    def alle(self, k: Alle) -> Toets:
        parts = tuple(self.bezoek(c) for c in k.delen)
        return lambda value_of: all(p(value_of) for p in parts)

    def een_van(self, k: EenVan) -> Toets:
        parts = tuple(self.bezoek(c) for c in k.delen)
        return lambda value_of: any(p(value_of) for p in parts)

    def niet(self, k: Niet) -> Toets:
        inner = self.bezoek(k.deel)
        return lambda value_of: not inner(value_of)


MAX_TOETSEN = 4096
"""Compiled conditions kept (a questionnaire or pack has a few hundred; beyond this the cache
starts over, so a program that builds conditions on the fly does not grow without bound)."""

_TOETSEN: dict[int, tuple[Any, Toets]] = {}


def toets(cond: Conditie | Knoop) -> Toets:
    """``cond`` compiled into a function of ``value_of``, made once per condition object and
    kept (:func:`holds` on the same condition does not parse or walk its JSON again).

    Keyed by the object's identity, with the object itself kept in the cache so that its id is
    not reused (hashing a tree by value would walk it each time). JSON conditions are pack and
    questionnaire data, not changed after loading: a dict that is changed in place after its
    first use is not read again (build a new dict instead)."""
    key = id(cond)
    hit = _TOETSEN.get(key)
    if hit is not None and hit[0] is cond:
        return hit[1]
    compiled = _Toets().bezoek(lees(cond))
    if len(_TOETSEN) >= MAX_TOETSEN:
        _TOETSEN.clear()
    _TOETSEN[key] = (cond, compiled)
    return compiled


def fields_in(
    cond: Conditie | Knoop | None, path: str = ""
) -> Iterator[tuple[str, str, list[Any]]]:
    """(json path, field, values compared with) for every leaf of ``cond``."""
    if cond is None:
        return
    for pad, b in bladeren(cond, path):
        yield pad, b.veld, list(b.waarden)


def all_of(*conds: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """The conjunction of the given conditions (None ones left out)."""
    present = [c for c in conds if c is not None]
    if not present:
        return None
    return present[0] if len(present) == 1 else {"alle": present}
