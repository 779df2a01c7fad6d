"""SARIF 2.1.0 (OASIS) for code-scanning dashboards such as GitHub's.

Rules carry their metadata (summary, documentation, default level);
results carry a physical location with line/column and character offsets,
related locations for cross-article findings, and the baseline fingerprint
as a partial fingerprint so dashboards track a finding across edits.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List

from factcheck.version import __version__
from factcheck.baseline import fingerprints
from factcheck.model import Finding, Location, Report

from . import RenderOptions, Renderer
from .paths import sarif_uri

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return sarif_uri(path)


def _region(line: int, column: int, end_line: int, end_column: int, start: int, end: int) -> Dict[str, Any]:
    line = max(line, 1)
    column = max(column, 1)
    end_line = max(end_line, line)
    end_column = max(end_column, 1)
    if end_line == line and end_column < column:
        end_column = column
    return {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": max(start, 0),
        "charLength": max(end - start, 0),
    }


def _rules() -> List[Dict[str, Any]]:
    from factcheck.rule_docs import all_docs, url

    out = []
    for r in all_docs():
        out.append({
            "id": r.id,
            "name": "".join(p.title() for p in r.id.split("-")),
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": " ".join((r.doc or r.summary).split())},
            "help": {"text": r.text},
            "helpUri": url(r.id),
            "defaultConfiguration": {"level": _LEVEL.get(r.severity, "warning")},
            "properties": {"standard": r.standard},
        })
    return out


def _physical(path: str, line: int, column: int, end_line: int, end_column: int, start: int, end: int
              ) -> Dict[str, Any]:
    """A physicalLocation; file-level (no region) when the line is 0: the
    text of an HTML or DOCX file whose place in the file is not known."""
    out: Dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    if line > 0:
        out["region"] = _region(line, column, end_line, end_column, start, end)
    return out


def _related(i: int, loc: Location) -> Dict[str, Any]:
    return {
        "id": i,
        "physicalLocation": _physical(loc.path, loc.line, loc.column, loc.end_line, loc.end_column,
                                      loc.start, loc.end),
        "message": {"text": loc.text or loc.path},
    }


def _result(f: Finding, fp: str, index: Dict[str, int]) -> Dict[str, Any]:
    message = f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
    res: Dict[str, Any] = {
        "ruleId": f.rule,
        "level": _LEVEL.get(f.severity, "warning"),
        "message": {"text": message},
        "locations": [{
            "physicalLocation": _physical(f.path, f.line, f.column, f.end_line, f.end_column, f.start, f.end),
        }],
        "partialFingerprints": {"factcheckFingerprint/v1": fp},
    }
    if f.rule in index:
        res["ruleIndex"] = index[f.rule]
    if f.related:
        res["relatedLocations"] = [_related(i + 1, r) for i, r in enumerate(f.related)]
    return res


def sarif_dict(report: Report) -> Dict[str, Any]:
    """The SARIF log for ``report`` as plain data."""
    rules = _rules()
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = [_result(f, fp, index) for f, fp in zip(report.findings, fingerprints(report.findings))]
    for f, reason in report.suppressed:
        fp = fingerprints([f])[0]
        r = _result(f, fp, index)
        r["suppressions"] = [{"kind": "inSource", "justification": reason or "suppressed in source"}]
        results.append(r)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck",
                "version": __version__,
                "informationUri": "https://github.com/factcheck/factcheck",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


class SarifRenderer(Renderer):
    name = "sarif"
    description = "SARIF 2.1.0"
    extensions = (".sarif", ".sarif.json")

    def render(self, report: Report, options: RenderOptions) -> bytes:
        return (json.dumps(sarif_dict(report), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
