"""Where the source of a speech cue is: the subject before it, the noun
phrase after it, and the guards that tell a verb from a noun.

Token-level helpers for ``attribution``: each takes the tokens of one
sentence (``tokens.tokens``) and indices into them, and returns token
ranges ``(start, end)`` or None.
"""

from __future__ import annotations

from typing import Optional, Sequence, Tuple

from .lazy import Lazy
from . import sources, wordsets
from .lexicon import read_list, trie_pattern, word_set
from .tokens import Token, bare, is_cap

_TIME_WORDS = word_set("time_words")
_SETTINGS = word_set("setting_nouns")
BE = word_set("be_forms")
SKIP_BEFORE = word_set("attribution_skip_words")
NEGATIONS = word_set("negations")
CLAUSE_BREAK = word_set("clause_breaks")
NEEDS_AS = word_set("needs_as_verbs")
# Verbs that are also plural nouns ("ethnic groups, states and ...").
NOUNISH = word_set("nounish_verbs")
IT_ONLY = word_set("it_only_participles")
# Verbs that put their source after them ("...," said X); after "told" comes
# the listener, after "reported" the thing reported.
INVERTING = word_set("inverting_verbs")
BY_ONLY = word_set("by_only_participles")
ASIDES = word_set("asides")
PREPOSITIONS = word_set("prepositions")
VAGUE_ADVERBS = word_set("vague_adverbs")
COMPLEMENT = word_set("complement_openers")
# Cues sure enough to keep even when the source phrase is of no known kind.
SURE = word_set("sure_cues")
MAX_SUBJECT = 14
FINITE = word_set("finite_auxiliaries")
# Every non_attributions.txt pattern holds one of these (lower case).
NONRESPONSE_WORDS = read_list("nonresponse_hints")
# As a prefix tree: it has a match exactly when one of the words occurs,
# like the plain alternation, and tries fewer branches at each letter.
NONRESPONSE_HINT = Lazy(trie_pattern(NONRESPONSE_WORDS))
QUOTE_CHARS = frozenset('"\u201c\u201d\u2033')


def skip_back(toks: Sequence[Token], k: int, lo: int) -> Tuple[int, bool, bool]:
    """Step back over adverbs and auxiliaries before a cue.  Returns the
    index of the token before them, whether a negation was skipped and
    whether a form of *be* was (a passive)."""
    negated = passive = False
    steps = 0
    while k >= lo and steps < 5:
        low = toks[k][0].lower().replace("\u2019", "'")
        if low in NEGATIONS or low.endswith("n't"):
            negated = True
        elif low in BE:
            passive = True
        elif not (low in SKIP_BEFORE or (low.endswith("ly") and toks[k][0].islower() and len(low) > 3)):
            break
        k -= 1
        steps += 1
    return k, negated, passive


# Adjectives whose "to" stays inside a source phrase ("people close to the talks").
TO_ADJECTIVES = word_set("to_adjectives")
NP_ENDS = word_set("noun_phrase_ends")


def np_after(toks: Sequence[Token], i: int, limit: int = 12) -> Tuple[int, int]:
    """The token range ``[i, j)`` of a noun phrase starting at ``i``: it stops
    at punctuation, a clause word, or a verb-like word after the head."""
    j = i
    while j < len(toks) and j - i < limit:
        t = toks[j][0]
        low = t.lower()
        if t in (",", ";", ":", ".", "!", "?", "(", ")", "\u2014", "\u2013", "--") or t in QUOTE_CHARS:
            break
        if j > i and low in ("in", "on", "at", "during") and j + 1 < len(toks) and (
                bare(toks[j + 1][0]) in wordsets.DATE_WORDS or j + 2 < len(toks)
                and toks[j + 1][0].lower() in ("a", "an", "the", "his", "her", "their", "its")
                and bare(toks[j + 2][0]) in _SETTINGS):
            break  # "an IMF official in a briefing on Wednesday": the setting, not the source
        if low == "and" and j + 1 < len(toks) and (toks[j + 1][0].lower() in wordsets.PRONOUNS
                                                   or toks[j + 1][0].lower() in wordsets.DETERMINERS):
            break
        if low == "to" and j > i and toks[j - 1][0].lower() in TO_ADJECTIVES:
            j += 1  # "a person close to the investigation": "to" belongs to the phrase
            continue
        if j > i and low in NP_ENDS:
            break
        j += 1
    return i, j


