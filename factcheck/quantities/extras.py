"""Quantities figure extraction does not give: ratio words ("more than
tripled", "almost doubled", "risen by half") and bare years or months of an
event ("repainted in 2013", "founded in 1962", "since March"), for the
quantity model (``describe.Quantity``)."""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterator, Optional, Tuple

from factcheck.extract.figures import EXACT_CAP, interval
from factcheck.extract.numbers import rounding
from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import read_list
from factcheck.model import Analysis

from . import fast, words
from .describe import (_CLAUSE_START, _PART_OF, _SHARE_BEFORE, YEAR_WINDOW, Quantity, _content, _context,
                       _names, _since, _sides)
from .changes import change_word, falls
from .spans import date_events, span_events
from .months import month_year, part_bounds, year_part
from .yearless import PLACEHOLDER_YEAR
from .scope import clause_roles
from .verbs import dated_words, verb_event
from .lengths import (_ARTICLE_SPAN, _ARTICLE_SPAN_HINT, _HALF_SPAN, _half_bounds, _more_bounds,  # noqa: F401
                      _span_bounds, length_matches)
from .ratios import (_BASE_WORDS, _DOWN, _PART_WORDS, _PARTS, _RATIO, _RATIO_BASE, _RATIO_BOUND, _RATIO_BY,
                     _RATIO_WORDS, _RATIOS, _TIMES_BASE, _as_ratio, _by_bound, _part_bounds, _ratio_bounds,
                     _times_value)

_YEAR = Lazy(r"\b(?:1[5-9]|20)\d\d\b(?!\s*[-\u2013/])", first=r"[12]")  # a year's first digit: a fast guard
_YEAR_BEFORE = Lazy(r"\b(?:in|since|until|by|of)\s+(?:(?:early|late|mid|the)\s+)?(?:(?:spring|summer|autumn"
                          r"|fall|winter)\s+(?:of\s+)?)?$", re.I)
_MONTH_PARTS = ("end", "start", "beginning", "middle")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = Lazy(r"\b(?:(?:in|since|until|by|from|last|early|late|mid|(?:" + "|".join(_MONTH_PARTS) + r")\s+of)\s+|mid-)("
              + "|".join(m.capitalize() for m in _MONTHS) + r")\b(?!\s*,?\s*\d)(?!-)")
"""A month without a year after a preposition or as a part ("in August",
"by the end of March", "until mid-July": the month, compared by month and
day)."""
_RECORD_SINCE = Lazy(r"\b(?:" + "|".join(read_list("superlatives")) + r"|best|most|least|not\s+seen)\b[^,;.]{0,50}"
                     r"\bsince\s+(?:(?:early|late|mid|the\s+(?:" + "|".join(_MONTH_PARTS) + r")\s+of)\s+)?$", re.I)
"""A superlative before "since" ("output rose at its fastest rate since
May", "a level not seen since 1990"): the year or month is the last time
something was as high or low, no event's date.  "The first ban since 2018"
is left alone: it dates the previous ban (``spans.previous_of``)."""
_MONTH_HINT = Lazy("|".join(m.capitalize() for m in _MONTHS))
# (speed: the month's name every _MONTH match holds; a literal start, found by a fast scan)


def extra_quantities(an: Analysis, ai: int, published: Optional[datetime.date] = None) -> Iterator[Quantity]:
    """Ratio words and bare years of an event in article ``an`` (one pass of
    each pattern over the article, matches placed in their sentences); the
    one year the article gives for its subject's origin also has the event
    ``ORIGIN``.  ``published`` is the article's date (or the story's), for
    the year of a month given alone (``months``)."""
    qs = list(_extra_quantities(an, ai, published))
    origins = [k for k, q in enumerate(qs) if _origin_candidate(an, q)]
    if len(origins) == 1:  # an article with two such years gives none: which is the subject's is unknown
        k = origins[0]
        qs[k] = replace(qs[k], events=qs[k].events | {ORIGIN})
    # a year without an event word is kept only as a candidate origin ("First held in 2009"); a
    # length of time is kept without one ("held two staff for more than an hour"), as figure
    # extraction's own spans are: the one span of its report (``likely``)
    return iter(q for k, q in enumerate(qs) if q.kind in ("ratio", "count", "duration") or q.events or k in origins)


