"""The options ruff and Vale users reach for (issue 13): rule selection,
per-file-ignores, --statistics, --output-format, --quiet, colour."""

import json

import pytest
from click.testing import CliRunner

from factcheck.cli import cli, run_cli

ANON = "The mayor will resign, according to two people familiar with the matter.\n"
CLAIM = "Unemployment in the county has doubled since 2019.\n"


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    for var in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(var, raising=False)
    (tmp_path / "wire").mkdir()
    (tmp_path / "a.md").write_text(ANON + "\n" + CLAIM, encoding="utf-8")
    (tmp_path / "wire" / "b.md").write_text(CLAIM, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _rules(*args, isolated=True):
    r = CliRunner().invoke(cli, ["check", ".", "-q", "--no-cache", "--format", "json", *args]
                           + (["--isolated"] if isolated else []))
    assert r.exit_code in (0, 1), r.output
    return sorted((f["file"].replace("\\", "/").lstrip("./"), f["rule"]) for f in json.loads(r.output)["findings"])


def test_select_ignore_and_extend_select(drafts):
    everything = _rules()
    assert ("a.md", "anonymous-source") in everything and ("a.md", "unsourced-claim") in everything
    assert {r for _, r in _rules("--select", "anonymous-source")} == {"anonymous-source"}
    assert "anonymous-source" not in {r for _, r in _rules("--ignore", "anonymous-source")}
    (drafts / ".factcheck.toml").write_text("[rules]\nanonymous-source = false\n", encoding="utf-8")
    assert "anonymous-source" not in {r for _, r in _rules(isolated=False)}
    assert "anonymous-source" in {r for _, r in _rules("--extend-select", "anonymous-source", isolated=False)}


def test_unknown_rule_in_select_is_a_setup_error(drafts, capsys):
    assert run_cli(["check", ".", "--select", "anonymous-sources"]) == 2
    assert "unknown rule 'anonymous-sources'" in capsys.readouterr().err


def test_per_file_ignores_glob_relative_to_the_config(drafts):
    (drafts / ".factcheck.toml").write_text('[per-file-ignores]\n"wire/*.md" = ["unsourced-claim"]\n',
                                           encoding="utf-8")
    found = _rules(isolated=False)
    assert ("wire/b.md", "unsourced-claim") not in found and ("a.md", "unsourced-claim") in found


def test_per_file_ignores_rejects_unknown_rules(drafts, capsys):
    (drafts / ".factcheck.toml").write_text('[per-file-ignores]\n"*.md" = ["nope"]\n', encoding="utf-8")
    assert run_cli(["check", "."]) == 2
    assert "unknown rule 'nope' in 'per-file-ignores'" in capsys.readouterr().err


def test_statistics_counts_per_rule(drafts):
    r = CliRunner().invoke(cli, ["check", ".", "-q", "--no-cache", "--isolated", "--statistics"])
    lines = r.output.splitlines()
    assert lines[0].split()[:2] == ["2", "unsourced-claim"]
    assert lines[-1].split()[:2] == ["3", "total"]


def test_output_format_is_an_alias_of_format(drafts):
    r = CliRunner().invoke(cli, ["check", ".", "-q", "--no-cache", "--isolated", "--output-format", "json"])
    assert json.loads(r.output)["findings"]


def test_quiet_drops_the_text_summary(drafts):
    loud = CliRunner().invoke(cli, ["check", ".", "--no-cache", "--isolated"]).output
    quiet = CliRunner().invoke(cli, ["check", ".", "-q", "--no-cache", "--isolated"]).output
    assert "findings in 2 articles" in loud and "findings in" not in quiet
    assert [ln for ln in quiet.splitlines() if "[" in ln] == [ln for ln in loud.splitlines() if "[" in ln]


def test_colour_always_never_and_no_color(drafts, monkeypatch):
    args = ["check", "a.md", "-q", "--no-cache", "--isolated"]
    coloured = CliRunner().invoke(cli, args + ["--color", "always"]).output
    assert "\x1b[33mwarning\x1b[0m" in coloured
    assert "\x1b[1;4mfamiliar with\x1b[0m" in coloured or "\x1b[1;4m" in coloured
    plain = CliRunner().invoke(cli, args).output  # not a terminal: no colour
    assert "\x1b" not in plain
    assert coloured.replace("\x1b[0m", "").replace("\x1b[33m", "").replace("\x1b[1;31m", "") \
        .replace("\x1b[36m", "").replace("\x1b[2m", "").replace("\x1b[1;4m", "") == plain
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in CliRunner().invoke(cli, args).output
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b" not in CliRunner().invoke(cli, args).output
    assert "\x1b[" in CliRunner().invoke(cli, args + ["--color", "always"]).output


def test_article_text_cannot_colour_the_terminal(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text("The mayor \x1b[31mwill resign, according to two people familiar with the "
                                   "matter.\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["check", str(tmp_path / "a.md"), "-q", "--no-cache", "--isolated",
                                   "--color", "always"]).output
    assert "\x1b[31m" not in out and "\\x1b[31m" in out


def test_stdin_with_a_filename(tmp_path):
    import subprocess
    import sys

    draft = b"---\ntitle: Budget\n---\nCrime fell 22%\nlast year.\n"
    res = subprocess.run([sys.executable, "-m", "factcheck", "check", "-", "--stdin-filename", "drafts/budget.md",
                          "-q", "--isolated", "--no-cache", "--format", "json"], input=draft, capture_output=True,
                         timeout=120, cwd=tmp_path)
    data = json.loads(res.stdout)
    assert data["articles"][0]["file"] == "drafts/budget.md" and data["articles"][0]["title"] == "Budget"
    assert [(f["file"], f["rule"]) for f in data["findings"]] == [("drafts/budget.md", "unsourced-claim")]
    plain = subprocess.run([sys.executable, "-m", "factcheck", "check", "/dev/stdin", "-q", "--isolated",
                            "--format", "json"], input=b"Crime fell 22% last year.\n", capture_output=True,
                           timeout=120, cwd=tmp_path)
    assert [f["rule"] for f in json.loads(plain.stdout)["findings"]] == ["unsourced-claim"]


def test_exclude_and_extend_exclude(drafts):
    (drafts / "claims.json").write_text("not read", encoding="utf-8")  # would be an input error
    (drafts / ".factcheck.toml").write_text('exclude = ["claims.json"]\nextend-exclude = ["wire/*"]\n',
                                           encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", ".", "-q", "--no-cache", "--format", "json"])
    data = json.loads(r.output)
    assert [a["file"].replace("\\", "/").lstrip("./") for a in data["articles"]] == ["a.md"]
    assert not [f for f in data["findings"] if f["rule"] == "input-error"]
