"""``@frozen`` (substitutiecheck.values) behaves as ``@dataclass(frozen=True)``: the same class
written both ways must agree on equality, hashing, repr, immutability, pickling and what
``dataclasses`` sees; and every frozen class of the package is made by it (issue 18, start-up)."""

from __future__ import annotations

import abc
import dataclasses
import importlib
import pickle
import pkgutil
from dataclasses import FrozenInstanceError, dataclass, field
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import substitutiecheck
from substitutiecheck import values
from substitutiecheck.values import frozen

# -- one class, written both ways ------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class StdDeel:
    id: str
    n: int = 0
    tags: tuple[str, ...] = ()
    noot: str | None = field(default=None, compare=False)
    geheim: str = field(default="", repr=False)
    alleen_hash: int = field(default=0, compare=True, hash=False)


@frozen(kw_only=True)
class OnsDeel:
    id: str
    n: int = 0
    tags: tuple[str, ...] = ()
    noot: str | None = field(default=None, compare=False)
    geheim: str = field(default="", repr=False)
    alleen_hash: int = field(default=0, compare=True, hash=False)


@dataclass(frozen=True)
class StdPositie:
    a: int
    b: str


@frozen
class OnsPositie:
    a: int
    b: str


@frozen
class Leeg:
    pass


@frozen
class EigenEq:
    a: int

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EigenEq) and abs(self.a) == abs(other.a)


@frozen
class EigenHash:
    a: int

    def __hash__(self) -> int:
        return 7


@frozen
class Ouder:
    a: int


@frozen
class Kind(Ouder):
    b: int = 0


waarden = st.fixed_dictionaries(
    {
        "id": st.text(max_size=5),
        "n": st.integers(-3, 3),
        "tags": st.lists(st.sampled_from(["x", "y", "é"]), max_size=3).map(tuple),
        "noot": st.none() | st.text(max_size=3),
        "geheim": st.text(max_size=3),
        "alleen_hash": st.integers(0, 2),
    }
)


def _naam(text: str) -> str:
    return text.replace("StdDeel", "X").replace("OnsDeel", "X")


@given(waarden, waarden)
def test_same_as_dataclass_frozen(a: dict[str, Any], b: dict[str, Any]) -> None:
    sa, sb, oa, ob = StdDeel(**a), StdDeel(**b), OnsDeel(**a), OnsDeel(**b)
    assert (oa == ob) == (sa == sb)
    assert (oa != ob) == (sa != sb)
    if oa == ob:
        assert hash(oa) == hash(ob)
    assert _naam(repr(oa)) == _naam(repr(sa))
    assert dataclasses.asdict(oa) == dataclasses.asdict(sa)
    assert dataclasses.astuple(oa) == dataclasses.astuple(sa)
    assert pickle.loads(pickle.dumps(oa)) == oa
    assert dataclasses.replace(oa, n=9) == OnsDeel(**{**a, "n": 9})


def test_hash_follows_dataclass_rules() -> None:
    # hash=False leaves a field out of the hash, compare=False out of both
    assert hash(OnsDeel(id="a", alleen_hash=1)) == hash(OnsDeel(id="a", alleen_hash=2))
    assert OnsDeel(id="a", alleen_hash=1) != OnsDeel(id="a", alleen_hash=2)
    assert OnsDeel(id="a", noot="x") == OnsDeel(id="a", noot="y")
    assert hash(OnsPositie(1, "b")) == hash(StdPositie(1, "b"))  # both hash (a, b)
    assert {OnsPositie(1, "b"), OnsPositie(1, "b")} == {OnsPositie(1, "b")}


def test_immutable_and_dataclass_shape() -> None:
    o = OnsDeel(id="a")
    with pytest.raises(FrozenInstanceError):
        o.id = "b"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del o.id  # type: ignore[misc]
    with pytest.raises(TypeError):
        OnsDeel("a")  # type: ignore[misc]  # kw_only
    assert dataclasses.is_dataclass(OnsDeel)
    assert OnsDeel.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert [f.name for f in dataclasses.fields(OnsDeel)] == [
        f.name for f in dataclasses.fields(StdDeel)
    ]
    assert OnsPositie.__match_args__ == StdPositie.__match_args__ == ("a", "b")
    assert repr(OnsPositie(1, "b")) == "OnsPositie(a=1, b='b')"
    assert OnsDeel.__eq__.__qualname__ == "OnsDeel.__eq__"


