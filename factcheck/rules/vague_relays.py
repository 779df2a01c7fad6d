"""Vague wording that relays a named source's report (vague-attribution).

A hedge or agentless wording is not a claim credited to nobody when the
story says whose report it relays: a named person or body speaking in the
same sentence ("Jerry Kilgore reportedly said"), a named outlet earlier in
the paragraph ("According to the Times, ... He is said to be furious"), or
the next sentence of a summary lede ("..., newspaper reports claim. The
Sunday Telegraph said ..."), or an outlet named just after the hedge
(``outlet_named_after``).  These are the tests
``rules.vague_attribution`` asks; they read the attributions extraction
found and nothing else.
"""

from __future__ import annotations

import re

from factcheck.extract import vagueness
from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import word_set
from factcheck.model import Analysis

NAMED_CLASSES = frozenset(("person", "organisation"))


def hedges_named_speaker(analysis: Analysis, a) -> bool:
    """True when the hedging adverb ``a`` stands just before the speech verb
    of a named person or body in its sentence ("Jerry Kilgore reportedly
    said", "the mayor reportedly told aides"): it marks a relayed report of
    a named source, not a claim credited to nobody."""
    text = analysis.article.content
    return any(x.sentence == a.sentence and x.source_class in NAMED_CLASSES and x.cue_start >= a.cue_end
               and not text[a.cue_end:x.cue_start].strip() for x in analysis.attributions)


_RELAYING = word_set("relaying_hedges")


def relays_named_outlet(analysis: Analysis, a, kind: str) -> bool:
    """True when a hedge that relays a report ("reportedly", "is said to";
    relaying_hedges.txt) follows, in its paragraph, an attribution to a
    named outlet ("According to the Times, ... He is said to have discussed
    ..."): it carries on that outlet's report, whose source the reader has."""
    if kind not in (vagueness.HEDGE, vagueness.AGENTLESS) or a.cue.lower() not in _RELAYING:
        return False
    para = analysis.sentences[a.sentence].paragraph
    text = analysis.article.content
    return any(outlet_report(text, x) and x.cue_start < a.cue_start and analysis.sentences[x.sentence].paragraph == para
               for x in analysis.attributions)


REPORTS = Lazy(r"\breports?\b", re.I)


def relays_named_speaker(analysis: Analysis, index: int, start: int) -> bool:
    """True when a named person or body speaks, in sentence ``index``, before
    agentless wording at ``start`` ("Ohio Gov. John Kasich said he would
    have fired him, according to press reports"): a named source's words
    relayed from other outlets, as "Jerry Kilgore reportedly said" is."""
    return any(x.sentence == index and x.cue_end <= start and named_speaker(x) for x in analysis.attributions)


def relaying(a, kind: str) -> bool:
    """True for words that relay a report: unnamed reports ("newspaper
    reports claim"; not a count of documents, "two reports", which are
    studies the story goes on to name, not press reports) or a relaying
    hedge ("reportedly", "is reported"; relaying_hedges.txt)."""
    if kind == vagueness.HEARSAY:
        return _COUNTED.match(a.source) is None
    return kind in (vagueness.HEDGE, vagueness.AGENTLESS) and a.cue.lower() in _RELAYING


# "two reports", "three new studies": a count of documents
_COUNTED = Lazy(r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.I)


_AS_REPORTED = frozenset(("reported", "reports", "wrote", "writes", "revealed", "disclosed"))
_REPORTS_IN = Lazy(r"(?:[\w-]+\s+)?reports?\s+(?:in|by|from)\s+(?:the\s+)?[A-Z]")


def outlet_report(text: str, x) -> bool:
    """True when attribution ``x`` is a named outlet's report: an outlet
    (``secondary``), a named source of a reporting verb ("Reuters reported",
    "is reported by Reuters"), an "as ... reported" aside, or reports in a
    named outlet ("according to reports in the Hollywood Reporter")."""
    if x.source_class in NAMED_CLASSES and (x.secondary or x.cue.lower() in _AS_REPORTED or as_reported(text, x)):
        return True
    return _REPORTS_IN.match(x.source) is not None


