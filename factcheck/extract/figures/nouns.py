"""What a figure counts and what it is said of: the counted noun after it
("60,000 employees" -> "employee"), the subject before it ("fares have
risen 18%" -> "fare"), the predicate around it as a frame ("rise"), the
words that narrow the noun ("+bus") and the names in its clause."""

from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import FrozenSet, List, Optional, Sequence, Tuple

from ..numbers import SCALES, singular
from . import patterns as P
from .words import (ANCHOR_SKIP, AUXILIARIES, COMMON_NOUNS, COUNT_DETERMINERS, COUNT_DETERMINERS_PARTITIVE,
                    IRREGULAR_PLURALS, LEVEL_HEADS, UNIT_ABBREVIATIONS, ZERO_PLURALS, MODIFIER_SKIP, NOT_PLURALS, NOUN_FOLLOWERS, NOUN_FRAMES, PARTITIVE,
                    PREPOSITIONS, TIME_WORDS, VAGUE_HEADS, VERB_NOUNS, bound_phrases, bound_words, stopwords, verbs)

DEMONYM_ENDS = ("ans", "ons", "is", "ers", "ists", "ites", "men")
"""How capitalised plurals that are still common nouns end ("Americans",
"Pakistanis", "Britons")."""

Token = Tuple[str, int, int]
"""A ``TOKEN`` with its start and end in the sentence."""


@lru_cache(maxsize=1 << 15)  # a pure test of one word; the same words recur
def is_plural(word: str) -> bool:
    w = word.lower()
    if w in IRREGULAR_PLURALS or w in UNIT_ABBREVIATIONS:
        return True
    if w in NOT_PLURALS:
        return False
    if len(word) >= 3 and word[:-1].isupper() and word[-1] == "s":
        return True  # "MPs", "CEOs"
    if w.endswith("men") and len(w) > 4 and w not in ("specimen", "abdomen", "regimen"):
        return True
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
            and w not in stopwords())


def modifiers(words: Sequence[str]) -> List[str]:
    """The lower-case content words of a noun group before its head, each
    marked with a leading "+" in the qualifier ("212 bus routes" -> "+bus")."""
    stop = stopwords()
    level, change = verbs()
    return ["+" + w.lower() for w in words
            if w[0].islower() and w.lower() not in stop and w.lower() not in COUNT_DETERMINERS
            and w.lower() not in MODIFIER_SKIP and w.lower() not in change and w.lower() not in level
            and not w.endswith(("'s", "’s", "'", "’"))]


# ---------------------------------------------------------------------------
# The noun after the figure


def right_noun(text: str, end: int, unit: str, value: float) -> Tuple[Optional[str], int, List[str]]:
    """What the figure ending at ``end`` counts, read after it: (noun, end of
    the noun in text, frames).  The end is -1 for a count whose noun cannot
    be read (then the subject before it is not what it counts either)."""
    frames: List[str] = []
    toks = _tokens_after(text, end)
    if unit == "money" and toks and toks[0][0].lower() in CURRENCY_WORDS:
        toks = toks[1:]  # "$1.3 million dollars ahead of": the currency said again
    if unit == "money" and len(toks) > 1 and toks[1][0] == "by" and is_participle(toks[0][0]):
        return None, end, frames  # "the $238 million spent by outside groups": a participle, not a noun
    i, of = _lead_in(toks, unit, frames)
    if unit == "count" and value > 1 and not of and _verb_noun(toks):
        return singular(toks[0][0]), toks[0][2], frames  # "won by 74 runs": a plural number's noun, not a verb
    group = _noun_group(toks, i, unit, of, frames)
    if not group:
        return None, end, frames
    if unit == "count":
        return _counted(toks, group, value, frames)
    if of:
        return _of_noun(group, end, frames)
    return _head_noun(group, end, frames)


