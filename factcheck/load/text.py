"""Plain text and Markdown (with optional YAML front matter)."""

from __future__ import annotations

import codecs
import datetime as _dt
import re
from typing import Any, Dict, List, Optional

from factcheck.errors import InputError
from factcheck.model import Article

from . import limits

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_KNOWN = ("title", "outlet", "author", "date", "url", "story")


# UTF-32 first: its little-endian BOM starts with UTF-16's.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def by_bom(raw: bytes) -> Optional[str]:
    """The text of UTF-16/32 bytes that start with a byte-order mark (BOM
    removed; undecodable units become U+FFFD), else None."""
    for bom, enc in BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors="replace")
    return None


def read_text(fs_path: str, display: str, max_bytes: int = limits.DEFAULT_MAX_BYTES) -> str:
    """Decode a text file of at most ``max_bytes``: UTF-16/32 with a BOM,
    UTF-8 (BOM stripped) or, failing that, the encoding charset-normalizer
    detects.  Raises InputError for binary files."""
    raw = limits.read_bytes(fs_path, display, max_bytes)
    text = by_bom(raw)
    if text is not None and "\x00" not in text[:4096]:
        return text
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


def load(fs_path: str, display: str, max_bytes: int = limits.DEFAULT_MAX_BYTES) -> List[Article]:
    """Load a .txt article.  The first line is taken as the title when it is
    short and followed by a blank line (the common wire/export layout); the
    outlet comes from a dateline or byline in the first lines, when one
    names it (factcheck.outlets)."""
    from factcheck.outlets import from_text

    content = read_text(fs_path, display, max_bytes)
    title = None
    m = re.match(r"\A[ \t]*([^\n]{1,200})\r?\n[ \t]*\r?\n", content)
    if m and _title_line(m.group(1).strip(), content[m.end():]):
        title = m.group(1).strip()
    elif deck := _DECK.match(content):
        title = " ".join(deck.group(1).split())
    return [Article(path=display, content=content, format="txt", title=title, outlet=from_text(content))]


_DECK = re.compile(r"\A[ \t]*([^\n;]{1,200};[ \t]*\r?\n[^\n]{1,200})\r?\n[ \t]*\r?\n")
"""A headline and its deck on two lines, the headline ending in a semicolon
("Ryan calls Trump line 'racist,' but backs him;" / "Criticism within party
drives candidate ..."), as newspaper databases export a story."""
_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]{3,}")


def _title_line(line: str, rest: str) -> bool:
    """True when a short first line before a blank line is the title: one
    that does not end as a sentence does, or one that does but is written
    in title case ("Falling Deficit to Reverse Course as U.S. Ages.": most
    words of four letters or more after the first capitalised) or is
    followed by a dateline ("Stein removed from debate site by police." /
    "HEMPSTEAD, N.Y., Sept. 26 (UPI) \u2014 ..."), as some archives write
    headlines with a full stop."""
    from factcheck.extract.sentences import starts_with_dateline

    if not line.rstrip().endswith((".", '"', "\u201d")):
        return True
    words = _TITLE_WORD.findall(line)[1:]
    if len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
        return True
    return starts_with_dateline(rest.lstrip())


def load_markdown(fs_path: str, display: str, max_bytes: int = limits.DEFAULT_MAX_BYTES) -> List[Article]:
    """Load a Markdown article with optional YAML front matter (title,
    outlet, author, date, url, story; other keys are kept in ``meta``).
    The front matter is bounded like a claims file (nesting, aliases)."""
    content = read_text(fs_path, display, max_bytes)
    meta: Dict[str, Any] = {}
    body_start = 0
    m = _FRONT.match(content)
    if m:
        import yaml

        try:
            data = limits.clean(limits.yaml_load(m.group(1), yaml.SafeLoader))
        except limits.TooDeep as exc:
            raise InputError(display, f"YAML front matter refused: {exc}") from None
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
