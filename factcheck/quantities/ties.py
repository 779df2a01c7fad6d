"""What settles a tie of elimination (``likely._bests``).

Elimination pairs a figure with the one figure of the other report that
shares most of its context (``likely.score``); when two figures of that
report score alike and differ, none is paired.  An editor who reads the two
reports still picks one when the words narrowing the noun fit only one of
them: "1,900 individual donors" is the other report's "2,600 individual
donors", not its "4,100 donors".  (One mood,
both plans or both happenings, was tried as a second tiebreak and dropped:
on a fresh round it paired "The surgery has about 6,000 patients" with the
other report's "Hythe Road already has 11,000 patients", another practice's
list, over "More than 8,000 patients will be transferred".)

These only order figures that tie on the score: they never make a figure a
candidate, nor outrank a figure that shares more events, names or times.
"""

from __future__ import annotations

from .describe import Quantity


def tiebreak(a: Quantity, b: Quantity) -> int:
    """How much more than ``likely.score`` counts the figures ``a`` and
    ``b`` share: their narrowing words."""
    return len(a.marks & b.marks)
