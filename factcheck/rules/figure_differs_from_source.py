"""A figure in the draft that the source documents contradict.

With ``--sources``, each figure of the draft is compared with the figures
the source documents (press releases, reports, CSV tables) give for the
same quantity, with the same judgement as ``conflicting-figure``: the same
counted noun, unit, frame, periods and names make one quantity, and the
interval each wording implies decides whether two values can both be true.
"more than 2 million encounters" is supported by a release's "2.38 million
encounters"; "1.8 million encounters" is contradicted by it.

Sums and shares whose counted noun is not named ("invested $68 million in
new cranes") are compared with source figures of the same unit, currency
and verb whose sentence holds most of the draft sentence's words.
Transcripts are not used for figures: a speaker's number is theirs to get
wrong, and the quote checks cover what they said.

The finding is raised when the sources give the quantity and no source
figure for it agrees with the draft; it names the source sentence or the
table cell (row and column) with its line.  Figures the sources do not give
are not reported (the handout lists them as not found).
"""

from __future__ import annotations

from typing import Iterator, Sequence

from factcheck.model import Finding, SourceCheck
from factcheck.settings import Settings

from .base import source_finding, where

ID = "figure-differs-from-source"
SEVERITY = "error"
SUMMARY = "A figure differs from what the source documents give for the same quantity."
STANDARD = "AP: check every figure against its source; SPJ Code of Ethics: verify information before releasing it."
SUGGESTION = "Correct the figure from the source document (or say why the story's figure differs)."
SCOPE = "sources"
EXAMPLE_RELEASE = ("Border agency reports record year\n\n"
            "Agents recorded 2.38 million encounters at the southern border last year, the agency said.\n")
EXAMPLES = {
    "trigger": [
        {"article": "Agents recorded 1.8 million encounters at the southern border last year.",
         "sources": {"release.txt": EXAMPLE_RELEASE}},
    ],
    "no_trigger": [
        {"article": "Agents recorded more than 2 million encounters at the southern border last year.",
         "sources": {"release.txt": EXAMPLE_RELEASE}},
        {"article": "The agency hired 300 new officers last year.",
         "sources": {"release.txt": EXAMPLE_RELEASE}},
    ],
}


def check_sources(checks: Sequence[SourceCheck], settings: Settings) -> Iterator[Finding]:
    """One finding per draft figure every source figure of its quantity contradicts."""
    for c in checks:
        p = c.payload
        if p.check == "figure" and p.status == "differs":
            said = p.places[0].text if p.places else ""
            yield source_finding(c, f"'{p.draft}' differs from the source ({where(c)}): \"{said}\"")
