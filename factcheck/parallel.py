"""Loading and extraction across processes.

Loading and extraction are pure and per-file, so they parallelise cleanly,
and so are the article-scope rules (``article_findings``).
``load_and_extract`` (what ``check.run`` uses) hands each worker a slice of
the file list: the worker reads, decodes and extracts its files and runs
the article-scope rules on them, and only file names travel out and
Analyses with those rules' findings travel back, so the parent never reads
article text at all and runs only the rules that compare articles.  ``extract_many`` does the same for Articles that are
already loaded (``factcheck extract``, tests): with the ``fork`` start
method the children inherit them, only indices travel, and each Analysis
comes back without its Article (the parent reattaches its own copy), so
article text is never pickled and never held twice.

A pool is only started when it pays (``PARALLEL_MIN`` articles or
more), with ``fork`` where the platform has it.  Results come back in input
order, so ``jobs=N`` gives exactly what ``jobs=1`` gives.  If a pool cannot
be started (no semaphores in a sandbox, a worker killed), the rest of the
work is done in this process.
"""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Sequence, Tuple

from factcheck.extract import extract
from factcheck.model import Analysis, Article, Finding
from factcheck.settings import Settings
from factcheck.stories import Signature, signature

if TYPE_CHECKING:  # the cache is imported by the runs that use it
    from factcheck.cache import Cache

Progress = Callable[[int, int], None]

# Set in the parent just before the pool forks; the children read it.
_ITEMS: Sequence[object] = ()
_SETTINGS: Optional[Settings] = None
_DETACHED = Article(path="", content="")


def _one(item: object, settings: Settings) -> Tuple[Analysis, Signature]:
    analysis = item if isinstance(item, Analysis) else extract(item, settings)  # type: ignore[arg-type]
    return analysis, signature(analysis)


ArticleFindings = Dict[str, Tuple[Finding, ...]]
"""What the article-scope rules found in one article: rule id -> findings."""


def article_findings(analysis: Analysis, settings: Settings) -> ArticleFindings:
    """The findings of every enabled article-scope rule (``SCOPE =
    "article"``: ``check(analysis, settings)``, a function of the article and
    the settings alone) in ``analysis``, by rule id, as each rule yields
    them: the engine (``check.check_analyses``) stamps and locates them.
    ``load_and_extract`` calls this next to extraction, so these rules run
    in the workers and are cached with the extraction."""
    from factcheck import rules

    return {rule.ID: tuple(rule.check(analysis, settings)) for rule in rules.all_rules()
            if rule.SCOPE == "article" and settings.rule_enabled(rule.ID)}


PARALLEL_MIN = 48
"""Below this many articles a process pool costs more than it saves."""

