"""vague-attribution's reading of a story told in the first person (issue
12, the blind dev re-judgement of 2026-12-06): a column or diary ("All my
colleagues think I'm mad to run"), a reader's comment on a comments page
("Many people believe you, Mr Hale"), an interview transcript.  Crowds there
are the writer's own voice, not a source the desk can ask for (JUDGING.md:
judge the article type first), so the rule reports them at ``info``.

The test is local and counted: the flagged sentence's paragraph speaks in
the narrator's first or second person outside quotation marks ("I", "my",
"you"), and so do at least ``PARAGRAPHS`` paragraphs of the story.  A news
story's narrator rarely says "I" or "you" outside quotes; one that quotes
a speaker at length without quotation marks may, once or twice.
"""

from __future__ import annotations

import re
from typing import FrozenSet, List, Optional, Set, Tuple

from factcheck.extract.lazy import Lazy
from factcheck.model import Analysis

PARAGRAPHS = 5
# the narrator's "I", "my", "you": not the "I" of "F.B.I." or of "World War I."
_NARRATOR = Lazy(r"(?<![.\w])(?:I(?![.\w])|I['\u2019](?:m|ve|d|ll)\b|(?:[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b)")


def first_person(analysis: Analysis, index: int) -> bool:
    """True when sentence ``index`` is in a paragraph that speaks in the
    narrator's first or second person outside quotes, in a story where at
    least ``PARAGRAPHS`` paragraphs do (a column, a diary, a comments page,
    an interview transcript)."""
    global _LAST
    if _LAST[0] is not analysis:  # speed: the story's paragraphs are read once for all its vague sources
        _LAST = (analysis, frozenset(voiced_paragraphs(analysis)))
    voiced = _LAST[1]
    return len(voiced) >= PARAGRAPHS and analysis.sentences[index].paragraph in voiced


_LAST: Tuple[Optional[Analysis], FrozenSet[int]] = (None, frozenset())  # the last story read and its voiced paragraphs


def voiced_paragraphs(analysis: Analysis) -> Set[int]:
    """The paragraphs whose body sentences say "I", "my" or "you" outside quotation marks."""
    text = analysis.article.content
    quotes = sorted((q.start, q.end) for q in analysis.quotes)
    out: Set[int] = set()
    for s in analysis.sentences:
        if s.kind == "body" and s.paragraph not in out and any(
                _NARRATOR.search(text, lo, hi) for lo, hi in _unquoted_spans(s.start, s.end, quotes)):
            out.add(s.paragraph)
    return out


def _unquoted_spans(start: int, end: int, quotes: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The parts of ``start``-``end`` outside the quotes (sorted spans)."""
    spans, at = [], start
    for lo, hi in quotes:
        if hi <= at or lo >= end:
            continue
        if lo > at:
            spans.append((at, lo))
        at = max(at, hi)
    if at < end:
        spans.append((at, end))
    return spans
