"""The handout as PDF, laid out with reportlab platypus from the handout
Document (``factcheck.render.handout``).

Contents page and PDF bookmarks from the headings, "Page X of Y" and a
running header with the story title, tables that split across pages with
their header rows repeated, a bar chart of findings and an interval chart
per conflicting quantity.  Fonts are the bundled DejaVu Sans (embedded,
subset), so curly quotes, primes, accents and dashes print.  Text is drawn
by ``pdf_text.TextBlock`` from the runs, never through reportlab's
paragraph markup, so article text cannot be read as tags.  Output is
byte-identical for the same Report: reportlab's invariant mode is switched
on for the render and restored after.
"""

from __future__ import annotations

import io
import math
import os
import threading
from typing import List

from factcheck.model import Report

from . import RenderOptions, Renderer
from .gc_policy import fewer_full_collections
from .pdf_text import DRAWN, LINES, RUNS, WIDTHS, hex_colour
from .handout import Bars, Contents, Document, Heading, PageBreak, Para, Ranges, Run, Table, document
from .handout_data import number

FONT_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "fonts")
FONT = "FactcheckSans"
SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#e69f00", "info": "#3b8bc2"}
SHADES = {"error": "#f8d7d3", "conflict": "#f8d7d3", "warning": "#fdf0cf", "ok": "#dcefdc", "info": "#dbe9f5"}
MARK = "#ffe066"
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f")
TOC_MAX_ENTRIES = 45  # beyond this the contents page lists top-level sections only
TABLE_CHUNK = 25  # body rows per reportlab Table (see _table)

_LOCK = threading.Lock()  # rl_config is process-global
_fonts_ready = False


def _register_fonts() -> None:
    """Register the bundled DejaVu Sans family once (raises when the font
    files are missing from the installation)."""
    global _fonts_ready
    if _fonts_ready:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = {
        FONT: "DejaVuSans.ttf",
        FONT + "-Bold": "DejaVuSans-Bold.ttf",
        FONT + "-Italic": "DejaVuSans-Oblique.ttf",
        FONT + "-BoldItalic": "DejaVuSans-BoldOblique.ttf",
    }
    for name, fname in faces.items():
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fname)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT + "-Bold")
    addMapping(FONT, 0, 1, FONT + "-Italic")
    addMapping(FONT, 1, 1, FONT + "-BoldItalic")
    _fonts_ready = True


class PdfRenderer(Renderer):
    name = "pdf"
    description = "editorial review handout (PDF)"
    binary = True
    extensions = (".pdf",)

    def render(self, report: Report, options: RenderOptions) -> bytes:
        with fewer_full_collections():  # the document's objects, too, live to the end
            return layout(document(report, options.template_dir, options.extra.get("title", "")))


def layout(doc: Document) -> bytes:
    """The PDF bytes for ``doc`` (deterministic)."""
    from reportlab import rl_config

    _register_fonts()
    from reportlab.graphics.shapes import STATE_DEFAULTS

    with _LOCK, fewer_full_collections():
        saved = rl_config.invariant, STATE_DEFAULTS["fontName"]
        rl_config.invariant = 1
        STATE_DEFAULTS["fontName"] = FONT  # charts: no unembedded Helvetica
        try:
            return _build(doc)
        finally:
            rl_config.invariant, STATE_DEFAULTS["fontName"] = saved
            WIDTHS.clear()
            LINES.clear()
            DRAWN.clear()
            RUNS.clear()


# ---------------------------------------------------------------------------
# Styles and markup


def _styles(accent: str) -> dict:
    """The handout's paragraph styles (TextBlock styles) by name."""
    from .pdf_text import BlockStyle

    acc = _hex(accent).hexval().replace("0x", "#")
    body = BlockStyle(FONT, 9.5, 13, space_after=5)
    s = {
        "body": body,
        "small": body._replace(size=8, leading=10.5, space_after=2, indent=14, colour="#333333"),
        "muted": body._replace(size=8.5, leading=11.5, colour="#555555"),
        "note": body._replace(size=8.5, leading=11.5),
        "label": body._replace(size=10, leading=13, colour=acc, space_after=2),
        "quote": body._replace(size=9, leading=12.5, indent=14, space_after=3),
        "title": body._replace(font=FONT + "-Bold", size=22, leading=27, colour=acc, space_before=40,
                               space_after=8),
        "subtitle": body._replace(size=11.5, leading=15, space_after=16, colour="#444444"),
        "h1": body._replace(font=FONT + "-Bold", size=15, leading=19, colour=acc, space_before=14, space_after=6,
                            keep_with_next=True),
        "h2": body._replace(font=FONT + "-Bold", size=11.5, leading=15, colour=acc, space_before=10,
                            space_after=4, keep_with_next=True),
        "h3": body._replace(font=FONT + "-Bold", size=10, leading=13, space_before=6, space_after=3,
                            keep_with_next=True),
        "cell": body._replace(size=8, leading=10.2, space_after=0),
        "th": body._replace(size=8, leading=10.2, space_after=0, colour="#ffffff"),
    }
    for sev in SEVERITY_COLOURS:
        s["finding-" + sev] = body._replace(space_before=7, space_after=2, keep_with_next=True, colour="#111111")
    return s


