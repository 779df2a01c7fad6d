"""Two reports' one date of taking effect, paired by elimination, for the
quantity model (``cross``).

A date after "from" that names no event ("The new rates apply from 1
April") and the date of a rise to come ("Bills will rise from May", "The
hourly fee will rise to £4 in November": ``effects.of_change``) are one
date, when the change takes effect, if each is the only date of taking
effect its report gives: the story's one change.  A report that dates two
things that take effect ("the timetable starts from 12 May, and fares will
rise from June") leaves the choice open, and two dates that name events of
their own are left to ``relate``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Dict, Iterator, List, Tuple

from . import likely
from .effects import EFFECTIVE, one_change
from .relate import Relation, _values_apart, disagree


def pairs(qs, articles, skip, quoted) -> Iterator[Tuple[int, int, object]]:
    """The pairs of dates (indexes into ``qs``) of two reports of one event
    (``articles``: each index's ``Article``) that are one date of taking effect with two values: each the only
    date of taking effect of its report (not in a quote, ``quoted``), one
    naming no event and the other a rise to come (``one_change``).  A report
    that dates two things that take effect ("the timetable starts from 12
    May, and fares will rise from June") leaves the choice open; ``skip`` is
    true for pairs already decided."""
    by_article: Dict[int, List[int]] = defaultdict(list)
    for i, q in enumerate(qs):
        if q.kind == "date" and EFFECTIVE in q.events and i not in quoted:
            by_article[q.article].append(i)
    ones = sorted(art for art, found in by_article.items() if len({qs[k].start for k in found}) == 1)
    for x, art_a in enumerate(ones):  # (one date may be read twice: "from April next year", with and without its year)
        for art_b in ones[x + 1:]:
            if not likely.reports_of_one_event(articles[art_a], articles[art_b]):
                continue
            found = [(i, j) for i in by_article[art_a] for j in by_article[art_b] if not skip(i, j)
                     and one_change(qs[i], qs[j]) and not _values_apart(qs[i], qs[j]) and disagree(qs[i], qs[j])]
            if found:
                i, j = found[0]
                yield i, j, Relation(certain=False, why="each is the only date of taking effect in its article "
                                                        "(a rise to come, and a date from which it applies)")
