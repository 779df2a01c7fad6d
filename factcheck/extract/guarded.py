"""Speed layer: a list of phrases searched only in text that holds one of their guard words.

A data file of regular expressions (named_source_phrases.txt,
vague_phrases.txt) may give each phrase an indented ``needs:`` line: words,
"a|b|c", one of which every match of the phrase holds at the start of a
word, in any case ("report" also stands for "reports", "reported").
``read_phrases`` reads the phrases and the guard words; ``Guarded``
searches a sentence with the phrases' pattern only when its folded text
(``folding.folded``) holds a guard word there, and so finds exactly what the
pattern finds.  If a phrase has no ``needs:`` line there is no guard: every
sentence is searched.  The tests check the words on many matches, slowly
(tests/test_checkworthiness_speed.py, tests/test_vague_attribution_speed.py).
"""

from __future__ import annotations

import re
from typing import Iterator, List, Optional, Sequence, Tuple

from .folding import folded
from .lexicon import read_list, trie_pattern


def phrase_needs(name: str) -> Tuple[List[str], List[Tuple[str, ...]]]:
    """The phrases of ``factcheck/data/<name>.txt`` in file order and, for
    each, the guard words of its ``needs:`` line (none when it has no such
    line)."""
    phrases: List[str] = []
    needs: List[Tuple[str, ...]] = []
    for line in read_list(name):
        key, _, words = line.partition(":")
        if key == "needs":  # the guard words of the phrase above
            needs[-1] = tuple(words.replace(" ", "").split("|"))
        else:
            phrases.append(line)
            needs.append(())
    return phrases, needs


def read_phrases(name: str) -> Tuple[List[str], Tuple[str, ...]]:
    """The phrases of ``factcheck/data/<name>.txt`` in file order, and the
    guard words of their ``needs:`` lines (none unless every phrase has one)."""
    phrases, needs = phrase_needs(name)
    if not all(needs):
        return phrases, ()
    return phrases, tuple(w for words in needs for w in words)


class Guarded:
    """A pattern and guard words (lower case) one of which every match holds
    at the start of a word.  ``search`` and ``finditer`` give what the
    pattern's own give, without searching when the folded text ``low``
    holds no guard word there (``low`` None: always searched)."""

    def __init__(self, pattern: "re.Pattern[str]", words: Sequence[str]) -> None:
        self.pattern = pattern
        self.guard = re.compile(r"\b(?:" + trie_pattern(sorted(set(words))) + ")") if words else None

    def _skip(self, low: Optional[str], start: int, end: int) -> bool:
        return self.guard is not None and low is not None and self.guard.search(low, start, end) is None

    def search(self, text: str, low: Optional[str], start: int, end: int) -> Optional["re.Match[str]"]:
        return None if self._skip(low, start, end) else self.pattern.search(text, start, end)

    def finditer(self, text: str, low: Optional[str], start: int, end: int) -> Iterator["re.Match[str]"]:
        return iter(()) if self._skip(low, start, end) else self.pattern.finditer(text, start, end)


def absent(text: str, literals: Sequence[str]) -> bool:
    """True when ``text`` holds none of ``literals`` (lower-case strings) in
    any case: then a case-insensitive pattern every match of which holds one
    of them matches nowhere in ``text``, nor in any part of it.  False, so
    that the pattern is searched, when case folding is not exact for
    ``text`` (``folding.folded``)."""
    low = folded(text)
    return low is not None and not any(w in low for w in literals)
