"""Speed shortcuts for ``claim_cues.py``, all of them, and nothing else.

``claim_cues.py`` reads as the plain logic: try every cue pattern and the
statistic regex on the sentence, then drop the matches that do not count.
This module finds the same matches faster, in three ways:

1. **Folded text.**  A case-insensitive regex is several times slower than
   a case-sensitive one.  ``folded_text`` lower-cases an article once (see
   ``folding.py`` for when that is exact) and ``folded_twin`` gives a
   pattern's case-sensitive twin for it.
2. **Guard words** (``CueMatcher``).  Each cue pattern of
   ``data/claim_cues.txt`` carries, on its ``needs:`` line, words every
   match holds at the start of a word.  One scan of the sentence finds which
   of those words it holds; patterns whose words it lacks are not tried.
3. **Statistic branches** (``StatisticFinder``).  The statistic regex is an
   alternation; each branch comes with words one of which every match holds.
   The regex is compiled without the branches whose words the sentence lacks.

``GuardedPhrases`` does the same as 3 for a data file of phrases with
``needs:`` lines (vague_phrases.txt): a sentence is searched with only the
phrases whose guard words it holds.

Each shortcut returns exactly what the plain form returns; the equivalence
tests (tests/test_claim_cues_speed.py, ``pytest -m slow``) check it.  When
``folded_text`` gives None (folding not exact) the callers use the plain
regexes on the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import Dict, FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

from .folding import folded
from .guarded import Guarded
from .lazy import Lazy
from .lexicon import trie_pattern

DIGIT = r"\d"
"""In a statistic branch's words: any decimal digit (as ``\\d`` in the branch)."""

Needs = Tuple[Tuple[str, ...], ...]
"""Groups of lower-case words: every match holds one word of each group, at the start of a word."""


@lru_cache(maxsize=2)
def folded_text(text: str) -> Optional[str]:
    """``folding.folded(text)``, kept for the article's other sentences."""
    return folded(text)


_ESCAPED = re.compile(r"\\.")


def folded_twin(pat: Lazy) -> Optional[Lazy]:
    """``pat`` without IGNORECASE when it is case-insensitive and its letters
    are all lower case (it then matches ``folded_text`` exactly as ``pat``
    matches the text); else None.  Like ``pat``, compiled on first use."""
    src = pat.pattern
    plain = (pat.flags & re.IGNORECASE and "(?-i" not in src
             and not any(c.isupper() for c in _ESCAPED.sub("", src)))
    return Lazy(src, pat.flags & ~re.IGNORECASE) if plain else None


class CueMatcher:
    """The matches of a list of patterns in a sentence, trying only the
    patterns whose guard words (``needs``) the sentence holds, and each on
    folded text when it can."""

    def __init__(self, cues: Sequence[Tuple[str, Lazy, Needs]]) -> None:
        """``cues`` are (kind, pattern, needs): the guard words of ``pattern``."""
        self.kinds = tuple(kind for kind, _, _ in cues)
        self.patterns = tuple(pat for _, pat, _ in cues)
        self.twins = tuple(folded_twin(p) for p in self.patterns)
        self.groups = tuple(tuple(frozenset(g) for g in needs) for _, _, needs in cues)
        words = sorted({w for gs in self.groups for g in gs for w in g})
        # at the start of every word, the longest guard word that starts there
        self.finder = Lazy(r"\b(?=(" + trie_pattern(words) + "))")
        # Every guard word starts with a word character, so the word boundary
        # before one is a non-word character just before it (a space put in
        # front of the text's start): this finds the same words, faster (the
        # regex skips to such characters).  ``finder`` itself is then never
        # compiled in a run; the tests compare the two.
        self.after_gap = Lazy(r"[^\w]" + self.finder.pattern[len(r"\b"):])
        # guard words w starts with: its prefixes that are guard words
        # (looked up, not every pair of words compared: 7 ms at start-up)
        known = frozenset(words)
        self.held = {w: frozenset(w[:k] for k in range(1, len(w) + 1) if w[:k] in known) for w in words}
        by_word: Dict[str, List[int]] = {}
        for i, gs in enumerate(self.groups):
            for w in gs[0] if gs else ():
                by_word.setdefault(w, []).append(i)
        self.by_word = {w: tuple(ix) for w, ix in by_word.items()}
        self.always = tuple(i for i, gs in enumerate(self.groups) if not gs)
        self.chosen = lru_cache(maxsize=16384)(self._chosen)

    def matches(self, text: str, text_low: str, start: int, end: int,
                prefilter: bool = True) -> List[Tuple[str, "re.Match[str]"]]:
        """(kind, match) for every match in ``text[start:end]``, pattern by
        pattern; ``text_low`` is ``folded_text(text)``.  ``prefilter=False``
        tries every pattern."""
        out = []
        for i in self.candidates(text_low, start, end) if prefilter else range(len(self.patterns)):
            twin = self.twins[i]
            found = twin.finditer(text_low, start, end) if twin is not None else self.patterns[i].finditer(text, start, end)
            out.extend(zip(repeat(self.kinds[i]), found))
        return out

    def candidates(self, text_low: str, start: int, end: int) -> Tuple[int, ...]:
        """Indices, in order, of the patterns that may match in
        ``text_low[start:end]``: those with a word of each guard group there."""
        return self.chosen(frozenset(self.words_at(text_low, start, end)))

    def words_at(self, text_low: str, start: int, end: int) -> List[str]:
        """What ``finder.findall(text_low, start, end)`` gives: the longest
        guard word at the start of every word there."""
        if start:
            return self.after_gap.findall(text_low, start - 1, end)
        return self.after_gap.findall(" " + text_low[:end])

    def _chosen(self, longest: FrozenSet[str]) -> Tuple[int, ...]:
        """``candidates`` for a sentence whose longest guard words (what the
        finder finds) are ``longest``: the answer depends on nothing else,
        and sentences share few such sets, so it is cached per set."""
        found: Set[str] = set()
        for w in longest:
            found |= self.held[w]
        chosen = set(self.always)
        for w in found:
            chosen.update(self.by_word.get(w, ()))
        return tuple(i for i in sorted(chosen) if all(not found.isdisjoint(g) for g in self.groups[i]))


