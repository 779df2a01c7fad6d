"""GitLab Code Quality report (a JSON array of issues in the subset of the
Code Climate format that GitLab reads)."""

from __future__ import annotations

import json
from typing import Any, Dict, List

from factcheck.baseline import fingerprints
from factcheck.model import Report

from . import RenderOptions, Renderer
from .paths import display_path

_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def gitlab_list(report: Report) -> List[Dict[str, Any]]:
    """The Code Quality issues for ``report``."""
    out = []
    for f, fp in zip(report.findings, fingerprints(report.findings)):
        out.append({
            "type": "issue",
            "check_name": f.rule,
            "description": f"{f.rule}: {f.message}",
            "content": {"body": f.suggestion or f.message},
            "categories": ["Style"],
            "severity": _SEVERITY.get(f.severity, "minor"),
            "fingerprint": fp,
            "location": {
                "path": display_path(f.path),
                "lines": {"begin": max(f.line, 1), "end": max(f.end_line, f.line, 1)},
            },
        })
    return out


class GitlabRenderer(Renderer):
    name = "gitlab"
    description = "GitLab Code Quality"
    extensions = ()

    def render(self, report: Report, options: RenderOptions) -> bytes:
        return (json.dumps(gitlab_list(report), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
