"""Standard input as an article: ``factcheck check -`` (or ``/dev/stdin``),
with ``--stdin-filename`` naming it, as ruff and prettier do.

The stream is read once, at most the size cap, into a private temporary
regular file that the loaders (and the workers, and the cache) then read
like any other file; its display path is the ``--stdin-filename`` (whose
extension picks the loader: ``draft.md`` is Markdown), else the path given.
The temporary folder is removed when the process ends.
"""

from __future__ import annotations

import os
import sys
from typing import Optional, Tuple

from factcheck.errors import SetupError

from . import limits

STDIN_PATHS = ("-", "/dev/stdin")


def is_stdin(path: str) -> bool:
    return path in STDIN_PATHS


def materialise(given: str, name: Optional[str] = None, max_bytes: int = limits.DEFAULT_MAX_BYTES
                ) -> Tuple[str, str]:
    """``(filesystem_path, display_path)`` of standard input, read now
    (call it once per run).  Raises SetupError when the stream is above
    ``max_bytes`` or cannot be read."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise SetupError("standard input is not available")
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise SetupError(f"cannot read standard input: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise SetupError(f"standard input is larger than the {max_bytes // (1024 * 1024)} MiB limit")
    display = name or given
    ext = os.path.splitext(name or "")[1] or ".txt"
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="factcheck-stdin-")
    atexit.register(shutil.rmtree, folder, True)
    fs_path = os.path.join(folder, "stdin" + ext)
    with open(fs_path, "wb") as fh:
        fh.write(data)
    return fs_path, display
