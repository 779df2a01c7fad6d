"""Word sets shared by the readers of source phrases, each loaded once.

``words()`` holds the lists that name kinds of sources (anonymous heads,
document, organisation and outlet nouns, titles, named sources).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import read_list

DETERMINERS = frozenset("the a an this that these those his her their its our my your".split())
QUANTIFIERS = frozenset(
    "some many most few several one two three four five six seven eight nine ten dozen dozens "
    "numerous various other others both all each multiple certain".split()
)
PRONOUNS = {"he": "person", "she": "person", "i": "person", "it": "organisation", "they": "", "we": ""}
COMMON_CAPS = frozenset(
    "senior top former current local federal state national administration government board company "
    "unnamed anonymous unidentified independent longtime veteran key leading prominent some many most "
    "critics officials residents analysts experts several other others two three four five few "
    "according internally separately meanwhile however still but and yet instead also".split()
)
DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july "
    "august september october november december today yesterday tonight".split()
)


@lru_cache(maxsize=1)
def words() -> dict:
    """The word lists this module classifies with, as frozensets (lower case)."""
    low = lambda name: frozenset(w.lower() for w in read_list(name))  # noqa: E731
    named = read_list("named_sources")
    return {
        "anon": low("anonymous_heads"),
        "doc": low("document_nouns"),
        "org": low("organisation_nouns"),
        "outlet": low("outlet_words"),
        "titles": frozenset(t.lower().rstrip(".") for t in read_list("name_titles")),
        "named": frozenset(named),
        "named_re": re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(named, key=len, reverse=True)) + r")\b"),
    }
