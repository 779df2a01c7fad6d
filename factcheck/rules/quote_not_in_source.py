"""A direct quote of a speaker in the source transcript whose words are not
found there.

When the draft quotes someone who speaks in a transcript given as a source
(``--sources``, or ``sources:`` in the front matter), the quote is looked
for among that speaker's words.  It is not found when no place in the
transcript holds three quarters of its words in order (with three of them
in a row).  The quote may come
from another interview or event, or be a paraphrase in quotation marks:
either way the editor should know where it comes from before print, so the
finding is a warning, not an error.

When the story itself places the quote at another occasion (its sentence
says "tweeted", "in a statement", "told CNN in an interview", "last year";
``data/quote_occasion_cues.txt``), the finding is info: the editor can see
where it comes from.  When the words are not among the speaker's but are
among another
speaker's in the transcript ("not fit to be president" credited to one
debater, said by the other), the finding is info and names who the
transcript gives them to: the draft, or the reading of who is quoted, may
have the wrong speaker.

Only quotes of at least three words are checked, and only when their
speaker is known and speaks in a transcript (a Q/A transcript's answers
count for any speaker).  Quotes of speakers the transcripts do not have are
never reported.  A quote found with different words is ``quote-altered``.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from factcheck.model import Finding, SourceCheck
from factcheck.settings import Settings

from .base import source_finding, where
from .quote_altered import EXAMPLE_TRANSCRIPT

ID = "quote-not-in-source"
SEVERITY = "warning"
SUMMARY = "A quote of a speaker in the source transcript is not found there."
STANDARD = ("AP Stylebook, 'Quotations in the news': quotations must be accurate; "
            "SPJ Code of Ethics: verify information before releasing it.")
SUGGESTION = ("Find where the speaker said this (another interview, a statement) and say so, "
              "or paraphrase without quotation marks.")
SCOPE = "sources"
EXAMPLES = {
    "trigger": [
        {"article": '"Taxes will go up for everyone in this town," Mayor Ana Ruiz said.',
         "sources": {"transcript.txt": EXAMPLE_TRANSCRIPT}},
        {"article": '"What will happen to the budget?" Mayor Ana Ruiz asked.',
         "sources": {"transcript.txt": EXAMPLE_TRANSCRIPT}},
    ],
    "no_trigger": [
        {"article": '"We did not raise a single tax," Mayor Ana Ruiz said.',
         "sources": {"transcript.txt": EXAMPLE_TRANSCRIPT}},
        {"article": '"Taxes will go up for everyone in this town," council member Joe Bell said.',
         "sources": {"transcript.txt": EXAMPLE_TRANSCRIPT}},
    ],
}


def check_sources(checks: Sequence[SourceCheck], settings: Settings) -> Iterator[Finding]:
    """One finding per checked quote not found in its speaker's words (info
    when another speaker said them)."""
    for c in checks:
        p = c.payload
        if p.check == "quote" and p.status == "not-found" and p.occasion:
            yield source_finding(c, f"Quote not found among {p.speaker or 'the speaker'}'s words in the source "
                                    f"transcripts; the story places it elsewhere ('{p.occasion}')", severity="info")
        elif p.check == "quote" and p.status == "not-found":
            yield source_finding(c, f"Quote not found among {p.speaker or 'the speaker'}'s words in the "
                                    "source transcripts")
        elif p.check == "quote" and p.status == "verbatim" and p.said_by:
            yield source_finding(c, f"Quote not among {p.speaker or 'the speaker'}'s words: the transcript gives "
                                    f"these words to {p.said_by} ({where(c)}); check who said it", severity="info")
