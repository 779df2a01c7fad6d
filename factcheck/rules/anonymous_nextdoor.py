"""An unnamed-looking source that the next sentences name (anonymous-source).

A desk editor does not ask who "officials" are when the story names the one
speaking for them at once: the attribution is next door (docs/judging.md,
tie-break 3).  ``named_next_door(analysis, a)`` is True when one of these
links ties the unnamed source ``a`` to a person named as a speaker in the
sentences just after it:

- the person's role repeats the source's head noun in an apposition, with
  a comma, a dash or a bracket, up to three sentences on ("another economic
  adviser called it a swindle. ... Ann Vogel - then economic adviser to the
  president - told a press conference");
- the person's surname stands in the source phrase, the name of the family
  or firm the source belongs to ("one of the brothers behind the Varga
  Group said ... Tom Varga told", up to two sentences on);
- the source is one person ("a top adviser") in a sentence that opens its
  paragraph (the lede of the story or of a live-blog item) and the next
  sentence names who spoke, by saying the person spoke ("A top campaign
  adviser says ... . Jo Reyes spoke to reporters after the meeting.") or,
  with no rank word in the source, by a speech verb;
- the source is a plain plural (no number) and the next sentence, or the
  one after it when that one only goes on with "they", is spoken by a
  person given a role: an apposition, or a title before the name ("but
  officials said growth was weak. \"...,\" said Ann Vogel, head of the
  statistics office"; "state prosecutor Ann Vogel told").  With "for
  example" or "for instance" the named member may come three sentences on
  ("Lake County GOP Chairman Jo Reyes, for example, said");
- the source is a bare "officials" within two sentences after a named body
  speaks ("A Water Board spokeswoman said: ... . Customers must reapply,
  officials have stressed."): that body's officials.

Never for a source the story marks as withheld (a "source", "unnamed",
"familiar with", "who asked not to be named"): only a rank word ("senior",
"top") may stand in the phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, List, Optional, Tuple

from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import read_list
from factcheck.extract.sources import head_part
from factcheck.extract.tokens import bare, tokens
from factcheck.extract.vagueness import SPEAKER_NAME, speaking_words, withheld_marker
from factcheck.model import Analysis, Attribution

_RANK = Lazy(r"\b(?:senior|top)\b", re.I)
_NUMBER = Lazy(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\b", re.I)
_FULL_NAME = Lazy(r"^" + SPEAKER_NAME + r"$")
# a name's apposition, closed by its own mark or the sentence's end: ", head of the agency,",
# " - then economic adviser to the president -", " (D-N.C.), head of the caucus."
_APPOSITION = Lazy(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,|\s-|\s\u2013|\s\u2014|\()\s*"
                   r"(?P<words>[^,;:()\u2013\u2014\"\u201c\u201d.]{1,80}?)\s*(?:,|\s-|\s\u2013|\s\u2014|\)|\.)")
_CAPITALISED = Lazy(r"[A-Z][\w'\u2019-]+")
_ARTICLE_BEFORE = Lazy(r"\b(?:a|an|the)\s+$", re.I)  # "a New Hampshire Republican": no name
_FOR_EXAMPLE = Lazy(r"\bfor (?:example|instance)\b", re.I)
_THEY = Lazy(r"\s*(?:[\"\u201c]\s*)?(?:they|the officials|the group)\b", re.I)

Speaker = Tuple[int, int, int]  # sentence index, name start, name end


def named_next_door(analysis: Analysis, a: Attribution) -> bool:
    """True when a person named as a speaker in the next sentences is the
    unnamed source ``a`` (the module's links)."""
    text = analysis.article.content
    if a.source_class != "anonymous" or a.source_end <= a.source_start:
        return False
    antecedent = _antecedent(analysis, a)
    if antecedent is not None:
        return named_next_door(analysis, antecedent)  # "They also allege" after "Officials claim"
    if _marked_withheld(text, a):
        return False
    head = _head(text, a)
    if not head:
        return False
    speakers = list(_speakers(analysis, a.sentence + 1, a.sentence + 3))
    return any(_role_repeats(text, head, sp) for sp in speakers) \
        or any(_surname_in_source(text, a, sp) for sp in speakers if sp[0] <= a.sentence + 2) \
        or _paragraph_lede(analysis, a) and _spoke_next(analysis, a, speakers) \
        or _member_speaks(analysis, a, head, speakers) or _body_just_quoted(analysis, a)


def _antecedent(analysis: Analysis, a: Attribution) -> Optional[Attribution]:
    """The unnamed source a pronoun source ("they") stands for, in one of
    the three sentences before, or None."""
    text = analysis.article.content
    if bare(text[a.source_start:a.source_end]) not in _PRONOUNS:
        return None
    return next((x for x in analysis.attributions if x.source_class == "anonymous"
                 and a.sentence - 3 <= x.sentence < a.sentence and text[x.source_start:x.source_end] == a.source
                 and bare(x.source) not in _PRONOUNS), None)


_PRONOUNS = frozenset(("they", "he", "she"))


def _head(text: str, a: Attribution) -> str:
    toks = head_part(tokens(text, a.source_start, a.source_end))
    return bare(toks[-1][0]) if toks else ""


def _marked_withheld(text: str, a: Attribution) -> bool:
    """True when the phrase shows a source somebody chose not to name: a
    "source" head or a withheld marker other than a rank word."""
    if _head(text, a) in ("source", "sources"):
        return True
    span = text[a.source_start:a.source_end]
    window = _RANK.sub(lambda m: " " * len(m.group()), span)
    return withheld_marker(window, 0, len(window))


def _speakers(analysis: Analysis, lo: int, hi: int) -> Iterator[Speaker]:
    """People named in full as speakers in sentences ``lo`` to ``hi``: the
    source of a person attribution whose words there are the name, or a
    name opening a sentence with a speech or naming verb ("Jo Reyes spoke
    to reporters")."""
    text = analysis.article.content
    hi = min(hi, len(analysis.sentences) - 1)
    for x in analysis.attributions:
        if lo <= x.sentence <= hi and x.source_class == "person" \
                and _FULL_NAME.match(text[x.source_start:x.source_end].strip()) \
                and not _ARTICLE_BEFORE.search(text, max(0, x.source_start - 5), x.source_start):
            yield x.sentence, x.source_start, x.source_end
    for s in analysis.sentences[lo:hi + 1]:
        m = _naming().match(text, s.start, s.end)
        if m is not None:
            yield s.index, m.start("name"), m.end("name")


@lru_cache(maxsize=1)
def _naming() -> "re.Pattern[str]":
    # an aside may stand between: "Jo Reyes, for example, said"
    return re.compile(r"(?P<name>" + SPEAKER_NAME + r")(?:\s*,\s*for (?:example|instance)\s*,)?\s+(?:"
                      + speaking_words() + r")\b")


def _role_repeats(text: str, head: str, sp: Speaker) -> bool:
    """True when the name's apposition gives the source's head noun as the
    person's role ("Ann Vogel - then economic adviser to")."""
    return any(_same_noun(w, head) for w in _apposition_words(text, sp[2]))


def _apposition_words(text: str, end: int) -> List[str]:
    """The first words of the apposition after a name ending at ``end``."""
    m = _APPOSITION.match(text, end)
    return [bare(w) for w in m.group("words").split()[:_ROLE_WITHIN]] if m else []


_ROLE_WITHIN = 4  # the role noun is among the apposition's first words ("the shadow education secretary")


def _same_noun(word: str, head: str) -> bool:
    w, h = word.lower(), head.lower()
    return len(h) >= 4 and (w == h or w + "s" == h or w == h + "s")


def _surname_in_source(text: str, a: Attribution, sp: Speaker) -> bool:
    """True when the named person's surname is a capitalised word of the
    source phrase ("the brothers behind the Varga Group" and "Tom Varga")."""
    surname = text[sp[1]:sp[2]].split()[-1]
    words = [m.group() for m in _CAPITALISED.finditer(text, a.source_start, a.source_end)
             if m.start() > a.source_start]
    return len(surname) > 2 and surname in words


def _paragraph_lede(analysis: Analysis, a: Attribution) -> bool:
    """True when ``a``'s sentence opens its paragraph (a story's or a
    live-blog item's lede) and its source is one person, indefinite ("a
    top adviser"; a plural needs a named member with a role)."""
    text = analysis.article.content
    s = analysis.sentences[a.sentence]
    if a.sentence > 0 and "\n" not in text[analysis.sentences[a.sentence - 1].end:s.start]:
        return False
    toks = tokens(text, a.source_start, a.source_end)
    return bool(toks) and bare(toks[0][0]) in ("a", "an")


def _spoke_next(analysis: Analysis, a: Attribution, speakers: List[Speaker]) -> bool:
    """True when the next sentence names who spoke: by saying the person
    spoke ("Jo Reyes spoke to reporters", naming_phrases.txt), or, for a
    source with no rank word, by any speech verb ("Jo Reyes told the
    court"; "A senior official said ... . Mayor Jo Reyes said" is another
    voice)."""
    text = analysis.article.content
    nxt = a.sentence + 1
    if nxt < len(analysis.sentences) and _spoke().match(text, analysis.sentences[nxt].start) is not None:
        return True
    return not _RANK.search(text, a.source_start, a.source_end) and any(sp[0] == nxt for sp in speakers)


@lru_cache(maxsize=1)
def _spoke() -> "re.Pattern[str]":
    return re.compile(SPEAKER_NAME + r"\s+(?:" + "|".join("(?:%s)" % p for p in read_list("naming_phrases")) + r")\b")


def _plain_plural(text: str, a: Attribution) -> bool:
    head = _head(text, a)
    return head.endswith("s") and not _NUMBER.search(text, a.source_start, a.source_end)


def _member_speaks(analysis: Analysis, a: Attribution, head: str, speakers: List[Speaker]) -> bool:
    """True when a plain plural's named member, given a role, speaks next:
    in the next sentence, in the one after when the next only goes on with
    "they", or up to three on with "for example"."""
    text = analysis.article.content
    if not _plain_plural(text, a):
        return False
    reach = a.sentence + 1
    nxt = analysis.sentences[reach] if reach < len(analysis.sentences) else None
    if nxt is not None and _THEY.match(text, nxt.start):
        reach += 1
    for sp in speakers:
        s = analysis.sentences[sp[0]]
        near = sp[0] <= reach or _FOR_EXAMPLE.search(text, s.start, s.end) is not None
        if near and _has_role(text, sp):
            return True
    return False


def _has_role(text: str, sp: Speaker) -> bool:
    """True when the name is given a role: a role noun in its apposition
    ("Ann Vogel, head of the agency"), in the name's words or right before
    them ("state prosecutor Ann Vogel", "County Chairman Jo Reyes")."""
    before = text[max(0, sp[1] - 30):sp[1]].split()[-1:]
    words = _apposition_words(text, sp[2]) + [bare(w) for w in text[sp[1]:sp[2]].split() + before]
    return any(w in _roles() for w in words)


@lru_cache(maxsize=1)
def _roles() -> frozenset:
    return frozenset(w.lower() for name in ("name_titles", "person_nouns", "source_nouns") for w in read_list(name))


def _body_just_quoted(analysis: Analysis, a: Attribution) -> bool:
    """True for a bare "officials" within two sentences after a named body
    speaks ("An Electoral Commission spokeswoman said: ... . Registration
    closes on Friday, officials have stressed."): that body's officials."""
    text = analysis.article.content
    if text[a.source_start:a.source_end].lower() != "officials":
        return False
    return any(x.source_class == "organisation" and not x.secondary and a.sentence - 2 <= x.sentence < a.sentence
               and _CAPITALISED.search(text, x.source_start, x.source_end) is not None
               and bare(text[x.source_start:x.source_end]) not in ("it", "they")
               for x in analysis.attributions)  # named there, not "it"
