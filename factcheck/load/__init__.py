"""Loading: turn paths into Articles (or pre-extracted Analyses from a claims
file).

``discover`` walks the paths the user gave and returns the files to read;
``load_file`` reads one of them.  Each format lives in its own module and
registers itself in LOADERS by extension.
"""

from __future__ import annotations

import os
from typing import Callable, Dict, List, Sequence, Tuple, Union

from factcheck.errors import InputError, SetupError
from factcheck.model import Analysis, Article

from . import text as _text

Loaded = Union[Article, Analysis]
Loader = Callable[[str, str], List[Loaded]]

LOADERS: Dict[str, Loader] = {
    ".txt": _text.load,
    ".md": _text.load_markdown,
    ".markdown": _text.load_markdown,
}

try:  # optional formats register themselves when their module is present
    from . import html as _html

    LOADERS[".html"] = _html.load
    LOADERS[".htm"] = _html.load
except ImportError:  # pragma: no cover
    pass
try:
    from . import docx as _docx

    LOADERS[".docx"] = _docx.load
except ImportError:  # pragma: no cover
    pass
try:
    from . import claims as _claims

    LOADERS[".json"] = _claims.load
    LOADERS[".yaml"] = _claims.load
    LOADERS[".yml"] = _claims.load
except ImportError:  # pragma: no cover
    pass


def discover(paths: Sequence[str]) -> Tuple[List[Tuple[str, str]], List[str]]:
    """Return ``(files, skipped)`` for the paths the user named.

    ``files`` is a list of ``(filesystem_path, display_path)`` in sorted
    order (folders walked recursively); ``skipped`` lists files passed over
    for their extension.  Raises SetupError for a missing path or when no
    article is found at all.
    """
    files: List[Tuple[str, str]] = []
    skipped: List[str] = []
    for given in paths:
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
                if ext in LOADERS:
                    files.append((full, full))
                else:
                    skipped.append(full)
        else:
            ext = os.path.splitext(given)[1].lower()
            if ext in LOADERS:
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


def load_file(fs_path: str, display: str) -> List[Loaded]:
    """Read one file.  Returns one or more Articles (or Analyses, for a claims
    file).  Raises InputError when the file cannot be read or parsed."""
    ext = os.path.splitext(fs_path)[1].lower()
    loader = LOADERS.get(ext, _text.load)
    try:
        return loader(fs_path, display)
    except InputError:
        raise
    except (OSError, ValueError, UnicodeError) as exc:
        raise InputError(display, f"cannot read file: {exc}") from exc
