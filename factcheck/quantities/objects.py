"""Events that only happen to people, for the quantity model (``describe``).

The verbs of job cuts ("axe", "shed", "lose") say that jobs went only when
what they act on is people or their posts ("axe 300 staff", "shed 1,600
roles"); "axe 26 trains a day" cuts services, and "62 plot-holders have
been given 12 weeks to clear their sheds" counts no job lost ("sheds" is a
noun there).  A count whose noun names things, not people, keeps no event
of ``PEOPLE_EVENTS`` (a count with no noun keeps it: "shed 400" is read
with the story's jobs).
"""

from __future__ import annotations

from typing import FrozenSet, Optional, Tuple

from . import words

PEOPLE_EVENTS = frozenset({"jobs"})
"""Event classes whose figure is a count of people or of their posts."""


def of_people(noun: Optional[str]) -> bool:
    """True when a counted noun names people or their posts ("staff",
    "roles", "festival-goers"); None (no noun) is taken for people."""
    if noun is None:
        return True
    people = words.people_classes()
    return words.noun_class(noun) in people or bool(words.classes_of(noun) & people)


def things_done_to(kind: str, noun: Optional[str], events: FrozenSet[str],
                   ev_words: FrozenSet[str]) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """``events`` and ``ev_words`` of a figure without the events of
    ``PEOPLE_EVENTS`` (and the words that name only them) when the figure
    counts things ("26 trains"), not people."""
    if kind != "count" or not events & PEOPLE_EVENTS or of_people(noun):
        return events, ev_words
    kept = frozenset(w for w in ev_words if not words.event_classes(w, kind) <= PEOPLE_EVENTS)
    return events - PEOPLE_EVENTS, kept
