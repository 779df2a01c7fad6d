"""The Word handout, read back with python-docx: headings, tables,
highlighted runs, literal article text and byte-identical output."""

import datetime as dt
import io
import zipfile

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX

from factcheck.check import run
from factcheck.model import Report
from factcheck.render import RenderOptions, get

from .conftest import SAMPLES, shared_path
from .handout_report import hostile_report, long_report, story_report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def render(report, template_dir=None):
    return get("docx").render(report, RenderOptions(template_dir=template_dir))


def all_text(d):
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return " ".join(" ".join(parts).split())


@pytest.fixture(scope="module")
def story_bytes():
    return render(story_report())


@pytest.fixture(scope="module")
def story_doc(story_bytes):
    return docx.Document(io.BytesIO(story_bytes))


@pytest.mark.parametrize("level, heading", [
    (1, "Summary"), (1, "Claims to verify"), (1, "Anonymous sources"), (1, "Figures across outlets"),
    (1, "Quotes"), (1, "Sources"), (1, "All findings"),
    (2, "Articles reviewed"), (2, "Findings by rule and severity"), (2, "employee: conflict"),
    (2, "Quotes worded differently across outlets"), (2, "The Port Alder Ledger (ledger.md)"),
    (2, "<i>Outlet</i> & {{ co }} (hostile.txt)"),
])
def test_sections_are_real_word_headings(story_doc, level, heading):
    found = [p.text for p in story_doc.paragraphs if p.style.name == f"Heading {level}"]
    assert heading in found, found


def _table_with_header(d, first_cell):
    for t in d.tables:
        if t.rows and t.rows[0].cells[0].text == first_cell:
            return t
    raise AssertionError(f"no table starting with {first_cell!r}")


@pytest.mark.parametrize("first, header, row_text", [
    ("Article", ["Article", "Outlet", "Author", "Date", "Words", "Findings", "Verdict"], "Renata Obi"),
    ("Claim", ["Claim", "Attribution", "Suggested verification"], "Editor\u2019s verdict: verified"),
    ("Source", ["Source", "Sentence", "Reason for anonymity", "Supplies"], "a characterisation of a person"),
    ("Outlet", ["Outlet", "Wording", "Interval", "Verdict"], "4,275 \u2013 4,725"),
    ("Speaker", ["Speaker", "Article", "Quote"], "We owe riders a system that runs on time"),
])
def test_tables_have_repeating_header_and_content(story_doc, first, header, row_text):
    t = _table_with_header(story_doc, first)
    assert [c.text for c in t.rows[0].cells] == header
    assert t.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
    body = " ".join(c.text for row in t.rows[1:] for c in row.cells)
    assert row_text in body


