"""The data that flows through factcheck: frozen dataclasses (``@record``,
``model.record``) and nothing else.

load -> Article; extract -> Analysis; rules -> Finding; check -> Report.

This package imports nothing from the rest of factcheck, so every other layer
can depend on it.  All offsets are Python string indices into
``Article.content`` (the decoded file, front matter included), so
``article.content[span.start:span.end]`` is exactly the span.  Lines and
columns are 1-based.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Mapping, Optional, Tuple

from .record import Record, record

# The rules' payloads, re-exported: ``from factcheck.model import ConflictPayload``.
from .payloads import (
    AgreeingFigure, Agreement, AnonymousPayload, ClaimPayload, ConflictPayload, FigureVersion, Payload,
    QuoteVersion, SourcePayload, SourcePlace, VaguePayload, VariantPayload,
)

__all__ = [
    "SEVERITIES", "SEVERITY_RANK", "SENTENCE_KINDS", "SOURCE_CLASSES", "FIGURE_UNITS", "FIGURE_BOUNDS", "CLAIM_KINDS",
    "Span", "Article", "Sentence", "Quote", "Attribution", "Figure", "Verdict", "Claim", "Analysis", "Location",
    "Finding", "Story", "FigureTable", "SourceCheck", "Report",
    "AgreeingFigure", "Agreement", "AnonymousPayload", "ClaimPayload", "ConflictPayload", "FigureVersion",
    "Payload", "QuoteVersion",
    "SourcePayload", "SourcePlace", "VaguePayload", "VariantPayload",
]

SEVERITIES = ("error", "warning", "info")
"""Severities from most to least serious."""

SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1, "never": 99}


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` in ``Article.content``."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@record
class Article(Record):
    """One loaded input document.

    ``content`` is the decoded text of the file (for HTML and DOCX: the text
    the loader extracted).  ``body_start`` is where the article body begins
    (after YAML front matter, or 0).  ``path`` is the path as the user named it
    on the command line, joined with the path inside a folder.
    """

    path: str
    content: str
    format: str = "txt"  # txt | md | html | docx | claims
    body_start: int = 0
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    date: Optional[str] = None  # ISO 8601 (YYYY-MM-DD) when known
    url: Optional[str] = None
    story: Optional[str] = None  # explicit story key from front matter
    meta: Mapping[str, Any] = field(default_factory=dict)  # other front-matter keys
    # Spans (in content) that the loader knows are not prose: HTML comments,
    # suppression directives and the like.  Extraction skips them.
    hidden: Tuple[Span, ...] = ()

    @property
    def body(self) -> str:
        return self.content[self.body_start:]

    @property
    def label(self) -> str:
        """A short name for people: the outlet, else the file name."""
        return self.outlet or self.path.replace("\\", "/").rsplit("/", 1)[-1]


# ---------------------------------------------------------------------------
# Extraction results


SENTENCE_KINDS = ("body", "headline", "heading", "dateline", "byline", "meta")


@record
class Sentence(Record):
    """A sentence of the article.

    ``kind`` is ``body`` for ordinary prose; headlines, section headings,
    datelines, bylines and boilerplate ("Contact the reporter at ...") get
    their own kinds and are never treated as claims.
    """

    start: int
    end: int
    index: int
    paragraph: int  # 0-based paragraph number
    kind: str = "body"

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@record
class Quote(Record):
    """A direct quotation.

    ``start``/``end`` include the quotation marks; ``text_start``/``text_end``
    are the words inside them.  ``speaker`` is the name the quote is
    attributed to (after resolving "he said" to the last named speaker), or
    None when the article does not say.  ``speaker_start``/``speaker_end``
    locate the speaker mention the quote is attached to (which may be a
    pronoun: ``speaker`` then holds the resolved name).
    """

    start: int
    end: int
    text_start: int
    text_end: int
    sentence: int  # index of the first sentence the quote touches
    speaker: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    cue: Optional[str] = None
    speaker_class: str = "none"  # same classes as Attribution.source_class
    # The reported words the quote belongs to: for a partial quote inside
    # indirect speech (said the vote followed "a long conversation" about ...)
    # the whole reported clause; None when it is just the quote.
    content_start: Optional[int] = None
    content_end: Optional[int] = None


SOURCE_CLASSES = ("person", "organisation", "document", "anonymous", "none")


@record
class Attribution(Record):
    """Who a piece of information is attributed to.

    ``cue`` is the attributing words ("said", "according to"); ``source`` is
    the text naming the source ("unnamed administration officials").
    ``source_class`` is one of SOURCE_CLASSES: a named person; a named
    organisation, outlet or agency; a named document or dataset; an anonymous
    (unnamed) source; or ``none`` for agentless attribution ("it is said").
    ``secondary`` is True when the source is another outlet or wire service
    ("according to the Associated Press").
    """

    sentence: int
    cue: str
    cue_start: int
    cue_end: int
    source: str
    source_start: int
    source_end: int
    source_class: str
    content_start: Optional[int] = None
    content_end: Optional[int] = None
    secondary: bool = False
    quote: Optional[int] = None  # index into Analysis.quotes when it introduces a quote


FIGURE_UNITS = ("count", "money", "percent", "date", "duration", "tally", "ordinal")
FIGURE_BOUNDS = (
    "exact", "about", "more_than", "at_least", "less_than", "at_most",
    "nearly", "just_over", "up_to", "surpassed", "between",
)


@record
class Figure(Record):
    """A number with what it counts.

    ``value`` is the stated number (5.2 million -> 5200000.0); for dates it is
    an ordinal day number and ``text`` keeps the wording.  ``low``/``high``
    are the interval the wording implies (None for an open end), so that two
    figures about the same quantity can be compared.  ``counts`` is the
    normalised noun the figure counts ("employee", "encounter") or None.
    ``currency`` is an ISO code for money.  For a tally such as 5-4,
    ``value``/``second`` hold the two sides.
    """

    start: int
    end: int
    sentence: int
    text: str
    value: float
    unit: str
    bound: str = "exact"
    low: Optional[float] = None
    high: Optional[float] = None
    counts: Optional[str] = None
    currency: Optional[str] = None
    second: Optional[float] = None
    qualifier: Optional[str] = None  # "first time", "fiscal year 2022" etc, free text


CLAIM_KINDS = ("statistic", "superlative", "trend", "causal", "comparison", "prediction", "record")


@record
class Verdict(Record):
    """An editor's verdict on a claim (from a claims file)."""

    rating: str  # verified | false | misleading | unverifiable
    note: Optional[str] = None
    url: Optional[str] = None
    reviewer: Optional[str] = None
    date: Optional[str] = None


