"""What a definite amount named by a thing refers back to (issue 11).

``anaphora.links`` links a definite figure to an earlier one of its
article through a noun of change or request ("the 5.3% rise", "the 17%
request") or through the one figure that introduced its noun ("a £48
million scheme" ... "The £84 million scheme").  An amount before the
name of a thing ("The £86 million road", "the £28m scheme") is that
thing's cost or price, and an article often gives the cost first with a
verb and no noun ("The 4.2-mile road ... cost £96 million", "The work,
costing £38m, ..."): the definite phrase then refers back to it.

This module reads that case: a definite amount whose noun introduced
nothing earlier refers back to the one earlier amount of its article,
in its currency, whose own words name that thing ("road" near "cost £96
million") or whose noun names an amount's event ("the £2.5 million
bill", "The £5.2 million shortfall"), and that ``refers`` takes for the
same quantity; with two or
more such amounts the phrase's antecedent is not clear and nothing is
linked.  The thing named near both is what keeps "save £35bn in
government spending" ... "The £12bn left over" apart (no thing "left"
near the first).  An amount whose value the definite phrase's own sentence gives again
("split the 950 mln dlr loan loss provision in half, attributing 425 mln
dlrs of it") is another amount beside it, not its antecedent.  An amount that is the base or a part of something else is no
antecedent (its ``refers`` fails on roles), nor one ``FACTOR`` times
larger or smaller: "lost £84 million" ... "The £2.3 billion fund" is what
the fund holds, a whole, not its loss restated.
"""

from __future__ import annotations

from typing import Callable, List, Optional, Sequence, Tuple

from factcheck.extract.numbers import singular

from . import likely, words
from .describe import Quantity
from .relate import Relation

Refers = Callable[[Quantity, Quantity], Optional[Relation]]


def sole_antecedent(qs: Sequence[Quantity], earlier: List[int], b: Quantity,
                    refers: Refers) -> Optional[Tuple[int, Relation]]:
    """The one earlier amount (index into ``qs``) definite amount ``b``
    refers back to, with the relation, or None when there is none or more
    than one."""
    if b.kind != "money" or not b.noun:
        return None
    found = []
    beside = [q for q in qs if q.article == b.article and q.sentence == b.sentence and q is not b]
    for i in earlier:
        if qs[i].currency != b.currency or not _near(qs[i], b) or not _named(qs[i], b):
            continue
        if any(q.currency == b.currency and likely.middle(q) == likely.middle(qs[i]) for q in beside):
            continue  # "split the 950 mln dlr provision, attributing 425 mln dlrs of it": both at once, two amounts
        rel = refers(qs[i], b)
        if rel is not None:
            found.append((i, rel))
    return found[0] if len(found) == 1 else None


FACTOR = 4.0
"""Two amounts this many times apart are a whole and a part, not one
amount restated (``cross.MISREPORT_FACTOR``)."""


def _near(a: Quantity, b: Quantity) -> bool:
    lo, hi = sorted((likely.middle(a), likely.middle(b)))
    return lo > 0 and hi / lo < FACTOR


def _named(a: Quantity, b: Quantity) -> bool:
    """True when the noun of definite ``b`` (or a word before it, "The £5.2
    million shortfall includes", "The £19 million pool opens") names an
    amount's event ("the £2.5 million bill"), or the words near amount
    ``a`` name it, in either number ("The 4.2-mile road ... cost £96
    million")."""
    nouns = {n for n in {b.noun} | {m[1:] for m in b.marks} if n}
    return (any(words.event_classes(n, "money") for n in nouns)
            or any(w in nouns or singular(w) in nouns for w in a.content))