class StatisticFinder:
    """The statistic regex's matches on folded text, compiled without the
    branches that cannot match there.

    ``branches`` are (regex, words, start): the words, one of which every
    match holds in lower-case text (``DIGIT`` for any digit), and how a
    match starts: "digit" (only with a digit or currency sign), "letter"
    (only with a letter) or "either"."""

    def __init__(self, branches: Sequence[Tuple[str, Tuple[str, ...], str]]) -> None:
        self.branches = tuple(branches)
        self.groups: Tuple[Tuple[str, ...], ...] = tuple(dict.fromkeys(words for _, words, _ in self.branches))
        # the same test as a regex (any text) and as substrings (ASCII text, where \d is 0-9)
        self.group_res = tuple(re.compile("|".join(w if w == DIGIT else re.escape(w) for w in g)) for g in self.groups)
        self.any_group = re.compile("|".join(rx.pattern for rx in self.group_res))  # one search for "none of them"
        self.group_words = tuple(tuple(x for w in g for x in ("0123456789" if w == DIGIT else (w,))) for g in self.groups)
        self.regex = lru_cache(maxsize=None)(self._regex)

    def finditer(self, text_low: str, start: int, end: int) -> Optional[Iterator["re.Match[str]"]]:
        """The matches in the folded ``text_low[start:end]``, as the full
        statistic regex with IGNORECASE finds them in the text; None when
        no branch can match there."""
        sub = text_low[start:end]
        if sub.isascii():
            kept = tuple([any(map(sub.__contains__, words)) for words in self.group_words])
        elif self.any_group.search(text_low, start, end) is None:
            return None
        else:
            kept = tuple([rx.search(text_low, start, end) is not None for rx in self.group_res])
        if True not in kept:
            return None
        return self.regex(kept).finditer(text_low, start, end)

    def _regex(self, kept: Tuple[bool, ...]) -> "re.Pattern[str]":
        """The regex of the branches whose word group is ``kept``, in their
        order.  Those that can start with a digit or currency sign are tried
        only where one stands: the same first match at every place."""
        on = {g for g, k in zip(self.groups, kept) if k}
        mine = [(b, how) for b, words, how in self.branches if words in on]
        first = "|".join(b for b, how in mine if how != "letter")
        rest = "|".join(b for b, how in mine if how != "digit")
        alts = ([r"(?=[\d$£€¥])(?:" + first + ")"] if first else []) + ([rest] if rest else [])
        return re.compile("(?:" + "|".join(alts) + ")")


class GuardedPhrases(Guarded):
    """``guarded.Guarded`` for an alternation of phrases, ``head``
    + "(?:p1)|(?:p2)|..." + ``tail``, each phrase with its own guard words
    (``needs``: lower case, one of which every match of the phrase holds).
    A sentence that holds a guard word is searched with only the phrases
    whose guard words occur in its folded text (as substrings, a looser
    test than at the start of a word): a phrase left out cannot match
    there, so the alternation finds what the full pattern finds, at far
    less cost when a common guard word ("said") lets one phrase in.
    ``search`` and ``finditer`` give what the full ``pattern``'s give."""

    def __init__(self, head: str, phrases: Sequence[str], tail: str, flags: int,
                 needs: Sequence[Sequence[str]]) -> None:
        self.head, self.tail, self.flags = head, tail, flags
        self.phrases = tuple(phrases)
        # a phrase with no guard words is always tried, and then no sentence is skipped (as in Guarded)
        self.always = frozenset(k for k, words in enumerate(needs) if not words)
        self.words = tuple(sorted({w for words in needs for w in words}))
        super().__init__(self._compile(self.phrases), () if self.always else self.words)
        self.phrases_of = {w: frozenset(k for k, words in enumerate(needs) if w in words) for w in self.words}
        self.subset = lru_cache(maxsize=4096)(self._subset)

    def _compile(self, phrases: Sequence[str]) -> "re.Pattern[str]":
        return re.compile(self.head + "|".join("(?:%s)" % p for p in phrases) + self.tail, self.flags)

    def _subset(self, present: Tuple[str, ...]) -> "Optional[re.Pattern[str]]":
        """The alternation of the phrases one of whose guard words is in ``present``."""
        kept = self.always.union(*(self.phrases_of[w] for w in present))
        if len(kept) == len(self.phrases):
            return self.pattern
        return self._compile([p for k, p in enumerate(self.phrases) if k in kept]) if kept else None

    def _pattern(self, low: str, start: int, end: int) -> "Optional[re.Pattern[str]]":
        sub = low[start:end]
        return self.subset(tuple([w for w in self.words if w in sub]))

    def search(self, text: str, low: Optional[str], start: int, end: int) -> Optional["re.Match[str]"]:
        if low is None:
            return self.pattern.search(text, start, end)
        pattern = None if self._skip(low, start, end) else self._pattern(low, start, end)
        return None if pattern is None else pattern.search(text, start, end)

    def finditer(self, text: str, low: Optional[str], start: int, end: int) -> Iterator["re.Match[str]"]:
        if low is None:
            return self.pattern.finditer(text, start, end)
        pattern = None if self._skip(low, start, end) else self._pattern(low, start, end)
        return iter(()) if pattern is None else pattern.finditer(text, start, end)
