"""Where in its article a figure stands, for comparisons within one article.

Two figures of one article are compared only when nothing in the article
sets them apart (conflicting-figure, ``Quantity.link_within_articles``):

* ``live_sections``: a live blog's timestamped updates ("10:10 p.m.")
  report a count as it changes; figures of two updates are two times.
* ``inherited_periods``: a sentence that names no period of its own takes
  the periods of the sentence before it ("Imports for the December 1986
  quarter were 2.655 billion ... Exports were 2.837 billion" / "Imports for
  the year ended December 1986 were 10.74 billion ... Exports were 11.20
  billion": a quarter's exports and a year's).
"""

from __future__ import annotations

import bisect
import re
from typing import Dict, Tuple

from factcheck.extract.figures import qualifier_parts
from factcheck.model import Analysis, Figure

_TIMESTAMP = re.compile(r"\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?\s*$", re.I)


def live_sections(a: Analysis) -> Dict[int, int]:
    """Sentence index -> the number of the live-blog update it belongs to,
    counting paragraphs that are only a time ("10:10 p.m."); empty when the
    article has none (one section)."""
    text = a.article.content
    stamps = [p.start for p in a.paragraphs if p.end - p.start <= 16 and _TIMESTAMP.match(text, p.start, p.end)]
    if not stamps:
        return {}
    return {s.index: bisect.bisect_right(stamps, s.start) for s in a.sentences}


def inherited_periods(a: Analysis, f: Figure) -> Tuple[str, ...]:
    """The periods figure ``f`` takes from the sentence before its own when
    its own sentence names none: those the figures of that sentence name
    (sorted, without repeats); () when ``f``'s sentence names a period, or
    it opens the article or the sentence before names none."""
    own, before = set(), set()
    for g in a.figures:  # f is among them
        if g.sentence == f.sentence:
            own.update(qualifier_parts(g.qualifier)[0])
        elif g.sentence == f.sentence - 1:
            before.update(qualifier_parts(g.qualifier)[0])
    return () if own else tuple(sorted(before))
