"""Loading source documents (``--sources PATH...``).

``find(paths)`` walks the paths for the files to read; ``load(fs_path,
display)`` reads one into a ``Source``: a transcript when its lines carry
speaker labels (or it is a subtitle file), a table for CSV, else a document.

Formats: .txt and .md (front matter allowed), .html/.htm and .docx (read by
factcheck's own article loaders), .pdf (pypdf, imported only for a PDF),
.vtt and .srt subtitles, and .csv tables whose first row names the columns
and first column the rows.  A file that cannot be read raises InputError,
which the engine reports as an ``input-error`` finding, like a bad article.
"""

from __future__ import annotations

import csv
import io
import os
import re
from typing import List, Optional, Sequence, Tuple

from factcheck.errors import InputError, SetupError, internal_error
from factcheck.load import limits

from . import transcripts
from .model import Cell, Source

EXTENSIONS = (".csv", ".docx", ".htm", ".html", ".markdown", ".md", ".pdf", ".srt", ".txt", ".vtt")
_NUMBER = re.compile(r"^\(?[$\u00a3\u20ac]?-?\d[\d,]*(?:\.\d+)?%?(?: ?(?:million|billion|m|bn))?\)?$", re.I)


def find(paths: Sequence[str]) -> Tuple[List[Tuple[str, str]], List[str]]:
    """``(files, skipped)`` under ``paths``: ``files`` as (filesystem path,
    display path), folders walked recursively in sorted order, hidden files
    left out; ``skipped`` the files of other extensions in folders.  A file
    named explicitly is read whatever its extension.  Raises SetupError for
    a path that does not exist."""
    files: List[Tuple[str, str]] = []
    skipped: List[str] = []
    for given in paths:
        if not os.path.exists(given):
            raise SetupError(f"source not found: {given}")
        if not os.path.isdir(given):
            files.append((given, given))
            continue
        found = []
        for root, dirs, names in os.walk(given):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(os.path.join(root, n) for n in names if not n.startswith("."))
        for full in sorted(found):
            if os.path.splitext(full)[1].lower() in EXTENSIONS and not limits.irregular(full):
                files.append((full, full))
            else:
                skipped.append(full)
    seen = set()
    unique = []
    for f in files:
        if f[0] not in seen:
            seen.add(f[0])
            unique.append(f)
    return unique, skipped


def load(fs_path: str, display: str, max_bytes: int = limits.DEFAULT_MAX_BYTES) -> Source:
    """Read one source file.  Raises InputError when it cannot be read (a
    binary file, a broken PDF or Word file, a PDF without a text layer)."""
    ext = os.path.splitext(fs_path)[1].lower()
    try:
        if ext == ".pdf":
            return _pdf(fs_path, display, max_bytes)
        if ext in (".vtt", ".srt"):
            from factcheck.load.text import read_text

            text, turns, lines = transcripts.subtitles(read_text(fs_path, display, max_bytes))
            return Source(display, text, ext[1:], "transcript", turns=turns, lines=lines)
        if ext == ".csv":
            return _csv(fs_path, display, max_bytes)
        return _article(fs_path, display, max_bytes, ext)
    except InputError:
        raise
    except (OSError, ValueError, UnicodeError, csv.Error) as exc:
        raise InputError(display, f"cannot read source: {exc}") from exc
    except RecursionError as exc:
        raise InputError(display, "cannot read source: nested too deeply") from exc
    except Exception as exc:  # a bug met on this file: report it, read the others
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        raise internal_error(display, "source could not be read", exc) from exc


