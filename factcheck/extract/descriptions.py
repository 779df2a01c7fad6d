"""Descriptive source phrases ("the mayor", "a person familiar with the
planning", "the report"): whether a phrase can name a source
(``is_source_phrase``) and its class (``classify_phrase``): document,
anonymous, organisation or person.  Read by ``phrases``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List

from .lexicon import lexicon, word_set
from .names import PHRASE_OPENERS, is_title_word
from .sources import classify, name_class
from .tokens import starts_upper, tokens
from .wordsets import SOURCE_NOUNS

PERSON_NOUNS = word_set("person_nouns")

ORG_NOUNS = word_set("organisation_heads")


DOC_NOUNS = word_set("document_heads")


@lru_cache(maxsize=1)
def anonymity_re() -> "re.Pattern[str]":
    phrases = sorted(lexicon().anonymity_phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


INDEFINITE = word_set("indefinite_openers")


def classify_phrase(phrase: str) -> str:
    """Class of a descriptive source phrase: ``document`` (a report),
    ``anonymous`` (officials, a White House official, two board members,
    a person familiar with the matter), ``organisation`` (the agency, the
    influential US daily) or ``person`` (the mayor).  The attributions'
    classifier (``sources.classify``) decides when it knows the head; a
    head of no known kind is read by the rules below."""
    cls = classify(tokens(phrase, 0, len(phrase)))[0]
    own = _unknown_head_class(phrase)
    return own if cls == "none" or own == "anonymous" else cls


def _unknown_head_class(phrase: str) -> str:
    """``classify_phrase`` of a phrase whose head ``sources.classify`` does
    not know: a document head, an indefinite opener, an anonymity phrase,
    an organisation's name or head, else a person ("the gambling tycoon")."""
    low = phrase.lower()
    words = re.findall(r"[a-z\u00e0-\u024f'\u2019-]+", low)
    has_name = any(starts_upper(w) for w in phrase.split()[1:] if w.lower() not in PHRASE_OPENERS)
    head = head_noun(words)
    definite = bool(words) and words[0] in ("the", "his", "her", "their", "its", "this", "that")
    if head in DOC_NOUNS:
        return "document"
    if words and words[0] in INDEFINITE and head not in ORG_NOUNS:
        return "anonymous"
    if not has_name and not definite and anonymity_re().search(phrase):
        return "anonymous"
    if has_name and definite and name_class(phrase)[0] == "organisation" \
            and not (is_title_word(head) or head in PERSON_NOUNS):  # "the director of the Center ..." is a person
        return "organisation"
    if head in ORG_NOUNS:
        return "organisation"
    return "person"


def head_noun(words: List[str]) -> str:
    """The head noun of a phrase: the last word before a preposition or
    relative word."""
    head = ""
    for w in words:
        if w in ("of", "for", "with", "who", "that", "from", "at", "in", "by", "on", "to", "about", "close", "familiar"):
            break
        head = w
    return head


def is_source_phrase(phrase: str) -> bool:
    """True when a descriptive phrase can name a source: its head noun is a
    person, group, organisation or document (``source_nouns.txt``), a title,
    or the phrase is an anonymity phrase."""
    words = re.findall(r"[A-Za-z\u00e0-\u024f][\w'\u2019-]*", phrase)
    head = head_noun([w.lower().replace("\u2019s", "").replace("'s", "") for w in words])
    return head in SOURCE_NOUNS or is_title_word(head) or bool(anonymity_re().search(phrase)) and len(words) <= 6
