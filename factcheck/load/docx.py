"""Word (.docx) drafts.

The text an editor would see with all tracked changes accepted: runs inside
``w:ins`` (and ``w:moveTo``) are read, deleted text (``w:del``/``w:delText``,
``w:moveFrom``) is not.  Body paragraphs and tables come in document order
(a table row is one paragraph, cells separated by `` | ``); page headers and
footers follow the body, each distinct one once.  A Word comment that is a
suppression directive ("factcheck: ignore anonymous-source -- cleared")
becomes a ``<!-- factcheck: ... -->`` paragraph before the paragraph it is
anchored in, listed in ``Article.hidden``.  Paragraphs are joined
with a blank line so paragraph detection works; ``Article.content`` is that
text.  Title, author and date come from the document's core properties.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from typing import Dict, Iterator, List, Optional

from factcheck.errors import InputError
from factcheck.model import Article, Span

from . import limits

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _SDT = _W + "p", _W + "tbl", _W + "tr", _W + "tc", _W + "sdt"
_T, _TAB, _BR, _CR = _W + "t", _W + "tab", _W + "br", _W + "cr"
_NOBREAKHYPHEN = _W + "noBreakHyphen"
_REMOVED = {_W + "del", _W + "moveFrom"}
_PPR = _W + "pPr"
_DIRECTIVE = re.compile(r"<!--\s*factcheck\s*:.*?-->", re.S | re.I)
_COMMENT_DIRECTIVE = re.compile(r"factcheck\s*:", re.I)


def paragraph_text(p) -> str:
    """The visible text of one ``w:p`` element with tracked changes
    accepted: inserted runs kept, deleted runs dropped."""
    out: List[str] = []
    for el in p.iter(_T, _TAB, _BR, _CR, _NOBREAKHYPHEN):
        if _removed(el, p):
            continue
        tag = el.tag
        if tag == _T:
            out.append(el.text or "")
        elif tag == _TAB:
            # w:tab inside w:pPr/w:tabs is a tab stop definition, not text
            if el.getparent() is not None and el.getparent().tag == _W + "r":
                out.append("\t")
        elif tag == _NOBREAKHYPHEN:
            out.append("-")
        else:
            out.append(" ")
    return "".join(out)


def _removed(el, stop) -> bool:
    node = el.getparent()
    while node is not None and node is not stop:
        if node.tag in _REMOVED or node.tag == _PPR:
            return True
        node = node.getparent()
    return False


MAX_RATIO = 100
"""Largest compression ratio of a part above RATIO_FLOOR bytes: Word's XML
packs about 5-15 to 1; a "zip bomb" part packs 1000 to 1."""
RATIO_FLOOR = 1 << 20
PART_SHARE = 4
"""One part may unpack to at most this fraction (1/4) of the file-size
limit, all parts together to the limit itself."""


def check_package(z: zipfile.ZipFile, display: str, max_bytes: int) -> None:
    """Refuse a package whose parts would unpack beyond the limits before
    any is read: each part at most ``max_bytes / PART_SHARE``, all together
    at most ``max_bytes``, and none above RATIO_FLOOR packed more than
    MAX_RATIO to 1.  (zipfile never inflates a part past its declared
    size: a part that lies about it fails its CRC check.)"""
    part_max = max_bytes // PART_SHARE
    total = 0
    for info in z.infolist():
        size = info.file_size
        total += size
        if size > part_max:
            raise InputError(display, f"part {info.filename} unpacks to {size} bytes, above the limit of "
                                      f"{part_max} (a quarter of config key 'max-file-mib'): not read")
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(display, f"part {info.filename} is compressed {size // max(info.compress_size, 1)} "
                                      f"to 1 (a zip bomb?): not read")
    if total > max_bytes:
        raise InputError(display, f"the parts unpack to {total} bytes, above the limit of {max_bytes} "
                                  "(config key 'max-file-mib'): not read")


def _directive_comments(package: bytes) -> Dict[str, str]:
    """Word comments that are factcheck suppression directives ("factcheck:
    ignore anonymous-source -- cleared by the desk"), by comment id."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(package)) as z:
            if "word/comments.xml" not in z.namelist():
                return {}
            root = etree.fromstring(z.read("word/comments.xml"))
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError):
        return {}
    out: Dict[str, str] = {}
    for comment in root.iter(_W + "comment"):
        text = " ".join(_clean(paragraph_text(p)) for p in comment.iter(_P)).strip()
        if _COMMENT_DIRECTIVE.match(text):
            out[comment.get(_W + "id", "")] = text
    return out


