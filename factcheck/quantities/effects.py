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
names.  Not a rise that has happened ("fees rose in April": the past of
the story, not its change) nor a date that names another event ("the pool
reopens from 1 May").
"""

from __future__ import annotations

import re
from typing import FrozenSet

from factcheck.extract.lazy import Lazy

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


def one_change(shared: FrozenSet[str], events: FrozenSet[str], settings: FrozenSet[str]) -> bool:
    """True when two dates whose only shared class is ``EFFECTIVE`` (their
    classes together: ``events``) are one date of taking effect: besides the
    settings, only a change (``CHANGES``) is named."""
    own = {e for e in events if not e.startswith(("verb:", "previous:", "done:"))} - settings
    return shared == {EFFECTIVE} and bool(own) and own <= CHANGES
