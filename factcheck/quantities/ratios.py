"""Ratio words ("more than tripled", "almost doubled", "risen by half",
"three times last year's") as figure extraction does not read them: the
patterns that find them and the bounds their wording gives (split from
extras.py, which makes them quantities)."""

from __future__ import annotations

import re
from typing import Optional, Tuple

from factcheck.extract.lazy import Lazy

from .describe import _EPS

_RATIOS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5,
           "double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}
_FOLDS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0,
          "ten": 10.0, "twenty": 20.0, "hundred": 100.0}
_RATIOS.update({w + "fold": v for w, v in _FOLDS.items()})  # "has grown fivefold", "a tenfold rise"
_RATIOS.update({w[:-1] + end: v for w, v in list(_RATIOS.items()) if w.endswith("e") for end in ("es", "ing")})
_RATIOS.update({w + "s": v for w, v in list(_RATIOS.items()) if w.endswith("e")})  # "doubles", "doubling"
# Speed: both patterns anchor on the rare part (the ratio verb, the year's
# digits) and look back for the words before it.
_RATIO = Lazy(r"\b(doubled|tripled|trebled|quadrupled|halved|(?:" + "|".join(_FOLDS) + r")-?fold"
              r"|(?<!the\s)(?<!two\s)(?<!both\s)(?<!mixed\s)(?<!'s\s)(?<!\u2019s\s)"
              r"(?:doubles|triples|trebles|quadruples|halves)(?=\s+(?:the|its|their|his|her)?\s*[a-z])"
              r"|(?:doubling|tripling|trebling|quadrupling|halving)(?=\s+(?:the|its|their|his|her)\s))\b", re.I)
"""A ratio verb: past ("more than doubled"), "-fold", or a verb now with
its object ("more than doubles freight capacity", "triples the number of
rooms", "more than doubling the charge"; not "the doubles", "two halves")."""
_BASE_AHEAD = r"(?=(?:the|its|their|his|her|last\s+\w+['\u2019]s)\s)"
"""What a ratio word's base opens with ("double the current charge",
"three times last year's"; not "a double murder", "twice a day")."""
# the base form as a verb to come ("will double", "to treble") or before a
# determiner ("double the current charge"); not "a double murder", "triple-lock"
_RATIO_BASE = Lazy(r"\b(?:(?:to|will|would|could|may|might)\s+(double|triple|treble|quadruple|halve)\b(?!-)"
                   r"|(double|triple|treble|quadruple|halve)\s+" + _BASE_AHEAD + ")", re.I)
_TIMES_BASE = Lazy(r"\b(twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:\.\d)?)\s+times)\s+"
                   r"(?:" + _BASE_AHEAD + r"|(?=as\s+[a-z]+\s+as\b|as\s+(?:many|much)\b))", re.I)
"""A ratio to a base ("twice the usual winter height", "three times the
normal level", "nearly three times last year's", "twice as fast as");
not "twice a day", "14 times last year" (a count of times)."""


def _times_value(said: str) -> float:
    word = said.split()[0].lower()
    return 2.0 if word == "twice" else _FOLDS.get(word) or float(word)


_RATIO_BY = Lazy(r"\b(?:risen|rose|rise|rises|grown|grew|grow|grows|increased|increases?|climb(?:s|ed)?|jump(?:s|ed)?"
                 r"|(?:go|goes|gone|went)\s+up|up"
                 r"|fallen|fell|fall|dropped|declined|decreased|down"
                 r"|(?:raise[sd]?|raising|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|cut|cuts|cutting|reduce[sd]?|reducing"
                 r"|lower(?:s|ed|ing)?)(?:\s+[a-z']+){0,3}?)\s+by\s+"
                 r"(?:about\s+|around\s+|roughly\s+|almost\s+|nearly\s+|more\s+than\s+)?"
                 r"(half|a\s+third|a\s+quarter|a\s+fifth|two-thirds)\b", re.I)
_PARTS = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "a fifth": 0.2, "two-thirds": 2 / 3}
_DOWN = ("fallen", "fell", "fall", "dropped", "declined", "decreased", "down", "cut", "cuts", "cutting", "reduce",
         "reduces", "reduced", "reducing", "lower", "lowers", "lowered", "lowering")
_RATIO_BOUND = Lazy(r"\b(more than|over|almost|nearly|roughly|about|around|at least|less than)\s+$", re.I)

_RATIO_WORDS = ("doubl", "tripl", "trebl", "quadrupl", "halv", "fold")
_BASE_WORDS = ("double", "triple", "treble", "quadruple", "halve")
_PART_WORDS = ("half", "third", "quarter", "fifth")


def _by_bound(phrase: str) -> str:
    """The bound word of "risen by about half" ("about"), or ""."""
    low = " ".join(phrase.lower().split())
    for bound in ("more than", "almost", "nearly", "roughly", "about", "around"):
        if " by " + bound + " " in low:
            return bound
    return ""


def _part_bounds(bound: str, part: float) -> Tuple[Optional[float], Optional[float]]:
    """The bounds of a ratio given as a change by a part ("risen by a
    third", "fallen by about half"): the looseness of the word is the
    part's, so "by a third" is 1.30 to 1.37, not 1.2 to 1.47."""
    lo, hi = _ratio_bounds(bound, abs(part))
    return _as_ratio(lo, hi, 1.0 if part > 0 else -1.0)


def _as_ratio(lo: Optional[float], hi: Optional[float], sign: float) -> Tuple[Optional[float], Optional[float]]:
    """The ratio a rise (``sign`` 1) or a fall (-1) of between ``lo`` and
    ``hi`` (fractions; None an open end) makes: a rise of 0.3 to 0.37 is
    1.3 to 1.37, a fall of 0.3 to 0.37 is 0.63 to 0.7."""
    ends = [None if v is None else 1.0 + sign * v for v in (lo, hi)]
    return (ends[0], ends[1]) if sign > 0 else (ends[1], ends[0])


def _ratio_bounds(bound: str, value: float) -> Tuple[Optional[float], Optional[float]]:
    if bound in ("more than", "over"):
        return value + _EPS, None
    if bound == "at least":
        return value, None
    if bound in ("almost", "nearly"):
        return value * 0.85, value - _EPS
    if bound == "less than":
        return None, value - _EPS
    if bound in ("roughly", "about", "around"):
        return value * 0.9, value * 1.1
    # a plain ratio word is as loose as "about": "doubled" is said of 1.9 times
    # as readily as of 2 ("nearly doubled" / "doubled" agree; "doubled" /
    # "tripled" do not)
    return value * 0.9, value * 1.1
