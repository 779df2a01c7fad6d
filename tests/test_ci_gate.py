"""A CI gate never passes while an error stands: --diff-base and baselines
with cross-article findings (issue 13, defects 1-3)."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")

A = """---
title: Harbor Point port sets container record
outlet: The Bay Ledger
---
The Harbor Point port handled 3.4 million containers last year, the Harbor Point Port Authority said on Monday.

Port director Lena Ortiz said the record came from new cranes.
"""
B = """---
title: Record year at Harbor Point
outlet: Coast Daily
---
Harbor Point port handled {figure} containers last year, according to the Harbor Point Port Authority.

The authority said shipping lines added routes to Asia.
"""


def _git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _repo(tmp_path, figure="3.4 million"):
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "config", "user.email", "t@example.com")
    _git(tmp_path, "config", "user.name", "T")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.md").write_text(A, encoding="utf-8")
    (drafts / "b.md").write_text(B.format(figure=figure), encoding="utf-8")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "first")
    return drafts


def _check(*args):
    r = CliRunner().invoke(cli, ["check", "-q", "--no-cache", "--format", "json", *args])
    return r.exit_code, [f["rule"] for f in json.loads(r.output)["findings"]]


@needs_git
def test_diff_base_keeps_a_conflict_anchored_on_the_unchanged_article(tmp_path, monkeypatch):
    drafts = _repo(tmp_path)
    (drafts / "b.md").write_text(B.format(figure="2.2 million"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _check("drafts", "--diff-base", "HEAD") == (1, ["conflicting-figure"])


@needs_git
def test_diff_base_ignores_the_users_diff_prefix_settings_and_current_folder(tmp_path, monkeypatch):
    drafts = _repo(tmp_path)
    _git(tmp_path, "config", "diff.mnemonicPrefix", "true")
    (drafts / "b.md").write_text(B.format(figure="2.2 million"), encoding="utf-8")
    elsewhere = tmp_path.parent / (tmp_path.name + "-elsewhere")
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # not inside the repository
    assert _check(str(drafts), "--diff-base", "HEAD") == (1, ["conflicting-figure"])
    _git(tmp_path, "config", "diff.noprefix", "true")
    assert _check(str(drafts), "--diff-base", "HEAD") == (1, ["conflicting-figure"])


@needs_git
def test_diff_base_with_nothing_changed_reports_nothing(tmp_path, monkeypatch):
    drafts = _repo(tmp_path, figure="2.2 million")
    monkeypatch.chdir(tmp_path)
    assert _check("drafts") == (1, ["conflicting-figure"])
    assert _check("drafts", "--diff-base", "HEAD") == (0, [])


def test_baseline_sees_a_change_of_the_other_articles_figure(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.md").write_text(A, encoding="utf-8")
    (drafts / "b.md").write_text(B.format(figure="2.1 million"), encoding="utf-8")
    base = tmp_path / "baseline.json"
    assert _check(str(drafts), "--write-baseline", str(base))[0] == 1
    assert _check(str(drafts), "--baseline", str(base)) == (0, [])
    (drafts / "b.md").write_text(B.format(figure="1.5 million"), encoding="utf-8")
    assert _check(str(drafts), "--baseline", str(base)) == (1, ["conflicting-figure"])


def test_siblings_compares_a_named_article_with_its_folder(tmp_path, monkeypatch):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.md").write_text(A, encoding="utf-8")
    (drafts / "b.md").write_text(B.format(figure="2.2 million"), encoding="utf-8")
    (drafts / "c.md").write_text("The mayor will resign, according to two people familiar with the matter.\n",
                                 encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _check("drafts/b.md") == (0, [])  # alone, nothing to compare with
    assert _check("--siblings", "drafts/b.md") == (1, ["conflicting-figure"])
    # findings that touch only the other articles are not the hook's business
    assert _check("--siblings", "drafts/c.md") == (0, ["anonymous-source"])


def _pre_commit():
    exe = shutil.which("pre-commit") or os.path.join(os.path.dirname(sys.executable), "pre-commit")
    return exe if os.path.exists(exe) else None


@pytest.mark.slow
@needs_git
@pytest.mark.skipif(_pre_commit() is None, reason="pre-commit not installed")
def test_pre_commit_hook_sees_the_other_articles_when_one_is_staged(tmp_path):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    work = tmp_path / "newsroom"
    work.mkdir()
    drafts = _repo(work)
    (drafts / "b.md").write_text(B.format(figure="2.2 million"), encoding="utf-8")
    _git(work, "add", "drafts/b.md")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache"), PIP_DISABLE_PIP_VERSION_CHECK="1")
    res = subprocess.run([_pre_commit(), "try-repo", root, "factcheck"], cwd=work, env=env,
                         capture_output=True, text=True, timeout=900)
    out = res.stdout + res.stderr
    if "Could not" in out and "pip" in out:
        pytest.skip("pre-commit could not install the hook environment (no package index?)")
    assert res.returncode == 1, out
    assert "conflicting-figure" in out and "drafts/b.md" in out
