"""--diff-base: only findings on lines changed since a git ref."""

import os
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from factcheck.cli import cli, run_cli
from factcheck.gitdiff import parse
from tests.fakerule import fake_anonymous  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("fake_anonymous")

A = "The mayor will resign, according to people familiar with the matter."
B = "The chief will stay, according to people familiar with his thinking."

DIFF = """diff --git a/drafts/x.md b/drafts/x.md
--- a/drafts/x.md
+++ b/drafts/x.md
@@ -3,0 +4,2 @@ title
+new line
+another
@@ -10 +12 @@
-old
+changed
diff --git a/gone.md b/gone.md
--- a/gone.md
+++ /dev/null
@@ -1 +0,0 @@
-bye
"""


def test_parse_unified_diff():
    assert parse(DIFF) == {"drafts/x.md": {4, 5, 12}}


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_only_changed_lines_are_reported(tmp_path, monkeypatch):
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "t@example.com")
    _git(tmp_path, "config", "user.name", "T")
    draft = tmp_path / "draft.txt"
    draft.write_text(A + "\n", encoding="utf-8")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "first")
    draft.write_text(A + "\n\n" + B + "\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text(A + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(cli, ["check", ".", "-q", "--diff-base", "HEAD", "--format", "json"])
    import json

    found = sorted((os.path.normpath(f["file"]), f["line"]) for f in json.loads(r.output)["findings"])
    assert found == [("draft.txt", 3), ("new.txt", 1)]  # untracked files count as new
    assert run_cli(["check", ".", "-q", "--diff-base", "no-such-ref"]) == 2


def test_not_a_git_repository(tmp_path, monkeypatch, capsys):
    (tmp_path / "d.txt").write_text(A, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert run_cli(["check", "d.txt", "-q", "--diff-base", "main"]) == 2
    err = capsys.readouterr().err
    assert "git repository" in err and len(err.strip().splitlines()) == 1