def _block(runs, style, lead=None):
    from .pdf_text import TextBlock

    rs = list(runs)
    if lead:
        rs.insert(0, lead)
    return TextBlock(rs, style)


# ---------------------------------------------------------------------------
# Flowables


HEADING_ROOM = {1: 120.0, 2: 90.0, 3: 70.0}
"""Points a heading needs below it on the page (itself, an intro line and
the first rows of what follows); with less left it starts the next page,
so no heading is stranded at a page foot."""


def _flowables(doc: Document, styles, width: float, height: float = 1e9) -> list:
    from reportlab.platypus import CondPageBreak
    from reportlab.platypus import PageBreak as RLPageBreak
    from reportlab.platypus import Spacer

    heads = doc.headings()
    depth = 2 if sum(1 for h in heads if h.level <= 2) <= TOC_MAX_ENTRIES else 1
    story: list = []
    last_level = 0
    for b in doc.blocks:
        if isinstance(b, Heading):
            level = min(b.level, last_level + 1)
            last_level = level
            story.append(CondPageBreak(HEADING_ROOM[min(level, 3)]))
            story.append(_heading_flowable()(list(b.runs), styles[f"h{min(level, 3)}"], (level, b.text, b.key)))
        elif isinstance(b, Para):
            style = styles.get(b.style, styles["body"])
            lead = None
            if b.style.startswith("finding-"):
                col = SEVERITY_COLOURS.get(b.style.split("-", 1)[1], "#777777")
                lead = ("\u25a0 ", False, False, False, False, col)
            story.append(_block(b.runs, style, lead))
        elif isinstance(b, Table):
            if story and getattr(story[-1], "keepWithNext", False):
                # Kept with the table, a heading would move with all of its
                # first chunk to the next page; the room CondPageBreak leaves
                # below a heading is enough for it and the table's first rows.
                story[-1].keepWithNext = False
            story.extend(_table(b, styles, width, doc.accent, height))
            story.append(Spacer(1, 6))
        elif isinstance(b, Bars):
            story.append(_bars(b, width))
        elif isinstance(b, Ranges):
            story.append(_ranges(b, width))
        elif isinstance(b, PageBreak):
            story.append(RLPageBreak())
        elif isinstance(b, Contents):
            story.append(_block((Run(b.title),), styles["h1"]))
            line = _toc_line()
            last = 0
            for h in heads:
                if h.level > depth:
                    continue
                level = min(h.level, last + 1)
                last = level
                story.append(line(level, h.text, h.key))
    return story


_CLASSES: dict = {}


def _heading_flowable():
    """A Paragraph that tells the canvas where it landed (for bookmarks and
    the contents page, resolved when the pages are written)."""
    if "heading" not in _CLASSES:
        from .pdf_text import TextBlock

        class HeadingPara(TextBlock):
            def __init__(self, runs, style, info, lines=None, first=True, last=True):
                super().__init__(runs, style, lines, first, last)
                self._fc_info = info

            def split(self, aw, ah):
                return []  # a heading moves whole to the next page

            def draw(self):
                level, title, key = self._fc_info
                top = self.canv.absolutePosition(0, self.height)[1]
                self.canv._fc_heading(level, title, key, top)
                super().draw()

        _CLASSES["heading"] = HeadingPara
    return _CLASSES["heading"]


