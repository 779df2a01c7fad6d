"""What a span of time or a date is of, for the quantity model (``describe``,
``extras``): ``span_events``, the noun a hyphenated span qualifies or the
subject of "lasted", "took", "ran" (named by its ``stem``); ``date_events``,
the happening a date is the previous occurrence of ("the last big fall")
and whether something takes effect then ("from 1 April"); ``in_days``, a
length of time as days of the calendar ("six weeks" to the nearest week,
"five working days" a calendar week).
"""

from __future__ import annotations

import re
from typing import FrozenSet, List, Optional, Tuple

from factcheck.extract.figures import TIME_WORDS
from factcheck.model import Figure
from factcheck.extract.lazy import Lazy

from . import effects, words
from .verbs import base

_SPAN_OF = Lazy(r"\s+of\s+([a-z]{4,})\b")
_SPAN_AFTER = Lazy(r"\s+([a-z]+)(?:\s+of\s+(?:the\s+)?([a-z]+))?")
_SPAN_VERB = Lazy(r"\b([a-z]+)(?:\s+([a-z]+))?(?:\s*,\s*which)?\s+(?:has\s+|had\s+|was\s+|will\s+|would\s+"
                        r"|(?:is|are|was|were)\s+(?:expected|due|likely|set)\s+to\s+)?(?:lasted|lasts|lasting|last|took|takes"
                        r"|take|ran|runs|running|run|went\s+on|continued)\s+(?:for\s+)?(?:about\s+|nearly\s+|almost\s+"
                        r"|more\s+than\s+|over\s+|some\s+|just\s+)?$", re.I)


_SPAN_FOR = Lazy(r"\b([a-z]+ed|[a-z]+t)\s+for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+"
                       r"|some\s+|just\s+)?$", re.I)


_REOPENED_AFTER = Lazy(r"\breopen(?:s|ed|ing)?\b[^.;]{0,40}?\bafter\s+(?:about\s+|nearly\s+|almost\s+"
                       r"|more\s+than\s+|over\s+|some\s+|just\s+)?$", re.I)


def span_events(sentence: str, start: int, end: int, text: str) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """What a duration is the length of, as (classes, words): the noun a
    hyphenated span qualifies ("a two-day flushing of the mains", "the
    48-hour stoppage") or the subject of "lasted", "took", "ran" ("the
    stoppage lasted three days", "flushing the mains took four days").  A
    noun of an event class gives that class; any other noun stands for
    itself ("span:flushing"), so two outlets naming the same thing match
    whatever verb they use."""
    found: List[str] = []
    if "-" in text:
        m = _SPAN_AFTER.match(sentence, end)
        if m:
            found += [w for w in m.groups() if w]
    m = _SPAN_FOR.search(sentence, max(0, start - 40), start)
    if m:
        found.append(m.group(1))  # "burned for nine days", "closed for six weeks"
    m = _SPAN_OF.match(sentence, end)
    if m:
        found.append(m.group(1))  # "after two years of talks", "six weeks of repairs"
    if _REOPENED_AFTER.search(sentence, max(0, start - 60), start):
        found.append("closure")  # "the M47 reopened after nine hours": how long it was closed
    m = _SPAN_VERB.search(sentence, max(0, start - 60), start)
    if m:
        clause = sentence[max(0, m.start() - 30):m.start()].split()[-3:]
        found += [g for g in m.groups() if g] + [w.strip(",;") for w in clause if w.strip(",;").isalpha()]
    classes, named = set(), set()
    for w in found:
        if not w.islower():
            if not sentence.lstrip().startswith(w + " "):
                continue  # a name ("the Orme Quay outage"), not what lasted
            w = w.lower()
        if w in words.function_words() or w in words.common() or len(w) < 4:
            continue
        named.add(w)
        classes.update(words.event_classes(w, "duration") or {"span:" + stem(w)})
    return frozenset(classes), frozenset(named)


_NOUN_ENDINGS = ("ation", "ment", "age", "ure", "ion", "ing")


def stem(word: str) -> str:
    """A word without its plural, past, or noun ending, so that the verb and
    the noun of one happening name one span: "shortage" / "short", "closure"
    / "closed", "flushing" / "flushed"."""
    w = base(word)
    for ending in _NOUN_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            w = w[: -len(ending)]
            break
    if w.endswith("at") and len(w) >= 6:
        w = w[:-2]  # "excavated" -> "excav", as "excavation"
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "stoppage" -> "stop", as "stopped"
    return w


_PREVIOUS_CUES = frozenset({"last", "previous", "prior", "earlier"})
_CLAUSE_BEFORE = Lazy(r"[^;:.!?\u2014]{0,90}$")
_TOKEN = Lazy(r"[A-Za-z'\u2019-]+")
CUE_REACH = 12
"""Words before a date read for "the last <noun>" or "first <noun> ... since"."""


