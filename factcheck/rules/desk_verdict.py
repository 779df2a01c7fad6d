"""A claim the desk has already rated false or misleading.

A claims file (docs/claims-schema.md) lets the standards desk record a
verdict on each claim of a draft: ``verified``, ``false``, ``misleading`` or
``unverifiable``.  A claim rated ``false`` must not run as written: it is an
error, the first thing an editor settles before print, and it leads the
handout with the desk's note.  A ``misleading`` claim needs rewording or
context: a warning.  ``verified`` and ``unverifiable`` are not findings (an
unverifiable claim is the unsourced-claim rule's business when it carries
no source).  The finding marks the claim's sentence and quotes the desk's
note, reviewer and date, so the reporter sees why without opening the file.
Verdicts come only from claims files; factcheck never rates a claim itself.
"""

from __future__ import annotations

from typing import Iterator

from factcheck.model import Analysis, Finding
from factcheck.settings import Settings

from .base import finding

ID = "desk-verdict"
SEVERITY = "error"
SUMMARY = "The standards desk rated a claim false or misleading in the claims file."
STANDARD = ("SPJ Code of Ethics, 'Seek truth and report it': take responsibility for the accuracy of work; "
            "verify information before releasing it (AP Stylebook, 'Corrections': a known error is not published).")
SUGGESTION = "Correct or cut the claim as the desk's note says, or take it up with the desk before print."
SCOPE = "article"

_SEVERITY = {"false": "error", "misleading": "warning"}

_CLAIMS = ("schema: factcheck-claims/1\narticles:\n  - title: Rates rise again\n    claims:\n"
           "      - text: Water rates have risen 40% since 2020, according to the utility.\n"
           "        source: the utility\n        verdict:\n          rating: {rating}\n"
           "          note: The utility's tariff sheets show 24%.\n")
EXAMPLES = {
    "trigger": [
        {"name": "draft-claims.yaml", "content": _CLAIMS.format(rating="false")},
        {"name": "draft-claims.yaml", "content": _CLAIMS.format(rating="misleading")},
    ],
    "no_trigger": [
        {"name": "draft-claims.yaml", "content": _CLAIMS.format(rating="verified")},
        {"name": "draft-claims.yaml", "content": _CLAIMS.format(rating="unverifiable")},
        "Water rates have risen 40% since 2020, according to the utility.",
    ],
}


def check(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    for claim in analysis.claims:
        v = claim.verdict
        severity = _SEVERITY.get(v.rating) if v is not None else None
        if severity is None or not 0 <= claim.sentence < len(analysis.sentences):
            continue
        s = analysis.sentences[claim.sentence]
        by = ", ".join(x for x in (v.reviewer, v.date) if x)
        note = f": {v.note.strip()}" if v.note else ""
        yield finding(analysis, s.start, s.end,
                      f"The desk rated this claim {v.rating}{note}" + (f" ({by})" if by else ""),
                      severity=severity)