def _blocks(parent, directives: Optional[Dict[str, str]] = None) -> Iterator[str]:
    """Paragraph texts of a body, cell, header or footer in order; a table
    row becomes one text with its cells joined by `` | ``.  A paragraph
    that a directive comment is anchored in is preceded by the directive
    as an HTML-style comment paragraph (factcheck/suppress.py reads it)."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag == _P:
            if directives:
                for anchor in child.iter(_W + "commentRangeStart", _W + "commentReference"):
                    text = directives.pop(anchor.get(_W + "id", ""), None)
                    if text:
                        yield f"<!-- {text} -->"
            yield paragraph_text(child)
        elif tag == _TBL:
            for row in child.iter(_TR):
                if row.getparent() is not child:
                    continue  # rows of nested tables are read inside their cell
                cells = []
                for cell in row.iterchildren(_TC):
                    text = " ".join(t.strip() for t in _blocks(cell, directives) if t.strip())
                    if text:
                        cells.append(text)
                yield " | ".join(cells)
        elif tag == _SDT or child.tag in (_W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo"):
            yield from _blocks(child, directives)


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _date(value) -> Optional[str]:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return None


def _styled_title(document) -> Optional[str]:
    """The first paragraph's text when it is styled Title or Heading 1."""
    for p in document.paragraphs:
        text = _clean(paragraph_text(p._p))
        if not text:
            continue
        style = p.style.name if p.style is not None else ""
        return text if style in ("Title", "Heading 1") else None
    return None


def load(fs_path: str, display: str, max_bytes: int = limits.DEFAULT_MAX_BYTES) -> List[Article]:
    """Load a .docx draft of at most ``max_bytes`` (each part unpacked
    too, see ``check_package``).  Returns one Article whose content is the
    document text.  Raises InputError when the file is not a Word document
    or its XML is broken."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover
        raise InputError(display, "cannot read .docx files: python-docx is not installed") from exc
    package = limits.read_bytes(fs_path, display, max_bytes)
    if not zipfile.is_zipfile(io.BytesIO(package)):
        raise InputError(display, "not a valid .docx file (not a ZIP package); is it an old .doc or a renamed file?")
    try:
        with zipfile.ZipFile(io.BytesIO(package)) as z:
            check_package(z, display, max_bytes)
    except zipfile.BadZipFile as exc:
        raise InputError(display, f"damaged .docx (broken ZIP: {exc})") from exc
    try:
        document = docx.Document(io.BytesIO(package))
    except PackageNotFoundError as exc:
        raise InputError(display, f"not a Word document: {exc}") from exc
    except KeyError as exc:
        raise InputError(display, f"not a Word document (missing part {exc})") from exc
    except zipfile.BadZipFile as exc:
        raise InputError(display, f"damaged .docx (broken ZIP: {exc})") from exc
    except Exception as exc:  # lxml XMLSyntaxError, ValueError from python-docx
        why = " ".join(str(exc).split())[:160]
        raise InputError(display, f"damaged .docx ({type(exc).__name__}: {why})") from exc
    try:
        paragraphs = [_clean(t) for t in _blocks(document.element.body, _directive_comments(package))]
        extra: List[str] = []
        for section in document.sections:
            for part in (section.header, section.first_page_header, section.even_page_header,
                         section.footer, section.first_page_footer, section.even_page_footer):
                if part.is_linked_to_previous:
                    continue
                for t in _blocks(part._element):
                    t = _clean(t)
                    if t and t not in extra:
                        extra.append(t)
        # read here: a damaged core.xml fails on the first property read
        props = document.core_properties
        title = (props.title or "").strip() or _styled_title(document)
        author = (props.author or "").strip() or None
        created = props.created
        meta = {k: v for k, v in (("subject", props.subject), ("keywords", props.keywords),
                                  ("last_modified_by", props.last_modified_by)) if v}
    except Exception as exc:
        why = " ".join(str(exc).split())[:160]
        raise InputError(display, f"damaged .docx ({type(exc).__name__}: {why})") from exc
    paras = [p for p in paragraphs if p] + [t for t in extra if t not in paragraphs]
    if not paras:
        raise InputError(display, "the Word document has no text")
    content = "\n\n".join(paras) + "\n"
    # a suppression comment typed into the draft (factcheck/suppress.py) is not prose
    hidden = tuple(Span(m.start(), m.end()) for m in _DIRECTIVE.finditer(content))
    return [Article(
        path=display,
        content=content,
        format="docx",
        title=title,
        author=author,
        date=_date(created),
        hidden=hidden,
        meta=meta,
    )]
