"""Rates said at the end of a figure's clause, for the quantity model
(``describe``).

``describe`` reads "a day", "per crossing" within a few words after a
figure ("2,400 passengers a day").  A rate may also close the clause whose
subject or object the figure is, after a longer verb phrase: "About 900
cattle pass through the sale ring each week, along with ...", "some 3,000
swimmers use the old baths every week."  Only "each", "every" and "per"
are read so far (not "a", which also makes a length of time: "in a week"),
only when they end the clause (punctuation or the sentence's end follows),
and only with no other figure, no clause word and no punctuation between.

A rate adjective that makes the figure a rate ("38 daily services") is no
word that narrows what is counted when the other figure is a rate of the
same period ("26 trains a day"): ``rate_marks``.
"""

from __future__ import annotations

import re
from typing import FrozenSet, Optional

from factcheck.extract.lazy import Lazy

REACH = 60
"""Characters after a figure within which its clause's closing rate is read."""

_CLAUSE_RATE = Lazy(r"(?:\s+(?!(?:and|but|or|which|who|that|than|after|before|since|when|while|because|until"
                    r"|where|if|as)\b)[A-Za-z][\w'-]*){1,8}?\s+(?:each|every|per)\s+"
                    r"(day|week|weekday|month|year|night|shift|season)(?=\s*(?:[.,;:)]|$))", re.I)

ADJECTIVES = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year",
              "hourly": "hour", "nightly": "night"}


def clause_rate(sentence: str, end: int) -> Optional[str]:
    """The period a rate that closes the figure's clause is given per
    ("day" for "pass through the sale ring each week" ... "week"), or None."""
    m = _CLAUSE_RATE.match(sentence[:end + REACH], end)
    if m is None:
        return None
    word = m.group(1).lower()
    return "day" if word == "weekday" else word


def rate_marks(marks: FrozenSet[str], times: FrozenSet[str]) -> FrozenSet[str]:
    """The marks ("+daily") of a figure whose rate the other figure's
    ``times`` also give ("per:day"): no narrowing of the counted noun."""
    return frozenset(m for m in marks if "per:" + ADJECTIVES.get(m.lstrip("+"), "-") in times)
