"""Tokens of a source phrase and the capitalised-word tests, for every
reader of sources (attribution, quote speakers, names, the rules).

``tokens`` splits text into words and punctuation with offsets; a period
is its own token ("Sen", ".").  ``dotted_tokens`` keeps the periods and
hyphens a word carries ("Sen.", "U.S.", "D-R.I.", "end."), which the
backward readers of ``phrases`` use to see abbreviations and sentence ends
inside a capitalised run; a hyphen between spaces is a token of both (a
dash: "HEADLINE - Byline").  ``starts_upper`` is the plain test (the first
character is a capital); ``is_cap`` asks more: a capitalised word that can
be part of a name, not a sentence-initial common word ("Officials").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Tuple

from .wordsets import COMMON_CAPS, DATE_WORDS, DETERMINERS, QUANTIFIERS, words

Token = Tuple[str, int, int]

TOKEN_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,000 is one token
    # U.S., p.m.: "X\.(?:X\.)+" is "(?:X\.){2,}" written so that a letter not
    # followed by a period fails at once, without entering the repeat
    r"|[A-Za-z]\.(?:[A-Za-z]\.)+"
    # A plain word, not followed by an apostrophe or hyphen, is matched by the
    # first form below, which is the second's answer in that case (the
    # second cannot go past the word); the second form, with its costly
    # repeated group, is tried only for "O'Neill's", "e-mail", "Smiths'".
    r"|[A-Za-z\u00c0-\u024f0-9]+(?![A-Za-z\u00c0-\u024f0-9'\u2019\-])"
    r"|[A-Za-z\u00c0-\u024f0-9]+(?:['\u2019\-][A-Za-z\u00c0-\u024f0-9]+)*['\u2019]?"
    # "-(?<=\s-)" is "(?<=\s)-" with the look-behind after the hyphen: every
    # branch then opens with a character, which lets the engine skip faster
    r"|[,;:()\u2014\u2013\"\u201c\u201d\u2033.!?]|--|-(?<=\s-)(?=\s)"
)

DOTTED_TOKEN_RE = re.compile(
    r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'\u2019.\-]*|\d+(?:[.,]\d+)*|[.,;:()\u2014\u2013\"\u201c\u201d]|--|-(?<=\s-)(?=\s)")


def tokens(text: str, start: int, end: int) -> List[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with offsets."""
    return [(m[0], m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


def dotted_tokens(text: str, start: int, end: int) -> List[Token]:
    """Tokens of ``text[start:end]`` whose words keep their periods and
    hyphens ("Sen.", "U.S."); "!" and "?" are skipped."""
    return [(m.group(), m.start(), m.end()) for m in DOTTED_TOKEN_RE.finditer(text, start, end)]


@lru_cache(maxsize=1 << 14)
def bare(tok: str) -> str:
    """``tok`` in lower case without a possessive ending (cached: called
    for most tokens of every article)."""
    t = tok.lower().replace("\u2019", "'")
    if t.endswith("'s"):
        t = t[:-2]
    return t.rstrip("'")


def starts_upper(tok: str) -> bool:
    """True when ``tok`` opens with a capital letter."""
    return tok[:1].isupper()


def is_cap(tok: str, first: bool = False) -> bool:
    """True for a capitalised word that looks like part of a name; a
    sentence-initial (``first``) common word ("Officials", "Some") is not."""
    if not tok[:1].isupper() or bare(tok) in DATE_WORDS:
        return False
    if first or tok.lower() in COMMON_CAPS:
        w = words()
        b = bare(tok)
        if b in COMMON_CAPS or b in w["anon"] or b in DETERMINERS or b in QUANTIFIERS or b in w["doc"] \
                or (b in w["org"] and not tok.isupper()) or b in w["titles"] and first:
            return False
    return True
