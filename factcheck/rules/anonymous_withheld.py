"""Helpers of the anonymous-source rule: where a source phrase's withheld
marker may end, and an unnamed source that a name next to it does not name.

``marker_end(text, a)`` bounds the text after an unnamed source phrase in
which a withheld marker ("close to", "who asked not to be named") still
belongs to it; ``named_but_withheld(analysis, a)`` rescues a source that
``vagueness.withheld`` takes for a named body's people or a named source's
respondents only because a name stands next to it, though its own words
show a source somebody chose not to name ("a source at the Tampa station",
"the Post reported, citing another anonymous source"); ``habitual(text, a)``
tells people in general ("officials often say").
"""

from __future__ import annotations

import re

from functools import lru_cache

from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import read_list
from factcheck.extract.sources import head_part
from factcheck.extract.tokens import bare, tokens
from factcheck.extract.wordsets import COMMON_CAPS, DETERMINERS, QUANTIFIERS
from factcheck.extract.vagueness import (named_group, named_nearby, not_a_source, reported_by_named, vague_kind,
                                         withheld_marker)
from factcheck.model import Analysis, Attribution

_ONE_OF = Lazy(r"(?:a|an|one|another|two|three|four|five|several|multiple)$")

# between the source and its verb: a habit, not information given ("officials often say")
_HABITUAL = Lazy(r"\b(?:" + "|".join(read_list("habitual_words")) + r")\b", re.I)
_TAIL = Lazy(r"[^,.;:!?\"\u201c\u201d()]{0,30}")


def marker_end(text: str, a: Attribution) -> int:
    """Where a withheld marker of ``a``'s source phrase may end: up to its
    verb ("three teachers, who asked not to be named, said"), or a few words
    on when the phrase follows its verb and stops short of its marker
    ("said a person close | to the Clintons")."""
    end = a.source_end
    if a.cue_start > end:
        return min(a.cue_start, end + 120)
    return _TAIL.match(text, end, end + 30).end() if a.cue_end <= a.source_start else end


_RANK = Lazy(r"\b(?:senior|top)\b", re.I)


def named_but_withheld(analysis: Analysis, a: Attribution) -> bool:
    """True for an unnamed source that ``withheld`` takes for a named body's
    people or for a named source's respondents only because a name stands
    next to it, though its own words show a source the reporter (or the
    outlet relayed) chose not to name: a "source" head or a withheld marker
    other than a rank word ("a source at the Tampa station", "those close to
    him", "several people in Clinton's orbit", "Politico reported, according
    to sources in the meetings", "the Post reported, citing another anonymous
    source"); and any unnamed source the named one "reports" only across a
    "but" that opens its own clause ("X said he had talked to the agency,
    but officials said ...").  Not "researchers at Acme Labs", "Mr Tanzi's
    lawyers", "Sanders's top advisers" or people inside a named speaker's
    words."""
    text = analysis.article.content
    if any(q.text_start <= a.source_start < q.text_end for q in analysis.quotes) \
            or vague_kind(text, a) is not None or not_a_source(text, a) \
            or named_nearby(text, analysis.sentences, a, analysis.attributions):
        return False
    group = named_group(text, a)
    if not group and reported_by_named(analysis.attributions, a):
        if not _reported_within_clause(analysis, a):
            return True  # "X said he had talked to the agency, but officials said": a clause of its own
    elif not group:
        return False
    head = head_part(tokens(text, a.source_start, a.source_end))
    if head and bare(head[-1][0]) in ("source", "sources"):
        return True
    window = _RANK.sub(lambda m: " " * len(m.group()), text[a.source_start:marker_end(text, a)])
    return withheld_marker(window, 0, len(window))


_BUT = Lazy(r"\bbut\b", re.I)


def _reported_within_clause(analysis: Analysis, a: Attribution) -> bool:
    """True when a named source of the same sentence reports ``a`` in its own
    clause (``vagueness.reported_by_named``), not across a "but" that opens
    a clause with ``a`` as its subject ("Islamic State claimed responsibility
    but U.S. officials have said ...")."""
    text = analysis.article.content
    for x in analysis.attributions:
        if x is a or x.sentence != a.sentence or x.source_class not in ("person", "organisation", "document"):
            continue
        if x.content_start is not None and x.content_end is not None \
                and x.content_start <= a.source_start < x.content_end and x.cue_end <= a.source_start \
                and not _BUT.search(text, x.cue_end, a.source_start):
            return True
    return False


def habitual(text: str, a: Attribution) -> bool:
    """True when a habit stands between the unnamed source and its verb
    ("officials often say", "aides typically argue", "insiders tend to
    say"; habitual_words.txt): people in general, not a person who gave the
    reporter information (JUDGING.md: FALSE)."""
    gap = text[a.source_end:a.cue_start] if a.cue_start > a.source_end else ""
    return 0 < len(gap) < 40 and "," not in gap and _HABITUAL.search(gap) is not None


