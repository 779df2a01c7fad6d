"""The handout as a Word file, written with python-docx from the handout
Document (``factcheck.render.handout``), the same one the PDF is laid out
from.

Headings use Word's Heading styles (the navigation pane and the contents
field work), tables are real tables whose header rows repeat on every page,
flagged words are highlighted runs.  The file is byte-identical for the same
Report: fixed core properties (dates from ``Report.generated``) and a zip
rewritten with fixed timestamps in a fixed order (``docx_bytes``).
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from typing import Optional, Sequence
from xml.sax.saxutils import escape

from factcheck.model import Report

from . import RenderOptions, Renderer
from .gc_policy import fewer_full_collections
from .handout import Bars, Contents, Document, Heading, PageBreak, Para, Ranges, Run, Table, clean, document

SEVERITY_RGB = {"error": "C0392B", "warning": "E69F00", "info": "3B8BC2"}
SHADES = {"error": "F8D7D3", "conflict": "F8D7D3", "warning": "FDF0CF", "ok": "DCEFDC", "info": "DBE9F5"}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class DocxRenderer(Renderer):
    name = "docx"
    description = "editorial review handout (Word)"
    binary = True
    extensions = (".docx",)

    def render(self, report: Report, options: RenderOptions) -> bytes:
        with fewer_full_collections():  # the document's objects, too, live to the end
            return write(document(report, options.template_dir, options.extra.get("title", "")))


def write(doc: Document) -> bytes:
    """The .docx bytes for ``doc`` (deterministic)."""
    import docx

    with fewer_full_collections():
        d = docx.Document()
        _setup(d, doc)
        body = _body(d, doc)
        fix_properties(d, doc.title, doc.generated, subject="Editorial review")
        return docx_bytes(d, body)


# ---------------------------------------------------------------------------
# Determinism


def when(generated: str) -> _dt.datetime:
    """``Report.generated`` (YYYY-MM-DD) as a UTC datetime; 2000-01-01 when
    it is missing or malformed."""
    try:
        day = _dt.date.fromisoformat((generated or "")[:10])
    except ValueError:
        day = _dt.date(2000, 1, 1)
    return _dt.datetime(day.year, day.month, day.day, tzinfo=_dt.timezone.utc)


def fix_properties(d, title: str, generated: str, subject: str = "") -> None:
    """Set every core property that would otherwise carry a time or a
    template's leftovers."""
    cp = d.core_properties
    t = when(generated).replace(tzinfo=None)
    cp.author = "factcheck"
    cp.last_modified_by = "factcheck"
    cp.title = clean(title)[:250]
    cp.subject = subject
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = t
    cp.modified = t
    cp.last_printed = t
    cp.revision = 1


def docx_bytes(d, body: Optional[str] = None) -> bytes:
    """Save ``d`` and rewrite the zip: fixed timestamps and permissions,
    [Content_Types].xml first, then the other parts in name order.  With
    ``body`` (what ``_body`` returns when it has not parsed the body into
    ``d``: w:p / w:tbl elements as text, as lxml writes them), the main
    document part is written with ``body`` put before its section
    properties."""
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    main = d.part.partname.lstrip("/")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            data = src.read(n)
            if body and n == main:
                cut = _body_end(data, b"<w:sectPr", b"</w:body>")
                data = data[:cut] + body.encode("utf-8") + data[cut:]
            z.writestr(info, data)
    return out.getvalue()


def _body_end(xml, sect, end):
    """Where the body's blocks go in a main document part (``xml``, text or
    bytes): before its last section properties, else before the body's end."""
    cut = xml.rfind(sect)
    return cut if cut >= 0 else xml.rfind(end)


# ---------------------------------------------------------------------------
# Layout


