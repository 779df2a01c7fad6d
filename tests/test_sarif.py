"""SARIF 2.1.0 output validates against the schema and carries rule
metadata, regions, related locations and fingerprints."""

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.model import Finding, Location, Report
from factcheck.render import RenderOptions, get
from tests.fakerule import fake_anonymous  # noqa: F401  (fixture)

SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "sarif" / "sarif-schema-2.1.0.json")
                    .read_text(encoding="utf-8"))
A = "The mayor will resign, according to people familiar with the matter."


def _validate(log):
    cls = jsonschema.validators.validator_for(SCHEMA)
    cls(SCHEMA, format_checker=cls.FORMAT_CHECKER).validate(log)


@pytest.mark.usefixtures("fake_anonymous")
def test_cli_sarif_validates_and_has_regions(tmp_path):
    draft = tmp_path / "draft one.md"
    draft.write_text("# Title\n\n<!-- factcheck: ignore -- desk ok -->\n" + A + "\n\nSecond.\n\n" + A + "\n",
                     encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(draft), "-q", "--format", "sarif"])
    log = json.loads(r.output)
    _validate(log)
    run = log["runs"][0]
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert "anonymous-source" in ids and "conflicting-figure" in ids
    rule = run["tool"]["driver"]["rules"][ids.index("anonymous-source")]
    assert rule["shortDescription"]["text"] and "Standard:" in rule["help"]["text"]
    active = [x for x in run["results"] if "suppressions" not in x]
    assert len(active) == 1
    res = active[0]
    reg = res["locations"][0]["physicalLocation"]["region"]
    content = draft.read_text(encoding="utf-8")
    assert content[reg["charOffset"]:reg["charOffset"] + reg["charLength"]] == "familiar with"
    assert reg["startLine"] == content[:reg["charOffset"]].count("\n") + 1
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("draft%20one.md")
    assert res["partialFingerprints"]["factcheckFingerprint/v1"]
    assert res["ruleIndex"] == ids.index("anonymous-source")
    supp = [x for x in run["results"] if "suppressions" in x]
    assert supp[0]["suppressions"][0]["justification"] == "desk ok"


def test_related_locations_and_empty_report_validate():
    f = Finding(rule="conflicting-figure", severity="error", path="a.md", start=5, end=11, message="m",
                line=1, column=6, end_line=1, end_column=12,
                related=(Location(path="b.md", start=0, end=4, line=2, column=1, end_line=2, end_column=5,
                                  text="It has 45,000."),))
    log = json.loads(get("sarif").render(Report(analyses=(), findings=(f,)), RenderOptions()))
    _validate(log)
    rel = log["runs"][0]["results"][0]["relatedLocations"][0]
    assert rel["physicalLocation"]["region"]["startLine"] == 2 and rel["message"]["text"] == "It has 45,000."
    _validate(json.loads(get("sarif").render(Report(analyses=(), findings=()), RenderOptions())))


def test_schema_rejects_a_broken_log():
    with pytest.raises(jsonschema.ValidationError):
        _validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})
