"""Helpers shared by rules."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType
from typing import Dict, Optional, Sequence

from factcheck.model import Analysis, Finding, Location, Payload, SourceCheck


def finding(analysis: Analysis, start: int, end: int, message: str, *, severity: Optional[str] = None,
            related: Sequence[Location] = (), payload: Optional[Payload] = None) -> Finding:
    """A Finding at ``[start, end)`` in ``analysis``' article.

    ``severity`` only when the rule raises it for this finding.  The engine
    (``factcheck.check``) stamps the rule id, the rule's severity and
    suggestion (``stamp``), then fills in line/column, the sentence and the
    paragraph.
    """
    return Finding(
        rule="",
        severity=severity or "",
        path=analysis.article.path,
        start=start,
        end=end,
        message=message,
        related=tuple(related),
        payload=payload,
    )


def stamp(rule: ModuleType, f: Finding) -> Finding:
    """``f`` as a finding of ``rule``: its id, and its default severity and
    suggestion where the finding sets none."""
    return replace(f, **stamped(rule, f))


def stamped(rule: ModuleType, f: Finding) -> Dict[str, str]:
    """The fields ``stamp`` sets (for a caller that replaces others too)."""
    return {"rule": rule.ID, "severity": f.severity or rule.SEVERITY, "suggestion": f.suggestion or rule.SUGGESTION}


def place(analysis: Analysis, start: int, end: int) -> Location:
    """A related Location in ``analysis``' article (checker fills line/text)."""
    return Location(path=analysis.article.path, start=start, end=end)


class ComparisonCounter:
    """Counts the cross-place comparisons story rules make (figure pairs,
    quote pairs), so the scaling benchmark can show they stay near-linear.
    ``factcheck.check`` resets it per run and stores the total in the Report."""

    def __init__(self) -> None:
        self.count = 0

    def add(self, n: int = 1) -> None:
        self.count += n


COMPARISONS = ComparisonCounter()


def source_finding(check: SourceCheck, message: str, *, severity: Optional[str] = None) -> Finding:
    """A Finding for a check against the sources (``factcheck.sources``):
    at the quote, figure or claim in the article, with the source places as
    related locations (the engine fills in the article's line and column;
    a source place carries its own line and words)."""
    related = tuple(Location(path=p.path, start=p.start, end=p.end, line=p.line, column=1, end_line=p.line,
                             end_column=1, text=p.text) for p in check.payload.places)
    return Finding(rule="", severity=severity or "", path=check.path, start=check.start, end=check.end,
                   message=message, related=related, payload=check.payload)


def where(check: SourceCheck) -> str:
    """The first source place of a check for people ("transcript.txt, line
    12"), or "" without one."""
    if not check.payload.places:
        return ""
    p = check.payload.places[0]
    return f"{p.path.replace(chr(92), '/').rsplit('/', 1)[-1]}, {p.where}"
