"""The text output is written in Python (no Jinja at start-up, issue 17);
templates/text.j2 says the same and renders when a template folder holds a
text.j2.  Both must give the same bytes on every kind of report."""

from dataclasses import replace

import pytest

from factcheck.model import Finding, Location, Report, SourceCheck, SourcePayload, Story
from factcheck.render import RenderOptions, get
from factcheck.render.text import _with_template

from .handout_report import hostile_report, long_report, story_report
from .helpers import report_for
from .test_handout_model import _odd_report


def _sourced(report: Report) -> Report:
    checks = tuple(SourceCheck("a.txt", i, i + 1, SourcePayload(kind, status, "w"))
                   for i, (kind, status) in enumerate([
                       ("quote", "verbatim"), ("quote", "altered"), ("quote", "verbatim"), ("figure", "differs"),
                       ("claim", "unsupported"), ("quote", "Verbatim"), ("figure", "matches")]))
    return replace(report, source_files=("t.vtt", "r.pdf"), source_checks=checks)


def _everything(report: Report) -> Report:
    """Suppressed findings, a baseline, skipped files and many stories."""
    f = Finding("anonymous-source", "warning", "a\tb.txt", 3, 9, "msg\x1b[31m  two\nlines", line=2, column=4,
                text="A \x07sentence\n with  breaks.", sentence_start=0, sentence_end=26,
                related=(Location("other.txt", 1, 4, line=7, text="see\nthis " * 30), Location("x.md", 0, 1)))
    para = replace(f, line=0, column=0, paragraph=5, rule="input-error")
    stories = tuple(Story(f"k{i}", f"Story number {i} " * (i + 1), tuple(f"p{i}-{j}.txt" for j in range(i % 3 + 1)))
                    for i in range(14))
    return replace(report, findings=report.findings + (f, para), stories=stories,
                   suppressed=((f, ""), (para, "a reason\nwith a break")), baseline_skipped=1,
                   skipped=("a.csv", "b.xlsx"))


def _reports():
    yield "story", story_report()
    yield "hostile", hostile_report()
    yield "long", long_report()
    yield "odd", _odd_report()
    yield "empty", Report(analyses=(), findings=())
    yield "extracted", report_for("Officials said the rate rose 4.5% to $3bn, more than doubling since 2019.",
                                  "Officials said the rate rose 5% to $3bn.")
    yield "sourced", _sourced(story_report())
    yield "sourced-empty", replace(Report(analyses=(), findings=()), source_files=("t.vtt",))
    yield "everything", _everything(story_report())
    yield "one", replace(_everything(story_report()), baseline_skipped=2, skipped=("a.csv",),
                         stories=(Story("k", "k", ("a", "b")),))


@pytest.mark.parametrize("name,report", list(_reports()))
@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize("quiet", [False, True])
def test_python_text_equals_template(name, report, color, quiet):
    options = RenderOptions(color=color, quiet=quiet)
    assert get("text").render(report, options) == _with_template(report, options).encode("utf-8")


def test_a_template_folder_with_text_j2_is_used(tmp_path):
    (tmp_path / "text.j2").write_text("{{ counts.total }} in all\n", encoding="utf-8")
    out = get("text").render(story_report(), RenderOptions(template_dir=str(tmp_path)))
    assert out == f"{len(story_report().findings)} in all\n".encode()
    # a folder without text.j2 (a handout branding folder) changes nothing
    (tmp_path / "text.j2").unlink()
    assert get("text").render(story_report(), RenderOptions(template_dir=str(tmp_path))) == \
        get("text").render(story_report(), RenderOptions())
