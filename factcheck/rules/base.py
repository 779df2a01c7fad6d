"""Helpers shared by rules."""

from __future__ import annotations

from types import ModuleType
from typing import Any, Mapping, Optional, Sequence

from factcheck.model import Analysis, Finding, Location


def finding(rule: ModuleType, analysis: Analysis, start: int, end: int, message: str,
            *, suggestion: Optional[str] = None, severity: Optional[str] = None,
            related: Sequence[Location] = (), data: Optional[Mapping[str, Any]] = None) -> Finding:
    """A Finding of ``rule`` at ``[start, end)`` in ``analysis``' article.

    The checker fills in line/column, the sentence and the paragraph.
    """
    return Finding(
        rule=rule.ID,
        severity=severity or rule.SEVERITY,
        path=analysis.article.path,
        start=start,
        end=end,
        message=message,
        suggestion=rule.SUGGESTION if suggestion is None else suggestion,
        related=tuple(related),
        data=dict(data or {}),
    )


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
