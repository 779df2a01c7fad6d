"""What a distance or a date is the measure of, in the words a reporter
writes around it (issue 11, fresh-copy precision).

Two figures of one kind and one event can still be two quantities because
of how far they reach:

* a distance as a place's distance ("Westfold General, 17 miles away",
  "the airfield, three miles to the west") is not a length of something
  ("cut a path roughly 2 miles long", "a 2-mile stretch");
* a round trip ("a round trip of 34 miles", "a 40-minute round trip",
  "there and back") is twice a single journey: a figure so marked is never
  one quantity with a figure that is not;
* a date when something starts ("the first layoffs would begin Dec. 15",
  "starting in March") is not the date by which it ends ("will be finished
  by the end of March", "until June").

``sense`` reads the words next to the figure, inside its own clause;
``apart`` keeps two figures apart when their senses differ (a round trip
against anything else; a place's distance against a length, a start
against an end, when both sides say so).
"""

from __future__ import annotations

import re

from factcheck.extract.lazy import Lazy

ROUND, AWAY, LONG, START, END = "round", "away", "long", "start", "end"

_ROUND = Lazy(r"\b(?:round[- ]trips?|return\s+(?:trips?|journeys?)|there\s+and\s+back|both\s+ways)\b", re.I)
_AWAY_AFTER = Lazy(r"\s*(?:\)\s*)?(?:away|distant|off(?:shore)?|(?:to\s+the\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?"
                   r"(?:\s+of|\b)|from\b|outside\b|up(?:stream|river)|down(?:stream|river))", re.I)
_LONG_AFTER = Lazy(r"\s*(?:long\b|in\s+length\b)", re.I)
_LONG_BEFORE = Lazy(r"\b(?:path|trail|track|route|stretch|length|section|swathe|swath)\s+(?:of\s+)?"
                    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$", re.I)
_START_BEFORE = Lazy(r"\b(?:begin|begins|began|begun|beginning|start|starts|started|starting|commence[sd]?|commencing|"
                     r"kick\s+off|kicks\s+off|from)\b(?:\s+(?:on|in|at|from))?(?:\s+the\s+(?:start|beginning)\s+of)?\s*$",
                     re.I)
_END_BEFORE = Lazy(r"\b(?:(?:finish(?:es|ed|ing)?|complet(?:e|es|ed|ing)|end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|"
                   r"wrap(?:s|ped|ping)?\s+up|done|over)\s+(?:by|in|on)|until|till|"
                   r"by\s+the\s+end\s+of|no\s+later\s+than)(?:\s+the\s+end\s+of)?\s*$", re.I)
_CLAUSE = Lazy(r"[,;:(]|\b(?:and|but|while|after|before|when|which|who)\b", re.I)
_LENGTH_UNITS = Lazy(r"\b(?:miles?|mi|km|kilomet(?:re|er)s?|met(?:re|er)s?|m|yards?|feet|foot|ft)\b|\d(?:km|m|mi|ft)\b", re.I)


def _own_before(text: str, s: int) -> str:
    """The words before offset ``s`` back to its clause's start (at most
    60 characters)."""
    before = text[max(0, s - 60):s]
    cut = None
    for m in _CLAUSE.finditer(before):
        cut = m.end()
    return before[cut:] if cut is not None else before


def _own_after(text: str, e: int) -> str:
    """The words after offset ``e`` up to its clause's end (at most 40
    characters)."""
    after = text[e:e + 40]
    m = _CLAUSE.search(after, 1)
    return after[:m.start()] if m else after


def sense(text: str, s: int, e: int, unit: str, figure: str) -> str:
    """The reach of the figure ``text[s:e]`` of unit ``unit``: ``ROUND``,
    ``AWAY``, ``LONG``, ``START``, ``END`` or ""."""
    before, after = _own_before(text, s), _own_after(text, e)
    if unit == "date":
        if _END_BEFORE.search(before):
            return END
        return START if _START_BEFORE.search(before) else ""
    if unit not in ("count", "duration", "money"):
        return ""
    if _ROUND.search(before[-30:]) or _ROUND.match(after.lstrip(" -")) or _ROUND.search(after[:20]):
        return ROUND
    if unit != "count" or not _LENGTH_UNITS.search(figure):
        return ""
    if _LONG_AFTER.match(after) or _LONG_BEFORE.search(before):
        return LONG
    return AWAY if _AWAY_AFTER.match(after) else ""


def apart(a, b) -> bool:
    """True when the reaches of two quantities make them two: a round trip
    against a figure that is not one, or two different reaches both said."""
    return reaches_apart(a.reach, b.reach)


def reaches_apart(ra: str, rb: str) -> bool:
    """``apart`` on two reaches (``sense``)."""
    if ra == rb:
        return False
    return ROUND in (ra, rb) or bool(ra and rb)
