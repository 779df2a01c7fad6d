"""Time phrases around a source: between a subject and its speech cue
("The mayor on Monday said", "Obama last week said", "The department less
than two weeks ago said", "Trump at the time said") and opening a sentence
("Minutes later, she sent"), read by ``factcheck.extract.phrases``."""

from __future__ import annotations

from typing import Sequence

from .lexicon import word_set
from .tokens import Token
from .wordsets import DATE_WORDS

__all__ = ["skip_when", "time_opener"]

WHEN_NOUNS = word_set("time_phrase_nouns")
AGO_WORDS = word_set("time_ago_words")


def skip_when(toks: Sequence[Token], i: int) -> int:
    """Index of the last token before a time phrase ending at ``i`` ("The
    mayor on Monday called", "Obama last week said"), else ``i``."""
    if i < 1:
        return i
    word, before = toks[i][0].lower(), toks[i - 1][0].lower()
    if word in DATE_WORDS and before == "on" or word in WHEN_NOUNS and before in ("last", "this", "next"):
        return i - 2
    if word == "time" and before == "the" and i > 1 and toks[i - 2][0].lower() == "at":
        return i - 3  # "Trump at the time said"
    if word == "ago":  # "The department less than two weeks ago said"
        k = i - 1
        while k >= 0 and i - k <= 6 and (toks[k][0].lower() in AGO_WORDS or toks[k][0].isdigit()):
            k -= 1
        return k if k < i - 1 else i
    return i


TIME_ENDS = word_set("time_phrase_ends")


def time_opener(toks: Sequence[Token], b: int) -> bool:
    """Whether the capitalised run ending before ``b`` opens a time phrase
    ("Minutes later", "Thirteen years earlier")."""
    if b < len(toks) and toks[b][0].lower() in AGO_WORDS:
        b += 1
    return b < len(toks) and toks[b][0].lower() in TIME_ENDS
