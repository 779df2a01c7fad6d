"""Why anonymity was granted, what is not an attribution, and whether an
attributed statement characterises a person.

``reasons(text, start, end)`` finds the places an article explains why a
source is unnamed ("spoke on condition of anonymity because they were not
authorized to discuss personnel matters"); ``non_attributions`` the places
it says a source gave nothing ("did not respond to a request for comment").
Both read their patterns from ``factcheck/data`` (anonymity_reasons.txt,
non_attributions.txt).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterable, List, Sequence

from factcheck.model import Span

from .lazy import Lazy
from .folding import folded
from .lexicon import read_list, trie_pattern
from .sources import name_class
from .tokens import bare
from .wordsets import COMMON_CAPS


def _loose_spaces(pattern: str) -> str:
    """``pattern`` with each space outside a character class matching any run
    of white space: copy wraps and double spaces ("who wasn't  authorized to
    speak") must not hide a stated reason."""
    out, depth, esc = [], 0, False
    for ch in pattern:
        if esc:
            out.append(ch)
            esc = False
            continue
        if ch == "\\":
            esc = True
        elif ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        out.append(r"\s+" if ch == " " and not depth else ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _reason_re() -> "re.Pattern[str]":
    return re.compile(r"\b(?:" + "|".join("(?:%s)" % _loose_spaces(p) for p in read_list("anonymity_reasons")) + r")",
                      re.I)


@lru_cache(maxsize=1)
def non_attribution_re() -> "re.Pattern[str]":
    """Pattern for "did not respond", "declined to comment" and the like."""
    return re.compile(r"\b(?:" + "|".join("(?:%s)" % p for p in read_list("non_attributions")) + r")",
                      re.I)


@lru_cache(maxsize=1)
def _characterising_re() -> "re.Pattern[str]":
    verbs = [v for v in read_list("attribution_verbs") if re.match(
        r"(?:critici|descri|accus|prais|blam|characteri|portray|question|doubt)", v)]
    return re.compile(r"\b(?:" + "|".join(sorted(verbs, key=len, reverse=True)) + r")\b", re.I)


# Every reason pattern holds one of these words: most articles hold none.
HINT_WORDS = ("anonymity", "authorised", "authorized", "named", "identified", "permitted", "allowed to", "cleared to",
              "permission", "name not be", "names not be", "clearance", "fear of", "because the", "because of the",
              "to discuss", "to describe", "to speak", "to talk")
_HINT = Lazy("|".join(re.escape(w) for w in HINT_WORDS), re.I)
# The same on folding.folded text, much faster, written as a prefix tree:
# no word is a prefix of another, so at any place at most one word matches
# and the tree finds the same matches as the plain alternation.
_HINT_FOLDED = re.compile(trie_pattern(HINT_WORDS))
@lru_cache(maxsize=1)
def _judging_re() -> "re.Pattern[str]":
    words = sorted(read_list("characterising_words"), key=len, reverse=True)
    return re.compile(r"\s+(?:\w+ly\s+)?(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


# Where the stated reason starts inside a match: a comma after it closes the clause.
_CONNECTOR = Lazy(r"\b(?:because|since|for fear|in order to|citing|to (?:discuss|describe|speak|talk|comment)|"
                  r"authori[sz]ed|permitted|allowed|cleared|lacked|lacks|lack)\b", re.I)
_END_TRIM = re.compile(r"[\s,\u2014\u2013-]+$")


ACKNOWLEDGED = re.compile(
    r"\b(?:on (?:the )?condition of anonymity|(?:requested|asked for|was granted|were granted|insisted on|on) anonymity|"
    r"(?:asked|requested|declined) not to be (?:named|identified)|(?:declined|refused) to be (?:named|identified)|"
    r"spoke anonymously|who (?:was|were) not named)\b", re.I)
"""Words that say a source is unnamed on purpose, with or without a reason."""


def reasons(text: str, spans: Iterable[Span]) -> List[Span]:
    """Spans in ``text`` (within each of ``spans``, usually body sentences:
    anything with ``start`` and ``end`` will do) where the article says why
    a source was granted anonymity, in order."""
    out: List[Span] = []
    spans = list(spans)
    if not spans:
        return out
    hinted = []
    starts = [sp.start for sp in spans]
    low = folded(text)
    hints = (_HINT.finditer(text, spans[0].start, spans[-1].end) if low is None
             else _HINT_FOLDED.finditer(low, spans[0].start, spans[-1].end))
    for h in hints:
        k = bisect.bisect_right(starts, h.start()) - 1
        if k >= 0 and h.start() < spans[k].end and (not hinted or hinted[-1] is not spans[k]):
            hinted.append(spans[k])
    if not hinted:  # most articles: the reason patterns are not even compiled
        return out
    rx = _reason_re()
    for sp in hinted:
        for m in rx.finditer(text, sp.start, sp.end):
            end = m.end()
            # stop the clause at a comma that closes an appositive ("..., said")
            conn = _CONNECTOR.search(text, m.start(), end)
            comma = text.find(",", conn.end() if conn else m.start(), end)
            if comma != -1:
                end = comma
            trimmed = _END_TRIM.search(text, m.start(), end)
            if trimmed:
                end = trimmed.start()
            out.append(Span(m.start(), end))
    return out


_CAP_WORD = Lazy(r"[A-Z][a-z\u00e0-\u024f'\u2019-]+(?:\s+[A-Z][a-z\u00e0-\u024f'\u2019-]+)*")
_PERSON_PRONOUN = Lazy(r"(?:he|she)\b", re.I)
_COPULA = Lazy(r"\s+(?:is|was|were|had been|has been|seemed|appeared|appears|seems|remains|remained)\s", re.I)
_THAT = re.compile(r"\s*(?:that\s+)?", re.I)


def characterises(text: str, start: int, end: int, person_names: Iterable[str], cue: str = "") -> bool:
    """True when ``text[start:end]`` (an attributed statement) describes a
    person: it opens with a person and a judging word ("she rarely visited",
    "Magnus was disengaged", "he missed meetings"; characterising_words.txt)
    or applies a judging verb to one ("described Whitfield as
    distant"); ``cue`` is the attribution's own verb, which may be the
    judging one.  A verb of one act with a specific time ("she lost the vote
    on Tuesday", "did not attend on Friday", "last week") tells an episode,
    not what the person is like."""
    if end <= start:
        return False
    m = _THAT.match(text, start, end)
    pos = m.end() if m else start
    names = [n for n in person_names if n]
    opener = _PERSON_PRONOUN.match(text, pos, end)
    if opener is None:
        opener = next((n for n in names if text.startswith(n + " ", pos)), None)
        after = pos + len(opener) if opener else -1
    else:
        after = opener.end()
    judged = _judging_re().match(text, after, end) if after >= 0 else None
    # a verb of one act with a specific time tells an episode ("she lost the vote on Tuesday", "did not
    # attend on Friday"), not what the person is like; not a state ("was distant last year") nor a habit
    # ("she rarely visited the yards last year": a frequency adverb, habitual_words.txt)
    word = judged.group().split()[-1].lower() if judged else ""
    episode = bool(word) and not word.endswith("ly") and word not in _HABIT and _COPULA_WORD.fullmatch(word) is None \
        and _DATED.search(text, start, end) is not None
    if judged and not episode and not _event_not_trait(text, judged.end(), end):
        return True
    if cue and _characterising_re().fullmatch(cue):
        if re.match(r"(?:him|her|them)\b", text[pos:end]):
            return True
        cap = _CAP_WORD.match(text, pos, end)
        if cap and _a_person(text, cap, names):
            return True  # "described Whitfield as distant"
    for cm in _characterising_re().finditer(text, start, end):
        at = cm.end() + len(text[cm.end():cm.end() + 40]) - len(text[cm.end():cm.end() + 40].lstrip())
        after = text[at:at + 40]
        if re.match(r"(?:him|her)\b", after) or any(after.startswith(n) for n in names):
            return True
        cap = _CAP_WORD.match(text, at, min(end, at + 40))
        if cap and _a_person(text, cap, names):
            return True  # "described Whitfield as distant"
    for n in names:
        k = text.find(n, start, end)
        if k != -1 and _named_thing(text, k):
            continue  # "The Harlow Bridge was unsafe": a thing with a name, not a person
        cop = _COPULA.match(text, k + len(n)) if k != -1 else None
        if cop and k - start < 60 and not _event_not_trait(text, cop.end() - 1, end):
            return True
    return False


_HABIT = frozenset(read_list("habitual_words"))
_COPULA_WORD = re.compile(r"is|was|were|been|seemed|seems|appeared|appears|remains|remained")
# a specific time: a day or month word ("on Tuesday", "yesterday"), a year, "last week"
_DATED = Lazy(r"\b(?:(?:" + "|".join(read_list("date_words")) + r")|(?:19|20)\d\d|(?:last|this|next)\s+(?:"
              + "|".join(read_list("time_words")) + r"))\b", re.I)


_POSSESSIVE = Lazy(r"['\u2019]s?\b")
_THE_RUN = Lazy(r"\b[Tt]he\s+(?:[A-Z][\w'\u2019-]*\s+)*$")


_COMPASS = frozenset("north south east west northern southern eastern western new upper lower central".split())


def people_only(names: Sequence[str]) -> List[str]:
    """``names`` without places shaped as names: a name of two or three words
    opening with a compass word or "New" ("West Germany", "South Africa",
    "New Zealand"), and its last word alone unless a person's full name ends
    with it too."""
    places = {n for n in names if 1 < len(n.split()) <= 3 and n.split()[0].lower() in _COMPASS}
    if not places:
        return list(names)
    kept_last = {n.split()[-1] for n in names if " " in n and n not in places}
    alone = {p.split()[-1] for p in places} - kept_last
    return [n for n in names if n not in places and n not in alone]


def _named_thing(text: str, k: int) -> bool:
    """True when the name at ``k`` is part of a capitalised run after "the"
    ("The Harlow Bridge", "the Kelby Road depot"): a thing with a name, not
    a person; or the object of a preposition ("a warehouse in Singapore is
    also a positive move"), not the subject of what follows it."""
    if _THE_RUN.search(text, max(0, k - 60), k) is not None:
        return True
    run = _CAPS_BEFORE.search(text, max(0, k - 60), k)  # "Ellen" of "in Port Ellen": where its run starts
    return any(_PREPOSITION_BEFORE.search(text, max(0, at - 8), at) is not None
               for at in ((k, run.start()) if run else (k,)))


_PREPOSITION_BEFORE = Lazy(r"\b(?:in|at|of|from|by|to|for|with|on|near|into)\s+$", re.I)
_CAPS_BEFORE = Lazy(r"(?:\b[A-Z][\w'\u2019-]*\s+)+$")


def _a_person(text: str, cap: "re.Match[str]", names: List[str]) -> bool:
    """True when the capitalised words ``cap`` (the object of a judging
    verb) are a person: one the article names when it names any (not
    "accused Russia", "praised Thursday's protests"), else a person-shaped
    name; never a possessive, whose thing is judged, not the person."""
    word = cap.group()
    if _POSSESSIVE.match(text, cap.end()) or bare(word) in COMMON_CAPS or name_class(word) != ("person", False):
        return False
    if not names:
        return True
    known = {bare(t) for n in names for t in n.split()}
    return all(bare(t) in known for t in word.split())


_COPULAS = Lazy(r"(?:is|was|were|had been|has been|have been|remains|remained)$", re.I)
# "she had been warned about her visa", "Mook was holding a meeting": an event told of a
# person (a passive with its preposition, a progressive), not a judgement of the person
_EVENT_AFTER = Lazy(r"\s+(?:(?:also|still|already|just|now|even|then|\w+ly)\s+)?"
                    r"(?:\w+ing\b|\w+ed\s+(?:about|by|to|for|into|over|from|that|of|on|with)\b|"
                    r"(?:expected|due|set|about|going|able|scheduled|thought|said|believed)\b|"
                    r"(?:ready|willing|prepared|poised|likely|unlikely|keen|eager|unable)\s+to\b|"
                    r"\d|(?:" + "|".join(read_list("event_prepositions")) + r")\b)", re.I)


def _event_not_trait(text: str, pos: int, end: int) -> bool:
    """True when the copula that ends at ``pos`` opens a progressive or a
    passive with its object ("was holding a meeting", "had been warned about
    her visa", "is thought to have"), a readiness to act ("he is ready to
    state", "is likely to"), a place or a part in something ("was in
    London", "had been in talks", "was among the first"; event_prepositions.txt)
    or a number ("was 45"), which tells an event or a fact, not a trait."""
    if _COPULAS.search(text, max(0, pos - 10), pos) is None:
        return False
    return _EVENT_AFTER.match(text, pos, end) is not None or _dated_passive(text, pos, end)


# "was last repainted in spring 2014", "was seen in 2019": a passive participle
_PARTICIPLE = Lazy(r"\s+(?:(?:also|still|already|just|now|even|then|last|first|only|\w+ly)\s+)?"
                   r"(?:\w+ed|\w+en|seen|made|held|built|found|sold|taken|given|shown|known)\b", re.I)


def _dated_passive(text: str, pos: int, end: int) -> bool:
    """True when the copula that ends at ``pos`` opens a passive that a
    specific time dates ("The Harlow Bridge was last repainted in spring
    2014", "was arrested on Tuesday"): one act, an event, not what someone
    is like ("was disengaged", "was distant last year" stay traits)."""
    m = _PARTICIPLE.match(text, pos, end)
    return m is not None and _DATED.search(text, m.end(), end) is not None
