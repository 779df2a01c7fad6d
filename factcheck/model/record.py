"""``record``: a frozen dataclass that is cheaper to define.

``@dataclass(frozen=True)`` writes the source of six methods per class
(``__init__`` with its annotations, ``__repr__``, ``__eq__``, ``__hash__``
and the frozen ``__setattr__``/``__delattr__``) and compiles each one: for
the model's two dozen classes that was some 25 ms of every start-up, a
sixth of a one-draft check.  ``@record`` compiles one short ``__init__``
per class; ``__eq__``, ``__hash__``, ``__repr__`` and the frozen guards
come from ``Record``, written once.  They give what dataclass's would
(tests/test_latency.py compares them on every record class): equal when of
the same class with equal fields, the hash of the tuple of fields,
``Name(field=value, ...)``, ``FrozenInstanceError`` on assignment, and an
``__init__`` that takes the fields in order, with their defaults and
default factories.

Everything else is an ordinary dataclass: ``dataclasses.fields``,
``replace``, ``asdict``, copying and pickling work as before.
"""

from __future__ import annotations

import inspect
import reprlib
from dataclasses import MISSING, FrozenInstanceError, Field, dataclass, fields
from operator import attrgetter
from typing import Any, Callable, Dict, List, Tuple, Type, TypeVar

T = TypeVar("T")


class Record:
    """The comparison, hash, repr and immutability of a ``record`` class,
    from its fields."""

    __slots__ = ()
    # (set by ``record`` on each class) the tuple of its fields, and their names
    _values: Callable[[Any], Tuple[Any, ...]]
    _names: Tuple[str, ...]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values(self) == other._values(other)  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values(self))

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._names)
        return f"{self.__class__.__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


def _getter(names: Tuple[str, ...]) -> Callable[[Any], Tuple[Any, ...]]:
    if len(names) >= 2:
        return attrgetter(*names)  # the tuple of the attributes, in C
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _plain(f: Field) -> bool:
    """A field ``record`` handles: in __init__, repr, comparison and hash, not keyword-only."""
    return bool(f.init and f.repr and f.compare and f.hash is None and not f.kw_only)


def _init(cls: type, names: Tuple[str, ...], flds: List[Field]) -> Callable[..., None]:
    """``__init__(self, <fields>)`` setting each field as a frozen dataclass's does."""
    env: Dict[str, Any] = {"_set": object.__setattr__, "_NO": object()}
    params, body = ["self"], []
    for i, f in enumerate(flds):
        value = f.name
        if f.default_factory is not MISSING:
            env[f"_f{i}"] = f.default_factory
            params.append(f"{f.name}=_NO")
            value = f"_f{i}() if {f.name} is _NO else {f.name}"
        elif f.default is not MISSING:
            env[f"_d{i}"] = f.default
            params.append(f"{f.name}=_d{i}")
        else:
            params.append(f.name)
        body.append(f"    _set(self, {f.name!r}, {value})")
    source = f"def __init__({', '.join(params)}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(source, env)  # noqa: S102  (source built from the field names only)
    init = env["__init__"]
    init.__annotations__ = {**{f.name: f.type for f in flds}, "return": None}  # as dataclass's, for signatures
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init


def record(cls: Type[T]) -> Type[T]:
    """``@dataclass(frozen=True)`` for a subclass of ``Record``."""
    if not issubclass(cls, Record) or "__post_init__" in vars(cls) or "__init__" in vars(cls):
        raise TypeError(f"{cls.__name__}: record makes a subclass of Record without its own __init__")
    doc = cls.__doc__
    if not doc:  # else dataclass writes one from the signature of object.__init__, parsing its text (tokenize)
        cls.__doc__ = cls.__name__
    out = dataclass(init=False, eq=False, repr=False)(cls)
    flds = list(fields(out))
    if not all(_plain(f) for f in flds):
        raise TypeError(f"{cls.__name__}: a field with its own init/repr/compare/hash/kw_only needs a plain dataclass")
    names = tuple(f.name for f in flds)
    out.__init__ = _init(out, names, flds)  # type: ignore[misc]
    if not doc:  # what dataclass writes: the class's signature
        out.__doc__ = out.__name__ + str(inspect.signature(out)).replace(" -> None", "")
    out._values = staticmethod(_getter(names))  # type: ignore[attr-defined]
    out._names = names  # type: ignore[attr-defined]
    return out
