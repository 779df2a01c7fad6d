"""Which words of a sentence are a figure's own when the sentence gives
several figures (issue 11, seventh round).

A word after a figure that stands beyond the next figure of its sentence
belongs to that nearer figure: "was jailed for six years at Carlow Crown
Court on Tuesday after a nine-week trial" (the trial is what lasted nine
weeks, not six years); "paid $560 million for Tarrow Airport, which served
2.9 million travellers last year" (last year is when the travellers were
counted, not when the airport was paid for).  Only a next figure past a clause or
phrase boundary ("after", "which", a comma) ends a figure's words: one
inside its noun phrase does not ("1,200 pupils at the three affected schools
have been offered the jab").  Words before a figure are left alone: a
sentence's opening adverbial ("On Saturday, 12 people died and 40 were
hurt") and a verb shared by coordinated figures ("killed 12 people and
injured 40") reach every figure of the clause.
"""

from __future__ import annotations

import bisect
import re
from typing import Dict, FrozenSet, List, Optional, Tuple

from factcheck.extract.lazy import Lazy
from factcheck.extract.figures import CHANGED_OBJECT, TIME_UNITS
from factcheck.extract.numbers import singular
from factcheck.model import Analysis, Figure

from . import words
from .spans import stem

_BOUNDARY = Lazy(r"[,;:(]|\b(?:after|before|because|when|since|while|but|and|which|who|where|than|said|says)\b", re.I)

_last: List[object] = [None, {}]


def _starts(an: Analysis) -> Dict[int, List[int]]:
    """The start offsets of each sentence's figures, sorted (cached for the
    last article: its figures are described one after another)."""
    if _last[0] is not an:
        by: Dict[int, List[int]] = {}
        for g in an.figures:
            by.setdefault(g.sentence, []).append(g.start)
        _last[0], _last[1] = an, {k: sorted(v) for k, v in by.items()}
    return _last[1]  # type: ignore[return-value]


def next_start(an: Analysis, f: Figure) -> Optional[int]:
    """The offset (in the article) where the next figure of ``f``'s sentence
    starts, or None when ``f`` is its sentence's last figure."""
    starts = _starts(an).get(f.sentence, [])
    x = bisect.bisect_left(starts, f.end)
    return starts[x] if x < len(starts) else None


def limit(an: Analysis, f: Figure, sentence: str, offset: int) -> Optional[int]:
    """Where ``f``'s own words end in ``sentence`` (which starts at
    ``offset`` in the article): the next figure of the sentence when a
    clause or phrase boundary stands between them, else None."""
    nxt = next_start(an, f)
    if nxt is None or not _BOUNDARY.search(sentence, f.end - offset, nxt - offset):
        return None
    return nxt - offset


def cut_after(after: Tuple[str, ...], after_starts: Tuple[int, ...], limit: Optional[int]) -> Tuple[str, ...]:
    """The words of ``after`` (with their offsets ``after_starts``) that
    start before ``limit``."""
    if limit is None:
        return after
    return after[:bisect.bisect_left(after_starts, limit)]


def own_periods(periods: FrozenSet[str], sentence: str, limit: Optional[int]) -> FrozenSet[str]:
    """The periods figure extraction gave a figure without those its
    sentence only names beyond the next figure (``limit``, an offset in
    ``sentence``)."""
    if limit is None:
        return periods
    low = sentence.lower()
    return frozenset(p for p in periods if not 0 <= limit <= low.find(p))


_ATTRIBUTE_YEAR = Lazy(r"\b(?:(?:built|opened|founded|established|launched|completed|made|installed)\s+in\s+((?:1[5-9]|20)\d\d)\b"
                       r"|[Tt]he\s+((?:1[5-9]|20)\d\d)\s+(?=[A-Z]))")
"""A year that says which thing, not when the figure holds: "the trawler,
built in 1991, ...", "the 1954 East Stand"."""


def attribute_years(periods: FrozenSet[str], sentence: str) -> FrozenSet[str]:
    """``periods`` without the years its sentence gives only as an
    attribute of a thing (``_ATTRIBUTE_YEAR``): two outlets that date the
    thing differently do not make its figures two quantities."""
    if not any(p.isdigit() for p in periods):
        return periods
    attributes = {m.group(1) or m.group(2) for m in _ATTRIBUTE_YEAR.finditer(sentence)}
    if not attributes:
        return periods
    others = {m.group() for m in re.finditer(r"\b(?:1[5-9]|20)\d\d\b", sentence)} - attributes
    return frozenset(p for p in periods if p not in attributes or p in others)


