"""The cyclic garbage collector's pace while a handout is laid out.

A PDF or Word handout builds hundreds of thousands of small objects
(flowables, lines, XML strings) that live until the render ends.  With
Python's default thresholds the collector makes a full pass over all of
them every few thousand allocations: a quarter of the PDF's render time
(``benchmarks/render.py``, 2,000 findings: 8 full passes, about 1 s of
4).  ``fewer_full_collections`` lets at most one full pass happen per
100 young-generation passes (the default is 10) while it is active, and
restores the caller's thresholds after; the young generations keep the
caller's pace, so garbage cycles are still freed as they go.  Output does
not depend on when the collector runs.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

FULL_EVERY = 100  # middle-generation passes between full passes, at least, during a render

_LOCK = threading.Lock()
_active = 0
_saved = None


@contextmanager
def fewer_full_collections():
    """Raise the collector's third threshold to ``FULL_EVERY`` (if lower)
    for the duration; nested and concurrent uses restore once, at the end
    of the last."""
    global _active, _saved
    with _LOCK:
        if _active == 0:
            _saved = gc.get_threshold()
            t0, t1, t2 = _saved
            gc.set_threshold(t0, t1, max(t2, FULL_EVERY))
        _active += 1
    try:
        yield
    finally:
        with _LOCK:
            _active -= 1
            if _active == 0:
                gc.set_threshold(*_saved)
