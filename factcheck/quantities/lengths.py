"""Lengths of time that figure extraction does not read as figures, for
the quantity model (``extras``): a unit with an article and the word before
it ("closed for a fortnight", "delayed by a week", "a week-long walkout",
"every half an hour"), or the words after it ("a year behind schedule", "a
month without rain", "a month to find buyers", "another decade of
digging"), or a noun of a length before it ("a delay of a year"); and "N
and a half" units ("four and a half hours")."""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from factcheck.extract.figures import over_as_during
from factcheck.extract.lazy import Lazy

from .describe import _EPS
from .fast import finds, hinted


def length_matches(content: str, low: str) -> List[tuple]:
    """Every length of time of ``content`` (``low``: it in lower case) that
    the patterns of this module find, as ``extras`` collects its matches:
    (start, end, "span" or "half", what its bounds are read from)."""
    found: List[tuple] = []
    for m in hinted(_ARTICLE_SPAN, _ARTICLE_SPAN_HINT, content):
        long_ = m.group(4) is not None  # "a week-long walkout"
        found.append((m.start(4 if long_ else 2), m.end(4 if long_ else 2) if long_ else m.end(), "span",
                      ("" if long_ else _bound_word(content, m, 1), m.group(4 if long_ else 2).lower())))
    for m in hinted(_COMPLEMENT_SPAN, _COMPLEMENT_SPAN_HINT, content):
        g = 1 if m.group(1) else 2
        if g == 2 or not _RATE_BEFORE.search(content, max(0, m.start() - 30), m.start()):
            found.append((m.start(g), m.end(g), "span", ("", m.group(g).lower())))
    for m in finds(_MORE_SPAN, content, low, ("more", "further", "extra", "additional", "seasons")):
        g = 1 if m.group(1) else 3
        found.append((m.start(g), m.end(), "more", (m.group(g), (m.group(2) or "season").lower())))
    for m in finds(_HALF_SPAN, content, low, ("half",)):
        found.append((m.start(2), m.end(), "half",
                      (_bound_word(content, m, 1), m.group(2).lower(), m.group(3).lower())))
    return found


_ARTICLE_SPAN = Lazy(r"\b(?:((?:(?:for|by)\s+)?(?:at\s+least|up\s+to)|for|by|last|lasted|lasting|took|take|within|under"
                     r"|in\s+under|over|more\s+than|about|nearly|almost|less\s+than|every)\s+"
                     r"|(?=an?\s+(?:day|week|month|year|hour)\s+and\s+a\s+half\b))"  # "a day and a half of counting"
                     r"((?:a|an|the\s+(?:past|last))\s+(?:(?:full|whole|entire)\s+)?"
                     r"(?:day|week|fortnight|month|year|hour|decade)(?:\s+and\s+a\s+half)?"
                     r"|half\s+an\s+hour|a\s+quarter\s+of\s+an\s+hour|half\s+a\s+day"
                     r"|(?:a\s+quarter\s+of|half)\s+a\s+century|a\s+century)\b(?!-)"
                     r"|\b()(an?\s+(?:day|week|fortnight|month|year|hour|decade))-long\b", re.I)
"""A length of time given with an article, which figure extraction does
not read as a figure ("closed for a fortnight", "a year and a half", "in
under a quarter of an hour", "unchanged for the past decade", "a week-long
walkout", "for at least a fortnight", "delayed by a week", "a day and a
half of counting", "will run for a quarter of a century", "for half a
century"); the word before it gives its bound."""
_ARTICLE_SPAN_HINT = Lazy(r"\b(?:an?|the\s+(?:past|last))\s+(?:(?:full|whole|entire)\s+)?"
                          r"(?:day|week|fortnight|month|year|hour|decade|century)\b", re.I)
# (speed: the part of every _ARTICLE_SPAN match that says "a day", "an hour", ...)
_SPAN_UNITS = r"(?:day|week|fortnight|month|year|hour|decade)"
_SPAN_NOUNS = ("delay", "wait", "extension", "overrun", "closure", "shutdown", "stoppage", "suspension", "ban",
               "sentence", "term", "period", "spell", "gap", "break", "pause", "stay")
_COMPLEMENT_SPAN = Lazy(r"\b((?:[Aa]n?|[Aa]nother)\s+(?:(?:full|whole|entire)\s+)?" + _SPAN_UNITS + r")\b(?!-)"
                        r"(?=\s+(?:behind\s+schedule|late\b|overdue\b|without\s+[a-z]"
                        r"|to\s+(?!(?:the|a|an|be|date)\b)[a-z]+\b|of\s+[a-z]{3,}ing\b))"
                        r"|\b(?:" + "|".join(_SPAN_NOUNS) + r")s?\s+of\s+((?:an?)\s+(?:(?:full|whole|entire)\s+)?"
                        + _SPAN_UNITS + r")\b(?!-)")
