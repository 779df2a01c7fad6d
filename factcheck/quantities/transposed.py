"""Transposed figures: two figures of one story whose significant digits
are the same in another order ("spend £420,000" ... "The £240,000 work",
"£84 million" / "£48m").

A transposition is the commonest typing error in a figure, and copy desks
check for it by eye.  When nothing in the two figures' words makes them two
quantities (``likely.compatible``: the same kind and currency, nouns of one
kind, the same roles, no clash of times, events or names, not a rise
against a fall; ``likely.plausible``: values within ``likely.FACTOR``, and
shares and amounts sharing some context), the transposed digits are taken
as a sign that one of them is mistyped: the pair is reported at ``info``
with both sentences, and the message says why.  Within one article the
later figure must also be definite ("The £240,000 work": a phrase that
refers back) and count literally the same noun, or be an amount of the
same event.

Figures written with one number of at least two significant digits are
read; separators and leading or trailing zeros do not count ("£4.8
million" and "£840,000" are "48" and "84"), and two equal digit strings
are no transposition (they agree or differ only in scale).
"""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from factcheck.extract.numbers import parse_words
from factcheck.rules.base import COMPARISONS

from . import likely, words
from .describe import Quantity
from .relate import Relation, disagree

KINDS = ("count", "money", "percent", "duration", "date")
"""The kinds of figure read (not a ratio read from a share, a time of day or a
span back from the report)."""
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def digits(text: str) -> Optional[str]:
    """The significant digits of the one number a figure's text holds
    ("£4.8 million" -> "48", "1,100" -> "11", "Thirty-one people" -> "31"),
    or None when it holds none or several."""
    found = _NUMBER.findall(text)
    if not found:
        value = parse_words(text.split()[0]) if text.split() else None  # a count in words opens its text
        found = [str(int(value))] if value is not None and value == int(value) else []
    if len(found) != 1:
        return None
    return re.sub(r"\D", "", found[0]).lstrip("0").rstrip("0") or None


def pairs(qs: List[Quantity], texts: Sequence[str], articles: Sequence, taken) -> Iterator[Tuple[int, int, Relation]]:
    """Pairs of quantities (indexes into ``qs``) whose digits are transposed,
    whose values disagree and that nothing makes two quantities (see the
    module documentation); ``taken(i, j)`` is true for pairs already
    reported or decided, which are skipped."""
    read = {i: digits(q.text) for i, q in enumerate(qs) if q.kind in KINDS}
    by_digits: Dict[Tuple[str, str, str], List[int]] = {}
    for i, d in read.items():
        if d is not None and len(d) >= 2:
            by_digits.setdefault((qs[i].kind, qs[i].currency, "".join(sorted(d))), []).append(i)
    for key in sorted(by_digits):
        members = by_digits[key]
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                # one bucket, one set of digits: equal strings ("48" / "48") are no transposition
                if read[i] != read[j] and _candidates(qs, texts, articles, i, j) and not taken(i, j):
                    yield i, j, Relation(certain=False, why=_WHY)


def _candidates(qs: List[Quantity], texts: Sequence[str], articles: Sequence, i: int, j: int) -> bool:
    """True when figures ``i`` and ``j`` disagree, are near, and may be one
    quantity (see the module documentation)."""
    a, b = qs[i], qs[j]
    if not disagree(a, b) or not likely.near(a, b):
        return False
    if a.article == b.article:
        later = b if (b.sentence, b.start) > (a.sentence, a.start) else a
        if a.sentence == b.sentence or not later.definite or not _one_thing(a, b):
            return False
    elif not likely.reports_of_one_event(articles[a.article], articles[b.article]):
        return False
    COMPARISONS.add()
    return likely.compatible(a, b, (texts[a.article], texts[b.article])) and likely.plausible(a, b)


def _one_thing(a: Quantity, b: Quantity) -> bool:
    """Within one article: one counted noun or two words for it ("46
    containers" ... "the 64 lost containers", "112 assaults" ... "The 211
    attacks"), or two figures of one event ("spend £420,000" ... "The
    £240,000 work": a cost; "Thirty-one people were evacuated" ... "The 13
    evacuees")."""
    if a.noun is not None and a.noun == b.noun or words.synonyms(a.noun, b.noun) or likely.mark_names(a, b):
        return True
    return bool(likely.own_events(a) & likely.own_events(b))


_WHY = ("their digits are the same in another order, a common typing error, and nothing in their words makes them "
        "two quantities")
