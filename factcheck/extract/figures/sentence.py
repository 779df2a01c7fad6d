"""The figures of an article and of one sentence.

A sentence is read shape by shape, each shape taking its spans before the
next looks: phone numbers (taken, never figures), dates, vote tallies,
vague plurals ("dozens of"), fractions, numbers glued to a noun ("a
33-storey ship"), then every other number.  Cheap tests on the sentence
(a digit? a number word? a month's name?) skip the shapes it cannot hold.
"""

from __future__ import annotations

from typing import FrozenSet, List, Optional, Sequence, Tuple

from factcheck.model import Article, Figure, Sentence

from ..numbers import VAGUE, parse_words
from . import patterns as P
from .context import numeric
from .dates import dates
from .nouns import right_noun
from .scan import Scan
from .values import compound, fraction, number
from .words import verbs

SKIP_KINDS = frozenset({"byline", "meta", "dateline"})


def find_figures(article: Article, sents: Sequence[Sentence]) -> Tuple[Figure, ...]:
    """Every figure in the article's prose, in text order.

    Sentences of kind byline, meta or dateline are skipped, and so is any
    figure that overlaps one of ``article.hidden``.  Dates without a year take
    the article's year (else 2000) for their ordinal ``value``.
    """
    year = None
    if article.date and article.date[:4].isdigit():
        year = int(article.date[:4])
    out: List[Figure] = []
    hidden = article.hidden
    for s in sents:
        if s.kind in SKIP_KINDS:
            continue
        text = article.content[s.start:s.end]
        for f in sentence_figures(text, s.start, s.index, year):
            if hidden and any(h.start < f.end and f.start < h.end for h in hidden):
                continue
            out.append(f)
    return tuple(out)


def change_frames() -> FrozenSet[str]:
    """The frame names of change verbs ("rise", "fall", "hire", "cut", ...)."""
    return frozenset(verbs()[1].values())


def qualifier_parts(qualifier: Optional[str]) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """Split a Figure.qualifier into (time references, frames), each sorted.

    Time references are years ("2021") and relative periods ("last year");
    frames are the predicate ("rise", "hire", "operates"), subset and tense
    marks ("part", "compared", "future", "hedged") and the words that narrow
    the counted noun, marked "+" ("+bus" in "212 bus routes").
    """
    if not qualifier:
        return (), ()
    times, frames = [], []
    for part in qualifier.split("; "):
        if P.TIME_PART.match(part):
            times.append(part)
        elif part:
            frames.append(part)
    return tuple(sorted(times)), tuple(sorted(frames))


def sentence_figures(text: str, offset: int = 0, index: int = 0, year: Optional[int] = None) -> List[Figure]:
    """The figures in one sentence ``text`` that starts at ``offset`` in the
    article; ``index`` is the sentence's index, ``year`` the default year for
    dates written without one."""
    low_text = text.lower()
    has_digit, has_words = numeric(text, low_text)
    if not has_digit and not has_words:
        return []  # no digit and no number word: no figure
    scan = Scan(text, offset, index, year)
    # The prefilters below (PHONE_DIGITS, MONTH, HYPHEN_LOWER, VAGUE_WORDS)
    # each find a part every match of the full pattern has, with a fast scan.
    if has_digit and P.PHONE_DIGITS.search(text):
        scan.taken.extend(m.span() for m in P.PHONE.finditer(text))
    figs = dates(scan) if has_digit else []
    figs += _tallies(scan, low_text, has_digit)
    if has_words and (not low_text.isascii() or any(w in low_text for w in P.VAGUE_WORDS)):
        figs += _vague(scan)
    if "half" in low_text or "/" in text or "third" in low_text or "quarter" in low_text or "fifth" in low_text:
        figs += _each(scan, P.FRACTION, fraction)
    if P.HYPHEN_LOWER.search(text):
        figs += _each(scan, P.COMPOUND, compound)
    figs += _each(scan, P.NUM if has_words else P.NUM_DIGITS, number)
    figs.sort(key=lambda f: (f.start, f.end))
    return figs


def _each(scan: Scan, pattern, read) -> List[Figure]:
    """The figures ``read(match, scan)`` makes of the free matches of ``pattern``."""
    out = []
    for m in pattern.finditer(scan.text):
        fig = read(m, scan) if scan.free(*m.span()) else None
        if fig is not None:
            out.append(scan.take(fig))
    return out


def _tallies(scan: Scan, low_text: str, has_digit: bool) -> List[Figure]:
    """Vote tallies: "voted 6 to 3", "by 28 votes to 22", "a 5-4 ruling" (a
    dash counts only where the sentence speaks of a vote, ruling or the
    like)."""
    text = scan.text
    if not has_digit and "vot" not in low_text:  # without a digit, only "voted five to four"
        return []
    # A TALLY_WORDS match ("voted 6 to 3") holds "vot", "margin" or "tally"
    # (in lower case if the text is ASCII) and is itself a VOTE_CONTEXT
    # match; a TALLY match ("6-3") holds a TALLY_DASH match and counts only
    # where the context is found.
    tallies = (list(P.TALLY_WORDS.finditer(text))
               if not low_text.isascii() or any(w in low_text for w in ("vot", "margin", "tally")) else [])
    if " to " in text and (not low_text.isascii() or "vote" in low_text):
        tallies += P.TALLY_VOTES.finditer(text)  # "by 28 votes to 22"
    if has_digit and P.TALLY_DASH.search(text):
        tallies = tallies + list(P.TALLY.finditer(text)) if P.VOTE_CONTEXT.search(text) else []
    out = []
    for m in tallies:
        a, b = _tally_side(m.group("a")), _tally_side(m.group("b"))
        if a is None or b is None or a < b or not scan.free(m.start("a"), m.end("b")) or a + b == 0:
            continue
        if P.YEARISH.match(m.group("a")):
            continue
        s, e = m.start("a"), m.end("b")
        out.append(scan.figure(s, e, a, "tally", _polarity(text[e:e + 80]), bound="exact", counts="vote",
                               second=b))
        scan.taken.append((s, e))
    return out


def _tally_side(s: str) -> Optional[float]:
    if s.isdigit():
        return float(s)
    return parse_words(s)


def _polarity(after: str) -> List[str]:
    """["for"] or ["against"] when the words after a tally say which way the
    vote went ("voted 7-2 to approve", "voted 5-4 to reject"), else []."""
    if P.YES.search(after):
        return ["for"]
    if P.NO.search(after):
        return ["against"]
    return []


def _vague(scan: Scan) -> List[Figure]:
    """"dozens of people", "tens of thousands of fans": an interval."""
    out = []
    for m in P.VAGUE_OF.finditer(scan.text):
        if not scan.free(*m.span()):
            continue
        low, high = VAGUE[m.group("vague").lower()]
        counts, end, frames = right_noun(scan.text, m.end() - 3, "count", low)
        s, e = m.start(), max(m.end(), end)
        out.append(scan.figure(s, e, low, "count", list(frames) + ["vague"], bound="between", low=low, high=high,
                               counts=counts))
        scan.taken.append((s, e))
    return out
