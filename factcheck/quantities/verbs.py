"""Verbs as events of their own, for the quantity model (``describe``).

A figure whose words name no event class may still share its verb with
another outlet's figure: two dates of the same past verb ("reopened on 3
May" / "reopened on 13 May") date one event; two counts of nouns of one
class with the same verb ("1,400 children ... have been offered" / "1,200
pupils ... have been offered") count one thing.  Each such verb is an event
"verb:<base>".
"""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet, Sequence

from factcheck.extract.phrases import IRREGULAR_PAST

from . import words

WINDOW = 8
"""Words after a count read for its verb (``describe.WINDOW``)."""


_UNDOUBLED = frozenset("bgmnprt")
"""Consonants a past tense doubles ("conned", "planned", "stopped"); not d,
l, s, f or z, which stems end in too ("added", "called", "passed")."""


def base(w: str) -> str:
    """A word without its plural or past ending ("stoppages", "burned",
    "conned" -> "con")."""
    for suffix in ("ed", "s"):
        if w.endswith(suffix) and not w.endswith("ss") and len(w) > len(suffix) + 3:
            stem = w[: -len(suffix)]
            if suffix == "ed" and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in _UNDOUBLED:
                return stem[:-1]
            return stem
    return w


VERB_WINDOW = 5
_NOT_YET = frozenset({"will", "would", "to", "expected", "due", "could", "may", "might", "should", "shall",
                      "scheduled", "planned", "set"})
"""Words before a date that may hold its verb ("was arrested on", "reopened in")."""


@lru_cache(maxsize=1)
def speech_verbs() -> FrozenSet[str]:
    """Verbs of speech ("said", "added", "told"): they date no event, and a
    name before them is a speaker's."""
    from factcheck.extract.lexicon import read_list

    return frozenset(read_list("speech_verbs"))


def verb_event(before: Sequence[str]) -> FrozenSet[str]:
    """The past verb nearest before a date, as an event of its own
    ("verb:reopen"): two outlets that date the same verb date one event,
    whether or not the verb is in an event class.  Speech verbs ("said on
    Monday") date no event."""
    if any(w.lower() in _NOT_YET for w in before[-VERB_WINDOW:]):
        return frozenset()  # "is expected to begin in September", "to be played on": not yet an event
    for w in reversed(before[-VERB_WINDOW:]):
        low = w.lower()
        if low.endswith("ed") and len(low) > 4 and low not in speech_verbs() and w.islower():
            return frozenset({"verb:" + base(low)})
    return frozenset()


VERB_REACH = 8
"""Words before a bare date searched for its verb when the last few name
none ("was spotted by a dog walker in January")."""


def is_past_verb(w: str) -> bool:
    """A past verb or participle by its form: "-ed" or an irregular past."""
    return w.islower() and (w.endswith("ed") and len(w) > 4 or w in IRREGULAR_PAST)


def dated_words(before: Sequence[str], near: int) -> Sequence[str]:
    """The words before a bare year or month that name its event: the last
    ``near`` ones, reaching back to the nearest past verb (up to
    ``VERB_REACH`` words) when they hold none, past a passive's agent or the
    verb's object and a phrase ("spotted by a dog walker in January",
    "agreed the deal in principle in March", "came across the first bones
    in February").  A window that holds a verb ("A decision on the trial is
    expected in January") stays as it is."""
    window = before[-near:]
    if any(is_past_verb(w) for w in window):
        return window
    for k in range(near + 1, min(VERB_REACH, len(before)) + 1):
        if is_past_verb(before[-k]):
            return before[-k:]
    return _planned_verb(before, near) or window


_MODAL_WORDS = frozenset({"will", "would", "should", "shall", "to"})
_AUXILIARIES = frozenset({"be", "not", "have", "been", "finally"})


def _planned_verb(before: Sequence[str], near: int) -> Sequence[str]:
    """The words from the verb of a plan before a bare month or year, when
    the last ``near`` words hold none ("will close seven front counters at
    its stations by the end of March", "is to shut the mill in September"):
    the verb after "will", "would", "to" ..., up to ``VERB_REACH`` words
    back; empty without one."""
    for k in range(near + 1, min(VERB_REACH, len(before)) + 1):
        w, prev = before[-k], [x.lower() for x in before[max(0, len(before) - k - 2):len(before) - k]]
        if w.islower() and w not in _AUXILIARIES and prev and (prev[-1] in _MODAL_WORDS or
                                                               prev[-1] in _AUXILIARIES and len(prev) > 1
                                                               and prev[-2] in _MODAL_WORDS):
            return before[-k:]
    return ()


COUNT_VERB_WINDOW = 5
"""Words before a count read for its verb ("told about 900 tenants"); after
it, the window's ("1,400 children at the three schools have been offered")."""


def count_verbs(sides) -> FrozenSet[str]:
    """The past verbs or participles around a count of a named noun, each an
    event of its own ("verb:offer"), which ``relate`` accepts only between
    two different nouns of one class ("1,400 children ... have been offered"
    / "1,200 pupils ... have been offered").  Speech verbs and capitalised
    words name no event."""
    before, after = sides
    out = set()
    for w in before[-COUNT_VERB_WINDOW:] + after[:WINDOW]:
        if w.endswith("ed") and len(w) > 4 and w.islower() and w not in speech_verbs() and w not in words.common():
            out.add("verb:" + base(w))
    return frozenset(out)


def governed(before: Sequence[str], kind: str) -> FrozenSet[str]:
    """The setting class of the verb right before a count, as an event of
    its own ("done:closure"): "will shut 42 branches" counts what is shut,
    where "900 people signed a letter against the closure" only has the
    story's closure as its setting (``words.settings_for``)."""
    if not before:
        return frozenset()
    listed = words.events().lookup(before[-1].lower())  # type: ignore[attr-defined]
    if listed is None:
        return frozenset()
    return frozenset(DONE + c for c in words.kind_classes(listed, kind) & words.settings_for(kind))


DONE = "done:"
"""The prefix of an event ``governed`` gives ("done:closure")."""


def done_classes(events: FrozenSet[str]) -> FrozenSet[str]:
    """The setting classes that ``events`` says were done to the count
    itself ("done:closure" -> "closure")."""
    return frozenset(e[len(DONE):] for e in events if e.startswith(DONE))
