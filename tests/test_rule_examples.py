"""Every rule ships must-trigger and must-not-trigger examples; run them all."""

import pytest

from factcheck.check import run
from factcheck.rules import all_rules

from .helpers import report_for


def _cases(kind):
    for rule in all_rules():
        for i, ex in enumerate(rule.EXAMPLES.get(kind, [])):
            yield pytest.param(rule, ex, id=f"{rule.ID}-{kind}-{i}")


def test_every_rule_has_examples_and_docs():
    for rule in all_rules():
        assert rule.EXAMPLES.get("trigger"), f"{rule.ID} has no must-trigger examples"
        assert rule.EXAMPLES.get("no_trigger"), f"{rule.ID} has no must-not-trigger examples"
        for attr in ("ID", "SEVERITY", "SUMMARY", "STANDARD", "SUGGESTION", "SCOPE"):
            assert getattr(rule, attr), f"{rule.ID} lacks {attr}"
        assert rule.SEVERITY in ("error", "warning", "info")
        assert len((rule.__doc__ or "").split()) >= 30, f"{rule.ID} docstring is too thin to document it"


def _run_example(rule, ex, tmp_path):
    if rule.SCOPE == "input":
        good = tmp_path / "good.txt"
        good.write_text("The council met on Tuesday evening to discuss the budget.\n")
        (tmp_path / ex["name"]).write_text(ex["content"])
        report = run([str(tmp_path)])
        assert str(good) in [a.article.path for a in report.analyses], "the good file must still be checked"
        return [f for f in report.findings if f.rule == rule.ID]
    if rule.SCOPE == "sources":  # an article and the source documents it is checked against
        from factcheck.settings import Settings

        folder = tmp_path / "sources"
        folder.mkdir()
        for name, content in ex["sources"].items():
            (folder / name).write_text(content)
        (tmp_path / "draft.txt").write_text(ex["article"])
        report = run([str(tmp_path / "draft.txt")], Settings(sources=(str(folder),)))
        return [f for f in report.findings if f.rule == rule.ID]
    if isinstance(ex, dict):  # a file, such as a claims file
        (tmp_path / ex["name"]).write_text(ex["content"])
        return [f for f in run([str(tmp_path)]).findings if f.rule == rule.ID]
    texts = ex if isinstance(ex, (list, tuple)) else [ex]
    report = report_for(*texts)
    return [f for f in report.findings if f.rule == rule.ID]


@pytest.mark.parametrize("rule,ex", list(_cases("trigger")))
def test_must_trigger(rule, ex, tmp_path):
    assert _run_example(rule, ex, tmp_path), f"{rule.ID} did not fire on: {ex}"


@pytest.mark.parametrize("rule,ex", list(_cases("no_trigger")))
def test_must_not_trigger(rule, ex, tmp_path):
    found = _run_example(rule, ex, tmp_path)
    assert not found, f"{rule.ID} fired on: {ex}: {[f.message for f in found]}"


def test_input_error_is_a_rule_like_the_others(tmp_path):
    """Switched off, or given another severity, in the settings as any rule is;
    its findings carry its id, severity and suggestion, stamped by the engine."""
    from factcheck.rules import input_error
    from factcheck.settings import Settings

    (tmp_path / "good.txt").write_text("The council met on Tuesday evening.\n")
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody.\n")
    found = [f for f in run([str(tmp_path)]).findings if f.rule == input_error.ID]
    assert len(found) == 1 and found[0].severity == "error" and found[0].suggestion == input_error.SUGGESTION
    assert found[0].path.endswith("broken.md") and found[0].line == 1
    quiet = run([str(tmp_path)], Settings(severity={input_error.ID: "info"}))
    assert [f.severity for f in quiet.findings if f.rule == input_error.ID] == ["info"]
    off = run([str(tmp_path)], Settings(rules={input_error.ID: False}))
    assert not [f for f in off.findings if f.rule == input_error.ID]


def test_explain_shows_every_rules_examples_as_text():
    from factcheck.rules import RULES, documentation

    text = documentation(RULES["input-error"])
    assert "a file broken.md containing: --- \u23ce title: [unclosed" in text
    assert "{'name'" not in text
    for rule in all_rules():
        doc = documentation(rule)
        assert rule.SUMMARY in doc and "Triggers on:" in doc and "Does not trigger on:" in doc
