"""HTML articles: the body text, title, byline and date.

trafilatura (offline) removes the navigation, footers and other boilerplate;
when it finds no article body (or is not importable) a small stdlib
``html.parser`` extraction takes over.  ``Article.content`` is the extracted
text, not the markup: the title first (when the page has one), then one
paragraph per block, paragraphs separated by a blank line, so offsets,
lines and columns in findings refer to that text.  Inline suppression
comments (``<!-- factcheck: ... -->``) are kept in the text, each as its own
paragraph, and listed in ``Article.hidden``.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from typing import Dict, List, Optional, Tuple

from factcheck.errors import InputError
from factcheck.model import Article, Span

from . import limits
from .text import by_bom

_TAG = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|p|div|article|title|h[1-6]|meta|br|span|a)\b", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
                           rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
# Inline suppression comments (factcheck/suppress.py) survive extraction as
# placeholders and come back as comments in the text, marked hidden.
_DIRECTIVE = re.compile(r"<!--\s*factcheck\s*:.*?-->", re.S | re.I)
_PLACEHOLDER = "FACTCHECKDIRECTIVE{}X"
_PLACEHOLDER_RE = re.compile(r"FACTCHECKDIRECTIVE(\d+)X")


def decode(raw: bytes, display: str) -> str:
    """Decode HTML bytes: a BOM, else the ``<meta charset>`` (or XML)
    declaration, else UTF-8, else what charset-normalizer detects.  A
    declaration Python cannot decode with (unknown, ``undefined``, not a
    text encoding, wrong for the bytes) is ignored.  Raises InputError for
    binary data."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    text = by_bom(raw)
    if text is not None:
        return text
    if b"\x00" in raw[:8192]:
        raise InputError(display, "binary file (contains NUL bytes), not an HTML page")
    m = _META_CHARSET.search(raw[:4096])
    if m:
        name = (m.group(1) or m.group(2)).decode("ascii", "replace")
        try:
            # bytes without a BOM that declare UTF-16/32 were saved as
            # something else (HTML5 reads such a declaration as UTF-8)
            if codecs.lookup(name).name.startswith(("utf-16", "utf-32")):
                raise LookupError(name)
            return raw.decode(name)
        except (LookupError, UnicodeError, ValueError):
            pass  # a wrong declaration: detect instead
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from factcheck.load.text import _detect

        return _detect(raw, display)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _join(title: Optional[str], paragraphs: List[str]) -> str:
    paras = [p for p in (_clean(x) for x in paragraphs) if p]
    if title and (not paras or paras[0] != title):
        paras.insert(0, title)
    return "\n\n".join(paras) + ("\n" if paras else "")


def _iso(date: Optional[str]) -> Optional[str]:
    if not date:
        return None
    m = _ISO_DATE.search(date)
    return m.group(1) if m else None


def _with_trafilatura(text: str) -> Optional[Dict[str, object]]:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a broken install: stdlib fallback
        return None
    try:
        # Dates only from the markup (meta tags, <time>, the URL): the
        # extensive search would take a "(c) 2026" footer for 2026-01-01.
        doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                          include_tables=True, deduplicate=False,
                                          date_extraction_params={"extensive_search": False,
                                                                  "original_date": True})
    except Exception:  # trafilatura gives up on odd markup: stdlib fallback
        return None
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    if not body.strip():
        return None
    return {
        "paragraphs": body.split("\n"),
        "title": data.get("title"),
        "author": data.get("author"),
        "date": data.get("date"),
        "outlet": data.get("sitename"),
        "url": data.get("url"),
    }


_SKIP = {"script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form",
         "button", "select", "svg", "iframe", "head"}
_BLOCK = {"p", "div", "article", "section", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
          "blockquote", "pre", "table", "tr", "td", "th", "br", "figcaption", "dd", "dt", "body", "hr"}


