"""The documented Python API (docs/api.md)."""

import json

import pytest

import factcheck
from factcheck.errors import SetupError
from factcheck.model import Report

ANON = "The mayor will resign, according to two people familiar with the matter.\n"
CLAIM = "Unemployment in the county has doubled since 2019.\n"


def test_check_paths_is_what_the_cli_reports(tmp_path):
    (tmp_path / "a.md").write_text(ANON + "\n" + CLAIM, encoding="utf-8")
    report = factcheck.check_paths([str(tmp_path)], isolated=True)
    assert isinstance(report, Report)
    assert sorted(f.rule for f in report.findings) == ["anonymous-source", "unsourced-claim"]
    only = factcheck.check_paths([str(tmp_path)], isolated=True, select=["unsourced-claim"])
    assert [f.rule for f in only.findings] == ["unsourced-claim"]
    data = json.loads(factcheck.render_report(report, "json"))
    assert len(data["findings"]) == 2


def test_setup_errors_raise(tmp_path):
    with pytest.raises(SetupError):
        factcheck.check_paths([str(tmp_path / "missing")], isolated=True)
    with pytest.raises(SetupError):
        factcheck.load_settings([str(tmp_path)], isolated=True, select=["no-such-rule"])


def test_typed_marker_ships():
    from importlib import resources

    assert resources.files("factcheck").joinpath("py.typed").is_file()


def test_unknown_attribute():
    with pytest.raises(AttributeError):
        factcheck.no_such_thing  # noqa: B018