PER_WORKER = 24
"""Fewest articles worth a worker of their own: 48 articles get two
workers, however many cores the machine has."""


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity where the platform
    says, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def workers(jobs: int, n: int) -> int:
    """How many processes ``n`` items get when ``jobs`` may run: at most
    one per PER_WORKER items, at least one."""
    return max(1, min(jobs or 1, n // PER_WORKER))


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


def _worker_init(parent: int = 0) -> None:
    import signal

    # Ctrl-C goes to the whole process group: let the parent handle it
    # alone, so the user sees one line and no worker tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(parent)


PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _die_with(parent: int) -> None:
    """Have the kernel end this worker when ``parent`` (the process that
    started the pool) dies, even by SIGKILL: a worker left behind would
    hold the inherited stdout open (``factcheck check | tee log`` would
    never end).  Linux only (prctl PR_SET_PDEATHSIG); elsewhere the pool's
    own shutdown ends the workers."""
    if not parent or not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - no prctl on this system
        return
    if os.getppid() != parent:  # the parent died before the call: nobody will signal
        os._exit(1)


# A file's outcome: ("ok", [(Analysis, Signature, ArticleFindings), ...]) or ("error", Finding);
# for the cache a worker sends ("packed", pickled list), which the parent
# reads back as ("unpacked", list, pickled list).
FileResult = Tuple[str, object]


def _load_one(fs_path: str, display: str, settings: Settings) -> FileResult:
    from factcheck.errors import InputError, internal_error
    from factcheck.load import load_file
    from factcheck.rules.input_error import finding_for

    try:
        loaded = load_file(fs_path, display, settings.max_file_bytes)
    except InputError as exc:
        return "error", finding_for(exc)
    try:
        extracted = [_one(item, settings) for item in loaded]
    except Exception as exc:  # a bug met on this article: report it, check the others
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        return "error", finding_for(internal_error(display, "could not be analysed", exc))
    return "ok", [(analysis, sig, article_findings(analysis, settings)) for analysis, sig in extracted]


def _load_packed(fs_path: str, display: str, settings: Settings, pack: bool) -> FileResult:
    """``_load_one``; with ``pack``, a good result comes back pickled
    (``("packed", bytes)``) so the parent can store it in the cache as it is."""
    result = _load_one(fs_path, display, settings)
    if pack and result[0] == "ok":
        from factcheck.cache import pack as _pack

        return "packed", _pack(result[1])  # type: ignore[arg-type]
    return result


def _unpacked(result: FileResult) -> object:
    """A worker's ``("packed", bytes)`` as ``("unpacked", value, bytes)``:
    the value for the report, the bytes for the cache."""
    if result[0] != "packed":
        return result
    from factcheck.cache import unpack

    value = unpack(result[1])  # type: ignore[arg-type]
    if value is None:  # pragma: no cover - a result that cannot be unpickled is a bug
        raise RuntimeError("could not read back a worker's extraction")
    return "unpacked", value, result[1]


def _work_files(batch: Tuple[List[Tuple[str, str]], Settings, bool]) -> List[FileResult]:
    files, settings, pack = batch
    return [_load_packed(fs, display, settings, pack) for fs, display in files]


class Extras:
    """What ``load_and_extract`` gives besides the Analyses, one item per
    Analysis: what the article-scope rules found in it (``findings``), and
    its identity in the cache (``ids``: its file's entry key and its place
    in the file; None when the file is not cached)."""

    def __init__(self) -> None:
        self.findings: List[ArticleFindings] = []
        self.ids: List[Optional[str]] = []


def load_and_extract(files: Sequence[Tuple[str, str]], settings: Settings, jobs: int = 1,
                     progress: Optional[Progress] = None, cache: Optional[Cache] = None,
                     writes: Optional[list] = None, extras: Optional[Extras] = None):
    """Read and extract every ``(filesystem_path, display_path)`` that
    ``load.discover`` found, and run the article-scope rules on each article
    (``article_findings``).  Returns ``(analyses, signatures, errors)``:
    the Analyses and their story Signatures in file order, and an
    input-error Finding for each file that could not be read; the rules'
    findings and the cache identities go to ``extras`` when it is given.
    Files whose result is in ``cache`` are not extracted (or checked)
    again; the others' results are stored there in one write at the end:
    done before returning, or, when a ``writes`` list is given, in a thread
    appended to it, which the caller joins (the write then overlaps the
    rules)."""
    n = len(files)
    results: List[Optional[FileResult]] = [None] * n
    keys: List[Optional[str]] = [None] * n
    if cache is not None:  # imported only then: pickle and hashlib are not free to import
        from factcheck.cache import pack, unpack

        keys = [cache.key(fs, display) for fs, display in files]
        stored = cache.lookup(keys)
        # Unpickling builds hundreds of thousands of acyclic objects; the
        # cyclic collector would walk them again and again while it runs.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for i, key in enumerate(keys):
                value = unpack(stored[key]) if key in stored else None
                if value is not None:
                    results[i] = ("ok", value)
        finally:
            if collecting:
                gc.enable()
    todo = [i for i in range(n) if results[i] is None]
    done = n - len(todo)
    if done and progress:
        progress(done, n)
    jobs = workers(jobs, len(todo))
    if jobs > 1 and len(todo) >= PARALLEL_MIN:
        bounds = _chunks(len(todo), jobs)
        payloads = [([files[i] for i in todo[lo:hi]], settings, cache is not None) for lo, hi in bounds]
        pending: List[Optional[FileResult]] = [None] * len(todo)
        done += _run_pool(_work_files, payloads, bounds, jobs,
                          (lambda d, _t: progress(done + d, n)) if progress else None, n, pending,
                          convert=_unpacked)
        for i, got in zip(todo, pending):
            results[i] = got
    new: List[Tuple[str, bytes]] = []
    for i in todo:
        got = results[i]
        if got is None:  # serial run, or what a broken pool left undone
            got = _load_one(files[i][0], files[i][1], settings)
            if cache is not None and got[0] == "ok" and keys[i] is not None:
                new.append((keys[i], pack(got[1])))  # type: ignore[arg-type]
            done += 1
            if progress:
                progress(done, n)
        if got[0] == "unpacked":
            _kind, value, blob = got  # type: ignore[misc]
            if keys[i] is not None:
                new.append((keys[i], blob))
            got = "ok", value
        results[i] = got
    if cache is not None and new:
        if writes is None:
            cache.store(new)
        else:
            import threading

            # sqlite3 releases the GIL while it writes, so this overlaps the
            # caller's work; not a daemon, so the process never exits mid-write.
            writer = threading.Thread(target=cache.store, args=(new,), name="factcheck-cache-write")
            writer.start()
            writes.append(writer)
    analyses: List[Analysis] = []
    sigs: List[Signature] = []
    errors = []
    for (kind, value), key in zip(results, keys):  # type: ignore[misc]
        if kind == "error":
            errors.append(value)
        else:
            for j, (analysis, sig, rule_findings) in enumerate(value):  # type: ignore[arg-type]
                analyses.append(analysis)
                sigs.append(sig)
                if extras is not None:
                    extras.findings.append(rule_findings)
                    extras.ids.append(f"{key}:{j}" if key else None)
    return analyses, sigs, errors


def _executor(jobs: int):
    """A process pool of ``jobs`` workers (fork where available)."""
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_worker_init,
                               initargs=(os.getpid(),))


def _run_pool(fn, payloads, bounds, jobs: int, progress: Optional[Progress], total: int,
              results: List, convert: Optional[Callable[[object], object]] = None) -> int:
    """Run ``fn`` over ``payloads`` (one per ``bounds`` slice) in a pool and
    store each slice's results in ``results`` (each through ``convert``
    when given, as the slice arrives, while the workers go on).  Returns
    how many items were done; on a pool failure the rest stay None for the
    caller to finish."""
    # Imported here: a run too small for a pool never pays for them.
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    try:
        pool = _executor(jobs)
        try:
            futures = [pool.submit(fn, p) for p in payloads]
            # Collect in submission order: deterministic, and the progress
            # bar still moves as the early chunks finish.
            for (lo, _hi), fut in zip(bounds, futures):
                chunk = fut.result()
                if convert is not None:
                    chunk = [convert(item) for item in chunk]
                results[lo:lo + len(chunk)] = chunk
                done += len(chunk)
                if progress:
                    progress(done, total)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
    except (BrokenProcessPool, OSError):
        pass  # the caller finishes serially
    return done


def _chunks(n: int, jobs: int) -> List[Tuple[int, int]]:
    # Several chunks per worker balance uneven articles and give the
    # progress bar something to show; a chunk is never tiny.  At most 32
    # articles (about 0.15 s of work), so the last chunk leaves the other
    # workers idle only briefly.
    size = max(8, min(32, n // (jobs * 8) or 1))
    return [(i, min(n, i + size)) for i in range(0, n, size)]


def forks() -> bool:
    """True where worker processes are forked: they then see what the parent
    set before the pool started (``map_forked``) without pickling it."""
    return _context().get_start_method() == "fork"


def map_forked(work: Callable[[Tuple[int, int]], List], n: int, jobs: int, results: List,
               progress: Optional[Progress] = None) -> int:
    """Run ``work`` over the slices of ``range(n)`` in a pool of ``jobs``
    forked workers (``forks()`` must hold): ``work((lo, hi))`` returns the
    results of items ``lo`` to ``hi``, reading the items from what the
    parent set before the call, and they are stored in ``results[lo:hi]``.
    Returns how many items were done; on a pool failure the rest stay None
    for the caller to finish serially."""
    bounds = _chunks(n, jobs)
    return _run_pool(work, bounds, bounds, jobs, progress, n, results)


def _context():
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def extract_many(items: List[object], settings: Settings, jobs: int = 1,
                 progress: Optional[Progress] = None) -> Tuple[List[Analysis], List[Signature]]:
    """Extract every item (Analyses from a claims file pass through) and
    compute its story Signature.  Returns both lists in input order."""

    n = len(items)
    results: List[Optional[Tuple[Analysis, Signature]]] = [None] * n
    done = 0
    jobs = workers(jobs, n)
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
    raw: List[Optional[Tuple[Analysis, Signature, bool]]] = [None] * n
    _ITEMS, _SETTINGS = items, settings
    try:
        if forks():
            done = map_forked(_work_forked, n, jobs, raw, progress)
        else:
            bounds = _chunks(n, jobs)
            payloads = [(items[lo:hi], settings) for lo, hi in bounds]
            done = _run_pool(_work_sent, payloads, bounds, jobs, progress, n, raw)
    finally:
        _ITEMS, _SETTINGS = (), None
    for i, got in enumerate(raw):
        if got is not None:
            analysis, sig, detached = got
            results[i] = (replace(analysis, article=items[i]) if detached else analysis), sig
    return done
