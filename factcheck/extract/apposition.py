"""The subject of a cue behind a chain of appositions.

"Mark Holt, chairman of the board of Freedom Partners, the network's funding
arm, said": the comma before the cue closes a chain of comma-separated
segments, and the speaker is the name the descriptions hang on, not the last
capitalised words before the cue ("Freedom Partners").  ``chain_subject``
walks the segments back from the cue: descriptions ("chairman of ...", "the
mayor", "Twitter's director of advertising", "who lives in Sacramento") are
passed over, a name is a candidate, and anything else (an introductory
phrase, a clause with its own subject) ends the chain.  The earliest name in
the chain is the subject ("Tim Kaine, Virginia," gives Tim Kaine); a name
followed by "of"/"from" and a place keeps the person ("Dan Cole of
Oklahoma").

Tokens are ``tokens.dotted_tokens`` triples ``(word, start, end)``.
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from .lexicon import read_list
from .names import CAP_STOP, PHRASE_OPENERS, is_name_word, is_title_word, looks_like_name
from .tokens import Token, starts_upper
from .wordsets import COMMON_WORDS

# "Dan Cole of Oklahoma", "Stacy Barker from Columbia": a place after the name
PLACE_LINKS = frozenset(("of", "from"))

def _words(kind: str) -> frozenset:
    return frozenset(line.split(":", 1)[1].strip() for line in read_list("apposition_words")
                     if line.split(":", 1)[0] == kind)


RELATIVES = _words("relative")
CONJUNCTIONS = _words("conjunction")
FINITE = _words("verb")
DESCRIPTION_PREPOSITIONS = _words("preposition")
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
SEGMENT_BREAKS = frozenset((";", ":", '"', "\u201c", "\u201d", "(", ")", "\u2014", "\u2013", "--", "-", "."))
MAX_SEGMENTS = 5
MAX_TOKENS = 40


def person_before_place(toks: Sequence[Token], a: int, b: int) -> Tuple[int, int]:
    """``(a, b)`` cut to the name before "of"/"from" and a place
    ("Rep. Dan Cole of Oklahoma" -> "Rep. Dan Cole"); unchanged when the
    run ``toks[a:b]`` has no such tail or nothing name-like before it."""
    for k in range(a + 1, b - 1):
        if toks[k][0] in PLACE_LINKS and all(is_name_word(t[0]) for t in toks[a:k]) and not is_title_word(toks[k - 1][0]) \
                and all(starts_upper(t[0]) for t in toks[k + 1:b]) and looks_like_name(toks[a:k]):
            return a, k
    return a, b


ORG_CONNECTORS = frozenset(("of", "for", "and", "on", "the", "&"))


def place_link(toks: Sequence[Token], j: int) -> int:
    """The index of the "of"/"from" that links the capitalised run opening at
    ``j`` to a person before it ("Dan Cole of Oklahoma", "Jo Lee of the
    Center for Policy Studies"), or -1."""
    k = j - 1
    while k > 0 and j - k < 10 and toks[k][0] not in PLACE_LINKS and (
            toks[k][0] in ORG_CONNECTORS or starts_upper(toks[k][0])):
        k -= 1
    if k > 0 and toks[k][0] in PLACE_LINKS and starts_upper(toks[k - 1][0]) \
            and all(starts_upper(t[0]) or t[0] in ORG_CONNECTORS for t in toks[k + 1:j]):
        return k
    return -1


def _segments(toks: Sequence[Token], i: int) -> List[Tuple[int, int]]:
    """The comma-separated segments ending at the comma ``toks[i]``, last
    first, as ``(start, end)`` token ranges; at most MAX_SEGMENTS."""
    out: List[Tuple[int, int]] = []
    end = i
    k = i - 1
    while k >= 0 and i - k <= MAX_TOKENS and len(out) < MAX_SEGMENTS:
        if toks[k][0] == ")":  # "(R-Tenn.)" stays inside its segment
            p = k - 1
            while p >= 0 and k - p < 12 and toks[p][0] not in ("(", ")"):
                p -= 1
            if p >= 0 and toks[p][0] == "(":
                k = p - 1
                continue
        if toks[k][0] == "," or toks[k][0] in SEGMENT_BREAKS:
            if k + 1 < end:
                out.append((k + 1, end))
            if toks[k][0] != ",":
                return out
            end = k
        k -= 1
    if k < 0 and end > 0:
        out.append((0, end))
    return out


def _is_name(toks: Sequence[Token], a: int, b: int) -> bool:
    """A segment that is a name (with an "of"/"from" place at most)."""
    a, b = person_before_place(toks, a, b)
    seg = toks[a:b]
    if not seg or not all(is_name_word(t[0]) for t in seg) or not starts_upper(seg[0][0]):
        return False
    if seg[0][0].lower() in PHRASE_OPENERS or seg[0][0].lower() in CAP_STOP or all(is_title_word(t[0]) for t in seg):
        return False
    if len(seg) == 1 and seg[0][0].isupper() and len(seg[0][0]) > 3:
        return False  # a dateline ("WASHINGTON,")
    if any(t[0].endswith(POSSESSIVE_ENDINGS) for t in seg):
        return False
    return looks_like_name(seg)


def _is_description(toks: Sequence[Token], a: int, b: int) -> bool:
    """A segment that describes the name it follows or precedes: lower-case
    led ("chairman of ...", "the mayor", "who lives in ..."), a possessive
    ("Her campaign manager", "Germany's largest bank") or "The" with words."""
    first = toks[a][0]
    low = first.lower()
    if b == a + 1 and (first.isdigit() or _abbreviated_place(first)):
        return True  # an age, a state: "Harry Bond, 30, of Raleigh, N.C.,", "Mitch Dale, R-Ky.,"
    if first[:1].islower():
        return low not in CONJUNCTIONS and (low in RELATIVES or not has_verb(toks, a, b))
    if low in PHRASE_OPENERS:
        return not has_verb(toks, a, b)
    k = a
    while k < b and k - a < 4 and is_name_word(toks[k][0]):
        if toks[k][0].endswith(POSSESSIVE_ENDINGS):
            rest = toks[k + 1:b]  # "Florida's Republican attorney general": a lower-case head noun
            return any(t[0][:1].islower() for t in rest) and not has_verb(toks, k + 1, b)
        k += 1
    return False


def _abbreviated_place(word: str) -> bool:
    """"N.C.", "Pa.", "Calif.", "R-Ky.": a state or party-and-state tag after a place or name."""
    return word.endswith(".") and word[:1].isupper() and len(word) <= 7 and not is_title_word(word)


def has_verb(toks: Sequence[Token], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` holds a finite verb outside a relative clause
    ("Trump returned the compliment"); "who heads the committee" is fine."""
    for k in range(a, b):
        w = toks[k][0]
        if w in RELATIVES:
            return False
        if w[:1].islower() and (w.endswith("ed") and w not in COMMON_WORDS or w in FINITE):
            return True
    return False


def chain_subject(toks: Sequence[Token], i: int) -> Optional[Tuple[int, int]]:
    """The token range of the name heading the apposition chain that ends
    with the comma ``toks[i]`` before a cue, or None when the chain holds no
    name or a segment is neither name nor description."""
    best = None
    chained = 0
    for a, b in _segments(toks, i):
        if _is_name(toks, a, b):
            best = person_before_place(toks, a, b)
        elif not _is_description(toks, a, b):
            break
        chained += 1
    return best if best is not None and chained >= 2 else None


def described_then_predicate(toks: Sequence[Token], b: int) -> bool:
    """Whether the comma ``toks[b]`` after a name opens descriptions that end
    with a comma and a lower-case predicate: "Dottie Lane, the chairwoman of
    the party, is supporting ..." (the name is the clause's subject)."""
    j = b
    for _ in range(3):
        if j >= len(toks) or toks[j][0] != ",":
            return False
        e = j + 1
        while e < len(toks) and toks[e][0] != "," and toks[e][0] not in SEGMENT_BREAKS:
            e += 1
        if e == j + 1 or e >= len(toks) or not _is_description(toks, j + 1, e):
            return False
        if toks[e][0] == "," and e + 1 < len(toks) and toks[e + 1][0][:1].islower() \
                and toks[e + 1][0] not in CONJUNCTIONS and toks[e + 1][0] not in RELATIVES:
            return True
        j = e
    return False
