"""Moments of a running story: which of its articles conflicting-figure compares.

A story folder an editor hands over is usually several outlets' reports of one
event, published within a few days.  A wire archive or a long-running story
also holds reports weeks apart (a takeover's offers, a monthly money-supply
release, an index level), and figures that changed in between are updates,
not errors: "raised its offer to 92 dlrs" a fortnight after "offered 88
dlrs".  So figures of two articles whose dates are more than ``WINDOW`` days
apart are never compared; an article without a date is compared with all.

The rule runs once per *moment*: for each date a dated article has, the
articles dated within ``WINDOW`` days after it, with the undated ones.  Two
articles within ``WINDOW`` days of each other share the moment that starts
at the earlier one's date; two further apart share none.  A moment inside
another one is skipped, and a finding (or an agreement) that two moments
both hold is kept once.  A story whose dates all lie within ``WINDOW`` days
(nearly every folder) is one moment, compared as a whole.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, List, Optional, Sequence, Tuple, TypeVar

from factcheck.model import Analysis, Finding
from factcheck.stories import day_number

WINDOW = 7
"""Days: figures of articles published further apart are never compared."""

T = TypeVar("T")


def moments(analyses: Sequence[Analysis]) -> List[List[int]]:
    """The indices of the articles of each moment, in story order (see the
    module documentation); one moment of every article when the dates span
    no more than ``WINDOW`` days."""
    days = [day_number(an.article.date) for an in analyses]
    dated = sorted({d for d in days if d is not None})
    if not dated or dated[-1] - dated[0] <= WINDOW:
        return [list(range(len(analyses)))]
    out: List[List[int]] = []
    last_end = None
    for start in dated:
        end = max(d for d in dated if d <= start + WINDOW)
        if end == last_end:
            continue  # inside the moment before: the same dated articles, fewer of them
        last_end = end
        out.append([i for i, d in enumerate(days) if d is None or start <= d <= end])
    return out


def by_moment(analyses: Sequence[Analysis], check: Callable[[Sequence[Analysis], Optional[list]], Iterator[Finding]],
              agreed: Optional[list] = None) -> Iterator[Finding]:
    """``check`` run on each moment of the story; a finding or an agreement
    two moments share is given once."""
    parts = moments(analyses)
    if len(parts) == 1:
        yield from check(analyses, agreed)
        return
    seen_findings, seen_agreed = set(), set()
    for part in parts:
        mine: list = []
        yield from _once(check([analyses[i] for i in part], mine if agreed is not None else None),
                         seen_findings, _finding_key)
        if agreed is not None:
            agreed.extend(_once(mine, seen_agreed, _agreement_key))


def _once(items: Iterable[T], seen: set, key: Callable[[T], tuple]) -> Iterator[T]:
    """The items whose key is not in ``seen`` yet (adding it)."""
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            yield item


def _finding_key(f: Finding) -> Tuple:
    return (f.path, f.start, f.end, f.message, tuple((r.path, r.start) for r in f.related))


def _agreement_key(a) -> Tuple:
    return (a.kind, a.why, tuple((f.path, f.start) for f in a.figures))
