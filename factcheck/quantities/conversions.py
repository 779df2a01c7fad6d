"""Two measures of one thing given in units of two systems ("the 30ft
wave" / "a 10m wave", "4,500 acres" / "1,800 hectares"): the model compares
them in the base unit of ``quantity_units.txt``, but one of them is often a
reporter's conversion of the other, rounded ("30ft (10m)"), so their values
agree within the rounding a conversion carries (``CONVERSION``), not only
within their own digits' (``relate.disagree``).

The system is read from each figure's own text ("62m", "48-metre", "525
feet", "1,200 hectares").
"""

from __future__ import annotations

import re

from factcheck.extract.lazy import Lazy

from . import words

CONVERSION = 0.10
"""How far apart (of the smaller value) a converted measure and the figure
it converts may be: "30ft" is given as "10m" (9.1m), "a mile" as "1.5km"."""

_METRIC = Lazy(r"metre|meter|\d\s*(?:m|km|cm|mm|kg)\b|kilo|hectare|kph", re.I)
_IMPERIAL = Lazy(r"\bf(?:oo|ee)t\b|-foot\b|\d\s*ft\b|mile|inch|yard|acre|pound|\d\s*lbs?\b|mph", re.I)


def _system(text: str) -> str:
    """"metric", "imperial" or "" for a figure's text."""
    if _METRIC.search(text):
        return "metric"
    return "imperial" if _IMPERIAL.search(text) else ""


def within_conversion(a, b, lo: float, hi: float) -> bool:
    """True when two measures of one base unit are given in units of two
    systems and the gap between their intervals (``lo`` the higher low,
    ``hi`` the lower high) is within a conversion's rounding."""
    if a.kind != "count" or a.noun != b.noun or a.noun not in words.measures() or hi <= 0:
        return False
    sa, sb = _system(a.text), _system(b.text)
    return bool(sa and sb and sa != sb) and lo <= hi * (1 + CONVERSION)