def _article(fs_path: str, display: str, max_bytes: int, ext: str) -> Source:
    """Text, Markdown, HTML and Word sources, through the article loaders:
    a transcript when speaker labels start its lines."""
    from factcheck.load import load_file

    loaded = load_file(fs_path, display, max_bytes)
    article = loaded[0] if loaded else None
    content = getattr(article, "content", None)
    if not isinstance(content, str):  # a claims file named as a source
        raise InputError(display, "not a source document (a claims file?)")
    body = content[article.body_start:]
    fmt = ext.lstrip(".") if ext in EXTENSIONS else "txt"
    mapper = None
    if article.format in ("html", "docx"):  # lines of the file, not of the text read from it
        from factcheck import sourcemap

        mapper = sourcemap.for_article(article, fs_path)
    turns = transcripts.labelled_turns(body)
    if turns:
        shift = article.body_start
        from dataclasses import replace

        turns = tuple(replace(t, start=t.start + shift, end=t.end + shift,
                              line=t.line + content.count("\n", 0, shift)) for t in turns)
        return Source(display, content, fmt, "transcript", title=article.title or "", turns=turns, mapper=mapper,
                      body_start=article.body_start)
    return Source(display, content, fmt, "document", title=article.title or "", mapper=mapper,
                  body_start=article.body_start)


def _pdf(fs_path: str, display: str, max_bytes: int) -> Source:
    """A PDF's text, page by page (pypdf)."""
    raw = limits.read_bytes(fs_path, display, max_bytes)
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(display, "cannot read PDF sources: pypdf is not installed") from None
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(display, "encrypted PDF: cannot read its text")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        title = str(meta.title or "") if meta is not None else ""
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a broken file
        why = " ".join(f"{type(exc).__name__}: {exc}".split())[:160]
        raise InputError(display, f"unreadable PDF ({why})") from exc
    starts, parts, offset = [], [], 0
    for text in pages:
        text = limits.clean(text.replace("\r\n", "\n"))
        starts.append(offset)
        parts.append(text)
        offset += len(text) + 2
    joined = "\n\n".join(parts)
    if not joined.strip():
        raise InputError(display, "PDF has no text layer (a scan?): cannot check against it")
    turns = transcripts.labelled_turns(joined)
    return Source(display, joined, "pdf", "transcript" if turns else "document", title=title, turns=turns,
                  pages=tuple(starts))


def _csv(fs_path: str, display: str, max_bytes: int) -> Source:
    """A table: each numeric cell becomes a sentence naming its row and
    column ("2023: 2,380,000 encounters."), so that its figure is read as
    the article's figures are."""
    from factcheck.load.text import read_text

    content = read_text(fs_path, display, max_bytes)
    try:  # commas, or the semicolons and tabs of other locales' exports
        dialect = csv.Sniffer().sniff(content[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(content), dialect))
    if len(rows) < 2 or len(rows[0]) < 2:
        raise InputError(display, "a table needs a header row and a label column")
    header = [" ".join(h.split()) for h in rows[0]]
    parts: List[str] = []
    cells: List[Cell] = []
    offset = 0
    for number, row in enumerate(rows[1:], 2):
        label = " ".join(row[0].split()) if row else ""
        for column, value in zip(header[1:], row[1:]):
            value = value.strip()
            if not label or not column or not _NUMBER.match(value):
                continue
            if value.isdigit():  # 2380000 -> 2,380,000: read as a count, not an identifier
                value = f"{int(value):,}"
            sentence = f"{label}: {value} {column}."
            cells.append(Cell(label, column, offset, offset + len(sentence), number))
            parts.append(sentence)
            offset += len(sentence) + 1
    if not cells:
        raise InputError(display, "a table with no numeric cells under labelled rows and columns")
    return Source(display, "\n".join(parts), "csv", "table", title=_title(display), cells=tuple(cells))


def _title(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0].replace("_", " ").replace("-", " ")


def load_all(paths: Sequence[str], max_bytes: int = limits.DEFAULT_MAX_BYTES
             ) -> Tuple[List[Source], List[InputError]]:
    """Every source under ``paths`` and the InputError of each file that
    could not be read.  Raises SetupError for a path that does not exist."""
    files, _skipped = find(paths)
    sources: List[Source] = []
    errors: List[InputError] = []
    for fs_path, display in files:
        try:
            sources.append(load(fs_path, display, max_bytes))
        except InputError as exc:
            errors.append(exc)
    return sources, errors


def title_of(source: Source) -> Optional[str]:
    """The words a draft may use to name ``source``: its title, else its
    file name in words."""
    return source.title or _title(source.path)
