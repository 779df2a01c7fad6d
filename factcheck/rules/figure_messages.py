"""The message and payload of a conflicting-figure finding: the figures'
wordings, the ranges their words imply, and where each stands."""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from factcheck.model import Analysis, ConflictPayload, Figure, FigureVersion, Finding
from factcheck.rules.base import finding, place


_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹"}


def _num(x: float, unit: str, currency: Optional[str] = None) -> str:
    if abs(x) >= 1e9:
        text = f"{x / 1e9:,.5g} billion"
    elif abs(x) >= 1e6:
        text = f"{x / 1e6:,.5g} million"
    elif float(x).is_integer():
        text = f"{x:,.0f}"
    else:
        text = f"{x:,.4g}"
    if unit == "money" and currency:
        sym = _SYMBOLS.get(currency)
        return sym + text if sym else f"{text} {currency}"
    return text + ("%" if unit == "percent" else "")


def describe_range(f: Figure) -> str:
    """The interval a figure's wording implies, for people: "40,500 to
    49,500", "6,000 or more", "up to 500", "exactly 39"."""
    lo, hi, u, c = f.low, f.high, f.unit, f.currency
    if lo is not None and hi is not None:
        return f"exactly {_num(lo, u, c)}" if lo == hi else f"{_num(lo, u, c)} to {_num(hi, u, c)}"
    if lo is not None:
        return f"{_num(lo, u, c)} or more"
    if hi is not None:
        return f"up to {_num(hi, u, c)}"
    return "any value"


def conflict_finding(analyses: Sequence[Analysis], key, group: List[Tuple[int, Figure]]) -> Finding:
    counts, unit, _ = key
    first_ai, first = group[0]
    a0 = analyses[first_ai]
    wordings = []
    for ai, f in group:
        label = f'"{f.text}" ({analyses[ai].article.label})'
        if label not in wordings:
            wordings.append(label)
    what = "vote tally" if unit == "tally" else ("date of the " + counts if unit == "date" else counts)
    message = f"Conflicting figures for {what}: " + " vs ".join(wordings) + "."
    if unit in ("count", "money", "percent"):
        ranges = []
        for _, f in group:
            r = describe_range(f)
            if r not in ranges:
                ranges.append(r)
        if len(ranges) > 1:
            message += " The wordings imply " + " and ".join(ranges) + ", which do not overlap."
    payload = ConflictPayload(counts=counts, unit=unit, verdict="conflict", figures=tuple(
        FigureVersion(path=analyses[ai].article.path, outlet=analyses[ai].article.label, text=f.text,
                      low=f.low if unit != "tally" else f.value, high=f.high if unit != "tally" else f.second,
                      start=f.start, end=f.end)
        for ai, f in group))
    related = [place(analyses[ai], f.start, f.end) for ai, f in group[1:]]
    return finding(a0, first.start, first.end, message, related=related, payload=payload)
