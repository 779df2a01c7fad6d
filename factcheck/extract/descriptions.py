"""Descriptive source phrases ("the mayor", "a person familiar with the
planning", "the report"): whether a phrase can name a source
(``is_source_phrase``) and its class (``classify_phrase``): document,
anonymous, organisation or person.  Read by ``phrases``."""

from __future__ import annotations

import re
from functools import lru_cache
from .lexicon import lexicon, reader_list, word_set
from .names import is_title_word
from .sources import classify, head_word
from .tokens import tokens
from .wordsets import SOURCE_NOUNS

PERSON_NOUNS = word_set("person_nouns")

ORG_NOUNS = frozenset(reader_list("organisation_nouns", "speakers"))
DOC_NOUNS = frozenset(reader_list("document_nouns", "speakers"))


@lru_cache(maxsize=1)
def anonymity_re() -> "re.Pattern[str]":
    phrases = sorted(lexicon().anonymity_phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


INDEFINITE = word_set("indefinite_openers")


def classify_phrase(phrase: str) -> str:
    """Class of a descriptive phrase naming a quote's speaker: ``document``
    (a report), ``anonymous`` (officials, two board members, a person
    familiar with the matter), ``organisation`` (the agency, the airline)
    or ``person`` (the mayor).

    ``sources.classify``, the attributions' classifier, decides, with two
    readings for a phrase known to speak: an indefinite one ("a New
    Hampshire Republican", "One California delegate") is someone unnamed
    unless its head is an organisation or a document; a head ``classify``
    does not know is a document or an organisation by its head
    (``document_nouns.txt``, ``organisation_nouns.txt`` as the speakers
    read them), else a person
    ("the gambling tycoon")."""
    words = re.findall(r"[a-z\u00e0-\u024f'\u2019-]+", phrase.lower())
    head = head_noun(phrase)
    if words and words[0] in INDEFINITE and head not in ORG_NOUNS and head not in DOC_NOUNS:
        return "anonymous"
    cls = classify(tokens(phrase, 0, len(phrase)))[0]
    if cls != "none":
        return cls
    if head in DOC_NOUNS:
        return "document"
    return "organisation" if head in ORG_NOUNS else "person"


def head_noun(phrase: str) -> str:
    """The head noun of a phrase, as the attributions read it
    (``sources.head_word``): the last word of its head part, before a
    preposition, relative word or comma, in lower case without "'s"."""
    return head_word(tokens(phrase, 0, len(phrase)))


def is_source_phrase(phrase: str) -> bool:
    """True when a descriptive phrase can name a source: its head noun is a
    person, group, organisation or document (``source_nouns.txt``), a title,
    or the phrase is an anonymity phrase."""
    words = re.findall(r"[A-Za-z\u00e0-\u024f][\w'\u2019-]*", phrase)
    head = head_noun(phrase)
    return head in SOURCE_NOUNS or is_title_word(head) or bool(anonymity_re().search(phrase)) and len(words) <= 6