def test_other_classes_never_equal() -> None:
    assert OnsPositie(1, "b") != StdPositie(1, "b")
    assert OnsPositie(1, "b").__eq__(StdPositie(1, "b")) is NotImplemented
    assert Ouder(1) != Kind(1)  # as dataclasses: the exact class must match
    assert Kind(1, 2) == Kind(1, 2) and Kind(1, 2) != Kind(1, 3)
    assert repr(Kind(1, 2)) == "Kind(a=1, b=2)"
    assert Leeg() == Leeg() and hash(Leeg()) == hash(Leeg()) and repr(Leeg()) == "Leeg()"


def test_methods_written_in_the_class_are_kept() -> None:
    assert EigenEq(1) == EigenEq(-1)
    assert hash(EigenEq(1)) == hash((1,))  # dataclass adds __hash__ beside a body's __eq__
    assert hash(EigenHash(1)) == 7 and EigenHash(1) == EigenHash(1)


def test_every_frozen_class_of_the_package_is_made_by_frozen() -> None:
    """A class written ``@dataclass(frozen=True)`` again would cost its start-up share back:
    each frozen dataclass of the package has the shared methods of ``@frozen``."""
    gezien = 0
    for info in pkgutil.walk_packages(substitutiecheck.__path__, "substitutiecheck."):
        if info.name.endswith("__main__"):
            continue  # runs the CLI
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and obj.__module__ == module.__name__
                and dataclasses.is_dataclass(obj)
                and obj.__dataclass_params__.frozen  # type: ignore[attr-defined]
            ):
                gezien += 1
                assert obj.__eq__.__code__.co_filename == values.__file__, obj
                assert obj.__hash__.__code__.co_filename == values.__file__, obj
    assert gezien >= 60


# -- found by a review of the first version: this Python's rules, params, pickling, abc --------


@dataclass(frozen=True)
class StdF:
    x: float


@frozen
class OnsF:
    x: float


class Weird:
    def __eq__(self, other: object) -> str:  # type: ignore[override]
        return "truthy"

    __hash__ = object.__hash__


def test_eq_matches_this_pythons_dataclass() -> None:
    nan = float("nan")
    assert (OnsF(nan) == OnsF(nan)) == (StdF(nan) == StdF(nan))  # 3.13: False for both
    assert (OnsF(Weird()) == OnsF(Weird())) == (StdF(Weird()) == StdF(Weird()))  # type: ignore[arg-type]
    o, s = OnsF(nan), StdF(nan)
    assert (o == o) == (s == s)  # the same object: equal on both versions


def test_params_say_eq_and_repr() -> None:
    assert OnsF.__dataclass_params__.eq and OnsF.__dataclass_params__.repr  # type: ignore[attr-defined]


def test_methods_pickle_by_reference() -> None:
    for name in ("__eq__", "__hash__", "__repr__"):
        assert pickle.loads(pickle.dumps(getattr(OnsF, name))) is getattr(OnsF, name)


class MetRepr(abc.ABC):
    @abc.abstractmethod
    def __repr__(self) -> str: ...


def test_abstract_dunder_is_implemented() -> None:
    @frozen
    class C(MetRepr):
        x: int

    assert repr(C(1)).endswith("C(x=1)")  # type: ignore[abstract]


@dataclass(frozen=True)
class StdGemengd:
    a: int
    b: tuple[int, ...] = field(default_factory=tuple)
    c: str = field(default="x", kw_only=True)
    d: list[int] = field(default_factory=list, kw_only=True)


@frozen
class OnsGemengd:
    a: int
    b: tuple[int, ...] = field(default_factory=tuple)
    c: str = field(default="x", kw_only=True)
    d: list[int] = field(default_factory=list, kw_only=True)


