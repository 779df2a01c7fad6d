"""Direct quotes: straight, curly and double-prime quotation marks.

Quote detection works on paragraphs, not sentences, so a quote of several
sentences stays one quote.  Marks are read left to right with a simple
open/closed state:

- ``\u201c`` ``\u201e`` ``\u00ab`` only open and ``\u201d`` ``\u00bb`` only close;
- ``"``, the double prime ``\u2033`` and the typewriter pair ``''`` open when no
  quote is open and close when one is (some feeds use the double prime for
  both ends, older wire copy uses ``''``);
- single quotes are left alone: inside a double quote they are nested quotes,
  elsewhere they are mostly apostrophes.

A paragraph that opens a quote without closing it continues into the next
paragraph when that one re-opens with a quotation mark (the news convention
for a long quote): each paragraph's part becomes its own Quote, and the
speaker step carries the speaker across.  ``continues_from`` tells which
quotes are such continuations.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from itertools import islice
from typing import List, Optional, Sequence, Tuple

from factcheck.model import Article, Quote, Sentence, Span

from .lexicon import word_set

# A typewriter pair ``''`` or one of the other marks.  Written to open with
# one character class (the pair's first apostrophe among the marks; the
# lookbehinds then ask for the second apostrophe after an apostrophe and for
# nothing more after any other mark): a pattern that opens with a class lets
# the regex engine skip to the next candidate instead of trying every
# position (less than half the time, same matches as
# ``''|["\u201c\u201d\u2033\u201e\u00ab\u00bb]``; see tests/test_name_speedups.py).
_MARK = re.compile("['\"\u201c\u201d\u2033\u201e\u00ab\u00bb](?:(?<=')'|(?<!'))")
_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
_INCH_BEFORE = re.compile(r"\d$")
_HAS_WORD = re.compile(r"\w")
_WORD = re.compile(r"[\w'\u2019-]+")

SCARE_WORDS = 3
"""A quote of at most this many words with no sentence punctuation inside is
taken for a scare quote or a title: recorded, but given no speaker unless a
speech verb sits right next to it."""


def _marks(text: str, start: int, end: int, hidden: Sequence[Span]):
    """Yield ``(offset, mark)`` for the quotation marks in ``text[start:end]``."""
    for m in _MARK.finditer(text, start, end):
        if hidden and any(h.start <= m.start() < h.end for h in hidden):
            continue
        mark = m.group()
        if mark in "\"\u2033" and _INCH_BEFORE.search(text, max(start, m.start() - 1), m.start()):
            nxt = text[m.end():m.end() + 1]
            if not nxt.isalpha():
                continue  # 5'10", 42" screen
        if mark == "''" and text[m.end():m.end() + 1] == "'" and not text[m.end() + 1:m.end() + 2].isalnum():
            # an inner quote's mark, then the pair that closes (NYT style: 'old-school,''' said)
            yield m.start() + 1, mark
            continue
        yield m.start(), mark


def _strip(text: str, start: int, end: int) -> Tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_SENTENCE_END_BEFORE = re.compile(r"[.!?][)\]]?\s+$")


def _reopens(text: str, para_start: int, pos: int, mark: str) -> bool:
    """True when a symmetric mark at ``pos``, met while a quote is open,
    opens a new quote rather than closing the open one: it follows the end
    of a sentence and a space, and a word follows it."""
    if mark in _CLOSERS or mark in _OPENERS:
        return False
    nxt = text[pos + len(mark):pos + len(mark) + 1]
    if not nxt[:1].isalnum():
        return False
    return _SENTENCE_END_BEFORE.search(text, max(para_start, pos - 3), pos) is not None


def _closes_like(text: str, para: Span, pos: int, mark: str) -> bool:
    """True when an opening mark met while a quote is open sits where a
    closing mark belongs: after punctuation or a letter, before a space or
    the paragraph's end."""
    before = text[pos - 1] if pos > para.start else " "
    after = text[pos + len(mark):pos + len(mark) + 1] if pos + len(mark) < para.end else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


