"""The pack's condition language in plain Python: evaluate, list fields, describe, and analyse.

The engine compiles the same conditions to durable_rules (engine.py); this module is what the
rest of the program uses without the engine: the questionnaire (when is a question asked) and
``regels valideer`` (can a rule ever fire; does it always fire).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

Conditie = Mapping[str, Any]


def velden(cond: Conditie) -> list[str]:
    """The fields a condition reads, in order of first use."""
    out: list[str] = []

    def walk(c: Conditie) -> None:
        if "alle" in c or "een_van" in c:
            for sub in c.get("alle", c.get("een_van", ())):
                walk(sub)
        elif "niet" in c:
            walk(c["niet"])
        elif c["veld"] not in out:
            out.append(c["veld"])

    walk(cond)
    return out


def geldt(cond: Conditie, waarden: Mapping[str, Any]) -> bool:
    """Whether ``cond`` holds for the field values (a missing field has the value None)."""
    return holds(cond, waarden.get)


def toewijzingen(
    cond: Conditie, domein: Mapping[str, Sequence[str]], limit: int = 100_000
) -> Iterator[dict[str, str]]:
    """Every assignment of the fields ``cond`` reads (None when the product exceeds ``limit``)."""
    fields = velden(cond)
    size = 1
    for f in fields:
        size *= max(1, len(domein.get(f, ())))
    if size > limit:
        return
    for combo in itertools.product(*(domein.get(f, ("",)) for f in fields)):
        yield dict(zip(fields, combo))


def analyse(cond: Conditie, domein: Mapping[str, Sequence[str]]) -> str | None:
    """'nooit' when no answer can satisfy ``cond``, 'altijd' when every answer does, else None."""
    seen_true = seen_false = False
    for assignment in toewijzingen(cond, domein):
        if geldt(cond, assignment):
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


def beschrijf(cond: Conditie, taal: str = "nl") -> str:
    """The condition as a sentence a person reads: 'randvoorwaarden.ict is 'nee''."""
    w = _WORDS["en" if taal == "en" else "nl"]
    if "alle" in cond or "een_van" in cond:
        key = "alle" if "alle" in cond else "een_van"
        parts = [beschrijf(c, taal) for c in cond[key]]
        return "(" + w[key].join(parts) + ")" if len(parts) > 1 else parts[0]
    if "niet" in cond:
        return f"{w['niet']} {beschrijf(cond['niet'], taal)}"
    for op in ("is", "is_niet", "in", "niet_in"):
        if op in cond:
            value = cond[op]
            shown = ", ".join(f"'{v}'" for v in value) if isinstance(value, list) else f"'{value}'"
            return f"{cond['veld']} {w[op]} {shown}"
    raise ValueError(f"unknown condition {cond!r}")


Lookup = Callable[[str], Any]


def holds(cond: Mapping[str, Any] | None, value_of: Lookup) -> bool:
    """Whether ``cond`` holds, reading field values with ``value_of(field_path)``.

    ``None`` (no condition) always holds. An unanswered field has the value ``value_of`` gives
    for it (the flow passes the proposal default, e.g. 'onbekend', or None).
    """
    if cond is None:
        return True
    if "alle" in cond:
        return all(holds(c, value_of) for c in cond["alle"])
    if "een_van" in cond:
        return any(holds(c, value_of) for c in cond["een_van"])
    if "niet" in cond:
        return not holds(cond["niet"], value_of)
    value = value_of(cond["veld"])
    if "is" in cond:
        return value == cond["is"]
    if "is_niet" in cond:
        return value != cond["is_niet"]
    if "in" in cond:
        return value in cond["in"]
    if "niet_in" in cond:
        return value not in cond["niet_in"]
    raise ValueError(f"unknown condition form: {sorted(cond)}")


def fields_in(
    cond: Mapping[str, Any] | None, path: str = ""
) -> Iterator[tuple[str, str, list[Any]]]:
    """(json path, field, values compared with) for every leaf of ``cond``."""
    if cond is None:
        return
    for key in ("alle", "een_van"):
        if key in cond:
            for i, c in enumerate(cond[key]):
                yield from fields_in(c, f"{path}.{key}[{i}]")
            return
    if "niet" in cond:
        yield from fields_in(cond["niet"], f"{path}.niet")
        return
    for op in ("is", "is_niet", "in", "niet_in"):
        if op in cond:
            values = cond[op] if isinstance(cond[op], list) else [cond[op]]
            yield path, cond["veld"], values


def all_of(*conds: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """The conjunction of the given conditions (None ones left out)."""
    present = [c for c in conds if c is not None]
    if not present:
        return None
    return present[0] if len(present) == 1 else {"alle": present}
