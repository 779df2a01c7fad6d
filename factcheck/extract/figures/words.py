"""The figure code's word lists, read from ``factcheck/data/figure_*.txt``
(and ``event_nouns.txt``).

Plain word sets are read at import; the lists with structure (bounds, verbs,
events) are read on first use and indexed once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, Tuple

from ..lexicon import read_list


def word_set(name: str) -> FrozenSet[str]:
    """The words of ``data/figure_<name>.txt`` (several to a line allowed)."""
    return frozenset(w for line in read_list("figure_" + name) for w in line.split())


ANCHOR_SKIP = word_set("anchor_skip")
COMMON_NOUNS = frozenset().union(*(read_list(name) for name in (
    "anonymous_heads", "collective_heads", "common_capitals", "person_nouns", "organisation_nouns", "place_nouns")))
"""Common nouns the word lists know (people, groups, organisations,
places): capitalised as a sentence's first word they are no name."""
AUXILIARIES = word_set("auxiliaries")
CAPITALISED_OK = word_set("capitalised_ok")
COMPOUND_NOT_NOUNS = word_set("compound_not_nouns")
# The words before a counted noun ("all", "some", "such" among them): not
# wordsets.DETERMINERS, the determiners of a source phrase.
COUNT_DETERMINERS = word_set("determiners")
IDENTIFIER_WORDS = word_set("identifier_words")
IRREGULAR_PLURALS = word_set("irregular_plurals")
UNIT_ABBREVIATIONS = word_set("unit_abbreviations")
ZERO_PLURALS = word_set("zero_plurals")
LEVEL_HEADS = word_set("level_heads")
MODIFIER_SKIP = word_set("modifier_skip")
NOT_PLACES = word_set("not_places")
NOT_PLURALS = word_set("not_plurals")
NOUN_FRAMES = word_set("noun_frames")
NUMBER_WORD_SET = word_set("number_words")
PARTITIVE = word_set("partitive")
PREPOSITIONS = word_set("prepositions")
TIME_UNITS = word_set("time_units")
VAGUE_HEADS = word_set("vague_heads")
VERB_NOUNS = word_set("verb_nouns")
NOUN_FOLLOWERS = word_set("noun_followers")
WEEKDAYS = word_set("weekdays")
TIME_WORDS = word_set("months") | WEEKDAYS
COUNT_DETERMINERS_PARTITIVE = COUNT_DETERMINERS | PARTITIVE


@lru_cache(maxsize=1)
def bounds() -> Tuple[Tuple[Tuple[str, str], ...], Tuple[Tuple[str, str], ...]]:
    """(phrases before a figure, phrases after it) from ``figure_bounds.txt``,
    each as ``(phrase, bound)`` longest phrase first."""
    before, after = [], []
    for line in read_list("figure_bounds"):
        phrase, _, bound = line.rpartition("=")
        phrase, bound = phrase.strip().lower(), bound.strip()
        if phrase.startswith("after:"):
            after.append((phrase[6:].strip(), bound))
        else:
            before.append((phrase, bound))
    key = lambda pb: -len(pb[0])  # noqa: E731 - longest phrase first
    return tuple(sorted(before, key=key)), tuple(sorted(after, key=key))


@lru_cache(maxsize=1)
def bound_phrases() -> FrozenSet[str]:
    return frozenset(p for p, _ in bounds()[0])


@lru_cache(maxsize=1)
def bound_words() -> FrozenSet[str]:
    return frozenset(w for p, _ in bounds()[0] for w in p.split())


@lru_cache(maxsize=1)
def stopwords() -> FrozenSet[str]:
    return frozenset(read_list("figure_stopwords"))


@lru_cache(maxsize=1)
def verbs() -> Tuple[FrozenSet[str], Dict[str, str]]:
    """(level verbs, {change verb: its frame name}) from ``figure_verbs.txt``."""
    level, change = set(), {}
    for line in read_list("figure_verbs"):
        kind, _, words = line.partition(":")
        forms = words.split()
        if kind.strip() == "level":
            level.update(forms)
        else:
            for w in forms:
                change.setdefault(w, forms[0])
    return frozenset(level), change


@lru_cache(maxsize=1)
def events() -> Dict[str, str]:
    """{word: event name} from ``event_nouns.txt``."""
    out: Dict[str, str] = {}
    for line in read_list("event_nouns"):
        name, _, forms = line.partition(":")
        for w in forms.split():
            out.setdefault(w, name.strip())
    return out


@lru_cache(maxsize=1)
def group_members() -> Dict[str, str]:
    """group -> what a figure of its strength counts ("workforce" ->
    "worker"), from ``figure_group_members.txt``."""
    out: Dict[str, str] = {}
    for line in read_list("figure_group_members"):
        group, _, member = line.partition(":")
        out[group.strip()] = member.strip()
    return out