# "the Financial Times quoted an insider as saying", "The Post reported, citing another unnamed official"
_RELAY_CUES = frozenset(("quoted", "quotes", "quoting", "cited", "cites", "citing"))
_NAME_RUN = Lazy(r"(?:[A-Z][\w.&'\u2019-]*\s+)*[A-Z][\w.&'\u2019-]*")
_BACK_DEFINITE = Lazy(r"(?:the|this|that)\s+(?:(?:second|third|other|same|first)\s+)?[\w-]+$", re.I)


def relayed(analysis: Analysis, a: Attribution) -> bool:
    """True when the sentence relays the unnamed source from another outlet's
    report, which answers for it ("..., the Financial Times newspaper quoted
    an insider in the talks as saying"; "The Post reported, citing another
    anonymous source"): a quoting or citing verb whose subject, before the
    source in the sentence, names a news outlet (``sources.name_class``); or
    a definite back-reference ("said the second official") to such a source
    in the sentence before.  A direct quote relayed so is the other outlet's,
    not the reporter's withheld source: no error by itself."""
    if _relays(analysis, a):
        return True
    text = analysis.article.content
    if not _BACK_DEFINITE.match(text, a.source_start, a.source_end):
        return False
    return any(x.source_class == "anonymous" and x.sentence == a.sentence - 1 and _relays(analysis, x)
               for x in analysis.attributions)


def _relays(analysis: Analysis, a: Attribution) -> bool:
    from factcheck.extract.sources import name_class

    if a.cue.lower() not in _RELAY_CUES:
        return False
    text = analysis.article.content
    s = analysis.sentences[a.sentence]
    before = text[s.start:min(a.cue_start, a.source_start)]
    for m in _NAME_RUN.finditer(before):
        name = re.sub(r"^(?:The|A|An|As|But|And)\s+", "", m.group())
        if name and name_class(name) == ("organisation", True):
            return True
    return False


_BODY_HEADS = frozenset(("officials", "aides", "advisers", "advisors", "staffers", "insiders"))
_POSSESSIVE = frozenset(("his", "her", "their", "its"))
_NATIONAL = Lazy(r"[A-Z][a-z]+(?:an|ese|ish|i|ic)$")


@lru_cache(maxsize=1)
def _national() -> frozenset:
    return frozenset(read_list("unplaced_qualifiers"))


def body_voice(analysis: Analysis, a: Attribution, toks, head_toks) -> bool:
    """True for a bare plural of a named body's people ("Facebook officials
    say", "Labor Department officials said", "Clinton aides said", "his
    advisers believe"): the body's own line or its side's position, which
    the reader can place (JUDGING.md: officials stating an on-record
    position and a campaign's aides stating its position are DEBATABLE),
    not a person the reporter chose to withhold.  Not a country's or a
    people's officials ("US officials", "Israeli officials") nor a
    generic word ("Party officials", "Administration officials";
    unplaced_qualifiers.txt, common_capitals.txt), not one counted out or marked ("two Clinton
    aides", "senior Clinton aides", a withheld marker is found before this
    is asked), not a phrase with more after the head ("officials who ..."),
    and not a common word whose capital is only the sentence's first letter
    ("Law enforcement officials said", "Campaign officials said"): at a
    sentence start the word must be capitalised somewhere inside a sentence
    of the story too."""
    if len(toks) < 2 or len(head_toks) != len(toks) or bare(toks[-1][0]) not in _BODY_HEADS:
        return False
    first = toks[0][0]
    if first.lower() in _POSSESSIVE:
        return True
    word = first.rstrip("'’").removesuffix("'s").removesuffix("’s")
    return first[:1].isupper() and bare(first) not in DETERMINERS | QUANTIFIERS \
        and _ONE_OF.match(bare(first)) is None and word not in _national() and _NATIONAL.match(word) is None \
        and word.lower() not in COMMON_CAPS and _a_name(analysis, a, toks[0])


def _a_name(analysis: Analysis, a: Attribution, tok) -> bool:
    """True unless ``tok`` opens its sentence and the story never capitalises
    the word inside a sentence (a common noun, not a name)."""
    text = analysis.article.content
    if text[analysis.sentences[a.sentence].start:tok[1]].strip(" \"'\u201c\u2018(\n"):
        return True  # inside the sentence: the capital is the word's own
    word = re.escape(tok[0].rstrip("'\u2019").removesuffix("'s").removesuffix("\u2019s"))
    return re.search(r"[a-z0-9,;:]\s+" + word + r"\b", text) is not None
