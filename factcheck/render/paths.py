"""File paths as CI dashboards want them: relative to the project root.

GitHub code scanning and GitLab Code Quality match a finding to a file of
the repository by a relative path; SARIF readers reject an absolute path
that is not a ``file://`` URI (SARIF1004).  Like ruff, factcheck writes a
path relative to the project root: ``$CI_PROJECT_DIR`` (GitLab),
``$GITHUB_WORKSPACE`` (GitHub Actions), else the current folder.  A path
outside the root stays absolute (a ``file://`` URI in SARIF).
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import Optional
from urllib.parse import quote

_ROOT_VARIABLES = ("CI_PROJECT_DIR", "GITHUB_WORKSPACE")


def project_root() -> str:
    """The folder paths are made relative to."""
    for name in _ROOT_VARIABLES:
        value = os.environ.get(name)
        if value and os.path.isdir(value):
            return os.path.abspath(value)
    return os.getcwd()


def relative(path: str, root: Optional[str] = None) -> Optional[str]:
    """``path`` relative to ``root`` with forward slashes, or None when it lies outside."""
    if path in ("-", "<stdin>"):
        return path
    absolute = os.path.abspath(path)
    base = root or project_root()
    try:
        rel = os.path.relpath(absolute, base)
    except ValueError:  # another drive on Windows
        return None
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return None
    return rel.replace(os.sep, "/")


def display_path(path: str) -> str:
    """The path for GitLab and GitHub annotations: relative when it can be."""
    rel = relative(path) if os.path.isabs(path) else path.replace("\\", "/")
    return rel if rel is not None else path.replace("\\", "/")


def sarif_uri(path: str) -> str:
    """A SARIF ``artifactLocation.uri``: a relative URI reference, or a
    ``file://`` URI for a file outside the project."""
    rel = relative(path) if os.path.isabs(path) else path.replace("\\", "/")
    if rel is None:
        return Path(os.path.abspath(path)).as_uri()
    return quote(str(PurePosixPath(rel)), safe="/:@-._~")
