"""The command line: exit codes, one-line errors, atomic output."""

import json
import os

import pytest
from click.testing import CliRunner

from factcheck.cli import cli, run_cli

from .conftest import SAMPLES


def _run(args, capsys):
    code = run_cli(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def clean(tmp_path):
    p = tmp_path / "clean.txt"
    p.write_text("The council met on Tuesday evening to discuss the budget.\n", encoding="utf-8")
    return p


def _one_clear_line(err):
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("factcheck: ")
    return lines[0]


def test_missing_path_is_exit_2(capsys, tmp_path):
    code, out, err = _run(["check", str(tmp_path / "nope")], capsys)
    assert code == 2
    assert "path not found" in _one_clear_line(err)


def test_empty_folder_is_exit_2(capsys, tmp_path):
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    code, out, err = _run(["check", str(tmp_path)], capsys)
    assert code == 2
    assert "no articles found" in _one_clear_line(err)


def test_unknown_format_is_exit_2(capsys, clean):
    code, out, err = _run(["check", str(clean), "--format", "xml"], capsys)
    assert code == 2
    line = _one_clear_line(err)
    assert "unknown format 'xml'" in line and "json" in line


def test_unknown_option_is_exit_2(capsys, clean):
    code, out, err = _run(["check", str(clean), "--no-such-option"], capsys)
    assert code == 2
    assert "no-such-option" in _one_clear_line(err)


def test_unknown_rule_for_explain(capsys):
    code, out, err = _run(["explain", "no-such-rule"], capsys)
    assert code == 2
    assert "unknown rule" in _one_clear_line(err)


def test_clean_article_exits_0(capsys, clean):
    code, out, err = _run(["check", str(clean)], capsys)
    assert code == 0, out + err
    assert "0 findings in 1 article" in out


def test_findings_at_fail_on_exit_1(capsys, tmp_path):
    p = tmp_path / "draft.txt"
    p.write_text("The number of burglaries in the city is at an all-time high.\n", encoding="utf-8")
    code, out, err = _run(["check", str(p), "--fail-on", "warning"], capsys)
    assert code == 1, out
    code, out, err = _run(["check", str(p), "--fail-on", "never"], capsys)
    assert code == 0


def test_bad_file_is_a_finding_and_others_are_checked(capsys, tmp_path, clean):
    (tmp_path / "broken.md").write_text("---\ntitle: [oops\n---\nText.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    code, out, err = _run(["check", str(tmp_path), "--format", "json"], capsys)
    assert code == 1
    data = json.loads(out)
    errors = {f["file"]: f["message"] for f in data["findings"] if f["rule"] == "input-error"}
    assert any(k.endswith("broken.md") for k in errors), errors
    assert any(k.endswith("binary.txt") for k in errors), errors
    assert any(a["file"].endswith("clean.txt") for a in data["articles"])
    assert "Traceback" not in err


def test_json_is_byte_identical_across_runs(capsys):
    code1, out1, _ = _run(["check", str(SAMPLES), "--format", "json"], capsys)
    code2, out2, _ = _run(["check", str(SAMPLES), "--format", "json"], capsys)
    assert out1 == out2
    assert json.loads(out1)["version"] == 1


def test_failed_run_does_not_overwrite_output(capsys, tmp_path, clean):
    target = tmp_path / "out.json"
    target.write_text("previous report", encoding="utf-8")
    code, out, err = _run(["check", str(tmp_path / "missing"), "--format", "json", "-o", str(target)], capsys)
    assert code == 2
    assert target.read_text(encoding="utf-8") == "previous report"
    code, out, err = _run(["check", str(clean), "--format", "json", "-o", str(target)], capsys)
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    leftovers = [n for n in os.listdir(tmp_path) if n.startswith(".factcheck-")]
    assert leftovers == []


def test_github_annotations(capsys, tmp_path):
    p = tmp_path / "draft.txt"
    p.write_text("The number of burglaries in the city is at an all-time high.\n", encoding="utf-8")
    code, out, err = _run(["check", str(p), "--format", "github", "--fail-on", "never"], capsys)
    assert code == 0
    assert out.startswith("::warning file=")
    assert "line=1" in out and "unsourced-claim" in out


def test_rules_and_explain_list_every_rule():
    from factcheck.rules import all_rules

    runner = CliRunner()
    listed = runner.invoke(cli, ["rules"]).output
    for rule in all_rules():
        assert rule.ID in listed
        doc = runner.invoke(cli, ["explain", rule.ID])
        assert doc.exit_code == 0
        assert rule.STANDARD in doc.output
        assert rule.SUMMARY in doc.output


def test_text_output_never_sends_control_characters_from_an_article(capsys, tmp_path):
    art = tmp_path / "esc.txt"
    art.write_text("Officials said the mayor \x1b[31mwill resign\x07 next month, according to "
                   "people familiar with the matter.\n", encoding="utf-8")
    run_cli(["check", str(art), "--fail-on", "never", "--isolated"])
    out = capsys.readouterr().out
    assert "anonymous-source" in out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[31mwill resign\\x07" in out
