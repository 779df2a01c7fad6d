"""What a figure is a quantity of: ``Quantity``, built by ``describe``.

A Quantity holds what the relation of two figures needs: the kind of value
(count, money, percent, duration, date, ratio), the class of what is counted
(``words.noun_class``), the events and roles named by the words around the
figure, its times (the periods figure extraction recorded, weekdays and
times of day near it), the words narrowing its noun ("+replacement"), the
names of its clause, and the interval its wording implies in one base unit
(durations in days, dates as day numbers).

``extras.extra_quantities`` adds two kinds figure extraction does not give: ratio
words ("more than tripled", "almost doubled") and bare years of an event
("repainted in 2013").
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from typing import FrozenSet, List, Optional, Tuple

from factcheck.model.record import Record, record
from factcheck.extract.figures import CURRENCY_WORDS, WEEKDAYS, anchors, is_participle, qualifier_parts
from factcheck.extract.lazy import Lazy
from factcheck.extract.numbers import singular
from factcheck.model import Analysis, Figure

from factcheck.extract.wording import NUMBER_WORDS

from . import added, fast, reach, scope, words
from .counted import counted_noun, introduced_of
from .hedges import faced, hedged, possibility, to_come
from .objects import things_done_to
from .origins import local_mark
from .rates import clause_rate
from .senses import in_sense
from .stays import moments
from .spans import date_events, in_days, span_events
from .verbs import base, count_verbs, governed, speech_verbs, verb_event


WINDOW = 8
"""Words on each side of a figure that name its event and time (a date's
event is that of its whole sentence; money looks a little further)."""

WINDOWS = {"date": 14, "money": 12}

YEAR_WINDOW = 5
"""Words before a bare year that name its event ("was last repainted in")."""

MONEY_REACH = 25
"""Words before an amount read for its event when its window names none."""


ROLE_WINDOW = 3
"""Words on each side of a figure that give it a role ("the $40 million
asking price", "offered a 6% rise")."""

_WORD = Lazy(r"[A-Za-z]+")
_ATTRIBUTIVE = Lazy(r"\s+(?:[A-Z][a-z]+\s+){0,3}([a-z]{3,})\b(?!\s+(?:of|in|for|from|to|a|an|the)\b)"
                          r"(?!\s+on\s+[a-z])")
"""An amount right before its noun; "on" after the noun only before a date
or a weekday ("a $240 million expansion on 14 May", not "$3 million spent
on roads")."""
_PART_OF = Lazy(r"\b(?:start|end|beginning|middle|rest|half)\s+of\s+$", re.I)
_SPAN_BEFORE = ("half", "for", "than", "after", "about", "around", "nearly", "almost", "least", "took", "lasted")
"""Words before "a"/"an" that make "an hour" a length of time ("for more than
an hour", "took a week"), not what a rate is per ("16 hours a day"); "in a
week" stays a period a total is given for, as a rate is."""
_PER = Lazy(r"[\s\w-]{0,25}?\b(?:per|" + "".join(r"(?<!\b%s\s)" % w for w in _SPAN_BEFORE) + r"(?:a|an)|each|every)\s+"
            r"(?:(?:normal|typical|usual|average|single)\s+)?"  # "on a normal shift"
            r"(day|week|month|year|crossing|trip|journey|hour|shift|flight|visit)\b"
            r"(?!\s+(?:earlier|ago|later|before|after|previously)\b)", re.I)  # "fell 14% from a year earlier": a time
_ADVERB_RATES = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
                 "hourly": "hour"}
_ANNUAL = Lazy(r"\bannual\s+[a-z-]+\s+(?:of|at|worth|totalling|totaling)\s+(?:[a-z]+\s+){0,2}$", re.I)
"""The adjective "annual" as the rate of the figure's own noun ("annual
savings of about $60 million"), not of a neighbour ("its annual report
shows, almost a quarter of the water")."""
_DEFINITE = Lazy(r"\b(?:the|this|that)\s+$", re.I)
_INDEFINITE = Lazy(r"\ban?\s+$", re.I)
_DETERMINER = Lazy(r"\b(?:a|an|the|this|that|its|their)\s+$", re.I)
_MODAL = Lazy(r"\b(?:[Ww]ill|[Ww]ould|[Cc]ould|may|[Mm]ight|[Pp]lans?|[Pp]lanned|[Pp]roposals?|[Pp]roposed"
                    r"|[Pp]roposes)\b")
