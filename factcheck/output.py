"""Writing output atomically: to a temporary file beside the target, then
renamed into place, so a failed run never leaves a half-written report or
destroys the previous one."""

from __future__ import annotations

import os
import tempfile

from factcheck.errors import SetupError


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (a device or FIFO such as
    /dev/null is written to directly, never replaced).  Raises SetupError
    when the folder does not exist or is not writable, or the write fails
    (a full disk)."""
    if os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path):
        _write_device(path, data)  # /dev/null, /dev/stdout, a FIFO: written to, never replaced
        return
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
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):  # the disk is full, the folder went away...
            raise SetupError(f"cannot write to {path}: {exc.strerror or exc}") from exc
        raise


def _write_device(path: str, data: bytes) -> None:
    try:
        with open(path, "wb") as fh:
            fh.write(data)
            fh.flush()
    except OSError as exc:
        raise SetupError(f"cannot write to {path}: {exc.strerror or exc}") from exc