def _setup(d, doc: Document) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt, RGBColor

    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    accent = RGBColor.from_string(_hex(doc.accent))
    styles = d.styles
    styles["Normal"].font.size = Pt(10)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        styles[name].font.color.rgb = accent
    small = styles.add_style("Handout Small", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = styles["Normal"]
    small.font.size = Pt(8.5)
    small.paragraph_format.left_indent = Cm(0.5)
    small.paragraph_format.space_after = Pt(1)
    muted = styles.add_style("Handout Muted", WD_STYLE_TYPE.PARAGRAPH)
    muted.base_style = styles["Normal"]
    muted.font.size = Pt(9)
    muted.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    sentence = styles.add_style("Handout Sentence", WD_STYLE_TYPE.PARAGRAPH)
    sentence.base_style = styles["Normal"]
    sentence.paragraph_format.left_indent = Cm(0.5)
    sentence.paragraph_format.space_after = Pt(2)
    finding = styles.add_style("Handout Finding", WD_STYLE_TYPE.PARAGRAPH)
    finding.base_style = styles["Normal"]
    finding.paragraph_format.space_before = Pt(8)
    finding.paragraph_format.space_after = Pt(2)
    finding.paragraph_format.keep_with_next = True
    cell = styles.add_style("Handout Cell", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = styles["Normal"]
    cell.font.size = Pt(8.5)
    cell.paragraph_format.space_after = Pt(0)
    strip = styles.add_style("Handout Strip", WD_STYLE_TYPE.PARAGRAPH)  # the paragraph strip's small cells
    strip.base_style = cell
    strip.font.size = Pt(7)
    # Running header and "Page X of Y" footer.
    hp = sec.header.paragraphs[0]
    hp.add_run(clean(doc.header)).font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("factcheck" + (f" \u00b7 generated {doc.generated}" if doc.generated else "") + "\t\tPage ")
    r.font.size = Pt(8)
    _field(fp, "PAGE", "1")
    fp.add_run(" of ").font.size = Pt(8)
    _field(fp, "NUMPAGES", "1")


STYLE_MAP = {
    "title": "Title", "subtitle": "Subtitle", "body": None, "small": "Handout Small", "muted": "Handout Muted",
    "note": "Handout Muted", "label": "Handout Muted", "quote": "Handout Sentence",
}
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
USABLE_TWIPS = int((21.0 - 3.6) / 2.54 * 1440)


PARSE_BODY = False
"""The plain form of the speed layer in ``_body``: parse the body into the
document (tests compare the two, byte for byte)."""


def _body(d, doc: Document) -> str:
    """The blocks of the body as XML text (python-docx's object API is
    quadratic on long tables).  Speed layer: the text is not parsed into
    ``d`` but returned, written as lxml writes it, for ``docx_bytes`` to put
    in the saved document part, and the charts' pictures go into their
    paragraphs in a document of their own (``_chart_paragraphs``); with
    ``PARSE_BODY``, the plain form, the text is parsed into ``d`` once and
    the pictures placed there, and "" is returned."""
    sid = {name: d.styles[name].style_id for name in
           ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Handout Small", "Handout Muted",
            "Handout Sentence", "Handout Finding", "Handout Cell", "Handout Strip")}
    heads = [h for h in doc.headings() if h.level <= 2]
    out: list = []
    placeholders: list = []  # where in ``out`` the charts' paragraphs are
    with _Charts(CHART_THREADS) as charts:
        for i, b in enumerate(doc.blocks):
            # a heading, or the line introducing a table, stays on the page of what follows
            before_table = i + 1 < len(doc.blocks) and isinstance(doc.blocks[i + 1], Table)
            if isinstance(b, Heading):
                out.append(_p(b.runs, sid[f"Heading {min(b.level, 3)}"], keep_next=True))
            elif isinstance(b, Para):
                if b.style.startswith("finding-"):
                    sev = b.style.split("-", 1)[1]
                    lead = _r("\u25a0 ", colour=SEVERITY_RGB.get(sev, "777777"))
                    out.append(_p(b.runs, sid["Handout Finding"], lead=lead))
                else:
                    name = STYLE_MAP.get(b.style)
                    out.append(_p(b.runs, sid[name] if name else None, keep_next=before_table))
            elif isinstance(b, Table):
                out.append(_table(b, doc.accent, sid["Handout Strip" if b.style == "strip" else "Handout Cell"]))
                out.append("<w:p/>")
            elif isinstance(b, (Bars, Ranges)):
                placeholder = _chart(b, charts)
                if placeholder:
                    placeholders.append(len(out))
                out.append(placeholder)
            elif isinstance(b, PageBreak):
                out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            elif isinstance(b, Contents):
                out.append(_contents(b, heads, sid))
        if PARSE_BODY:
            _splice(d, "".join(out))
            _place_charts(d.part, d.part._element.body, charts.pictures())
            return ""
        if placeholders:
            done = _chart_paragraphs(d.part, [out[i] for i in placeholders], charts.pictures())
            for i, paragraph in zip(placeholders, done):
                out[i] = paragraph
    return "".join(out)


def _root_tag(part) -> str:
    """The main document part's root start tag and namespaces, as lxml
    writes them (what comes before ``<w:body>``)."""
    from lxml import etree

    xml = etree.tostring(part._element, encoding="unicode")
    return xml[:xml.find("<w:body")]


def _chart_paragraphs(part, placeholders: Sequence[str], pictures: Sequence[bytes]) -> list:
    """The chart paragraphs with their pictures, as they are written in the
    document: the placeholders are parsed in a document of their own with
    the main part's root (the same namespaces in scope), the pictures put
    in as ``_place_charts`` puts them (added to ``part`` in document
    order), and the paragraphs written out again."""
    from lxml import etree

    from docx.oxml import parse_xml

    root = parse_xml(_root_tag(part) + "<w:body>" + "".join(placeholders) + "</w:body></w:document>")
    _place_charts(part, root[0], pictures)
    xml = etree.tostring(root, encoding="unicode")
    body = xml[xml.index("<w:body>") + len("<w:body>"):xml.rindex("</w:body>")]
    found = ["<w:p>" + p for p in body.split("<w:p>")[1:]]  # a chart paragraph holds no other w:p
    if len(found) != len(placeholders):  # pragma: no cover - the paragraphs are ours
        raise RuntimeError("chart paragraphs lost")
    return found


def _splice(d, body_xml: str) -> None:
    """Put ``body_xml`` (w:p / w:tbl elements as text) at the end of the
    document body, before its section properties.  The whole part is
    re-parsed once: moving thousands of parsed nodes into the tree one by
    one costs lxml seconds."""
    from docx.oxml import parse_xml

    part = d.part
    from lxml import etree

    xml = etree.tostring(part._element, encoding="unicode")
    cut = _body_end(xml, "<w:sectPr", "</w:body>")
    part._element = parse_xml(xml[:cut] + body_xml + xml[cut:])


def _x(text: str) -> str:
    """``text`` for an element's content, as lxml writes it after reading
    it back (an XML reader turns a carriage return, alone or before a line
    feed, into a line feed)."""
    text = escape(clean(text))
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _r(text: str, bold=False, italic=False, mark=False, colour: Optional[str] = None,
       size: Optional[float] = None, font: Optional[str] = None) -> str:
    """One run (w:r) as XML text; rPr children in schema order."""
    pr = []
    if font:
        pr.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
    if bold:
        pr.append("<w:b/>")
    if italic:
        pr.append("<w:i/>")
    if colour:
        pr.append(f'<w:color w:val="{colour}"/>')
    if size:
        pr.append(f'<w:sz w:val="{int(size * 2)}"/>')
    if mark:
        pr.append('<w:highlight w:val="yellow"/>')
    rpr = f"<w:rPr>{''.join(pr)}</w:rPr>" if pr else ""
    x = _x(text)
    if not x:  # an empty element is written <w:t .../>
        return f'<w:r>{rpr}<w:t xml:space="preserve"/></w:r>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{x}</w:t></w:r>'


def _runs_xml(runs: Sequence[Run], colour: Optional[str] = None) -> str:
    out = []
    for r in runs:
        if r.br:
            out.append("<w:r><w:br/></w:r>")
        else:
            out.append(_r(r.text, r.bold, r.italic, r.mark, colour))
    return "".join(out)


def _p(runs: Sequence[Run], style: Optional[str], lead: str = "", colour: Optional[str] = None,
       keep_next: bool = False) -> str:
    inner = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:keepNext/>" if keep_next else "")
    ppr = f"<w:pPr>{inner}</w:pPr>" if inner else ""
    content = f"{ppr}{lead}{_runs_xml(runs, colour)}"
    return f"<w:p>{content}</w:p>" if content else "<w:p/>"


def _table(t: Table, accent: str, cell_style: str) -> str:
    widths = [max(1, int(USABLE_TWIPS * w)) for w in t.widths]
    head = _hex(accent)
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblLayout w:type="fixed"/>'
        # the paragraph strip's cells hold a paragraph number each: narrow margins
        + ('<w:tblCellMar><w:left w:w="28" w:type="dxa"/><w:right w:w="28" w:type="dxa"/></w:tblCellMar>'
           if t.style == "strip" else "")
        + '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1"'
        ' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>',
        "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>" if widths
        else "<w:tblGrid/>",
    ]
    for ri, row in enumerate(t.rows):
        is_head = ri < t.header_rows
        # no row breaks across pages (Word moves it whole), header rows repeat
        out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if is_head
                   else "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for ci, c in enumerate(row):
            fill = head if is_head else SHADES.get(c.shade)
            shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/>{shd}</w:tcPr>')
            out.append(_p(c.runs, cell_style, colour="FFFFFF" if is_head else None))
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


