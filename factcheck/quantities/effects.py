"""The date a change to come takes effect, for the quantity model.

One outlet writes "Parking will cost £4 an hour from 1 October", another
"The hourly fee will rise to £4 in November"; one "The new rates apply
from 1 April", another "Bills will rise from May".  A date after "from"
is when something takes effect (``spans.EFFECTIVE``, a setting: two such
dates are one when neither names an event of its own).  A rise to come is
a change that takes effect on its date, whether the date follows "from" or
"in": so the date of a rise to come is also a date of taking effect
(``of_change``), and a date of taking effect that names no event is one
with a date of a rise to come (``one_change``), the change the other report
names, when each is the only date of taking effect of its report
(``effective.pairs``: "the timetable starts from 12 May, and fares will rise from
June" dates two changes).  Not a rise that has happened ("fees rose in
April": the past of the story, not its change) nor a date that names
another event ("the pool reopens from 1 May").
"""

from __future__ import annotations

import re
from typing import FrozenSet

from factcheck.extract.lazy import Lazy

from . import words

CHANGES = frozenset({"increase"})
"""Event classes of a change that takes effect on its date."""

EFFECTIVE = "effective"  # spans.EFFECTIVE (spans imports this module)

_TO_COME = Lazy(r"\b(?:will|would|shall|due|expected|set\s+to|is\s+to|are\s+to|plans?\s+to|planned\s+to)\b"
                r"[^,;.]*$", re.I)
"""Words before a date that put its clause to come ("will rise to £4 in")."""
_ON = Lazy(r"\b(?:in|on|from)\s+$", re.I)
"""The word right before a date of the change itself (not "in the fiscal
year ending March 31": the end of a period the change is counted over)."""
_REACH = 80


def of_change(text: str, start: int, events: FrozenSet[str]) -> FrozenSet[str]:
    """``events`` of the date at ``start`` of sentence ``text``, with
    ``EFFECTIVE`` when it dates a rise to come ("The fee will rise to £4 in
    November")."""
    if (events & CHANGES and _ON.search(text, max(0, start - 6), start)
            and _TO_COME.search(text, max(0, start - _REACH), start)):
        return events | {EFFECTIVE}
    return events


def one_change(a, b) -> bool:
    """True when of two dates of taking effect one names no event and the
    other only a change (``CHANGES``), besides settings."""
    own_a, own_b = _own(a.events), _own(b.events)
    return not (own_a and own_b) and bool(own_a | own_b) and (own_a | own_b) <= CHANGES


def _own(events: FrozenSet[str]) -> FrozenSet[str]:
    return words.event_classes_of(events) - settings()


def settings() -> FrozenSet[str]:
    return words.settings_for("date")