def _paragraph_quotes(text: str, para: Span, hidden: Sequence[Span]) -> List[Tuple[int, int, int, int]]:
    """Quotes in one paragraph as ``(start, end, text_start, text_end)``; a
    quote still open at the paragraph's end ends there."""
    out: List[Tuple[int, int, int, int]] = []
    open_at: Optional[int] = None
    open_len = 0
    for pos, mark in _marks(text, para.start, para.end, hidden):
        if open_at is None:
            if mark in _CLOSERS:
                before = text[pos - 1] if pos > para.start else " "
                after = text[pos + 1:pos + 2]
                if not ((pos == para.start or before.isspace() or unicodedata.category(before) == "Cf")
                        and after[:1].isalnum()):
                    continue  # a stray closing mark
                # a closing mark used as an opener ("”Sorry Sarah ...")
            open_at, open_len = pos, len(mark)
            continue
        if mark in _OPENERS and _closes_like(text, para, pos, mark):
            mark = "\u201d"  # "...problems for her here,\u201c said Clyburn: an opener typed as a closer
        if mark in _OPENERS or _reopens(text, para.start, pos, mark):
            # the previous quote was never closed: it ends before this mark
            # (a curly opener, or a straight mark that opens a new sentence,
            # as in feeds that run a long quote's paragraphs together)
            s, e = _strip(text, open_at + open_len, pos)
            if e > s:
                out.append((open_at, e, s, e))
            open_at, open_len = pos, len(mark)
            continue
        ts, te = _strip(text, open_at + open_len, pos)
        if _HAS_WORD.search(text, ts, te):
            out.append((open_at, pos + len(mark), ts, te))
        open_at = None
    if open_at is not None:
        ts, te = _strip(text, open_at + open_len, para.end)
        if _HAS_WORD.search(text, ts, te):
            out.append((open_at, te, ts, te))
    return out


def find_quotes(article: Article, sents: Sequence[Sentence], paras: Sequence[Span]) -> Tuple[Quote, ...]:
    """Every direct quote in the body, speaker not yet resolved.

    Returns the quotes in text order; ``Quote.sentence`` is the index of the
    first sentence the quote touches.
    """
    text = article.content
    hidden = tuple(article.hidden)
    starts = [s.start for s in sents]
    out: List[Quote] = []
    for para in paras:
        for start, end, ts, te in _paragraph_quotes(text, para, hidden):
            out.append(Quote(start, end, ts, te, max(0, bisect.bisect_right(starts, start) - 1)))
    return tuple(out)


_MINOR = word_set("title_minor_words")
TITLE_WORDS = 8
"""A quote of at most this many words, all significant ones capitalised,
is read as the title of a show, book or slogan (``"Meet the Press"``)."""


def _first_words(inner: str, limit: int) -> List[str]:
    """The first ``limit`` words of ``inner`` (``_WORD.findall(inner)[:limit]``
    without reading a long quote to its end): enough to tell whether it has
    more than ``limit - 1`` words."""
    return [m.group() for m in islice(_WORD.finditer(inner), limit)]


def is_title(inner: str) -> bool:
    """True for Title Case words such as a show, book or film title."""
    words = _first_words(inner, TITLE_WORDS + 1)  # more than TITLE_WORDS is never a title
    if not words or len(words) > TITLE_WORDS or not words[0][:1].isupper():
        return False
    if re.search(r"[.!?;:]\s+\S", inner):
        return False
    return all((w[:1].isupper() and not _LOWER_COMPOUND.search(w)) or w.lower() in _MINOR or w[:1].isdigit()
               for w in words)


# "Las Vegas-style", "Obama-era": a compound ending in a lower-case word is an adjective, not a title's word
_LOWER_COMPOUND = re.compile(r"-[a-z]+$")


def is_scare_quote(text: str, quote: Quote) -> bool:
    """True for a quote that is not speech: at most SCARE_WORDS words (a
    scare quote, a nickname) or a title in Title Case."""
    inner = text[quote.text_start:quote.text_end]
    if inner[:1].isupper() and (inner[-1:] in "?!" or inner[-1:] == "." and not is_title(inner.rstrip("."))):
        return False  # "We lost." / "Too forced?" / "BERNIE!": a short utterance
    return len(_first_words(inner, SCARE_WORDS + 1)) <= SCARE_WORDS or is_title(inner)


def is_direct_quote(text: str, quote: Quote) -> bool:
    """True when a quote reports someone's words: it has a speaker, or it
    is neither a scare quote nor a title."""
    return bool(quote.speaker) or not is_scare_quote(text, quote)
