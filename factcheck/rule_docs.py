"""Each rule's documentation page (docs/rules/<id>.md) and its address,
and what the renderers say about a rule (``RuleDoc``): they read a rule's
words here and never import the rules themselves.

The pages are written from the rules' own docstrings and constants, the same
source as `factcheck explain`; a test fails when a page is out of date.
Regenerate them with:

    python -m factcheck.rule_docs docs/rules
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from types import ModuleType
from typing import List, NamedTuple, Optional

DOCS_BASE = "https://github.com/factcheck/factcheck/blob/main/docs/rules/"


class RuleDoc(NamedTuple):
    """A rule's words: its id, default severity, one-line summary, the
    standard it enforces, what to do, its docstring and its full text
    (what ``factcheck explain`` prints)."""

    id: str
    severity: str
    summary: str
    standard: str
    suggestion: str
    doc: str
    text: str


@lru_cache(maxsize=None)
def rule_doc(rule_id: str) -> Optional[RuleDoc]:
    """The words of the rule ``rule_id``; None for an id no rule has."""
    from factcheck.rules import RULES

    rule = RULES.get(rule_id)
    return _doc(rule) if rule is not None else None


def all_docs() -> List[RuleDoc]:
    """Every rule's words, by id."""
    from factcheck.rules import all_rules

    return [_doc(rule) for rule in all_rules()]


def _doc(rule: ModuleType) -> RuleDoc:
    from factcheck.rules import documentation

    return RuleDoc(id=rule.ID, severity=rule.SEVERITY, summary=getattr(rule, "SUMMARY", ""),
                   standard=getattr(rule, "STANDARD", ""), suggestion=getattr(rule, "SUGGESTION", ""),
                   doc=rule.__doc__ or "", text=documentation(rule))


def url(rule_id: str) -> str:
    """The address of a rule's documentation page."""
    return f"{DOCS_BASE}{rule_id}.md"


def page(rule: ModuleType) -> str:
    """The Markdown page for ``rule``."""
    from factcheck.rules import documentation

    body = documentation(rule)
    return (f"# {rule.ID}\n\n"
            f"Default severity: {rule.SEVERITY}.  `factcheck explain {rule.ID}` prints this page.\n\n"
            "```text\n" + body + "```\n")


def write_all(folder: str) -> List[str]:
    """Write every rule's page into ``folder``; returns the paths written."""
    from factcheck.rules import all_rules

    os.makedirs(folder, exist_ok=True)
    written = []
    for rule in all_rules():
        path = os.path.join(folder, f"{rule.ID}.md")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(page(rule))
        written.append(path)
    return written


def main(argv: Optional[List[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for path in write_all(args[0] if args else os.path.join("docs", "rules")):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