"""Words that make a noun phrase's figure a plan or a possibility ("may"
only in lower case: "on 21 May" is a date)."""
_DECIDED = Lazy(r"\b(?:[Pp]lans?|[Pp]roposals?|(?:agreed|agrees|pledged|pledges|promised|promises|committed|is|are)\s+to"
                      r"|approved|approves|voted|votes)\b")
"""Words before a figure in its clause that make it a decided or planned
quantity, not one that has happened: "approved plans for 850 homes",
"Plans for 640 homes", "has agreed to contribute $9 million", "is to shut 42
branches", "approved an average increase of 9%"."""
_CLAUSE_START = Lazy(r"[,;:(]|\b(?:after|because|when|since|as|while|but|said|says)\b", re.I)
_EPS = 1e-6


@record
class Quantity(Record):
    """A figure as the quantity model sees it (see the module documentation);
    ``content`` holds the other content words near it, for money and shares
    whose identity needs a shared object ("the farm")."""

    article: int
    sentence: int
    start: int
    end: int
    text: str
    kind: str  # count money percent duration date ratio
    currency: str
    what: Optional[str]  # class of the counted noun
    noun: Optional[str]  # the counted noun as written (singular)
    events: FrozenSet[str]
    event_words: FrozenSet[str]
    roles: FrozenSet[str]
    times: FrozenSet[str]
    marks: FrozenSet[str]
    names: FrozenSet[str]
    modal: bool
    low: Optional[float]
    high: Optional[float]
    has_year: bool = True
    definite: bool = False
    indefinite: bool = False  # "a $1.6 million saving": a noun phrase that introduces the figure
    content: FrozenSet[str] = frozenset()
    based: bool = False  # a period of its sentence is the base of a comparison ("on October last year")
    held: bool = False  # what its subject has: "its 29 branches", "has 420 beds" (``_HELD``)
    measured: Optional[str] = None  # what a measure measures: "a 250-metre cordon" (``scope.measured``)
    people: FrozenSet[str] = frozenset()  # the story's people its clause names (``holders``)
    agent: str = ""  # the body its clause says decided it: "by the tribunal" (``holders.agent``)
    possible: bool = False  # a possibility: "could cost 120 jobs" (``hedges.possibility``)
    reach: str = ""  # a distance away, a length, a round trip, a start or an end (``reach.sense``)


@lru_cache(maxsize=4096)
def _tokens(sentence: str) -> Tuple[Tuple[str, ...], Tuple[int, ...], Tuple[int, ...]]:
    """The words of a sentence with their start and end offsets (cached: a
    sentence with several figures is read once)."""
    found = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(sentence)]
    return tuple(w for w, _, _ in found), tuple(a for _, a, _ in found), tuple(b for _, _, b in found)


def _sides(sentence: str, start: int, end: int, limit: Optional[int] = None) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """The words before ``start`` and from ``end`` on (up to ``limit``, the
    next figure: ``scope``)."""
    toks, starts, ends = _tokens(sentence)
    x = bisect.bisect_left(starts, end)
    rel = _RELATIVE_OPEN.search(sentence, max(0, start - 80), start)
    close = sentence.find(";", end)  # "within four weeks; the repair takes about 90 minutes": another clause's
    if rel is not None and "," not in sentence[rel.end():start]:
        comma = sentence.find(",", end)  # "The agency, which has held the contract for the past decade, has ...":
        close = comma if close < 0 or 0 <= comma < close else close  # the words after are the main clause's
    if close >= 0:
        limit = close if limit is None else min(limit, close)
    return toks[:bisect.bisect_right(ends, start)], scope.cut_after(toks[x:], starts[x:], limit)


_RELATIVE_OPEN = Lazy(r",\s+(?:which|who)\s+[^,]*$")


_JOINERS = "and|but|while|although|though|whereas"
_NEXT_CLAUSE = Lazy(r"(?:,\s+(?:" + _JOINERS + r")|;)\s", re.I)
_HEDGE_CLAUSE = Lazy(r"(?:,\s+(?:" + _JOINERS + r"|or|which|who|where)|;)\s", re.I)
"""Where a figure's own clause ends for its hedges: a relative clause's
"could" is not the figure's ("tackled the flames, which could be seen")."""