ORIGIN = "origin"
"""The event of the one year an article gives for its subject's beginning,
whatever the verb ("founded in 1886" / "opened in 1891", "First held in
2009" / "launched in 2014", "opened in 1998" / "commissioned in 2004",
"opened in 1887" / "built in 1902", "completed in 1991", "made in 1879", "first lit in
1861"); "built" (and "made", "constructed" ...) only of the story's subject,
as it dates a building as often as a part of one ("The science block was
built in 1964" / "The school, which opened in 1971")."""
_ORIGIN_BEFORE = Lazy(r"\b(?:founded|established|formed|opened|launched|began|started|commissioned|built|completed"
                      r"|inaugurated|set\s+up|made|constructed|erected|manufactured"
                      r"|first\s+(?:held|run|lit|[a-z]+ed))\b(?:\s+[a-z]+){0,3}?\s+in\s+$", re.I)
_CHANGED = ("halved", "doubled", "tripled", "trebled", "quadrupled", "risen", "fallen", "grown", "dropped",
            "increased", "decreased", "declined", "climbed", "soared", "slumped", "jumped", "surged", "plunged",
            "shrunk", "shrank", "more", "almost", "nearly", "roughly")
_ENDED = frozenset({"closed", "shut", "empty", "vacant", "derelict", "abandoned", "disused", "suspended", "banned",
                    "boarded", "mothballed"})
"""A state of ending, no beginning: "has been closed since 2023", "has stood
empty since 2019" date a closure, not the subject's origin."""
_SINCE_PERFECT = Lazy(r"(?<!who )\b(?:has|have)\s+(?:(?:been|not)\s+)?(?!(?:"
                      + "|".join(read_list("trend_verbs") + _CHANGED)
                      + r")\b)(?:[a-z]+\s+){1,5}?since\s+$|\bhome\s+since\s+$", re.I)
"""A state the subject has been in since a year ("has brewed beer on Mill
Street since 1868", "has been held since 2008", "their home since 1921"):
the year it began, as "founded in" gives it; not a person's ("who has
lived beside the bridge since 1989") nor a change ("Visitor numbers have
halved since 2015")."""
_ANOTHER = Lazy(r"\b(?:another|other|second|new|latest|former)\b[^.;]*$", re.I)


def _origin_candidate(an: Analysis, q: Quantity) -> bool:
    """True when bare year ``q`` dates a beginning of the subject: an origin
    verb just before it ("First held in 2009", "which opened in 1998") and
    no "another", "new", "former" ... before that in its sentence ("another
    site, which opened in 1991" is not the subject's); "built" only of a
    thing the headline or the first sentence names ("The hotel, built in
    1902", not "The science block was built in 1964" in a story of a
    school)."""
    content, sentences = an.article.content, an.sentences
    if not (q.kind == "date" and q.has_year and _is_year(q)):
        return False
    m = (_ORIGIN_BEFORE.search(content, max(0, q.start - 60), q.start)
         or _SINCE_PERFECT.search(content, max(0, q.start - 60), q.start))
    if not m or _ANOTHER.search(content, sentences[q.sentence].start, q.start):
        return False
    if _ENDED.intersection(m.group(0).lower().split()):
        return False
    first = _FIRST_VERB.search(m.group(0))
    if first and first.group(1).lower() in _not_origin_verbs():
        return False  # "first costed in 2021": a step of something already begun
    built = _BUILT.search(content, sentences[q.sentence].start, q.start)
    return not built or _in_lead(an, q.sentence, _head(built.group(1)))


_FIRST_VERB = Lazy(r"\bfirst\s+([a-z]+)", re.I)


@lru_cache(maxsize=1)
def _not_origin_verbs() -> frozenset:
    return frozenset(w for line in read_list("quantity_not_origin_verbs") for w in line.split())


_BUILT = Lazy(r"([^,;:\u2014]*?)(?:,\s*(?:which\s+(?:was|were)\s+)?|\s+(?:was|were)\s+)"
              r"(?:built|made|constructed|erected|manufactured)\s+in\s+$")
_OF_PHRASE = Lazy(r"\s(?:at|of|in|on|near|for|beside|behind)\s")


