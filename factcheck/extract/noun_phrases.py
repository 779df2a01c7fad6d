"""A descriptive noun phrase read backward from a cue: the source phrases
with no name in them ("the influential US daily", "a person familiar with
the planning", "officials"), for ``phrases.phrase_before``."""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

from .descriptions import PERSON_NOUNS, anonymity_re, classify_phrase, is_source_phrase
from .lexicon import word_set
from .names import PHRASE_OPENERS, is_title_word
from .tokens import Token
from .wordsets import SOURCE_NOUNS

# A source phrase: (words, start, end, class); shared with phrases.py, which re-exports both.
Source = Tuple[str, int, int, str]
CLAUSE_WORDS = word_set("clause_words")


def np_backward(text: str, toks, i: int, strict: bool = True) -> Optional[Source]:
    """A descriptive noun phrase ending at token ``i`` (``the influential US
    daily``, ``a person familiar with the planning``, ``officials``)."""
    j = i
    det = None
    linked = False  # a preposition after a source noun continues the phrase ("a spokesman for the club")
    while j >= 0 and i - j < 12:
        t = toks[j][0]
        low = t.lower()
        if t in (",", ";", ":", "(", ")", "\u2014", "\u2013", "--", "-", '"', "\u201c", "\u201d"):
            break
        if low in PHRASE_OPENERS and t.isalpha() and low != "that":
            det = j
            if low == "the" and _continues_phrase(toks, j):
                det, linked = None, True
                j -= 1  # "the director of the Center for Policy Studies": "of the" continues the phrase
                continue
            if low in ("the", "a", "an") or j == 0 or toks[j - 1][0] in (",", ";", ":"):
                break
        elif low in CLAUSE_WORDS and low not in ("of", "for", "with", "to", "close", "familiar", "in", "at", "on", "from"):
            break
        j -= 1
    first = det if det is not None else j + 1
    if first > i:
        return None
    phrase_toks = toks[first:i + 1]
    words = [t[0] for t in phrase_toks]
    if det is None:
        # no determiner: accept bare plurals (officials, analysts) and
        # anonymity phrases only, at most four words
        if len(words) > 4 and not linked and not anonymity_re().search(" ".join(words)):
            first = i - 3
            phrase_toks = toks[first:i + 1]
        phrase = text[phrase_toks[0][1]:phrase_toks[-1][2]]
        if not (anonymity_re().search(phrase) or words[-1].endswith("s") and words[-1].islower()
                or is_source_phrase(phrase)):
            return None
    start, end = phrase_toks[0][1], phrase_toks[-1][2]
    phrase = text[start:end]
    if strict and not is_source_phrase(phrase):
        return None
    return phrase, start, end, classify_phrase(phrase)


_LINKS = ("of", "for", "with", "to", "at", "from")


def _continues_phrase(toks: Sequence[Token], j: int) -> bool:
    """True when the "the" at ``j`` opens the object of a preposition that
    continues a source's description: "the director of the", "a spokesman
    for the", "a source familiar with the", "a person close to the",
    "officials at the", "leaders of the", "a spokesman from the"."""
    if j < 2 or toks[j - 1][0] not in _LINKS:
        return False
    before = toks[j - 2][0].lower()
    if toks[j - 1][0] == "with" and before != "familiar" or toks[j - 1][0] == "to" and before not in ("close", "aide"):
        return False
    single = before[:-1] if before.endswith("s") and not before.endswith("ss") else before
    return before == "one" or before in ("familiar", "close") or is_title_word(before) \
        or any(w in SOURCE_NOUNS or w in PERSON_NOUNS for w in (before, single))