@pytest.mark.parametrize("marked", [
    "People familiar with the board", "6,000 employees", "all-time high", "worst in a decade", "schedule", "time",
])
def test_flagged_words_are_highlighted_runs(story_doc, marked):
    runs = [r for p in story_doc.paragraphs for r in p.runs]
    runs += [r for t in story_doc.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    assert any(r.text == marked and r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in runs)


@pytest.mark.parametrize("literal", [
    "{{ 7*7 }}", '<img src="/etc/passwd">', "&amp; &nbsp;", "<script>alert(1)</script>", "<!-- c -->",
    "Superlative <b>with</b> {{ 7*7 }} no source & more.", "Zo\u00eb Bront\u00eb", "5\u203210\u2033",
])
def test_article_text_is_literal(story_doc, literal):
    assert literal in all_text(story_doc)


def test_control_characters_are_stripped(story_bytes, story_doc):
    xml = zipfile.ZipFile(io.BytesIO(story_bytes)).read("word/document.xml")
    assert b"\x07" not in xml and b"\x0b" not in xml
    assert "bellvt" in all_text(story_doc)


def test_footer_has_page_x_of_y_fields(story_bytes):
    z = zipfile.ZipFile(io.BytesIO(story_bytes))
    footers = b"".join(z.read(n) for n in z.namelist() if n.startswith("word/footer"))
    assert b" PAGE " in footers and b" NUMPAGES " in footers
    headers = b"".join(z.read(n) for n in z.namelist() if n.startswith("word/header"))
    assert "Editorial review: Dana Whitfield".encode() in headers


def test_contents_field_only_in_a_long_report(story_bytes):
    xml = zipfile.ZipFile(io.BytesIO(story_bytes)).read("word/document.xml")
    assert b'TOC \\o' not in xml
    assert b"In this report: " in xml and "Claims to verify \u00b7 Anonymous sources".encode() in xml
    xml = zipfile.ZipFile(io.BytesIO(render(long_report()))).read("word/document.xml")
    assert b'TOC \\o "1-2"' in xml


def test_byte_identical_with_fixed_properties_and_zip(story_bytes, story_doc):
    render(hostile_report())
    assert render(story_report()) == story_bytes
    cp = story_doc.core_properties
    day = dt.datetime(2026, 3, 16, tzinfo=dt.timezone.utc)
    assert cp.created == day and cp.modified == day
    assert cp.author == "factcheck"
    z = zipfile.ZipFile(io.BytesIO(story_bytes))
    assert z.namelist()[0] == "[Content_Types].xml"
    assert z.namelist()[1:] == sorted(z.namelist()[1:])
    assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_same_content_as_the_pdf(story_doc):
    """Both formats come from one template: the PDF's section titles and
    findings are the Word file's."""
    from factcheck.render.handout import Heading, document

    heads = [b.text for b in document(story_report()).blocks if isinstance(b, Heading)]
    word = [p.text for p in story_doc.paragraphs if p.style.name.startswith("Heading")]
    assert heads == word


def test_empty_report():
    d = docx.Document(io.BytesIO(render(Report(analyses=(), findings=(), generated="2026-01-01"))))
    assert "No findings." in all_text(d)


def test_template_dir_brands_the_word_file(tmp_path):
    (tmp_path / "handout_brand.j2").write_text('{% set accent = "#7a1f1f" %}{% set org = "The Daily Planet" %}')
    d = docx.Document(io.BytesIO(render(story_report(), str(tmp_path))))
    assert d.sections[0].header.paragraphs[0].text.startswith("The Daily Planet")
    assert d.styles["Heading 1"].font.color.rgb == docx.shared.RGBColor(0x7A, 0x1F, 0x1F)


def test_sample_inputs_findings_in_word():
    report = run([str(SAMPLES)])
    d = docx.Document(io.BytesIO(render(report)))
    text = all_text(d)
    for f in report.findings:
        assert f"{f.severity.upper()} \u00b7 {f.rule}" in text
        assert " ".join(f.message.split())[:60] in text


def test_reference_articles_in_word():
    report = run([str(shared_path("reference-articles"))])
    text = all_text(docx.Document(io.BytesIO(render(report))))
    assert "unnamed administration officials" in text
    assert "all-time high" in text
    assert "Magnus" in text


def test_table_rows_never_split_across_pages(story_bytes):
    xml = zipfile.ZipFile(io.BytesIO(story_bytes)).read("word/document.xml").decode()
    rows = xml.count("<w:tr>")
    assert rows and xml.count("<w:tr><w:trPr><w:cantSplit/>") == rows


def test_charts_are_pictures_of_the_pdf_drawing(story_bytes):
    """The interval chart of a conflict is the PDF's drawing as a PNG picture,
    not text bars; no placeholder is left behind."""
    z = zipfile.ZipFile(io.BytesIO(story_bytes))
    media = [n for n in z.namelist() if n.startswith("word/media/") and n.endswith(".png")]
    assert media and all(z.read(n).startswith(b"\x89PNG") for n in media)
    xml = z.read("word/document.xml").decode()
    assert "factcheck-chart-" not in xml and "<pic:pic" in xml and "\u2588" not in xml
