"""A claim the draft credits to a named document among the sources, which
that document does not appear to support.

When the draft says "the report found", "according to the release" or
"the audit shows", and that document is among the sources (named by its
title or file name, or the only document given), the claim is looked for in
it: a source sentence holding most of the claim's content words supports
it, and so do figures that match the document's.  When none does, the
finding lists the closest source sentences so the editor can judge: a
paraphrase may be fair, or the document may say something else.  It is
info, not a warning: wording is compared, not meaning.  Claims whose
figures the document contradicts are ``figure-differs-from-source``.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from factcheck.model import Finding, SourceCheck
from factcheck.settings import Settings

from .base import source_finding
from .figure_differs_from_source import EXAMPLE_RELEASE

ID = "claim-not-in-source"
SEVERITY = "info"
SUMMARY = "A claim credited to a document among the sources has no supporting sentence there."
STANDARD = "SPJ Code of Ethics: verify information before releasing it; attribute to the document what it says."
SUGGESTION = "Compare the claim with the closest sentences of the document and correct or re-attribute it."
SCOPE = "sources"
EXAMPLES = {
    "trigger": [
        {"article": "According to the release, the agency plans to close three border stations next spring.",
         "sources": {"release.txt": EXAMPLE_RELEASE}},
    ],
    "no_trigger": [
        {"article": "Agents recorded 2.38 million encounters at the southern border last year, according to "
                    "the release.",
         "sources": {"release.txt": EXAMPLE_RELEASE}},
    ],
}


def check_sources(checks: Sequence[SourceCheck], settings: Settings) -> Iterator[Finding]:
    """One finding per claim its named document does not support."""
    for c in checks:
        p = c.payload
        if p.check == "claim" and p.status == "unsupported":
            closest = " | ".join(f'"{pl.text}" ({pl.where})' for pl in p.places) or "none"
            yield source_finding(c, f"No sentence of the named source document supports this claim; "
                                    f"closest: {closest}")
