"""A check-worthy factual claim that the story does not attribute to anyone.

Statistics, records and superlatives, trends, causal claims, comparisons and
predictions are the statements readers are most likely to repeat and most
likely to be wrong.  When the sentence (or the sentence before it in the same
paragraph) does not say where the claim comes from, the reader cannot judge
it and the desk cannot verify it.

Not flagged: attributed sentences, direct quotes with a speaker, headlines,
datelines, bylines and boilerplate.
"""

from __future__ import annotations

from typing import Iterator

from factcheck.model import Analysis, Finding
from factcheck.settings import Settings

from .base import finding

ID = "unsourced-claim"
SEVERITY = "warning"
SUMMARY = "A check-worthy claim (statistic, superlative, trend, cause, prediction) carries no source."
STANDARD = "AP Stylebook, 'Sources': attribute facts that are not common knowledge; SPJ Code: 'Identify sources clearly.'"
SUGGESTION = "Name the source of this claim in the sentence (who says so, which data), or verify it and note how."
SCOPE = "article"
EXAMPLES = {
    "trigger": [
        "The number of illegal crossings at the border is at an all-time high.",
        "Unemployment in the county rose 12% last year, the steepest climb in a decade.",
    ],
    "no_trigger": [
        "Unemployment in the county rose 12% last year, according to the state labor department.",
        "The council met on Tuesday evening to discuss the budget.",
    ],
}


def check(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    sents = analysis.sentences
    for claim in analysis.claims:
        if claim.attribution is not None:
            continue
        s = sents[claim.sentence]
        yield finding(
            _SELF, analysis, s.start, s.end,
            f"Unsourced {', '.join(claim.kinds)} claim: no source is named for it.",
        )


import sys as _sys  # noqa: E402

_SELF = _sys.modules[__name__]