def _head(subject: str) -> str:
    """The head noun of the noun phrase before "was built" ("The science
    block at the Harnby school" -> "block")."""
    m = _OF_PHRASE.search(subject)
    words_ = (subject[:m.start()] if m else subject).split()
    return words_[-1].lower() if words_ else ""


def _in_lead(an: Analysis, si: int, noun: str) -> bool:
    """True when ``noun`` (or its plural) is a word of the article's title or
    of its first sentence, unless that is sentence ``si`` itself: the
    story's subject."""
    first = an.sentences[0] if an.sentences and si != 0 else None
    lead = ((an.article.title or "") + " " + (an.article.content[first.start:first.end] if first else "")).lower()
    return bool(noun) and bool(re.search(r"\b" + re.escape(noun) + r"s?\b", lead))


def _is_year(q: Quantity) -> bool:
    """True for a bare year (its interval is the whole year)."""
    return q.low is not None and q.high is not None and q.high - q.low >= 364


def _extra_quantities(an: Analysis, ai: int, published: Optional[datetime.date]) -> Iterator[Quantity]:
    content = an.article.content
    low = content.lower()
    starts = [s.start for s in an.sentences]
    found = []
    for m in _finds(_RATIO, content, low, _RATIO_WORDS):
        bound = _RATIO_BOUND.search(content, max(0, m.start() - 14), m.start())
        found.append((bound.start() if bound else m.start(), m.end(), "ratio",
                      ((bound.group(1) if bound else ""), m.group(1))))
    for m in _finds(_RATIO_BASE, content, low, _BASE_WORDS):
        found.append((m.start(), m.end(), "ratio", ("", m.group(1) or m.group(2))))
    for m in _finds(_TIMES_BASE, content, low, ("twice", "times")):
        bound = _RATIO_BOUND.search(content, max(0, m.start() - 14), m.start())
        found.append((bound.start() if bound else m.start(), m.end(), "ratio",
                      ((bound.group(1) if bound else ""), _times_value(m.group(1)))))
    for m in _finds(_RATIO_BY, content, low, _PART_WORDS):
        part = _PARTS[" ".join(m.group(1).lower().split())]
        lead = m.group().split()[0].lower()
        sign = -1.0 if lead in _DOWN else 1.0
        found.append((m.start(), m.end(), "ratio", (_by_bound(m.group()), 1 + sign * part, sign * part)))
    for m in _YEAR.finditer(content):
        if not _YEAR_BEFORE.search(content, max(0, m.start() - 30), m.start()):
            continue
        if not _PART_OF.search(content, max(0, m.start() - 30), m.start()):
            found.append((m.start(), m.end(), "date", (m.group(),)))
            continue
        part = year_part(content, m.start())  # "by the end of 2027": a part of the year, or a deadline
        if part is not None:
            found.append((m.start(), m.end(), "year-part", (m.group(), part)))
    for m in _hinted(_MONTH, _MONTH_HINT, content):
        found.append((m.start(1), m.end(1), "month", (m.group(1),)))
        if published is None or not an.sentences:
            continue
        sent = an.sentences[max(0, bisect.bisect_right(starts, m.start(1)) - 1)]
        told = month_year(content[sent.start:sent.end], m.start(1) - sent.start, m.end(1) - sent.start,
                          _MONTHS.index(m.group(1).lower()) + 1, published)
        if told is not None:  # "in June next year", "was last inspected in May": also that month of a year
            found.append((m.start(1), m.end(1), "year-month", (m.group(1),) + told))
    found.extend(length_matches(content, low))
    for m in _hinted(_CLOCK, _CLOCK_HINT, content):
        found.append((m.start(), m.end(), "clock", m.groups()))
    for m in _finds(_ORDINAL, content, low, _SO_FAR_WORDS):
        noun = m.group(2).lower()
        if noun not in words.ordinal_skip():
            found.append((m.start(1), m.end(2), "count", (_ordinal(m.group(1)), noun)))
    for at, end, kind, m in sorted(found, key=lambda x: (x[0], x[2])):
        si = bisect.bisect_right(starts, at) - 1
        if si < 0 or an.sentences[si].end < end:
            continue
        sent = an.sentences[si]
        text = content[sent.start:sent.end]
        if kind == "ratio":
            value = m[1] if isinstance(m[1], float) else _RATIOS[m[1].lower().replace("-", "")]
            lo, hi = _ratio_bounds(m[0].lower(), value) if len(m) < 3 else _part_bounds(m[0].lower(), m[2])
        elif kind == "span":
            lo, hi = _span_bounds(*m)
        elif kind == "half":
            lo, hi = _half_bounds(*m)
            kind = "span"
        elif kind == "more":  # "six more months", "for three seasons"
            lo, hi = _more_bounds(*m)
            kind = "span"
        elif kind == "clock":
            lo, hi = _clock_bounds(*m)
        elif kind == "count":
            lo = hi = m[0]
        elif kind == "month":  # no year: compared by month and day (``relate.disagree``)
            # placed in the article's year (``yearless``: a dated month near it may be compared)
            lo, hi = _month_span(published.year if published else PLACEHOLDER_YEAR, _MONTHS.index(m[0].lower()) + 1)
            lo = None if _BY_BEFORE.search(content, max(0, at - 20), at) else lo  # "by the end of March": no later
        elif kind == "year-part":
            lo, hi = part_bounds(int(m[0]), m[1])
            kind = "date"
        elif kind == "year-month":  # "in June next year": also read as the month of that year
            lo, hi = _month_span(m[1], _MONTHS.index(m[0].lower()) + 1)
            kind = "date"
        else:
            year = int(m[0])
            lo = float(datetime.date(year, 1, 1).toordinal())
            hi = float(datetime.date(year, 12, 31).toordinal())
        if kind != "ratio" and _SHARE_BEFORE.search(text, max(0, at - sent.start - 30), at - sent.start):
            continue  # "Prices rose 5% in March": the period of a change, not the date of an event
        if kind in ("date", "month") and _RECORD_SINCE.search(text, max(0, at - sent.start - 80), at - sent.start):
            continue  # "its fastest rate since May": the last time it was so, not the date of an event
        q = _extra(an, ai, si, text, at - sent.start, end - sent.start, kind, lo, hi, m[1] if kind == "count" else None)
        yield replace(q, modal=True) if kind == "date" and len(m) == 3 and m[2] else q  # a month to come


