"""The extraction cache: what a file gave last time, so an unchanged archive
is not extracted again.

A standards desk re-checks the same year of stories and a CI job re-checks
the same drafts on every push; almost every file is unchanged since the last
run.  Extraction is nearly all of a run's cost and depends only on the
file's bytes, its display path, the extraction settings and factcheck's own
code, so its result is stored under a key made of exactly those:

- the *generation* (one SQLite file): a hash of factcheck's code and word lists,
  the Python version and the run's Settings.  Upgrading factcheck, editing
  a word list or changing the configuration starts a fresh generation.
- the *entry* (a row in the generation's SQLite file): a hash of the
  display path and the file's bytes.  Content, not modification time,
  because a CI checkout gives every file a new mtime.

An entry is the pickled ``[(Analysis, Signature, findings), ...]`` the
file gave, the findings being what the article-scope rules found in it
(``parallel.article_findings``: they depend on the article and the
settings alone, and the settings are part of the generation).  A second
table holds what the story rules found in a story, keyed by its articles'
entries (``factcheck.story_rules``).
Workers send back what they extract already pickled, and the parent
stores a run's new entries in one transaction at the end (one SQLite file
rather than a file per article: creating thousands of small files cost
more than the extraction it saved on some file systems).  SQLite makes the
write atomic and lets runs share the file (a run that finds it locked
for long just does not store).  A missing, unreadable or damaged entry or
file is a miss, never an error, and a cache folder that cannot be created
or written just means nothing is cached.  Files that could not be read or
analysed are never cached.  The output of a run is the same with or
without the cache (tests/test_cache.py checks it byte for byte).

The directory is ``--cache-dir``, else ``$FACTCHECK_CACHE_DIR``, else the
user's cache directory (``$XDG_CACHE_HOME/factcheck``, ``~/.cache/factcheck``,
``%LOCALAPPDATA%\\factcheck\\Cache`` on Windows).  It is created private
(mode 700): entries are pickles, so it must not be writable by others.
``factcheck cache info`` shows it and ``factcheck cache clear`` empties it;
a generation not written for ``STALE_DAYS`` is removed when another is.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import stat
import sys
import time
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from factcheck.settings import Settings

FORMAT = "1"
"""Bump when the layout of the cache directory changes."""

_PACKAGE = os.path.dirname(os.path.abspath(__file__))
# What extraction and the article-scope rules (cached with it) read: the
# code and the word lists.  Templates and fonts only shape rendering, which
# is never cached.
_SOURCES = ("", "extract", "load", "model", "data", "rules", "schemas", "quantities", "sources")


def default_dir() -> str:
    """Where the cache lives when neither --cache-dir nor
    FACTCHECK_CACHE_DIR says."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return os.path.join(os.environ["LOCALAPPDATA"], "factcheck", "Cache")
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "factcheck")


def resolve_dir(given: Optional[str] = None) -> str:
    """The cache directory a run uses: ``given``, else
    ``$FACTCHECK_CACHE_DIR``, else ``default_dir()``."""
    return given or os.environ.get("FACTCHECK_CACHE_DIR") or default_dir()


_CODE_HASH: Optional[str] = None


def code_fingerprint() -> str:
    """A hash of every source and data file extraction can read (computed
    once per process; a few milliseconds)."""
    global _CODE_HASH
    if _CODE_HASH is None:
        h = hashlib.blake2b(digest_size=16)
        for sub in _SOURCES:
            top = os.path.join(_PACKAGE, sub)
            for root, dirs, names in os.walk(top):
                dirs[:] = sorted(d for d in dirs if sub and not d.startswith(("_", ".")))
                for name in sorted(names):
                    if not name.endswith((".py", ".txt", ".json", ".yaml")):
                        continue
                    path = os.path.join(root, name)
                    h.update(os.path.relpath(path, _PACKAGE).replace(os.sep, "/").encode() + b"\0")
                    with open(path, "rb") as fh:
                        h.update(fh.read())
                    h.update(b"\0")
        _CODE_HASH = h.hexdigest()
    return _CODE_HASH


def _extractors() -> str:
    """The optional HTML extractor and its version: installing or upgrading
    trafilatura changes what an HTML page gives, so it starts a generation."""
    from importlib import metadata

    try:
        return "trafilatura " + metadata.version("trafilatura")
    except metadata.PackageNotFoundError:
        return "stdlib html"


def _settings_key(settings: Settings) -> str:
    # repr of a frozen dataclass of strings, tuples and dicts built in a
    # fixed order from the configuration: stable for the same configuration.
    return repr(settings)


TABLES = ("entries", "stories")
"""A generation's tables: a file's extraction (``entries``) and what the
story rules found in a story (``stories``, ``factcheck.story_rules``)."""

MAX_KEYED = 1 << 30
"""A file larger than this is never cached (its loader refuses it anyway)."""