_SUBORDINATE = Lazy(r",\s+(?:as|after|because|when|while|which|who|since|before|until|although|though|where)\b",
                    re.I)


def subordinate_after(sentence: str, end: int) -> Optional[int]:
    """The offset of a subordinate clause after a figure (", as engineers
    repair the cracks found last winter"), or None: its periods are that
    clause's, not the figure's."""
    m = _SUBORDINATE.search(sentence, end)
    return m.start() if m else None


_HYPHEN_NOUN = Lazy(r"\s+([a-z]{3,})\b")
_NEXT_LOWER = Lazy(r"\s+([a-z]+)\b")


def hyphen_event(sentence: str, end: int, text: str) -> Optional[Tuple[FrozenSet[str], FrozenSet[str]]]:
    """(classes, words) of the event a hyphenated span names as its own
    noun ("a nine-week trial", "the 48-hour stoppage"), or None: that noun
    is what lasted, and the clause's verb ("was jailed for six years ...
    after a nine-week trial") is another figure's."""
    if "-" not in text:
        return None
    m = _HYPHEN_NOUN.match(sentence, end)
    if not m:
        return None
    noun = m.group(1)
    classes = words.event_classes(noun, "duration")
    if classes:
        return classes, frozenset({noun})
    if noun in words.function_words() or noun in words.common() or singular(noun) in _TIME_NOUNS:
        return None  # "a fourteen-hour day": a day's length, said of whatever the clause is about
    nxt = _NEXT_LOWER.match(sentence, m.end())
    if nxt and (nxt.group(1) == "of" or nxt.group(1) not in words.function_words()):
        return None  # "a one-day route familiarisation course", "a two-day flushing of the mains": more words name it
    return frozenset({"span:" + stem(noun)}), frozenset({noun})  # "in its 120-year history": the history's length


_MEASURED_OF = Lazy(r"\b([a-z]{3,})\s+of\s+(?:(?:about|around|some|nearly|almost|more\s+than|up\s+to|over)\s+)?$")


def measured(sentence: str, start: int, end: int, text: str) -> Optional[str]:
    """What a length or an area measures, when its words say: the noun a
    hyphenated measure qualifies ("a 250-metre cordon", "the 18-metre
    trawler") or the noun it is "of" ("a cordon of 200 metres")."""
    if "-" in text:
        m = _HYPHEN_NOUN.match(sentence, end)
    else:
        m = _MEASURED_OF.search(sentence, max(0, start - 40), start)
    if m is None or m.group(1) in words.function_words() or m.group(1) in words.common():
        return None
    return singular(m.group(1))


_TIME_NOUNS = TIME_UNITS | {"night", "shift", "period", "spell", "stretch", "window"}
"""Nouns a hyphenated span may qualify that are themselves stretches of
time ("a fourteen-hour day", "a 12-hour shift")."""


_CHANGE_AFTER = Lazy(r"\s+(more|higher|dearer|costlier)\b")


_RAISE_BY = Lazy(r"\b(raise[sd]?|raising|lift(?:s|ed|ing)?)\s+(?:[\w'-]+\s+){0,12}?by\s+"
                 r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+)?$", re.I)


def change_after(sentence: str, start: int, end: int, events: FrozenSet[str],
                 ev_words: FrozenSet[str]) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """A share right before "more" or "higher" is a rise ("season tickets
    will cost 9% more" / "prices will rise by 6%"), as is one a verb raises
    "by" ("will raise bills by 7.5%" / "a 5.7% rise in bills")."""
    m = _CHANGE_AFTER.match(sentence, end)
    if not m:
        m = _RAISE_BY.search(sentence, max(0, start - 120), start)
    if not m:
        return events, ev_words
    return events | {"increase"}, ev_words | {m.group(1).lower()}


CLAUSE_ROLES = frozenset({"demand", "average"})
"""Roles a word gives every figure after it in its clause, however far:
"Prosecutors had asked for a sentence of eight years" (a demand, not the
sentence imposed), "The club's average home attendance this season is
24,500" (an average, not one match's crowd).  An offer is not one: "Police
offered a reward of $10,000" is the reward, not an offer against a demand."""


