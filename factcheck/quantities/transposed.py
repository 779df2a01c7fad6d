"""Transposed figures: two figures of one story whose digits are the same
in another order ("cost the town 420 jobs" ... "The 240 job losses",
"fined £650,000" / "ordered to pay £560,000", "founded in 1886" / "since
1868").

A transposition is the commonest typing error in a figure, and copy desks
check for it by eye.  When nothing in the two figures' words makes them two
quantities (``likely.compatible``: the same kind and currency, nouns of one
kind, the same roles, no clash of times, events or names) and their values
are within ``likely.FACTOR`` of each other, the transposed digits are
taken as a sign that one of them is mistyped: the pair is reported at
``info`` with both sentences, and the message says why.  Within one article
the later figure must also be definite ("The 240 job losses": a phrase
that refers back) or count literally the same noun.

Figures written with one number of at least two significant digits are
read; trailing zeros and separators do not count ("£4.8 million" and
"£840,000" are "48" and "84"), and two equal digit strings are no
transposition (they agree or differ only in scale).
"""

from __future__ import annotations

import re
from typing import Iterator, List, Optional, Sequence, Tuple

from factcheck.rules.base import COMPARISONS

from . import likely
from .describe import Quantity
from .relate import Relation, direction, disagree

KINDS = ("count", "money", "percent", "duration", "date")
"""The kinds of figure read (not a ratio read from a share, a time of day or a
span back from the report)."""
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def digits(text: str) -> Optional[str]:
    """The significant digits of the one number a figure's text holds
    ("£4.8 million" -> "48", "1,100" -> "11"), or None when it holds none
    or several."""
    found = _NUMBER.findall(text)
    if len(found) != 1:
        return None
    return re.sub(r"\D", "", found[0]).lstrip("0").rstrip("0") or None


def transposed(a: Quantity, b: Quantity) -> bool:
    """True when the two figures' significant digits are the same digits in
    another order, at least two of them."""
    da, db = digits(a.text), digits(b.text)
    return da is not None and db is not None and len(da) >= 2 and da != db and sorted(da) == sorted(db)


def pairs(qs: List[Quantity], texts: Sequence[str], articles: Sequence, taken) -> Iterator[Tuple[int, int, Relation]]:
    """Pairs of quantities (indexes into ``qs``) whose digits are transposed,
    whose values disagree and that nothing makes two quantities (see the
    module documentation); ``taken(i, j)`` is true for pairs already
    reported or decided, which are skipped."""
    by_digits = {}
    for i, q in enumerate(qs):
        d = digits(q.text)
        if d is not None and len(d) >= 2 and q.kind in KINDS:
            by_digits.setdefault((q.kind, q.currency, "".join(sorted(d))), []).append(i)
    for key in sorted(by_digits):
        members = by_digits[key]
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if _candidates(qs, texts, articles, i, j) and not taken(i, j):
                    yield i, j, Relation(certain=False, why=_why(qs[i], qs[j]))


def _candidates(qs: List[Quantity], texts: Sequence[str], articles: Sequence, i: int, j: int) -> bool:
    a, b = qs[i], qs[j]
    if not transposed(a, b) or not disagree(a, b) or not likely.near(a, b):
        return False
    if a.article == b.article:
        later = b if (b.sentence, b.start) > (a.sentence, a.start) else a
        if a.sentence == b.sentence or not later.definite or not _one_thing(a, b):
            return False
    elif not likely.reports_of_one_event(articles[a.article], articles[b.article]):
        return False
    COMPARISONS.add()
    return (likely.compatible(a, b, (texts[a.article], texts[b.article])) and likely.plausible(a, b)
            and not _opposite_changes(a, b))


def _one_thing(a: Quantity, b: Quantity) -> bool:
    """Within one article: literally one counted noun, or two amounts of one
    event ("spend £420,000" ... "The £240,000 work": a cost)."""
    if a.noun is not None and a.noun == b.noun:
        return True
    return a.kind == "money" and bool(likely.own_events(a) & likely.own_events(b))


def _opposite_changes(a: Quantity, b: Quantity) -> bool:
    """True when one figure is a rise and the other a fall."""
    da, db = direction(a), direction(b)
    return da is not None and db is not None and da != db


def _why(a: Quantity, b: Quantity) -> str:
    return ("their digits are the same in another order, a common typing error, and nothing in their words makes "
            "them two quantities")
