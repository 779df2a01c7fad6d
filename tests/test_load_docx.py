"""DOCX drafts: tracked changes, tables, headers and footers, core
properties, damaged files.  Documents are built with python-docx; tracked
changes are added as raw w:ins / w:del XML."""

import datetime as dt
import zipfile

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from factcheck.errors import InputError
from factcheck.extract import extract
from factcheck.load import load_file


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _change(kind, text):
    """A w:ins / w:del / w:moveFrom / w:moveTo element holding one run."""
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), "1")
    el.set(qn("w:author"), "Copy Desk")
    el.append(_run(text, deleted=kind in ("del", "moveFrom")))
    return el


def _tracked(doc, pieces):
    """A paragraph from (kind, text) pieces: kind is '' for plain text."""
    p = doc.add_paragraph()
    for kind, text in pieces:
        p._p.append(_change(kind, text) if kind else _run(text))
    return p


def _load(doc, tmp_path, name="draft.docx"):
    path = tmp_path / name
    doc.save(str(path))
    (article,) = load_file(str(path), name)
    return article


@pytest.mark.parametrize("pieces,expected", [
    ([("", "The board voted "), ("ins", "5-4"), ("del", "6-3"), ("", " on Thursday.")],
     "The board voted 5-4 on Thursday."),
    ([("", "Ridership "), ("del", "reached 40 million"), ("ins", "topped 41.6 million"), ("", " trips.")],
     "Ridership topped 41.6 million trips."),
    ([("moveFrom", "Late "), ("", "buses are "), ("moveTo", "late "), ("", "again.")],
     "buses are late again."),
    ([("ins", "Whole inserted sentence.")], "Whole inserted sentence."),
    ([("del", "Whole deleted sentence.")], None),
])
def test_tracked_changes(tmp_path, pieces, expected):
    doc = docx.Document()
    doc.add_paragraph("First paragraph of the draft.")
    _tracked(doc, pieces)
    doc.add_paragraph("Last paragraph.")
    paras = _load(doc, tmp_path).content.rstrip("\n").split("\n\n")
    if expected is None:
        assert paras == ["First paragraph of the draft.", "Last paragraph."]
    else:
        assert paras == ["First paragraph of the draft.", expected, "Last paragraph."]


def test_tables_headers_footers_in_order(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Figures the story relies on are below.")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Employees", "about 4,500"
    table.cell(1, 0).text, table.cell(1, 1).text = "Bus routes", "212"
    doc.add_paragraph("The table comes from the agency.")
    doc.sections[0].header.paragraphs[0].text = "DRAFT - not for publication"
    doc.sections[0].footer.paragraphs[0].text = "Port Alder Ledger newsroom"
    content = _load(doc, tmp_path).content
    assert content.split("\n\n") == [
        "Figures the story relies on are below.",
        "Employees | about 4,500",
        "Bus routes | 212",
        "The table comes from the agency.",
        "DRAFT - not for publication",
        "Port Alder Ledger newsroom\n",
    ]


def test_nested_table_cell_text(tmp_path):
    doc = docx.Document()
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Outer"
    inner = table.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "Inner value 6,000"
    content = _load(doc, tmp_path).content
    assert "Outer | Inner value 6,000" in content
    assert content.count("Inner value 6,000") == 1


def test_core_properties(tmp_path):
    doc = docx.Document()
    props = doc.core_properties
    props.title, props.author = "Transit chief refuses to quit", "Renata Obi"
    props.created = dt.datetime(2026, 3, 14, 8, 0)
    doc.add_paragraph("Transit chief refuses to quit")
    doc.add_paragraph("PORT ALDER - The head of the transit agency said she would stay.")
    a = _load(doc, tmp_path)
    assert a.format == "docx" and a.title == "Transit chief refuses to quit"
    assert a.author == "Renata Obi" and a.date == "2026-03-14"
    an = extract(a)
    assert an.sentences[0].kind == "headline"


def test_title_from_title_style_when_properties_have_none(tmp_path):
    doc = docx.Document()
    doc.core_properties.title = ""
    doc.add_heading("Board asks chief executive to resign", 0)
    doc.add_paragraph("The board voted on Thursday.")
    assert _load(doc, tmp_path).title == "Board asks chief executive to resign"


def test_offsets_are_into_the_extracted_text(tmp_path):
    doc = docx.Document()
    _tracked(doc, [("", "The authority has "), ("ins", "more than 6,000"), ("del", "5,000"), ("", " employees.")])
    a = _load(doc, tmp_path)
    an = extract(a)
    (fig,) = [f for f in an.figures if f.counts == "employee" or "6,000" in f.text]
    assert a.content[fig.start:fig.end] == fig.text and "6,000" in fig.text


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)


