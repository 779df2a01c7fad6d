"""Helpers shared by rules."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType
from typing import Dict, Optional, Sequence

from factcheck.model import Analysis, Finding, Location, Payload


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
