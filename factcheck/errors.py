"""Exceptions that cross layers.

SetupError stops a run (exit 2, one line on stderr); InputError is about one
file and becomes an ``input-error`` finding while the other files go on.
"""


class FactcheckError(Exception):
    """Base class for factcheck's own errors."""


class SetupError(FactcheckError):
    """The run cannot start: a missing path, a bad option, a broken config."""


class InputError(FactcheckError):
    """One input file could not be read or parsed.

    ``path`` is the display path; ``offset`` (optional) is where in the file
    the problem is, so the finding can point at a line.
    """

    def __init__(self, path: str, message: str, offset: int = 0):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
        self.offset = offset


def internal_error(path: str, what: str, exc: BaseException) -> InputError:
    """An InputError for a bug met on one file (``what``: "could not be
    read", "could not be analysed"), naming the exception so the file can be
    reported; the caller re-raises instead when FACTCHECK_DEBUG is set."""
    why = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
    return InputError(path, f"{what} (internal error {why}); please report this file to the factcheck "
                            "maintainers; set FACTCHECK_DEBUG=1 for details")

