"""Whether the story says why an unnamed source was granted anonymity, for
that source (helpers of the anonymous-source rule).

``reason(analysis, a, reasons, others)`` finds the stated reason that
belongs to ``a``'s source: one in the same or an adjacent sentence, else one
whose sentence names the same kind of source, wherever it is in the story
("The official spoke on condition of anonymity because ..." two sentences
on); ``acknowledged`` finds "spoke on condition of anonymity" without a
reason.  A source marked as a different one ("another official", "a
second source") does not borrow the reason given for the first.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, List, Optional, Sequence, Set, Tuple

from factcheck.extract.anonymity import ACKNOWLEDGED
from factcheck.extract.lazy import Lazy
from factcheck.extract.sources import head_part
from factcheck.extract.tokens import bare, tokens
from factcheck.model import Analysis, Attribution, Span

_DEFINITE = frozenset(("the", "this", "that", "these", "those"))


def reason_sentences(analysis: Analysis) -> List[Tuple[int, Span]]:
    out = []
    for r in analysis.anonymity_reasons:
        s = analysis.sentence_at(r.start)
        out.append((s.index if s is not None else -1, r))
    return out


def reason(analysis: Analysis, a: Attribution, reasons: Sequence[Tuple[int, Span]],
            others: Set[int]) -> Optional[Span]:
    """The reason for anonymity that refers to ``a``'s source: one in the
    same or an adjacent sentence, else one whose sentence names the same
    kind of source ("officials"), else None.  ``others`` is
    ``other_sources(analysis, a)``."""
    # a reason in a neighbouring sentence that has its own, different, unnamed source is that
    # source's ("A law enforcement official, who spoke on condition of anonymity because ..., said")
    text = analysis.article.content
    head = head_noun(text, a)
    # "another official", "a second source": a different person, who does not borrow the reason given
    # for the first; only one given in its own sentence, or one given for several ("the officials")
    covers = _covers(analysis, a, head)
    near = [r for si, r in reasons if (si == a.sentence or abs(si - a.sentence) == 1 and si not in others)
            and covers(si)]
    if near:
        return min(near, key=lambda r: abs(r.start - a.source_start))
    back = _pointed_back(analysis, a, reasons, others)
    if back is not None:
        return back
    for si, r in reasons:
        # "who, like many of the two dozen other Democrats interviewed, requested anonymity to speak
        # freely": a reason the story gives for its interviewees as a group is every unnamed one's
        if si >= 0 and _BLANKET.search(text, analysis.sentences[si].start, r.start) and covers(si):
            return r
    if not head:
        return None
    for si, r in reasons:
        if si < 0 or not covers(si):
            continue
        if si in others:  # that sentence's own unnamed sources, not any word ("help from a second person")
            words = {head_noun(text, x) for x in analysis.attributions if x.sentence == si and x.source_class == "anonymous"}
        else:
            words = {bare(t[0]) for t in tokens(text, analysis.sentences[si].start, analysis.sentences[si].end)}
        if head in words or head.rstrip("s") in words or head + "s" in words:
            return r
    return None


def acknowledged(analysis: Analysis, a: Attribution, others: Set[int]) -> bool:
    """True when the same or an adjacent sentence says the source is
    unnamed on purpose ("spoke on condition of anonymity") without a reason;
    an adjacent sentence with its own unnamed source speaks for that one.
    ``others`` is ``other_sources(analysis, a)``."""
    sents = analysis.sentences
    covers = _covers(analysis, a, head_noun(analysis.article.content, a))
    near = [i for i in (a.sentence - 1, a.sentence, a.sentence + 1)
            if 0 <= i < len(sents) and i not in others and covers(i)]
    return any(ACKNOWLEDGED.search(analysis.article.content, sents[i].start, sents[i].end) for i in near)


def _pointed_back(analysis: Analysis, a: Attribution, reasons: Sequence[Tuple[int, Span]],
                  others: Set[int]) -> Optional[Span]:
    """A reason given up to three sentences after ``a``'s in a sentence that
    opens by pointing back ("They spoke on condition of anonymity because
    ...", "Both asked not to be named ..."), with no other unnamed source
    told of in between: the reason is ``a``'s, though it does not repeat
    the noun."""
    text = analysis.article.content
    for si, r in reasons:
        if not a.sentence + 1 < si <= a.sentence + 3 or si in others:
            continue
        if any(x.source_class == "anonymous" and a.sentence < x.sentence < si for x in analysis.attributions):
            continue
        toks = tokens(text, analysis.sentences[si].start, analysis.sentences[si].end)
        if toks and bare(toks[0][0]) in BACK:
            return r
    return None


# "like all those interviewed", "like many of the two dozen other top Democrats interviewed by the paper"
_BLANKET = Lazy(r"\blike\s+(?:all|many|most|several|others|the\s+others|other)\b[^.;]{0,80}?"
                      r"\b(?:interviewed|interviews|spoke\s+to|contacted|quoted)\b", re.I)
_DISTINCT = frozenset(("another", "second", "third", "fourth", "fifth", "other", "different"))
_SEVERAL = frozenset(("both", "all", "two", "three", "several"))


def _covers(analysis: Analysis, a: Attribution, head: str) -> Callable[[int], bool]:
    """Whether a reason for anonymity given in sentence ``si`` may be ``a``'s:
    always, unless ``a`` is marked as a different source ("another
    official", "a second source", "other aides"; then only a reason in its
    own sentence, or one whose sentence speaks of several: "the officials",
    "both")."""
    text = analysis.article.content
    toks = tokens(text, a.source_start, a.source_end)
    if not any(bare(t[0]) in _DISTINCT for t in toks[:3]):
        return lambda si: True
    plural = head if head.endswith("s") else head + "s"

    def covers(si: int) -> bool:
        if si == a.sentence:
            return True
        words = {bare(t[0]) for t in tokens(text, analysis.sentences[si].start, analysis.sentences[si].end)}
        return plural in words or bool(words & _SEVERAL)
    return covers


BACK = frozenset(("them", "they", "those", "these", "both", "either", "he", "she", "him", "her"))


def other_sources(analysis: Analysis, a: Attribution) -> Set[int]:
    """Indices of the other sentences whose unnamed sources are not ``a``'s:
    a different head noun ("official" / "person"), and ``a`` does not point
    back at them ("One of them", "They")."""
    text = analysis.article.content
    toks = tokens(text, a.source_start, a.source_end)
    if {t[0].lower() for t in toks} & BACK:
        return set()
    if len(toks) == 2 and bare(toks[0][0]) in _DEFINITE and bare(toks[1][0]) in ("source", "person"):
        # "the source recalled", "the person added": the unnamed source just told of, whatever its noun
        # ("one of two witnesses", "a longtime adviser")
        return set()
    head = head_noun(text, a).rstrip("s")
    return {x.sentence for x in analysis.attributions
            if x.source_class == "anonymous" and x.sentence != a.sentence and head_noun(text, x).rstrip("s") != head}


def head_noun(text: str, a: Attribution) -> str:
    """The bare head noun of ``a``'s source phrase ("official")."""
    return _head_of(text, a.source_start, a.source_end)


@lru_cache(maxsize=1024)
def _head_of(text: str, start: int, end: int) -> str:
    """The bare head noun of the source phrase ``text[start:end]``; cached:
    ``_other_sources`` asks it for every unnamed source of the article, for
    each finding."""
    toks = head_part(tokens(text, start, end))
    return bare(toks[-1][0]) if toks else ""
