"""--annotate: Word copies of the articles with a comment on every flagged
sentence."""

import io
import os

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX

from factcheck import annotate
from factcheck.check import run
from factcheck.cli import run_cli
from factcheck.model import Article, Report

from .conftest import SAMPLES
from .handout_report import story_report


@pytest.fixture(scope="module")
def story():
    return story_report()


@pytest.fixture(scope="module")
def copies(story, tmp_path_factory):
    out = tmp_path_factory.mktemp("handout") / "report.pdf"
    paths = annotate.write_all(story, str(out))
    return {os.path.basename(p): open(p, "rb").read() for p in paths}


def test_one_copy_per_article_in_the_annotated_folder(story, tmp_path):
    paths = annotate.write_all(story, str(tmp_path / "review.docx"))
    assert [os.path.relpath(p, tmp_path) for p in paths] == [
        os.path.join("review-annotated", n) for n in ("ledger.docx", "channel7.docx", "hostile.docx")]


@pytest.mark.parametrize("name, anchored, comment", [
    ("ledger.docx", "Board members asked Dana Whitfield to resign on Tuesday, according to two board members",
     "WARNING \u00b7 anonymous-source: Information is attributed to an unnamed source"),
    ("ledger.docx", "The agency has 6,000 employees and ridership is at an all-time high.",
     "ERROR \u00b7 conflicting-figure: Employees: 6,000 here but about 4,500 in Channel 7."),
    ("ledger.docx", "The agency has 6,000 employees and ridership is at an all-time high.",
     "WARNING \u00b7 unsourced-claim: Record claim with no source."),
    ("channel7.docx", "The agency, with about 4,500 employees",
     "ERROR \u00b7 conflicting-figure: Employees: 6,000 here but about 4,500 in Channel 7."),
    ("channel7.docx", "People familiar with the board said Whitfield was distant and slow.",
     "Suggestion: Name the source, or say in the story why anonymity was granted"),
    ("hostile.docx", "The board's \"<script>alert(1)</script>\" record is the worst in a decade.",
     "Superlative <b>with</b> {{ 7*7 }} no source & more."),
])
def test_comment_is_anchored_to_the_flagged_sentence(copies, name, anchored, comment):
    pairs = annotate.comments_of(copies[name])
    assert any(a.startswith(anchored) and comment in c for a, c in pairs), pairs


# a cross-article finding (conflicting-figure, quote-variant) is a comment in both articles
@pytest.mark.parametrize("name, count", [("ledger.docx", 5), ("channel7.docx", 3), ("hostile.docx", 2)])
def test_one_comment_per_finding(story, copies, name, count):
    assert len(annotate.comments_of(copies[name])) == count
    d = docx.Document(io.BytesIO(copies[name]))
    assert len(list(d.comments)) == count
    assert all(c.author == "factcheck" for c in d.comments)


def test_flagged_sentence_highlighted_and_flagged_words_bold(copies):
    d = docx.Document(io.BytesIO(copies["channel7.docx"]))
    runs = [r for p in d.paragraphs for r in p.runs]
    marked = "".join(r.text for r in runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW)
    assert "People familiar with the board said Whitfield was distant and slow." in marked
    assert any(r.bold and r.text == "People familiar with the board" for r in runs)
    plain = [r.text for r in runs if r.font.highlight_color is None]
    assert any("Transit chief refuses to quit" in t for t in plain)


def test_article_text_kept_literally(copies):
    d = docx.Document(io.BytesIO(copies["hostile.docx"]))
    text = "\n".join(p.text for p in d.paragraphs)
    assert '{{ 7*7 }} and {% if x %}yes{% endif %} <img src="/etc/passwd"> &amp; &nbsp;' in text
    assert "\x07" not in text and "bellvt" in text


def test_byte_identical(story, copies, tmp_path):
    again = annotate.write_all(story, str(tmp_path / "report.pdf"))
    assert {os.path.basename(p): open(p, "rb").read() for p in again} == copies


@pytest.mark.parametrize("paths, expected", [
    (["a/story.txt", "b/story.md", "c/Story.docx"], ["story.docx", "story-2.docx", "Story-3.docx"]),
    (["page.html", "notes.txt"], ["notes.docx"]),
])
def test_names_and_formats(paths, expected):
    from factcheck.extract import extract

    analyses = tuple(extract(Article(path=p, content="Officials said so.", format=p.rsplit(".", 1)[1]))
                     for p in paths)
    rep = Report(analyses=analyses, findings=())
    assert [os.path.basename(t) for _a, t in annotate.targets(rep, "out/report.pdf")] == expected


def test_cli_report_annotate(tmp_path):
    out = tmp_path / "review.docx"
    assert run_cli(["report", str(SAMPLES), "-o", str(out), "--annotate", "--quiet"]) == 0
    report = run([str(SAMPLES)])
    folder = tmp_path / "review-annotated"
    for a in report.analyses:
        if a.article.format not in annotate.FORMATS:
            continue
        stem = os.path.splitext(os.path.basename(a.article.path))[0]
        data = (folder / f"{stem}.docx").read_bytes()
        n = sum(1 for f in report.findings if f.path == a.article.path and f.rule != "input-error")
        n += sum(1 for f in report.findings for r in f.related if r.path == a.article.path != f.path)
        assert len(annotate.comments_of(data)) == n
    assert out.exists()
