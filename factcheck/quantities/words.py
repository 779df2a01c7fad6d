"""The word classes of the quantity model, read from ``factcheck/data``.

* ``quantity_nouns.txt``: what a figure counts, by class ("residents
  (people): resident tenant ..."); "people"/"person" stand for any class
  marked "(people)".
* ``quantity_events.txt``: the event or state a figure is about, by class
  ("evacuation: evacuated moved leave ...").
* ``quantity_roles.txt``: words that give a figure a role of its own
  (asking price, offer, demand, target, replacement, extra).
* ``quantity_times.txt``: times of day and of a session ("by noon", "at the
  close").
* ``quantity_hedges.txt``: words that make a figure a possibility or one end
  of a range ("could", "faces", "between").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, Optional, Tuple

from factcheck.extract.lexicon import read_list

HYPERNYM = "people"


def _classes(name: str) -> Tuple[Dict[str, str], FrozenSet[str]]:
    """word -> class for a "class: words" list, and the classes marked
    "(people)"."""
    out: Dict[str, str] = {}
    people = set()
    for line in read_list(name):
        head, _, words = line.partition(":")
        head = head.strip()
        if head.endswith("(people)"):
            head = head[: -len("(people)")].strip()
            people.add(head)
        for w in words.split():
            out.setdefault(w, head)
    return out, frozenset(people)


@lru_cache(maxsize=1)
def nouns() -> Tuple[Dict[str, str], FrozenSet[str]]:
    return _classes("quantity_nouns")


@lru_cache(maxsize=1)
def events() -> Dict[str, str]:
    return _classes("quantity_events")[0]


@lru_cache(maxsize=1)
def roles() -> Dict[str, str]:
    return _classes("quantity_roles")[0]


@lru_cache(maxsize=1)
def times() -> FrozenSet[str]:
    return frozenset(read_list("quantity_times"))


def noun_class(noun: Optional[str]) -> Optional[str]:
    """The class of a counted noun ("tenant" -> "residents"), the noun
    itself when it has none, None for no noun."""
    if not noun:
        return None
    return nouns()[0].get(noun, noun)


def same_kind(a: Optional[str], b: Optional[str]) -> Tuple[bool, bool]:
    """(same kind of thing, literally the same noun) for two noun classes:
    "people" matches any people class."""
    if a is None or b is None:
        return a is None and b is None, False
    if a == b:
        return True, True
    people = nouns()[1]
    if a == HYPERNYM and b in people or b == HYPERNYM and a in people:
        return True, False
    return False, False


@lru_cache(maxsize=1)
def hedges() -> FrozenSet[str]:
    """Words that make a figure near them a possibility or a range end."""
    return frozenset(read_list("quantity_hedges"))


@lru_cache(maxsize=1)
def function_words() -> FrozenSet[str]:
    return frozenset(read_list("figure_stopwords"))
