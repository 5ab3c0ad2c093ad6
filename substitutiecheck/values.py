"""``@frozen``: a plain frozen dataclass, made cheaply at import (issue 18, start-up).

``@frozen`` and ``@frozen(kw_only=True)`` give exactly what ``@dataclass(frozen=True)`` gives
(``__init__``, immutability, ``__eq__`` and ``__hash__`` over the fields that compare, ``__repr__``
over the fields that show, ``__match_args__``; ``dataclasses.fields``, ``replace`` and ``asdict``
work as ever), but ``__eq__``, ``__hash__`` and ``__repr__`` are closures over the class's field
names instead of functions compiled from generated source. On Python 3.11 ``dataclass`` compiles
six functions per frozen class (~1.4 ms a class here, 67 classes: a third of a one-file
``check``'s own start-up); with three of them shared this way a class costs ~0.9 ms. The two
frozen guards (``__setattr__``, ``__delattr__``) are closures too (:func:`_bewakers`: ~0.1 ms a
class less, ~5 ms of a one-file ``check``), except in a class with a dataclass base or guards of
its own, where :mod:`dataclasses` makes them (its checks between frozen and non-frozen bases then
apply as they are). ``__init__`` is generated here (:func:`_init`), storing the fields straight
into the instance's ``__dict__`` (dataclass's calls ``object.__setattr__`` per field: ~3x slower
for a report), except for a class with ``__post_init__``, an InitVar or an ``init=False`` field,
which keeps dataclass's (and then its guards: that ``__init__`` assigns through them).

``__eq__`` follows the running Python's dataclass: 3.11 and 3.12 compare tuples of the fields
(an object equals itself inside a tuple, so a NaN field compares equal), 3.13 compares field by
field after ``self is other``. Each method claims the class's module and qualified name (pickle
finds it), ``__dataclass_params__`` says ``eq`` and ``repr`` as ``dataclass(frozen=True)`` does,
and abstract ``__eq__``/``__hash__``/``__repr__`` of a base class count as implemented. The
methods cost more per call than the generated ones (``==`` ~2x on a five-field class); no hot
path compares or hashes report parts (caches are keyed by ids).

The classes stay stdlib dataclasses: pydantic, mypy (through ``dataclass_transform``) and
``dataclasses`` see no difference. ``tests/test_values.py`` holds the behaviour to
``@dataclass(frozen=True)``'s, class by class.
"""

from __future__ import annotations

import abc
import dataclasses
import inspect
import sys
from collections.abc import Callable
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar, dataclass_transform, overload

from .codegen import maak_functie

_T = TypeVar("_T", bound=type)


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving the tuple of the named attributes (in C: ``attrgetter``)."""
    if not names:
        return lambda _obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


def _methods(cls: type) -> dict[str, Any]:
    """``__eq__``, ``__hash__`` and ``__repr__`` as ``dataclass(frozen=True)`` writes them, as
    closures over this class's fields (no source is compiled)."""
    fields = dataclasses.fields(cls)
    hash_key = _getter(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))
    shown = tuple(f.name for f in fields if f.repr)

    if sys.version_info >= (3, 13):
        # 3.13's dataclass: ``self is other`` first, then field by field (``a == b and ...``)
        getters = tuple(attrgetter(f.name) for f in fields if f.compare)

        def __eq__(self: Any, other: Any) -> Any:
            if self is other:
                return True
            if other.__class__ is self.__class__:
                result: Any = True
                for get in getters:
                    result = get(self) == get(other)
                    if not result:
                        return result
                return result
            return NotImplemented

    else:
        key = _getter(tuple(f.name for f in fields if f.compare))

        def __eq__(self: Any, other: Any) -> Any:
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hash_key(self))

    @recursive_repr()
    def __repr__(self: Any) -> str:
        inner = ", ".join([f"{name}={getattr(self, name)!r}" for name in shown])
        return f"{self.__class__.__qualname__}({inner})"

    return {"__eq__": __eq__, "__hash__": __hash__, "__repr__": __repr__}


