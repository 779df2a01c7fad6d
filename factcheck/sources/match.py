"""A direct quote against what its speaker said in a transcript.

AP style, as the rules apply it: an ellipsis ("...") may leave words out, a
bracket ("[the mayor]") may stand for the speaker's words, anything else
must be verbatim; case and punctuation are free, and so are the sounds and
stammers a transcript records ("uh", "I -- I think").

``SpeakerText`` holds one speaker's words in one transcript with an index
of where each word occurs.  ``match`` finds the best place for a quote:
candidate places are the diagonals (source position minus quote position)
on which the quote's rarer words meet the speaker's, so a quote is aligned
(``difflib``) only against a few short windows, never the whole
transcript.  The result says whether the quote is verbatim, altered (with
the differing words and whether they change the meaning) or not found.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple

from factcheck.extract.lexicon import word_set
from factcheck.extract.wording import canonical, stands_for

from .model import Source

MIN_WORDS = 3
"""Shorter quotes ("a disaster") are not checked: too short to tell a
speaker's words at this event from the same words said elsewhere."""
FOUND = 0.75
"""Share of a quote's words that must be found, in order, in one place of
the speaker's words for the quote to count as found there (below it, the
words in common are a different remark: on the first dev batch of the
PolNeAR x CLEF set, every altered quote shares 0.82 or more, every other
remark 0.62 or less)."""
RARE = 40
"""A word said more often than this by the speaker does not propose
candidate places (unless the quote has no rarer word)."""
CANDIDATES = 8
PROPOSALS = 200
SLACK = 12