CHART_WIDTH = 480.0  # points: the Drawing's width, and the picture's in the document
_CHART_MARK = "\u2063factcheck-chart-"  # placeholder text of a chart's paragraph until its picture goes in


CHART_THREADS = 2  # threads PNG-encoding the charts while the body is written; 0: one after another


class _Charts:
    """The charts' pictures, numbered in document order.  Speed layer: each
    is painted at once and PNG-encoded on a small thread pool while the rest
    of the body is written (Pillow releases the interpreter lock while it
    compresses, most of a chart's cost); with ``threads`` 0 each is encoded
    in turn, the plain form (tests compare the two, byte for byte)."""

    def __init__(self, threads: int):
        self._threads = threads
        self._pool = None
        self._made: list = []  # bytes, or futures of bytes

    def add(self, drawing) -> int:
        from . import pdf
        from .drawing_png import encode, paint

        img = paint(drawing, pdf.FONT_DIR, pdf.FONT)
        if self._threads <= 0:
            self._made.append(encode(img))
        else:
            if self._pool is None:
                from concurrent.futures import ThreadPoolExecutor

                self._pool = ThreadPoolExecutor(self._threads, thread_name_prefix="factcheck-chart")
            self._made.append(self._pool.submit(encode, img))
        return len(self._made) - 1

    def pictures(self) -> list:
        return [m if isinstance(m, bytes) else m.result() for m in self._made]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        return False


