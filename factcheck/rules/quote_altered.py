"""A direct quote whose words differ from what the speaker said in the
transcript given as a source.

A quotation promises the reader the speaker's exact words.  With
``--sources`` (or ``sources:`` in the front matter), each direct quote whose
speaker speaks in a transcript is looked for among that speaker's words
(text transcripts with speaker labels, WebVTT and SRT subtitles).  The quote
is altered when it is found there (three quarters of its words, in order,
in one place, three of them in a row) but with different words.

AP style decides what is allowed: an ellipsis ("...") may leave words out,
square brackets ("[the council]") may stand for the speaker's words, and
everything else must be verbatim.  Case, punctuation, house spelling, and
the sounds and stammers a transcript records ("uh", "I -- I think") are
free.  The finding is an error when the difference changes the meaning: a
content word changed, added or dropped, a negation added or removed, a
number changed.  Small edits (an article or conjunction, a contraction
written out) are a warning.  The finding carries the word diff and the
transcript's line or the subtitle's timestamp.  A quote not found among
its speaker's words is looked for among the other speakers' too; found
there with other words, the finding says whose words they are.  Quotes
under three words are not checked.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from factcheck.model import Finding, SourceCheck
from factcheck.settings import Settings

from .base import source_finding, where

ID = "quote-altered"
SEVERITY = "warning"
SUMMARY = "A quote differs from the speaker's words in the source transcript."
STANDARD = ("AP Stylebook, 'Quotations in the news': never alter quotations, even to correct minor "
            "grammatical errors; use ellipses for omissions and brackets only for clarifying insertions.")
SUGGESTION = "Quote the transcript word for word (mark cuts with an ellipsis), or paraphrase without quotation marks."
SCOPE = "sources"
EXAMPLE_TRANSCRIPT = ("MODERATOR: What will happen to the budget?\n"
               "RUIZ: We are not going anywhere. The work is just beginning, and the budget will be "
               "balanced by June. We did not raise a single tax.\n")
EXAMPLES = {
    # Examples are an article and its sources: the test-suite writes the
    # sources to a folder and runs the article with --sources.
    "trigger": [
        {"article": 'Mayor Ana Ruiz said: "The budget will be balanced by July."',
         "sources": {"transcript.txt": EXAMPLE_TRANSCRIPT}},
        {"article": '"We are going anywhere. The work is just beginning," Mayor Ana Ruiz said.',
         "sources": {"transcript.txt": EXAMPLE_TRANSCRIPT}},
    ],
    "no_trigger": [
        {"article": '"We are not going anywhere ... the budget will be balanced by June," Mayor Ana Ruiz said.',
         "sources": {"transcript.txt": EXAMPLE_TRANSCRIPT}},
        {"article": '"[The city] did not raise a single tax," Ruiz said.',
         "sources": {"transcript.txt": EXAMPLE_TRANSCRIPT}},
    ],
}


def _change(draft: str, source: str) -> str:
    """One difference for people: "'July' for 'June'", "'not' left out",
    "'and' added"."""
    if not draft:
        return f"'{source}' left out"
    if not source:
        return f"'{draft}' added"
    return f"'{draft}' for '{source}'"


def check_sources(checks: Sequence[SourceCheck], settings: Settings) -> Iterator[Finding]:
    """One finding per quote found in the transcript with other words."""
    for c in checks:
        p = c.payload
        if p.check != "quote" or p.status != "altered":
            continue
        changes = "; ".join(_change(d, s) for d, s in p.diff)
        why = f" ({', '.join(p.meaning)} changed)" if p.meaning else " (a small edit)"
        whose = f"the words the transcript gives to {p.said_by}" if p.said_by else \
            f"{p.speaker or 'the speaker'}'s words"
        yield source_finding(c, f"Quote differs from {whose} in {where(c)}{why}: {changes}",
                             severity="error" if p.meaning else None)
