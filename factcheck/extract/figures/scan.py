"""The state of reading one sentence for figures: where it sits in the
article, which spans are taken, and the qualifier built for each figure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from factcheck.model import Figure

from ..folding import folded
from ..lazy import Lazy
from . import patterns as P


_CLAUSE_BREAK = Lazy(r",\s|;|\band\b|\bbut\b|\bwhile\b|\bwhich\b")
_ASIDE = Lazy(r"\([^()]*\)")


@dataclass
class Scan:
    """One sentence ``text`` starting at ``offset`` in the article, sentence
    number ``index``; ``year`` is the default year of dates without one."""

    text: str
    offset: int = 0
    index: int = 0
    year: Optional[int] = None
    taken: List[Tuple[int, int]] = field(default_factory=list)
    """Spans (in ``text``) already read as a figure or a phone number."""
    _times: Optional[List[Tuple[int, int, str]]] = field(default=None, init=False, repr=False)

    def free(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` overlaps no taken span."""
        for s, e in self.taken:
            if s < b and a < e:
                return False
        return True

    def take(self, fig: Figure) -> Figure:
        self.taken.append((fig.start - self.offset, fig.end - self.offset))
        return fig

    def qualifier(self, a: int, b: int, frames: Sequence[str]) -> Optional[str]:
        """The qualifier of the figure at ``[a, b)``: the times the sentence
        names outside it, then ``frames``, sorted and ``"; "``-joined."""
        times = self.times()
        parts = sorted(set(frames))
        if times:
            parts = sorted({t for s, e, t in times if (e <= a or s >= b) and t and not self._other_clause(a, b, s, e)}
                           ) + parts
        return "; ".join(parts) or None

    def _other_clause(self, a: int, b: int, s: int, e: int) -> bool:
        """Whether the time at ``[s, e)`` belongs to another figure's clause
        than the figure at ``[a, b)``: a clause break and another number
        stand between them ("fixed 41,000 leaks and replaced 310 miles of
        main, most of it laid before 1950": 1950 is not the leaks')."""
        lo, hi = (b, s) if s >= b else (e, a)
        between = _ASIDE.sub(lambda m: " " * len(m.group()), self.text[lo:hi])  # "$3bn (£1.65bn) in 2004"
        if not P.DIGIT.search(between) or not _CLAUSE_BREAK.search(between):
            return False
        for ts, te, _ in self.times():  # the digits of another time are not another figure
            if lo <= ts and te <= hi:
                between = between[:ts - lo] + " " * (te - ts) + between[te - lo:]
        return P.DIGIT.search(between) is not None

    def times(self) -> List[Tuple[int, int, str]]:
        """The years and periods the sentence names (read once, when first asked)."""
        if self._times is None:
            self._times = time_refs(self.text) if may_name_time(self.text) else []
        return self._times

    def figure(self, s: int, e: int, value: float, unit: str, frames: Sequence[str] = (), **fields) -> Figure:
        """A Figure for ``text[s:e]`` with its qualifier."""
        return Figure(start=self.offset + s, end=self.offset + e, sentence=self.index, text=self.text[s:e],
                      value=value, unit=unit, qualifier=self.qualifier(s, e, frames), **fields)


def time_refs(text: str) -> List[Tuple[int, int, str]]:
    """(start, end, normalised words) of each year or period named in ``text``."""
    low = folded(text)
    out: List[Tuple[int, int, str]] = []
    for m in P.TIME_REF.finditer(text) if low is None else P.TIME_REF_FOLDED.finditer(low):
        said = m.group(m.lastgroup) if m.lastgroup else ""  # the one of "year", "rel", "month" that matched
        said = " ".join(said.lower().split())
        if said.startswith("past "):
            said = "last " + said[5:]  # "over the past year" / "last year": one period
        out.append((m.start(), m.end(), said))
    return out


def may_name_time(text: str) -> bool:
    """Cheap test: can ``text`` name a year, month, weekday or period (does
    it hold one of TIME_KEYS)?"""
    return P.TIME_KEY.search(text) is not None