def _toc_line():
    """One entry of the contents page.  The page number is drawn when the
    pages are written (one layout pass, no re-run as with multiBuild)."""
    if "toc" not in _CLASSES:
        from reportlab.platypus import Flowable

        class TocLine(Flowable):
            def __init__(self, level, text, key):
                super().__init__()
                self.level, self.key = level, key
                self.size = 10 if level == 1 else 9
                self.font = FONT + "-Bold" if level == 1 else FONT
                self.text = text
                self.space = 6 if level == 1 else 1.5

            def wrap(self, aw, ah):
                self.width = aw
                room = aw - 40 - 18 * (self.level - 1)
                self.text = _fit(self.text, room, self.size, self.font)
                return aw, self.size * 1.35 + self.space

            def draw(self):
                from reportlab.pdfbase.pdfmetrics import stringWidth

                c = self.canv
                x = 18 * (self.level - 1)
                c.setFont(self.font, self.size)
                c.drawString(x, 2, self.text)
                end = x + stringWidth(self.text, self.font, self.size) + 4
                c.setFont(FONT, self.size)
                dots = int((self.width - 32 - end) / stringWidth(". ", FONT, self.size))
                if dots > 0:
                    c.setFillColorRGB(0.55, 0.55, 0.55)
                    c.drawRightString(self.width - 30, 2, ". " * dots)
                    c.setFillColorRGB(0, 0, 0)
                x1, y1 = c.absolutePosition(self.width, 2)
                x0, y0 = c.absolutePosition(x, 0)
                c._fc_toc_slot(self.key, x1, y1, (x0, y0, x1, y0 + self.size * 1.3), self.font, self.size)

        _CLASSES["toc"] = TocLine
    return _CLASSES["toc"]


def _table(t: Table, styles, width: float, accent: str, height: float = 1e9) -> list:
    """The table as reportlab Tables of at most TABLE_CHUNK body rows each
    (header rows repeated): splitting one long Table re-measures every
    remaining row at each page break, which is quadratic.  A row taller
    than a page of ``height`` (one very long sentence) is cut into rows
    that fit (reportlab cannot split a row across pages)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    base = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b0b0")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    nh = t.header_rows
    if nh:
        base.append(("BACKGROUND", (0, 0), (-1, nh - 1), _hex(accent)))
    head = [[_block(c.runs, styles["th"]) for c in row] for row in t.rows[:nh]]
    widths = [w * width for w in t.widths]
    room = height - sum(_row_height(row, widths) for row in head) - 1  # header rows repeat on each page
    body = [piece for row in t.rows[nh:] for piece in _fitted(row, styles["cell"], widths, room)]
    out = []
    for k in range(0, max(len(body), 1), TABLE_CHUNK):
        chunk = body[k:k + TABLE_CHUNK]
        cmds = list(base)
        data = list(head)
        for ri, row in enumerate(chunk, nh):
            cells = []
            for ci, (block, shade) in enumerate(row):
                cells.append(block)
                if shade in SHADES:
                    cmds.append(("BACKGROUND", (ci, ri), (ci, ri), hex_colour(SHADES[shade])))
            data.append(cells)
        if not data:
            continue
        tbl = RLTable(data, colWidths=widths, repeatRows=nh if len(data) > nh else 0, splitByRow=1, hAlign="LEFT")
        tbl.setStyle(TableStyle(cmds))
        out.append(tbl)
    return out


CELL_PAD = 3  # the table's TOPPADDING and BOTTOMPADDING


def _row_height(blocks, widths) -> float:
    return max((b.wrap(w - 8, 1e9)[1] for b, w in zip(blocks, widths)), default=0) + 2 * CELL_PAD


def _fitted(row, style, widths, room: float) -> list:
    """One table row as ``[(block, shade), ...]`` rows: itself when it fits
    in ``room`` points, else cut between lines into rows that do (the other
    cells stay in the first piece, their shades in every piece)."""
    from .pdf_text import TextBlock

    blocks = [_block(c.runs, style) for c in row]
    if _row_height(blocks, widths) <= room:
        return [[(b, c.shade) for b, c in zip(blocks, row)]]
    per = max(1, int((room - 2 * CELL_PAD) // style.leading))
    parts = max(-(-len(b._lines) // per) for b in blocks)
    pieces = []
    for k in range(parts):
        cells = []
        for b, c in zip(blocks, row):
            lines = b._lines[k * per:(k + 1) * per]
            piece = TextBlock(b.runs, b.style, lines, k == 0, k == parts - 1)
            piece._width = b._width
            cells.append((piece, c.shade))
        pieces.append(cells)
    return pieces


def _bars(b: Bars, width: float):
    """Stacked horizontal bars, one per label, a segment per series."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    row_h, label_w, top = 16, min(150, width * 0.3), 30
    height = top + row_h * len(b.bars) + 8
    d = Drawing(width, height)
    d.add(String(0, height - 12, b.title, fontName=FONT + "-Bold", fontSize=9.5))
    x = 0
    for i, name in enumerate(b.series):
        col = colors.HexColor(SEVERITY_COLOURS.get(name, PALETTE[i % len(PALETTE)]))
        lx = label_w + i * 80
        d.add(Rect(lx, height - 25, 8, 8, fillColor=col, strokeColor=None))
        d.add(String(lx + 11, height - 24, name, fontName=FONT, fontSize=8))
    biggest = max((sum(v) for _, v in b.bars), default=0) or 1
    span = width - label_w - 40
    for r, (label, values) in enumerate(b.bars):
        y = height - top - row_h * (r + 1)
        d.add(String(label_w - 6, y + 4, _fit(label, label_w - 8, 8), fontName=FONT, fontSize=8, textAnchor="end"))
        x = label_w
        for i, v in enumerate(values):
            if v <= 0:
                continue
            w = span * v / biggest
            name = b.series[i] if i < len(b.series) else ""
            col = colors.HexColor(SEVERITY_COLOURS.get(name, PALETTE[i % len(PALETTE)]))
            d.add(Rect(x, y + 1, w, row_h - 4, fillColor=col, strokeColor=None))
            x += w
        d.add(String(x + 4, y + 4, number(sum(values)), fontName=FONT, fontSize=8))
    return d