def _make(cls: _T, kw_only: bool) -> _T:
    own = cls.__dict__
    # As dataclasses decides: a __hash__ written in the class body is kept; the None that Python
    # puts there for a body with __eq__ and no __hash__ is not an explicit one.
    explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    keep = {name for name in ("__eq__", "__repr__") if name in own}
    if explicit_hash:
        keep.add("__hash__")
    own_init = _eigen_init_kan(cls)
    auto_doc = not getattr(cls, "__doc__", None)  # dataclass then writes one from __init__
    if own_init and auto_doc:  # written below (dataclass's would be of object.__init__)
        cls.__doc__ = "-"  # not empty: dataclass writes one when it is falsy
    # the guards as closures: not when dataclass must see a frozen class (a dataclass base, whose
    # frozen-ness it compares; its own __init__, which assigns through them; guards in the body,
    # which it refuses to overwrite)
    bewaakt = (
        own_init
        and "__setattr__" not in own
        and "__delattr__" not in own
        and all(getattr(b, "__dataclass_fields__", None) is None for b in cls.__mro__[1:])
    )
    made: _T = dataclasses.dataclass(  # type: ignore[assignment]  # typeshed: type[Never]
        cls, frozen=not bewaakt, eq=False, repr=False, kw_only=kw_only, init=not own_init
    )
    methods = _methods(made)
    if own_init:
        methods["__init__"] = _init(made)
    if bewaakt:
        methods |= _bewakers(made)
    for name, method in methods.items():
        if name not in keep:
            method.__qualname__ = f"{made.__qualname__}.{name}"
            method.__module__ = made.__module__  # pickle finds it by qualname, as dataclass's
            setattr(made, name, method)
    if own_init and auto_doc:  # as dataclass writes it, now that the __init__ exists
        made.__doc__ = _signatuur(made)
    params = made.__dataclass_params__  # type: ignore[attr-defined]
    params.eq = params.repr = params.init = params.frozen = True  # as @dataclass(frozen=True)
    abc.update_abstractmethods(made)  # dataclass ran it before these methods existed
    return made


def _bewakers(cls: type[Any]) -> dict[str, Any]:
    """``__setattr__`` and ``__delattr__`` as ``dataclass(frozen=True)`` writes them: an
    instance of the class itself refuses every name, a subclass's instance the fields."""
    namen = frozenset(f.name for f in dataclasses.fields(cls))

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in namen:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in namen:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return {"__setattr__": __setattr__, "__delattr__": __delattr__}


def _signatuur(cls: type) -> str:
    """The docstring dataclass gives a class without one, ``Name(signature)``, with its quirks:
    every ``" -> None"`` taken out, and the bare name when the signature cannot be made. Written
    from the fields when the signature is that of the generated ``__init__`` (``inspect.signature``
    of a class costs ~0.3 ms, and the first one at start-up several more: it compiles tokenize's
    patterns for ``object.__init__``); asked of ``inspect`` when something else decides it (a
    ``__new__``, a metaclass's ``__call__``, a ``__signature__``)."""
    try:
        if (
            getattr(cls, "__new__", None) is object.__new__
            and type(cls).__call__ is type.__call__
            and getattr(cls, "__signature__", None) is None
        ):
            text = _velden_signatuur(cls)
        else:
            text = str(inspect.signature(cls))
    except (TypeError, ValueError):  # as dataclass: a repr that fails, a signature it cannot make
        text = ""
    return cls.__name__ + text.replace(" -> None", "")


def _velden_signatuur(cls: type) -> str:
    """``str(inspect.signature(cls))`` of a class whose ``__init__`` :func:`_init` made."""
    positional: list[str] = []
    keyword: list[str] = []
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        text = f"{f.name}: {inspect.formatannotation(f.type)}"
        if f.default is not dataclasses.MISSING:
            text += f" = {f.default!r}"
        elif f.default_factory is not dataclasses.MISSING:
            text += f" = {_FABRIEK!r}"
        (keyword if f.kw_only else positional).append(text)
    params = positional + (["*", *keyword] if keyword else [])
    return f"({', '.join(params)})"