def name_before_title(toks: Sequence[Token], src: Tuple[int, int]) -> Tuple[int, int]:
    """``Howard Archer, economist at Global Insight said``: the name before
    a bare singular role is the source; otherwise ``src`` unchanged."""
    if src[0] >= 4 and toks[src[0] - 2][0] == ")":
        # "Kirsten Gillibrand (D-NY), a supporter of ... told": skip the parenthesis
        o = max((x for x in range(src[0] - 2) if toks[x][0] == "("), default=-1)
        if o >= 1 and is_cap(toks[o - 1][0]) and toks[src[0] - 1][0] == ",":
            r = sources.name_run(toks, o - 1)
            if o - r >= 2 and _singular_title(toks[src[0]:src[1]]) \
                    and sources.name_class(" ".join(t[0] for t in toks[r:o]))[0] == "person":
                return r, o
    if src[0] >= 2 and toks[src[0] - 1][0] == "," and is_cap(toks[src[0] - 2][0]) \
            and (toks[src[0]][0].lower() not in wordsets.DETERMINERS | wordsets.QUANTIFIERS
                 or toks[src[0]][0].lower() in ("a", "an")) \
            and _singular_title(toks[src[0]:src[1]]):
        r = sources.name_run(toks, src[0] - 2)
        if src[0] - 1 - r >= 2 and sources.name_class(" ".join(t[0] for t in toks[r:src[0] - 1]))[0] == "person":
            return r, src[0] - 1
    return src


def _singular_title(toks: Sequence[Token]) -> bool:
    """True for a bare singular role ("economist at Global Insight")."""
    head = sources.head_part(toks)
    if not head:
        return False
    h = bare(head[-1][0])
    return not h.endswith("s") and h not in ("people", "staff") and head[-1][0].islower()


def plural_verb(toks: Sequence[Token], b: int, i: int) -> bool:
    """True when the verb after a subject ending before token ``b`` agrees
    with a plural ("Mechanics have complained", "Doctors say")."""
    nxt = toks[b][0].lower() if b < len(toks) else ""
    if nxt in ("have", "are", "were", "do", "don't"):
        return True
    cue = toks[i][0].lower()
    return b == i and not cue.endswith(("s", "ed", "d")) and cue not in ("told", "thought", "felt", "wrote")


def clause_subject(toks: Sequence[Token], k: int, lo: int) -> Optional[Tuple[int, int]]:
    """The subject ending at token ``k``: back to the clause start."""
    b = k
    while b - 1 >= lo and k - b < MAX_SUBJECT:
        t = toks[b - 1][0]
        low = t.lower()
        if t in (",", ";", ":", "(", ")", "\u2014", "\u2013", "--", ".", "!", "?") or t in QUOTE_CHARS:
            if t == "." and b - 2 >= lo and bare(toks[b - 2][0]) in wordsets.words()["titles"]:
                b -= 1
                continue
            break
        if low in CLAUSE_BREAK and not (low in ("and", "or") and b - 2 >= lo and is_cap(toks[b - 2][0])
                                        and (is_cap(toks[b][0]) or toks[b][0].lower() in ("his", "her", "their"))):
            break
        b -= 1
    if k - b >= MAX_SUBJECT:
        # no clause start in reach: keep the name or bare noun group at the end
        if is_cap(toks[k][0]):
            b = sources.name_run(toks, k)
        else:
            b = max(k - 3, lo)
    while b <= k and toks[b][0].lower() in ("that", "and", "but", "so", "then", "also", "which", "who", "whom"):
        b += 1
    if b + 1 < k and toks[b][0].lower() in ("last", "this", "next", "earlier", "later") \
            and (bare(toks[b + 1][0]) in wordsets.DATE_WORDS or toks[b + 1][0].lower() in _TIME_WORDS):
        b += 2  # "Last month her lawyers said"
    if b > k:
        return None
    if toks[b][0].lower() in ("in", "on", "at", "for", "after", "before", "during", "by", "with", "to", "from", "of",
                              "among", "about", "like", "unlike", "including", "despite"):
        return None
    for x in range(b, k + 1):
        low = toks[x][0].lower()
        if low in ("who", "that", "which", "whose"):
            break
        if low in FINITE:
            return None  # "Residents may also submit written comments": not a subject
    return b, k + 1


def subject_prefix(toks: Sequence[Token], lo: int, hi: int) -> Optional[Tuple[int, int]]:
    """The subject at the start of the clause ``toks[lo:hi]`` (for a second
    verb: "Magnus has been asked to resign, but said ..."): the tokens
    before its first auxiliary or past-tense verb."""
    b = lo
    while b < hi and (toks[b][0] in (",", "\u2014") or toks[b][0].lower() in CLAUSE_BREAK):
        b += 1
    if b < hi and (is_cap(toks[b][0], first=True) or bare(toks[b][0]) in wordsets.words()["titles"]):
        r = b
        while r < hi and (is_cap(toks[r][0]) or toks[r][0] == "." or bare(toks[r][0]) in wordsets.words()["titles"]):
            r += 1
        if r > b and r < hi and toks[r][0].islower() and toks[r][0] not in ("of", "from", "at", "who", "and", "for"):
            return b, r  # "President Barack Obama met survivors ... and said": the name
    j = b
    while j < hi and j - b < 10:
        low = toks[j][0].lower()
        if toks[j][0] in (",", ";", ":") or low in BE or low in ("has", "have", "had", "will", "would", "did", "does", "could") \
                or (j > b and low.endswith("ed") and toks[j][0].islower()):
            break
        j += 1
    return (b, j) if j > b else None
