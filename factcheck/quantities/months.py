"""The year of a month given without one, for the quantity model.

One outlet writes "the roof was last inspected in May", another "last
inspected in September 2025"; one "the site shuts in June next year",
another "will close in March 2027".  A month alone is compared by month and
day (``extras``); here it is also read as a month of a year, from the
article's date (or the story's, when a dateline gives only "Oct 15": a
dateline's day is read in the story's year by ``dateline_day``):

* "next year", "last year", "this year" after it name the year;
* a past verb before it ("was last inspected in May") puts it at the latest
  such month not after the article's date;
* nothing else: not a plan ("due to start in September" is given no year:
  plans of a story are many, and their months too easily taken for one
  another's), and never in a clause that names a year of its own ("In 2019
  the firm ... in March" is March 2019, not this year's).
"""

from __future__ import annotations

import datetime
import re
from typing import Optional, Tuple

from factcheck.extract.figures import MONTHS
from factcheck.extract.lazy import Lazy

from .verbs import is_past_verb

_RELATIVE_YEAR = Lazy(r"\s+(next|last|this)\s+year\b", re.I)
_FUTURE = Lazy(r"\b(?:will|would|shall|due|expected|plans?|planned|scheduled|set\s+to|aims?\s+to|intends?\s+to"
               r"|is\s+to|are\s+to)\b[^,;.]*$", re.I)
_LAST_WORDS = Lazy(r"[a-z]+", re.I)
_A_YEAR = Lazy(r"\b(?:1[89]|20)\d\d\b")
_CLAUSE_BREAK = Lazy(r"[,;:]|\band\b|\bbut\b")
REACH = 6
"""Words before the month read for its verb."""


def month_year(sentence: str, start: int, end: int, month: int,
               published: Optional[datetime.date]) -> Optional[Tuple[int, bool]]:
    """(year, whether it is to come) of the month at [start, end) of
    ``sentence``, or None when its words do not say (see the module
    documentation)."""
    if published is None:
        return None
    m = _RELATIVE_YEAR.match(sentence, end)
    if m:
        year = published.year + {"next": 1, "last": -1, "this": 0}[m.group(1).lower()]
        return year, year > published.year
    before = sentence[max(0, start - 80):start]
    clause = before[max((b.end() for b in _CLAUSE_BREAK.finditer(before)), default=0):]
    if _A_YEAR.search(clause):
        return None
    if _FUTURE.search(before):
        return None
    if any(is_past_verb(w) for w in _LAST_WORDS.findall(before)[-REACH:]):
        return (published.year if month <= published.month else published.year - 1), False
    return None


_DATELINE = Lazy(r"[A-Z][A-Za-z .'-]+,\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b")


def dateline_day(article, story_date: Optional[datetime.date]) -> Optional[datetime.date]:
    """The day a dateline gives without a year ("STENNARD, Aug 17 (Stennard
    Echo) --"), in the year that puts it nearest the story's date; None
    without either."""
    if story_date is None:
        return None
    start = article.body_start
    m = _DATELINE.search(article.content, start, start + 200)
    if m is None:
        return None
    month, day = MONTHS[m.group(1).lower()], int(m.group(2))
    days = []
    for year in (story_date.year - 1, story_date.year, story_date.year + 1):
        try:
            days.append(datetime.date(year, month, day))
        except ValueError:
            continue
    return min(days, key=lambda d: abs((d - story_date).days)) if days else None
