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
    claim = "An estimated 12,000 residents of the county were homeless in {} .\n\n"
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


def _with_findings(n):
    from dataclasses import replace

    from .handout_report import story_report
    base = story_report(with_hostile=False)
    found = [replace(f, start=f.start + k) for k in range(n // len(base.findings) + 1) for f in base.findings][:n]
    return replace(base, findings=tuple(found))


@pytest.mark.parametrize("n, chart", [(8, False), (29, False), (30, True)])
def test_bar_chart_only_for_many_findings(n, chart):
    from factcheck.render.handout import Bars, document
    doc = document(_with_findings(n))
    assert any(isinstance(b, Bars) for b in doc.blocks) == chart


def test_one_entry_per_flagged_sentence():
    """Several findings on one sentence share one entry: the sentence is
    printed once under All findings, after each finding's line."""
    from dataclasses import replace

    from factcheck.render.handout_data import context

    from .handout_report import story_report
    base = story_report(with_hostile=False)
    first = base.findings[0]
    twin = replace(first, rule="desk-verdict", severity="error", message="The desk rated this claim false")
    ctx = context(replace(base, findings=(first, twin) + base.findings[1:]))
    group = next(g for g in ctx["findings"] if g["path"] == first.path)
    item = group["sentences"][0]
    assert [f["rule"] for f in item["findings"]] == [first.rule, "desk-verdict"]
    assert len(group["sentences"]) == len(group["entries"]) - 1


def test_desk_verdict_wins_over_agreement_in_the_figures_section():
    """The sample claims file rates 'Fares have risen 18% since 2021' false:
    the figures section must not shade it as agreeing across outlets."""
    from factcheck.render.handout_data import context

    from .conftest import SAMPLES
    ctx = context(run([str(SAMPLES)]))
    groups = [g for g in ctx["figures"] if any("risen 18%" in (r.get("text") or "") or
                                                 any("risen" in x["text"] for x in r.get("runs", []))
                                                 for r in g["rows"])]
    assert groups and all(g["verdict"].startswith("rated false") and g["conflict"] for g in groups)


def test_sample_handout_is_short_and_has_no_contents_page():
    """Issue 14: the sample handout was 10-12 pages with a contents page;
    it is shorter with nothing lost (the sections are listed on the cover).
    Nine pages then, for 22 findings; ten now that the samples hold one more
    (a quote that stops short: "not delivering" / "not delivering that")."""
    from pypdf import PdfReader

    from .conftest import SAMPLES
    data = get("pdf").render(run([str(SAMPLES)]), RenderOptions())
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) <= 10
    assert "In this report:" in reader.pages[0].extract_text()
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for section in ("Claims to verify", "Anonymous sources", "Figures across outlets", "Quotes", "Sources",
                    "All findings", "The rules in these findings"):
        assert section in text


def test_paragraph_strip_cells_follow_the_findings():
    """The strip shades a paragraph by its most serious finding (error over
    warning; info leaves it clean), and a cross-article finding shades its
    paragraph in the other article too."""
    from dataclasses import replace

    from factcheck.render.handout_front import strips

    from .handout_report import story_report
    report = story_report(with_hostile=False)
    drawn = strips(report)
    with_paragraphs = [a for a in report.analyses if a.sentences]
    assert drawn and [s["label"] for s in drawn] == [a.article.label for a in with_paragraphs]
    for a, strip in zip(with_paragraphs, drawn):
        cells = [c for row in strip["rows"] for c in row if c["n"]]
        assert [c["n"] for c in cells] == list(range(1, max(s.paragraph for s in a.sentences) + 2))
        for c in cells:
            here = [f.severity for f in report.findings
                    if f.path == a.article.path and f.paragraph == c["n"]]
            here += [f.severity for f in report.findings for r in f.related
                     if r.path == a.article.path and a.sentence_at(r.start)
                     and a.sentence_at(r.start).paragraph + 1 == c["n"]]
            want = "error" if "error" in here else "warning" if "warning" in here else ""
            assert c["shade"] == want, (a.article.label, c)
    # one more error in the first article's first paragraph turns its cell red
    first = report.analyses[0]
    f = replace(report.findings[0], path=first.article.path, paragraph=1, severity="error", related=())
    shaded = strips(replace(report, findings=report.findings + (f,)))[0]["rows"][0][0]
    assert shaded == {"n": 1, "shade": "error"}


def test_paragraph_strip_is_in_the_pdf_and_word_handouts():
    from .handout_report import story_report
    report = story_report(with_hostile=False)
    from pypdf import PdfReader
    pdf = get("pdf").render(report, RenderOptions())
    assert "Where the problems are" in " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    import zipfile
    docx = get("docx").render(report, RenderOptions())
    assert b"Where the problems are" in zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml")


def test_two_articles_of_one_outlet_are_told_apart():
    from factcheck.render.handout_data import context

    from .conftest import SAMPLES
    ctx = context(run([str(SAMPLES)]))
    outlets = [a["outlet"] for a in ctx["articles"]]
    assert outlets.count("The Port Alder Ledger") == 1 and "The Port Alder Ledger (2)" in outlets
    assert any(c["article"] == "The Port Alder Ledger (2)" for c in ctx["claims"])


def _wire_day(tmp_path, n=5):
    """A day's wire folder: n unrelated stories of one outlet, two of them one story."""
    texts = [f"---\ntitle: Company {k} results\noutlet: Coast Wire\ndate: 2026-03-02\nstory: company-{k}\n---\n\n"
             f"Harnby Works {k} Ltd said its profit rose {k + 3}% to {k + 10} million dollars in 2025.\n"
             for k in range(n)]
    texts.append("---\ntitle: Company 0 results follow-up\noutlet: Coast Wire\ndate: 2026-03-02\nstory: company-0\n"
                 "---\n\nAnalysts said Harnby Works 0 Ltd's profit rise of 3% to 10 million dollars in 2025 beat "
                 "forecasts.\n")
    for k, t in enumerate(texts):
        (tmp_path / f"{k:05d}.md").write_text(t, encoding="utf-8")
    return run([str(tmp_path)])


def test_many_articles_of_one_outlet_are_told_apart_by_file_name(tmp_path):
    """A day's wire in one folder: "Coast Wire (5)" is a number only the handout knows; the file
    name is one an editor can find."""
    from factcheck.render.handout_data import context

    ctx = context(_wire_day(tmp_path))
    outlets = [a["outlet"] for a in ctx["articles"]]
    assert "Coast Wire \u00b7 00003.md" in outlets and not any("(" in o for o in outlets)


def test_a_folder_of_many_stories_is_titled_by_its_stories(tmp_path):
    from factcheck.render.handout_data import context

    ctx = context(_wire_day(tmp_path))
    assert ctx["title"] == "5 stories, 1 of them in several articles"
    assert ctx["story_labels_heading"] == "Stories in several articles" and len(ctx["story_labels"]) == 1
