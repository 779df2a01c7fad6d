"""Loading: turn paths into Articles (or pre-extracted Analyses from a claims
file).

``discover`` walks the paths the user gave and returns the files to read;
``load_file`` reads one of them.  Each format lives in its own module and
registers itself in LOADERS by extension.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import replace
from typing import Callable, Dict, List, Optional, Sequence, Tuple, Union

from factcheck.errors import InputError, SetupError, internal_error
from factcheck.model import Analysis, Article

from . import limits
from . import stdin as _stdin
from . import text as _text

Loaded = Union[Article, Analysis]
Loader = Callable[..., List[Loaded]]  # (fs_path, display, max_bytes=...)


def _on_first_use(module: str, function: str) -> Loader:
    """The loader ``function`` of ``factcheck.load.<module>``, imported when
    the first such file is read: checking .txt drafts never imports the
    HTML parser, the .docx reader or the claims file's JSON and schema
    code (issue 17)."""
    def load(fs_path: str, display: str, **kwargs) -> List[Loaded]:
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)(fs_path, display, **kwargs)

    load.__qualname__ = load.__name__ = f"{module}.{function}"
    return load


_html = _on_first_use("html", "load")
_claims = _on_first_use("claims", "load")
LOADERS: Dict[str, Loader] = {
    ".txt": _text.load,
    ".md": _text.load_markdown,
    ".markdown": _text.load_markdown,
    ".html": _html,
    ".htm": _html,
    ".docx": _on_first_use("docx", "load"),
    ".json": _claims,
    ".yaml": _claims,
    ".yml": _claims,
}


def discover(paths: Sequence[str], stdin_name: Optional[str] = None) -> Tuple[List[Tuple[str, str]], List[str]]:
    """Return ``(files, skipped)`` for the paths the user named.

    ``files`` is a list of ``(filesystem_path, display_path)`` in sorted
    order (folders walked recursively); ``skipped`` lists files passed over
    for their extension, and, with the reason in brackets, anything that is
    not a regular file (a FIFO, a device, a socket, also behind a symlink),
    which is never opened.  ``-`` and ``/dev/stdin`` are standard input,
    read once (``stdin_name`` is its display name; see load.stdin).  Raises
    SetupError for a missing path or when no article is found at all.
    """
    files: List[Tuple[str, str]] = []
    skipped: List[str] = []
    stdin_read = False
    for given in paths:
        if _stdin.is_stdin(given):
            if not stdin_read:  # a second '-' is the same stream
                files.append(_stdin.materialise(given, stdin_name))
                stdin_read = True
            continue
        if not os.path.exists(given):
            raise SetupError(f"path not found: {given}")
        if os.path.isdir(given):
            found = []
            for root, dirs, names in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in names:
                    if name.startswith("."):
                        continue
                    full = os.path.join(root, name)
                    found.append(full)
            for full in sorted(found):
                ext = os.path.splitext(full)[1].lower()
                why = limits.irregular(full) if ext in LOADERS else None
                if ext not in LOADERS:
                    skipped.append(full)
                elif why:
                    skipped.append(f"{full} ({why}, not read)")
                else:
                    files.append((full, full))
        else:
            ext = os.path.splitext(given)[1].lower()
            why = limits.irregular(given)
            if why:
                skipped.append(f"{given} ({why}, not read)")
            elif ext in LOADERS:
                files.append((given, given))
            else:
                # A file named explicitly is read as plain text whatever its
                # extension: the user asked for it.
                files.append((given, given))
    if not files:
        raise SetupError(
            "no articles found in " + ", ".join(paths)
            + f" (looked for {', '.join(sorted(LOADERS))})"
        )
    return files, skipped


def load_file(fs_path: str, display: str, max_bytes: int = limits.DEFAULT_MAX_BYTES) -> List[Loaded]:
    """Read one file of at most ``max_bytes`` (only a regular file is
    read).  Returns one or more Articles (or Analyses, for a claims file),
    their text free of lone surrogates.  Raises InputError when the file
    cannot be read or parsed."""
    ext = os.path.splitext(fs_path)[1].lower()
    loader = LOADERS.get(ext, _text.load)
    try:
        loaded = loader(fs_path, display, max_bytes=max_bytes)
    except InputError:
        raise
    except limits.TooDeep as exc:
        raise InputError(display, str(exc)) from exc
    except (OSError, ValueError, UnicodeError) as exc:
        raise InputError(display, f"cannot read file: {exc}") from exc
    except RecursionError as exc:  # a parser that recurses per level met a deep file
        raise InputError(display, "cannot read file: nested too deeply") from exc
    except MemoryError as exc:
        raise InputError(display, "cannot read file: out of memory") from exc
    except Exception as exc:  # a bug met on this file: report it, check the others
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        raise internal_error(display, "could not be read", exc) from exc
    if len(loaded) == 1 and isinstance(loaded[0], Article) \
            and not loaded[0].content[loaded[0].body_start:].strip():
        # an empty export is a broken file, not a clean article: say it was not reviewed
        raise InputError(display, "no article text (the file is empty or holds only metadata)")
    return [_clean(x) if isinstance(x, Article) else x for x in loaded]


_TEXT_FIELDS = ("content", "title", "outlet", "author", "date", "url", "story")


def _clean(article: Article) -> Article:
    """``article`` with no lone surrogate in its text or metadata (a claims
    file's Analyses are cleaned as they are parsed)."""
    changed = {f: limits.clean(v) for f in _TEXT_FIELDS for v in (getattr(article, f),)
               if isinstance(v, str) and limits.clean(v) is not v}
    if article.meta:
        meta = dict(article.meta)
        limits.clean(meta)
        if meta != article.meta:
            changed["meta"] = meta
    return replace(article, **changed) if changed else article