_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)*(?:(?<=[sS])['\u2019](?![A-Za-z]))?|[$\u00a3\u20ac%]")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|\u2026")
_BRACKET = re.compile(r"\[[^\]]*\]")
_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]")  # "(APPLAUSE)", "(inaudible)" in transcripts
_NEGATIONS = frozenset({"not", "no", "never", "nor", "none", "nothing", "nobody", "neither", "nowhere",
                        "without", "cannot"})


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    return word_set("quote_function_words")


@lru_cache(maxsize=1)
def _disfluencies() -> frozenset:
    return word_set("quote_disfluencies")


_pairs = stands_for  # word -> the words it stands for, from data/<name>.txt


def _contractions() -> Dict[str, Tuple[str, ...]]:
    return _pairs("quote_contractions")


class Token(NamedTuple):
    word: str  # normalised: lower case, one spelling, numbers as digits
    start: int
    end: int


def tokens(text: str, offset: int = 0) -> List[Token]:
    """The words of ``text`` normalised for comparison, with their offsets
    (plus ``offset``); a spoken form is the words it stands for ("gonna" ->
    "going", "to", both at its offsets)."""
    raw = [(m.group(0).lower().replace("\u2019", "'"), m.group(0), m.start() + offset, m.end() + offset)
           for m in _WORD.finditer(text)]
    spoken = _pairs("quote_spoken_forms")
    return [Token(word, s, e) for w, _, s, e in canonical(raw)
            for word in spoken.get(w, spoken.get("'" + w, (_possessive(w),)))]


def _possessive(word: str) -> str:
    """A possessive as its noun: "ISIS's" and "ISIS'" are house style
    ("it's", "that's" are contractions, kept)."""
    if word.endswith("'s") and len(word) > 3 and word not in _contractions():
        return word[:-2]
    return word[:-1] if word.endswith("'") else word


class Gap(NamedTuple):
    """Where a quote marks words left out: after ``index`` quote words, an
    ellipsis ("ellipsis") or a bracket that stands for the speaker's words
    ("bracket")."""

    index: int
    kind: str


def quote_words(text: str) -> Tuple[List[Token], Tuple[Gap, ...]]:
    """The words of a quote (bracketed words left out) and its gaps."""
    marks = sorted([(m.start(), m.end(), "ellipsis") for m in _ELLIPSIS.finditer(text)]
                   + [(m.start(), m.end(), "bracket") for m in _BRACKET.finditer(text)])
    words: List[Token] = []
    gaps: List[Gap] = []
    pos = 0
    for start, end, kind in marks:
        if start < pos:
            continue
        words.extend(tokens(text[pos:start], pos))
        gaps.append(Gap(len(words), kind))
        pos = end
    words.extend(tokens(text[pos:], pos))
    return words, tuple(gaps)


def speaker_key(name: str) -> str:
    """The lower-case surname of a speaker label or name ("MAYOR RUIZ",
    "Ana Ruiz" -> "ruiz"; "Q" -> "q")."""
    words = re.findall(r"[A-Za-z\u00c0-\u024f'\u2019-]+", name)
    words = [w for w in words if w.lower().strip(".") not in ("jr", "sr", "ii", "iii", "iv")]
    return words[-1].lower().replace("\u2019", "'").removesuffix("'s") if words else ""


@dataclass
class SpeakerText:
    """One speaker's words in one transcript, in order, with the places
    each word occurs."""

    source: Source
    speaker: str
    words: List[Token]
    index: Dict[str, List[int]]

    @classmethod
    def build(cls, source: Source, speaker: str) -> "SpeakerText":
        words: List[Token] = []
        for turn in source.turns:
            if turn.speaker == speaker:
                chunk = _ASIDE.sub(lambda m: " " * len(m.group(0)), source.text[turn.start:turn.end])
                words.extend(tokens(chunk, turn.start))
        index: Dict[str, List[int]] = {}
        for i, t in enumerate(words):
            index.setdefault(t.word, []).append(i)
        return cls(source, speaker, words, index)


class Match(NamedTuple):
    """A quote matched against one speaker's words.

    ``status`` is "verbatim", "altered" or "not-found"; ``found`` the share
    of the quote's words found in order; ``start``/``end`` the source
    offsets of the matched stretch; ``diff`` the differing stretches as
    (quote words, source words); ``meaning`` why they change the meaning
    ("negation", "number", "word"), empty for small edits."""

    status: str
    found: float
    start: int
    end: int
    diff: Tuple[Tuple[str, str], ...] = ()
    meaning: Tuple[str, ...] = ()


NOT_FOUND = Match("not-found", 0.0, 0, 0)


def match(quote: str, texts: Sequence[SpeakerText]) -> Optional[Tuple[Match, Optional[SpeakerText]]]:
    """The best match of ``quote`` in any of ``texts`` and the text it was
    found in (None when not found), or None for a quote of fewer than
    MIN_WORDS words (not checked)."""
    words, gaps = quote_words(quote)
    if len(words) < MIN_WORDS:
        return None
    best, where = NOT_FOUND, None
    for text in texts:
        for lo, hi in _windows(words, gaps, text):
            got = _align(quote, words, gaps, text, lo, hi)
            if _better(got, best):
                best, where = got, text
    return best, (where if best.status != "not-found" else None)


def _better(a: Match, b: Match) -> bool:
    rank = {"verbatim": 2, "altered": 1, "not-found": 0}
    return (rank[a.status], a.found) > (rank[b.status], b.found)


def _windows(words: Sequence[Token], gaps: Sequence[Gap], text: SpeakerText) -> List[Tuple[int, int]]:
    """Up to CANDIDATES stretches ``[lo, hi)`` of ``text.words`` where the
    quote may be: the diagonals its rarer words propose (at most
    PROPOSALS), ranked by how many of all its words each stretch holds."""
    counts = {w.word: len(text.index.get(w.word, ())) for w in words}
    present = [c for c in counts.values() if c]
    if not present:
        return []
    limit = max(RARE, min(present))
    votes: Counter = Counter()
    for qi, w in enumerate(words):
        if 0 < counts[w.word] <= limit:
            for si in text.index[w.word]:
                votes[(si - qi) // 8] += 1
    spread = SLACK + (60 * len(gaps) if any(g.kind == "ellipsis" for g in gaps) else 0)
    quote_set = Counter(w.word for w in words)
    proposed = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:PROPOSALS]
    scored = []
    for bucket, n in proposed:
        lo = max(0, bucket * 8 - SLACK)
        hi = min(len(text.words), bucket * 8 + 8 + len(words) + spread)
        # every quote word in the window counts, the frequent ones too
        have = Counter(t.word for t in text.words[lo:hi])
        scored.append((-sum(min(c, have[w]) for w, c in quote_set.items()), -n, lo, hi))
    return [(lo, hi) for _, _, lo, hi in sorted(scored)[:CANDIDATES]]


def _align(quote: str, words: Sequence[Token], gaps: Sequence[Gap], text: SpeakerText, lo: int, hi: int
           ) -> Match:
    """The quote aligned with ``text.words[lo:hi]``."""
    q = [w.word for w in words]
    lo, hi = _core(q, gaps, text, lo, hi)
    s = [w.word for w in text.words[lo:hi]]
    ops = difflib.SequenceMatcher(None, q, s, autojunk=False).get_opcodes()
    equal = [op for op in ops if op[0] == "equal"]
    found = sum(i2 - i1 for _, i1, i2, _, _ in equal) / len(q)
    if not equal or found < FOUND or max(i2 - i1 for _, i1, i2, _, _ in equal) < min(3, len(q)):
        return Match("not-found", found, 0, 0)
    first, last = equal[0], equal[-1]
    start = text.words[lo + first[3]].start
    end = text.words[lo + last[4] - 1].end
    diff = _diff(quote, words, gaps, text, lo, s, ops, first, last)
    if not diff:
        return Match("verbatim", found, start, end)
    return Match("altered", found, start, end, tuple(diff), meaning(diff))


def _diff(quote: str, words: Sequence[Token], gaps: Sequence[Gap], text: SpeakerText, lo: int,
          s: Sequence[str], ops, first, last) -> List[Tuple[str, str]]:
    """The stretches where the quote and the source words differ, as
    (quote words, source words), leaving out what AP style allows: the
    source trimmed at either end, words cut at an ellipsis or stood for by
    a bracket, "uh" and stammers, spoken forms.  ``s`` are the window's
    words from ``lo``; ``ops`` the alignment's opcodes, ``first`` and
    ``last`` its first and last matching ones."""
    gap_at = {g.index: g.kind for g in gaps}
    diff: List[Tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if tag == "insert" and (j2 <= first[3] or j1 >= last[4] or i1 in gap_at or _free(s, j1, j2)):
            continue
        if j1 >= last[4]:  # quote words after the last match: as many source words as they are
            j2 = min(j2, j1 + i2 - i1)
        elif j2 <= first[3]:
            j1 = max(j1, j2 - (i2 - i1))
        quoted, said = _orig(quote, words, i1, i2), " ".join(text_words(text, lo + j1, lo + j2))
        if not _spoken(quoted, said):
            diff.append((quoted, said))
    return diff


def _core(q: Sequence[str], gaps: Sequence[Gap], text: SpeakerText, lo: int, hi: int) -> Tuple[int, int]:
    """The window ``[lo, hi)`` narrowed to where the quote's words are: a
    run of one or two matched words at either end, more than three source
    words away from the other matches (and no ellipsis between), is a
    chance meeting of common words ("I" a sentence earlier), not part of
    the quote's place."""
    s = [w.word for w in text.words[lo:hi]]
    blocks = [b for b in difflib.SequenceMatcher(None, q, s, autojunk=False).get_matching_blocks() if b.size]
    cuts = {g.index for g in gaps if g.kind == "ellipsis"}

    def stray(a, b) -> bool:  # block a, then block b: a short run far from b, no ellipsis between
        return min(a.size, b.size) <= 2 and b.b - (a.b + a.size) > 3 and not any(
            a.a + a.size <= c <= b.a for c in cuts)

    trimmed = False
    while len(blocks) > 1 and blocks[0].size <= 2 and stray(blocks[0], blocks[1]):
        blocks.pop(0)
        trimmed = True
    while len(blocks) > 1 and blocks[-1].size <= 2 and stray(blocks[-2], blocks[-1]):
        blocks.pop()
        trimmed = True
    if not trimmed:
        return lo, hi
    first, last = blocks[0], blocks[-1]
    new_lo = lo + max(0, first.b - first.a - 2)
    new_hi = lo + min(len(s), last.b + last.size + (len(q) - last.a - last.size) + 2)
    return new_lo, max(new_hi, new_lo + 1)


def _spoken(quoted: str, said: str) -> bool:
    """True when the source words are the quote's words as a transcript
    writes them when spoken ("cause" for "because", "gonna" for "going
    to")."""
    table = _pairs("quote_spoken_forms")
    said_words = [w for t in said.lower().replace("\u2019", "'").split() for w in table.get(t, (t,))]
    return bool(said_words) and said_words == quoted.lower().replace("\u2019", "'").split()


def text_words(text: SpeakerText, i: int, j: int) -> List[str]:
    """The source words ``i`` to ``j`` of ``text`` as written."""
    src = text.source.text
    return [src[t.start:t.end] for t in text.words[i:j]]


def _orig(quote: str, words: Sequence[Token], i: int, j: int) -> str:
    """The quote's words ``i`` to ``j`` as written."""
    return " ".join(quote[w.start:w.end] for w in words[i:j])


def _free(s: Sequence[str], j1: int, j2: int) -> bool:
    """True when the source words ``s[j1:j2]`` a quote leaves out are only
    sounds ("uh") and stammers (words repeated next to them)."""
    left = [w for w in s[j1:j2] if w not in _disfluencies()]
    if not left:
        return True
    n = j2 - j1
    return s[j1:j2] == s[j2:j2 + n] or s[j1:j2] == s[max(0, j1 - n):j1]


def _expand(words: Sequence[str]) -> List[str]:
    table = _contractions()
    out: List[str] = []
    for w in words:
        out.extend(table.get(w, (w,)))
    return out


def _negations(words: Sequence[str]) -> int:
    return sum(1 for w in words if w in _NEGATIONS)


def _content(word: str) -> bool:
    return not (word in _function_words() or word in _NEGATIONS or any(c.isdigit() for c in word))


def meaning(diff: Sequence[Tuple[str, str]]) -> Tuple[str, ...]:
    """Why differing words change the meaning of a quote: "negation" (a
    negation added or removed), "number" (a number changed), "word" (a
    content word changed, added or dropped); () for small edits (function
    words, contractions written out)."""
    why = []
    for quoted, said in diff:
        q = [t.word for t in tokens(" ".join(_expand(quoted.lower().replace("\u2019", "'").split())))]
        s = [t.word for t in tokens(" ".join(_expand(said.lower().replace("\u2019", "'").split())))]
        if q == s:
            continue
        if _negations(q) != _negations(s):
            why.append("negation")
        if [w for w in q if any(c.isdigit() for c in w)] != [w for w in s if any(c.isdigit() for c in w)]:
            why.append("number")
        content_q = Counter(w for w in q if _content(w))
        content_s = Counter(w for w in s if _content(w) and w not in _disfluencies())
        if content_q != content_s:
            why.append("word")
    return tuple(dict.fromkeys(why))
