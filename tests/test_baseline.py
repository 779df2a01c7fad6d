"""--write-baseline / --baseline: only new findings are reported."""

import json

import pytest
from click.testing import CliRunner

from factcheck import baseline
from factcheck.cli import cli, run_cli
from tests.fakerule import fake_anonymous  # noqa: F401  (fixture)
from tests.helpers import report_for

pytestmark = pytest.mark.usefixtures("fake_anonymous")

A = "The mayor will resign, according to people familiar with the matter."
B = "The chief will stay, according to people familiar with his thinking."


def test_fingerprint_survives_line_moves_and_edits_elsewhere():
    before = report_for(A + "\n\n" + B + "\n")
    after = report_for("A new opening paragraph.\n\nAnother one.\n\n" + A + "\n\n" + B.replace("chief", "police chief") + "\n")
    fb, fa = baseline.fingerprints(before.findings), baseline.fingerprints(after.findings)
    assert fb[0] == fa[0]  # the untouched sentence moved down: same fingerprint
    assert fb[1] != fa[1]  # the edited sentence is new


def test_identical_findings_count_separately():
    rep = report_for(A + "\n\n" + A + "\n")
    fps = baseline.fingerprints(rep.findings)
    assert len(fps) == 2 and fps[0] != fps[1]
    one = baseline.apply(report_for(A + "\n"), __import__("collections").Counter(fps))
    assert one.findings == () and one.baseline_skipped == 1


def test_cli_write_then_use_baseline(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(A + "\n", encoding="utf-8")
    base = tmp_path / "baseline.json"
    runner = CliRunner()
    r = runner.invoke(cli, ["check", str(draft), "-q", "--fail-on", "warning", "--write-baseline", str(base)])
    assert r.exit_code == 1
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["findings"][0]["rule"] == "anonymous-source"
    r = runner.invoke(cli, ["check", str(draft), "--fail-on", "warning", "--baseline", str(base)])
    assert r.exit_code == 0
    assert "1 known finding skipped (baseline)" in r.output
    draft.write_text("Lead paragraph added.\n\n" + A + "\n\n" + B + "\n", encoding="utf-8")
    r = runner.invoke(cli, ["check", str(draft), "-q", "--fail-on", "warning", "--baseline", str(base),
                            "--format", "json"])
    assert r.exit_code == 1
    out = json.loads(r.output)
    assert [f["text"] for f in out["findings"]] == [B]
    assert out["summary"]["baseline_skipped"] == 1


def test_bad_baseline_is_setup_error(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(A, encoding="utf-8")
    bad = tmp_path / "b.json"
    bad.write_text("{not json", encoding="utf-8")
    assert run_cli(["check", str(draft), "-q", "--baseline", str(bad)]) == 2
    assert run_cli(["check", str(draft), "-q", "--baseline", str(tmp_path / "missing.json")]) == 2
    bad.write_text('{"version": 1, "findings": [{}]}', encoding="utf-8")
    assert run_cli(["check", str(draft), "-q", "--baseline", str(bad)]) == 2
