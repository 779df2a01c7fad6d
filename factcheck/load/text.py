"""Plain text and Markdown (with optional YAML front matter)."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Dict, List, Optional

from factcheck.errors import InputError
from factcheck.model import Article

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_KNOWN = ("title", "outlet", "author", "date", "url", "story")


def read_text(fs_path: str, display: str) -> str:
    """Decode a text file: UTF-8 (BOM stripped) or, failing that, the
    encoding charset-normalizer detects.  Raises InputError for binary
    files."""
    with open(fs_path, "rb") as fh:
        raw = fh.read()
    if b"\x00" in raw[:8192]:
        raise InputError(display, "binary file (contains NUL bytes), not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(raw, display)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _detect(raw: bytes, display: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        # Latin-1 decodes anything; a file that is not text at all is
        # caught by the NUL check above.
        return raw.decode("cp1252", errors="replace")
    return str(best)


def _norm_date(value: Any) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value).strip() or None


def load(fs_path: str, display: str) -> List[Article]:
    """Load a .txt article.  The first line is taken as the title when it is
    short and followed by a blank line (the common wire/export layout); the
    outlet comes from a dateline or byline in the first lines, when one
    names it (factcheck.outlets)."""
    from factcheck.outlets import from_text

    content = read_text(fs_path, display)
    title = None
    m = re.match(r"\A[ \t]*([^\n]{1,200})\r?\n[ \t]*\r?\n", content)
    if m and not m.group(1).rstrip().endswith((".", '"', "\u201d")):
        title = m.group(1).strip()
    return [Article(path=display, content=content, format="txt", title=title, outlet=from_text(content))]


def load_markdown(fs_path: str, display: str) -> List[Article]:
    """Load a Markdown article with optional YAML front matter (title,
    outlet, author, date, url, story; other keys are kept in ``meta``)."""
    content = read_text(fs_path, display)
    meta: Dict[str, Any] = {}
    body_start = 0
    m = _FRONT.match(content)
    if m:
        import yaml

        try:
            data = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise InputError(display, f"broken YAML front matter{where}: {problem}")
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise InputError(display, "YAML front matter must be a mapping of keys to values")
        meta = data
        body_start = m.end()
    known = {k: meta.get(k) for k in _KNOWN}
    extra = {str(k): v for k, v in meta.items() if k not in _KNOWN}
    title = known["title"]
    if title is None:
        h = re.search(r"^#[ \t]+(.+)$", content[body_start:], re.M)
        if h:
            title = h.group(1).strip()
    return [
        Article(
            path=display,
            content=content,
            format="md",
            body_start=body_start,
            title=str(title) if title is not None else None,
            outlet=str(known["outlet"]) if known["outlet"] is not None else None,
            author=str(known["author"]) if known["author"] is not None else None,
            date=_norm_date(known["date"]),
            url=str(known["url"]) if known["url"] is not None else None,
            story=str(known["story"]) if known["story"] is not None else None,
            meta=extra,
        )
    ]
