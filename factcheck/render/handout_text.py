"""Pieces of handout text shared by its sections: numbers and intervals
for people, sentences cut into marked runs, a figures table's group, an
article's findings grouped by flagged sentence."""

from __future__ import annotations

import datetime as _dt
from typing import Iterable, List, Optional, Sequence, Tuple

from factcheck.model import SEVERITIES


def number(value) -> str:
    """A number for people: 6000.0 -> '6,000'; 2.5 -> '2.5'."""
    if value is None:
        return ""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def interval(low, high, unit: str = "count", currency: Optional[str] = None) -> str:
    """The interval a figure implies, for people ('6,000', '≥ 60,000',
    '42,750 – 47,250')."""
    def fmt(v):
        if v is None:
            return ""
        if unit == "date":
            try:
                return _dt.date.fromordinal(int(v)).isoformat()
            except (ValueError, OverflowError):
                return str(v)
        if unit == "clock":  # minutes after midnight, as the quantity model reads a time of day
            return f"{int(v) // 60 % 24:02d}:{int(v) % 60:02d}"
        if abs(v) >= 1_000_000 and unit in ("count", "money"):
            s = f"{v / 1_000_000:,.3f}".rstrip("0").rstrip(".") + " million"
        else:
            s = number(v)
        if unit == "percent":
            return s + "%"
        if unit == "money" and currency:
            return f"{currency} {s}"
        return s

    if low is None and high is None:
        return "open"
    if low is None:
        return "\u2264 " + fmt(high)
    if high is None:
        return "\u2265 " + fmt(low)
    if low == high:
        return fmt(low)
    return f"{fmt(low)} \u2013 {fmt(high)}"


def quantity_interval(low, high, kind: str, currency: Optional[str] = None) -> str:
    """The interval of a quantity as the quantity model measures it: a
    duration in days ('21 days'), a time ago in days ('504 – 558 days
    ago'), a time of day as a clock reading ('20:20'); other kinds as
    :func:`interval` shows them."""
    if kind not in ("duration", "ago"):
        return interval(low, high, kind, currency)
    shown = interval(low, high, "count")
    return shown if shown == "open" else shown + (" days ago" if kind == "ago" else " days")


def figure_interval(fig) -> str:
    """The interval for a figure; a tally (5-4) shows its two sides."""
    if fig.unit == "tally" and fig.second is not None:
        return f"{number(fig.value)}\u2013{number(fig.second)}"
    return interval(fig.low, fig.high, fig.unit, fig.currency)


def runs(text: str, base: int, spans: Iterable[Tuple[int, int]]) -> List[dict]:
    """``text`` (which starts at offset ``base``) cut into runs, the parts
    inside ``spans`` (absolute offsets) marked.  Spans outside the text or
    malformed are ignored."""
    cuts: List[Tuple[int, int]] = []
    n = len(text)
    for s, e in spans:
        try:
            s, e = int(s) - base, int(e) - base
        except (TypeError, ValueError):
            continue
        s, e = max(0, s), min(n, e)
        if e > s:
            cuts.append((s, e))
    cuts.sort()
    out: List[dict] = []
    pos = 0
    for s, e in cuts:
        if e <= pos:
            continue
        s = max(s, pos)
        if s > pos:
            out.append({"text": text[pos:s], "mark": False})
        out.append({"text": text[s:e], "mark": True})
        pos = e
    if pos < n:
        out.append({"text": text[pos:], "mark": False})
    return out


def figure_group(story: str, counts: str, unit: str, items: List[dict], verdict: str) -> dict:
    items = sorted(items, key=lambda i: (i["outlet"], i["start"]))
    has_bounds = any(i["low"] is not None or i["high"] is not None for i in items)
    return {
        "story": story,
        "counts": counts,
        "unit": unit,
        "verdict": verdict,
        "conflict": verdict.startswith("conflict") or verdict.startswith("differs"),
        "chart": has_bounds and (verdict.startswith("conflict") or verdict.startswith("differs"))
        and unit not in ("date", "clock"),
        "rows": items,
    }


def by_sentence(entries: Sequence[dict]) -> List[dict]:
    """The entries of one article as one item per flagged sentence: the
    sentence once, with the words every finding on it flags marked, then
    each finding's line (several rules on one sentence are one entry)."""
    out: List[dict] = []
    for e in entries:
        key = e["_sentence"][:2] if e["_sentence"] else None
        if out and key is not None and out[-1]["key"] == key:
            item = out[-1]
        else:
            item = {"key": key, "spans": [], "findings": [], "related": [],
                    "paragraph": e["paragraph"], "line": e["line"]}
            out.append(item)
        item["findings"].append(e)
        if e["_sentence"]:
            item["spans"].extend(e["_sentence"][2])
        item["related"].extend(r for r in e["related"] if r not in item["related"])
    for item in out:
        item["runs"] = runs(item["key"][0], item["key"][1], item["spans"]) if item["key"] else []
        item["severity"] = min((f["severity"] for f in item["findings"]), key=SEVERITIES.index)
    return out
