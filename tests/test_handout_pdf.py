"""The PDF handout, read back with pypdf: content, safety, fonts,
navigation and byte-identical output."""

import io
import re

import pytest
from pypdf import PdfReader

from factcheck.check import run
from factcheck.errors import SetupError
from factcheck.model import Report
from factcheck.render import RenderOptions, get

from .conftest import SAMPLES, shared_path
from .handout_report import hostile_report, long_report, story_report


def render(report, template_dir=None):
    return get("pdf").render(report, RenderOptions(template_dir=template_dir))


def text_of(data):
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages)


def flat(text):
    return " ".join(text.split())


@pytest.fixture(scope="module")
def story_pdf():
    return render(story_report())


@pytest.fixture(scope="module")
def story_text(story_pdf):
    return flat(text_of(story_pdf))


@pytest.mark.parametrize("expected", [
    # cover and summary
    "Editorial review: Dana Whitfield / transit board",
    "3 articles checked on 2026-03-16",
    "8 findings: 2 errors, 5 warnings, 1 for information",
    "The Port Alder Ledger", "Renata Obi", "2026-03-14",
    "Findings by rule and severity", "anonymous-source", "conflicting-figure",
    # sections
    "Claims to verify", "Anonymous sources", "Figures across outlets", "Quotes", "Sources",
    "All findings",
    # claims: attribution status, verification step, editor's verdict
    "no attribution", "anonymous source", "Editor\u2019s verdict: verified",
    "Check the record against historical data",
    # anonymous sources: reason given or not (the older "explained" key too), what the source supplies
    "given in the story", "not given", "a characterisation of a person",
    # figures across outlets: intervals and verdict
    "employee: conflict", "4,275 \u2013 4,725", "6,000",
    # quote variants side by side
    "We owe riders a system that runs on schedule", "We owe riders a system that runs on time",
    # findings: each rule's standard and suggestion once, in the rules appendix
    "Standard: AP Statement of News Values and Principles",
    "What to do: Name the source, or say in the story why anonymity was granted", "The rules in these findings",
    # a finding whose data has none of the expected keys still renders
    "A variant with no data.",
    # running header and page numbers
    "Page 3 of",
])
def test_pdf_shows(story_text, expected):
    assert flat(expected) in story_text


@pytest.mark.parametrize("literal", [
    "{{ 7*7 }}",
    "{% if x %}yes{% endif %}",
    '<img src="/etc/passwd">',
    "&amp; &nbsp;",
    "<para>x</para>",
    "<script>alert(1)</script>",
    "<!-- c -->",
    "Superlative <b>with</b> {{ 7*7 }} no source & more.",
    "<i>Outlet</i> & {{ co }}",
    "Zo\u00eb Bront\u00eb", "d\u00e9lai", "\u201cunacceptable\u201d", "\u2014", "5\u203210\u2033",
])
def test_article_text_prints_literally(story_text, literal):
    assert literal in story_text


def test_template_syntax_is_not_evaluated_and_controls_are_stripped(story_text):
    assert " 49 " not in story_text
    assert "bellvt" in story_text  # \x07 and \x0b removed, text kept


def test_fonts_are_embedded_dejavu(story_pdf):
    reader = PdfReader(io.BytesIO(story_pdf))
    fonts = set()
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts.add(str(f["/BaseFont"]))
            desc = f.get("/FontDescriptor") or f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in desc.get_object(), f["/BaseFont"]
    assert fonts and all("DejaVu" in f for f in fonts), fonts


def test_bookmarks_point_at_the_right_pages(story_pdf):
    reader = PdfReader(io.BytesIO(story_pdf))
    marks = {}

    def walk(items):
        for it in items:
            if isinstance(it, list):
                walk(it)
            else:
                marks[it.title] = reader.get_destination_page_number(it)

    walk(reader.outline)
    assert marks["Before print"] == 0 and marks["Summary"] <= marks["Claims to verify"]
    assert 0 < marks["Claims to verify"] <= marks["Quotes"] <= marks["All findings"] < len(reader.pages)
    for title, page in marks.items():
        words = [w for w in re.findall(r"\w+", title) if len(w) > 3][:2]
        page_text = reader.pages[page].extract_text()
        assert all(w in page_text for w in words), (title, page)


