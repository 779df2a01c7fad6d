"""Findings in HTML and DOCX files point at the file's own lines, or at the
file (issue 13, defect 8)."""

import json

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

PAGE = """<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>County jobs</title>
<meta name="description" content="Unemployment news">
</head>
<body>
<article>
<h1>County jobs report</h1>
<p>The county council met on Monday to discuss the budget for the coming year.</p>
<p>Unemployment in the county has doubled since 2019.</p>
<p>The mayor will resign, according to two people
familiar with the matter.</p>
</article>
</body>
</html>
"""


def _json(path, fmt="json"):
    r = CliRunner().invoke(cli, ["check", str(path), "-q", "--no-cache", "--isolated", "--format", fmt])
    return r.output


def test_html_findings_carry_the_file_line(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    found = {f["rule"]: (f["line"], f["column"]) for f in json.loads(_json(page))["findings"]}
    lines = PAGE.splitlines()
    line, col = found["unsourced-claim"]
    assert line == 12 and lines[line - 1][col - 1:].startswith("doubled")
    line, col = found["anonymous-source"]
    assert line in (13, 14) and "familiar" in "\n".join(lines[12:14])


def test_docx_findings_are_file_level(tmp_path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("The county council met on Monday to discuss the budget.")
    doc.add_paragraph("Unemployment in the county is at an all-time high.")
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    (finding,) = json.loads(_json(path))["findings"]
    assert finding["line"] == 0
    sarif = json.loads(_json(path, "sarif"))
    loc = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert "region" not in loc and loc["artifactLocation"]["uri"].endswith("draft.docx")
    gh = _json(path, "github")
    assert "::warning file=" in gh and ",line=" not in gh
    text = CliRunner().invoke(cli, ["check", str(path), "-q", "--no-cache", "--isolated"]).output
    assert "draft.docx: paragraph 2: warning [unsourced-claim]" in text