def _broken_xml(tmp_path):
    good = tmp_path / "good.docx"
    doc = docx.Document()
    doc.add_paragraph("Text.")
    doc.save(str(good))
    with zipfile.ZipFile(good) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["word/document.xml"] = b"<w:document><w:body><w:p>unclosed"
    return members


@pytest.mark.parametrize("make,message", [
    (lambda tmp: b"\xd0\xcf\x11\xe0 an old binary .doc file", "not a ZIP"),
    (lambda tmp: {"hello.txt": "not a word document"}, "not a Word document"),
    (lambda tmp: _broken_xml(tmp), "damaged .docx"),
])
def test_damaged_files(tmp_path, make, message):
    path = tmp_path / "broken.docx"
    data = make(tmp_path)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        _zip(path, data)
    with pytest.raises(InputError, match=message) as err:
        load_file(str(path), "broken.docx")
    assert err.value.path == "broken.docx"


def test_empty_document_is_an_input_error(tmp_path):
    doc = docx.Document()
    path = tmp_path / "empty.docx"
    doc.save(str(path))
    with pytest.raises(InputError, match="no text"):
        load_file(str(path), "empty.docx")


def test_suppression_comment_typed_in_the_draft(tmp_path):
    from factcheck.check import run

    doc = docx.Document()
    doc.add_paragraph("Board asks chief to resign")
    doc.add_paragraph("<!-- factcheck: ignore unsourced-claim -- figure checked with the agency -->")
    doc.add_paragraph("Delays are at their worst level in a decade, with 40% of buses late.")
    doc.add_paragraph("Fares are the highest in the state.")
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    report = run([str(path)])
    (a,) = report.analyses
    assert len(a.article.hidden) == 1
    texts = [f.text for f in report.findings if f.rule == "unsourced-claim"]
    assert not any("Delays" in t for t in texts) and any("highest in the state" in t for t in texts), texts


def _comment(doc, paragraph, text, author="Standards Desk"):
    """A Word comment on ``paragraph`` (python-docx 1.2 API; skip before)."""
    if not hasattr(doc, "add_comment"):
        pytest.skip("python-docx < 1.2 cannot write comments")
    doc.add_comment(paragraph.runs, text=text, author=author)


def test_word_comment_directive_suppresses_its_paragraph(tmp_path):
    from factcheck.check import run

    doc = docx.Document()
    doc.add_paragraph("Board asks chief to resign")
    p = doc.add_paragraph("Two officials, who spoke on condition of anonymity, said the vote was close.")
    _comment(doc, p, "factcheck: ignore anonymous-source -- cleared by the standards desk")
    q = doc.add_paragraph("Delays are at their worst level in a decade.")
    _comment(doc, q, "Can we source this?")  # an ordinary comment changes nothing
    path = tmp_path / "draft.docx"
    doc.save(str(path))
    report = run([str(path)])
    (a,) = report.analyses
    assert "<!-- factcheck: ignore anonymous-source -- cleared by the standards desk -->" in a.article.content
    assert "Can we source this" not in a.article.content and len(a.article.hidden) == 1
    assert not [f for f in report.findings if f.rule == "anonymous-source"]
    assert any("cleared by the standards desk" in reason for _, reason in report.suppressed)
    assert [f for f in report.findings if f.rule == "unsourced-claim" and "Delays" in f.text]
