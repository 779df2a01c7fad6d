"""A date given without its year against one given with it, for the
quantity model (``relate``).

One outlet writes "the deal should complete in October", another "is
expected to complete in March 2027"; one "was due to finish in May",
another "was due for completion in July 2026".  A month or a day without a
year may be of any year, so the two can only be compared by month and day
(``relate.disagree``): two months that differ cannot be one date whatever
the year.  They are compared when

* the dated one is given to the month or the day (a bare year says no
  month: "in June" / "in 2028" never disagree), and
* it lies within half a year of where the date without a year is placed
  (in the article's year: figure extraction's days, ``extras``' months
  alone): a reader takes "in October" for the October nearest the report,
  and a dated month further away is another happening or another period,
  not one date told twice ("opened on 30 October" / "work began in March
  2023"; a wire's "from January levels" / "down from February 1986", "the
  first three quarters ended February 28" / "the full year ended May 31
  1986").
"""

from __future__ import annotations

import datetime

YEAR_DAYS = 364
"""An interval this long or longer is a year or more: no month is given."""

NEAR_DAYS = 183
"""How far (in days, middle to middle) the dated one may lie from where the
undated one is placed."""

PLACEHOLDER_YEAR = 2000
"""The year a month alone is placed in when the article gives no date: then
nothing is near it."""


def comparable(a, b) -> bool:
    """True when dates ``a`` and ``b`` (Quantities), one with a year and one
    without, may be compared by month and day (see the module
    documentation)."""
    dated, undated = (a, b) if a.has_year else (b, a)
    if dated.low is None or dated.high is None or dated.high - dated.low >= YEAR_DAYS:
        return False
    placed = undated.low if undated.low is not None else undated.high
    if placed is None or datetime.date.fromordinal(int(placed)).year == PLACEHOLDER_YEAR:
        return False
    return abs((dated.low + dated.high) / 2 - placed) <= NEAR_DAYS
