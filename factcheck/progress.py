"""A progress bar on stderr for long runs, and silence everywhere else.

A desk pointing factcheck at a year of stories wants to see it moving; a CI
log, a pipe, ``--quiet`` and machine formats on stdout want nothing.  The bar
only appears when stderr is a terminal, the run is not in CI, and the
extraction has already taken a while and still has a while to go, so a run
of a few articles never flickers a bar on screen.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Callable, Optional, TextIO

SHOW_AFTER = 1.0
"""Seconds of work before the bar may appear."""

MIN_REMAINING = 1.0
"""The bar appears only if the work left is expected to take this long."""

REDRAW = 0.1
"""Least seconds between two redraws."""

WIDTH = 30


def wanted(stream: Optional[TextIO] = None, quiet: bool = False, machine_stdout: bool = False,
           environ: Optional[dict] = None) -> bool:
    """Whether a progress bar may be shown on ``stream`` (default stderr).

    False with ``quiet``, when a machine format goes to stdout, in CI (the
    ``CI`` variable, as GitHub Actions, GitLab and most runners set it), on a
    dumb terminal, and when the stream is not a terminal.
    """
    env = os.environ if environ is None else environ
    stream = sys.stderr if stream is None else stream
    if quiet or machine_stdout:
        return False
    if env.get("CI", "").lower() not in ("", "0", "false", "no"):
        return False
    if env.get("TERM") == "dumb":
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class ProgressBar:
    """Call it as ``bar(done, total)``; call ``bar.close()`` when done.

    Draws ``factcheck: [######------]  1200/2225 articles  54%  2s left``
    on one line, redrawn in place, and erases it on close.  ``clock`` and
    ``stream`` are there for tests.
    """

    def __init__(self, stream: Optional[TextIO] = None, label: str = "articles",
                 clock: Callable[[], float] = time.monotonic):
        self.stream = sys.stderr if stream is None else stream
        self.label = label
        self.clock = clock
        self.started = clock()
        self.shown = False
        self.last_draw = 0.0
        self.width = 0

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        elapsed = now - self.started
        if total <= 0:
            return
        if not self.shown:
            if elapsed < SHOW_AFTER or done >= total:
                return
            rate = done / elapsed if elapsed > 0 else 0.0
            remaining = (total - done) / rate if rate else float("inf")
            if remaining < MIN_REMAINING:
                return
        elif done < total and now - self.last_draw < REDRAW:
            return
        self._draw(done, total, elapsed)
        self.last_draw = now

    def _draw(self, done: int, total: int, elapsed: float) -> None:
        share = done / total
        filled = int(WIDTH * share)
        left = ""
        if 0 < done < total and elapsed > 0:
            secs = (total - done) * elapsed / done
            left = f"  {secs:.0f}s left" if secs < 120 else f"  {secs / 60:.0f}min left"
        line = (f"factcheck: [{'#' * filled}{'-' * (WIDTH - filled)}] "
                f"{done}/{total} {self.label}  {share:4.0%}{left}")
        pad = " " * max(0, self.width - len(line))
        self.stream.write("\r" + line + pad)
        self.stream.flush()
        self.width = len(line)
        self.shown = True

    def close(self) -> None:
        """Erase the bar (if it was ever drawn) so the terminal is clean."""
        if self.shown:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.shown = False


def for_run(quiet: bool = False, machine_stdout: bool = False) -> Optional[ProgressBar]:
    """A ProgressBar for a CLI run, or None when none should be shown."""
    if not wanted(quiet=quiet, machine_stdout=machine_stdout):
        return None
    return ProgressBar()