def _eigen_init_kan(cls: type) -> bool:
    """Whether :func:`_init` can make the class's ``__init__``: no ``__init__`` written in the
    class body, instances with a ``__dict__``, no ``__post_init__``, no InitVar pseudo-field, no
    field whose default is a descriptor that sets it, every field set by ``__init__`` (else
    dataclass's own ``__init__``, or the class's)."""
    annotations = [c.__dict__.get("__annotations__", {}) for c in cls.__mro__]
    notes = [str(a) for ann in annotations for a in ann.values()]
    annotated = {name for ann in annotations for name in ann}
    defaults = [
        v.default if isinstance(v, dataclasses.Field) else v
        for c in cls.__mro__
        for name in annotated & c.__dict__.keys()
        for v in (c.__dict__[name],)
    ]
    return (
        "__init__" not in cls.__dict__
        and not any(hasattr(type(v), "__set__") for v in defaults)
        and not hasattr(cls, "__post_init__")
        and not any(name.startswith("__frozen_") for ann in annotations for name in ann)
        and not any("InitVar" in a for a in notes)
        and all("__slots__" not in c.__dict__ or c.__dict__["__slots__"] == () for c in cls.__mro__)
        and not any(
            isinstance(v, dataclasses.Field) and not v.init
            for c in cls.__mro__
            for v in c.__dict__.values()
        )
        and not any(
            not f.init
            for c in cls.__mro__
            for f in c.__dict__.get("__dataclass_fields__", {}).values()
        )
    )


def _init(cls: type) -> Any:
    """``__init__`` as ``dataclass(frozen=True)`` makes it (the same parameters, defaults and
    factories), but storing each field straight into the instance's ``__dict__``: dataclass's
    calls ``object.__setattr__`` once per field (a report of 19 fields: 1.7 against 0.6 us)."""
    fields = dataclasses.fields(cls)
    # the function's own names cannot be a field's: fields are its parameters
    zelf, d, fabriek = "__frozen_self__", "__frozen_dict__", "__frozen_factory__"
    namespace: dict[str, Any] = {fabriek: _FABRIEK}
    positional: list[str] = [zelf]
    keyword: list[str] = []
    body = [f"    {d} = {zelf}.__dict__"]
    default_voor: str | None = None
    for i, f in enumerate(fields):
        param, value = f.name, f.name
        heeft_default = f.default is not dataclasses.MISSING or (
            f.default_factory is not dataclasses.MISSING
        )
        if not f.kw_only:  # as dataclass says it (it checks this only when it makes __init__)
            if heeft_default:
                default_voor = default_voor or f.name
            elif default_voor is not None:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        if f.default is not dataclasses.MISSING:
            namespace[f"__frozen_default_{i}__"] = f.default
            param += f"=__frozen_default_{i}__"
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"__frozen_factory_{i}__"] = f.default_factory
            param += f"={fabriek}"
            value = f"__frozen_factory_{i}__() if {f.name} is {fabriek} else {f.name}"
        body.append(f"    {d}[{f.name!r}] = {value}")
        (keyword if f.kw_only else positional).append(param)
    params = ", ".join(positional + (["*", *keyword] if keyword else []))
    source = f"def __init__({params}):\n" + "\n".join(body) + "\n"
    init = maak_functie(source, "__init__", f"<@frozen {cls.__qualname__}>", namespace)
    init.__annotations__ = {f.name: f.type for f in fields} | {"return": None}
    return init


class _Fabriek:
    def __repr__(self) -> str:
        return "<factory>"


_FABRIEK = _Fabriek()
"""The default of a field with a default factory (as dataclasses' own sentinel)."""


@overload
def frozen(cls: _T, /) -> _T: ...


@overload
def frozen(*, kw_only: bool = False) -> Callable[[_T], _T]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def frozen(cls: _T | None = None, /, *, kw_only: bool = False) -> Any:
    """``@dataclass(frozen=True)`` (``kw_only`` as there), made cheaply; see the module."""
    if cls is None:
        return lambda c: _make(c, kw_only)
    return _make(cls, kw_only)
