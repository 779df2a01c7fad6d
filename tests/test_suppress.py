"""Inline suppression comments and skip-quoted."""

import pytest
from tests.fakerule import fake_anonymous  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("fake_anonymous")


from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.settings import Settings
from factcheck.suppress import regions
from tests.helpers import report_for

ANON = "The mayor plans to resign next month, according to two people familiar with the matter."


def test_ignore_next_paragraph_with_reason():
    text = ("<!-- factcheck: ignore anonymous-source -- cleared by the standards desk -->\n"
            + ANON + "\n\n" + ANON.replace("mayor", "governor") + "\n")
    rep = report_for(text)
    anon = [f for f in rep.findings if f.rule == "anonymous-source"]
    assert len(anon) == 1 and "governor" in anon[0].text
    assert [(f.rule, why) for f, why in rep.suppressed] == [("anonymous-source", "cleared by the standards desk")]


def test_ignore_other_rule_does_not_silence():
    text = "<!-- factcheck: ignore quote-variant -->\n" + ANON + "\n"
    rep = report_for(text)
    assert any(f.rule == "anonymous-source" for f in rep.findings)
    assert not rep.suppressed


def test_off_on_block():
    body = ANON + "\n\n<!-- factcheck: off -- embargoed copy -->\n" + ANON.replace("mayor", "chief") + \
        "\n\n<!-- factcheck: on -->\n" + ANON.replace("mayor", "judge") + "\n"
    rep = report_for(body)
    texts = [f.text for f in rep.findings if f.rule == "anonymous-source"]
    assert any("mayor" in t for t in texts) and any("judge" in t for t in texts)
    assert not any("chief" in t for t in texts)
    assert [why for _, why in rep.suppressed] == ["embargoed copy"]


def test_off_without_on_runs_to_end():
    text = "Intro.\n\n<!-- factcheck: off -->\n" + ANON + "\n"
    r = regions(text)
    assert r[0].end == len(text) and not r[0].rules


def test_not_a_directive_is_ignored():
    assert regions("<!-- factcheck: please review --> text") == []
    assert regions("<!-- an ordinary comment -->") == []


def test_skip_quoted():
    text = '"People familiar with the plan are worried," Ana Ruiz said.\n\n' + ANON + "\n"
    plain = report_for(text)
    assert plain.analyses[0].quotes, "quote extraction found no quote"
    skipped = report_for(text, settings=Settings(skip_quoted=True))
    assert len(plain.findings) == 2 and len(skipped.findings) == 1
    assert "mayor" in skipped.findings[0].text
    assert skipped.suppressed[0][1].startswith("inside a direct quote")


def test_cli_fails_then_passes_with_suppression(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(ANON + "\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["check", str(draft), "-q", "--fail-on", "warning"]).exit_code == 1
    draft.write_text("<!-- factcheck: ignore anonymous-source -- two sources, desk approved -->\n" + ANON + "\n",
                     encoding="utf-8")
    r = runner.invoke(cli, ["check", str(draft), "-q", "--fail-on", "warning", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert '"suppressed": 1' in r.output


def test_text_report_lists_suppressed_with_reason(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("<!-- factcheck: ignore anonymous-source -- two sources, desk approved -->\n" + ANON + "\n",
                     encoding="utf-8")
    r = CliRunner().invoke(cli, ["check", str(draft)])
    assert "1 suppressed by comments in the articles:" in r.output
    assert f"{draft}:2:" in r.output and "[anonymous-source] two sources, desk approved" in r.output


def test_suppressed_findings_and_reasons_are_listed_in_json_and_handout(tmp_path):
    import json

    import docx

    draft = tmp_path / "draft.md"
    draft.write_text("<!-- factcheck: ignore anonymous-source -- cleared by the standards desk -->\n"
                     + ANON + "\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["check", str(draft), "--format", "json", "--isolated"]).output
    data = json.loads(out)
    assert data["summary"]["suppressed"] == 1
    assert [(s["rule"], s["line"], s["reason"]) for s in data["suppressed"]] == [
        ("anonymous-source", 2, "cleared by the standards desk")]
    assert "familiar with the matter" in data["suppressed"][0]["text"]
    handout = tmp_path / "r.docx"
    CliRunner().invoke(cli, ["report", str(draft), "-o", str(handout), "--isolated", "-q"])
    rows = [[c.text for c in r.cells] for t in docx.Document(str(handout)).tables for r in t.rows]
    assert any(r[0] == "anonymous-source" and r[-1] == "cleared by the standards desk" for r in rows), rows


def test_trailing_comment_silences_its_own_paragraph_not_the_next():
    text = (ANON + " <!-- factcheck: ignore anonymous-source -- cleared -->\n\n"
            + ANON.replace("mayor", "governor") + "\n")
    rep = report_for(text)
    anon = [f.text for f in rep.findings if f.rule == "anonymous-source"]
    assert len(anon) == 1 and "governor" in anon[0]
    assert [why for _, why in rep.suppressed] == ["cleared"]
