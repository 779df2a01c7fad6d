"""Figures kept apart only by a date the reports disagree on.

A figure's times are the years, weekdays and periods of its sentence, and
two figures whose times clash are two quantities ("58% full on Monday" /
"55% full by Thursday": ``relate._times_clash``).  But two reports of one
event sometimes disagree on the date of the very event their figures
belong to: "The centre will employ 75 researchers when it opens in autumn
2028" / "The centre is due to open in spring 2029 and to house 120
scientists".  The years clash, yet each is the date of the same opening,
given two ways: the two dates are one quantity that disagrees (and is
reported as such), and what the centre will have when it opens is one
quantity too, whose values may disagree as well.

So when two dates of two articles are taken for one quantity and disagree,
the figures of their two sentences are compared again without the words of
those dates among their times ("2028", "monday"): a pair of the two
sentences found only then is reported, with the disputed dates named in its
reason.  The dates must be of the story's one event to the model (``relate``
or elimination paired them), so a running story's two days ("12 killed on
Monday" / "five killed on Tuesday") stay apart: their dates are no
conflict.  Nothing else of the model is loosened, and only the figures of
the two sentences are compared again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Dict, FrozenSet, List, Sequence, Tuple

from factcheck.extract.figures import WEEKDAYS

from .describe import Quantity
from .likely import reports_of_one_event
from .relate import Relation

Spot = Tuple[int, int]  # (article, sentence)
Found = List[Tuple[int, int, Relation]]


def date_words(q: Quantity) -> FrozenSet[str]:
    """The words of a date that a figure of its sentence has among its times:
    its year and its weekday ("spring 2029" -> {"2029"}, "Monday" ->
    {"monday"})."""
    out = set()
    for w in q.text.lower().replace(",", " ").split():
        if w in WEEKDAYS or (len(w) == 4 and w.isdigit()):
            out.add(w)
    return frozenset(out)


def disputes(qs: List[Quantity], found: Found,
             articles: Sequence) -> Dict[Tuple[Spot, Spot], Tuple[FrozenSet[str], FrozenSet[str]]]:
    """The pairs of sentences whose dates ``found`` takes for one quantity
    and finds disagreeing, with each date's words, when the two articles
    (``articles``: the ``Article`` of each index) are two outlets' reports
    of one event (``likely.reports_of_one_event``): one outlet's two
    articles of a story give the news of two days, and two dates there are
    two events ("a 1.7 pct rise in July 1979" / "a 1.2 pct rise in April
    1986")."""
    out: Dict[Tuple[Spot, Spot], Tuple[FrozenSet[str], FrozenSet[str]]] = {}
    for i, j, _ in found:
        a, b = qs[i], qs[j]
        if a.kind != "date" or b.kind != "date" or a.article == b.article:
            continue
        if not reports_of_one_event(articles[a.article], articles[b.article]):
            continue
        wa, wb = date_words(a), date_words(b)
        if wa and wb and not wa & wb:
            out[((a.article, a.sentence), (b.article, b.sentence))] = (wa, wb)
    return out


def pairs(qs: List[Quantity], found: Found, compare: Callable[[List[Quantity]], Found], articles: Sequence) -> Found:
    """The pairs of figures of two sentences whose dates are disputed
    (``disputes``) that ``compare`` (the model's comparison of a story's
    quantities; ``articles``, the ``Article`` of each index) finds once the words of those dates are left out of their
    times, and not before."""
    disputed = disputes(qs, found, articles)
    if not disputed:
        return []
    retimed = list(qs)
    for (sa, sb), (wa, wb) in disputed.items():
        for k, q in enumerate(qs):
            for spot, dated in ((sa, wa), (sb, wb)):
                if q.kind != "date" and (q.article, q.sentence) == spot and q.times & dated:
                    retimed[k] = replace(retimed[k], times=retimed[k].times - dated)
    changed = {k for k in range(len(qs)) if retimed[k] is not qs[k]}
    if not changed:
        return []
    before = {frozenset((i, j)) for i, j, _ in found}
    out: Found = []
    for i, j, rel in compare(retimed):
        if frozenset((i, j)) in before or not ({i, j} & changed) or not _in_disputed(qs[i], qs[j], disputed):
            continue
        wa, wb = next(v for k, v in disputed.items() if _spots(qs[i], qs[j]) in (k, k[::-1]))
        said = " / ".join(sorted(wa) + sorted(wb))
        out.append((i, j, Relation(certain=False, why=rel.why + f"; the reports disagree on the date ({said})")))
    return out


def _spots(a: Quantity, b: Quantity) -> Tuple[Spot, Spot]:
    return (a.article, a.sentence), (b.article, b.sentence)


def _in_disputed(a: Quantity, b: Quantity, disputed: Dict[Tuple[Spot, Spot], object]) -> bool:
    """True when two figures stand in the two sentences of a disputed date."""
    sa, sb = _spots(a, b)
    return (sa, sb) in disputed or (sb, sa) in disputed


__all__: Sequence[str] = ("date_words", "disputes", "pairs")
