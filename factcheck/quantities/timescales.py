"""How far apart two outlets' lengths of time of one event may be (issue 11).

``likely`` pairs figures by elimination only when their values are within
``likely.FACTOR`` (3) of each other: a figure further off is taken for
another quantity.  Lengths of time are the exception an editor knows: two
reports give the one span of an event in two neighbouring units, and the
misreport is then often more than threefold ("the advisory will last about
48 hours" / "remain in place for seven days", "out of action for 30 hours"
/ "stayed off for four days", "frozen for two years" / "a six-month
freeze", "shut for six weeks" / "could reopen in ten days").

So two lengths of time whose words name two neighbouring units of the scale
(minutes, hours, days, weeks, months, years) may be up to ``UNIT_FACTOR``
apart when both are plans or both facts; two in one unit ("five days" /
"nine days"), in units further apart ("four-hour" / "three weeks"), one a
plan and the other a fact ("had known about it for a year" / "the cuts will
last three months"), or a decade against years ("for 30 years" / "unchanged
for a decade": a decade is a round count of years, no unit slipped) keep
``likely.FACTOR``.
"""

from __future__ import annotations

import re
from typing import Optional

from .describe import Quantity

UNIT_FACTOR = 5.0
"""Two lengths of time in neighbouring units differ by less than this when
they are one span misreported ("about 48 hours" / "for seven days": 3.5)."""

_SCALE = (("minute",), ("hour",), ("day", "night"), ("week", "fortnight"), ("month",), ("year", "season"))
_UNIT = re.compile(r"\b(minute|hour|day|night|week|fortnight|month|year|season)s?\b", re.I)


def unit_step(q: Quantity) -> Optional[int]:
    """The place on the scale of the unit a length of time is said in
    ("about 48 hours" -> hours, "a week-long" -> weeks), or None."""
    m = _UNIT.search(q.text)
    if m is None:
        return None
    word = m.group(1).lower()
    return next(k for k, names in enumerate(_SCALE) if word in names)


def factor(a: Quantity, b: Quantity, base: float) -> float:
    """The factor two figures' values may differ by and still be one
    quantity: ``base``, or ``UNIT_FACTOR`` for two lengths of time in
    neighbouring units, both plans or both facts."""
    if a.kind != "duration" or b.kind != "duration" or a.modal != b.modal:
        return base
    sa, sb = unit_step(a), unit_step(b)
    return UNIT_FACTOR if sa is not None and sb is not None and abs(sa - sb) == 1 else base
