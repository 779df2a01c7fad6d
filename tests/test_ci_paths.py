"""CI formats point at files by a path relative to the project root
(issue 13, defect 9): absolute input paths give relative SARIF URIs and
GitLab/GitHub paths; a file outside the root gets a file:// URI."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.render.paths import sarif_uri
from tests.test_sarif import _validate

TEXT = "The mayor will resign, according to two people familiar with the matter.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / "drafts").mkdir(parents=True)
    (root / "drafts" / "story one.md").write_text(TEXT, encoding="utf-8")
    monkeypatch.delenv("CI_PROJECT_DIR", raising=False)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    return root


def _run(fmt, path):
    r = CliRunner().invoke(cli, ["check", str(path), "-q", "--no-cache", "--isolated", "--format", fmt])
    assert r.exit_code in (0, 1), r.output
    return r.output


def test_sarif_uri_relative_to_the_current_folder(project, monkeypatch):
    monkeypatch.chdir(project)
    log = json.loads(_run("sarif", (project / "drafts").resolve()))
    _validate(log)
    uris = {res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for res in log["runs"][0]["results"]}
    assert uris == {"drafts/story%20one.md"}


def test_ci_project_dir_is_the_root(project, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CI_PROJECT_DIR", str(project))
    issues = json.loads(_run("gitlab", (project / "drafts").resolve()))
    assert {i["location"]["path"] for i in issues} == {"drafts/story one.md"}
    gh = _run("github", (project / "drafts").resolve())
    assert "file=drafts/story one.md," in gh


def test_a_file_outside_the_root_is_a_file_uri(project, monkeypatch, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    path = (project / "drafts" / "story one.md").resolve()
    assert sarif_uri(str(path)) == path.as_uri()
    log = json.loads(_run("sarif", path))
    _validate(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("file:///") and uri.endswith("story%20one.md")


def test_relative_input_paths_stay_as_given():
    assert sarif_uri("drafts/a b.md") == "drafts/a%20b.md"
    assert sarif_uri(str(Path("drafts") / "x.md")) == "drafts/x.md"