def _before_next_clause(sentence: str, end: int, after: Tuple[str, ...], pattern=_NEXT_CLAUSE) -> Tuple[str, ...]:
    """The words of ``after`` (from ``end`` on) before a clause joined by ",
    and", ", but" or ";" (``pattern``): "The council employs 24 repair
    crews, and it wants to hire agency teams" wants nothing of the 24 crews."""
    m = pattern.search(sentence, end)
    return after if m is None else after[:len(_WORD.findall(sentence, end, m.start()))]


def _window(sides, width: int) -> List[str]:
    """The lower-case words within ``width`` lower-case words of the figure
    (a capitalised word is part of a name: "St Aldric's Hospital" is no
    hospital stay, and a name takes no room: "240 passengers on the cruise
    ship Wessenden Star have fallen ill" reaches "ill")."""
    return fast.lower_words(sides, width)  # speed layer: [w for w in before if w.islower()][-width:] + ...


_SAID = Lazy(r"\b(?:said|says|told|announced|reported|confirmed|added|wrote)\s+(?:\w+\s+)?(?:on|late on|early on)?\s*$",
                   re.I)


def _weekdays(sentence: str, start: int, end: int) -> FrozenSet[str]:
    """Weekdays near the figure, leaving out the day something was said
    ("the council said on Monday")."""
    return frozenset(w for w, at, said in _named_days(sentence)
                     if not said and abs(at - (start if at < start else end)) < 80)


def _said_days(sentence: str) -> FrozenSet[str]:
    """Weekdays of a sentence that date when something was said ("the
    department said on Friday"), which figure extraction records as the
    figure's period too."""
    return frozenset(w for w, _, said in _named_days(sentence) if said)


@lru_cache(maxsize=1024)
def _named_days(sentence: str) -> Tuple[Tuple[str, int, bool], ...]:
    """(weekday in lower case, its offset, whether it dates when something
    was said) for each capitalised weekday of a sentence (cached: read for
    each figure of the sentence, and most name none)."""
    toks, starts, _ends = _tokens(sentence)
    return tuple((w.lower(), at, bool(_SAID.search(sentence[max(0, at - 40):at])))
                 for w, at in zip(toks, starts) if w[0].isupper() and w.lower() in WEEKDAYS)


def _content(sides, ev_words) -> FrozenSet[str]:
    """Content words near the figure (lower case and singular, four letters
    or more, not common words, event words or number words): "the tolls"
    and "the toll" share their object."""
    near = [w.lower() for w in sides[0][-WINDOW:] + sides[1][:WINDOW]]
    common = words.common()
    return frozenset(singular(w) for w in near if len(w) > 3 and w not in common and w not in ev_words
                     and w not in NUMBER_WORDS and w not in words.function_words())


def _rate(sentence: str, end: int, near: List[str], start: Optional[int] = None) -> FrozenSet[str]:
    """What a rate is per ("a day", "daily", "per crossing", "annual savings
    of"), as "per:day"."""
    m = _PER.match(sentence, end)
    if m:
        return frozenset({"per:" + m.group(1).lower()})
    closing = clause_rate(sentence, end)  # "About 900 cattle pass through the sale ring each week"
    if closing:
        return frozenset({"per:" + closing})
    if start is not None and _ANNUAL.search(sentence[max(0, start - 60):start]):  # not a share's "annual rate of 1.1%"
        return frozenset({"per:year"})
    return frozenset("per:" + _ADVERB_RATES[w] for w in near if w in _ADVERB_RATES)


