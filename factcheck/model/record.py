"""``record``: a frozen dataclass that is cheaper to define.

``@dataclass(frozen=True)`` writes the source of six methods per class
(``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and the frozen
``__setattr__``/``__delattr__``) and compiles each one: for the model's two
dozen classes that was some 25 ms of every start-up, a sixth of a one-draft
check.  ``@record`` has dataclass write only ``__init__`` and the frozen
guards; ``__eq__``, ``__hash__`` and ``__repr__`` come from ``Record``,
written once, and give what dataclass's would (tests/test_latency.py
compares them on every model class): equal when of the same class with
equal fields, the hash of the tuple of fields, ``Name(field=value, ...)``.

Everything else is an ordinary dataclass: ``dataclasses.fields``,
``replace``, ``asdict`` and pickling work as before.
"""

from __future__ import annotations

import reprlib
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, Callable, Tuple, Type, TypeVar

T = TypeVar("T")


class Record:
    """The comparison, hash and repr of a ``record`` class, from its fields."""

    __slots__ = ()
    # (set by ``record`` on each class) the tuple of the fields compared and hashed,
    # and the names of those shown by repr
    _compared: Callable[[Any], Tuple[Any, ...]]
    _shown: Tuple[str, ...]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared(self) == other._compared(other)  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._compared(self))

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{self.__class__.__qualname__}({shown})"


def _getter(names: Tuple[str, ...]) -> Callable[[Any], Tuple[Any, ...]]:
    if len(names) >= 2:
        return attrgetter(*names)  # a tuple of the attributes, in C
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def record(cls: Type[T]) -> Type[T]:
    """``@dataclass(frozen=True)`` for a subclass of ``Record``."""
    if not issubclass(cls, Record):
        raise TypeError(f"{cls.__name__} must derive from Record")
    out = dataclass(frozen=True, eq=False, repr=False)(cls)
    compared = tuple(f.name for f in fields(out) if f.compare and (f.hash is None or f.hash))
    if compared != tuple(f.name for f in fields(out) if f.compare):
        raise TypeError(f"{cls.__name__}: a field compared but not hashed needs a plain dataclass")
    out._compared = staticmethod(_getter(compared))  # type: ignore[attr-defined]
    out._shown = tuple(f.name for f in fields(out) if f.repr)  # type: ignore[attr-defined]
    return out
