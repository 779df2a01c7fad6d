"""Whom a story credits for its figures: its lead, and the sources that estimate.

Wire copy and release stories name their source once, in the lead ("...,
the Finance Ministry said.", "The sugar board raised its estimate of ..."),
and go on in the writer's words: the figures after it are that source's
account (JUDGING.md: attribution in the story's lead for the same
release).  ``Credits(analysis, body, named_list)`` reads one article's
attributions once; checkworthiness.Levels asks it:

- ``credited``: sentences credited to a body, a document or withheld
  sources ("..., trade sources said"), not to a person nor to nobody;
- ``data_sources``: sentences crediting a report or a body;
- ``lead_release``: the lead names the source of the story's figures;
- ``estimating``: credited sentences that give an estimate or forecast
  (the sources whose agentless estimates the story goes on to report).

``named_list(sentence)`` tells whether a sentence names a list, ranking or
chart in words the attribution finder does not read (Levels' speed layer
caches those phrases per sentence).
"""

from __future__ import annotations

import re
from typing import Callable, List, Set

from factcheck.model import Analysis, Sentence

from .checkworthiness_fast import once
from .lazy import Lazy
from .lexicon import word_set
from .sources import classify
from .subjects import BE
from .tokens import tokens

_BODIES = ("document", "organisation", "anonymous")
# an estimate or forecast given: "put the crop at", "projected", "its forecast", "expects"
_ESTIMATING = Lazy(r"\b(?:estimat\w*|forecast\w*|project(?:s|ed|ion|ions)|predict\w*|expect(?:s|ed)?|"
                   r"put\s+(?:\S+\s+){0,5}?at)\b", re.I)
# a body's own estimate as the lead's verb: "The board has raised its estimate of ...",
# "The institute forecast ...", "The ministry projects ..." (not "is forecast to": agentless)
_OWN_ESTIMATE = Lazy(r"\b(?:(?:estimated|estimates|forecast|forecasts|projected|projects|predicted|predicts|"
                     r"expects)\b|(?:raised|lowered|cut|revised|increased|reduced|kept|left|put)\s+(?:its|their)\s+"
                     r"(?:\S+\s+){0,4}?(?:estimates?|forecasts?|projections?)\b)", re.I)


_RELEASE_WORDS = word_set("release_nouns")  # "figures", "statistics", "survey": a release of figures


class Credits:
    """The credits of one article (each worked out when first asked for)."""

    def __init__(self, analysis: Analysis, body: List[Sentence], named_list: Callable[[Sentence], bool]):
        self.analysis = analysis
        self.text = analysis.article.content
        self.body = body
        self.named_list = named_list

    @once
    def data_sources(self) -> Set[int]:
        """Sentences crediting a report or body: its figures carry through their paragraph."""
        return {x.sentence for x in self.analysis.attributions if x.source_class in ("document", "organisation")}

    @once
    def credited(self) -> Set[int]:
        """Sentences an attribution credits to a body, a document or sources the reporter
        withheld ("..., trade sources said"); not to a person, nor to nobody ("it is believed")."""
        return {x.sentence for x in self.analysis.attributions if x.source_class in _BODIES}

    @once
    def lead_release(self) -> bool:
        """The lead names the source of the story's figures (not in a claims file: there the desk
        gives each claim its own): the first body sentence credits a body, a document or
        withheld sources ("..., the Finance Ministry said.", "..., trade sources said.": wire
        copy's one account; not a person, whose stories have many voices) or opens on a body
        giving its own estimate ("The sugar board raised its estimate of ..."), or the second
        credits a named release of figures (release_nouns.txt: "according to lending figures
        from the Bank of England"), or either names a list, ranking or chart in words the
        attribution finder does not read ("the Sunday Times' music rich list";
        named_source_phrases.txt)."""
        if self.analysis.article.format == "claims":
            return False
        return any(k == 0 and (s.index in self.credited or self.own_estimate(s))
                   or s.index in self.data_sources
                   and not _RELEASE_WORDS.isdisjoint(re.findall(r"[a-z]+", self.text[s.start:s.end].lower()))
                   or self.named_list(s) for k, s in enumerate(self.body[:2]))

    @once
    def estimating(self) -> Set[int]:
        """Credited sentences (and a lead opening on a body's own estimate) that give an
        estimate or forecast: "..., trade sources said, putting the crop at 9 mln tonnes"."""
        text, sents = self.text, self.analysis.sentences
        found = {k for k in self.credited if _ESTIMATING.search(text, sents[k].start, sents[k].end)}
        if self.body and self.own_estimate(self.body[0]):
            found.add(self.body[0].index)
        return found

    def own_estimate(self, s: Sentence) -> bool:
        """Sentence ``s`` opens on a body or document giving its own estimate or forecast:
        the words before the estimating verb are an organisation's name or noun phrase."""
        m = _OWN_ESTIMATE.search(self.text, s.start, s.end)
        if m is None:
            return False
        toks = tokens(self.text, s.start, m.start())
        if not toks or toks[-1][0].lower() in BE:
            return False  # "The board is forecast to ...": agentless
        return classify(toks)[0] in ("organisation", "document")