@frozen
class MetPostInit:
    a: int
    b: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "b", self.a * 2)


def test_init_takes_what_dataclasses_init_takes() -> None:
    """``@frozen`` makes ``__init__`` itself (each field straight into ``__dict__``): the same
    parameters, kinds and defaults as dataclass's, a fresh default per factory call, the same
    errors; a class with ``__post_init__`` or an ``init=False`` field keeps dataclass's."""
    import inspect

    def shape(cls: type) -> list[tuple[str, Any, bool]]:
        params = list(inspect.signature(cls).parameters.values())
        return [(p.name, p.kind, p.default is inspect.Parameter.empty) for p in params]

    assert shape(OnsGemengd) == shape(StdGemengd)
    assert shape(OnsDeel) == shape(StdDeel) and shape(Kind) == [("a", 1, True), ("b", 1, False)]
    for args, kwargs in [((1,), {}), ((1, (2,)), {"c": "y", "d": [3]}), ((1,), {"d": [4]})]:
        ons, std = OnsGemengd(*args, **kwargs), StdGemengd(*args, **kwargs)
        assert dataclasses.asdict(ons) == dataclasses.asdict(std)
        assert vars(ons) == vars(std)
    assert OnsGemengd(1).d is not OnsGemengd(1).d  # a new list each time, as the factory makes
    for bad_args, bad_kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"e": 1})]:
        with pytest.raises(TypeError):
            OnsGemengd(*bad_args, **bad_kwargs)
        with pytest.raises(TypeError):
            StdGemengd(*bad_args, **bad_kwargs)
    with pytest.raises(FrozenInstanceError):
        OnsGemengd(1).a = 2  # type: ignore[misc]
    assert OnsGemengd.__init__.__qualname__ == "OnsGemengd.__init__"
    assert OnsGemengd.__dataclass_params__.init  # type: ignore[attr-defined]
    assert MetPostInit(2).b == 4 and not values._eigen_init_kan(MetPostInit)
    assert OnsGemengd.__init__.__code__.co_filename == "<@frozen OnsGemengd>"  # ours
    from substitutiecheck.report import Rapport

    assert Rapport.__init__.__code__.co_filename == "<@frozen Rapport>"  # the hot path's too


def test_what_dataclass_keeps_or_refuses_stays_so() -> None:
    """Found by a review of the generated ``__init__``: an ``__init__`` written in the class is
    kept, a descriptor field is set through its ``__set__``, a field without a default after one
    with a default is a TypeError (not a SyntaxError), and a class without a docstring gets
    dataclass's, with the signature."""
    import inspect

    @frozen
    class EigenInit:
        x: int

        def __init__(self, text: str) -> None:
            object.__setattr__(self, "x", int(text))

    assert EigenInit("42").x == 42  # type: ignore[arg-type]

    class Dubbel:
        def __set_name__(self, owner: type, name: str) -> None:
            self.naam = "_" + name

        def __get__(self, obj: Any, owner: Any = None) -> Any:
            return 5 if obj is None else obj.__dict__[self.naam]

        def __set__(self, obj: Any, value: int) -> None:
            obj.__dict__[self.naam] = value * 2

    @frozen
    class MetDescriptor:
        x: int = Dubbel()  # type: ignore[assignment]

    @dataclass(frozen=True)
    class StdDescriptor:
        x: int = Dubbel()  # type: ignore[assignment]

    assert MetDescriptor(3).x == StdDescriptor(3).x == 6

    @frozen
    class MetDefault:
        x: int = 1

    with pytest.raises(TypeError, match="non-default argument 'y' follows default argument"):

        @frozen
        class Kind2(MetDefault):
            y: int

    @frozen
    class ZonderDoc:
        a: int
        b: str | None = None

    @dataclass(frozen=True)
    class StdZonderDoc:
        a: int
        b: str | None = None

    assert ZonderDoc.__doc__ == StdZonderDoc.__doc__.replace("Std", "")  # type: ignore[union-attr]
    assert str(inspect.signature(ZonderDoc)) == str(inspect.signature(StdZonderDoc))