def _context(sentence: str, start: int, end: int, noun: Optional[str], kind: str, sides,
             width: Optional[int] = None):
    own = (sides[0], _before_next_clause(sentence, end, sides[1]))
    near = _window(own, width or WINDOWS.get(kind, WINDOW))
    close = _window(own, ROLE_WINDOW)
    inside = [m.group().lower() for m in _WORD.finditer(sentence, start, end)]
    near += inside
    if noun:
        near.append(noun)
    ev_map, role_map, clock = words.events(), words.roles(), words.times()
    # "closed": for a span or a date the event (a lock closed for six weeks),
    # for an amount or a share the time of a trading day (shares closed up 6%)
    span = kind in ("duration", "date")
    firsts = words.phrase_firsts()
    # phrases: "took place", "set up"; not "put up with" (to bear it), which is no "put up" (a rise)
    near += [a + "_" + b for a, b, c in zip(near, near[1:], near[2:] + [""])
             if a in firsts and (b, c) != ("up", "with")]
    lookup = ev_map.lookup  # type: ignore[attr-defined]
    found = {w: lookup(w) for w in set(near)}
    ev_words_set, events_set = set(), set()
    for w, listed in found.items():
        if listed is None or (not span and w in clock):
            continue
        classes = words.kind_classes(listed, kind)
        if classes:
            ev_words_set.add(w)
            events_set.update(classes)
    # "remain closed for ten days": for a span or a date the state's verb, not what is left of a whole
    named = _NAME_MODIFIER.findall(sentence, 0, start)  # "The new North Senlow Trust will employ 6,400": the trust's
    # "new", "extra" make a count new ones only beside it ("400 new jobs"; not "published its new course, and 5,900")
    beside = {w.lower() for w in sides[0][-2:] + sides[1][:2]}
    roles = frozenset(role_map[w] for w in close if w in role_map and not (span and w in _STATE_VERBS)
                      and w not in named and (w not in _MODIFIERS or w in beside))
    times = (frozenset(w for w in near if w in clock and not (span and found.get(w)))
             | _weekdays(sentence, start, end) | _rate(sentence, end, near, start if kind != "percent" else None))
    return frozenset(events_set), frozenset(ev_words_set), roles, times


_MODIFIERS = frozenset({"new", "extra", "additional", "further"})
_NAME_MODIFIER = Lazy(r"\b(" + "|".join(sorted(_MODIFIERS)) + r")\s+(?=[A-Z])")
"""A role word before a name modifies the name ("the new North Senlow
Hospitals Trust"), not the counted noun."""
_STATE_VERBS = frozenset({"remain", "remains", "remained", "still", "being"})


def _names(sentence: str, start: int, end: int, counts: Optional[str] = None) -> FrozenSet[str]:
    """The proper names of the figure's clause (``anchors``), without
    number words and common words that open a sentence ("Three people")."""
    # "Lowfield Crown Court heard that ammonia leaked ... in August 2024": not the court's
    cut = max((m.end() for m in _REPORTED_THAT.finditer(sentence, 0, start)), default=0)
    if cut:
        sentence, start, end = sentence[cut:], start - cut, end - cut
    first = _WORD.search(sentence)
    opener = first.group().lower() if first else ""
    return frozenset(n for n in anchors(sentence, start, end, counts) | _apposed_subject(sentence, start)
                     if n not in NUMBER_WORDS and n not in words.common() and n != opener)


_APPOSED = Lazy(r"\s*(?P<subject>[^,;:]{2,90}),\s+(?P<app>(?:[A-Z\d]|(?:the|a|an|his|her|its|their|who)\s)[^,;:]{0,50})"
                r"(?:,\s+(?:\d+|who\s[^,;:]{1,50}))?,\s+"
                r"(?P<verb>has|have|had|was|were|is|are|will|would|[a-z]{3,}ed)\b")
"""A subject and its apposition (or an age, or a relative clause) before
the verb of the sentence ("The pair's former coach, Christos Tzekos, has
been banned for four years", "Craig Mellor, 41, who organised the theft,
was jailed for 30 months")."""


def _apposed_subject(sentence: str, start: int) -> FrozenSet[str]:
    """The names of a subject set off by an apposition, when the figure is
    in the clause of its verb: the clause the commas cut off is the
    figure's own ("Christos Tzekos ... has been banned for four years").
    Not a speaker's ("Jane Holt, the council leader, said 900 ...")."""
    m = _APPOSED.match(sentence)
    if not m or m.end() > start or m.group("verb") in speech_verbs() or _CLAUSE_CUT.search(sentence, m.end(), start):
        return frozenset()
    part = sentence[:m.end("app")]
    return anchors(part, len(part), len(part)) | anchors(m.group("subject"), len(m.group("subject")),
                                                         len(m.group("subject")))


_CLAUSE_CUT = Lazy(r"[,;:()\u2014\u2013]|\s-\s|\b(?:while|but|whereas|although|though|and|said|says)\b")