# "the newspaper", "the industry newspaper", "the magazine": an outlet named before, called back by its kind
_OUTLET_CALLED_BACK = Lazy(r"the\s+(?:[a-z][\w-]*\s+){0,2}(?:newspaper|paper|magazine|tabloid|weekly|daily|"
                           r"broadcaster|website|news\s+agency)", re.I)


def outlet_named(text: str, x) -> bool:
    """True when attribution ``x`` names an outlet itself: a news outlet
    (``secondary``: "The News of the World reports", "Arab News said"),
    reports in a named outlet, or an outlet called back by its kind ("the
    industry newspaper": the report about to be told, not an earlier one).
    Stricter than ``outlet_report`` in the names it takes: a reporting
    verb alone ("As reported by ...") does not say the source is an outlet."""
    return x.source_class in NAMED_CLASSES and x.secondary or _REPORTS_IN.match(x.source) is not None \
        or _OUTLET_CALLED_BACK.fullmatch(x.source) is not None


def outlet_named_after(analysis: Analysis, a, kind: str) -> bool:
    """True when a relayed report ("reportedly", "is said to", "reports from
    the country say"; ``relaying``) is followed by the outlet it relays:
    named later in its paragraph or in the next sentence ("..., reports
    from the country say. The Arab News said ..."), or, for the story's
    first sentence, in the next paragraph (a lede whose report the second
    paragraph credits: "The News of the World reports that ...").  An
    interviewee "quoted by" or "quoted in" a named publication there names
    the outlet too ("... was quoted by The Harnby Courier as saying").  The
    reader learns whose report it is next door (JUDGING.md)."""
    if not relaying(a, kind):
        return False
    text = analysis.article.content
    para = analysis.sentences[a.sentence].paragraph
    lede = analysis.lead()
    nearby = {para + 1} if lede is not None and lede.index == a.sentence else set()
    for x in analysis.attributions:
        if x.cue_start <= a.cue_end or not outlet_named(text, x):
            continue
        where = analysis.sentences[x.sentence]
        if where.paragraph == para or x.sentence == a.sentence + 1 or where.paragraph in nearby:
            return True
    return any(_QUOTED_IN.search(text, max(s.start, a.cue_end), s.end) for s in analysis.sentences
               if s.index == a.sentence + 1 or s.index >= a.sentence and (s.paragraph == para or s.paragraph in nearby))


# a speaker "quoted by The Australian", "quoted in the Financial Review": the outlet whose report it is
_QUOTED_IN = Lazy(r"\bquoted\s+(?:by|in)\s+(?:the\s+)?[A-Z]")


def as_reported(text: str, x) -> bool:
    """True for a named source cited in an "as" aside with a reporting verb
    ("As The Hill reported, ...", "as the Journal first revealed"): another
    outlet's or writer's report, whatever the name is classed as."""
    return x.cue.lower() in _AS_REPORTED and x.source_start < x.cue_start \
        and re.search(r"\bas\s+(?:the\s+)?$", text[max(0, x.source_start - 8):x.source_start], re.I) is not None


def lede_sourced_next(analysis: Analysis, a, named) -> bool:
    """True when a vague source speaks in the story's first sentence and the
    next sentence names who said it, by ``named(attribution)`` ("Male life
    expectancy is much higher than thought, leading pension researchers
    have said. The Pensions Policy Institute said ..."; "..., newspaper
    reports claim. The Sunday Telegraph said ..."): a summary lede whose
    source is the next sentence (JUDGING.md: attribution next door).  The
    twin of ``vagueness.named_nearby``'s lede check for one unnamed person,
    which asks more of the speaker (a person named in two words)."""
    body = [s.index for s in analysis.sentences if s.kind == "body"][:2]
    if len(body) < 2 or a.sentence != body[0]:
        return False
    nxt = body[1]
    return any(x.sentence == nxt and named(x) for x in analysis.attributions)


def named_speaker(x) -> bool:
    """A named person or body with a capitalised name ("The Pensions Policy Institute")."""
    return x.source_class in NAMED_CLASSES and _CAPITALISED_WORD.search(x.source) is not None


_CAPITALISED_WORD = Lazy(r"\b(?!The\b)[A-Z][\w&'\u2019-]+")
