"""Unnamed people who are part of the event, or act on the record (anonymous-source).

The anonymity checklist is for a person who gives the reporter information
and whom the reporter chose not to name.  ``part_of_event(analysis, a)`` is
True for unnamed people the story shows instead:

- acting on the record: an adverb of record qualifies the verb
  ("officials have formally accused the firm", "aides publicly denied";
  the act is public, whoever did it), in the verb group, not in a clause
  between commas ("an aide, who was not authorized to speak publicly,");
- one voice of a scene: a bare "one" or "another", no noun, in a run of
  dialogue where the sentence just before or after quotes a person by
  name ('"I abstain," Tom Reyes said. "I'm voting for him," one said.'):
  one of the people present, speaking in turn, not a withheld source;
- anybody of a kind in a general statement: "a"/"an" and a present-tense
  verb in a "when", "whenever" or "if" clause ("It gets your attention
  when a minister says the crisis is over"), a hypothetical person.
"""

from __future__ import annotations

import re

from factcheck.extract.lazy import Lazy
from factcheck.extract.tokens import bare, tokens
from factcheck.model import Analysis, Attribution

_OF_RECORD = Lazy(r"\b(?:officially|publicly|formally|on the record)\b", re.I)
_NOT = Lazy(r"\bnot\b|n['\u2019]t\b", re.I)
_BARE_ONE = frozenset(("one", "another"))
_QUOTE_MARK = Lazy("[\"\u201c\u201d]")


def part_of_event(analysis: Analysis, a: Attribution) -> bool:
    """True when the unnamed source ``a`` acts on the record or is one voice
    of a scene (the module's cases)."""
    text = analysis.article.content
    return on_record(text, a) or _voice_of_scene(analysis, a) or _generic_when(text, a)


def on_record(text: str, a: Attribution) -> bool:
    """True when an adverb of record stands between the source and the end of
    its verb ("have already officially accused", "publicly denied")."""
    gap = text[a.source_end:a.cue_end]
    if a.cue_start < a.source_end or "," in gap or _NOT.search(gap):
        return False  # not "an aide, who was not authorized to speak publicly, said"
    return _OF_RECORD.search(gap) is not None


def _voice_of_scene(analysis: Analysis, a: Attribution) -> bool:
    text = analysis.article.content
    toks = tokens(text, a.source_start, a.source_end)
    if len(toks) != 1 or bare(toks[0][0]) not in _BARE_ONE:
        return False
    return any(_named_quote(analysis, k) for k in (a.sentence - 1, a.sentence + 1))


def _named_quote(analysis: Analysis, k: int) -> bool:
    """True when sentence ``k`` holds a quote that a named person speaks."""
    if not 0 <= k < len(analysis.sentences):
        return False
    s = analysis.sentences[k]
    text = analysis.article.content
    return _QUOTE_MARK.search(text, s.start, s.end) is not None and any(
        x.sentence == k and x.source_class == "person" for x in analysis.attributions)


_WHEN_BEFORE = Lazy(r"\b(?:when|whenever|if)\s+$", re.I)
_PRESENT = Lazy(r"[a-z]+s$")


def _generic_when(text: str, a: Attribution) -> bool:
    """True for "when a leader says" with a present-tense verb: anybody of
    that kind, a hypothetical, not a person the reporter spoke to."""
    toks = tokens(text, a.source_start, a.source_end)
    return bool(toks) and bare(toks[0][0]) in ("a", "an") and a.cue_start > a.source_end \
        and _PRESENT.fullmatch(a.cue.lower()) is not None \
        and _WHEN_BEFORE.search(text, max(0, a.source_start - 12), a.source_start) is not None