def test_short_report_lists_its_sections_on_the_cover(story_pdf):
    reader = PdfReader(io.BytesIO(story_pdf))
    cover = flat(reader.pages[0].extract_text())
    assert "In this report: Claims to verify \u00b7 Anonymous sources" in cover
    assert not any(p.extract_text().splitlines()[1:2] == ["Contents"] for p in reader.pages)


def test_contents_page_lists_sections_with_page_numbers():
    reader = PdfReader(io.BytesIO(render(long_report())))
    toc = next(p.extract_text() for p in reader.pages if p.extract_text().splitlines()[1:2] == ["Contents"]
               or "\nContents\n" in p.extract_text())
    assert "Contents" in toc and "Claims to verify" in toc and "All findings" in toc
    assert re.search(r"\b[3-9]\b", toc)


def test_long_tables_split_with_repeated_header():
    data = render(long_report())
    reader = PdfReader(io.BytesIO(data))
    pages_with_header = [i for i, p in enumerate(reader.pages) if "Suggested verification" in p.extract_text()]
    assert len(pages_with_header) >= 3


def test_byte_identical_and_invariant_restored():
    from reportlab import rl_config

    before = rl_config.invariant
    a = render(story_report())
    render(hostile_report())  # another render in between changes nothing
    b = render(story_report())
    assert a == b
    assert rl_config.invariant == before


class _Forgetful(dict):
    def get(self, key, default=None):
        return default


@pytest.mark.parametrize("make", [story_report, hostile_report, long_report])
def test_text_shortcuts_write_what_reportlab_writes(make, monkeypatch):
    """pdf_text's speed shortcut (blocks drawn once per render) gives the
    same bytes as drawing every block afresh."""
    from factcheck.render import pdf_text

    report = make()
    fast = render(report)
    monkeypatch.setattr(pdf_text, "DRAWN", _Forgetful())
    assert render(report) == fast


def test_empty_report_renders():
    text = flat(text_of(render(Report(analyses=(), findings=(), generated="2026-01-01"))))
    assert "No findings." in text and "No check-worthy claims were found." in text


def test_template_dir_brands_the_handout(tmp_path):
    (tmp_path / "handout_brand.j2").write_text('{% set accent = "#7a1f1f" %}{% set org = "The Daily Planet" %}')
    text = flat(text_of(render(story_report(), str(tmp_path))))
    assert "The Daily Planet \u00b7 Editorial review" in text


@pytest.mark.parametrize("template, message", [
    ("{{ no_such_variable }}", "handout template error"),
    ("<handout><h1>unclosed</handout>", "invalid markup"),
    ("<handout><blink>x</blink></handout>", "unknown block"),
])
def test_broken_user_template_is_a_setup_error(tmp_path, template, message):
    (tmp_path / "handout.j2").write_text(template)
    with pytest.raises(SetupError, match=message):
        render(story_report(), str(tmp_path))


def test_sample_inputs_every_finding_is_in_the_handout():
    report = run([str(SAMPLES)])
    text = flat(text_of(render(report)))
    for a in report.analyses:
        assert a.article.label in text
    for f in report.findings:
        assert f"{f.severity.upper()} \u00b7 {f.rule}" in text
        assert flat(f.message)[:60] in text


def test_reference_articles_acceptance():
    report = run([str(shared_path("reference-articles"))])
    text = flat(text_of(render(report)))
    assert "unnamed administration officials" in text
    assert "all-time high" in text
    assert "Magnus" in text and "Direct quotes" in text
    for f in report.findings:
        assert f"{f.severity.upper()} \u00b7 {f.rule}" in text


def test_templates_copy_gives_a_working_template_dir(tmp_path):
    from factcheck.cli import run_cli

    folder = tmp_path / "tpl"
    assert run_cli(["templates", "copy", str(folder)]) == 0
    assert (folder / "handout.j2").is_file() and (folder / "text.j2").is_file()
    assert render(story_report(), template_dir=str(folder)) == render(story_report())
    assert run_cli(["templates", "copy", str(folder)]) == 2  # no silent overwrite
    (folder / "handout_brand.j2").write_text("{% set org = 'The Ledger' %}{% set accent = '#000000' %}")
    assert run_cli(["templates", "copy", str(folder), "--force"]) == 0
    assert "The Ledger" not in (folder / "handout_brand.j2").read_text()
