"""The composite GitHub Action (action.yml) and shell completion."""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml
from click.testing import CliRunner

from factcheck.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def test_action_is_composite_installs_itself_and_uploads_sarif():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    install = next(s for s in steps if s.get("name") == "Install factcheck")
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["with"]["sarif_file"] == "${{ steps.check.outputs.sarif }}"
    for step in steps:  # inputs never pasted into a shell script (script injection)
        assert "${{ inputs." not in step.get("run", "")


def test_action_commands_are_valid_invocations(tmp_path):
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    check = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    draft = tmp_path / "a.md"
    draft.write_text("Unemployment in the county is at an all-time high.\n", encoding="utf-8")
    sarif = tmp_path / "out.sarif"
    env = {"FC_PATHS": str(draft), "FC_ARGS": "--ignore quote-variant", "FC_FAIL_ON": "warning",
           "RUNNER_TEMP": str(tmp_path), "sarif": str(sarif)}
    commands = [ln.strip() for ln in check["run"].splitlines() if ln.strip().startswith("factcheck ")]
    assert len(commands) == 2
    codes = []
    for line in commands:
        expanded = re.sub(r'"?\$(\w+)"?', lambda m: env.get(m.group(1), ""), line)
        args = shlex.split(expanded)[1:] + ["--no-cache"]
        codes.append(CliRunner().invoke(cli, args).exit_code)
    assert codes == [0, 1] and sarif.is_file()


def test_shell_completion_script_is_generated():
    env = dict(os.environ, _FACTCHECK_COMPLETE="bash_source")
    out = subprocess.run([sys.executable, "-c", "from factcheck.cli import main; main()"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert "_factcheck_completion" in out.stdout


def test_rules_json_and_documentation_pages_are_current():
    import json

    from factcheck.rule_docs import page, url
    from factcheck.rules import all_rules

    rows = json.loads(CliRunner().invoke(cli, ["rules", "--format", "json"]).output)
    assert [r["id"] for r in rows] == [r.ID for r in all_rules()]
    for rule, row in zip(all_rules(), rows):
        assert row["url"] == url(rule.ID) and row["url"].endswith(f"docs/rules/{rule.ID}.md")
        current = (ROOT / "docs" / "rules" / f"{rule.ID}.md").read_text(encoding="utf-8")
        assert current == page(rule), f"docs/rules/{rule.ID}.md is stale: python -m factcheck.rule_docs docs/rules"
