"""What each rule tells the renderers about one finding: a small frozen
dataclass per rule (``Finding.payload``).

The rule fills it in; the handout reads its fields and never works anything
out again.  ``as_dict()`` gives the payload as plain JSON-ready data
(``Finding.data``), with the keys in the order listed here.  Like the rest
of ``factcheck.model`` this module imports nothing from factcheck.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple, Union

from .record import Record, record


@record
class ClaimPayload(Record):
    """unsourced-claim: what made the sentence check-worthy."""

    kinds: Tuple[str, ...]  # claim kinds (model.CLAIM_KINDS)
    triggers: Tuple[Tuple[int, int], ...]  # (start, end) of the words that made it check-worthy
    check_worthiness: str = ""  # "likely" (warning) or "possible" (info): extract.checkworthiness
    why: str = ""  # why it was rated so

    def as_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {"kinds": list(self.kinds), "triggers": [list(t) for t in self.triggers]}
        if self.check_worthiness:
            out.update(check_worthiness=self.check_worthiness, why=self.why)
        return out


@record
class VaguePayload(Record):
    """vague-attribution: the agentless or collective wording and its kind."""

    source: str  # the wording ("critics", "it is believed")
    cue: str  # the attributing words
    kind: str  # extract.vagueness kind (agentless, collective, phrase ...)

    def as_dict(self) -> Dict[str, Any]:
        return {"source": self.source, "cue": self.cue, "kind": self.kind}


SUPPLIES = ("quote", "characterisation", "fact")
"""What an unnamed source gives the story, most serious first."""


@record
class AnonymousPayload(Record):
    """anonymous-source: the unnamed source and whether the story says why."""

    source: str  # the words naming the source ("two people familiar with the matter")
    cue: str  # the attributing words ("according to")
    reason: Optional[str]  # the words giving the reason for anonymity, None when the story gives none
    supplies: str  # one of SUPPLIES

    @property
    def reason_given(self) -> bool:
        return self.reason is not None

    def as_dict(self) -> Dict[str, Any]:
        return {"source": self.source, "cue": self.cue, "reason_given": self.reason_given,
                "reason": self.reason, "supplies": self.supplies}


@record
class FigureVersion(Record):
    """One wording of a quantity in a conflicting-figure finding.  For a
    vote tally ``low``/``high`` are its two sides."""

    path: str
    outlet: str
    text: str
    low: Optional[float]
    high: Optional[float]
    start: int
    end: int

    def as_dict(self) -> Dict[str, Any]:
        return {"path": self.path, "outlet": self.outlet, "text": self.text, "low": self.low,
                "high": self.high, "start": self.start, "end": self.end}


@record
class ConflictPayload(Record):
    """conflicting-figure: the quantity and every wording of it in conflict."""

    counts: str  # the counted noun ("employee")
    unit: str  # model.FIGURE_UNITS
    verdict: str  # "conflict"
    figures: Tuple[FigureVersion, ...]
    # set by the quantity model (factcheck.quantities) when the figures are
    # one quantity in other words: "certain" or "likely", and why
    identity: str = ""
    why: str = ""

    def as_dict(self) -> Dict[str, Any]:
        out = {"counts": self.counts, "unit": self.unit, "verdict": self.verdict,
               "figures": [f.as_dict() for f in self.figures]}
        if self.identity:
            out.update(identity=self.identity, why=self.why)
        return out


@record
class AgreeingFigure(Record):
    """One wording in an ``Agreement``: where it is (``sentence`` indexes
    the article's sentences) and the interval its words imply."""

    path: str
    text: str
    noun: str  # the counted noun as written, singular ("encounter"); "" when none
    low: Optional[float]
    high: Optional[float]
    start: int
    end: int
    sentence: int

    def as_dict(self) -> Dict[str, Any]:
        return {"path": self.path, "text": self.text, "noun": self.noun, "low": self.low, "high": self.high,
                "start": self.start, "end": self.end, "sentence": self.sentence}


@record
class Agreement(Record):
    """Two figures of different articles of one story, in different words,
    that the quantity model of conflicting-figure (``factcheck.quantities``)
    takes for one quantity and whose values agree ("stopped 2.38 million
    times" / "encounters surpassed 2 million").  Not a finding: the rule
    records it beside its findings (``Report.agreements``) so the handout's
    figures section can list it without comparing anything itself."""

    kind: str  # model.FIGURE_UNITS or the model's duration / date / ratio
    currency: str  # "" unless money
    why: str  # why the model took the figures for one quantity
    figures: Tuple[AgreeingFigure, ...]  # two, in story order
    story: str = ""  # Story.key, set by the engine

    def as_dict(self) -> Dict[str, Any]:
        return {"story": self.story, "kind": self.kind, "currency": self.currency, "why": self.why,
                "figures": [f.as_dict() for f in self.figures]}


@record
class QuoteVersion(Record):
    """One version of a quote in a quote-variant finding."""

    path: str
    outlet: str
    text: str

    def as_dict(self) -> Dict[str, Any]:
        return {"path": self.path, "outlet": self.outlet, "text": self.text}


@record
class VariantPayload(Record):
    """quote-variant: the two versions (this place first) and the words of
    each that differ."""

    speaker: str
    versions: Tuple[QuoteVersion, ...]
    differing: Tuple[Tuple[str, ...], ...]  # per version, in the same order
    similarity: float

    def as_dict(self) -> Dict[str, Any]:
        return {"speaker": self.speaker, "versions": [v.as_dict() for v in self.versions],
                "differing": [list(d) for d in self.differing], "similarity": self.similarity}


SOURCE_STATUSES = ("verbatim", "altered", "not-found", "matches", "differs", "unsupported")
"""What checking one quote, figure or claim against the sources found."""


@record
class SourcePlace(Record):
    """A place in a source document (``factcheck.sources``): its path, the
    1-based line of the file, the character range in the source's text, the
    words there, and ``where`` for people ("line 12", "00:01:02.500",
    "page 3", "row 2023, column encounters")."""

    path: str
    line: int
    start: int
    end: int
    text: str
    where: str

    def as_dict(self) -> Dict[str, Any]:
        return {"file": self.path, "line": self.line, "where": self.where, "start": self.start,
                "end": self.end, "text": self.text}


@record
class SourcePayload(Record):
    """quote-not-in-source, quote-altered, figure-differs-from-source,
    claim-not-in-source: one quote, figure or claim of the draft checked
    against the source documents.

    ``check`` is "quote", "figure" or "claim"; ``status`` one of
    SOURCE_STATUSES; ``draft`` the words as the draft has them; ``places``
    the source places that bear on it, closest first; ``diff`` for an
    altered quote the differing stretches as (draft words, source words);
    ``meaning`` why a difference changes the meaning ("negation", "number",
    "word"), empty for small edits; ``said_by`` the transcript's speaker
    label when the quote's words were found among another speaker's words
    than the one the draft names ("" otherwise)."""

    check: str
    status: str
    draft: str
    speaker: str = ""
    places: Tuple[SourcePlace, ...] = ()
    diff: Tuple[Tuple[str, str], ...] = ()
    meaning: Tuple[str, ...] = ()
    said_by: str = ""
    occasion: str = ""

    def as_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {"check": self.check, "status": self.status, "draft": self.draft}
        if self.speaker:
            out["speaker"] = self.speaker
        if self.said_by:
            out["said_by"] = self.said_by
        if self.occasion:
            out["occasion"] = self.occasion
        out["places"] = [p.as_dict() for p in self.places]
        if self.diff:
            out["diff"] = [{"draft": d, "source": s} for d, s in self.diff]
            out["meaning"] = list(self.meaning)
        return out


Payload = Union[ClaimPayload, AnonymousPayload, ConflictPayload, VariantPayload, VaguePayload, SourcePayload]
