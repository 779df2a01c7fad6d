"""Extraction across processes: Articles -> (Analyses, story Signatures).

Extraction is pure and per-article, so it parallelises cleanly.  The pool
is only started when it pays (``check.PARALLEL_MIN`` articles or more) and
uses the ``fork`` start method where the platform has it: the children
inherit the loaded Articles, so only indices travel to them, and they send
back each Analysis without its Article (the parent reattaches its own copy),
so article text is never pickled and never held twice.  Results come back
in input order, so ``jobs=N`` gives exactly what ``jobs=1`` gives.  If a pool
cannot be started (no semaphores in a sandbox, a worker killed), the rest of
the work is done in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Callable, List, Optional, Sequence, Tuple

from factcheck.extract import extract
from factcheck.model import Analysis, Article
from factcheck.settings import Settings
from factcheck.stories import Signature, signature

Progress = Callable[[int, int], None]

# Set in the parent just before the pool forks; the children read it.
_ITEMS: Sequence[object] = ()
_SETTINGS: Optional[Settings] = None
_DETACHED = Article(path="", content="")


def _one(item: object, settings: Settings) -> Tuple[Analysis, Signature]:
    analysis = item if isinstance(item, Analysis) else extract(item, settings)  # type: ignore[arg-type]
    return analysis, signature(analysis)


def _package(item: object, settings: Settings) -> Tuple[Analysis, Signature, bool]:
    """A worker's result: the Analysis without its Article when the parent
    already holds that Article (the flag says so), and the Signature."""
    analysis, sig = _one(item, settings)
    if not isinstance(item, Analysis) and analysis.article is item:
        return replace(analysis, article=_DETACHED), sig, True
    return analysis, sig, False


def _work_forked(bounds: Tuple[int, int]) -> List[Tuple[Analysis, Signature, bool]]:
    return [_package(_ITEMS[i], _SETTINGS) for i in range(*bounds)]  # type: ignore[arg-type]


def _work_sent(batch: Tuple[List[object], Settings]) -> List[Tuple[Analysis, Signature, bool]]:
    items, settings = batch
    return [_package(item, settings) for item in items]


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group: let the parent handle it
    # alone, so the user sees one line and no worker tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(n: int, jobs: int) -> List[Tuple[int, int]]:
    # Several chunks per worker balance uneven articles and give the
    # progress bar something to show; a chunk is never tiny.
    size = max(8, min(128, n // (jobs * 8) or 1))
    return [(i, min(n, i + size)) for i in range(0, n, size)]


def _context():
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def extract_many(items: List[object], settings: Settings, jobs: int = 1,
                 progress: Optional[Progress] = None) -> Tuple[List[Analysis], List[Signature]]:
    """Extract every item (Analyses from a claims file pass through) and
    compute its story Signature.  Returns both lists in input order."""
    from factcheck.check import PARALLEL_MIN

    n = len(items)
    results: List[Optional[Tuple[Analysis, Signature]]] = [None] * n
    done = 0
    jobs = max(1, min(jobs or 1, n))
    if jobs > 1 and n >= PARALLEL_MIN:
        done = _parallel(items, settings, jobs, progress, results)
    for i in range(n):
        if results[i] is None:  # serial run, or what a broken pool left undone
            results[i] = _one(items[i], settings)
            done += 1
            if progress:
                progress(done, n)
    analyses = [r[0] for r in results]  # type: ignore[index]
    sigs = [r[1] for r in results]  # type: ignore[index]
    return analyses, sigs


def _parallel(items: List[object], settings: Settings, jobs: int, progress: Optional[Progress],
              results: List[Optional[Tuple[Analysis, Signature]]]) -> int:
    global _ITEMS, _SETTINGS
    n = len(items)
    ctx = _context()
    forked = ctx.get_start_method() == "fork"
    bounds = _chunks(n, jobs)
    done = 0
    _ITEMS, _SETTINGS = items, settings
    try:
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init)
        try:
            if forked:
                futures = [pool.submit(_work_forked, b) for b in bounds]
            else:
                futures = [pool.submit(_work_sent, (items[b[0]:b[1]], settings)) for b in bounds]
            # Collect in submission order: deterministic, and the progress
            # bar still moves as the early chunks finish.
            for (lo, _hi), fut in zip(bounds, futures):
                chunk = fut.result()
                for k, (analysis, sig, detached) in enumerate(chunk):
                    if detached:
                        analysis = replace(analysis, article=items[lo + k])
                    results[lo + k] = (analysis, sig)
                done += len(chunk)
                if progress:
                    progress(done, n)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
    except (BrokenProcessPool, OSError, PermissionError):
        pass  # finish serially in the caller
    finally:
        _ITEMS, _SETTINGS = (), None
    return done