"""A length of time with an article that the words after it make one
("a year behind schedule", "a month without rain", "a month to find
buyers", "another decade of digging"), or a noun of a length before it ("a
delay of a year", "a wait of a week"); exact, as a plain figure is."""
_RATE_BEFORE = Lazy(r"(?:\d|\b(?:once|twice|times|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
                   r"|thousands|millions))\S*(?:\s+[a-z]+){0,2}\s+$", re.I)
"""An amount or a count just before "a year" makes it what a rate is per
("£120,000 a year to cover", "400 lorries a day to"), not a length."""
_COMPLEMENT_SPAN_HINT = Lazy(r"\b(?:an?|another)\s+(?:(?:full|whole|entire)\s+)?" + _SPAN_UNITS + r"\b", re.I)
_SPAN_DAYS = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.0, "year": 365.0, "hour": 1 / 24,
              "decade": 3652.5, "century": 36525.0}


_HALF_SPAN = Lazy(r"\b(?:(about|around|nearly|almost|more\s+than|over|under|less\s+than)\s+)?"
                  r"(\d{1,2})\s+and\s+a\s+half\s+(minute|hour|day|week|month|year)s?\b", re.I)
"""A length of time in digits with a half ("4 and a half hours"), which
figure extraction reads as a count ("4"); in words ("four and a half
hours") figure extraction reads the whole length."""
_HALF_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_HALF_UNITS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 28.0, "year": 365.0}


_NUMBER = r"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_MORE_SPAN = Lazy(r"\b" + _NUMBER + r"\s+(?:more|further|extra|additional)\s+(hour|day|week|month|year)s\b"
                  r"|\bfor\s+" + _NUMBER + r"\s+seasons\b", re.I)
"""A count of units of time with "more" ("six more months", "two further
weeks") or of seasons after "for" ("groundshare for three seasons": years
of play), which figure extraction reads as counts: lengths of time."""


def _more_bounds(number: str, unit: str) -> Tuple[Optional[float], Optional[float]]:
    """The interval in days of "N more UNITs" (a season: a year of play)."""
    n = int(number) if number.isdigit() else _HALF_NUMBERS[number.lower()]
    unit = "year" if unit == "season" else unit
    lo = n * _HALF_UNITS[unit]
    return lo, n * (31.0 if unit == "month" else 366.0 if unit == "year" else _HALF_UNITS[unit])


def _half_bounds(bound: str, number: str, unit: str) -> Tuple[Optional[float], Optional[float]]:
    """The interval in days of "N and a half UNITs" and the word before it."""
    n = int(number) if number.isdigit() else _HALF_NUMBERS[number]
    lo = hi = (n + 0.5) * _HALF_UNITS[unit]
    if unit == "month":
        hi = (n + 0.5) * 31.0
    bound = " ".join(bound.split())
    if bound in ("under", "less than"):
        return None, hi
    if bound in ("over", "more than"):
        return lo + _EPS, None
    if bound in ("about", "around"):
        return lo * 0.9, hi * 1.1
    if bound in ("nearly", "almost"):
        return lo * 0.9, hi
    return lo, hi


def _bound_word(content: str, m: re.Match, group: int) -> str:
    """The bound word of a span's match, none when it is "over" meaning
    "during" ("phased in over a year" is not; "closures will take place
    over a year" is: ``figures.over_as_during``)."""
    word = (m.group(group) or "").lower()
    return "" if word == "over" and over_as_during(content, m.start(group), m.end()) else word


def _span_bounds(bound: str, phrase: str) -> Tuple[Optional[float], Optional[float]]:
    """The interval in days of an article span and the word before it."""
    words = [w for w in phrase.split() if w not in ("full", "whole", "entire")]
    if words[0] == "the":  # "for the past decade": one decade
        words = ["a"] + words[2:]
    if words[0] == "another":  # "another decade of digging": one decade more
        words = ["a"] + words[1:]
    phrase = " ".join(words)
    if words[0] == "half":
        days = _SPAN_DAYS[words[-1]] / 2
    elif words[:2] == ["a", "quarter"]:  # "a quarter of an hour", "a quarter of a century"
        days = _SPAN_DAYS[words[-1]] / 4
    else:
        days = _SPAN_DAYS[words[1]] * (1.5 if phrase.endswith("half") else 1.0)
    bound = " ".join(bound.split())
    bound = bound.split(" ", 1)[1] if bound.startswith(("for at", "for up", "by at", "by up")) else bound
    if bound in ("within", "under", "in under", "less than", "up to"):
        return None, days
    if bound in ("over", "more than"):
        return days + _EPS, None
    if bound == "at least":
        return days, None
    if bound in ("about", "nearly", "almost"):
        return days * (0.9 if bound == "about" else 0.85), days * (1.1 if bound == "about" else 1.0)
    if words[0] in ("a", "an") and words[1] == "month":  # "a month": 28 to 31 days; "a month and a half": 42 to 46.5
        scale = 1.5 if phrase.endswith("half") else 1.0
        return 28.0 * scale, 31.0 * scale
    if words[-1] == "century":  # "for half a century": a round phrase, said of 48 years as of 52
        return days * 0.9, days * 1.1
    return days, days
