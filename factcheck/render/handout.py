"""The handout's document model, shared by the PDF and Word renderers.

``document(report, template_dir)`` gathers what the handout shows into plain
data (``context``), renders the Jinja template ``handout.j2`` (autoescaped,
strict) into a small block markup, and parses that markup into a
``Document``: headings, paragraphs of runs (bold, italic, marked), tables,
charts and page breaks.  Both renderers lay out the same ``Document``, so
the PDF and the Word file never drift apart.

The markup (one element per block; inline ``<b>``, ``<i>``, ``<mark>``,
``<br/>`` inside ``p``, ``h1``, ``h2``, ``h3`` and ``td``/``th``)::

    <handout title=".." header=".." accent="#1f4e79" org="..">
      <title>..</title> <subtitle>..</subtitle> <contents/> <pagebreak/>
      <h1>..</h1> <p style="small|muted|quote|note|label">..</p>
      <table widths="3,2,1"><tr><th>..</th></tr><tr><td>..</td></tr></table>
      <bars title=".." series="error,warning,info"><bar label=".." values="1,2,0"/></bars>
      <ranges title=".." ><range label=".." low="1" high="2" text=".." flag="1"/></ranges>
    </handout>
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from typing import List, NamedTuple, Optional, Sequence, Tuple

from markupsafe import Markup

from factcheck.errors import SetupError
from factcheck.model import Report

from .env import environment
from .handout_data import context, number

# XML 1.0 forbids C0 controls except tab/newline/CR, lone surrogates and
# U+FFFE/U+FFFF; Word's XML does too.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """``text`` without characters XML cannot hold (control characters,
    lone surrogates)."""
    if text.isprintable():  # none of them is printable: the common case, checked fast
        return text
    return _BAD_XML.sub("", text)


def _collapse(text: str) -> str:
    """``text`` with each run of whitespace as one space."""
    if "  " not in text and text.isprintable():  # no whitespace but single spaces: the common case
        return text
    return _SPACE.sub(" ", text)


def _finalize(value):
    """Every printed value without XML-invalid characters (Markup stays Markup)."""
    if isinstance(value, str) and (value.isprintable() or not _BAD_XML.search(value)):
        return value
    if isinstance(value, Markup):
        return Markup(clean(str(value)))
    return clean(value) if isinstance(value, str) else value


# ---------------------------------------------------------------------------
# The model


class Run(NamedTuple):
    """A piece of text with one look (a NamedTuple: handouts have many)."""

    text: str
    bold: bool = False
    italic: bool = False
    mark: bool = False
    br: bool = False  # a line break (text is empty)


@dataclass(frozen=True)
class Heading:
    level: int
    runs: Tuple[Run, ...]
    key: str

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Para:
    runs: Tuple[Run, ...]
    style: str = "body"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Cell:
    runs: Tuple[Run, ...]
    header: bool = False
    shade: str = ""  # "", "conflict", "ok", "error", "warning", "info"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Table:
    rows: Tuple[Tuple[Cell, ...], ...]
    widths: Tuple[float, ...]
    header_rows: int = 1
    style: str = "grid"


@dataclass(frozen=True)
class Bars:
    """A horizontal bar chart: one bar per label, one segment per series."""

    title: str
    series: Tuple[str, ...]
    bars: Tuple[Tuple[str, Tuple[float, ...]], ...]


@dataclass(frozen=True)
class Range:
    label: str
    low: Optional[float]
    high: Optional[float]
    text: str
    flag: bool = False


@dataclass(frozen=True)
class Ranges:
    """Intervals of one quantity as reported by each outlet."""

    title: str
    ranges: Tuple[Range, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Contents:
    title: str = "Contents"


@dataclass(frozen=True)
class Document:
    title: str
    header: str
    blocks: Tuple[object, ...]
    accent: str = "#1f4e79"
    org: str = ""
    generated: str = ""
    meta: dict = field(default_factory=dict)

    def headings(self) -> List[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]


# ---------------------------------------------------------------------------
# Template -> markup -> model


def markup(report: Report, template_dir: Optional[str] = None, title: str = "") -> str:
    """The handout template rendered for ``report`` (the block markup),
    under ``title`` when given (else one made from the story's names).
    Raises SetupError when a template is missing or uses an undefined name."""
    import jinja2

    try:
        tpl = _environment(template_dir).get_template("handout.j2")
        ctx = context(report)
        if title:
            ctx["title"] = title
        return tpl.render(**ctx)
    except jinja2.TemplateError as exc:
        where = f" ({exc.filename}:{exc.lineno})" if getattr(exc, "lineno", None) else ""
        raise SetupError(f"handout template error{where}: {exc.message or exc}") from exc


_ENVIRONMENTS: dict = {}


def _environment(template_dir: Optional[str]):
    """The handout's Jinja environment for ``template_dir``, made once per
    process so its templates are compiled once (Jinja recompiles a template
    whose file has changed since)."""
    key = (template_dir, os.getcwd() if template_dir else "")  # a relative folder is the cwd's
    env = _ENVIRONMENTS.get(key)
    if env is None:
        env = environment(template_dir, autoescape=True)
        env.finalize = _finalize
        env.filters["num"] = number
        _ENVIRONMENTS[key] = env
    return env


def document(report: Report, template_dir: Optional[str] = None, title: str = "") -> Document:
    """The handout for ``report`` as a Document.  Raises SetupError when the
    template (possibly a user's --template-dir copy) is broken."""
    return fit_contents(parse(markup(report, template_dir, title), report.generated))


LONG_REPORT_PAGES = 10
"""A handout estimated (without a contents page) at more pages than this
gets a contents page; a shorter one lists its sections on the cover
instead: a reader pages through ten pages faster than through a contents
page (the estimate runs about a page short at that length)."""

_LINE_CHARS = 100  # characters of body text in one line across the page
_PAGE_LINES = 58  # body lines on one page


def estimated_pages(blocks: Sequence[object]) -> float:
    """Roughly how many pages ``blocks`` fill: lines of text at the body's
    width, table rows at their tallest cell, a page break ends a page."""
    lines = 0.0
    for b in blocks:
        if isinstance(b, Heading):
            lines += 3
        elif isinstance(b, Para):
            lines += 1.3 + len(b.text) // _LINE_CHARS
        elif isinstance(b, Table):
            for row in b.rows:
                lines += 0.6 + max((1 + len(c.text) // max(1, int(w * _LINE_CHARS * 1.2))
                                    for c, w in zip(row, b.widths)), default=1)
        elif isinstance(b, Bars):
            lines += 4 + 1.5 * len(b.bars)
        elif isinstance(b, Ranges):
            lines += 4 + 1.5 * len(b.ranges)
        elif isinstance(b, (PageBreak, Contents)):
            lines = -(-lines // _PAGE_LINES) * _PAGE_LINES
    return lines / _PAGE_LINES


def fit_contents(doc: Document) -> Document:
    """``doc`` with its contents page only when it is long (over
    ``LONG_REPORT_PAGES``); otherwise the contents block and the page
    breaks around it give way to one line on the cover naming the
    sections, and the sections follow the cover without a page break."""
    at = next((i for i, b in enumerate(doc.blocks) if isinstance(b, Contents)), None)
    if at is None:
        return doc
    start = at - 1 if at and isinstance(doc.blocks[at - 1], PageBreak) else at
    stop = at + 2 if at + 1 < len(doc.blocks) and isinstance(doc.blocks[at + 1], PageBreak) else at + 1
    blocks = list(doc.blocks[:start] + doc.blocks[stop:])
    if estimated_pages(blocks) > LONG_REPORT_PAGES:
        return doc
    sections = [b.text for b in doc.blocks[at + 1:] if isinstance(b, Heading) and b.level == 1]
    if sections:  # under the cover's subtitle
        line = Para((Run("In this report: ", bold=True), Run(" \u00b7 ".join(sections))), "small")
        under = next((i + 1 for i, b in enumerate(blocks[:start]) if isinstance(b, Para) and b.style == "subtitle"), 0)
        blocks.insert(under, line)
    return replace(doc, blocks=tuple(blocks))


def parse(text: str, generated: str = "") -> Document:
    """Parse block markup into a Document; raises SetupError on bad markup."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise SetupError(f"handout template produced invalid markup: {exc}") from exc
    blocks: List[object] = []
    keys: dict = {}
    for el in root:
        tag = el.tag
        if tag in ("h1", "h2", "h3"):
            runs = _inline(el)
            key = el.get("key") or _slug("".join(r.text for r in runs))
            n = keys.get(key, 0)
            keys[key] = n + 1
            blocks.append(Heading(int(tag[1]), runs, key if n == 0 else f"{key}-{n}"))
        elif tag in ("p", "title", "subtitle"):
            style = tag if tag != "p" else el.get("style", "body")
            blocks.append(Para(_inline(el), style))
        elif tag == "table":
            blocks.append(_table(el))
        elif tag == "bars":
            series = tuple(s for s in (el.get("series") or "").split(",") if s)
            bars = tuple(
                (b.get("label", ""), tuple(_float(v) or 0.0 for v in (b.get("values") or "").split(",") if v))
                for b in el if b.tag == "bar"
            )
            if bars:
                blocks.append(Bars(el.get("title", ""), series, bars))
        elif tag == "ranges":
            ranges = tuple(
                Range(r.get("label", ""), _float(r.get("low")), _float(r.get("high")),
                      r.get("text", ""), r.get("flag") == "1")
                for r in el if r.tag == "range"
            )
            if ranges:
                blocks.append(Ranges(el.get("title", ""), ranges))
        elif tag == "pagebreak":
            blocks.append(PageBreak())
        elif tag == "contents":
            blocks.append(Contents(el.get("title", "Contents")))
        else:
            raise SetupError(f"handout template: unknown block <{tag}>")
    return Document(
        title=root.get("title", "Editorial review"),
        header=root.get("header", root.get("title", "")),
        blocks=tuple(blocks),
        accent=root.get("accent") or "#1f4e79",
        org=root.get("org", ""),
        generated=generated,
    )


def _table(el) -> Table:
    rows = []
    header_rows = 0
    for tr in el:
        if tr.tag != "tr":
            continue
        cells = tuple(Cell(_inline(td), td.tag == "th", td.get("shade", "")) for td in tr if td.tag in ("td", "th"))
        if cells and all(c.header for c in cells) and len(rows) == header_rows:
            header_rows += 1
        rows.append(cells)
    ncols = max((len(r) for r in rows), default=1)
    rows = [r + tuple(Cell(()) for _ in range(ncols - len(r))) for r in rows]
    widths = tuple(_float(w) or 1.0 for w in (el.get("widths") or "").split(",") if w.strip())
    if len(widths) != ncols:
        widths = tuple(1.0 for _ in range(ncols))
    total = sum(widths)
    return Table(tuple(rows), tuple(w / total for w in widths), header_rows, el.get("style", "grid"))


def _inline(el) -> Tuple[Run, ...]:
    """The runs inside an element; whitespace from the template collapses."""
    if not len(el):
        t = _collapse(el.text or "").strip()
        return (Run(t, el.tag == "th"),) if t else ()
    out: List[tuple] = []  # (text, bold, italic, mark); None for a line break

    def walk(node, bold, italic, mark):
        if node.text:
            out.append((node.text, bold, italic, mark))
        for child in node:
            tag = child.tag
            if tag == "br":
                out.append(None)
            else:
                walk(child, bold or tag == "b", italic or tag == "i", mark or tag == "mark")
            if child.tail:
                out.append((child.tail, bold, italic, mark))

    walk(el, el.tag in ("th",), False, False)
    return _tidy(out)


_BREAK = Run("", br=True)


def _tidy(runs: List[Optional[tuple]]) -> Tuple[Run, ...]:
    """Collapse whitespace across runs ``(text, bold, italic, mark)`` (None
    a line break), drop empty runs, merge equal looks."""
    res: List[list] = []  # [text, bold, italic, mark], or None for a line break
    prev_space = True
    for r in runs:
        if r is None:
            if res and res[-1] is not None:
                res[-1][0] = res[-1][0].rstrip()
            res.append(None)
            prev_space = True
            continue
        t = _collapse(r[0])
        if prev_space:
            t = t.lstrip(" ")
        if not t:
            continue
        prev_space = t.endswith(" ")
        last = res[-1] if res else None
        if last is not None and last[1] == r[1] and last[2] == r[2] and last[3] == r[3]:
            last[0] += t
        else:
            res.append([t, r[1], r[2], r[3]])
    while res and (res[-1] is None or not res[-1][0].strip()):
        res.pop()
    if res:
        res[-1][0] = res[-1][0].rstrip()
    return tuple(_BREAK if r is None else Run(*r) for r in res)


def _float(v) -> Optional[float]:
    try:
        return float(v) if v not in (None, "", "None") else None
    except ValueError:
        return None


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:40] or "section"