def _month_span(year: int, month: int) -> Tuple[float, float]:
    """The first and last day of a month, as day numbers."""
    last = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
    return float(datetime.date(year, month, 1).toordinal()), float(last.toordinal())


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL = Lazy(r"\b(?:the|its|their|his|her|this|[a-z]+'s)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                r"|\d{1,3}(?:st|nd|rd|th))\s+([a-z]+(?:-[a-z]+)?)\b(?=[^.;]{0,40}?\b(?:since|this\s+year|of\s+the\s+year"
                r"|so\s+far|this\s+season|of\s+the\s+season|this\s+month|this\s+week)\b)", re.I)
"""An ordinal of a count so far ("the third failure at the junction since
April", "the team's 23rd call-out of the year"): the count to date, three
failures since April (``kind`` "count", the noun after the ordinal)."""
_SO_FAR_WORDS = ("since", "this year", "of the year", "so far", "this season", "of the season", "this month", "this week")


def _ordinal(word: str) -> float:
    w = word.lower()
    return float(_ORDINALS.index(w) + 1) if w in _ORDINALS else float(w[:-2])


_CLOCK = Lazy(r"\b(?:(about|around|roughly|approximately|shortly\s+before|just\s+before|shortly\s+after|just\s+after"
              r"|before|after|by|until)\s+)?(\d{1,2})(?:[.:]([0-5]\d))?\s*([ap])\.?m\b\.?", re.I)
"""A time of day ("at 9.40pm", "shortly before 6am", "at about 4am"): the
time an event happened, compared within its day (``kind`` "clock", minutes
after midnight)."""
_CLOCK_HINT = Lazy(r"\d\s*[ap]\.?m\b", re.I)  # the end of every _CLOCK match: a digit, then am or pm
_CLOCK_SLACK = 30.0
"""Minutes an "about" or a "shortly before/after" allows; a whole hour
("at 4am") is read to a quarter of an hour either side."""


def _clock_bounds(bound: Optional[str], hour: str, minute: Optional[str], half: str
                  ) -> Tuple[Optional[float], Optional[float]]:
    """The interval in minutes after midnight of a time of day and the word
    before it."""
    h = int(hour) % 12 + (12 if half.lower() == "p" else 0)
    t = h * 60.0 + (int(minute) if minute else 0)
    word = " ".join((bound or "").lower().split())
    if word.startswith(("shortly before", "just before")):
        return t - _CLOCK_SLACK, t
    if word.startswith(("shortly after", "just after")):
        return t, t + _CLOCK_SLACK
    if word in ("before", "by", "until"):
        return None, t
    if word == "after":
        return t, None
    if word:
        return t - _CLOCK_SLACK, t + _CLOCK_SLACK
    return (t, t) if minute else (t - 15.0, t + 15.0)


_BY_BEFORE = Lazy(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
"""A month after "by" is a deadline ("will close the counters by the end of
March"): any earlier month agrees with it."""


_finds, _hinted = fast.finds, fast.hinted  # (speed helpers, used by the tests under these names too)


def _extra(an: Analysis, ai: int, si: int, text: str, s: int, e: int, kind: str,
           lo: Optional[float], hi: Optional[float], noun: Optional[str] = None) -> Quantity:
    sides = _sides(text, s, e)
    has_year = kind != "month"
    kind = "date" if kind == "month" else kind
    ctx_kind = {"span": "duration", "clock": "date"}.get(kind, kind)  # a time of day is a moment, as a date is
    if kind == "date":
        # a bare year is the date of the verb just before it ("last
        # repainted in 2013", "founded in 1962"), not of the whole sentence
        before = sides[0]
        if len(before) >= 2 and before[-1] == "of" and before[-2] in _MONTH_PARTS:
            before = before[:-3] if len(before) > 2 and before[-3] == "the" else before[:-2]  # "by the end of March"
        sides = (dated_words(before, YEAR_WINDOW), ())
    events, ev_words, roles, times = _context(text, s, e, None, ctx_kind, sides)
    if kind == "date":
        events, ev_words = date_events(text, s, e, events | verb_event(sides[0]), ev_words)
    if kind == "span":
        kind = "duration"
        roles = roles | clause_roles(text, s, _CLAUSE_START)  # "Average waits reached almost four and a half hours"
        span_classes, span_words = span_events(text, s, e, text[s:e])
        events, ev_words = events | span_classes, ev_words | span_words
    if kind == "ratio":
        events |= {"growth"}  # "more than doubled" / "risen by half": both give a growth
        times = _since(text, s, e, "ratio", times)  # "fallen by a third since 2016": a change over years
        roles = frozenset()  # "demand has risen by half": the noun "demand", no role
    sent = an.sentences[si]
    return Quantity(
        article=ai, sentence=si, start=sent.start + s, end=sent.start + e, text=text[s:e], kind=kind,
        currency="", what=words.noun_class(noun), noun=noun, events=events, event_words=ev_words, roles=roles,
        times=times, marks=frozenset(), names=_names(text, s, e), modal=False, low=lo, high=hi,
        has_year=has_year, content=_content(sides, ev_words) if kind == "ratio" else frozenset())


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ON_WEEKDAY = Lazy(r"\bon\s+(" + "|".join(_WEEKDAY_NAMES) + r")\b(?!\s*,?\s*\d)(?!\s+(?:the\s+)?\d)", first="o")
"""A happening dated by its weekday alone ("reopened on Saturday"; not
"Saturday 28 November", which is a date of its own)."""


def weekday_dates(an: Analysis, ai: int, published: Optional[datetime.date]) -> Iterator[Quantity]:
    """Dates given by a weekday alone after a past verb ("The library
    reopened on Saturday"), as the day that weekday fell on in the week
    before the article's date, so that another outlet's "reopened on 21
    November" can be compared (without a year, as day and month).  Its
    events are its verbs alone: a weekday is compared only with a date of
    the same verb.  None without the article's date (``published``)."""
    if published is None or "on " not in an.article.content:
        return
    content = an.article.content
    starts = [s.start for s in an.sentences]
    for m in _ON_WEEKDAY.finditer(content):
        si = bisect.bisect_right(starts, m.start()) - 1
        if si < 0:
            continue
        sent = an.sentences[si]
        back = (published.weekday() - _WEEKDAY_NAMES.index(m.group(1))) % 7
        day = float((published - datetime.timedelta(days=back)).toordinal())
        text = content[sent.start:sent.end]
        q = _extra(an, ai, si, text, m.start(1) - sent.start, m.end(1) - sent.start, "month", day, day)
        verbs = frozenset(e for e in q.events if e.startswith("verb:"))
        if verbs:  # a past verb ("reopened on Saturday", not "will reopen"), and only its own: one happening
            yield replace(q, events=verbs)


def change_ratios(content: str, qs) -> Iterator[Quantity]:
    """A share that is a change ("rose by 40%", "a 25% increase", "fallen
    by 64%") also as the ratio it makes (1.4, 1.25, 0.36), so that another
    outlet's ratio word ("rose by a quarter", "go up by a third", "roughly
    halved") is compared with it."""
    for q in qs:
        if q.kind != "percent" or q.low is None and q.high is None:
            continue
        word = change_word(content, q.start, q.end)  # "rose by 40%", "a 25% toll increase", "cut ... by 28%"
        if word is None:
            continue
        sign = -1.0 if falls(word) else 1.0
        lo, hi = _as_ratio(*(None if v is None else v / 100.0 for v in (q.low, q.high)), sign)
        # the times a ratio word records: times of day, rates and "since", not the sentence's periods
        times = frozenset(t for t in q.times if t in words.times() or t == "since" or t.startswith("per:"))
        yield replace(q, kind="ratio", low=lo, high=hi, events=q.events | {"growth"}, roles=frozenset(), noun=None,
                      what=None, definite=False, indefinite=False, marks=q.marks | {FROM_SHARE}, times=times,
                      content=q.content | _apposed_to(content, q.start))


_APPOSED = Lazy(r",\s+an?\s+$")
_CONTENT_WORD = Lazy(r"\b[a-z]{4,}\b")


def _apposed_to(content: str, start: int) -> frozenset:
    """The content words of the clause a change in apposition follows ("The
    car toll will rise from £1.20 to £1.50 in January, a 25% increase": what
    rose is named there, not near the share), none for any other share."""
    if not _APPOSED.search(content, max(0, start - 6), start):
        return frozenset()
    begin = max(content.rfind(". ", 0, start), content.rfind("\n", 0, start)) + 1
    skip = words.function_words() | words.common()
    return frozenset(w for w in _CONTENT_WORD.findall(content, begin, start) if w not in skip)


FROM_SHARE = "=share"
"""The mark of a ratio read from a share (``change_ratios``): compared only
with a ratio word, and only of the same thing (a content word near both)."""


_COMPOUND = Lazy(r"(?<![\w.,£$€-])(\d{1,3}(?:,\d{3})+|\d+)-([a-z]+)\b(?!-)", first=r"\d")
"""A count joined to its noun by a hyphen ("a 1,100-space car park", "a new
900-place school", "the 40,000-tree target"), which figure extraction reads
as no figure: what the thing after it holds or is of."""


def compound_counts(an: Analysis, ai: int) -> Iterator[Quantity]:
    """The counts of article ``an`` joined to a listed counted noun by a
    hyphen (``_COMPOUND``), as counts of that noun with the rounding of a
    plain figure, and what its subject has ("held"); not a unit of measure
    or of time, which figure extraction gives as measures and spans."""
    content = an.article.content
    if "-" not in content:
        return
    starts = [s.start for s in an.sentences]
    listed = words.nouns()[0]
    for m in _COMPOUND.finditer(content):
        noun = m.group(2)
        if noun not in listed or noun in words.measures():
            continue
        si = bisect.bisect_right(starts, m.start()) - 1
        if si < 0 or an.sentences[si].end < m.end():
            continue
        value = float(m.group(1).replace(",", ""))
        # the rounding its digits carry, as figure extraction gives a plain count ("1,100": 1,050 to 1,150)
        lo, hi = interval("exact", value, 0.0 if value < 100 else min(rounding(m.group(1)), value * EXACT_CAP))
        sent = an.sentences[si]
        text = content[sent.start:sent.end]
        at, end = m.start() - sent.start, m.end() - sent.start
        q = _extra(an, ai, si, text, at, end, "count", lo, hi, noun)
        yield replace(q, content=_content(_sides(text, at, end), q.event_words), held=True)