@record
class Claim(Record):
    """A check-worthy sentence and what makes it check-worthy.

    ``attribution`` indexes ``Analysis.attributions`` (the attribution that
    covers the claim, in the sentence or carried from the previous sentence of
    the paragraph), or None when nothing covers it.  ``triggers`` are the
    spans of the words that made it check-worthy.
    """

    sentence: int
    kinds: Tuple[str, ...]
    triggers: Tuple[Span, ...] = ()
    attribution: Optional[int] = None
    verdict: Optional[Verdict] = None


@record
class Analysis(Record):
    """Everything extraction found in one article."""

    article: Article
    paragraphs: Tuple[Span, ...] = ()
    sentences: Tuple[Sentence, ...] = ()
    quotes: Tuple[Quote, ...] = ()
    attributions: Tuple[Attribution, ...] = ()
    figures: Tuple[Figure, ...] = ()
    claims: Tuple[Claim, ...] = ()
    # Spans where the article explains why a source was granted anonymity.
    anonymity_reasons: Tuple[Span, ...] = ()
    # People and organisations named in the article (normalised), for story
    # grouping and speaker resolution.
    entities: Tuple[str, ...] = ()

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.article.content[s.start:s.end]

    def lead(self) -> Optional[Sentence]:
        """The article's first body sentence (its lead), or None."""
        return next((s for s in self.sentences if s.kind == "body"), None)

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        """The sentence containing ``offset``, or None."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


# ---------------------------------------------------------------------------
# Findings and the report


@record
class Location(Record):
    """A place in an article, with 1-based line/column computed by the checker."""

    path: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    text: str = ""  # the sentence (or quote) at this place


@record
class Finding(Record):
    """One problem a rule found.

    ``start``/``end`` locate the flagged words; ``sentence_start`` and
    ``sentence_end`` the whole sentence, whose text is ``text``.  ``related``
    are the other places a cross-reference finding (a conflict, a quote
    variant) points to.  ``payload`` is what the rule tells the renderers
    (``factcheck.model.payloads``: the two quote versions, the intervals,
    ...), None when it has nothing to add.

    A rule leaves ``rule`` and ``severity`` empty (``severity`` is set only
    when the rule raises it for this finding); the engine
    (``factcheck.check``) stamps them from the rule module.
    """

    rule: str
    severity: str
    path: str
    start: int
    end: int
    message: str
    suggestion: str = ""
    text: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    paragraph: int = 0  # 1-based paragraph number; 0 when not applicable
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    related: Tuple[Location, ...] = ()
    payload: Optional[Payload] = None

    @property
    def data(self) -> Dict[str, Any]:
        """The payload as plain JSON-ready data ({} without one)."""
        return self.payload.as_dict() if self.payload is not None else {}

    @property
    def sort_key(self):
        return (self.path, self.start, self.end, self.rule, self.message)


@record
class Story(Record):
    """A group of articles about one story; figures and quotes are only
    compared within a story."""

    key: str
    label: str
    paths: Tuple[str, ...]


@record
class FigureTable(Record):
    """Figures of two articles or more of one story that count the same
    noun in the same unit, and whether they can all hold at once: a table
    of the handout's figures section (``factcheck.figure_tables``).  Not a
    finding: conflicts are the conflicting-figure rule's."""

    story: str  # Story.key
    counts: str  # the counted noun ("employee")
    unit: str  # model.FIGURE_UNITS
    figures: Tuple[Tuple[str, int], ...]  # (article path, index in Analysis.figures), in story order
    agree: bool  # every interval overlaps every other (tallies: all equal)