def previous_of(sentence: str, start: int) -> Optional[str]:
    """The event a date is the previous occurrence of, as its noun, or None:
    "the last big fall there was in 2016", "the last storm this strong
    struck the bay in January 2014" (the noun after "last", "previous",
    "prior" or "earlier"), "the first strike by refuse staff since 2019"
    (after "first", when "since" stands right before the date).  Two such
    dates of one noun date one happening, the one before the story's."""
    m = _CLAUSE_BEFORE.search(sentence, max(0, start - 90), start)
    toks = [t.lower() for t in _TOKEN.findall(m.group() if m else "")][-CUE_REACH:]
    since = bool(toks) and toks[-1] == "since"
    for i in range(len(toks) - 1, -1, -1):
        if toks[i] in _PREVIOUS_CUES or since and toks[i] == "first":
            # "The ban is the first since 2018": the noun stands before "first"
            return _head(toks[i + 1:]) or (_head(_subject(toks[:i])) if toks[i] == "first" else None)
    return None


def _subject(before):
    """The last word before "(is|was) the first" that is no function word,
    as a run for ``_head``: "The ban is the" -> ["ban"]."""
    words_ = [w for w in before if w not in words.function_words()]
    return words_[-1:]


def _head(after) -> Optional[str]:
    """The noun of the words after a cue: the last word before a function
    word, common words left out ("big fall there" -> "fall");
    a time ("last year", "last March") is no happening."""
    run = []
    for w in after:
        if w in words.function_words() or (run and w.endswith("ed")):
            break
        if w not in words.common():  # "the last big fall": "big" says nothing
            run.append(w)
    if not run or run[-1] in _PERIODS or run[-1] in TIME_WORDS:
        return None
    return run[-1]


_PERIODS = frozenset({"year", "years", "week", "weeks", "month", "months", "night", "time", "times", "season",
                      "summer", "winter", "spring", "autumn", "weekend", "decade", "century"})
"""Periods after "last" that are no happening ("last year"); months and
weekdays are figure extraction's TIME_WORDS."""


_FROM = Lazy(r"\b(?:from|effective|(starting|beginning)(?:\s+(?:on|from))?)\s+$", re.I)
_UNTIL = Lazy(r"\s*(?:to|until|till|through)\b", re.I)


def takes_effect(sentence: str, start: int, end: int) -> bool:
    """True when a date is when something takes effect: "from 1 April",
    "effective 1 May" (not one end of a range, "from 1 April to 3 May")."""
    return _effective(sentence, start, end) is not None


def _effective(sentence: str, start: int, end: int) -> "Optional[re.Match[str]]":
    """The words before a date that make it when something takes effect
    (``takes_effect``), or None; group 1 is the participle that says
    "from" ("starting on 1 June", "beginning in May"), which names no event
    of its own."""
    m = _FROM.search(sentence, max(0, start - 20), start)
    return m if m and not _UNTIL.match(sentence, end) else None


def date_events(text: str, s: int, e: int, events: FrozenSet[str], ev_words: FrozenSet[str]):
    """A date's events and words with the happening it is the previous
    occurrence of ("the last major fall was in January 2014":
    "previous:fall"), if any (``spans.previous_of``), and the setting
    ``EFFECTIVE`` when something takes effect then ("from 1 April")."""
    noun = previous_of(text, s)
    if noun:
        events, ev_words = events | {"previous:" + base(noun)}, ev_words | {noun}
    events = effects.of_change(text, s, events)  # "will rise to £4 in November": when the rise takes effect
    m = _effective(text, s, e)
    if m is None:
        return events, ev_words
    word = m.group(1) and m.group(1).lower()
    if word and word in ev_words:  # "starting on 1 June" is "from 1 June": its class is no event, unless another word's
        others = frozenset().union(*(words.event_classes(w, "date") for w in ev_words - {word}))
        events, ev_words = events - (words.event_classes(word, "date") - others), ev_words - {word}
    return events | {EFFECTIVE}, ev_words


EFFECTIVE = effects.EFFECTIVE
"""The setting class of a date when something takes effect ("from 1
April"): two such dates are one when neither names an event of its own."""


_DAYS = {"day": (1.0, 1.0), "week": (7.0, 7.0), "fortnight": (14.0, 14.0), "month": (28.0, 31.0),
         "year": (365.0, 366.0), "decade": (3650.0, 3653.0), "hour": (1 / 24, 1 / 24), "minute": (1 / 1440, 1 / 1440)}


def in_days(f: Figure) -> Tuple[Optional[float], Optional[float]]:
    """The interval a figure gives, a length of time in days (None, None
    for a length whose unit is not a calendar one); other figures as read."""
    if f.unit != "duration":
        return f.low, f.high
    lo_day, hi_day = _DAYS.get(f.counts or "", (None, None))
    if lo_day is None:
        return None, None
    lo, hi = f.low, f.high
    if f.counts == "week" and lo is not None and lo == hi and lo >= 3 and lo == int(lo):
        return lo * 7 - 3, hi * 7 + 3  # "six weeks" is said of 40 days as readily as of 42: to the nearest week
    if f.counts == "day" and _WORKING.search(f.text):
        hi_day = 7 / 5  # "five working days" is a week of the calendar, five days at the least
    return (lo * lo_day if lo is not None else None), (hi * hi_day if hi is not None else None)


_WORKING = Lazy(r"\b(?:working|business)\s+days?\b", re.I)
