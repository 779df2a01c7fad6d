"""Word sets shared by the readers of source phrases, each loaded once.

Titles and the common words that are never a name on their own are one
set each for every reader (``name_titles.txt``, ``story_common_words.txt``:
lower case, no periods).  ``words()`` holds the lists that name kinds of sources (anonymous heads,
document, organisation and outlet nouns, titles, named sources).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import read_list, reader_list, word_set

DETERMINERS = word_set("determiners")
QUANTIFIERS = word_set("quantifiers")
PRONOUNS = dict(line.split() for line in read_list("pronouns"))
"""Pronoun -> the class of source it stands for (person, organisation, none)."""
TITLES = word_set("name_titles")
PARTICLES = word_set("name_particles")
"""Lower-case words inside a name ("van", "de", "bin")."""
COMMON_WORDS = word_set("story_common_words")
SOURCE_NOUNS = frozenset(w.lower() for w in read_list("source_nouns"))
COMMON_CAPS = word_set("common_capitals")
DATE_WORDS = word_set("date_words")


@lru_cache(maxsize=1)
def words() -> dict:
    """The word lists this module classifies with, as frozensets (lower case)."""
    low = lambda name: frozenset(w.lower() for w in read_list(name))  # noqa: E731
    named = read_list("named_sources")
    return {
        "anon": low("anonymous_heads"),
        "doc": frozenset(w.lower() for w in reader_list("document_nouns", "attributions")),
        "org": frozenset(w.lower() for w in reader_list("organisation_nouns", "attributions")),
        "outlet": low("outlet_words"),
        "titles": TITLES,
        "named": frozenset(named),
        "named_re": re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(named, key=len, reverse=True)) + r")\b"),
    }
