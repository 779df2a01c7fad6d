"""Hedges around a figure, for the quantity model (``describe``): the words
that make a figure a possibility, a limit or one end of a range ("could
cost up to", "between six months and two years"), and those that make it a
penalty faced ("faces a ban of six months").  A hedged figure is no
quantity the story states (``describe`` gives none)."""

from __future__ import annotations

import re
from typing import Optional, Tuple

from factcheck.extract.lazy import Lazy
from factcheck.extract.numbers import singular

from . import fast, words

HEDGE_WINDOW = 5
"""Words on each side of a figure that can make it a possibility or a range."""
_BETWEEN = Lazy(r"\bbetween\s+(?:\S+\s+)?$|\bbetween\s+\S+(?:\s+\S+){0,2}\s+and\s+$", re.I)
"""Before a figure: the start or the end of a range ("between six months and
two years"); a bare "and" ("the ward, and 19 patients") is no range."""


def hedged(sentence: str, start: int, end: int, sides, counts: Optional[str] = None) -> bool:
    """True when the words just around a figure make it a possibility, a
    limit or one end of a range ("faces a ban of between six months and two
    years", "could cost up to"); a hedge listed as "<word" counts only
    before the figure ("a maximum fine of $5,000", not "$21,000, the
    maximum for a first offence"), one listed as "~word" only for a
    penalty ("faces a ban of six months"; not "customers face a 5.7%
    rise", "faces a £900,000 shortfall")."""
    if range_end(sentence, start):
        return True
    sides = (_after_opener(sides[0]), sides[1])  # "should complete in October after two years of talks"
    before = [w.lower() for w in sides[0][-HEDGE_WINDOW:]]
    hedges = words.hedges()
    return (any(w in hedges for w in fast.lower_words(sides, HEDGE_WINDOW)) or any("<" + w in hedges for w in before)
            or faced(sides) and not _change(counts) and _penalty(sides))


MODALS = frozenset({"could", "might"})
"""Hedges that make a figure a possibility of one quantity, not a limit or
a range: two reports' "could cost 120 jobs" and "could put 80 jobs at
risk" give one possibility two values."""


def possibility(sentence: str, start: int, sides) -> bool:
    """True when the only hedges near a hedged figure are ``MODALS``: the
    figure is a possibility (a plan-like, modal quantity), not one end of
    a range, a limit or a penalty faced."""
    if range_end(sentence, start) or faced(sides):
        return False
    sides = (_after_opener(sides[0]), sides[1])
    before = [w.lower() for w in sides[0][-HEDGE_WINDOW:]]
    hedges = words.hedges()
    near = {w for w in fast.lower_words(sides, HEDGE_WINDOW) if w in hedges}
    return bool(near) and near <= MODALS and not any("<" + w in hedges for w in before)


def range_end(sentence: str, start: int) -> bool:
    """True when the figure at ``start`` is one end of a range ("between
    eight and twelve years"): never a value of its own."""
    return _BETWEEN.search(sentence, max(0, start - 20), start) is not None


_OPENERS = frozenset({"after", "before", "because", "since", "once", "until", "following"})


def _after_opener(before: Tuple[str, ...]) -> Tuple[str, ...]:
    """The words before a figure from the last subordinate opener on: a
    hedge of the main clause ("The merger should complete in October") is
    not the figure's in a clause of time or cause ("after two years of
    talks")."""
    for k in range(len(before) - 1, max(-1, len(before) - 1 - HEDGE_WINDOW), -1):
        if before[k].lower() in _OPENERS:
            return tuple(before[k:])
    return tuple(before)


def faced(sides) -> bool:
    """True when a "~word" hedge ("face") is near the figure."""
    hedges = words.hedges()
    return any("~" + w in hedges for w in fast.lower_words(sides, HEDGE_WINDOW))


def _penalty(sides) -> bool:
    """True when a penalty (words.penalties, in any number) is named near
    the figure ("face two-year bans")."""
    return any(singular(w) in words.penalties() for w in fast.lower_words(sides, HEDGE_WINDOW))


def _change(counts: Optional[str]) -> bool:
    return bool(counts) and bool(words.classes_of(counts) & _CHANGES)


_CHANGES = frozenset({"increase", "cut"})
"""Classes of counted nouns that make a figure a change ("a 5.7% rise")."""


_TO_COME = Lazy(r"(?:\s+[a-z][\w'-]*){0,3}?\s+(?:will|would|could|might|(?:is|are)\s+(?:due\s+|set\s+)?to)\s+(?!have\b)[a-z]")
"""The verb after a count that is its subject, in the future or a
conditional ("60 new trees will be planted", "Fourteen cameras will go
up", "the 900 homes are to be built"); "will have" is a state ("the 21
councillors will have a majority")."""


_LED_TO_COME = Lazy(r"\b(?:will|would|(?:is|are)\s+(?:due\s+|set\s+)?to)\s+[^,;]*,\s+[a-z]+ing\s+(?:[\w'-]+\s+){0,3}$")
"""A verb to come, then a participle's clause that holds the figure: "will
close its Heron ward, moving 28 patients"."""


def to_come(sentence: str, start: int, end: int) -> bool:
    """True when the figure at [start, end) is the subject of a verb of the
    future or a conditional (``_TO_COME``), or stands in a participle's
    clause that a verb to come leads (``_LED_TO_COME``): a plan, not what
    is."""
    return bool(_TO_COME.match(sentence, end) or _LED_TO_COME.search(sentence, max(0, start - 160), start))
