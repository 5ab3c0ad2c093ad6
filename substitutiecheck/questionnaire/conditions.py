"""Evaluate the rule pack's declarative conditions (``$defs.conditie`` of the pack schema) in
plain Python, for deciding which questions are asked. No code in data, no durable_rules here:
only ``{"veld", "is" | "is_niet" | "in" | "niet_in"}``, ``alle``, ``een_van`` and ``niet``."""

from __future__ import annotations

from typing import Any, Callable, Iterator, Mapping

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


def fields_in(cond: Mapping[str, Any] | None, path: str = "") -> Iterator[tuple[str, str, list[Any]]]:
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