def _chart(b, charts: _Charts) -> str:
    """A placeholder paragraph for the chart of ``b`` (Bars or Ranges),
    whose picture -- the PDF's Drawing painted as a PNG -- is added to
    ``charts``; "" when there is nothing to draw."""
    from . import pdf

    drawing = pdf.chart_drawing(b, CHART_WIDTH)
    if drawing is None:
        return ""
    n = charts.add(drawing)
    return f'<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:t>{_CHART_MARK}{n}</w:t></w:r></w:p>'


def _place_charts(part, body, charts: Sequence[bytes]) -> None:
    """Put each chart's picture in its placeholder paragraph in ``body`` (a
    parsed w:body that python-docx's Document object does not see), the
    image added to ``part``.  What ``run.add_picture`` does, with the
    document's next free shape id found once rather than by a search of the
    whole body per picture."""
    from types import SimpleNamespace

    from docx.oxml.ns import qn
    from docx.oxml.shape import CT_Inline
    from docx.shared import Pt
    from docx.text.paragraph import Paragraph

    if not charts:
        return
    story = SimpleNamespace(part=part)  # the part that takes the pictures
    shape_id = part.next_id
    # every paragraph whose text starts with the mark has a w:t holding its first character
    for p in body.xpath(f'.//w:p[.//w:t[contains(., "{_CHART_MARK[0]}")]]'):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        if text.startswith(_CHART_MARK):
            para = Paragraph(p, story)
            for r in list(para.runs):
                p.remove(r._r)
            rid, image = part.get_or_add_image(io.BytesIO(charts[int(text[len(_CHART_MARK):])]))
            cx, cy = image.scaled_dimensions(Pt(CHART_WIDTH), None)
            para.add_run()._r.add_drawing(CT_Inline.new_pic_inline(shape_id, rid, image.filename, cx, cy))
            shape_id += 1


def _field(p, instr: str, placeholder: str) -> None:
    """A Word field (PAGE, NUMPAGES) with a placeholder result, in paragraph ``p``."""
    from docx.oxml import parse_xml

    xml = (_fld("begin") + f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
           + _fld("separate") + _r(placeholder, size=8) + _fld("end"))
    for r in parse_xml(f'<w:p xmlns:w="{W_NS}">{xml}</w:p>'):
        p._p.append(r)


def _fld(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def _contents(c: Contents, heads, sid) -> str:
    """A contents field (Word fills in page numbers with F9 / on print),
    pre-filled with the headings so it reads well before it is updated."""
    out = [_p((Run(c.title),), sid["Title"])]
    instr = '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
    entries = []
    for h in heads:
        ind = 340 * (h.level - 1)
        entries.append((f'<w:pPr><w:spacing w:after="20"/><w:ind w:left="{ind}"/></w:pPr>',
                        _r(h.text, bold=h.level == 1)))
    if not entries:
        entries = [("", "")]
    for i, (ppr, run) in enumerate(entries):
        lead = (_fld("begin") + instr + _fld("separate")) if i == 0 else ""
        tail = _fld("end") if i == len(entries) - 1 else ""
        out.append(f"<w:p>{ppr}{lead}{run}{tail}</w:p>" if ppr or lead or run or tail else "<w:p/>")
    out.append(_p((Run("Page numbers: in Word, right-click the contents and choose Update Field.", italic=True),),
                  sid["Handout Small"]))
    return "".join(out)


def _hex(colour: str) -> str:
    c = (colour or "").lstrip("#")
    return c.upper() if len(c) == 6 and all(ch in "0123456789abcdefABCDEF" for ch in c) else "1F4E79"
