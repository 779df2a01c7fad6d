"""The rules.  One module per rule; each module's docstring is its user
documentation and its constants describe it:

    ID          the rule id, e.g. "anonymous-source"
    SEVERITY    default severity: "error" | "warning" | "info"
    SUMMARY     one line for `factcheck rules`
    STANDARD    the editorial standard it enforces (AP, NYT, SPJ ...)
    SUGGESTION  what the editor should do, shown with each finding
    SCOPE       "article" (check(analysis, settings)),
                "story" (check_story(analyses, settings): all articles of one story),
                "input" (check_inputs(findings, settings): the files the loader
                could not read, see input_error),
                "sources" (check_sources(checks, settings): the article's quotes,
                figures and claims checked against the source documents,
                ``factcheck.model.SourceCheck``, see factcheck.sources) or
                "suppression" (the suppression comments themselves, checked by
                the engine after the other rules, see suppression_comment)
    EXAMPLES    {"trigger": [...], "no_trigger": [...]}: each example is an
                article text, or a list of article texts that form one story
                (for an "input" rule: a file, {"name": ..., "content": ...}; for a
                "sources" rule: {"article": text, "sources": {file name: content}}).
                The test-suite runs every example through the full pipeline.

Rules are pure: they read Analyses and yield Findings made with
``base.finding``, each with the rule's payload (``factcheck.model.payloads``).
The engine, ``factcheck.check``, stamps the rule id, severity and suggestion,
and fills in line/column, the sentence text and severity overrides.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Dict, List

RULE_MODULES = (
    "unsourced_claim",
    "anonymous_source",
    "vague_attribution",
    "conflicting_figure",
    "quote_variant",
    "desk_verdict",
    "quote_not_in_source",
    "quote_altered",
    "figure_differs_from_source",
    "claim_not_in_source",
    "input_error",
    "suppression_comment",
)


def _load() -> Dict[str, ModuleType]:
    rules: Dict[str, ModuleType] = {}
    for name in RULE_MODULES:
        mod = importlib.import_module(f"factcheck.rules.{name}")
        rules[mod.ID] = mod
    return rules


RULES: Dict[str, ModuleType] = _load()


def all_rules() -> List[ModuleType]:
    """The rule modules in id order."""
    return [RULES[k] for k in sorted(RULES)]


def get(rule_id: str) -> ModuleType:
    """The rule module for ``rule_id``; raises KeyError."""
    return RULES[rule_id]


def documentation(rule: ModuleType) -> str:
    """The rule's documentation as plain text (what `factcheck explain` prints)."""
    import textwrap

    doc = textwrap.dedent(rule.__doc__ or "").strip()
    lines = [
        f"{rule.ID} ({rule.SEVERITY})",
        "",
        rule.SUMMARY,
        "",
        doc,
        "",
        "Standard: " + rule.STANDARD,
        "Suggestion: " + rule.SUGGESTION,
    ]
    ex = rule.EXAMPLES
    for key, title in (("trigger", "Triggers on"), ("no_trigger", "Does not trigger on")):
        if ex.get(key):
            lines += ["", title + ":"]
            for e in ex[key]:
                parts = e if isinstance(e, (list, tuple)) else [e]
                for i, p in enumerate(parts):
                    bullet = "  - " if i == 0 else "    + "
                    lines.append(bullet + _example(p))
    return "\n".join(lines) + "\n"


def _example(example: object) -> str:
    """One example on one line: an article text, or a file as its name and
    its content with the line breaks shown."""
    if isinstance(example, dict) and "article" in example:
        files = "; ".join(f"a source {name} containing: " + str(text).strip().replace("\n", " \u23ce ")
                          for name, text in sorted(example["sources"].items()))
        return " ".join(str(example["article"]).split()) + f" (checked against {files})"
    if isinstance(example, dict):
        return f"a file {example['name']} containing: " + str(example["content"]).strip().replace("\n", " \u23ce ")
    return " ".join(str(example).split())
