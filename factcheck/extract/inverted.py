"""The source after an inverted cue or "according to" ("said Luis
Carranza, who ...", "said the mayor, Dana Whitfield,", "according to two
officials"), as the quote-speaker step reads it.  The subject before a cue
is read in ``phrases``; both return ``(source, start, end, class)``.
"""

from __future__ import annotations

from typing import Optional, Sequence

from .descriptions import anonymity_re, classify_phrase
from .names import CAP_STOP, ORG_WORDS, PHRASE_OPENERS, is_name_word, is_title_word, looks_like_name
from .apposition import DESCRIPTION_PREPOSITIONS, FINITE
from .lexicon import word_set
from .phrases import CLAUSE_WORDS, INVERTED_DETERMINERS, STOP_AFTER, Source, described_name, run_source
from .subjects import TO_ADJECTIVES
from .tokens import Token, dotted_tokens, starts_upper
from .wordsets import PARTICLES, PRONOUNS, SOURCE_NOUNS


def phrase_after(text: str, pos: int, end: int) -> Optional[Source]:
    """The source after an inverted cue (``said Luis Carranza``) or
    ``according to``; None when what follows is not a source (``said in a
    statement``)."""
    toks = dotted_tokens(text, pos, min(end, pos + 250))
    if not toks:
        return None
    tok = toks[0][0]
    low = tok.lower()
    if low in PRONOUNS and tok.islower():
        return tok, toks[0][1], toks[0][2], PRONOUNS[low]
    if starts_upper(tok) and low not in PHRASE_OPENERS and (low not in CAP_STOP or _month_name(toks)):
        return _name_after(text, toks)
    if tok.islower() and low not in INVERTED_DETERMINERS and low not in CLAUSE_WORDS:
        found = _titled_name_after(text, toks, lone_role=True)
        if found is not None:
            return found
    # a bare plural, also at the sentence's end ("say researchers.": the token keeps its period)
    plural = tok.islower() and tok.rstrip(".").endswith("s") and low not in CLAUSE_WORDS
    if low in INVERTED_DETERMINERS or anonymity_re().match(text, toks[0][1]) or plural:
        return _described_after(text, toks, low)
    return None


_MONTH_NAMES = frozenset({"april", "may", "june"})
"""Months that are also first names: "said June Abbotsley" (not "said June 5")."""


def _month_name(toks: Sequence[Token]) -> bool:
    """True when a month opens a person's name: a capitalised word that is
    no month, weekday or other stop follows it."""
    return (toks[0][0].lower() in _MONTH_NAMES and len(toks) > 1 and starts_upper(toks[1][0])
            and toks[1][0].lower() not in CAP_STOP)


def _name_after(text: str, toks: Sequence[Token]) -> Optional[Source]:
    """The capitalised run opening ``toks``, or the person named after it
    ("said Jupiter Research analyst Olivier Beauvillain")."""
    b = 0
    while b < len(toks) and (starts_upper(toks[b][0]) or (toks[b][0].lower() in PARTICLES or toks[b][0] == "of"
                                                          and toks[b - 1][0].lower() in ORG_WORDS)
                             and b + 1 < len(toks) and starts_upper(toks[b + 1][0])):
        b += 1
    if b == 0:
        return None
    if toks[b - 1][0].endswith(("'s", "\u2019s")):  # "said Southline's operations director, Hana Krol"
        k = b
        while k < len(toks) and k - b < 5 and toks[k][0].islower():
            k += 1
        if k > b:
            found = _name_after_description(text, toks, k, text[toks[0][1]:toks[k - 1][2]])
            if found is not None:
                return found[0], toks[0][1], found[2], found[3]
    named = described_name(toks, b)
    if named is not None:  # said Republican political consultant Chris Russell
        src = run_source(text, toks, *named)
        return src[0], toks[0][1], src[2], src[3]
    c = b
    while c < len(toks) and c - b < 2 and toks[c][0].islower() and (
            is_title_word(toks[c][0]) or toks[c][0] in SOURCE_NOUNS):
        c += 1
    if b < c < len(toks) and starts_upper(toks[c][0]):
        d = c
        while d < len(toks) and is_name_word(toks[d][0]):
            d += 1
        if looks_like_name(toks[c:d]):
            src = run_source(text, toks, c, d)
            return src[0], toks[0][1], src[2], src[3]
    return run_source(text, toks, 0, b)


def _titled_name_after(text: str, toks: Sequence[Token], lone_role: bool = False) -> Optional[Source]:
    """"said housing director Tom Reyes": lower-case words ending in a
    title or source noun, then a name; with ``lone_role`` (right after the
    cue), any one role word before a full name ("said principal Desmond
    Achterberg")."""
    b = 0
    while b < len(toks) and b < 4 and toks[b][0].islower() and toks[b][0].lower() not in CLAUSE_WORDS:
        b += 1
    if not (0 < b < len(toks) and starts_upper(toks[b][0])):
        return None
    c = b
    while c < len(toks) and is_name_word(toks[c][0]):
        c += 1
    named = described_name(toks[b:], c - b)
    if named is not None:  # "said former Vermont governor Howard Deen"
        src = run_source(text, toks, b + named[0], b + named[1])
        return src[0], toks[0][1], src[2], src[3]
    # "said housing director Tom Reyes", or a title inside the run: "said retired Army Lt. Gen. Mick Bednarek";
    # or one role word before a full name: "said principal Desmond Achterberg"
    if not (is_title_word(toks[b - 1][0]) or toks[b - 1][0] in SOURCE_NOUNS
            or (any(is_title_word(t[0]) for t in toks[b:c - 1]) or _agent_noun(toks[b - 1][0])
                or lone_role and b == 1 and _role_word(toks[0][0])) and looks_like_name(toks[c - 2:c])):
        return None
    src = run_source(text, toks, b, c)
    return src[0], toks[0][1], src[2], src[3]


