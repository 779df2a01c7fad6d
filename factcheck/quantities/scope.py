"""Which words of a sentence are a figure's own when the sentence gives
several figures (issue 11, seventh round).

A word after a figure that stands beyond the next figure of its sentence
belongs to that nearer figure: "was jailed for six years at Carlow Crown
Court on Tuesday after a nine-week trial" (the trial is what lasted nine
weeks, not six years); "paid $560 million for Tarrow Airport, which served
2.9 million travellers last year" (last year is when the travellers were
counted, not when the airport was paid for).  Only a next figure past a clause or
phrase boundary ("after", "which", a comma) ends a figure's words: one
inside its noun phrase does not ("1,200 pupils at the three affected schools
have been offered the jab").  Words before a figure are left alone: a
sentence's opening adverbial ("On Saturday, 12 people died and 40 were
hurt") and a verb shared by coordinated figures ("killed 12 people and
injured 40") reach every figure of the clause.
"""

from __future__ import annotations

import bisect
import re
from typing import Dict, FrozenSet, List, Optional, Tuple

from factcheck.extract.lazy import Lazy
from factcheck.model import Analysis, Figure

from . import words

_BOUNDARY = Lazy(r"[,;:(]|\b(?:after|before|because|when|since|while|but|which|who|where|than|said|says)\b", re.I)

_last: List[object] = [None, {}]


def _starts(an: Analysis) -> Dict[int, List[int]]:
    """The start offsets of each sentence's figures, sorted (cached for the
    last article: its figures are described one after another)."""
    if _last[0] is not an:
        by: Dict[int, List[int]] = {}
        for g in an.figures:
            by.setdefault(g.sentence, []).append(g.start)
        _last[0], _last[1] = an, {k: sorted(v) for k, v in by.items()}
    return _last[1]  # type: ignore[return-value]


def next_start(an: Analysis, f: Figure) -> Optional[int]:
    """The offset (in the article) where the next figure of ``f``'s sentence
    starts, or None when ``f`` is its sentence's last figure."""
    starts = _starts(an).get(f.sentence, [])
    x = bisect.bisect_left(starts, f.end)
    return starts[x] if x < len(starts) else None


def limit(an: Analysis, f: Figure, sentence: str, offset: int) -> Optional[int]:
    """Where ``f``'s own words end in ``sentence`` (which starts at
    ``offset`` in the article): the next figure of the sentence when a
    clause or phrase boundary stands between them, else None."""
    nxt = next_start(an, f)
    if nxt is None or not _BOUNDARY.search(sentence, f.end - offset, nxt - offset):
        return None
    return nxt - offset


def cut_after(after: Tuple[str, ...], after_starts: Tuple[int, ...], limit: Optional[int]) -> Tuple[str, ...]:
    """The words of ``after`` (with their offsets ``after_starts``) that
    start before ``limit``."""
    if limit is None:
        return after
    return after[:bisect.bisect_left(after_starts, limit)]


def own_periods(periods: FrozenSet[str], sentence: str, limit: Optional[int]) -> FrozenSet[str]:
    """The periods figure extraction gave a figure without those its
    sentence only names beyond the next figure (``limit``, an offset in
    ``sentence``)."""
    if limit is None:
        return periods
    low = sentence.lower()
    return frozenset(p for p in periods if not 0 <= limit <= low.find(p))


_HYPHEN_NOUN = Lazy(r"\s+([a-z]{3,})\b")


def hyphen_event(sentence: str, end: int, text: str) -> Optional[Tuple[FrozenSet[str], FrozenSet[str]]]:
    """(classes, words) of the event a hyphenated span names as its own
    noun ("a nine-week trial", "the 48-hour stoppage"), or None: that noun
    is what lasted, and the clause's verb ("was jailed for six years ...
    after a nine-week trial") is another figure's."""
    if "-" not in text:
        return None
    m = _HYPHEN_NOUN.match(sentence, end)
    if not m:
        return None
    classes = words.event_classes(m.group(1), "duration")
    return (classes, frozenset({m.group(1)})) if classes else None


_CHANGE_AFTER = Lazy(r"\s+(more|higher|dearer|costlier)\b")


def change_after(sentence: str, end: int, events: FrozenSet[str],
                 ev_words: FrozenSet[str]) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """A share right before "more" or "higher" is a rise ("season tickets
    will cost 9% more" / "prices will rise by 6%")."""
    m = _CHANGE_AFTER.match(sentence, end)
    if not m:
        return events, ev_words
    return events | {"increase"}, ev_words | {m.group(1)}


CLAUSE_ROLES = frozenset({"demand", "average"})
"""Roles a word gives every figure after it in its clause, however far:
"Prosecutors had asked for a sentence of eight years" (a demand, not the
sentence imposed), "The club's average home attendance this season is
24,500" (an average, not one match's crowd).  An offer is not one: "Police
offered a reward of $10,000" is the reward, not an offer against a demand."""


def clause_roles(sentence: str, start: int, opening_pattern) -> FrozenSet[str]:
    """The ``CLAUSE_ROLES`` that words of the clause before ``start`` give a
    figure (the clause opens after the last match of ``opening_pattern``)."""
    opening = max((m.end() for m in opening_pattern.finditer(sentence, 0, start)), default=0)
    listed = words.roles()
    found = {listed.get(w.lower()) for w in _WORDS.findall(sentence, opening, start)}
    return frozenset(found & CLAUSE_ROLES)


_WORDS = Lazy(r"[A-Za-z]+")