CURRENCY_WORDS = frozenset({"dollars", "dollar", "pounds", "euros", "euro"})
"""A currency's name after an amount that already gives it ("$1.3 million
dollars ahead of"): said again, never what the amount pays for."""
_IRREGULAR_PARTICIPLES = frozenset({"spent", "paid", "lost", "won", "sold", "bought", "made", "held", "brought",
                                    "sent", "lent", "built", "given", "taken", "owed", "put", "set", "cut"})


def is_participle(word: str) -> bool:
    """True when ``word`` reads as a past participle ("raised", "spent"),
    which after an amount is its verb, not what it prices ("the $238
    million spent by outside groups", not "a $2.1 billion takeover by")."""
    lw = word.lower()
    return lw.endswith("ed") and len(lw) > 4 or lw in _IRREGULAR_PARTICIPLES


def _verb_noun(toks: Sequence[Token]) -> bool:
    """True when the word after a number is a noun that doubles as a verb
    (figure_verb_nouns.txt) and reads as the noun: nothing, a preposition
    or a conjunction follows ("won by 74 runs against Holmby", "into 50
    shows, including"); with an object after it, it is the verb ("held
    above 50 shows continued growth")."""
    if not toks or toks[0][0] not in VERB_NOUNS:
        return False
    if len(toks) < 2:
        return True
    after = toks[1][0]
    return not after[0].isalpha() or after.lower() in PREPOSITIONS or after.lower() in NOUN_FOLLOWERS


def _tokens_after(text: str, end: int) -> List[Token]:
    """The first eight tokens after ``end`` (within 120 characters)."""
    window = text[end:end + 120]
    if "-" in window:
        window = P.GLUED_DIGITS.sub(lambda m: "-" + "x" * (len(m.group()) - 1), window)  # COVID-19 -> COVID-xx
        return [(t.group(), t.start() + end, t.end() + end) for t in islice(P.TOKEN.finditer(window), 8)]
    # the window as it is: its tokens read in place (TOKEN looks at nothing around a token)
    return [(t.group(), *t.span()) for t in islice(P.TOKEN.finditer(text, end, end + 120), 8)]


def _lead_in(toks: Sequence[Token], unit: str, frames: List[str]) -> Tuple[int, bool]:
    """(index of the noun group's first token, whether "of" leads to it):
    "of" and a partitive ("4,500 of its employees": frame "part"), "head
    of" ("650 head of cattle"), or, for
    money, "on" or "for" and determiners ("$5m for the bridge")."""
    if unit == "count" and len(toks) > 2 and toks[0][0] == "head" and toks[1][0] == "of":
        return 2, True  # "650 head of livestock": the animals counted
    if toks and toks[0][0].lower() == "of":
        i = 1
        if i < len(toks) and toks[i][0].lower() in PARTITIVE:
            if unit == "count":
                frames.append("part")
            while i < len(toks) and toks[i][0].lower() in COUNT_DETERMINERS_PARTITIVE:
                i += 1
        return i, True
    if unit == "money" and toks and toks[0][0].lower() in ("on", "for"):
        i = 1
        while i < len(toks) and toks[i][0].lower() in COUNT_DETERMINERS:
            i += 1
        return i, False
    return 0, False


def _noun_group(toks: Sequence[Token], i: int, unit: str, of: bool, frames: List[str]) -> List[Token]:
    """Up to four words from ``toks[i]`` on: the noun group, ending at a
    plural (for counts and after "of"), a stopword or a capitalised name."""
    stop = stopwords()
    _, change = verbs()
    group: List[Token] = []
    while i < len(toks) and len(group) < 4:
        w = toks[i][0]
        lw = w.lower()
        if not w[0].isalpha() or lw in stop:
            break
        if w[0].isupper() and not (is_plural(w) and lw.endswith(DEMONYM_ENDS)):
            if unit == "count" and not of and i + 1 < len(toks) and toks[i + 1][0][:1].isalpha():
                group.append(toks[i])  # a name used as a modifier: "142 Chinese PLA soldiers"
                i += 1
                continue
            break
        if lw in change and change[lw] in NOUN_FRAMES:
            frames.append(change[lw])
        group.append(toks[i])
        if (is_plural(w) or _zero_plural(toks, i)) and (unit == "count" or of):
            break
        i += 1
    return group