@record
class SourceCheck(Record):
    """One quote, figure or claim of an article checked against the source
    documents (``--sources``): where it is in the article and what the check
    found.  The rules quote-not-in-source, quote-altered,
    figure-differs-from-source and claim-not-in-source report the ones that
    fail; the handout lists them all."""

    path: str
    start: int
    end: int
    payload: SourcePayload


@record
class Report(Record):
    """The result of a run: what was read, what was found, how it was grouped."""

    analyses: Tuple[Analysis, ...]
    findings: Tuple[Finding, ...]
    stories: Tuple[Story, ...] = ()
    inputs: Tuple[str, ...] = ()  # the paths as given on the command line
    skipped: Tuple[str, ...] = ()  # files skipped for their extension
    suppressed: Tuple[Tuple[Finding, str], ...] = ()  # (finding, reason)
    baseline_skipped: int = 0
    generated: str = ""  # ISO date the report was generated (deterministic)
    comparisons: int = 0  # cross-article figure/quote comparisons made
    # The source documents read (``--sources``) and every check made against
    # them; both empty when no sources were given.
    source_files: Tuple[str, ...] = ()
    source_checks: Tuple[SourceCheck, ...] = ()
    # Figures in other words that the conflicting-figure rule's quantity
    # model takes for one quantity and that agree, per story (the handout
    # lists them; not in the JSON output).
    agreements: Tuple[Agreement, ...] = ()
    # Per story, the figures several articles give for one counted noun and
    # whether they agree (``factcheck.figure_tables``; not in the JSON).
    figure_tables: Tuple[FigureTable, ...] = ()

    @property
    def articles(self) -> Tuple[Article, ...]:
        return tuple(a.article for a in self.analyses)

    def counts(self) -> dict:
        """Counts of findings by rule and by severity."""
        by_rule: dict = {}
        by_sev = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
            by_sev[f.severity] = by_sev.get(f.severity, 0) + 1
        return {"by_rule": dict(sorted(by_rule.items())), "by_severity": by_sev, "total": len(self.findings)}