_REPORTED_THAT = Lazy(r"\b(?:heard|told|said|says|found|ruled|ruling|reported|reports|claimed|claims|alleged)"
                      r"\s+that\s+", re.I)
"""A reporting frame before a figure: the names before it are the
reporter's or the court's, not those of what the figure is about."""


_LABEL_LIST = Lazy(r"\b(?:the|its|on|of)\s+\d{1,4}[A-Z]?(?:,\s*\d{1,4}[A-Z]?)*,?\s+(?:and|or|&)\s+$", re.I)


def listed_label(content: str, start: int) -> bool:
    """True when the number at ``start`` ends a list of bare numbers after
    "the" ("on the 4, 11, 12 and 30 routes"): the numbers name things (route
    numbers, platforms, wards); they count nothing."""
    return bool(_LABEL_LIST.search(content[max(0, start - 80):start]))


_OFFSET = Lazy(r"['\u2019]?\s*(?:after|before|later|earlier|ago|into|since|from)\b", re.I)
_FOR = Lazy(r"\b(?:for|lasted|lasting|took|ran)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$", re.I)
_ALTERNATIVE = Lazy(r"\s+or\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)", re.I)
_ALONE = Lazy(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
              r"|August|September|October|November|December)\s+alone\b")
_ON_DAYS = Lazy(r"\bon\s+(?:only\s+|just\s+)?$", re.I)
_AGO = Lazy(r"[\s\w-]{0,25}?\bago\b", re.I)
_CLAUSE_BREAK = Lazy(r"\s[-\u2013\u2014]\s|[,;(\u2013\u2014]|\s(?:after|because|when|unless)\s")


def _clause_after(text: str, end: int, after: Tuple[str, ...]) -> Tuple[str, ...]:
    """The words after a date up to the end of its clause: "due to end on
    22 February - five days before the ceremony" dates the end of voting,
    not the ceremony."""
    m = _CLAUSE_BREAK.search(text, end)
    if not m:
        return after
    _toks, starts, _ends = _tokens(text)
    first = bisect.bisect_left(starts, end)
    last = bisect.bisect_left(starts, m.start())
    return after[:max(0, last - first)]


_DATED_NOUN = Lazy(r",?\s+([a-z]{4,})\b")


def _dated_noun(text: str, s: int, e: int) -> Optional[str]:
    """The noun a date stands before as an attribute ("an Aug. 8, 2015,
    affidavit", "the March 3 hearing"), or None."""
    if not _DETERMINER.search(text[max(0, s - 8):s]):
        return None
    m = _DATED_NOUN.match(text, e)
    if not m or m.group(1) in words.function_words() or m.group(1) in words.common():
        return None
    return m.group(1)


def _attributive(text: str, end: int) -> bool:
    """True when an amount stands right before the noun it prices ("the
    $55 million Orme wind farm"), not before a preposition or a verb ("$13m
    from their own pockets", "£680m for the clean-up")."""
    m = _ATTRIBUTIVE.match(text, end)
    if not m or is_participle(m.group(1)) or m.group(1) in CURRENCY_WORDS:
        return False  # "the $37million raised by", "$1.3 million dollars ahead": no noun priced
    return m.group(1) not in words.function_words() and m.group(1) not in words.common()


def _kind_events(text: str, s: int, e: int, f: Figure, noun: Optional[str], sides, events: FrozenSet[str],
                 ev_words: FrozenSet[str]) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """The events of a figure's kind beyond its window's words: an amount's
    attribute or far verb, a date's verb, a span's noun."""
    if f.unit == "money" and _attributive(text, e):
        events = events | {"cost", "value"}  # "the $55 million bridge": what it costs, what it is worth
    if f.unit == "money" and words.one_family(events, {"repair"}):
        events = events | {"cost"}  # "put repairs at £2.4 million" / "a bill of £900,000": what the works cost
    if not events and f.unit == "money":
        # "has sold Corran Hall, the Georgian mansion on the edge of
        # Millford, to Arden Stays for £3.2 million": the verb of the
        # amount's clause may stand far before it
        wide = _context(text, s, e, noun, f.unit, (sides[0], ()), MONEY_REACH)
        events, ev_words = wide[0], wide[1]
    if f.unit == "date":
        named = _dated_noun(text, s, e)
        if named:  # "in an Aug. 8, 2015, affidavit": the date of the affidavit, whatever else the sentence says
            return (words.event_classes(named, "date") or frozenset({"span:" + base(named)})), frozenset({named})
        events, ev_words = date_events(text, s, e, events | verb_event(sides[0]), ev_words)
    if f.unit == "duration":
        own = scope.hyphen_event(text, e, f.text)
        if own:  # "after a nine-week trial": the length of the trial, whatever else the clause did
            return own
        span_classes, span_words = span_events(text, s, e, f.text)
        events, ev_words = events | span_classes, ev_words | span_words
    if f.unit == "percent":
        events, ev_words = scope.change_after(text, s, e, events, ev_words)
    if f.unit == "count" and noun:
        events = events | count_verbs(sides) | governed(sides[0], f.unit)
    return events, ev_words


