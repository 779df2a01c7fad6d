"""What settles a tie of elimination (``likely._bests``).

Elimination pairs a figure with the one figure of the other report that
shares most of its context (``likely.score``); when two figures of that
report score alike and differ, none is paired.  An editor who reads the two
reports still picks one when the other words of the noun phrase or the mood
of the clause fit only one of them:

* the same words narrowing the noun: "1,900 individual donors" is the
  other report's "2,600 individual donors", not its "4,100 donors";
* a plan or a forecast against a plan or a forecast: "expects about 14,000
  cars daily to use it" is the other report's "will take 22,000 vehicles a
  day", not its "about 30,000 vehicles a day now pass" (what happens now).

These only order figures that tie on the score: they never make a figure a
candidate, nor outrank a figure that shares more events, names or times.
"""

from __future__ import annotations

from .describe import Quantity


def tiebreak(a: Quantity, b: Quantity) -> int:
    """How much more than ``likely.score`` counts the figures ``a`` and
    ``b`` share: their narrowing words, and one mood (both plans or both
    happenings)."""
    return len(a.marks & b.marks) + (a.modal == b.modal)