def clause_roles(sentence: str, start: int, opening_pattern) -> FrozenSet[str]:
    """The ``CLAUSE_ROLES`` that words of the clause before ``start`` give a
    figure (the clause opens after the last match of ``opening_pattern``)."""
    opening = max((m.end() for m in opening_pattern.finditer(sentence, 0, start)), default=0)
    listed = words.roles()
    found = {listed.get(w.lower()) for w in _WORDS.findall(sentence, opening, start)}
    return frozenset(found & CLAUSE_ROLES)


_WORDS = Lazy(r"[A-Za-z]+")


_UNIT_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
           "forty-five": 45, "fifty": 50}
_UNIT = r"(minute|hour|day|week|month|year)s?"
_REST = Lazy(r",?\s+(and\s+)?(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+" + _UNIT + r"\b", re.I)
_FIRST = Lazy(r"\b(?:hour|day|week|month|year)s?\s+and\s+$|\b(?:\d{1,3}|an?|one)\s+(hour|day|week|month|year)s?,?\s+$",
              re.I)
"""The first part of a compound length of time before the second: "five
hours and" ("five hours and 40 minutes"), or a number and a unit alone
("1 hour 58 minutes", "3 hours, 12 minutes"), which the second's smaller
unit joins (``compound_rest``)."""
HALF_AFTER = Lazy(r"\s+and\s+a\s+half\s+" + _UNIT + r"\b", re.I)
"""After a number: "four and a half hours" is a length of time."""


def compound_rest(sentence: str, end: int, unit: str = "") -> float:
    """The days that "and 40 minutes" adds to the length of time ending at
    ``end`` ("five hours and 40 minutes"), or 0; without "and" only a
    smaller unit than ``unit``, the first part's, joins it ("1 hour 58
    minutes", not "two days 40 minutes' drive away")."""
    m = _REST.match(sentence, end)
    if not m:
        return 0.0
    second = m.group(3).lower()
    if not m.group(1) and not _smaller(second, unit):
        return 0.0
    n = m.group(2).lower()
    value = int(n) if n.isdigit() else _NUMBER.get(n)
    return 0.0 if value is None else value * _UNIT_DAYS[second]


def _smaller(second: str, first: str) -> bool:
    """True when unit ``second`` is smaller than ``first`` ("minute" after
    "hour"), both units of ``_UNIT_DAYS``."""
    return first in _UNIT_DAYS and _UNIT_DAYS[second] < _UNIT_DAYS[first]


def second_of_compound(sentence: str, start: int, unit: str = "") -> bool:
    """True when the length of time at ``start`` (in ``unit``) is the second
    part of a compound one ("five hours and 40 minutes", "1 hour 58
    minutes")."""
    m = _FIRST.search(sentence, max(0, start - 16), start)
    return bool(m) and (m.group(1) is None or _smaller(unit, m.group(1).lower()))


_OF_WHOM = Lazy(r"\s+of\s+(?:whom|which)\b", re.I)
_OF_THE_BEFORE = Lazy(r"\b[Oo]f\s+(?:the|those|them)\s+(?:[a-z]+\s+)?[a-z]+,\s*$")


def relative_part(sentence: str, end: int) -> bool:
    """True when the count ending at ``end`` is a part of the clause's
    antecedent ("Five riders went to hospital, three of whom had broken
    collarbones"): the clause's event is the whole's, not the part's."""
    return bool(_OF_WHOM.match(sentence, end))


def subset(sentence: str, start: int, end: int, frames) -> FrozenSet[str]:
    """The role "subset" for a count that is a part of a whole ("Four of the
    walkers", "two of whom", "Of the injured, five"): it is compared only
    with another outlet's part ("Nine of the injured were taken to
    hospital" / "Of the injured, five were taken to hospital"), never with
    a whole."""
    part = ("part" in frames or relative_part(sentence, end)
            or bool(_OF_THE_BEFORE.search(sentence, max(0, start - 40), start)))
    if part and "part" in frames and _OF_HELD.search(sentence, start, min(len(sentence), end + 12)):
        return frozenset({HELD_PART})
    return frozenset({"subset"}) if part else frozenset()