def chart_drawing(block, width: float):
    """The chart of a Bars or Ranges block as the PDF draws it (a reportlab
    Drawing), or None when it has nothing to draw; the Word handout paints
    the same Drawing as a picture (drawing_png)."""
    from reportlab.graphics.shapes import Drawing

    _register_fonts()
    drawing = _bars(block, width) if isinstance(block, Bars) else _ranges(block, width)
    return drawing if isinstance(drawing, Drawing) else None


def _nice_ticks(lo: float, hi: float, n: int = 5) -> List[float]:
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step) * step
    out = []
    v = first
    while v <= hi + 1e-9 and len(out) < 20:
        out.append(v)
        v += step
    return out


def _ranges(b: Ranges, width: float):
    """Each outlet's interval for one quantity on a shared axis; open ends
    run to the edge with an arrow."""
    from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
    from reportlab.lib import colors

    vals = [v for r in b.ranges for v in (r.low, r.high) if v is not None]
    if not vals:
        return _spacer()
    lo, hi = min(vals), max(vals)
    pad = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1
    lo, hi = lo - pad, hi + pad
    if min(vals) >= 0 and lo < 0:
        lo = 0.0
    row_h, label_w, top, bottom = 16, min(150, width * 0.3), 18, 22
    height = top + row_h * len(b.ranges) + bottom
    d = Drawing(width, height)
    d.add(String(0, height - 11, b.title, fontName=FONT + "-Bold", fontSize=9))
    x0, x1 = label_w, width - 20

    def X(v):
        return x0 + (x1 - x0) * (v - lo) / (hi - lo)

    axis_y = bottom - 4
    d.add(Line(x0, axis_y, x1, axis_y, strokeColor=colors.HexColor("#888888"), strokeWidth=0.6))
    for t in _nice_ticks(lo, hi):
        d.add(Line(X(t), axis_y, X(t), height - top, strokeColor=colors.HexColor("#e2e2e2"), strokeWidth=0.4))
        d.add(String(X(t), axis_y - 10, number(t), fontName=FONT, fontSize=7, textAnchor="middle"))
    for i, r in enumerate(b.ranges):
        y = height - top - row_h * (i + 1) + 3
        col = colors.HexColor(PALETTE[i % len(PALETTE)])
        d.add(String(label_w - 6, y + 2, _fit(r.label, label_w - 8, 8), fontName=FONT, fontSize=8, textAnchor="end"))
        a = X(r.low) if r.low is not None else x0
        z = X(r.high) if r.high is not None else x1
        if r.low is not None and r.high is not None and abs(z - a) < 3:
            c = (a + z) / 2
            d.add(Polygon([c - 5, y + 4, c, y + 9, c + 5, y + 4, c, y - 1], fillColor=col, strokeColor=None))
        else:
            d.add(Rect(a, y, max(z - a, 1), 8, fillColor=col, strokeColor=None))
            if r.high is None:
                d.add(Polygon([x1, y - 2, x1 + 8, y + 4, x1, y + 10], fillColor=col, strokeColor=None))
            if r.low is None:
                d.add(Polygon([x0, y - 2, x0 - 8, y + 4, x0, y + 10], fillColor=col, strokeColor=None))
    return d


