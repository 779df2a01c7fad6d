"""The reported clause of a quote: the words a speech cue reports, around
the quotation marks.

PolNeAR-style content spans: ``X said the vote followed "a long and honest
conversation" about the agency`` reports the clause from after the cue to
the clause's end, while ``X added, "We will win."`` reports the quote
alone.  ``content_span`` gives a cue's reach (to the sentence end, so that
later quotes of the sentence share the cue's speaker); ``clause`` cuts that
reach to the clause the quotes sit in.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence, Tuple

from factcheck.model import Quote, Sentence

from .lazy import Lazy
from .lexicon import word_set
from .speech_cues import Cue
from .wordsets import DETERMINERS

_LEAD = Lazy(r"[\s,:\u2014\u2013-]*")
_THAT = re.compile(r"\bthat\b")
_PAREN_GAP = Lazy(r"\s*,\s*")
_QUOTE_MARKS = re.compile("[\"\u201c\u201d]|''")
_CLAUSE_END = Lazy(r",\s|;|\s(?:--?|[\u2013\u2014])\s|[\u2013\u2014]|\s[\[(]")


def last_mark(text: str, q: Quote) -> str:
    """The quote's last character before any closing inner quotation marks
    (``'... do you need?'`` nested in a quote ends with "?")."""
    return text[q.text_start:q.text_end].rstrip("'\u2019\"\u201d")[-1:]


def content_span(text: str, q: Quote, cue: Cue, side: str, window_start: int, sent: Sentence,
                 limit: int, verb_end: int = 0) -> Tuple[int, int]:
    """The reach of a quote's cue: from the cue (or the sentence start,
    when the cue follows the quote) to the quote's end (or the end of the
    sentence, when the quote is part of indirect speech).  ``verb_end`` is
    the end of the speech verb whose clause holds the quote when that is
    not the cue's own verb, 0 when it is (``second_verb``, ``outer_verb``)."""
    if side == "after":
        start = window_start
        while start < q.start and text[start].isspace():
            start += 1
        if introduced(text, start, q):
            start = q.start
        return start, q.end
    lead = parenthetical_lead(text, window_start, cue, q)
    if lead is not None:
        return lead, _reach_end(text, q, sent, limit)
    start = verb_end or max(cue.cue_end, cue.end if cue.end > cue.cue_end else 0)
    rel = _relative_lead(text, cue, start, q)
    if rel is not None:
        return rel, _reach_end(text, q, sent, limit)
    reach = 200 if cue.cue is not None and cue.cue.lower() in _LISTENER_VERBS else 40  # told the crowd at ... that
    t = _THAT.search(text, start, min(q.start, start + reach))
    # "said that ...": the clause starts at "that" (PolNeAR train and dev:
    # 440 of 443 gold spans of a partial quote after "that" do)
    start = t.start() if t is not None else _LEAD.match(text, start).end()
    # a capitalised quote after a comma or colon inside a "that" clause goes on
    # with the clause ('said that once the Senate goes on recess, "I intend
    # ..."'), unless "that" opens a relative clause ('a phrase that ...:')
    that_clause = t is not None and not _after_noun(text, t.start())
    if start > q.start or not that_clause and introduced(text, start, q):
        start = q.start  # responds enthusiastically: "Okay!" -- the quote is the content
    return start, _reach_end(text, q, sent, limit)


_TWO_WORDS_BEFORE = Lazy(r"(\w+)\s+\w+\s+$")


