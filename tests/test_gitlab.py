"""GitLab Code Quality output."""

import json

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from tests.fakerule import fake_anonymous  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("fake_anonymous")
A = "The mayor will resign, according to people familiar with the matter."


def test_code_quality_issues(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("Intro.\n\n" + A + "\n\n" + A + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(draft), "-q", "--format", "gitlab"])
    issues = json.loads(r.output)
    assert len(issues) == 2
    for i in issues:
        assert set(i) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert i["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert i["location"]["path"].endswith("d.md")
    assert [i["location"]["lines"]["begin"] for i in issues] == [3, 5]
    assert issues[0]["fingerprint"] != issues[1]["fingerprint"]


def test_empty_is_an_empty_array(tmp_path):
    (tmp_path / "d.md").write_text("Nothing to see.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(tmp_path), "-q", "--format", "gitlab"])
    assert json.loads(r.output) == [] and r.exit_code == 0
