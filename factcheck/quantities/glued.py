"""Measures written with their unit glued on ("94mph", "62mm", "minus 4C",
"a 5km stretch", "the 525ft quay", "a 62m blade", "6ft 4in"), which figure
extraction does not give, as counts of the unit's base in
``quantity_units.txt`` ("62m" -> 203 feet), for the quantity model
(``cross.quantities``).

A glued "m" is also a million ("62m people", "the 5m barrier", "£62m"): it
is read as metres only where the words say a length, a dimension word
after it ("30m high", "a 62m-long blade", "100m away") or an article
before it and a thing's noun after it ("a 62m blade", "the 20m cliff"),
not a race ("the 800m final": quantity_glued_not_lengths.txt) nor an
amount.  What a glued length measures is the noun after it, as for a
hyphenated one ("a 48-metre blade": ``scope.measured``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterator, Optional

from factcheck.extract.figures import bound as figure_bound, interval
from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import read_list
from factcheck.extract.numbers import singular
from factcheck.model import Analysis

from . import words
from .describe import _CLAUSE_START, Quantity, _content, _sides
from .extras import _extra
from .scope import clause_roles, night_days

_DIMENSION = r"(?:long|high|tall|deep|wide|away|below|above|underground|offshore|across|in\s+(?:length|height" \
             r"|diameter|depth|width))\b"
_GLUED = Lazy(r"(?<![\w.,£$€-])(\d+(?:\.\d+)?)(mm|cm|km|kg|mph|kph|ft|m|°C|C)"
              r"(?![\w/°]|-(?!(?:long|high|tall|deep|wide)\b))", first=r"\d")
"""A measure written with its unit glued on (a hyphen after it only before
a dimension word: "a 62m-long blade")."""
_DIMENSION_AFTER = Lazy(r"(?:\s+|-)" + _DIMENSION)
_DIMENSION_WORD = Lazy(_DIMENSION + "$")
_ARTICLE_BEFORE = Lazy(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|\w+['\u2019]s)\s+$")
_NOUN_AFTER = Lazy(r"(?:-(?:long|high|tall|deep|wide))?\s+([a-z]{3,})\b(?!-)")
_INCHES = Lazy(r"\s*(\d{1,2})\s*(?:in|ins|inches)\b")
_TEMPERATURE = Lazy(r"\b(?:temperatures?|minus|degrees?|highs?|lows?|frost|heat|cold|warm|hot|reached|fell\s+to"
                    r"|dropped\s+to|rose\s+to|hit)\b", re.I)
_UNIT_NAMES = {"C": "celsius", "°C": "celsius", "m": "metre", "ft": "foot"}
_HINTS = ("mm", "cm", "km", "kg", "mph", "kph", "ft", "m", "C")


@lru_cache(maxsize=1)
def _not_lengths() -> frozenset:
    """Words after a glued "m" that make it a race or an amount
    (quantity_glued_not_lengths.txt)."""
    return frozenset(read_list("quantity_glued_not_lengths"))


def glued_measures(an: Analysis, ai: int) -> Iterator[Quantity]:
    """The measures of article ``an`` written with a glued unit, as counts of
    the unit's base ("62mm" -> 0.203 feet), rounded to the half unit as a
    whole number of a unit is, within the bound before ("up to 45cm",
    "minus 4C"); feet with inches after them are one length ("6ft 4in")."""
    content = an.article.content
    if not any(u in content for u in _HINTS):
        return
    starts = [s.start for s in an.sentences]
    for m in _GLUED.finditer(content):
        si = bisect.bisect_right(starts, m.start()) - 1
        if si < 0 or an.sentences[si].end < m.end():
            continue
        if m.group(2) == "C" and not _TEMPERATURE.search(content, max(0, m.start() - 40), m.start()):
            continue  # "4C" alone may be a grade or a name; a temperature has its words before it
        if m.group(2) == "m" and not _metres(content, m.start(), m.end()):
            continue  # "62m people": a million
        unit = _UNIT_NAMES.get(m.group(2), m.group(2))
        value, first, end = float(m.group(1)), m.start(), m.end()
        if content[max(0, m.start() - 6):m.start()].lower().endswith("minus "):
            value, first = -value, m.start() - 6
        inches = _INCHES.match(content, end) if unit == "foot" else None
        if inches:  # "6ft 4in"
            value, end = value + int(inches.group(1)) / 12, inches.end()
        found, bstart, _bend = figure_bound(content, first, end)  # "up to 45cm", "about 90mph"
        lo, hi = interval(found, value, 1 / 24 if inches else 0.5)
        base, factor = words.units().get(unit, (unit, 1.0))
        lo, hi = (None if lo is None else lo * factor), (None if hi is None else hi * factor)
        sent = an.sentences[si]
        text = content[sent.start:sent.end]
        at, stop = bstart - sent.start, end - sent.start
        q = _extra(an, ai, si, text, at, stop, "count", lo, hi, base)
        yield replace(q, content=_content(_sides(text, at, stop), q.event_words),
                      roles=q.roles | clause_roles(text, at, _CLAUSE_START),  # "The average wind speed was 50mph"
                      times=night_days(text, q.times),  # "on Thursday night" / "overnight into Friday"
                      measured=_measured(text, stop, base))


def _metres(content: str, start: int, end: int) -> bool:
    """True when a glued "m" is metres: a dimension word after it, or an
    article before it and a thing's noun after it (``_not_lengths``: not a
    race, not an amount)."""
    if _DIMENSION_AFTER.match(content, end):
        return True
    if not _ARTICLE_BEFORE.search(content, max(0, start - 12), start):
        return False
    noun = _NOUN_AFTER.match(content, end)
    return bool(noun) and _thing(noun.group(1))


def _thing(word: str) -> bool:
    """True when ``word`` may be the singular noun of a thing a length
    measures ("blade", "cliff"): not a plural ("62m people"), a race, an
    amount or a word of no content."""
    return (singular(word) == word and word not in _not_lengths() and not _DIMENSION_WORD.match(word)
            and word not in words.function_words() and word not in words.common())


def _measured(text: str, end: int, base: str) -> Optional[str]:
    """The noun right after a glued length, which it measures ("a 62m
    blade", "the 525ft quay"), as ``scope.measured`` reads a hyphenated
    one; none after another unit (a speed, a temperature, a weight)."""
    if base not in words.measures() or base in words.SELF_NAMED:
        return None
    noun = _NOUN_AFTER.match(text, end)
    return noun.group(1) if noun and _thing(noun.group(1)) else None