@dataclass(frozen=True)
class Cache:
    """One generation of the cache: its folder and its name."""

    root: str
    generation: str

    @classmethod
    def open(cls, settings: Settings, directory: Optional[str] = None) -> "Cache":
        """The generation for this code, Python and ``settings`` under
        ``directory`` (see ``resolve_dir``).  Nothing is created until the
        first entry is stored."""
        h = hashlib.blake2b(digest_size=12)
        for part in (FORMAT, code_fingerprint(), "%d.%d" % sys.version_info[:2], _settings_key(settings),
                     _extractors()):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return cls(root=resolve_dir(directory), generation=h.hexdigest())

    def key(self, fs_path: str, display: str) -> Optional[str]:
        """The entry key for a file as it is now, or None when it is not
        cached: it cannot be read (the loader will report that), or it is not
        a regular file (a pipe such as /dev/stdin can be read only once, and
        that read belongs to the loader)."""
        h = hashlib.blake2b(display.encode("utf-8", "surrogatepass"), digest_size=20)
        h.update(b"\0")
        try:  # a regular file only (a FIFO would block), read in blocks (memory stays flat)
            with open(os.open(fs_path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as fh:
                st = os.fstat(fh.fileno())
                if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_KEYED:
                    return None
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
        except OSError:
            return None
        return h.hexdigest()

    @property
    def path(self) -> str:
        """The generation's SQLite file."""
        return os.path.join(self.root, "v" + FORMAT, self.generation + ".sqlite")

    def _connect(self, create: bool):
        import sqlite3

        if create:
            os.makedirs(os.path.dirname(self.path), mode=0o700, exist_ok=True)
        elif not os.path.exists(self.path):
            return None
        con = sqlite3.connect(self.path, timeout=LOCK_WAIT, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            for table in TABLES:
                con.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        except Exception:
            con.close()
            raise
        return con

    def lookup(self, keys: Sequence[Optional[str]], table: str = "entries") -> Dict[str, bytes]:
        """The stored (pickled) values for those of ``keys`` that have one
        (in ``table``, one of ``TABLES``).  A cache that cannot be read
        gives no hits."""
        if table not in TABLES:
            raise ValueError(f"no cache table {table!r}")
        wanted = sorted({k for k in keys if k})
        found: Dict[str, bytes] = {}
        if not wanted:
            return found
        try:
            con = self._connect(create=False)
            if con is None:
                return found
            try:
                for i in range(0, len(wanted), 500):
                    part = wanted[i:i + 500]
                    rows = con.execute("SELECT key, value FROM %s WHERE key IN (%s)"
                                       % (table, ",".join("?" * len(part))), part)
                    found.update((k, bytes(v)) for k, v in rows)
            finally:
                con.close()
        except Exception:  # locked for too long, damaged, unreadable: no hits
            return {}
        return found

    def store(self, entries: Sequence[Tuple[str, bytes]], table: str = "entries") -> None:
        """Store ``(key, pickled value)`` pairs in ``table`` (one of
        ``TABLES``) in one transaction.  Any failure (read-only or full
        disk, a lock held too long, a damaged file, which is then replaced)
        leaves them unstored."""
        if table not in TABLES:
            raise ValueError(f"no cache table {table!r}")
        if not entries:
            return
        for attempt in (1, 2):
            try:
                con = self._connect(create=True)
                try:
                    con.execute("BEGIN")
                    con.executemany(f"INSERT OR REPLACE INTO {table} (key, value) VALUES (?, ?)", entries)
                    con.execute("COMMIT")
                finally:
                    con.close()
                self._prune()
                return
            except Exception as exc:
                if attempt == 1 and _damaged(exc):
                    _remove(self.path)
                    continue
                return


    def _prune(self) -> None:
        """Remove other generations' files not written for ``STALE_DAYS``
        (an old version's, an old configuration's); a run that still uses
        one just fills it again."""
        folder = os.path.dirname(self.path)
        cutoff = time.time() - STALE_DAYS * 86400
        try:
            names = os.listdir(folder)
        except OSError:
            return
        for name in names:
            if not name.endswith(".sqlite") or name == os.path.basename(self.path):
                continue
            path = os.path.join(folder, name)
            try:
                if os.path.getmtime(path) < cutoff:
                    _remove(path)
            except OSError:
                pass


STALE_DAYS = 30
"""A generation's file not written for this many days is removed."""

LOCK_WAIT = 10.0
"""Seconds a run waits for another run's write before giving up on its own."""


def pack(value: list) -> bytes:
    """An entry's stored form."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def unpack(blob: bytes) -> Optional[list]:
    """An entry's value, or None when it cannot be read back (a miss)."""
    try:
        value = pickle.loads(blob)
    except Exception:
        return None
    return value if isinstance(value, list) else None


def _damaged(exc: Exception) -> bool:
    import sqlite3

    # "file is not a database", "database disk image is malformed"; not a
    # lock (OperationalError), which only means another run is writing.
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)


def _remove(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            os.unlink(path + suffix)
        except OSError:
            pass


def _entries(directory: str) -> Iterator[str]:
    for root, _dirs, names in os.walk(directory):
        for name in names:
            yield os.path.join(root, name)


def info(directory: Optional[str] = None) -> Tuple[str, int, int, List[str]]:
    """``(directory, entries, bytes, generations)`` for the cache."""
    import sqlite3

    root = resolve_dir(directory)
    size = 0
    for path in _entries(root):
        try:
            size += os.path.getsize(path)
        except OSError:
            pass
    base = os.path.join(root, "v" + FORMAT)
    gens = sorted(n[:-len(".sqlite")] for n in os.listdir(base) if n.endswith(".sqlite")) \
        if os.path.isdir(base) else []
    entries = 0
    for gen in gens:
        for attempt in range(3):  # another run may hold the file for a moment: wait and ask again
            try:
                con = sqlite3.connect(os.path.join(base, gen + ".sqlite"), timeout=LOCK_WAIT)
                try:
                    entries += con.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
                finally:
                    con.close()
                break
            except sqlite3.OperationalError:
                time.sleep(0.1 * (attempt + 1))
            except sqlite3.Error:
                break  # damaged: counts nothing
    return root, entries, size, gens


def clear(directory: Optional[str] = None) -> str:
    """Delete the cache directory's contents.  Returns the directory.
    Only what factcheck writes there (``v<N>`` folders) is removed."""
    root = resolve_dir(directory)
    if os.path.isdir(root):
        for name in os.listdir(root):
            path = os.path.join(root, name)
            if name.startswith("v") and name[1:].isdigit() and os.path.isdir(path):
                shutil.rmtree(path)
    return root
