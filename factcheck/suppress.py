"""Inline suppression comments in drafts (Markdown, HTML, plain text):

    <!-- factcheck: ignore anonymous-source -- cleared by the standards desk -->
        the next paragraph: findings of the named rules (all rules when none
        is named) are not reported; a comment at the end of a line of text
        (``Crime fell 22%. <!-- factcheck: ignore -->``) governs its own
        paragraph instead
    <!-- factcheck: off -->  ...  <!-- factcheck: on -->
        nothing between the two (or to the end of the file) is reported;
        ``off`` may name rules too

The optional reason after ``--`` is kept: suppressed findings are listed in
the report with it.  ``apply(findings, analyses)`` returns the findings to
report and the (finding, reason) pairs that were suppressed.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from factcheck.model.record import Record, record
from factcheck.model import Analysis, Finding, Span

DIRECTIVE = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.S | re.I)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@record
class Region(Record):
    """Where findings of ``rules`` (empty = every rule) are suppressed."""

    start: int
    end: int
    rules: FrozenSet[str]
    reason: str
    directive_start: int = 0  # where the comment that declares it stands
    directive_end: int = 0

    def covers(self, f: Finding) -> bool:
        return self.start <= f.start < self.end and (not self.rules or f.rule in self.rules)


def _parse(body: str) -> Optional[Tuple[str, FrozenSet[str], str]]:
    words, _, reason = body.partition("--")
    parts = [p for p in re.split(r"[\s,]+", words.strip()) if p]
    if not parts or parts[0].lower() not in ("ignore", "off", "on"):
        return None
    return parts[0].lower(), frozenset(parts[1:]), " ".join(reason.split())


def _paragraph_end(text: str, pos: int, paragraphs: Sequence[Span]) -> int:
    """End of the paragraph that starts at the first non-blank character
    at or after ``pos``."""
    m = re.compile(r"\S").search(text, pos)
    if not m:
        return len(text)
    first = m.start()
    # a directive directly followed by another directive governs past it
    for para in paragraphs:
        if para.start <= first < para.end or para.start >= first:
            return max(para.end, first + 1)
    b = _BLANK_LINE.search(text, first)
    return b.start() if b else len(text)


def _own_paragraph(text: str, pos: int, paragraphs: Sequence[Span]) -> Optional[Tuple[int, int]]:
    """The paragraph a directive at ``pos`` trails, or None when the
    directive stands on a line of its own."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not text[line_start:pos].strip():
        return None
    for para in paragraphs:
        if para.start <= pos <= para.end:
            return para.start, para.end
    before = [b.end() for b in _BLANK_LINE.finditer(text, 0, pos)]
    after = _BLANK_LINE.search(text, pos)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def regions(text: str, paragraphs: Sequence[Span] = ()) -> List[Region]:
    """The suppression regions that the directives in ``text`` declare."""
    out: List[Region] = []
    open_off: Dict[FrozenSet[str], Tuple[int, str]] = {}
    for m in DIRECTIVE.finditer(text):
        parsed = _parse(m.group("body"))
        if parsed is None:
            continue
        verb, rules, reason = parsed
        if verb == "ignore":
            own = _own_paragraph(text, m.start(), paragraphs)
            start, end = own if own else (m.end(), _paragraph_end(text, m.end(), paragraphs))
            out.append(Region(start, end, rules, reason, m.start(), m.end()))
        elif verb == "off":
            open_off.setdefault(rules, (m.end(), reason, m.start()))
        else:
            keys = [rules] if rules in open_off else ([] if rules else list(open_off))
            for key in keys:
                start, why, at = open_off.pop(key)
                out.append(Region(start, m.start(), key, why, at, start))
    for key, (start, why, at) in open_off.items():
        out.append(Region(start, len(text), key, why, at, start))
    return out


def directive_spans(text: str) -> Tuple[Span, ...]:
    """Spans of the suppression comments themselves (never prose)."""
    return tuple(Span(m.start(), m.end()) for m in DIRECTIVE.finditer(text))


def apply(findings: Iterable[Finding], analyses: Sequence[Analysis]
          ) -> Tuple[List[Finding], List[Tuple[Finding, str]]]:
    """Split ``findings`` into (reported, suppressed-with-reason)."""
    by_path: Dict[str, List[Region]] = {}
    for a in analyses:
        if "factcheck" in a.article.content:
            found = regions(a.article.content, a.paragraphs)
            if found:
                by_path[a.article.path] = found
    kept: List[Finding] = []
    dropped: List[Tuple[Finding, str]] = []
    for f in findings:
        hit = next((r for r in by_path.get(f.path, ()) if r.covers(f)), None)
        if hit is None:
            kept.append(f)
        else:
            dropped.append((f, hit.reason))
    return kept, dropped


def in_quote(f: Finding, analysis: Optional[Analysis]) -> bool:
    """True when the flagged words of ``f`` lie inside a direct quote."""
    if analysis is None:
        return False
    return any(q.text_start <= f.start and max(f.start, f.end) <= q.text_end for q in analysis.quotes)
