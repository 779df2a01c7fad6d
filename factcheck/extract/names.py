"""Names of people and organisations: which capitalised words make a name,
its class, and the full name behind a surname.

``sources.name_class`` tells an organisation's name from a person's, for
quote speakers as for attributions; ``looks_like_name`` rejects a capitalised common word that only opens a
sentence.  ``NameIndex`` maps a surname or a title and surname to the full
name the article used first.  The source phrases around a speech cue are
read in ``phrases``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Tuple

from .lazy import Lazy
from .lexicon import POSSESSIVE, lexicon, read_list, word_set
from .sources import name_class
from .tokens import starts_upper
from .wordsets import COMMON_WORDS, PARTICLES, TITLES

PHRASE_OPENERS = word_set("phrase_openers")
ORG_WORDS = word_set("organisation_name_words")  # "of" after one continues a name: "Bank of England"
CAP_STOP = word_set("capitalised_non_names")
PARTY_WORDS = word_set("party_words")
TITLE_SURNAMES = word_set("title_surnames")


def is_title_word(tok: str) -> bool:
    """True for an honorific or job title ("Sen.", "minister")."""
    return tok.lower().rstrip(".") in TITLES


def is_name_word(tok: str) -> bool:
    """True for a word that can stand inside a name: capitalised or a particle ("van")."""
    return starts_upper(tok) or tok.lower() in PARTICLES


@lru_cache(maxsize=1)
def speech_verbs() -> FrozenSet[str]:
    """The speech and quote verbs (a capitalised one opens no name)."""
    return frozenset(read_list("speech_verbs") + read_list("quote_verbs"))


def looks_like_name(toks) -> bool:
    """False for a lone capitalised common word (``According``, ``Surveying``,
    ``What``) that only opens a sentence."""
    if len(toks) > 1:
        return not all(t[0].rstrip(".").lower() in CAP_STOP or t[0].lower() in COMMON_WORDS for t in toks)
    word = toks[0][0].rstrip(".").lower()
    # "-ly" opens a sentence as an adverb ("Notably", "Finally"); "-elly",
    # "-olly", "-illy" end surnames and first names (Kelly, Connolly, Billy)
    adverb = word.endswith("ly") and not word.endswith(("elly", "olly", "illy"))
    return not (word in COMMON_WORDS or word in CAP_STOP or word.endswith("ing") or adverb or word in PHRASE_OPENERS)


def capitalised_mid_sentence(text: str, word: str) -> bool:
    """Whether ``word``, which looks like an opener only by its ending
    ("Schilling told": "-ing" as in "Speaking"), is capitalised after a
    lower-case word elsewhere in the story too: then it is a name."""
    low = word.lower()
    if not low.endswith(("ing", "ly")) or low in COMMON_WORDS or low in CAP_STOP or low in PHRASE_OPENERS:
        return False
    # after a lower-case word that is not an article ("for the Family" is a title)
    return any(m.group(1) == "," or m.group(1).islower() and m.group(1) not in ("the", "a", "an")
               for m in re.finditer(r"(\w+|,) " + re.escape(word) + r"\b", text))


_NAME_RUN = re.compile(
    r"(?:[A-Z][\w\u00c0-\u024f'\u2019\-]+" + POSSESSIVE + r"\.?|[A-Z]\.)"
    # Spaces only: a name never runs across a line break ("... over Glazer\n\nRio
    # Ferdinand has said" is a headline and a new paragraph, not one name).
    r"(?:[^\S\n]+" + POSSESSIVE + r"(?:(?:de|da|del|der|van|von|la|le|bin|al|ibn)[^\S\n]+)?"
    r"(?:[A-Z][\w\u00c0-\u024f'\u2019\-]+" + POSSESSIVE + r"|[A-Z]\.))*"
)
# The possessive ``++`` only saves work: a word or a run of spaces given back
# in part is followed by one more of its own characters, which neither a
# space, a period nor a capital can match, so backtracking into them never
# finds a match (a fifth less time over an article; tests/test_name_speedups.py
# compares it with the plain ``+``).


# "M(?<!\wM)" is "\bM" written so that the pattern opens with a letter: the
# regex engine then jumps from one "M" to the next instead of testing "\b"
# at every position (twenty times faster over an article, same matches).
_HONORIFIC = Lazy(r"(M(?<!\wM)(?:r|rs|s|iss))\.?\s+(?:[A-Z]\.\s+)*([A-Z][\w'\u2019-]+)")


def _surname_title(words, first: int, k: int) -> bool:
    """Whether the title word ``words[k]`` is a surname: the last word of a
    name after a first name or an initial ("Carole King", "Peter T. King"),
    not a title before a name ("King Charles") or after another title."""
    if k != len(words) - 1 or k == first or words[k].lower() not in TITLE_SURNAMES:
        return False
    prev = words[k - 1]
    return not is_title_word(prev) and prev[:1].isupper() and prev.rstrip(".").lower() not in CAP_STOP \
        and prev.lower() not in COMMON_WORDS


@lru_cache(maxsize=4)
def name_runs(text: str, start: int) -> Tuple[Tuple[int, str], ...]:
    """``(offset, run)`` of each capitalised run (one word or more) in
    ``text[start:]``: the one scan of an article's names, shared by
    ``NameIndex`` (speakers), ``person_mentions`` (attributions) and
    ``mentions.person_names`` (attributions, the anonymous-source rule)."""
    return tuple([(m.start(), m.group()) for m in _NAME_RUN.finditer(text, start)])


_WORD = re.compile(r"\S+")
_SPACE = re.compile(r"\s")


@lru_cache(maxsize=1 << 16)
def run_words(run: str) -> Tuple[int, Tuple[str, ...]]:
    """``(shift, words)`` of one capitalised run: the words that may name a
    person once titles, sentence openers and a possessor are cut off (a
    possessive ending dropped), and the offset of the first of them in the
    run.  Pure, hence cached by run (the same names recur across articles)."""
    spans = [(m.start(), m.group()) for m in _WORD.finditer(run)]
    words = [w for _, w in spans]
    cut = 0
    for k, w in enumerate(words[:-1]):
        if w.endswith(".") and len(w) > 2 and not is_title_word(w) and w[:-1].lower() not in lexicon().abbreviations:
            cut = k + 1  # "IMF. Palaniappan Chidambaram", "TV. Broadcasters": a sentence ended inside the run
        if w.endswith(("'s", "\u2019s", "'", "\u2019")):
            cut = k + 1  # "Iron Maiden's Bruce Dickinson"
    for k, w in enumerate(words):
        if k < cut:
            continue
        low = w.lower().rstrip(".")
        if is_title_word(w) and not _surname_title(words, cut, k) or low in CAP_STOP or k == cut and (
                low in COMMON_WORDS or low in speech_verbs() or low in PARTY_WORDS and len(words) - k >= 3):
            cut = k + 1
    kept = tuple(w[:-2] if w.endswith(("\u2019s", "'s")) else w for w in words[cut:])
    return (spans[cut][0] if cut < len(spans) else len(run)), kept


@lru_cache(maxsize=1 << 16)
def _run_keys(run: str) -> Optional[Tuple[str, Tuple[str, ...]]]:
    """``(full name, keys)`` for one capitalised run: the person's name
    (``run_words``) and the keys it answers to in order (surname, last two
    words, the whole name, lower case); None when the run names no person
    (fewer than two words, or an organisation's name)."""
    if _SPACE.search(run) is None:
        return None  # one word: no full name (the same answer, without reading the word)
    words = run_words(run)[1]
    if len(words) < 2 or name_class(" ".join(words))[0] != "person":
        return None
    full = " ".join(words)
    keys = [" ".join(words[-n:]).lower() for n in (1, 2) if n < len(words)]
    keys.append(full.lower())
    return full, tuple(keys)


def person_mentions(text: str, start: int) -> List[Tuple[int, str]]:
    """``(offset, full name)`` of each person named in ``text[start:]``: a
    full name, or a surname alone (titles cut: "Mr. Magnus") resolved to the
    full name used before it."""
    out: List[Tuple[int, str]] = []
    full_by_surname: Dict[str, str] = {}
    for off, run in name_runs(text, start):
        shift, words = run_words(run)
        if len(words) == 1:
            full = full_by_surname.get(words[0])
            if full is not None:
                out.append((off + shift, full))
            continue
        found = _run_keys(run)
        if found is not None:
            full_by_surname.setdefault(words[-1], found[0])
            out.append((off + shift, found[0]))
    return out


def scanned_names(text: str, start: int) -> List[str]:
    """The full names of people in ``text[start:]``, in text order, repeats included."""
    return [found[0] for found in map(_run_keys, (run for _, run in name_runs(text, start))) if found is not None]


class NameIndex:
    """Full names (two or more capitalised words) of an article, to resolve
    a later surname (``Magnus``) or title and surname (``Mr. Netanyahu``)."""

    def __init__(self, text: str, start: int = 0):
        self._text, self._start = text, start
        self._first: Optional[Dict[str, Tuple[int, str]]] = None
        self._genders: Optional[Dict[str, str]] = None
        self._mentions: Optional[List[Tuple[int, str]]] = None

    @property
    def first(self) -> Dict[str, Tuple[int, str]]:
        """Suffix (lower case) -> (offset, full name), built on first use."""
        if self._first is None:
            self._first = self._build(self._text, self._start)
        return self._first

    def _build(self, text: str, start: int) -> Dict[str, Tuple[int, str]]:
        first: Dict[str, Tuple[int, str]] = {}
        for offset, run in name_runs(text, start):
            found = _run_keys(run)
            if found is None:
                continue
            full, keys = found
            for key in keys:
                if key not in first:
                    first[key] = (offset, full)
        return first

    def gender(self, name: str) -> Optional[str]:
        """``m`` or ``f`` when the article calls this person Mr. or Mrs./Ms.,
        else None."""
        if self._genders is None:
            self._genders = {}
            for m in _HONORIFIC.finditer(self._text, self._start):
                key = m.group(2).lower()
                sex = "m" if m.group(1) == "Mr" else "f"
                self._genders[key] = sex if self._genders.get(key, sex) == sex else "?"
        words = name.split()
        got = self._genders.get(words[-1].lower()) if words else None
        return None if got == "?" else got

    def last_titled(self, sex: str, at: int) -> Optional[str]:
        """The person the article last names before ``at`` whom it calls Mr.
        (``sex`` "m") or Mrs./Ms. ("f") somewhere: whom a "he" or "she" means
        when no named person spoke or opened a sentence before it."""
        if self._mentions is None:
            self._mentions = person_mentions(self._text, self._start)
        found = None
        for offset, name in self._mentions:
            if offset >= at:
                break
            if self.gender(name) == sex:
                found = name
        return found

    def titled(self, role: str, at: int) -> Optional[str]:
        """The full name the article gives last before ``at`` with the title
        ``role`` ("Judge Anita Rowe", "council leader Ann Lee"), for a later
        "the judge"; None when it gives none."""
        found = None
        pattern = re.compile(r"\b(?i:" + re.escape(role) + r")\s+((?:[A-Z][\w'\u2019-]+\s+)+[A-Z][\w'\u2019-]+)")
        for m in pattern.finditer(self._text, self._start, at):
            name = m.group(1).split()
            if name[0].lower() != role.lower() and looks_like_name([(w, 0, 0) for w in name]):
                found = m.group(1)
        return found

    def resolve(self, mention: str, at: int = 0) -> str:
        """The full name for ``mention`` (titles dropped), or the mention
        itself when the article never gives a longer name."""
        words = mention.split()
        words = [w for k, w in enumerate(words) if not is_title_word(w) or _surname_title(words, 0, k)] or words
        if words and words[-1].endswith(("\u2019s", "'s")):
            words[-1] = words[-1][:-2]
        key = " ".join(words).lower()
        hit = self.first.get(key)
        if hit is not None and len(hit[1]) >= len(key):
            return hit[1]
        return " ".join(words)