def _std_doc(cls: type) -> str:
    import inspect

    return cls.__name__ + str(inspect.signature(cls)).replace(" -> None", "")


def test_the_docstring_of_a_class_without_one_is_dataclass_s_for_every_shape() -> None:
    """``values._signatuur`` writes the docstring from the fields (no ``inspect.signature`` at
    start-up): the same as dataclass's, for string and real annotations, defaults of every
    kind, factories, keyword-only fields and fields left out of ``__init__``'s parameters."""
    fabriek = field(default_factory=list)
    shapes: list[tuple[dict[str, Any], dict[str, Any], bool]] = [
        ({"a": "int", "b": "str | None"}, {"b": None}, False),
        ({"a": int, "b": list[int] | None, "c": "dict[str, int]"}, {"b": None, "c": fabriek}, True),
        ({"x": str, "y": float}, {"x": "it's", "y": float("nan")}, False),
        (
            {"t": tuple[str, ...], "s": Any},
            {"t": ("a", 'b"'), "s": field(default=3, init=False)},
            True,
        ),
        ({}, {}, False),
    ]
    for i, (notes, defaults, kw_only) in enumerate(shapes):
        ns = {"__annotations__": notes, **defaults}
        ours = frozen(kw_only=kw_only)(type(f"Vorm{i}", (), dict(ns)))
        std = dataclass(frozen=True, kw_only=kw_only)(type(f"Vorm{i}", (), dict(ns)))
        assert ours.__doc__ == std.__doc__ == _std_doc(std), (i, ours.__doc__, std.__doc__)


def test_every_class_of_the_package_without_a_docstring_has_dataclass_s() -> None:
    seen = 0
    for module in pkgutil.walk_packages(substitutiecheck.__path__, "substitutiecheck."):
        if module.name.endswith("__main__"):
            continue
        mod = importlib.import_module(module.name)
        for cls in vars(mod).values():
            if (
                isinstance(cls, type)
                and dataclasses.is_dataclass(cls)
                and cls.__module__ == mod.__name__
                and (cls.__doc__ or "").startswith(cls.__name__ + "(")
            ):
                assert cls.__doc__ == _std_doc(cls), cls
                seen += 1
    assert seen >= 10  # Invoer, PakketStempel, Route, ... (the test is not empty)


def test_the_docstring_follows_dataclass_where_something_else_decides_the_signature() -> None:
    """Found by a review: dataclass takes every ' -> None' out of the text, writes the bare name
    when the signature cannot be made (a repr that fails), and asks inspect, which looks at a
    ``__new__``, a metaclass's ``__call__`` or a ``__signature__`` before ``__init__``."""
    import inspect

    class Vreemd:
        def __repr__(self) -> str:
            return "iets -> None"

    class Kapot:
        def __repr__(self) -> str:
            raise TypeError("geen repr")

    class Meta(type):
        def __call__(cls, *a: Any, **k: Any) -> Any:
            return super().__call__(*a, **k)

    def nieuw(cls: type, *args: Any, **kw: Any) -> Any:
        return object.__new__(cls)

    shapes: list[tuple[dict[str, Any], type]] = [
        ({"__annotations__": {"s": "str"}, "s": "a -> None"}, type),
        ({"__annotations__": {"v": "Vreemd"}, "v": Vreemd()}, type),
        ({"__annotations__": {"k": "Kapot"}, "k": Kapot()}, type),
        ({"__annotations__": {"x": "int"}, "__new__": nieuw}, type),
        ({"__annotations__": {"x": "int"}}, Meta),
        ({"__annotations__": {"x": "int"}, "x": 1, "__signature__": inspect.Signature([])}, type),
        ({"__annotations__": {"x": "int"}}, abc.ABCMeta),  # no __call__ of its own: the fields
    ]
    for i, (ns, meta) in enumerate(shapes):
        ours = frozen(meta(f"Vorm{i}", (), dict(ns)))
        std = dataclass(frozen=True)(meta(f"Vorm{i}", (), dict(ns)))
        assert ours.__doc__ == std.__doc__, (i, ours.__doc__, std.__doc__)


