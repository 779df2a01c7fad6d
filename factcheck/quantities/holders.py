"""Whose number a figure is: the people its clause names.

A story about several people often gives each a figure of one kind: two
candidates' hauls in one quarter, two riders' bans, a defendant's sentence
and a co-defendant's.  Every report names them all, so "a name of one
clause that the other article also uses" (``relate``) cannot keep their
figures apart.  What does is the reports' own pairing of names and figures:
an article that writes "Tom Okonjo's campaign raised £214,000, trailing
Helen Barraclough's £412,000" gives each their own figure, so its £214,000
is not the £412,000 another report gives Barraclough.

The story's people are runs of two or three capitalised words that name
no organisation, place or time ("Helen Barraclough", "Christos Tzekos"),
introduced by a word that says who they are ("coach Simon Treece") or
named alone later ("said Okonjo"), by surname.  A quantity's ``people`` are
those its clause names, not as a speaker; two figures whose clauses name
different people are two quantities.  Places and organisations are left
out: a plant, a town or a company has many figures of one kind in a story
(a workforce and the jobs cut), and a clause that names the town is not the
town's number.  The one exception is the body a decision's clause names as
its agent (``agent``: "banned for two years by the IAAF" / "banned for four
years by the tribunal" are two bodies' decisions).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import FrozenSet, List, Sequence, Set

from factcheck.extract.figures import TIME_WORDS
from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import read_list, word_set
from factcheck.extract.sources import name_class
from factcheck.model import Analysis

from . import words
from .describe import Quantity
from .verbs import is_past_verb

_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PERSON = Lazy(r"(?<![\w'’.-])(" + _NAME_WORD + r")\s+(?:" + _NAME_WORD + r"\s+)?(" + _NAME_WORD + r")(?:['’]s)?\b"
               r"(?!\s+[A-Z])")
"""Two or three capitalised words not followed by another ("Helen
Barraclough", "Mary-Ann de Wit" is read as far as its particle)."""


def story_people(texts: Sequence[str]) -> FrozenSet[str]:
    """The surnames (lower case) of the people the story's articles name."""
    found: Set[str] = set()
    titled: Set[str] = set()
    for text in texts:
        for m in _PERSON.finditer(text):
            first, last = m.group(1), m.group(2)
            if last not in titled and _person(m.group(0), first, last):
                found.add(last)
                if _introduced(text, m.start()):
                    titled.add(last)
    open_ = found - titled
    alone: Set[str] = set()
    if open_:
        pattern = re.compile(r"(?<![\w'’.-])(?:" + "|".join(sorted(map(re.escape, open_))) + r")\b")
        for text in texts:
            alone |= _alone(text, pattern)
            if alone >= open_:
                break
    return frozenset(last.lower() for last in found if last in titled or last in alone)


def _introduced(text: str, start: int) -> bool:
    """True when the name at ``start`` follows a lower-case noun that says
    who the person is ("coach Simon Treece", "team-mate Ellie Varndell",
    "front-runner Hillary Clinton"); not a preposition or an article
    ("at Penhale Cove", "the Brastow Wheelers")."""
    before = text[max(0, start - 30):start].split("\n")[-1].split()
    prev = before[-1] if before else ""
    if is_past_verb(prev) or prev.endswith("s") and not prev.endswith("ss"):
        return False  # "who ran Pennick Roofing Services", "runs Tidewell Foods": a verb's object
    return prev.isalpha() and prev.islower() and len(prev) > 2 and prev not in words.function_words() \
        or "-" in prev and prev.islower() and prev.replace("-", "").isalpha()


def _alone(text: str, pattern) -> Set[str]:
    """The words of ``pattern`` (surnames) that stand alone in ``text``, as a
    person is named after the first mention ("trailing Barraclough's
    £412,000", "said Okonjo"): a lower-case word other than "the" before it,
    no capitalised word after it; or a sentence's first word followed by a
    comma, a possessive or a verb ("Varndell, 24, was").  The head of a
    place's or a body's name seldom does ("the Star", "Penhale Cove",
    "(Civic Wire)")."""
    out: Set[str] = set()
    for m in pattern.finditer(text):
        word = m.group()
        if word in out:
            continue
        line = text[max(0, m.start() - 30):m.start()].split("\n")[-1].split()
        rest = text[m.end():m.end() + 30]
        after = rest.lstrip("'’s").split()
        prev = line[-1].strip("(\"“‘'") if line else ""
        if after and after[0][:1].isupper():
            continue  # one of a run of capitals
        if prev.islower() and prev != "the" or prev.endswith(",") and prev[:1].islower() \
                or line and prev.endswith((".", '."', ".”")) and (rest[:1] in (",", "'", "’")
                                                                   or after and after[0] in _VERBS):
            out.add(word)
    return out


_CONTRAST = Lazy(r";|\b(?:but|while|whereas|although|though|however)\b")
_CAPITALISED = Lazy(r"(?<![\w'’.-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


_VERBS = frozenset({"said", "says", "told", "added", "was", "is", "has", "had", "will", "would", "won", "lost",
                    "raised", "spent", "denied", "admitted", "insisted", "wrote", "argued"})


def _person(run: str, first: str, last: str) -> bool:
    parts = [p.lower() for p in re.findall(r"[A-Za-z-]+", run) if p.lower() not in ("s",)]
    if any(p in _not_people() or p in TIME_WORDS for p in parts) or name_class(f"{first} {last}")[0] != "person":
        return False
    return first.lower() not in words.common() and first.lower() not in words.function_words()


@lru_cache(maxsize=1)
def _not_people() -> FrozenSet[str]:
    """Words that make a capitalised run a place's or an organisation's
    name ("Penhale Cove", "Greyling Motors", "St Kenna")."""
    return (frozenset(read_list("place_nouns")) | word_set("organisation_name_words")
            | frozenset({"st", "saint", "the", "mount", "lake", "port", "fort", "new", "north", "south", "east",
                         "west", "upper", "lower", "great", "little"}))


def holders(qs: List[Quantity], analyses: Sequence[Analysis]) -> List[Quantity]:
    """Each quantity with its ``agent`` and its ``people``: the story's
    people its clause names, not as a speaker."""
    people = story_people([an.article.content for an in analyses])
    out = []
    for q in qs:
        an = analyses[q.article]
        at = an.sentences[q.sentence].start
        sentence = an.article.content[at:an.sentences[q.sentence].end]
        who = agent(sentence, q.start - at, q.end - at)
        mine = _people(q, sentence, q.start - at, people) if people else frozenset()
        out.append(replace(q, agent=who, people=mine) if who or mine else q)
    return out


def _people(q: Quantity, sentence: str, start: int, people: FrozenSet[str]) -> FrozenSet[str]:
    """The story's ``people`` whose figure ``q`` is: those its clause
    names, not as a speaker; or, when its clause names nobody, the one
    person its part of the sentence names (``_only_person``).  A clause
    that names a body of its own is that body's ("Our Principles PAC
    spent")."""
    mine = q.names & people
    if mine:
        return mine - _speakers(sentence)
    return _only_person(sentence, start, people) if not q.names else frozenset()


def _only_person(sentence: str, start: int, people: FrozenSet[str]) -> FrozenSet[str]:
    """The one person of the story the part of a sentence around ``start``
    names, not as a speaker: the figures of "His co-defendant Darren Pask,
    29, who drove the van, was given an 18-month sentence, suspended for two
    years, and 200 hours of unpaid work" are all Pask's, however its commas
    cut its clauses; a "but", "while" or a semicolon ends the part ("Neil
    Gatward had talked up the deal, but the guaranteed sum is ...")."""
    left = max((m.end() for m in _CONTRAST.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CONTRAST.finditer(sentence, start)), len(sentence))
    named = frozenset(w.lower() for w in _CAPITALISED.findall(sentence, left, right)) & people
    named = named - _speakers(sentence)
    return named if len(named) == 1 else frozenset()


_SPEAKER = Lazy(r"([A-Z][\w'’-]+)\s+(?:said|says|told|added|adds|explained|insisted|wrote)\b"
                r"|\b(?:said|says|told|added|adds|according\s+to)\s+(?:[A-Z][\w'’-]+\s+)*([A-Z][\w'’-]+)")


@lru_cache(maxsize=4096)
def _speakers(sentence: str) -> FrozenSet[str]:
    """The surnames next to a speech verb: a speaker is not whose the
    figure is ("Jane Holt said 900 tenants ...", "... said Tom Reed")."""
    return frozenset(_POSSESSIVE.sub("", (m.group(1) or m.group(2)).lower()) for m in _SPEAKER.finditer(sentence))


_POSSESSIVE = Lazy(r"['’]s?$")


def holders_apart(a: Quantity, b: Quantity) -> bool:
    """True when the two figures' clauses name different people of the
    story, neither as a speaker, or different bodies as the agents of
    their decisions ("banned for two years by the IAAF" / "banned for four
    years by the tribunal"): whose number each is differs."""
    if a.agent and b.agent and a.agent != b.agent and a.agent not in b.names and b.agent not in a.names:
        return True
    return bool(a.people and b.people) and not a.people & b.people


_AGENT = Lazy(r"\bby\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,2}?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
              r"|[a-z]+)\b")
_CLAUSE = Lazy(r"[;:()\u2014\u2013]|,\s|\s-\s|\b(?:and|but|while|which|who|after|before|when|said|says)\b")


def agent(sentence: str, start: int, end: int) -> str:
    """The body a figure's clause says decided it, lower case ("banned for
    four years by the tribunal" -> "tribunal", "the ban imposed by the
    IAAF" -> "iaaf"), or "": a name, or a word for a body (a court, a
    panel, a council); not a time or an amount ("by March", "by a third")."""
    left = max((m.end() for m in _CLAUSE.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE.finditer(sentence, end)), len(sentence))
    for m in _AGENT.finditer(sentence, left, right):
        word = _POSSESSIVE.sub("", m.group(1).split()[-1].lower())
        if m.group(1)[:1].isupper() and word not in TIME_WORDS or word in _bodies():
            return word
    return ""


@lru_cache(maxsize=1)
def _bodies() -> FrozenSet[str]:
    """Words for a body that decides: a court, a panel, a council."""
    return (word_set("organisation_nouns") | word_set("audience_nouns")
            | frozenset({"panel", "judge", "magistrates", "federation"}))
