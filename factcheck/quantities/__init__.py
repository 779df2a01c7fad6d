"""The quantity model of cross-outlet comparison (issue 11).

Two figures are one quantity when they count the same kind of thing, in the
same event or state, at the same time, with the same role and modifiers,
whatever their words: "about 900 tenants were told to leave" and "nearly
700 people were moved out" are one quantity; "250 drivers walked out" and
"40 replacement drivers" are two.

* ``words``: the word classes (``factcheck/data/quantity_*.txt``);
* ``describe``: a figure as a ``Quantity`` (also ratio words and event years);
* ``relate``: identity of two quantities, with the reason, and agreement of
  their values at the precision given;
* ``cross``: the extra comparisons of the conflicting-figure rule.
"""

from . import cross
from .describe import Quantity, describe
from .relate import Relation, apart, disagree, relate

__all__ = ["cross", "Quantity", "Relation", "apart", "describe", "different", "disagree", "relate"]


def different(an_a, fa, an_b, fb) -> bool:
    """True when figure ``fa`` of ``an_a`` and ``fb`` of ``an_b``, which
    the conflicting-figure rule's literal key takes for one quantity, differ
    in role or time (``relate.apart``)."""
    qa, qb = describe(an_a, 0, fa), describe(an_b, 1, fb)
    return qa is not None and qb is not None and apart(qa, qb)
