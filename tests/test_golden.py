"""Golden files for the text and JSON output on sample_inputs.

Regenerate with ``python -m pytest tests/test_golden.py --update-golden`` and
review the diff like code.
"""


import pytest

from factcheck.cli import run_cli

from .conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("fmt,name", [("json", "sample_inputs.json"), ("text", "sample_inputs.txt")])
def test_golden(fmt, name, capsys, update_golden, monkeypatch):
    monkeypatch.chdir(ROOT)  # paths in the output are as given: relative
    run_cli(["check", "sample_inputs", "--format", fmt, "--fail-on", "never", "--jobs", "1"])
    out, err = capsys.readouterr()
    path = GOLDEN / name
    if update_golden or not path.exists():
        path.write_text(out, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{name} did not exist; written, review and commit it")
    assert out == path.read_text(encoding="utf-8"), f"output differs from {path}; rerun with --update-golden and review"
