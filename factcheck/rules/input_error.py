"""A file that could not be read or parsed.

factcheck reports the problem as a finding rather than stopping, so that one
corrupt export in a folder does not hide the findings for every other
article.  The message names the file and what is wrong with it: a binary
file, an empty file (an export that wrote no text), broken YAML front matter, a claims file that breaks the schema (with
the field), an unreadable Word file, or an article extraction could not
analyse.

Unlike the other rules it reads no article: each file the loader could not
read gives one finding, at line 1 of the file (or where the problem is),
with no sentence.  Like any rule it can be switched off or given another
severity in the configuration; a file it reports has not been checked by
the other rules.
"""

# How it runs: the loader (factcheck.check.load_all, factcheck.parallel)
# turns each InputError into a finding with ``finding_for``; the engine hands
# them to ``check_inputs`` (SCOPE "input") and stamps them like any rule's.

from __future__ import annotations

from typing import Iterator, Sequence

from factcheck.errors import InputError
from factcheck.model import Finding
from factcheck.settings import Settings

ID = "input-error"
SEVERITY = "error"
SUMMARY = "A file could not be read or parsed; it was not checked."
STANDARD = "SPJ Code of Ethics, 'Seek Truth and Report It': every article in the package must actually be reviewed."
SUGGESTION = "Fix or re-export the file and run the check again; until then this article has not been reviewed."
SCOPE = "input"
EXAMPLES = {
    # Examples are files rather than texts: the test-suite writes each to disk
    # with its name and checks that the folder run reports an input-error for
    # the bad one and still checks the good one.
    "trigger": [
        {"name": "broken.md", "content": "---\ntitle: [unclosed\n---\nBody text.\n"},
        {"name": "claims.json", "content": "{\"version\": 1, \"articles\": 3}"},
        {"name": "empty.md", "content": "\n\n"},
    ],
    "no_trigger": [
        {"name": "fine.md", "content": "---\ntitle: Fine\n---\nThe council met on Tuesday.\n"},
    ],
}


def finding_for(exc: InputError) -> Finding:
    """The finding for a file the loader could not read (the engine stamps
    the rule id and severity)."""
    return Finding(
        rule="",
        severity="",
        path=exc.path,
        start=exc.offset,
        end=exc.offset,
        message=f"{exc.path}: {exc.message}",
        line=1,
        column=1,
        end_line=1,
        end_column=1,
    )


def check_inputs(findings: Sequence[Finding], settings: Settings) -> Iterator[Finding]:
    """The rule's check: every file the loader could not read is reported."""
    yield from findings