class _Text(HTMLParser):
    """Block text, the <title>, the first <h1> and the author/date/site
    <meta> tags of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: List[str] = []
        self.current: List[str] = []
        self.skip = 0
        self.in_title = False
        self.title_parts: List[str] = []
        self.h1: Optional[str] = None
        self.in_h1 = False
        self.h1_parts: List[str] = []
        self.meta: Dict[str, str] = {}
        self.canonical: Optional[str] = None

    def _flush(self) -> None:
        text = _clean("".join(self.current))
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: List[Tuple[str, Optional[str]]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            if key and "content" in a and key not in self.meta:
                self.meta[key] = a["content"]
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical":
            self.canonical = a.get("href") or None
            return
        if tag == "title":
            self.in_title = True
        if tag in _SKIP and tag != "head":
            self.skip += 1
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "h1" and self.h1 is None:
            self.in_h1 = True

    def handle_startendtag(self, tag: str, attrs: List[Tuple[str, Optional[str]]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP and tag not in ("head", "meta", "link"):
            self.skip -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP and tag != "head":
            self.skip = max(0, self.skip - 1)
            return
        if tag == "h1" and self.in_h1:
            self.in_h1 = False
            self.h1 = _clean("".join(self.h1_parts)) or None
        if tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip:
            return
        self.current.append(data)
        if self.in_h1:
            self.h1_parts.append(data)

    def result(self) -> Dict[str, object]:
        self._flush()
        m = self.meta
        title = self.h1 or _clean("".join(self.title_parts)) or m.get("og:title")
        return {
            "paragraphs": self.paragraphs,
            "title": title or None,
            "author": m.get("author") or m.get("article:author") or None,
            "date": m.get("article:published_time") or m.get("date") or m.get("datepublished") or None,
            "outlet": m.get("og:site_name") or None,
            "url": self.canonical or m.get("og:url") or None,
        }


def _with_stdlib(text: str) -> Dict[str, object]:
    parser = _Text()
    parser.feed(text)
    parser.close()
    return parser.result()


def load(fs_path: str, display: str, max_bytes: int = limits.DEFAULT_MAX_BYTES) -> List[Article]:
    """Load an .html/.htm article of at most ``max_bytes``.  Returns one
    Article whose content is the extracted text.  Raises InputError for a
    binary file, a file with no HTML markup, or a page with no text."""
    raw = limits.read_bytes(fs_path, display, max_bytes)
    text = decode(raw, display)
    if not _TAG.search(text[:65536].encode("utf-8", "replace")):
        raise InputError(display, "not an HTML page (no HTML tags found); rename it to .txt if it is plain text")
    directives: List[str] = []

    def keep(m: "re.Match[str]") -> str:
        directives.append(" ".join(m.group(0).split()))
        return "<p>" + _PLACEHOLDER.format(len(directives) - 1) + "</p>"

    text = _DIRECTIVE.sub(keep, text)
    data = _with_trafilatura(text)
    extractor = "trafilatura"
    if data is None or (directives and len(_PLACEHOLDER_RE.findall("\n".join(data["paragraphs"])))  # type: ignore[arg-type]
                        < len(directives)):
        data = _with_stdlib(text)  # nothing found, or a suppression comment was dropped
        extractor = "html.parser"
    title = _clean(str(data["title"])) if data.get("title") else None
    content = _join(title, list(data["paragraphs"]))  # type: ignore[arg-type]
    hidden: List[Span] = []
    if directives:
        content = _PLACEHOLDER_RE.sub(lambda m: directives[int(m.group(1))], content)
        hidden = [Span(m.start(), m.end()) for m in _DIRECTIVE.finditer(content)]
    if not _DIRECTIVE.sub("", content).strip() or content.strip() == (title or ""):
        raise InputError(display, "HTML page has no article text")
    author = data.get("author")
    if author:
        author = re.sub(r"^\s*by\s+", "", str(author), flags=re.I).strip() or None
    return [Article(
        path=display,
        content=content,
        format="html",
        title=title,
        outlet=str(data["outlet"]) if data.get("outlet") else None,
        author=author,  # type: ignore[arg-type]
        date=_iso(data.get("date")),  # type: ignore[arg-type]
        url=str(data["url"]) if data.get("url") else None,
        meta={"extractor": extractor},
        hidden=tuple(hidden),
    )]