HELD_PART = "held-part"
"""The role of a part of what a subject has ("will shut 24 of its branches",
"recalled 38,000 of its SUVs"): the count of what happens to that part,
which another outlet may give without the partitive ("will close 42
branches"); never compared with the whole the subject has ("has 66
branches")."""
_OF_HELD = Lazy(r"\bof\s+(?:its|their|[A-Z][\w&.-]*['’]s)\s")


_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NIGHT = Lazy(r"\b(?:overnight|night)\b", re.I)


def night_days(sentence: str, times: FrozenSet[str]) -> FrozenSet[str]:
    """A night spans two days: "on Thursday night" and "overnight into
    Friday" name one night, so a figure of a night has the weekdays on
    either side of its own."""
    days = [d for d in _WEEK if d in times]
    if not days or not (_NIGHT.search(sentence) or "night" in times):
        return times
    near = {_WEEK[(_WEEK.index(d) + k) % 7] for d in days for k in (-1, 1)}
    return times | near


_BASE = Lazy(r"\b(?:(?:up|down|rise|rose|risen|rising|fall|fell|fallen|falling|increased?|decreased?|dropped|climbed"
             r"|grew|grown|jumped|slipped)\s+from|\bto\s+(?:[^,;]|,\d){1,40}?\s+from|compared\s+with|against"
             r"|" + CHANGED_OBJECT + r"\s+from)\s+"
             r"(?:(?:about|around|some|nearly|almost|more\s+than|over|just|only)\s+)?$", re.I)


def base_role(text: str, s: int, unit: str) -> FrozenSet[str]:
    """{"before"} for the old value of a change ("up from 52 last year",
    "fell to 12,000 tonnes from 15,000", "compared with 6,100", "raise the
    price of a permit from £85 to £140"): the value
    the news is measured against, never the news's own figure.  A date
    after "from" is when the change starts ("fares will rise from 4
    January"), not an old value."""
    if unit == "date" or not _BASE.search(text, max(0, s - 60), s):
        return frozenset()
    return frozenset({"before"})


_OPEN = Lazy(r"\s+(?:(?:(?:are|is|were|was|remain|remained)\s+)?(?:still\s+)?"
             r"(?:at\s+stake|up\s+for\s+grabs|available|on\s+offer|in\s+play)\b"
             r"|(?:needed|required)\s+(?:to|for)\b|(?:he|she|they|it|we|you)\s+(?:needs?|would\s+need|requires?)\b)",
             re.I)


def open_role(text: str, end: int) -> FrozenSet[str]:
    """{"available"} for a count or an amount that is what can be won or is
    needed, not what anyone has ("865 delegates at stake", "the 1,237
    delegates he needs to win", "the $2m needed to finish"): another
    quantity than a candidate's tally or a sum raised ("865 delegates are
    at stake")."""
    return frozenset({"available"}) if _OPEN.match(text, end) else frozenset()


_POST = Lazy(r"\s+(?:who|that|which|whose|where|when|still|being|taken|held|hurt|left|aboard|[a-z]+ed\b(?!\s+"
             r"(?:a|an|the|its|their|his|her|some|\d|one|two|three|four|five|six|seven|eight|nine|ten)\b))\b")
"""Words after a count's noun that make "the 12 passengers taken to
hospital", "the 14 seats where ..." a part named by what follows, not the
count given before.  An "-ed" word with an object after it is the
sentence's verb ("The 160 burnt-out cars included two ambulances"), no
clause that names a part."""
_THE = Lazy(r"\bthe\s+$", re.I)


def part_named(text: str, s: int, e: int) -> bool:
    """True when a definite count names a part by the words after it
    (``_POST``), or is definite only by "this" or "that".  The whole of a
    partitive is definite ("found 20 of the 64 lost containers" refers back
    to "lost 46 containers")."""
    # "the fact that two million jobs": no "the" of its own
    return bool(_POST.match(text, e) or not _THE.search(text, max(0, s - 4), s))


def date_clause_end(sentence: str, end: int) -> int:
    """Where a date's clause ends: before a clause that says when or why
    ("shuts its doors on 9 January when postmistress Janet Pilbeam
    retires"), whose names are another event's."""
    m = _DATE_CLAUSE_END.search(sentence, end)
    return m.start() if m else len(sentence)


_DATE_CLAUSE_END = Lazy(r"\b(?:when|because|unless)\b")
