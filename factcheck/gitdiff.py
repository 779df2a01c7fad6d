"""Changed lines only: which lines of which files changed since a git ref
(``git diff -U0 REF``), so a pull request sees only its own findings."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import replace
from typing import Dict, List, Set

from factcheck.errors import SetupError
from factcheck.model import Finding, Report

_FILE = re.compile(r"^\+\+\+ (?:b/)?(.*)$")
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


def parse(diff: str) -> Dict[str, Set[int]]:
    """Unified diff (``-U0``) -> path (relative to the repository root) ->
    the added or changed line numbers in the new file."""
    out: Dict[str, Set[int]] = {}
    current = None
    for line in diff.splitlines():
        m = _FILE.match(line)
        if m:
            name = m.group(1).strip()
            if name.startswith('"') and name.endswith('"'):
                name = name[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")
                name = name[2:] if name.startswith("b/") else name
            current = None if name == "/dev/null" else name
            if current is not None:
                out.setdefault(current, set())
            continue
        m = _HUNK.match(line)
        if m and current is not None:
            start = int(m.group(1))
            count = int(m.group(2)) if m.group(2) is not None else 1
            out[current].update(range(start, start + count))
    return out


def _git(args: List[str], cwd: str) -> str:
    try:
        res = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
                             errors="replace", check=False)
    except FileNotFoundError as exc:
        raise SetupError("--diff-base needs git, which is not installed") from exc
    if res.returncode != 0:
        msg = " ".join(res.stderr.split()) or f"git {' '.join(args)} failed"
        raise SetupError(f"git: {msg}")
    return res.stdout


def changed_lines(ref: str, cwd: str = ".") -> Dict[str, Set[int]]:
    """Absolute path -> changed line numbers, comparing the working tree
    with ``ref``.  Files git does not track yet count as wholly changed.
    Raises SetupError outside a git repository or for a bad ref."""
    try:
        top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    except SetupError as exc:
        raise SetupError(f"--diff-base needs a git repository: {exc}") from exc
    try:
        _git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"], cwd)
    except SetupError as exc:
        raise SetupError(f"--diff-base: unknown git ref '{ref}'") from exc
    diff = _git(["-c", "core.quotepath=off", "diff", "-U0", "--no-color", "--no-ext-diff", ref, "--"], top)
    out = {os.path.normcase(os.path.join(top, p)): lines for p, lines in parse(diff).items()}
    untracked = _git(["-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard"], top)
    for p in untracked.splitlines():
        if p:
            out[os.path.normcase(os.path.join(top, p))] = None  # type: ignore[assignment]
    return out


def _touches(f: Finding, lines) -> bool:
    if lines is None:  # untracked file: everything is new
        return True
    last = max(f.line, f.end_line)
    return any(n in lines for n in range(f.line, last + 1))


def apply(report: Report, changed: Dict[str, Set[int]]) -> Report:
    """``report`` keeping only findings on changed lines (a finding counts
    when any line from its start to its end changed)."""
    kept = []
    for f in report.findings:
        key = os.path.normcase(os.path.realpath(f.path))
        alt = os.path.normcase(os.path.abspath(f.path))
        if key in changed:
            lines = changed[key]
        elif alt in changed:
            lines = changed[alt]
        else:
            continue
        if _touches(f, lines):
            kept.append(f)
    return replace(report, findings=tuple(kept))