def _zero_plural(toks: Sequence[Token], i: int) -> bool:
    """True when ``toks[i]`` is a noun whose plural is its singular and no
    plural noun follows it ("60 craft were damaged", "3,200 fish dead";
    not "20 craft breweries", "300 sheep farmers").  After a number above
    one, the head of a noun group is a plural."""
    if toks[i][0].lower() not in ZERO_PLURALS:
        return False
    return i + 1 == len(toks) or not is_plural(toks[i + 1][0])


def _next_is_capitalised(toks: Sequence[Token], g: Token) -> bool:
    k = toks.index(g)
    return k + 1 < len(toks) and toks[k + 1][0][:1].isupper()


def _counted(toks: Sequence[Token], group: List[Token], value: float,
             frames: List[str]) -> Tuple[Optional[str], int, List[str]]:
    """A count's noun: the group's first plural that is not a name; a
    singular only for one ("one person")."""
    plural = [g for k, g in enumerate(group) if (is_plural(g[0]) or _zero_plural(toks, toks.index(g)))
              and (g[0][0].islower() or g[0].lower().endswith(DEMONYM_ENDS) or k > 0
                   or not _next_is_capitalised(toks, g))]
    if plural:
        w, _, e = plural[0]
        frames += modifiers([g[0] for g in group[:group.index(plural[0])]])
        return singular(w.strip("'’")), e, frames
    if value <= 1 and not group[0][0].endswith(("ed", "ing")):
        return group[0][0].lower(), group[0][2], frames
    return None, -1, frames  # a noun we cannot read: not the subject's either


def _of_noun(group: List[Token], end: int, frames: List[str]) -> Tuple[Optional[str], int, List[str]]:
    """The noun after "18% of": its first plural, else its first word."""
    plural = [g for g in group if is_plural(g[0])]
    w, _, e = plural[0] if plural else group[0]
    if not plural and w.endswith(("ed", "ing")):
        return None, end, frames
    if plural:
        frames += modifiers([g[0] for g in group[:group.index(plural[0])]])
    return singular(w.strip("'’")), e, frames


def _head_noun(group: List[Token], end: int, frames: List[str]) -> Tuple[Optional[str], int, List[str]]:
    """Money and percentages: the last word of the noun group's first two."""
    head = group[:2]
    w, _, e = head[-1]
    if w.endswith(("ed", "ing", "ly")) and len(head) == 1:
        return None, end, frames
    frames += modifiers([g[0] for g in head[:-1]])
    return singular(w), e, frames


# ---------------------------------------------------------------------------
# The clause before the figure: subject and predicate


def clause_left(left: str) -> str:
    """The part of ``left`` after its last clause break."""
    cut = 0
    for m in P.CLAUSE_BREAK.finditer(left):
        cut = m.end()
    return left[cut:]


def left_frames(clause_words: Sequence[str]) -> List[str]:
    """The predicate just before the figure, read in ``clause_words`` (the
    words of its clause before it, see ``clause_left``, as ``TOKEN``s that
    start with a letter), as a frame: a change verb's name ("hired" ->
    "hire"), another content word as written ("operates", "affecting");
    nothing for level verbs ("has", "is") and prepositions ("of", "with")."""
    level, change = verbs()
    stop = stopwords()
    out: List[str] = []
    for w in reversed([t.lower() for t in clause_words[-6:]]):
        if w in change:
            out.append(change[w])
            if change[w] in ("from", "new", "previous"):
                continue
            break
        if w.endswith("ly") or w in ("a", "an", "to", "by", "at"):
            continue
        if out == ["from"] and w in SCALES:
            # "took $3.4 million from 62 clients": where an amount came from,
            # not the old value of a change ("rose from 52", "up from 52")
            return []
        if w in level or w in stop:
            break
        out.append(w)
        break
    return out


