"""Changed lines only: which lines of which files changed since a git ref
(``git diff -U0 REF``), so a pull request sees only its own findings."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import replace
from typing import Dict, Iterable, List, Optional, Set

from factcheck.errors import SetupError
from factcheck.model import Report

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


def _repository(path: str) -> str:
    """The top folder of the git repository holding ``path`` (a file or folder)."""
    folder = path if os.path.isdir(path) else (os.path.dirname(os.path.abspath(path)) or ".")
    try:
        return _git(["rev-parse", "--show-toplevel"], folder).strip()
    except SetupError as exc:
        raise SetupError(f"--diff-base needs a git repository: {exc}") from exc


# Whatever the user's git configuration says (diff.mnemonicPrefix gives
# "+++ w/...", diff.noPrefix drops the prefix), the diff is read with a/ b/.
_DIFF = ["-c", "core.quotepath=off", "-c", "diff.mnemonicPrefix=false", "-c", "diff.noprefix=false",
         "diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--src-prefix=a/", "--dst-prefix=b/"]


def _changed_in(top: str, ref: str) -> Dict[str, Optional[Set[int]]]:
    try:
        _git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"], top)
    except SetupError as exc:
        raise SetupError(f"--diff-base: unknown git ref '{ref}' in {top}") from exc
    diff = _git([*_DIFF, ref, "--"], top)
    out: Dict[str, Optional[Set[int]]] = {
        os.path.normcase(os.path.join(top, p)): lines for p, lines in parse(diff).items()}
    untracked = _git(["-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard"], top)
    for p in untracked.splitlines():
        if p:
            out[os.path.normcase(os.path.join(top, p))] = None  # untracked: wholly new
    return out


def changed_lines(ref: str, paths: Iterable[str] = (".",)) -> Dict[str, Optional[Set[int]]]:
    """Absolute path -> changed line numbers (None: the whole file is new),
    comparing the working tree with ``ref`` in the repository of each checked
    path (not the current folder's).  Files git does not track yet count as
    wholly changed.  Raises SetupError outside a git repository or for a bad
    ref."""
    out: Dict[str, Optional[Set[int]]] = {}
    for top in sorted({_repository(p) for p in paths}):
        out.update(_changed_in(top, ref))
    return out


def _lines_of(path: str, changed):
    for key in (os.path.normcase(os.path.realpath(path)), os.path.normcase(os.path.abspath(path))):
        if key in changed:
            return True, changed[key]
    return False, None


def _touches(path: str, line: int, end_line: int, changed) -> bool:
    known, lines = _lines_of(path, changed)
    if not known:
        return False
    if lines is None:  # untracked file: everything is new
        return True
    return any(n in lines for n in range(line, max(line, end_line) + 1))


def apply(report: Report, changed: Dict[str, Optional[Set[int]]]) -> Report:
    """``report`` keeping only findings on changed lines.  A finding counts
    when any line from its start to its end changed, or any line of a place
    it refers to (a conflict anchored on an unchanged article whose other
    figure was just edited is a new finding)."""
    kept = [
        f for f in report.findings
        if _touches(f.path, f.line, f.end_line, changed)
        or any(_touches(r.path, r.line, r.end_line, changed) for r in f.related)
    ]
    return replace(report, findings=tuple(kept))
