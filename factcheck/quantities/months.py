"""The year of a month given without one, and the months of a part of a
year ("by the end of 2027"), for the quantity model.

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

A year given as a part ("at the start of 2004", "by the end of 2027") is
read as the months of that part (``part_bounds``), a deadline after "by":
its event is read from the words before "the end of", never "end" or
"start" themselves (``extras``).
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


_YEAR_PART = Lazy(r"\b(by|at|in|from|until|till|before|after|towards?)\s+the\s+(start|beginning|end|middle)\s+of\s+$",
                  re.I)
"""A part of a year before it ("by the end of 2027", "at the start of
2004", "in the middle of 2025")."""
_PART_MONTHS = {"start": (1, 4), "beginning": (1, 4), "middle": (4, 9), "end": (9, 12)}
"""The months a part of a year takes in (read loosely: "the end of 2027" is
said of October as readily as of December)."""


def year_part(content: str, start: int) -> Optional[Tuple[str, str]]:
    """(the word before the part, the part) of the year at ``start`` given
    as a part ("by the end of 2027" -> ("by", "end")), or None."""
    m = _YEAR_PART.search(content, max(0, start - 40), start)
    return None if m is None else (m.group(1).lower(), m.group(2).lower())


def part_bounds(year: int, part: Tuple[str, str]) -> Tuple[Optional[float], float]:
    """The days a part of ``year`` spans, as day numbers: "the start of
    2004" January to April; "by the end of 2027" no earlier end (a
    deadline: any earlier day keeps it) and the last day of the year."""
    word, name = part
    first, last = _PART_MONTHS[name]
    end = datetime.date(year + last // 12, last % 12 + 1, 1) - datetime.timedelta(days=1)
    lo = None if word == "by" or word == "before" else float(datetime.date(year, first, 1).toordinal())
    return lo, float(end.toordinal())