# -- the frozen guards as closures (issue 18, start-up) ------------------------------------------


def _fout(actie: Any) -> str:
    with pytest.raises(FrozenInstanceError) as info:
        actie()
    return str(info.value)


def test_the_guards_refuse_and_allow_what_dataclass_s_do() -> None:
    """``__setattr__``/``__delattr__`` of ``@frozen`` are closures (no source compiled): the same
    messages as ``dataclass(frozen=True)``'s, for a field and for any other name on the class's
    own instance; a subclass (frozen or not, made by ``@dataclass``) may still set its own
    non-field attributes through them, never a field of ours."""
    for ons, std in ((OnsPositie(1, "b"), StdPositie(1, "b")), (Leeg(), Leeg())):
        for naam in ("a", "nieuw"):
            assert _fout(lambda o=ons, n=naam: setattr(o, n, 2)) == _fout(
                lambda s=std, n=naam: setattr(s, n, 2)
            )
            assert _fout(lambda o=ons, n=naam: delattr(o, n)) == _fout(
                lambda s=std, n=naam: delattr(s, n)
            )
    assert _fout(lambda: setattr(OnsPositie(1, "b"), "a", 2)) == "cannot assign to field 'a'"
    assert _fout(lambda: delattr(Leeg(), "x")) == "cannot delete field 'x'"
    assert OnsPositie.__setattr__.__qualname__ == "OnsPositie.__setattr__"
    assert OnsPositie.__delattr__.__module__ == __name__
    assert OnsPositie.__setattr__.__code__.co_filename == values.__file__  # not generated

    class Los(OnsPositie):  # not a dataclass: the guards of the base decide
        pass

    los = Los(1, "b")
    los.extra = 5  # type: ignore[attr-defined]
    del los.extra  # type: ignore[attr-defined]
    assert _fout(lambda: setattr(los, "a", 2)) == "cannot assign to field 'a'"

    @dataclass(frozen=True)
    class StdKind(OnsPositie):
        c: int = 0

    kind = StdKind(1, "b", 3)
    assert _fout(lambda: setattr(kind, "c", 4)) == "cannot assign to field 'c'"
    assert _fout(lambda: setattr(kind, "a", 4)) == "cannot assign to field 'a'"
    with pytest.raises(TypeError, match="cannot inherit non-frozen dataclass from a frozen one"):

        @dataclass
        class Los2(OnsPositie):
            c: int = 0


def test_a_class_dataclass_must_see_frozen_keeps_dataclass_s_guards() -> None:
    """Where dataclass compares frozen-ness (a dataclass base), makes ``__init__`` itself
    (``__post_init__``) or refuses guards in the body, it makes the guards too: its checks and
    errors stay as they are."""
    assert Kind.__setattr__.__code__.co_filename != values.__file__  # base Ouder is a dataclass
    assert MetPostInit.__setattr__.__code__.co_filename != values.__file__
    assert _fout(lambda: setattr(Kind(1, 2), "a", 3)) == "cannot assign to field 'a'"

    @dataclass
    class Warm:
        x: int = 0

    with pytest.raises(TypeError, match="cannot inherit frozen dataclass from a non-frozen one"):

        @frozen
        class Koud(Warm):
            y: int = 1

    with pytest.raises(TypeError, match="Cannot overwrite attribute __setattr__"):

        @frozen
        class EigenBewaker:
            x: int

            def __setattr__(self, name: str, value: Any) -> None:
                object.__setattr__(self, name, value)


def test_most_classes_of_the_package_get_the_closure_guards() -> None:
    """The start-up saving holds: every frozen class of the package without a dataclass base
    or its own ``__init__`` logic has the closure guards."""
    from substitutiecheck.report import Rapport, Toelichting

    for cls in (Rapport, Toelichting):
        assert cls.__setattr__.__code__.co_filename == values.__file__, cls
        assert cls.__delattr__.__code__.co_filename == values.__file__, cls