def _modal(text: str, s: int, unit: str, frames) -> bool:
    """Whether the figure at ``s`` of sentence ``text`` is a plan or a
    possibility: figure extraction says so, or the clause does ("would
    shut under proposals to make a $1.6 million saving": the mood of the
    clause the noun phrase stands in; "approved plans for 850 homes": a
    decision about what is to come)."""
    if "modal" in frames or "future" in frames:
        return True
    if unit == "date":
        return False
    opening = max((m.end() for m in _CLAUSE_START.finditer(text, 0, s)), default=0)
    return (bool(_DETERMINER.search(text[max(0, s - 8):s])) and bool(_MODAL.search(text, opening, s))
            or bool(_DECIDED.search(text, opening, s)))


_SHARE_BEFORE = Lazy(r"(?:\d\s*(?:%|per\s*cent|percent|pct)|\b(?:rose|fell|rising|falling|increased|decreased|grew"
                     r"|dropped|by)\s+(?:[$£€]\s?)?\d[\d.,]*(?:\s*(?:bn|m|mln|bln|million|billion))?"
                     r"(?:\s*(?:dollars|dlrs|pounds|euros|stg))?)\s+(?:\w+\s+){0,3}$")
"""A share, or a change by an amount, just before a month or year: "rose 5%
in March", "after rising by 552 mln dlrs in December" (the period of a
figure, not the date of an event; "fined £1.6 million in 2023" dates the fine)."""
_MONTH_ABBREVIATION = Lazy(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$")
_SINCE = Lazy(r"\bsince\s+(?:(?:early|late|mid|the\s+start\s+of|the\s+end\s+of)\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
              r"|\b(?:between|from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+(?:and|to)\s+(?:(?:19|20)\d\d|last\s+year"
              r"|this\s+year|now)\b")
"""A span of years a change or a total adds up: "since 2010", "between 2019
and last year"."""
_CHANGE_BASE = Lazy(r"\b(?:compared\s+(?:with|to)|after|from)\s+(?:(?:early|late|mid)\s+)?(?:19|20)\d\d\b"
                    r"|\b(?:in|over)\s+(?:a|the\s+(?:past|last))\s+decade\b"
                    r"|\bover\s+the\s+(?:past|last)\s+(?:\w+\s+)?years\b"
                    r"|\bsince\s+then\b", re.I)
"""Other words for the years a ratio word's change spans ("fell by a
quarter compared with 2019", "almost trebled from 2024", "have doubled in a
decade", "have fallen by two-thirds since then"): a ratio so dated is
"since" a year, as "has halved since 2019" is."""
_BASE = Lazy(r"[^;.]{0,30}?\b(?:on|than|compared\s+(?:with|to)|against)\s+(?:the\s+same\s+[a-z]+\s+(?:of\s+)?)?"
             r"(?:([A-Z][a-z]+)\s+)?((?:last|previous|a)\s+(?:year|month|week))(?:\s+earlier)?\b")


def _extra_before(before) -> bool:
    """True when a word of the role "extra" stands just before an amount or
    share ("an extra $2 million", "a further 3%")."""
    roles = words.roles()
    return any(roles.get(w.lower()) == "extra" for w in before[-ROLE_WINDOW:])


def _since(text: str, s: int, e: int, unit: str, times: FrozenSet[str]) -> FrozenSet[str]:
    """A count, amount or share of its clause "since 2010" adds up a span
    ("has lost 12 metres since 2010"), which the figure of one event is
    not: the time "since" marks it.  A ratio word (``unit`` "ratio") is
    also so dated by other words for a base year (``_CHANGE_BASE``)."""
    if unit not in ("count", "money", "percent", "ratio"):
        return times
    lo, hi = max(0, s - 50), min(len(text), e + 50)
    bases = _CHANGE_BASE.finditer(text, lo, hi) if unit == "ratio" else ()
    for m in itertools.chain(_SINCE.finditer(text, lo, hi), bases):
        between = text[min(e, m.start()):max(s, m.end())]
        if ";" not in between and " - " not in between:
            return times | {"since"}
    return times


def _without_base(text: str, e: int, times: FrozenSet[str]) -> FrozenSet[str]:
    """The times of a change without those of its base of comparison ("a 6%
    rise on October last year" is this October's rise, not last year's)."""
    m = _BASE.match(text, e)
    if not m:
        return times
    drop = {m.group(2).lower()} | ({m.group(1).lower()} if m.group(1) else set())
    return frozenset(t for t in times if t not in drop)


def _no_length(text: str, s: int, e: int) -> bool:
    """True when the duration at [s, e) of sentence ``text`` is no length of
    time: "three weeks after my operation" (a time between two events),
    "passed 30C on four days" (a count of days)."""
    return (bool(_OFFSET.match(text, e)) and not _FOR.search(text, max(0, s - 30), s)
            or bool(_ON_DAYS.search(text, max(0, s - 12), s)))


def _not_compared(text: str, s: int, e: int, f: Figure) -> bool:
    """True for a figure at [s, e) of sentence ``text`` that is no quantity
    of its own (see ``describe``)."""
    ago = _AGO.match(text, e)  # "launched 18 months ago": a time back from the report (kind "ago")
    if f.unit == "duration" and (_no_length(text, s, e) and not ago or scope.second_of_compound(text, s, f.counts or "")):
        return True  # "and 40 minutes" is part of "five hours and 40 minutes"
    if f.unit == "count" and scope.HALF_AFTER.match(text, e):
        return True  # "four and a half hours": a length of time (``extras``), no count
    if _ALTERNATIVE.match(text, e) or ago and f.unit != "duration":
        return True  # "40 or 50 years ago": one of two values
    # "ASHCOMBE, Sept 7 (Northline Wire)": a day of a dateline, not a count
    return f.unit == "count" and bool(_MONTH_ABBREVIATION.search(text, max(0, s - 7), s))


def describe(an: Analysis, ai: int, f: Figure) -> Optional[Quantity]:
    """The Quantity of figure ``f`` of article ``an`` (index ``ai``), or
    None for a figure the model does not compare (a vote tally, a vague
    plural, a part of a whole, a comparison)."""
    if f.unit not in ("count", "money", "percent", "duration", "date"):
        return None
    period, frames = qualifier_parts(f.qualifier)
    if "part" in frames and f.unit != "count" or "compared" in frames or "vague" in frames or "hedged" in frames:
        return None
    if f.unit == "count" and listed_label(an.article.content, f.start):
        return None
    sent = an.sentences[f.sentence]
    text = an.article.content[sent.start:sent.end]
    s, e = f.start - sent.start, f.end - sent.start
    if _not_compared(text, s, e, f):
        return None
    lo, hi = in_days(f)
    if f.unit == "duration" and lo is not None and hi is not None:
        rest = scope.compound_rest(text, e, f.counts or "")  # "five hours and 40 minutes"
        lo, hi = lo + rest, hi + rest
    sides = _sides(text, s, e)
    if f.unit == "date":
        sides = (sides[0], _clause_after(text, e, sides[1]))
    if lo is None and hi is None:
        return None
    limit = scope.limit(an, f, text, sent.start)
    if limit is not None:  # words beyond the sentence's next figure are that figure's
        own = _sides(text, s, e, limit)
        sides = (sides[0], own[1] if f.unit != "date" else _clause_after(text, e, own[1]))
        period = scope.own_periods(period, text, limit)
    period = scope.attribute_years(scope.own_periods(period, text, scope.subordinate_after(text, e)), text)
    # "has lasted six weeks, and about 1,900 ... could not", "tackled the flames, which could be seen": not its "could"
    own_sides = (sides[0], _before_next_clause(text, e, sides[1], _HEDGE_CLAUSE))
    possible = hedged(text, s, e, own_sides, f.counts)  # "could cost 120 jobs": a possibility, compared as one
    if possible and not possibility(text, s, own_sides):
        return None
    noun, lo, hi = counted_noun(f, text, s, e, lo, hi)
    noun = in_sense(noun, text, s, e)  # "a backlog of 3,600 jobs": repairs
    modal = possible or _modal(text, s, f.unit, frames) or faced(sides) or to_come(text, s, e)  # "customers face a 5.7% rise"
    events, ev_words, roles, times = _context(text, s, e, noun, f.unit, sides)
    events, ev_words = things_done_to(f.unit, noun, *_kind_events(text, s, e, f, noun, sides, events, ev_words))
    marks = local_mark(f.unit, text, e, frozenset(x for x in frames if x.startswith("+")))  # "children from the village"
    roles = roles | frozenset(words.roles().get(m, words.roles().get(m[1:], "")) for m in marks) - {""}
    # "9 new cases", "Nine more cases": new ones, not the total (the word is
    # inside the figure's text, so the window does not see it)
    roles = roles | ({"extra"} if f.unit == "count" and added.ADDED.intersection(frames) else set())
    roles = added.new_role(text, s, e, frames, roles) if f.unit == "count" else roles  # "plans for 170 new houses"
    # "Saturday alone drew 50,000 visitors": one day's part of a longer period's
    roles = roles | ({"part"} if _ALONE.search(text) else set()) | scope.subset(text, s, e, frames)
    roles = roles | scope.clause_roles(text, s, _CLAUSE_START) if f.unit != "date" else roles - {"average"}
    roles = roles | scope.base_role(text, s, f.unit)  # "up from 52 last year": the old value of a change
    roles = roles | scope.open_role(text, e) if f.unit != "date" else roles  # "865 delegates at stake"
    if f.unit != "count" and "extra" in roles and (f.unit == "date" or not _extra_before(sides[0])):
        roles = roles - {"extra"}  # "$27 million for a new centre", "a new trust from July 1": the centre, the trust
    times = moments(text, _since(text, s, e, f.unit, times | (frozenset(period) - _said_days(text))))
    times = scope.night_days(text, times)  # "spent the night" is no time of day, but a night spans two days
    own_times = _without_base(text, e, times)
    return Quantity(
        article=ai, sentence=f.sentence, start=f.start, end=f.end, text=f.text,
        kind="ago" if f.unit == "duration" and _AGO.match(text, e) else f.unit,  # a time back from the report
        currency=f.currency or "", what=words.noun_class(noun), noun=noun, events=events,
        event_words=ev_words, roles=roles,
        times=own_times, based=own_times != times, marks=marks,
        names=_names(text[:scope.date_clause_end(text, e)] if f.unit == "date" else text, s, e, f.counts), modal=modal,
        low=lo, high=hi, has_year=f.unit != "date" or f.text.rstrip()[-4:].isdigit(),
        definite=(bool(_DEFINITE.search(text[max(0, s - 6):s]))
                  and not (f.unit == "count" and scope.part_named(text, s, e))),
        indefinite=bool(_INDEFINITE.search(text[max(0, s - 4):s])) or introduced_of(text, s, noun),
        content=_content(sides, ev_words),
        held=f.unit == "count" and bool(_HELD.search(text, max(0, s - 40), s)),
        measured=_measured(text, s, e, f.text, noun), possible=possible,
        reach=reach.sense(text, s, e, f.unit, f.text))


def _measured(text: str, s: int, e: int, figure: str, noun: Optional[str]) -> Optional[str]:
    """What a measure measures (``scope.measured``); an amount of stuff
    ("tonnes", "litres") only when joined to its noun by a hyphen ("the
    800-litre spill"): "reserves of 1,400,000 tons" names the reserve the
    tons are of, and two such amounts of one article are often two
    reserves."""
    if noun in words.measures() or noun in words.measured_units() and "-" in figure:
        return scope.measured(text, s, e, figure)
    return None


_HELD = Lazy(r"(?:\b(?:its|their|has|have|had|all|employs|operates|owns|runs|(?:will|would)\s+(?:run|operate|own))"
             r"|\w['’]s)"
             r"\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?$", re.I)
"""Words before a count that make it what its subject has: a possessive,
"has", "all", "employs" ("trades from its 29 branches", "the chain's 38
stores", "The infirmary has 420 beds")."""