def lead_words(sentence: str, start: int) -> FrozenSet[str]:
    """The content words before the figure at ``start`` in its clause, level
    verbs ("has", "had", "employs") all read as "level", bound and function
    words left out: what the figure is said of ("the plant has" ->
    {"plant", "level"})."""
    level, _ = verbs()
    stop = stopwords()
    bounds = bound_words()
    out = set()
    for t in P.TOKEN.findall(clause_left(sentence[:start])):
        w = t.lower()
        if not t[0].isalpha() or w in bounds or w.endswith("ly"):
            continue
        if w in level:
            out.add("level")
        elif w not in stop:
            out.add(w)
    return frozenset(out)


def right_verb(text: str, end: int) -> List[str]:
    """The predicate after a counted noun in subject position ("3,500 people
    produced", "2.2 million Ethiopians will need"), as a frame; [] for level
    verbs or none."""
    level, change = verbs()
    stop = stopwords()
    for w in P.TOKEN.findall(text[end:end + 80])[:6]:
        lw = w.lower()
        if lw in AUXILIARIES or (lw.endswith("ly") and w.isalpha()):
            continue
        if not w[0].isalpha() or w[0].isupper():
            return []
        if lw in change:
            return [change[lw]]
        if lw in level or lw in stop:
            return []
        return [lw] if lw.endswith(("ed", "en")) else []
    return []


def left_subject(clause: str, clause_words: Sequence[str], verb_bound: bool = False,
                 modifiers_out: Optional[List[str]] = None, count: bool = False) -> Optional[str]:
    """For "<subject> <verb> FIGURE" or "<noun> of FIGURE" (``clause`` is the
    words of the figure's clause before it, see ``clause_left``, and
    ``clause_words`` its ``TOKEN``s that start with a letter): the subject's
    head noun, singular; None when the words before the figure are not so.
    The subject's lower-case modifiers ("interest rates" -> "interest") are
    appended to ``modifiers_out``.  For a ``count`` (a count or an amount), a
    noun just before "of" is what it counts ("a crowd of 6,200", "a grant
    of £250,000", "debts of £3.8 million"; a rate or a share "of" is not)."""
    if not clause_words:
        return None
    if count and len(clause_words) > 1 and clause_words[-1].lower() == "of":
        head = _head_of(clause_words[-2])
        if head is not None:
            return head  # "in front of a crowd of 6,200", "a workforce of 3,000"
    i, saw_verb = _skip_predicate(clause_words, verb_bound)
    if not saw_verb or i == 0:
        return None
    np = clause_words[:i][-8:]
    # cut at the first preposition after some content
    for j, w in enumerate(np):
        if j > 0 and w.lower() in PREPOSITIONS and np[j - 1].lower() not in COUNT_DETERMINERS:
            if np[j - 1].lower() in VAGUE_HEADS and w.lower() == "of":
                return _after_vague_head(np[j + 1:])  # "the number of people ... rose to"
            np = np[:j]
            break
    # a determiner opens the noun group: "The council expects the new charges"
    starts = [j for j, w in enumerate(np) if j > 0 and w.lower() in COUNT_DETERMINERS]
    if starts and starts[-1] < len(np) - 1:
        np = np[starts[-1]:]
    return _subject_head(clause, np, modifiers_out)


def _head_of(word: str) -> Optional[str]:
    """The noun of "<noun> of FIGURE" when ``word`` can be one: a lower-case
    word that is no function word, verb or vague head ("a total of" says
    nothing of what is counted)."""
    lw = word.lower()
    level, change = verbs()
    if not word.isalpha() or not word.islower() or lw in stopwords() or lw in COUNT_DETERMINERS \
            or lw in VAGUE_HEADS or lw in LEVEL_HEADS or lw in level or lw in change or lw in PREPOSITIONS:
        return None
    return singular(lw)