def _spacer():
    from reportlab.platypus import Spacer

    return Spacer(1, 1)


def _fit(text: str, width: float, size: float, font: str = FONT) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text + "\u2026"


# ---------------------------------------------------------------------------
# Pages


def _numbered_canvas(footer: str, margin: float):
    from reportlab.pdfgen import canvas

    class HandoutCanvas(canvas.Canvas):
        """Holds the pages back until the end, then writes each with its
        'Page X of Y', its bookmarks and the contents page's numbers and links
        (which are only known once every heading has been placed)."""

        def __init__(self, *args, **kwargs):
            kwargs["invariant"] = 1
            kwargs["initialFontName"] = FONT  # no unembedded Helvetica in the resources
            super().__init__(*args, **kwargs)
            self._pages: list = []
            self._marks: dict = {}
            self._where: dict = {}
            self._slots: dict = {}

        def _fc_heading(self, level, title, key, top):
            page = self._pageNumber
            self._marks.setdefault(page, []).append((level, title, key, top))
            self._where.setdefault(key, page)

        def _fc_toc_slot(self, key, x, y, rect, font, size):
            self._slots.setdefault(self._pageNumber, []).append((key, x, y, rect, font, size))

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            level_now = 0
            for state in self._pages:
                self.__dict__.update(state)
                page = self._pageNumber
                for level, title, key, top in self._marks.get(page, ()):
                    level = min(level, level_now + 1)
                    level_now = level
                    self.bookmarkPage(key, fit="XYZ", left=0, top=top + 6)
                    self.addOutlineEntry(title, key, level - 1, closed=level > 1)
                for key, x, y, rect, font, size in self._slots.get(page, ()):
                    if key in self._where:
                        self.setFont(font, size)
                        self.setFillColorRGB(0, 0, 0)
                        self.drawRightString(x, y, str(self._where[key]))
                        self.linkRect("", key, rect, relative=0)
                if page > 1:
                    self.setFont(FONT, 8)
                    self.setFillColorRGB(0.3, 0.3, 0.3)
                    self.drawString(margin, 30, footer)
                    self.drawRightString(self._pagesize[0] - margin, 30, f"Page {page} of {total}")
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)

    return HandoutCanvas


def _build(doc: Document) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

    styles = _styles(doc.accent)
    buf = io.BytesIO()
    page_w, page_h = A4
    margin = 18 * mm

    tpl = BaseDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=22 * mm,
                  bottomMargin=18 * mm, title=doc.title, author="factcheck", subject="Editorial review",
                  creator="factcheck", producer="factcheck", invariant=1)
    frame = Frame(margin, 18 * mm, page_w - 2 * margin, page_h - 40 * mm, id="body")
    header = doc.header
    footer = "factcheck" + (f" \u00b7 generated {doc.generated}" if doc.generated else "")

    def decorate(canv, _doc):
        canv.saveState()
        canv.setFont(FONT, 8)
        canv.setFillColorRGB(0.3, 0.3, 0.3)
        canv.drawString(margin, page_h - 13 * mm, _fit(header, page_w - 2 * margin, 8))
        canv.setStrokeColorRGB(0.75, 0.75, 0.75)
        canv.setLineWidth(0.5)
        canv.line(margin, page_h - 15 * mm, page_w - margin, page_h - 15 * mm)
        canv.restoreState()

    def cover(canv, _doc):
        canv.saveState()
        canv.setFillColor(_hex(doc.accent))
        canv.rect(0, page_h - 12 * mm, page_w, 12 * mm, stroke=0, fill=1)
        canv.restoreState()

    tpl.addPageTemplates([
        PageTemplate(id="cover", frames=[frame], onPage=cover),
        PageTemplate(id="page", frames=[frame], onPage=decorate),
    ])
    # a table row may be as tall as the frame inside its padding (6 pt top and bottom)
    story = [NextPageTemplate("page")] + _flowables(doc, styles, page_w - 2 * margin, page_h - 40 * mm - 12)
    tpl.build(story, canvasmaker=_numbered_canvas(footer, margin))
    return buf.getvalue()


def _hex(colour: str):
    from reportlab.lib import colors

    try:
        return colors.HexColor(colour)
    except (ValueError, TypeError):
        return colors.HexColor("#1f4e79")
