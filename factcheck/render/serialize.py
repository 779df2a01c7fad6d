"""Report -> plain data (the JSON format, version 1).  Shared by the JSON,
SARIF and GitLab renderers and the baseline."""

from __future__ import annotations

from typing import Any, Dict, List

from factcheck.model import SEVERITIES, Finding, Report

VERSION = 1


def word_count(text: str) -> int:
    return len(text.split())


def finding_dict(f: Finding) -> Dict[str, Any]:
    return {
        "rule": f.rule,
        "severity": f.severity,
        "file": f.path,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "start": f.start,
        "end": f.end,
        "paragraph": f.paragraph,
        "text": f.text,
        "message": f.message,
        "suggestion": f.suggestion,
        "related": [
            {"file": r.path, "line": r.line, "start": r.start, "end": r.end, "text": r.text}
            for r in f.related
        ],
    }


def report_dict(report: Report) -> Dict[str, Any]:
    articles: List[Dict[str, Any]] = []
    for a in report.analyses:
        art = a.article
        articles.append({
            "file": art.path,
            "title": art.title,
            "outlet": art.outlet,
            "author": art.author,
            "date": art.date,
            "words": word_count(art.body),
        })
    counts = report.counts()
    out: Dict[str, Any] = {
        "version": VERSION,
        "articles": articles,
        "stories": [
            {"key": s.key, "label": s.label, "files": list(s.paths)} for s in report.stories
        ],
        "findings": [finding_dict(f) for f in report.findings],
        "suppressed": [
            {"rule": f.rule, "file": f.path, "line": f.line, "text": f.text, "reason": reason or None}
            for f, reason in report.suppressed
        ],
        "summary": {
            "articles": len(articles),
            "findings": counts["total"],
            "by_severity": {s: counts["by_severity"].get(s, 0) for s in SEVERITIES},
            "by_rule": counts["by_rule"],
            "skipped_files": list(report.skipped),
            "suppressed": len(report.suppressed),
            "baseline_skipped": report.baseline_skipped,
            "comparisons": report.comparisons,
        },
    }
    if report.source_files:  # only with --sources: other outputs stay as they were
        out["sources"] = sources_dict(report)
    return out


def sources_dict(report: Report) -> Dict[str, Any]:
    """The ``sources`` block: the source files read and every quote, figure
    and claim checked against them, with what each check found."""
    checks = []
    for c in report.source_checks:
        entry: Dict[str, Any] = {"file": c.path, "start": c.start, "end": c.end}
        entry.update(c.payload.as_dict())
        checks.append(entry)
    tally: Dict[str, Dict[str, int]] = {}
    for c in report.source_checks:
        kind = tally.setdefault(c.payload.check, {})
        kind[c.payload.status] = kind.get(c.payload.status, 0) + 1
    return {"files": list(report.source_files), "checks": checks,
            "summary": {k: dict(sorted(v.items())) for k, v in sorted(tally.items())}}