def _skip_predicate(toks: Sequence[str], saw_verb: bool) -> Tuple[int, bool]:
    """(where the subject ends in ``toks``, whether a verb stood between it
    and the figure): verbs, adverbs, "to", "than" and bound words left over
    from the figure's span are skipped from the end."""
    level, change = verbs()
    phrases = bound_phrases()
    i = len(toks)
    while i > 0:
        w = toks[i - 1].lower()
        if w in level or w in change or w.endswith("ly") or w in ("to", "by", "at", "of", "than", "more", "less"):
            if w not in ("to", "by", "at", "of"):
                saw_verb = True
            if w == "of" and i == len(toks):
                saw_verb = True
            i -= 1
            continue
        if w in phrases:
            i -= 1
            continue
        break
    return i, saw_verb


def _after_vague_head(rest: Sequence[str]) -> Optional[str]:
    """The noun of "number of X": the last word of X before a preposition."""
    rest = [x for x in rest if x.lower() not in COUNT_DETERMINERS]
    cut = [k for k, x in enumerate(rest) if x.lower() in PREPOSITIONS]
    rest = rest[:cut[0]] if cut else rest
    return singular(rest[-1]) if rest else None


def _subject_head(clause: str, np: Sequence[str], modifiers_out: Optional[List[str]]) -> Optional[str]:
    """The head of the subject's noun group ``np``, singular, unless it is a
    function word, a verb, a possessive, a name or an acronym."""
    if not np:
        return None
    head = np[-1]
    level, change = verbs()
    lw = head.lower().strip("'’")
    if lw.endswith(("'s", "’s")) or lw in stopwords() or lw in level or lw in change or lw in COUNT_DETERMINERS:
        return None
    if head[0].isupper() and len(np) > 1 and clause.strip() and not clause.strip().startswith(head):
        return None  # a proper name ("Whitfield earned"): not a quantity's name
    if head.isupper() and len(head) > 1:
        return None
    if modifiers_out is not None:
        modifiers_out += modifiers(np[:-1])
        modifiers_out += ["+" + w.lower()[:-2] for w in np[:-1]
                          if w[0].islower() and w.lower().endswith(("'s", "’s")) and w.lower()[:-2] not in stopwords()]
    return singular(lw)


# ---------------------------------------------------------------------------
# Names in the figure's clause


@lru_cache(maxsize=4096)  # the rule's key groups and the quantity model both ask for a story's figures
def anchors(sentence: str, start: int, end: int, counts: Optional[str] = None,
            openers: bool = True) -> FrozenSet[str]:
    """The capitalised names in the clause of ``sentence`` around the figure at
    ``[start, end)`` ("Toyota sales jumped 11%" -> {"toyota"}): two figures
    naming different things in their clauses are about different things.
    Months, weekdays and common sentence openers are not names.  With
    ``openers`` false, neither is a single word opening the sentence that
    the word lists know as a common noun ("Officers set up a cordon",
    ``COMMON_NOUNS``)."""
    cut_l = 0
    for m in P.ANCHOR_CLAUSE.finditer(sentence, 0, start):
        cut_l = m.end()
    m = P.ANCHOR_CLAUSE.search(sentence, end)
    cut_r = m.start() if m else len(sentence)
    out = set()
    for t in P.CAPITALISED.finditer(sentence[cut_l:cut_r]):
        w = t.group().rstrip(".").replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        lw = w.lower()
        if lw in ANCHOR_SKIP or lw in TIME_WORDS or lw in stopwords() or len(lw) < 2:
            continue
        if singular(lw) == counts:
            continue  # "Sales at Toyota rose 11%": the counted noun, capitalised as first word
        if not openers and (lw in COMMON_NOUNS or singular(lw) in COMMON_NOUNS) \
                and _lone_opener(sentence, cut_l + t.start(), cut_l + t.end()):
            continue
        out.add(lw)
    return frozenset(out)


def _lone_opener(sentence: str, start: int, end: int) -> bool:
    """True when the word at [start, end) opens the sentence and the next
    word is not capitalised (not "Saltby Primary School")."""
    if sentence[:start].strip():
        return False
    nxt = P.NEXT_WORD.match(sentence, end)
    return not (nxt and nxt.group(1)[:1].isupper())
