"""Speed layer for the quantity model: whole-article patterns on folded text, and word windows.

``extras.py`` runs a few case-insensitive patterns over every article of a
story with several articles ("more than doubled", "risen by half", "four
and a half hours", "for a fortnight", "at 9.40pm").  Python's ``re`` is
several times slower with IGNORECASE; ``finditer`` runs such a pattern's
case-sensitive twin (``claim_cues_fast.folded_twin``: the same source, its
letters all lower case) on the article lower-cased once, where
``folding.folded`` says that finds exactly the same, at the same offsets,
and makes each match again on the article's own text at that offset, so
that the groups read as written.  Otherwise, and for a pattern with no
twin, it is the pattern's own ``finditer``.  tests/test_speed_layers.py
compares the two.

``describe._window`` (the lower-case words near a figure, read several
times per figure) is ``lower_words``: it walks out from the figure and stops
at the words it needs, where the plain form filtered every word of the
sentence on each side.
"""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from factcheck.extract.claim_cues_fast import folded_twin
from factcheck.extract.folding import folded
from factcheck.extract.lazy import Lazy

_TWINS: Dict[Lazy, Optional[Lazy]] = {}  # pattern -> its twin, or None
_LAST: Tuple[Optional[str], Optional[str]] = (None, None)  # the last text and its folded form


def finditer(pattern: Lazy, text: str) -> Iterator["re.Match[str]"]:
    """``pattern.finditer(text)``, found on the folded text when that is exact."""
    twin = _twin(pattern)
    low = _folded(text) if twin is not None else None
    if low is None:
        yield from pattern.finditer(text)
        return
    for m in twin.finditer(low):  # type: ignore[union-attr]
        yield pattern.match(text, m.start())


def finds(pattern: Lazy, content: str, low: str, needles: Tuple[str, ...]):
    """``pattern.finditer(content)``, skipped when ``low`` (the content in
    lower case) holds none of ``needles``, one of which every match
    contains (speed: a substring test is far cheaper than the pattern)."""
    return finditer(pattern, content) if any(n in low for n in needles) else ()


def hinted(pattern: Lazy, hint: Lazy, content: str):
    """``pattern.finditer(content)``, skipped when ``hint`` (a part every
    match of ``pattern`` contains, far cheaper to search for) is not in
    ``content``.  Speed only: the result is the same."""
    return finditer(pattern, content) if hint.search(content) else ()


def _twin(pattern: Lazy) -> Optional[Lazy]:
    if pattern not in _TWINS:
        _TWINS[pattern] = folded_twin(pattern)
    return _TWINS[pattern]


def _folded(text: str) -> Optional[str]:
    global _LAST
    last = _LAST
    if last[0] is not text:
        last = _LAST = (text, folded(text))
    return last[1]


def lower_words(sides: Tuple[Sequence[str], Sequence[str]], width: int) -> List[str]:
    """``[w for w in before if w.islower()][-width:] + [w for w in after if
    w.islower()][:width]`` for ``sides = (before, after)``."""
    before, after = sides
    if width <= 0:  # a slice from -0 is the whole list: the plain form
        return [w for w in before if w.islower()][-width:] + [w for w in after if w.islower()][:width]
    near: List[str] = []
    for w in reversed(before):
        if w.islower():
            near.append(w)
            if len(near) == width:
                break
    near.reverse()
    taken = 0
    for w in after:
        if w.islower():
            near.append(w)
            taken += 1
            if taken == width:
                break
    return near
