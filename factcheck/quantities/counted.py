"""What a figure counts: its noun, read from figure extraction's noun and
the words around the figure, with its interval in the noun's base unit
(the quantity model's ``describe``; split from describe.py)."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.figures import is_participle, qualifier_parts
from factcheck.extract.lazy import Lazy
from factcheck.model import Figure
from factcheck.extract.numbers import singular

from . import words

_NEXT_WORD = Lazy(r"\s*([a-z]+)")
_PARTITIVE = Lazy(r"\b[Oo]f\s+(?:the|its|their|his|her)\s+(?:[A-Za-z]+['\u2019]s\s+)?(?:[\d,]+\s+)?([a-z]+),\s*$")
_OF_WHICH = Lazy(r"\d\s+(?:[a-z]+\s+)?([a-z]+),\s+of\s+(?:which|whom)\s+"
                 r"(?:(?:about|around|some|nearly|almost|more\s+than)\s+)?$")
_OF_WHOLE = Lazy(r"\s+of\s+(?:the|its|their|his|her)\s+(?:[A-Za-z]+['\u2019]s\s+)?(?:[\d,]+\s+)?([a-z]+)\b")
"""A count with no noun of its own that is a part of a named whole counts
the whole's noun: "Of the plant's 3,400 staff, 1,080 will move", "1,430
claims, of which 310 were successful", "18 of the trust's 31 schools"."""


def counted_noun(f: Figure, text: str, s: int, e: int, lo, hi):
    """(noun, low, high): what the figure counts, with its interval in the
    noun's base unit."""
    noun = _area(f, text, e, _noun_after_name(f, text, e, _counted_noun(f)))
    if f.unit == "count" and noun in words.measures() and f.bound == "exact" and lo == hi == f.value < 100 \
            and float(f.value).is_integer():
        lo, hi = f.value - 0.5, f.value + 0.5  # a measure is rounded: "a six-mile stretch" is 5.5 to 6.5 miles
    if f.unit == "count":  # "240 job losses" count jobs, "182 megalitres" litres
        noun, factor = words.recount(noun, [x for x in qualifier_parts(f.qualifier)[1] if x.startswith("+")])
        lo, hi = (lo * factor if lo is not None else None), (hi * factor if hi is not None else None)
    if noun in words.units() and f.unit == "count":
        noun, factor = words.units()[noun]  # "1,200 hectares" compared in acres
        lo, hi = (lo * factor if lo is not None else None), (hi * factor if hi is not None else None)
    if noun is None and f.unit in ("money", "percent"):
        noun = _event_noun_after(text, e)
    if noun is None and f.unit == "count":
        noun = _whole_noun(text, s, e)  # "Of the 1,200 crew, 35 have been ill": 35 crew
    if noun in ("person", "people") and f.unit == "count":
        m = _WHO_DO.match(text, e)
        noun = _WHO_NOUNS[m.group(1).lower()] if m else noun  # "Some 260 people who live in": residents
    return noun, lo, hi


def _whole_noun(text: str, s: int, e: int) -> Optional[str]:
    """The noun of the whole a count with no noun is a part of (``_OF_WHOLE``), or None."""
    m = _PARTITIVE.search(text, max(0, s - 50), s)
    if m:
        return m.group(1).lower()
    m = _OF_WHICH.search(text, max(0, s - 50), s) or _OF_WHOLE.match(text, e)
    return singular(m.group(1).lower()) if m else None


_WHO_DO = Lazy(r"\s+(?:who|that)\s+(live|lived|work|worked)\b", re.I)
_WHO_NOUNS = {"live": "resident", "lived": "resident", "work": "worker", "worked": "worker"}
"""People defined by a relative clause of where they live or work are
residents or workers ("Some 260 people who live in the tower block")."""


def _counted_noun(f: Figure) -> Optional[str]:
    """The noun a count, amount or share counts, as figure extraction gives
    it, or None: "an average increase of 9%" counts no averages, and "the
    number of children infected rose to 63" no "infected" (a participle)."""
    noun = f.counts if f.unit in ("count", "money", "percent") else None
    if noun in words.not_nouns() or noun and len(noun) > 5 and noun.endswith("ed") and noun not in words.nouns()[0]:
        return None
    return noun


_AFTER_NAME = Lazy(r"\s+([a-z]{3,})\b")


def _noun_after_name(f: Figure, text: str, e: int, noun: Optional[str]) -> Optional[str]:
    """"More than 600 Skyreach Airways flights": figure extraction may take
    the name's last word for the counted noun; the lower-case noun right
    after the name is what is counted."""
    last = f.text.split()[-1] if f.text.split() else ""
    if f.unit != "count" or not noun or not last[:1].isupper() or not last.lower().startswith(noun) \
            or noun in words.nouns()[0]:
        return noun  # a listed noun written in capitals ("900 HGVs") is what is counted
    m = _AFTER_NAME.match(text, e)
    if not m or m.group(1) in words.function_words() or m.group(1) in words.common():
        return noun
    w = m.group(1)
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _event_noun_after(text: str, end: int) -> Optional[str]:
    """The noun right after an amount or share that names an event or a
    change ("a $1.6 million saving", "the 17% request"), singular; None
    otherwise."""
    m = _NEXT_WORD.match(text.lower(), end)
    if not m:
        return None
    w = m.group(1)
    if is_participle(w):
        return None  # "the $37million raised by ...": a participle, not a noun
    for cand in (w, w[:-1] if w.endswith("s") else w):
        if cand in words.events() or words.noun_class(cand) in ("increase", "cut"):
            return cand
    return None


_LENGTHS = {"metre": "metre", "meter": "metre", "metres": "metre", "meters": "metre", "foot": "foot", "feet": "foot",
            "mile": "mile", "miles": "mile", "kilometre": "kilometre", "kilometres": "kilometre"}
_SQUARE_AFTER = Lazy(r"-(metres?|meters?|foot|feet|miles?|kilometres?)\b")


def _area(f: Figure, text: str, e: int, noun: Optional[str]) -> Optional[str]:
    """An area's unit ("25 square metres" -> "sq-metre", "a 40-square-metre
    section" -> "sq-metre"): square metres are not metres."""
    if f.unit != "count" or noun is None:
        return noun
    if noun == "square":
        m = _SQUARE_AFTER.match(text, e)
        return "sq-" + _LENGTHS[m.group(1).lower()] if m else noun
    if noun in _LENGTHS and "+square" in qualifier_parts(f.qualifier)[1]:
        return "sq-" + _LENGTHS[noun]
    return noun


_INDEFINITE_OF = Lazy(r"\ban?\s+([a-z]+)\s+of\s+$")


def introduced_of(text: str, s: int, noun: Optional[str]) -> bool:
    """True when an amount introduces its noun in an "of" phrase ("a grant
    of £250,000", "a fine of £650,000"), as "a £250,000 grant" does: a
    later "the £400,000 grant" refers back to it."""
    m = _INDEFINITE_OF.search(text, max(0, s - 30), s)
    return bool(m and noun and singular(m.group(1)) == noun)
