"""A conflicting figure's copies in its article's headline.

A story's headline usually repeats the figure its first paragraph gives
("# Eight years for Quenby adviser" over "was given a sentence of eight
years").  When conflicting-figure relates that body figure to another
outlet's, the headline carries the same disagreement, and it is the line
readers see first: the finding names the headline's copy too, so the
editor fixes both.  A copy is a figure of the same unit and the same
value and bounds in a headline or heading line of the same article, or the
same words in its front matter's title ("title: Eight years for Quenby").
"""

from __future__ import annotations

import dataclasses
import re
from typing import Dict, List, Optional, Sequence, Tuple

from factcheck.model import Analysis, Figure, Finding

from .base import place

HEADLINE_KINDS = frozenset(("headline", "heading"))


def _same(a: Figure, b: Figure) -> bool:
    return a.unit == b.unit and a.value == b.value and a.low == b.low and a.high == b.high


def with_headline_copies(analyses: Sequence[Analysis], found: Finding) -> Finding:
    """``found`` with every place's headline copies added to its related
    places (in the order the places are named; none twice)."""
    by_path: Dict[str, Analysis] = {a.article.path: a for a in analyses}
    places = [(found.path, found.start, found.end)] + [(r.path, r.start, r.end) for r in found.related]
    named = {(path, start) for path, start, _ in places}
    extra: List = []
    for path, start, end in places:
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
    for path, start, end in places + [(x.path, x.start, x.end) for x in extra]:  # a heading's words ("£4.6m") too
        title = _title_copy(by_path[path].article.content, start, end) if path in by_path else None
        if title is not None and (path, title[0]) not in named:
            named.add((path, title[0]))
            extra.append(place(by_path[path], *title))
    return dataclasses.replace(found, related=tuple(found.related) + tuple(extra)) if extra else found


_TITLE_LINE = re.compile(r"\A---[ \t]*\n(?:(?!---).*\n)*?title:[ \t]*(.+)\n")


def _title_copy(content: str, start: int, end: int) -> Optional[Tuple[int, int]]:
    """(start, end) of the words of the body's place ``start:end`` in the
    article's front-matter title ("title: Eight years for Quenby" over the
    body's "eight years"), or None: the title is the headline an outlet
    shows, kept in front matter, which figure extraction does not read."""
    m = _TITLE_LINE.match(content)
    said = content[start:end].strip(" .,")
    if m is None or start < m.end() or len(said) < 2:
        return None
    at = re.search(r"(?<![\w£$€])" + re.escape(said) + r"(?![\w%])", m.group(1), re.I)
    return None if at is None else (m.start(1) + at.start(), m.start(1) + at.end())
