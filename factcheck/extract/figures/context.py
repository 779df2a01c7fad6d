"""What the text around a number says about it: whether the sentence can
hold a figure at all, whether the number is an identifier ("Local 757"),
and the bound the wording puts on it ("about", "more than", "or more")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, Optional, Tuple

from ..lazy import Lazy
from . import patterns as P
from .dates import MONTHS
from .words import CAPITALISED_OK, IDENTIFIER_WORDS, NUMBER_WORD_SET, bound_phrases, bounds

_NUMBER_WORD_BYTES = frozenset(w.encode("ascii") for w in NUMBER_WORD_SET)
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
"""A bytes.translate table: a-z kept, every other byte made a space."""


def numeric(text: str, low: str) -> Tuple[bool, bool]:
    """(whether ``text`` has a digit, whether its lower-cased ``low`` has one
    of NUMBER_WORD_SET as a whole run of ``[a-z]``).  ASCII text (nearly
    all) is read as bytes, faster than the regexes, which read any other:
    its digits are 0-9, and a translation splits it into the runs."""
    if low.isascii():
        raw = low.encode("ascii")
        has_digit = len(raw.translate(None, b"0123456789")) < len(raw)
        return has_digit, not _NUMBER_WORD_BYTES.isdisjoint(raw.translate(_LETTERS_ONLY).split())
    return P.DIGIT.search(text) is not None, P.NUMBER_WORD.search(low) is not None


# ---------------------------------------------------------------------------
# Identifiers: "No. 2", "page 5", "Local 757", "COVID-19"


def ident_before(tail: str) -> bool:
    """``IDENT_BEFORE.search(tail)``, searched only in the last few
    characters before the trailing space (the pattern is anchored at the
    end; this is the same test, faster)."""
    window = tail.rstrip()[-P.IDENT_REACH:]
    if window.isascii() and not window.lower().endswith(P.IDENT_ENDS):
        return False  # a match ends the window with one of IDENT_ENDS; on ASCII, lower() folds as re.I does
    return P.IDENT_BEFORE.search(window) is not None


def last_word(before: str) -> Optional[Tuple[str, int, bool]]:
    """``(word, its start, whether one space follows it)`` for the last word
    of ``before``, as ``re.search(r"(\\S+)( ?)$", before)`` finds it (groups
    1 and 2; ``$`` also matches before a final newline), without a regex
    search that retries at every position; None when it finds nothing."""
    rest = before[:-1] if before.endswith("\n") else before
    spaced = rest.endswith(" ")
    if spaced:
        rest = rest[:-1]
    if not rest or rest[-1].isspace():
        return None
    word = rest.rsplit(None, 1)[-1]
    return word, len(rest) - len(word), spaced


def capitalised_identifier(before: str, digits: bool = False) -> bool:
    """True when the number follows a capitalised word that is not the first
    word of the sentence ("Local 757", "Apollo 11"), or is glued to one
    ("COVID-19")."""
    last = last_word(before)
    if last is None:
        return False
    w, word_start, spaced = last
    if w[-1] in "-–" and len(w) > 1 and w[-2].isalpha() and not spaced:
        return True
    if not w[-1].isalnum() or not w[0].isupper() or w.lower() in CAPITALISED_OK or w.lower().rstrip(".") in MONTHS:
        return False  # punctuation between ("Obamacare, 40") or not a capitalised word
    if w.isupper() and len(w) > 1:
        return True  # "COVID 19", "F 35" style codes
    if w.lower() in IDENTIFIER_WORDS:
        return True
    if not before[:word_start].strip():
        return False  # the first word of the sentence ("Interstate" is in IDENTIFIER_WORDS)
    if digits:
        return True  # a bare number after a name: "(KOLD News 13)"
    words = before.split()
    caps = sum(1 for x in words if x[:1].isupper())
    return caps * 3 < len(words) * 2  # not in a Title Case headline ("Should Get Five Years")


# ---------------------------------------------------------------------------
# Bounds: "about 500", "more than 500", "500 or more"


def bound_before(before: str) -> bool:
    """Whether ``before`` ends with a bound phrase ("more than")."""
    tail = before[-20:].lower().rstrip()
    return any(tail.endswith(p) for p in bound_phrases())


@lru_cache(maxsize=1)
def _bound_index() -> Tuple[Dict[str, Tuple[Tuple[int, Dict[str, str]], ...]], Dict[str, Tuple[Tuple[str, str], ...]]]:
    """``bounds()`` indexed for ``bound``: the phrases before a figure by
    their last two characters, as ``(length, {phrase: bound})`` longest
    first (the first of two equal phrases wins, as in the plain loop); the
    phrases after it by their first character, in ``bounds()`` order.  A
    phrase too short to have such a key is listed under every key and under
    "" (the key for text no phrase ends or starts like)."""
    before_b, after_b = bounds()
    ends = {p[-2:] for p, _ in before_b if len(p) >= 2} | {""}
    before: Dict[str, Tuple[Tuple[int, Dict[str, str]], ...]] = {}
    for key in ends:
        by_len: Dict[int, Dict[str, str]] = {}
        for phrase, b in before_b:
            if len(phrase) < 2 or phrase[-2:] == key:
                by_len.setdefault(len(phrase), {}).setdefault(phrase, b)
        before[key] = tuple(sorted(by_len.items(), reverse=True))
    starts = {p[:1] for p, _ in after_b} | {""}
    after = {key: tuple(pb for pb in after_b if pb[0][:1] in (key, "")) for key in starts}
    return before, after


_SPACES = {ord(c): " " for c in "\n\r\t\u00a0"}


def bound(text: str, start: int, end: int) -> Tuple[str, int, int]:
    """The bound around the figure at [start, end) and the span it covers."""
    before_index, after_index = _bound_index()
    off = max(0, start - 40)
    # a line break inside a phrase ("more\nthan 9,000" in wrapped Markdown)
    # reads as a space; the replacement keeps every offset
    l_strip = text[off:start].lower().translate(_SPACES).rstrip()
    n = len(l_strip)
    found, bstart = "exact", start
    # The longest phrase that ends the text before the figure as whole words.
    # Only phrases ending in the same two characters can; of those, a dict
    # look-up per phrase length instead of an endswith per phrase.
    by_len = before_index.get(l_strip[-2:]) or before_index[""]
    for size, phrases in by_len:
        if size <= n and l_strip[n - size:] in phrases and (size == n or not l_strip[n - size - 1].isalnum()):
            found, bstart = phrases[l_strip[n - size:]], off + n - size
            break
    right = text[end:end + 30].lower().translate(_SPACES)
    right_l = right.lstrip()
    bend = end
    # Only phrases starting with the first character after the spaces can
    # match ("+" is read without skipping spaces, but then starts ``right_l`` too).
    for phrase, b in after_index.get(right_l[:1]) or after_index[""]:
        r = right_l if phrase != "+" else right
        if r.startswith(phrase) and (phrase == "+" or len(r) == len(phrase) or not r[len(phrase)].isalnum()):
            if found == "exact":
                found = b
                bend = end + (len(right) - len(r)) + len(phrase)
            break
    return found, bstart, bend


# ---------------------------------------------------------------------------
# "over" as a preposition of time: "cut 1,100 jobs over 24 months"

_OVER_BOUND_AFTER = Lazy(
    r"\b(?:for|in|of|by|to|than|with|within|after|from|at|is|are|was|were|be|been|being|'s|took|take|takes|taking"
    r"|taken|lasted|last|lasts|lasting|spent|spend|spends|spending|wait|waits|waited|waiting|delayed|delay|aged"
    r"|span|spans|spanned|spanning|well|definitely|nearly|almost|yet)\s+$"
    r"|(?:^|[,;:.!?\"(\n\u2014\u2013]|\band|\bbut)\s*$",
    re.I)
"""Words after which "over" bounds the span that follows ("for over two
years", "took over ten hours", "waiting over 12 months"), and the start of a
clause ("Over 100 days have passed")."""
_OVER_BOUND_BEFORE = Lazy(r"\s*(?:ago|old|behind|ahead|later|earlier|longer|before|after)\b", re.I)
"""Words after the span that make "over" a bound ("over a year ago",
"over a minute behind")."""


def over_as_during(text: str, bstart: int, end: int) -> bool:
    """True when the bare "over" at ``bstart`` before the span ending at
    ``end`` means "during", not "more than": after a figure, a noun or a
    verb of its own clause ("cut 1,100 jobs over 24 months", "£960m over 15
    years", "The leak ran over two days"), the span is the time the thing
    was done in.  After a word that takes a length ("for over two years",
    "took over ten hours"), at a clause's start, and before "ago", "old" or
    "behind", it is a bound."""
    if text[bstart:bstart + 5].lower() != "over " and text[bstart:bstart + 5].lower() != "over\n":
        return False
    return not (_OVER_BOUND_AFTER.search(text, max(0, bstart - 20), bstart)
                or _OVER_BOUND_BEFORE.match(text, end))