def _after_noun(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` follows a determiner ("a phrase
    that"), so that the "that" at ``pos`` opens a relative clause."""
    m = _TWO_WORDS_BEFORE.search(text, max(0, pos - 40), pos)
    return m is not None and m.group(1).lower() in DETERMINERS


_LISTENER_VERBS = word_set("listener_verbs")
_COORDINATED = Lazy(r"(?:,|\band|\bbut)\s+(?:(?:then|also|later|again|\w+ly)\s+)?$")


_JOINED = Lazy(r"(?:,\s*)?\s(?:and|but|while|before|after)\s+(?:then\s+|also\s+|later\s+)?$")


def _next_attribution(text: str, start: int, end: int, cue_re: "re.Pattern[str]") -> int:
    """Where a speech verb joined by a conjunction after ``start`` opens a
    second attribution ('... and said', ', but suggesting'), else ``end``."""
    for m in cue_re.finditer(text, start, end):
        j = _JOINED.search(text, max(start, m.start() - 20), m.start())
        if j is not None:
            return j.start()
    return end


def second_verb(text: str, cue: Cue, q: Quote, cue_re: "re.Pattern[str]") -> int:
    """The end of the last speech verb between cue ``cue`` and quote ``q``
    that the cue's speaker coordinates with it ('Wilson praised the plan and
    said the senator can "bring change"', 'called it "disqualifying" and
    asserting that', 'said ..., adding'), else 0: the quote is what that
    verb reports.  A verb inside a subordinate clause ('the people who
    criticized him') is not one."""
    out = 0
    for m in cue_re.finditer(text, max(cue.cue_end, cue.end), q.start):
        if _COORDINATED.search(text, max(0, m.start() - 20), m.start()) is not None:
            out = m.end()
    return out


_PRONOUN_SUBJECT = Lazy(r"(?:he|she|they|we|I)\b")
_OUTER_GAP = Lazy(r"\s+(?:that\s+)?")


def outer_verb(text: str, cue: Cue, window_start: int, cue_re: "re.Pattern[str]") -> int:
    """The end of a speech verb that reports the clause a pronoun-subject
    cue opens ('Trump said he believes "..."', 'X told me that she was
    "angry"'), else 0: the quote's clause is the outer verb's (PolNeAR
    marks the outermost attribution only); the pronoun is the same speaker,
    so the speaker does not change."""
    if not cue.speaker or _PRONOUN_SUBJECT.fullmatch(cue.speaker) is None or cue.start >= cue.cue_start:
        return 0
    out = 0
    for m in cue_re.finditer(text, window_start, cue.start):
        if _OUTER_GAP.fullmatch(text, m.end(), cue.start) is not None:
            out = m.end()
    return out


_RELATIVE_WORD = Lazy(r"(\w+)\s+$")
_NAMED_AS = Lazy(r"\s*(?:as\s+)?(?:(?:a|an|the)\s+)?")
_RELATIVE_PRONOUNS = word_set("relative_pronouns")


def _relative_lead(text: str, cue: Cue, start: int, q: Quote) -> Optional[int]:
    """Where a relative clause that names something with the quote starts
    ('which he described as "like an open orchid"', 'who he dubbed "the
    little senator"'): the relative pronoun stands for what is named, and
    PolNeAR marks the content from it ("what he called" it marks both ways,
    so "what" is not in the list).  None when the quote does not follow the
    verb directly."""
    if not cue.speaker or cue.start >= cue.cue_start or _NAMED_AS.fullmatch(text, start, q.start) is None:
        return None
    m = _RELATIVE_WORD.search(text, max(0, cue.start - 12), cue.start)
    if m is None or m.group(1).lower() not in _RELATIVE_PRONOUNS:
        return None
    return m.start(1)


def _reach_end(text: str, q: Quote, sent: Sentence, limit: int) -> int:
    end = max(q.end, min(sent.end, limit))
    while end > q.end and text[end - 1] in ".,;:!? \n":
        end -= 1
    return end


def parenthetical_lead(text: str, window_start: int, cue: Cue, q: Quote) -> Optional[int]:
    """Where the reported sentence starts when its cue is set off by commas
    inside it and the quote goes on with the sentence ('The golf industry,
    she said, "is changing"', 'Instead, Axelrod said, "she started ..."'):
    the words before the cue are part of what was said (PolNeAR train: the
    annotators' content span starts there).  A quote opening with a capital
    letter is its own sentence ('Asked about it, Ryan said, "Sure."'; see
    ``introduced``).  None when the cue is not parenthetical."""
    cue_lo = min(cue.cue_start, cue.start) if cue.speaker else cue.cue_start
    if not window_start < cue_lo <= q.start:
        return None
    if not _PAREN_GAP.fullmatch(text, max(cue.cue_end, cue.end), q.start) or introduced(text, window_start, q):
        return None
    lead = text[window_start:cue_lo]
    if not lead.rstrip().endswith(",") or _QUOTE_MARKS.search(lead) or "\n" in lead.strip():
        return None
    start = window_start
    while text[start].isspace():
        start += 1
    return start if start < cue_lo else None


def introduced(text: str, start: int, q: Quote) -> bool:
    """Whether quote ``q`` is a whole utterance introduced by the words
    before it (from ``start``): after a colon, or after a comma or dash when
    the quote opens with a capital letter ('she added, "We will..."',
    'Seen from the pit lane, "It was chaos," she said'), the quote itself is
    what was said, not the clause around it (measured on PolNeAR train: the
    clause around it is what its annotators mark less often)."""
    lead = text[start:q.start].rstrip()
    if lead.endswith(":"):
        return True
    first = text[q.text_start:q.text_end].lstrip(" '\u2018\"\u201c.\u2026")[:1]
    return lead[-1:] in (",", "-", "\u2013", "\u2014") and first.isupper()


def clause(text: str, quotes: Sequence[Quote], k: int,
           span: Tuple[Optional[int], Optional[int]],
           cue_re: "Optional[re.Pattern[str]]" = None) -> Tuple[Optional[int], Optional[int]]:
    """The part of a cue's reach (``span``, from ``content_span``) that is
    the clause quote ``k`` sits in: it ends before a second speech verb
    joined by a conjunction ('called it "a disaster" and said ...': another
    attribution, in ``cue_re``); past the last quote of the reach ('that
    Trump is a "loser," a "liar" and a "whiner"'), it ends at that quote's
    own closing comma ('was "going to fail," while ...'), else at the first
    comma, dash, semicolon or bracket."""
    start, end = span
    if start is None or end is None:
        return span
    if cue_re is not None:
        end = _next_attribution(text, quotes[k].end, end, cue_re)
        span = (start, end)
    last = quotes[k]
    for later in quotes[k + 1:]:
        if later.start >= end:
            break
        last = later
    if end <= last.end:
        return span
    if last_mark(text, last) == ",":
        return start, last.end
    stop = _CLAUSE_END.search(text, last.end, end)
    return (start, stop.start()) if stop is not None else span
