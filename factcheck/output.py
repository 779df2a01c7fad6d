"""Writing output atomically: to a temporary file beside the target, then
renamed into place, so a failed run never leaves a half-written report or
destroys the previous one."""

from __future__ import annotations

import os
import tempfile

from factcheck.errors import SetupError


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically.  Raises SetupError when the
    folder does not exist or is not writable."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise SetupError(f"output folder does not exist: {os.path.dirname(path) or '.'}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SetupError(f"cannot write to {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
