"""A suppression comment that names no rule factcheck knows, or silences
nothing.

An inline comment such as ``<!-- factcheck: ignore unsourced-claim -- cleared
by the desk -->`` is a record that an editor looked at a finding and let it
through.  A misspelt rule id (``unsourced-claims``) silences nothing while
looking as if it does, so a real finding goes unreviewed; a comment left
behind after the sentence was rewritten silences nothing today but will hide
the next finding in that paragraph.  Like ruff's unused-noqa, factcheck
reports both: the misspelt id as a warning (the comment does not do what its
writer meant), the unused comment as info (worth tidying, not a reason to
fail a build).  A comment naming rules that this run does not check (turned
off, or left out by --select) is not reported as unused.
"""

from __future__ import annotations

import difflib
from typing import Dict, Iterator, List, Sequence

from factcheck.model import Analysis, Finding
from factcheck.settings import Settings

ID = "suppression-comment"
SEVERITY = "warning"
SUMMARY = "A suppression comment names an unknown rule, or silences nothing."
STANDARD = ("Newsroom corrections practice: a waiver must say what it waives (AP Stylebook, 'Corrections'); "
            "ruff's unused-noqa (RUF100) for the same reason in code.")
SUGGESTION = "Fix the rule id, or delete the comment if the finding it was written for is gone."
SCOPE = "suppression"
EXAMPLES = {
    "trigger": [
        "<!-- factcheck: ignore unsourced-claims -- cleared -->\nUnemployment in the county has doubled since 2019.",
        "<!-- factcheck: ignore anonymous-source -- cleared -->\nThe council met on Tuesday evening.",
    ],
    "no_trigger": [
        "<!-- factcheck: ignore unsourced-claim -- cleared by the desk -->\n"
        "Unemployment in the county has doubled since 2019.",
        "The council met on Tuesday evening.",
    ],
}


def check_comments(findings: Sequence[Finding], analyses: Sequence[Analysis], settings: Settings,
                   known: Sequence[str]) -> Iterator[Finding]:
    """Findings about the suppression comments of ``analyses``, given every
    finding before suppression (``findings``) and the known rule ids."""
    from factcheck import suppress

    by_path: Dict[str, List[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    for a in analyses:
        text = a.article.content
        if "factcheck" not in text:
            continue
        for region in suppress.regions(text, a.paragraphs):
            yield from _check_region(a.article.path, region, by_path.get(a.article.path, ()), settings, known)


def _check_region(path: str, region, findings: Sequence[Finding], settings: Settings,
                  known: Sequence[str]) -> Iterator[Finding]:
    unknown = sorted(r for r in region.rules if r not in known)
    for rule_id in unknown:
        close = difflib.get_close_matches(rule_id, known, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f" (known: {', '.join(known)})"
        yield _finding(path, region, "warning", f"Suppression comment names unknown rule '{rule_id}'{hint}",
                       settings)
    if unknown:
        return
    if any(not settings.rule_enabled(r) for r in region.rules):
        return  # that rule is not checked in this run: usage cannot be told
    if not any(region.covers(f) for f in findings):
        named = ", ".join(sorted(region.rules)) or "any rule"
        yield _finding(path, region, "info", f"Suppression comment for {named} silences nothing here", settings)


def _finding(path: str, region, severity: str, message: str, settings: Settings) -> Finding:
    return Finding(rule=ID, severity=settings.severity.get(ID, severity), path=path,
                   start=region.directive_start, end=region.directive_end, message=message,
                   suggestion=SUGGESTION)
