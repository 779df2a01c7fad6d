"""A weekday in a report's lead, read as the day of the news event.

A lead states the news, and says when it happened or will happen more
often by its weekday than by its date: "was bitten by two dogs in Cobwell
Park on Sunday afternoon", "will reopen on Monday after a refurbishment",
"will cut prices on 450 products from Monday".  Another outlet's lead
gives the same day as a date ("was attacked there on 9 August", "reopens
on 19 October").  The weekday is read against the report's own date: the
last such day (the same day included) when its clause is in the past, the
next one (not the same day, which may be today or a week ahead) when it is
to come (``tense``).

``extras.weekday_dates`` already reads a weekday after a past "-ed" verb
anywhere in an article, compared only with a date of the same verb.  Here
every other weekday of the lead is read, whatever its verb, and it is
compared only as the one date of its lead with the one date of the other
report's lead (``likely``); it carries no event class (``relate`` never
joins it to a date by its words: an article names many days that way),
only its words, which keep two leads' events apart (``apart``).  Not a
weekday of speech ("the council said on Tuesday"), a deadline ("by
Friday"), nor a night ("on Saturday night" runs into Sunday).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from functools import lru_cache
from typing import Collection, FrozenSet, Iterator, Optional, Tuple

from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import read_list
from factcheck.model import Analysis

from . import words
from .describe import _SAID, Quantity
from .extras import _extra
from .verbs import is_past_verb

NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LEAD_WEEKDAY = Lazy(r"\b(?:on|from)\s+(" + "|".join(NAMES) + r")\b(?!\s*,?\s*\d)(?!\s+(?:the\s+)?\d)"
                     r"(?!\s+(?:night|overnight)\b)")
_WORD = Lazy(r"[A-Za-z']+")
_FUTURE = frozenset({"will", "'ll", "shall", "would", "due", "expected", "scheduled", "planned"})
"""Words that put what follows to come ("will reopen", "is due to open")."""
_PAST = frozenset({"was", "were", "had", "has", "have", "did"})
_PRESENT = frozenset({"is", "are"})
_LINKS = frozenset({"be", "been", "to", "not", "also", "now", "then", "finally"})
"""Words between an auxiliary and its verb ("will be relit", "were told to
leave" reads "told")."""


@lru_cache(maxsize=1)
def _past_forms() -> FrozenSet[str]:
    return frozenset(w for line in read_list("quantity_past_forms") for w in line.split())


def tense(before: str) -> Optional[str]:
    """"past", "future" or None for the clause that ends at a date (its
    sentence up to the date): the verb nearest before the date decides,
    with the auxiliary before it ("will cut prices ... from Monday" is to
    come, "were told to leave" is past); a present tense of an event verb
    ("reopens on 19 October") or a progressive ("is lowering prices from 9
    March") is a plan.  Capitalised words are names and are skipped."""
    toks = [w for w in _WORD.findall(before) if w.islower() or w in ("I",)]
    for k in range(len(toks) - 1, -1, -1):
        w = toks[k]
        if w in _FUTURE:
            return "future"
        if w in _PAST:
            return "past"
        if w in _PRESENT:
            return "future" if k + 1 < len(toks) and (toks[k + 1] == "to" or toks[k + 1].endswith("ing")) else None
        if _verb_past(w):
            return "future" if _aux_before(toks, k) in _FUTURE | {"to"} else "past"
        if _present(toks, k):
            return "future"  # "reopens on 19 October": a timetable's present
    return None


def _present(toks, k: int) -> bool:
    """True when the word at ``k`` is an event verb in the present ("unit,
    reopens"), not a plural noun after a verb, a determiner or a
    preposition ("appointed administrators", "the closures")."""
    w = toks[k]
    if not (w.endswith("s") and not w.endswith("ss") and words.event_classes(w, "date")):
        return False
    return k == 0 or not (_verb_past(toks[k - 1]) or toks[k - 1] in words.function_words())


def _verb_past(w: str) -> bool:
    return is_past_verb(w) or w in _past_forms()


def _aux_before(toks, k: int) -> str:
    """The word before the verb at ``k``, past "be", "to", "not" ...; "to"
    itself when it stands right before the verb ("to leave")."""
    j = k - 1
    while j >= 0 and toks[j] in _LINKS and toks[j] != "to":
        j -= 1
    return toks[j] if j >= 0 else ""


def day_of(name: str, published: datetime.date, when: str) -> Optional[datetime.date]:
    """The day a weekday names in a report of ``published``: the last such
    day (the same day included) for the past, the next one for what is to
    come (None when it is the report's own day: today, or a week ahead)."""
    idx = NAMES.index(name)
    if when == "past":
        return published - datetime.timedelta(days=(published.weekday() - idx) % 7)
    ahead = (idx - published.weekday()) % 7
    return published + datetime.timedelta(days=ahead) if ahead else None


def lead_weekdays(an: Analysis, ai: int, published: Optional[datetime.date], lead: int,
                  taken: Collection[int]) -> Iterator[Quantity]:
    """The weekdays of article ``an``'s lead (sentence ``lead``) that no
    other reading gave (``taken``: the start of each date already read), as
    dates without a year and without event classes (see the module
    documentation)."""
    if published is None or lead < 0 or lead >= len(an.sentences):
        return
    sent = an.sentences[lead]
    text = an.article.content[sent.start:sent.end]
    for m in _LEAD_WEEKDAY.finditer(text):
        if sent.start + m.start(1) in taken or _SAID.search(text, 0, m.end() - len(m.group(1))):
            continue
        when = tense(text[:m.start()])
        day = None if when is None else day_of(m.group(1), published, when)
        if day is None:
            continue
        n = float(day.toordinal())
        q = _extra(an, ai, lead, text, m.start(1), m.end(1), "month", n, n)
        yield replace(q, events=frozenset(), modal=when == "future")


def apart(a: Quantity, b: Quantity, texts: Tuple[str, str]) -> bool:
    """True when a lead's weekday and the other lead's date cannot be one
    event's: one is past and the other to come, or the words before them
    name two events ("fire broke out on Sunday" / "reopened on 12
    February")."""
    ta, tb = (tense(_before(t, q)) for q, t in ((a, texts[0]), (b, texts[1])))
    if ta is None or ta != tb:
        return True
    ca, cb = _classes(a), _classes(b)
    return bool(ca and cb and not ca & cb and not words.one_family(ca, cb, "date"))


def _before(text: str, q: Quantity) -> str:
    """The words of ``q``'s sentence before it (``text``: its article)."""
    start = max(text.rfind(". ", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    return text[start:q.start]


def _classes(q: Quantity) -> FrozenSet[str]:
    """A date's event classes, those of its words for a lead's weekday."""
    found = set(words.event_classes_of(q.events))
    for w in q.event_words:
        found |= words.event_classes(w, "date")
    return frozenset(found - words.settings_for("date"))
