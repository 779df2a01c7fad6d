"""A conflicting figure's copies in its article's headline.

A story's headline usually repeats the figure its first paragraph gives
("# Eight years for Quenby adviser" over "was given a sentence of eight
years").  When conflicting-figure relates that body figure to another
outlet's, the headline carries the same disagreement, and it is the line
readers see first: the finding names the headline's copy too, so the
editor fixes both.  A copy is a figure of the same unit and the same
value and bounds in a headline or heading line of the same article.
"""

from __future__ import annotations

import dataclasses
from typing import Dict, List, Sequence

from factcheck.model import Analysis, Figure, Finding

from .base import place

HEADLINE_KINDS = frozenset(("headline", "heading"))


def _same(a: Figure, b: Figure) -> bool:
    return a.unit == b.unit and a.value == b.value and a.low == b.low and a.high == b.high


def with_headline_copies(analyses: Sequence[Analysis], found: Finding) -> Finding:
    """``found`` with every place's headline copies added to its related
    places (in the order the places are named; none twice)."""
    by_path: Dict[str, Analysis] = {a.article.path: a for a in analyses}
    places = [(found.path, found.start)] + [(r.path, r.start) for r in found.related]
    named = set(places)
    extra: List = []
    for path, start in places:
        a = by_path.get(path)
        if a is None:
            continue
        figure = next((f for f in a.figures if f.start == start), None)
        if figure is None or a.sentences[figure.sentence].kind in HEADLINE_KINDS:
            continue
        for h in a.figures:
            if (path, h.start) not in named and a.sentences[h.sentence].kind in HEADLINE_KINDS and _same(h, figure):
                named.add((path, h.start))
                extra.append(place(a, h.start, h.end))
    return dataclasses.replace(found, related=tuple(found.related) + tuple(extra)) if extra else found
