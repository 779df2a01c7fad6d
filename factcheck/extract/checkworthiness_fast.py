"""Speed shortcuts for ``checkworthiness.py``, all of them, and nothing else.

``checkworthiness.py`` reads as the plain logic: a claim's properties, each
defined once, and their points.  ``Levels.level`` works out only the
properties the points table scores (``features`` gives all of them), and
what holds for a whole article once.  This module finds the same answers
faster, in these ways:

1. **Folded text** (``Folding``): a case-insensitive pattern (the matters
   of record, the agentless estimates, the writer's hedges) is matched
   case-sensitively on the article lower-cased once, when that finds
   exactly the same (``folding.py``).
2. **Guard words** (``guarded.Guarded``): each phrase of
   named_source_phrases.txt carries, on its ``needs:`` line, words one of
   which every match holds at the start of a word; a sentence that holds
   none of them is not searched (most sentences, since the phrases are
   rare).
3. **No regex per word** (``after_lower``): whether a word follows a
   lower-case letter or a comma somewhere in the story, found with
   ``str.find``.
4. **Substrings before words** (``occur``): whether enough of a list's
   words are among a text's words is worked out only when enough of them
   occur in it at all, as substrings (``str`` ``in``).
5. **A pattern that starts with a letter** (``narrator_words``): the words
   of the writer's own voice ("I", "we", "you") are found by a regex that
   the ``re`` engine can skip along the text with, and the character before
   each is checked after; counting stops at the number needed.

Each returns exactly what the plain form returns;
tests/test_checkworthiness_speed.py (``pytest -m slow``) compares them on
sample articles and, when ../shared is there, BBC News.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from .folding import folded, lower_pattern
from .lazy import Lazy

fold = folded
"""``folding.folded``; tests set ``checkworthiness_fast.fold`` to give None, for the plain path."""


class once:
    """A property worked out on first use and then kept: functools.cached_property
    without the lock it takes on every first use before Python 3.12."""

    def __init__(self, fn: Callable) -> None:
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj: object, owner: Optional[type] = None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class Folding:
    """A case-insensitive pattern (``plain``) and its case-sensitive twin
    for folded text (``twin``: its letters in lower case), each compiled on
    first use.  ``search`` tells whether it matches between ``start`` and
    ``end``, on ``low`` (the folded text) when that is not None."""

    def __init__(self, make: Callable[[], "re.Pattern[str]"]) -> None:
        self.make = make

    @once
    def plain(self) -> "re.Pattern[str]":
        return self.make()

    @once
    def twin(self) -> "re.Pattern[str]":
        return re.compile(lower_pattern(self.plain.pattern), self.plain.flags & ~re.IGNORECASE)

    def search(self, text: str, low: Optional[str], start: int, end: int) -> bool:
        if low is None:
            return self.plain.search(text, start, end) is not None
        return self.twin.search(low, start, end) is not None


def after_lower(text: str, word: str) -> bool:
    """What ``re.search(r"[a-z,] " + re.escape(word) + r"\\b", text) is not None``
    gives: ``word`` after a lower-case letter or a comma and a space."""
    needle = " " + word
    i = text.find(needle, 1)
    while i != -1:
        before = text[i - 1]
        if ("a" <= before <= "z" or before == ",") and _boundary(text, i + len(needle)):
            return True
        i = text.find(needle, i + 1)
    return False


def _boundary(text: str, k: int) -> bool:
    """``\\b`` before ``text[k]``: a word character (``\\w``: alphanumeric or
    '_') on one side only."""
    return (k > 0 and _word_char(text[k - 1])) != (k < len(text) and _word_char(text[k]))


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


# checkworthiness._NARRATOR's words, without its look-behind and word boundary in front
_NARRATOR_WORDS = Lazy(r"(?:I|my|me|you|your|We|we|Our|our|us)\b")
_QUOTE_MARKS = frozenset("\"\u201c\u2018'")


def narrator_words(text: str, enough: int) -> int:
    """``min(enough, len(checkworthiness._NARRATOR.findall(text)))``.

    _NARRATOR matches a word of its list ("I'm" as "I", "you're" as "you"
    at the word's start) with no word character and no opening quote mark
    before it; here the words are found first and the character before
    each checked after."""
    found = 0
    for m in _NARRATOR_WORDS.finditer(text):
        k = m.start()
        if k and (_word_char(text[k - 1]) or text[k - 1] in _QUOTE_MARKS):
            continue
        found += 1
        if found == enough:
            break
    return found


def occur(text: str, words, enough: int) -> bool:
    """True when at least ``enough`` of ``words`` occur in ``text`` as
    substrings: a word of the text is a substring of it, so fewer means
    fewer than ``enough`` of them are among its words."""
    found = 0
    for w in words:
        if w in text:
            found += 1
            if found == enough:
                return True
    return False