def _role_word(word: str) -> bool:
    """A lone lower-case word that may name a role before a full name
    ("principal", "headteacher"): a noun, not an adverb or a time ("said
    yesterday", "said also")."""
    return (word.isalpha() and len(word) > 3 and word not in CLAUSE_WORDS and word not in _NOT_ROLES
            and not word.endswith("ly"))


_NOT_ROLES = word_set("time_words") | {"also", "then", "today", "tonight", "yesterday", "earlier", "later", "again",
                                       "here", "there", "now", "once", "still", "even", "both", "instead", "however"}


AGENT_ENDINGS = ("ist", "er", "or", "ian", "eon", "ant", "ent", "eur")


def _agent_noun(word: str) -> bool:
    """"neurosurgeon", "columnist", "voter", "entrepreneur": a noun for someone who does
    something, before a full name after an inverted cue."""
    return word.isalpha() and len(word) > 4 and word.endswith(AGENT_ENDINGS) and word not in CLAUSE_WORDS


def _name_after_description(text: str, toks: Sequence[Token], b: int, phrase: str) -> Optional[Source]:
    """"said the mayor, Dana Whitfield," "said another Twitter user, Jo
    Bayer." "said his best friend at Lehigh, Bruce Tarry, who": the name in
    apposition after a description that ends at ``toks[b]`` (a place or
    firm after a preposition may come first), when the description's head is
    a lower-case noun or a title ("said the town's MP, Carys Boyd"; "the Red
    Cross, Geneva" names no person)."""
    head = phrase.split()[-1]
    described = head[:1].islower() or head.isupper() and is_title_word(head)
    if b < len(toks) and toks[b][0] in DESCRIPTION_PREPOSITIONS and described:
        k = b + 1  # "at Lehigh", "of the Vale board", "at the time"
        while k < len(toks) and k - b < 6 and (starts_upper(toks[k][0]) or toks[k][0].isalpha()
                                               and toks[k][0].islower() and toks[k][0] not in CLAUSE_WORDS):
            k += 1
        b = k if k > b + 1 else b
    if b + 2 < len(toks) and toks[b][0] == "," and toks[b + 1][0] == "the" and is_name_word(toks[b + 2][0]):
        b += 1  # "said the vicar, the Reverend Ann Colley"
    if not (b + 1 < len(toks) and toks[b][0] in (",", "the") and starts_upper(toks[b + 1][0]) and described):
        return None
    c = b + 1
    while c < len(toks) and is_name_word(toks[c][0]):
        c += 1
    # the name ends the clause ("Jo Bayer."), or a comma or an "of"/"from" place follows it
    ends = c == len(toks) or toks[c][0] in (",", ".", "of", "from") or toks[c - 1][0].endswith(".")
    return run_source(text, toks, b + 1, c) if ends and looks_like_name(toks[b + 1:c]) else None


CLAUSE_VERBS = word_set("modals") | word_set("finite_auxiliaries") | FINITE


_TO_HEADS = TO_ADJECTIVES | word_set("to_role_nouns")


def _described_after(text: str, toks: Sequence[Token], low: str) -> Optional[Source]:
    """A descriptive source after the cue ("said two officials", "said the
    mayor, Dana Whitfield,"), up to punctuation or a word that ends it."""
    b = 0
    while b < len(toks) and b < 10:
        t = toks[b][0]
        if t in (",", ";", ":", ".", "(", ")", "\u2014", "--", "-", '"', "\u201c", "\u201d"):
            break
        if b > 0 and t.lower() in STOP_AFTER and not (t == "to" and toks[b - 1][0].lower() in _TO_HEADS):
            break  # "said a person close to the mayor": "to" stays in the phrase, as before a cue
        b += 1
    if b == 0 or any(t[0] in CLAUSE_VERBS for t in toks[1:b]):
        return None  # "said the candidate could be in a strong position": a clause, not an inverted source
    start, stop = toks[0][1], toks[b - 1][2]
    phrase = text[start:stop].rstrip(".")
    named = _name_after_description(text, toks, b, phrase)
    if named is not None:
        return named
    titled = _titled_name_after(text, toks[1:b]) if low in ("the", "a", "an") and b > 2 else None
    if titled is not None:  # "said the singer Carole King": the name, not the whole phrase
        return titled[0], start, titled[2], titled[3]
    if low in ("according",):
        return None
    return phrase, start, start + len(phrase), classify_phrase(phrase)