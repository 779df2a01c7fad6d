"""Page 1 of the handout answers "what must change before print?" (issue 14)."""

import io
from pathlib import Path

import pytest

from factcheck.check import run
from factcheck.model import Finding, Location
from factcheck.render import RenderOptions, get
from factcheck.render.handout_front import FRONT_PAGE_ITEMS, verdict

REF = Path(__file__).resolve().parents[2] / "shared" / "reference-articles"


def _f(rule, severity, path="a.md", related=()):
    return Finding(rule=rule, severity=severity, path=path, start=0, end=1, message="m", related=related)


@pytest.mark.parametrize("findings, expected", [
    ([], "ready"),
    ([_f("unsourced-claim", "info")], "ready"),
    ([_f("unsourced-claim", "warning")], "needs sourcing"),
    ([_f("anonymous-source", "error"), _f("unsourced-claim", "warning")], "needs sourcing"),
    ([_f("unsourced-claim", "warning"), _f("conflicting-figure", "error")], "needs verification"),
    ([_f("input-error", "error"), _f("conflicting-figure", "error")], "not checked"),
    ([_f("suppression-comment", "warning")], "ready"),
])
def test_verdict_rule(findings, expected):
    assert verdict(findings) == expected


@pytest.mark.skipif(not REF.is_dir(), reason="../shared/reference-articles not present")
def test_reference_page_one_holds_both_anonymous_source_errors():
    from pypdf import PdfReader

    report = run([str(REF)])
    errors = [f for f in report.findings if f.rule == "anonymous-source" and f.severity == "error"]
    assert len(errors) == 2
    pdf = get("pdf").render(report, RenderOptions())
    page1 = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    docx = pytest.importorskip("docx")
    doc = docx.Document(io.BytesIO(get("docx").render(report, RenderOptions())))
    first = []
    for p in doc.paragraphs:  # the cover runs up to the first page break
        if any(br.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type") == "page"
               for br in p._p.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}br")):
            break
        first.append(p.text)
    cover = " ".join(" ".join(first).split())
    for f in errors:
        words = " ".join(f.text.split())[:60]
        assert words in page1, words
        assert words in cover, words


def test_front_page_keeps_every_error_and_caps_warnings(tmp_path):
    claim = "Unemployment in the county has doubled since {} .\n\n"
    (tmp_path / "a.md").write_text("".join(claim.format(1990 + i).replace(" .", ".") for i in range(12)),
                                   encoding="utf-8")
    from factcheck.render.handout_data import context

    ctx = context(run([str(tmp_path)]))
    assert len(ctx["before_print"]) == FRONT_PAGE_ITEMS
    assert ctx["more_warnings"] == 12 - FRONT_PAGE_ITEMS
    assert [a["verdict"] for a in ctx["articles"]] == ["needs sourcing"]


def test_cross_article_finding_marks_both_articles():
    from factcheck.model import Report
    from factcheck.render.handout_front import verdicts

    other = Location(path="b.md", start=0, end=1)
    rep = Report(analyses=(), findings=(_f("conflicting-figure", "error", related=(other,)),))
    assert verdicts(rep) == {"a.md": "needs verification", "b.md": "needs verification"}
