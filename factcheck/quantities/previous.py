"""The one date of the previous occurrence each of two reports gives.

A report often says when the story's happening last occurred before, in
words of its own: "It was the club's first title since 1987" / "the
club, who last won in 1997"; "The price was last raised in September 2023"
/ "The last increase was in 2021".  ``spans.previous_of`` reads each as
the event "previous:<noun>", but the nouns differ ("title" / "won"), so
``relate`` cannot join them.  An editor does by elimination: when each of
two reports of one event gives one such date, both say when the story's
thing last happened.  Two such dates are not paired when their nouns name
two events of their own ("the first fire since 2019" / "the last
inspection was in 2022") or one is a plan.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Dict, Iterator, List, Sequence, Tuple

from . import words
from .describe import Quantity
from .relate import Relation, disagree

PREVIOUS = "previous:"


def _nouns(q: Quantity) -> List[str]:
    return [e[len(PREVIOUS):] for e in q.events if e.startswith(PREVIOUS)]


def _classes(q: Quantity) -> frozenset:
    found = frozenset()
    for n in _nouns(q):
        found |= words.event_classes(n, "date")
    return found


def pairs(qs: Sequence[Quantity], one_event, skip) -> Iterator[Tuple[int, int, Relation]]:
    """Pairs (indexes into ``qs``) of the one previous-occurrence date of
    each of two articles that ``one_event(a, b)`` (article indexes) takes
    for reports of one event, whose values disagree; ``skip(i, j)``: pairs
    decided otherwise."""
    by_article: Dict[int, List[int]] = defaultdict(list)
    for i, q in enumerate(qs):
        if q.kind == "date" and _nouns(q) and q.low is not None and q.high is not None:
            by_article[q.article].append(i)
    arts = sorted(a for a, members in by_article.items() if len(members) == 1)
    for x, art_a in enumerate(arts):
        for art_b in arts[x + 1:]:
            i, j = by_article[art_a][0], by_article[art_b][0]
            a, b = qs[i], qs[j]
            if not one_event(art_a, art_b) or a.modal or b.modal or skip(i, j) or not disagree(a, b):
                continue
            ca, cb = _classes(a), _classes(b)
            if ca and cb and not ca & cb and not words.one_family(ca, cb, "date"):
                continue
            shown = " / ".join(dict.fromkeys(_nouns(a) + _nouns(b)))
            yield i, j, Relation(certain=False, why=f"each is the only date in its article of the last time "
                                                    f"before ({shown})")
