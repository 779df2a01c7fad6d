"""Numbers as written in news prose: digits and words, scale words, rounding.

Pure helpers for ``figures``: ``parse_digits("45,000") -> 45000.0``,
``parse_words("twenty-five") -> 25.0``, ``scale_of("million") -> 1e6`` and
``rounding("2.38", 1e6) -> 5000.0`` (half a unit of the last significant
digit the writer gave, the tolerance an unqualified figure carries).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import trie_pattern

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "bn": 1e9, "tn": 1e12, "mln": 1e6, "bln": 1e9, "m": 1e6, "k": 1e3, "b": 1e9,
}
"""Scale words after a number.  The one-letter forms (5m, 2bn, 10k) are only
read as scales after a currency sign (``figures`` decides)."""

# Vague plurals: "dozens of", "hundreds of", "thousands of" -> (low, high).
VAGUE = {
    "dozens": (24.0, 144.0), "scores": (40.0, 200.0), "hundreds": (200.0, 999.0),
    "thousands": (2e3, 999e3), "tens of thousands": (2e4, 99e3),
    "hundreds of thousands": (2e5, 999e3), "millions": (2e6, 999e6),
    "billions": (2e9, 999e9),
}

ONES_AND_TENS = tuple(list(ONES) + list(TENS))
# The word alternations are tries ("s(?:even(?:t(?:een|y))?|ix...)"): a flat
# alternation is tried branch by branch at every word.  Where one word begins
# another ("seven", "seventeen"), the longer is tried first, as it would be
# in a flat alternation sorted longest first.
_WORD_ALT = trie_pattern(ONES_AND_TENS)
_WORD_OR_SCALE_ALT = trie_pattern(ONES_AND_TENS + ("hundred", "thousand", "million", "billion", "trillion", "dozen"))
HALF_AND = r"(?:\s+and\s+a\s+(?:half|quarter)\b|-and-a-(?:half|quarter)\b)"
"""Regex text for the fraction after a whole number ("two and a half",
"three-and-a-quarter"): part of the number."""
NUMBER_WORDS = (
    r"(?:(?:a|one)(?=\s+(?:hundred|thousand|million|billion|dozen))|half\s+a(?=\s+(?:million|billion))|"
    r"(?:" + _WORD_ALT + r")(?:-(?:" + _WORD_ALT + r"))?)"
    r"(?:[\s-]+(?:and\s+)?(?:" + _WORD_OR_SCALE_ALT + r")"
    r"(?:-(?:" + _WORD_ALT + r"))?|" + HALF_AND + r")*"
)
"""Regex text for a number written in words ("twenty-five", "a dozen",
"three hundred and twelve", "half a million", "two and a half")."""
NUMBER_WORD_INITIALS = "".join(sorted({w[0] for w in ONES_AND_TENS} | {"a", "o", "h"}))
"""The letters a NUMBER_WORDS match starts with ("a dozen", "one", "half a
million" and the ones and tens), in lower case."""

_TOKEN = re.compile(r"[a-z_]+")
_HALF_AND = re.compile(r"[\s-]+and[\s-]+a[\s-]+(half|quarter)\b")
_PARTS_AFTER = {"and_half": 0.5, "and_quarter": 0.25}


# The same few words and digit strings recur in every article: the pure
# functions below keep their answers (same answer, computed once).
_CACHED = 1 << 15


@lru_cache(maxsize=_CACHED)
def parse_words(text: str) -> Optional[float]:
    """The value of a number in words, or None when it is not one."""
    total = 0.0
    current = 0.0
    seen = False
    half = False
    for tok in _TOKEN.findall(_HALF_AND.sub(r" and_\1", text.lower())):
        if tok in _PARTS_AFTER:  # "two and a half": a part of one on the whole number before it
            current += _PARTS_AFTER[tok]
            seen = True
        elif tok == "and":
            continue
        elif tok == "a":
            current = max(current, 1.0)
            seen = True
        elif tok == "half":
            half = True
            seen = True
        elif tok in ONES:
            current += ONES[tok]
            seen = True
        elif tok in TENS:
            current += TENS[tok]
            seen = True
        elif tok == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif tok == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif tok in ("thousand", "million", "billion", "trillion"):
            total += (current or 1.0) * SCALES[tok]
            current = 0.0
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + current
    return value / 2 if half else value


def parse_digits(text: str) -> Optional[float]:
    """The value of "45,000", "2.38", "700 000" or ".5", or None."""
    clean = text.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    try:
        return float(clean)
    except ValueError:
        return None


def scale_of(word: str) -> float:
    """The multiplier of a scale word ("million" -> 1e6); 1.0 when unknown."""
    return SCALES.get(word.lower().rstrip("."), 1.0)


@lru_cache(maxsize=_CACHED)
def rounding(digits: str, scale: float = 1.0) -> float:
    """Half a unit of the last significant digit of ``digits`` times ``scale``.

    "2.38" (million) -> 0.005e6; "45,000" -> 500; "4,500" -> 50; "18" -> 0.5;
    "3.2" -> 0.05.  Words and digit strings without a digit give 0.
    """
    clean = digits.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not any(map(str.isdigit, clean)):
        return 0.0
    if "." in clean:
        decimals = len(clean.split(".", 1)[1])
        return 0.5 * 10 ** (-decimals) * scale
    stripped = clean.rstrip("0")
    zeros = len(clean) - len(stripped) if stripped else 0
    return 0.5 * 10 ** zeros * scale


@lru_cache(maxsize=_CACHED)
def singular(word: str) -> str:
    """A plural English noun in the singular ("employees" -> "employee",
    "cities" -> "city", "children" -> "child"); other words unchanged."""
    if len(word) >= 3 and word[:-1].isupper() and word[-1] == "s":
        return word[:-1].lower()  # "MPs" -> "mp"
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("men") and len(w) > 4 and w not in ("specimen", "abdomen", "regimen"):
        return w[:-3] + "man"
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zzes", "sses")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


IRREGULAR = {
    "people": "person", "persons": "person", "children": "child", "men": "man",
    "women": "woman", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "buses": "bus", "busses": "bus", "series": "series",
    "species": "species", "data": "data", "media": "media", "staff": "staff",
    "police": "police", "personnel": "personnel", "crew": "crew", "cattle": "cattle",
    "sheep": "sheep", "fish": "fish", "deer": "deer", "aircraft": "aircraft",
    "crises": "crisis", "analyses": "analysis", "theses": "thesis",
    "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
    "leaves": "leaf", "thieves": "thief", "wolves": "wolf", "shelves": "shelf",
    "loaves": "loaf", "calves": "calf", "hooves": "hoof", "scarves": "scarf", "sheaves": "sheaf",
    "selves": "self", "elves": "elf", "dwarves": "dwarf", "wharves": "wharf",
    "indices": "index", "criteria": "criterion", "phenomena": "phenomenon",
    "viruses": "virus", "campuses": "campus", "statuses": "status",
    "census": "census", "taxes": "tax", "boxes": "box", "cases": "case",
    "houses": "house", "nurses": "nurse", "horses": "horse", "courses": "course",
    "responses": "response", "licenses": "license", "expenses": "expense",
    "purchases": "purchase", "releases": "release", "increases": "increase",
    "decreases": "decrease", "diseases": "disease", "vaccines": "vaccine",
    "doses": "dose", "uses": "use", "causes": "cause", "offenses": "offense",
    "offences": "offence", "pounds": "pound", "employees": "employee",
}
