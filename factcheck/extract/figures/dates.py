"""Dates as figures: "May 4", "14 May 2022", "March 2026", with the event
the sentence names near them and frames for their role ("until", "from"),
tense ("future") and hedging."""

from __future__ import annotations

import calendar
import datetime
import re
from typing import List, Optional, Tuple

from factcheck.model import Figure

from ..lazy import Lazy
from . import patterns as P
from .scan import Scan
from .words import events

EVENT_WINDOW = 80
"""A date's event must be named within this many characters of it."""

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
DATE_ROLES = {"until": "until", "till": "until", "through": "until", "by": "by", "before": "before",
              "after": "after", "from": "from", "since": "from", "starting": "from", "beginning": "from",
              "effective": "effective", "to": "to"}
"""The word before a date -> its role ("until May 4" is not the date of the event)."""


def dates(scan: Scan) -> List[Figure]:
    """The dates in the sentence, each span taken."""
    text = scan.text
    if not P.MONTH.search(text):
        return []
    found = list(P.DATE.finditer(text))
    future = bool(found) and bool(P.FUTURE.search(text))
    repeat = bool(found) and bool(P.REPEAT.search(text))
    out = []
    for m in found:
        fig = _date(m, scan, future and _future_clause(text, m.start(), m.end()), repeat)
        if fig is not None:
            out.append(fig)
            scan.taken.append(m.span())
    return out


def _future_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause of the date at ``[start, end)`` is about what is
    to come: a future word in it, not in a clause a subordinator ("after",
    "because", "until" ...) sets apart ("Dogs will have to be kept on leads
    after a boy was attacked on 9 August": the attack is past).  A clause a
    subordinator opens at the sentence's start ends at its first comma."""
    opening = max((m for m in P.SUBORDINATE.finditer(text, 0, start)), key=lambda m: m.end(), default=None)
    lo = opening.end() if opening else 0
    after = P.SUBORDINATE.search(text, end)
    hi = after.start() if after else len(text)
    if opening is not None and not text[:opening.start()].strip():
        comma = text.find(",", end)
        hi = min(hi, comma) if comma >= 0 else hi
    return P.FUTURE.search(text, lo, hi) is not None


def _day_range(m, year: Optional[int]) -> Optional[Tuple[float, float, bool]]:
    """(first day, last day, whether a day is given) as ordinals, or None
    for a date that does not exist."""
    month = m.group("m1") or m.group("m2") or m.group("m3")
    day = m.group("d1") or m.group("d2")
    y = m.group("y1") or m.group("y2") or m.group("y3")
    mi = MONTHS.get(month.lower().rstrip("."))
    if not mi:
        return None
    yr = int(y) if y else (year or 2000)
    try:
        if day:
            d = float(datetime.date(yr, mi, int(day)).toordinal())
            return d, d, True
        return (float(datetime.date(yr, mi, 1).toordinal()),
                float(datetime.date(yr, mi, calendar.monthrange(yr, mi)[1]).toordinal()), False)
    except ValueError:
        return None


def _date(m, scan: Scan, future: bool, repeat: bool) -> Optional[Figure]:
    days = _day_range(m, scan.year)
    if days is None:
        return None
    low, high, has_day = days
    text = scan.text
    frames = []
    pm = P.ROLE_BEFORE.search(text[max(0, m.start() - 30):m.start()])
    role = pm.group(1).lower() if pm else ""
    if role in DATE_ROLES:
        frames.append(DATE_ROLES[role])
    if P.EFFECTIVE.search(text):
        frames.append("effective")
    if _hedged(text) or P.OR_BEFORE.search(text[:m.start()]) or P.OR_AFTER.match(text[m.end():]):
        frames.append("hedged")
    if future:
        frames.append("future")
    if repeat:
        frames.append("repeat")
    s, e = m.span()
    return scan.figure(s, e, low, "date", frames, bound="exact" if has_day else "between", low=low, high=high,
                       counts=event(text, s, e))


def _hedged(text: str) -> bool:
    """Whether a sentence hedges its dates ("could reopen in 2027", "the next
    hearing is expected on 6 January"); what someone expects to do is a
    plan, as what is due is ("Trustees expect the house to reopen in
    September 2027" / "is due to reopen in March 2028")."""
    planned = _EXPECT_TO.search(text) is not None
    return any(not (planned and m.group().lower() in _EXPECT) for m in P.HEDGED.finditer(text))


_EXPECT = frozenset({"expect", "expects", "expected", "expecting"})
_EXPECT_TO = Lazy(r"\bexpect(?:s|ed|ing)?\b[^.;]{0,60}?\bto\s+[a-z]+", re.I)


def event(text: str, s: int, e: int) -> Optional[str]:
    """The event named nearest to the date at [s, e) in its sentence."""
    names = events()
    best, dist = None, None
    # Only tokens within EVENT_WINDOW of the date count.  No token holds a
    # space, so the tokens read from just after a space up to a space are
    # those the whole sentence has there.
    lo = text.rfind(" ", 0, max(0, s - EVENT_WINDOW)) + 1
    hi = text.find(" ", e + EVENT_WINDOW)
    for t in P.TOKEN.finditer(text, lo, len(text) if hi < 0 else hi):
        name = names.get(t.group().lower())
        if name is None:
            continue
        d = s - t.end() if t.end() <= s else t.start() - e
        if 0 <= d <= EVENT_WINDOW and (dist is None or d < dist):
            best, dist = name, d
    return best
