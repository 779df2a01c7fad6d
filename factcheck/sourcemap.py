"""Line numbers in the file a finding came from, for articles whose text was
extracted from markup (HTML) or a container (DOCX).

CI annotations point at ``file:line``.  For a .txt or .md article the text
factcheck reads is the file, so an offset's line is the file's line.  For an
HTML page it is the text trafilatura extracted, whose line 5 may be a
``<meta>`` tag in the file.  ``for_article`` gives a lookup from article
offsets to the file's (line, column):

- HTML: the page's text nodes are read with their positions (the standard
  library's html.parser), folded to words, and the words at the finding are
  looked up in that stream; found, the line is the text node's line in the
  file; not found, the finding is file-level.
- DOCX (a zip of XML; no lines a reader would recognise): always file-level.

File-level is (0, 0): renderers then name the file without a line (SARIF
without a region, GitHub and GitLab on the file).
"""

from __future__ import annotations

import bisect
import re
from html.parser import HTMLParser
from typing import List, Optional, Tuple

from factcheck.model import Article

FILE_LEVEL = (0, 0)
_WORD = re.compile(r"\w+", re.UNICODE)
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template"})
_PROBE_WORDS = 6


class _TextNodes(HTMLParser):
    """Visible text of a page as (word, line, column) in file order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: List[Tuple[str, int, int]] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if self._skip:
            return
        line, col = self.getpos()
        for m in _WORD.finditer(data):
            before = data[:m.start()]
            nl = before.count("\n")
            wline = line + nl
            wcol = (m.start() - before.rfind("\n")) if nl else col + m.start() + 1
            self.words.append((m.group().casefold(), wline, wcol))


class HtmlLines:
    """Article offset -> (line, column) in the HTML file it came from."""

    def __init__(self, article: Article, raw_html: str):
        parser = _TextNodes()
        try:
            parser.feed(raw_html)
            parser.close()
        except Exception:  # a page html.parser cannot read: every finding file-level
            parser.words = []
        self.source = parser.words
        self.source_words = [w for w, _, _ in parser.words]
        self.content = article.content
        self.word_starts: List[int] = []
        self.words: List[str] = []
        for m in _WORD.finditer(article.content):
            self.word_starts.append(m.start())
            self.words.append(m.group().casefold())

    def at(self, offset: int) -> Tuple[int, int]:
        i = bisect.bisect_left(self.word_starts, offset)
        probe = self.words[i:i + _PROBE_WORDS]
        if not probe:
            return FILE_LEVEL
        found = _find(self.source_words, probe)
        if found is None:
            return FILE_LEVEL
        _, line, col = self.source[found]
        return line, col


def _find(haystack: List[str], needle: List[str]) -> Optional[int]:
    """Index of the first occurrence of ``needle`` in ``haystack``, or None."""
    first = needle[0]
    start = 0
    while True:
        try:
            i = haystack.index(first, start)
        except ValueError:
            return None
        if haystack[i:i + len(needle)] == needle:
            return i
        start = i + 1


class FileLevel:
    """Every offset is file-level (DOCX)."""

    def at(self, offset: int) -> Tuple[int, int]:
        return FILE_LEVEL


def for_article(article: Article, fs_path: Optional[str] = None):
    """A lookup for ``article``'s findings, or None when the article's own
    text lines are the file's (txt, md, claims files)."""
    if article.format == "docx":
        return FileLevel()
    if article.format != "html":
        return None
    try:
        with open(fs_path or article.path, "rb") as fh:
            raw = fh.read()
    except OSError:
        return FileLevel()
    from factcheck.load.html import decode

    try:
        text = decode(raw, article.path)
    except Exception:
        return FileLevel()
    return HtmlLines(article, text)
