"""vague-attribution's readings of agentless or collective wording that
reports an event of record or a market figure rather than crediting a claim
to a crowd (issue 12, the blind dev re-judgement of 2026-12-06): what
"emerged" in a time clause, criticism faced with no critics named, the
analysts' consensus estimate of earnings a share, and the appearance of
someone sought, and a perception that dates or grounds the news in a
subordinate clause ("when she was viewed as the front-runner", "since the
dollar is seen as the reserve currency").  The rule reports these at
``info``."""

from __future__ import annotations

import re

from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import word_set
from factcheck.model import Analysis

# "after it emerged that ...": what emerged is the background a time clause dates the news by
_EMERGED_AFTER = Lazy(r"\b(?:after|when|since|until|before|once|as)\s+$", re.I)
# "faced criticism for ...", "drawing criticism over ...": that there was criticism, nobody's claim (not
# "faced criticism from many environmentalists", which credits a crowd with a view)
_CRITICISM_CREDITED = Lazy(r"[^.;:!?]{0,60}?\b(?:from|by)\b", re.I)


def background(text: str, start: int, end: int, sentence_end: int) -> bool:
    """True for agentless wording that reports an event of record rather
    than a claim: "it emerged" in a time clause ("Parmalat collapsed after it
    emerged that ...") and criticism faced or drawn with no one credited with
    it ("Trump has faced criticism for his overtures to Putin")."""
    words = text[start:end].lower()
    if "emerged" in words:
        return _EMERGED_AFTER.search(text, max(0, start - 8), start) is not None
    said = words.split()
    if "criticism" in said and said[0] in _FACED:
        # "attracted media criticism": the word before it says whose criticism (criticism from the media)
        return said[-2] not in _CRITICS and _CRITICISM_CREDITED.match(text, end, sentence_end) is None
    return False


_FACED = frozenset(("facing", "faced", "face", "faces", "drew", "drawing", "draw", "draws", "drawn", "attracted",
                    "attracting"))
_CRITICS = word_set("collective_heads") | word_set("outlet_words") | {"media"}


# a person's appearance, as a description of someone sought gives it ("is described as white, aged 30")
_APPEARANCE = Lazy(r"\s+as\s+(?:being\s+)?(?:(?:a|an)\s+)?(?:white|black|asian|mixed[- ]race|aged\b|in\s+(?:his|her)\s+"
                   r"(?:early\s+|mid\s+|mid-|late\s+)?\d|about\s+\d|around\s+\d|\d|tall|short|slim|stocky|thin|"
                   r"of\s+(?:medium|slim|stocky|heavy|slight)\s+build)", re.I)
# analysts' expectation of earnings a share: the market's consensus estimate, a figure of record
_PER_SHARE = Lazy(r"\d[\d.,]*\s*(?:cents?|pence|p|c)?\s+(?:a|per)\s+share\b", re.I)
_EXPECTING = frozenset(("expected", "expect", "expecting", "forecast", "forecasted", "estimated", "predicted"))


def consensus(analysis: Analysis, a) -> bool:
    """True for analysts expecting earnings a share ("but analysts had
    expected 34 cents"; "the $1.11 a share that analysts expected"): the
    consensus estimate markets quote, not a view credited to a crowd."""
    if "analyst" not in a.source.lower() or a.cue.lower() not in _EXPECTING:
        return False
    s = analysis.sentences[a.sentence]
    return _PER_SHARE.search(analysis.article.content, s.start, s.end) is not None


def appearance(text: str, a) -> bool:
    """True for "is described as" followed by a person's appearance ("The
    suspect is described as white, aged 30 to 40"): how someone sought
    looks, which the police give, not a view credited to nobody."""
    return a.cue.lower() == "described" and _APPEARANCE.match(text, a.cue_end) is not None


# a perception passive as the verb of a "when", "while" or "since" clause: "when she was viewed as",
# "since the dollar is seen as", "at a time when it was said that"
_CLAUSE_OPEN = Lazy(r"\b(?:when|while|whilst|since|after|before|until|once)\s+(?:[\w'\u2019-]+\s+){1,3}"
                    r"(?:is|was|are|were|had\s+been|has\s+been|have\s+been)\s+"
                    r"(?:(?:long|widely|once|generally|still|often)\s+)*$", re.I)
_PERCEIVED = frozenset(("seen", "considered", "regarded", "viewed", "thought", "deemed", "described", "believed",
                        "said"))


def subordinate_perception(text: str, a, sentence_start: int) -> bool:
    """True for an agentless perception that is the verb of a time, reason
    or contrast clause ("she is as strong as she was when she was viewed as
    the inevitable front-runner"; "bonds sell since the dollar is seen as
    the reserve currency"; "at a time when it was said that ..."): the
    background the sentence's claim rests on, not the claim itself, as
    "after it emerged that" is."""
    if a.cue.lower() not in _PERCEIVED:
        return False
    return _CLAUSE_OPEN.search(text, max(sentence_start, a.cue_start - 60), a.cue_start) is not None
