"""Cue words live in data files (``factcheck/data/*.txt``), not in code.

Each file holds one entry per line; ``#`` starts a comment.  ``lexicon()``
returns the shipped lists; ``lexicon(settings)`` adds the desk's own
phrases from configuration.
"""

from __future__ import annotations

import pkgutil
import re
import sys
from functools import lru_cache
from typing import FrozenSet, Optional, Tuple

from factcheck.model.record import Record, record
from factcheck.settings import Settings


POSSESSIVE = "+" if sys.version_info >= (3, 11) else ""
"""Append to a ``+``/``*`` that backtracking can never help: a possessive
quantifier on Python 3.11+ (less work), the plain greedy one before (the
same matches, so the same output)."""


@lru_cache(maxsize=None)
def read_list(name: str) -> Tuple[str, ...]:
    """The entries of ``factcheck/data/<name>.txt`` in file order (read
    once per process: several modules read the same lists)."""
    # pkgutil reads package data through the package's loader, as
    # importlib.resources does, without importing importlib.resources and
    # what it needs (tempfile, zipfile: some 8 ms of a one-draft check).
    data = pkgutil.get_data("factcheck", f"data/{name}.txt")
    if data is None:  # pragma: no cover  (a loader that cannot read data)
        raise FileNotFoundError(f"factcheck/data/{name}.txt")
    raw = data.decode("utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


READERS = ("attributions", "speakers")
"""The two readers of source phrases a shared word list can limit a word to."""


def reader_list(name: str, reader: str) -> Tuple[str, ...]:
    """The entries of ``factcheck/data/<name>.txt``, a list shared by the
    readers of source phrases, that ``reader`` (one of ``READERS``) reads,
    in file order: a word alone on its line is every reader's, a word
    followed by a reader's name ("airline speakers") that reader's only."""
    out = []
    for line in read_list(name):
        word, _, only = line.partition(" ")
        only = only.strip()
        if only and only not in READERS:
            raise ValueError(f"factcheck/data/{name}.txt: {line!r}: unknown reader {only!r}")
        if not only or only == reader:
            out.append(word)
    return tuple(out)


def word_set(name: str) -> FrozenSet[str]:
    """The entries of ``factcheck/data/<name>.txt`` as a set (read once, at
    import, by the module that names it)."""
    return frozenset(read_list(name))


@record
class Lexicon(Record):
    """The word lists extraction reads, with the run's additions (``lexicon(settings)``)."""

    abbreviations: FrozenSet[str]
    sentence_openers: FrozenSet[str]
    speech_verbs: Tuple[str, ...]
    anonymity_phrases: Tuple[str, ...]
    named_sources: Tuple[str, ...]


@lru_cache(maxsize=8)
def _build(speech: Tuple[str, ...], anon: Tuple[str, ...], named: Tuple[str, ...]) -> Lexicon:
    return Lexicon(
        abbreviations=frozenset(a.lower().rstrip(".") for a in read_list("abbreviations")),
        sentence_openers=frozenset(read_list("sentence_openers")),
        speech_verbs=read_list("speech_verbs") + speech,
        anonymity_phrases=read_list("anonymity_phrases") + anon,
        named_sources=read_list("named_sources") + named,
    )


def lexicon(settings: Optional[Settings] = None) -> Lexicon:
    """The cue-word lists, extended by ``settings`` when given."""
    if settings is None:
        return _build((), (), ())
    return _build(tuple(settings.speech_verbs), tuple(settings.anonymity_phrases), tuple(settings.named_sources))


_ESCAPED: dict = {}


def _escaped(ch: str) -> str:
    """``re.escape(ch)``, remembered."""
    out = _ESCAPED.get(ch)
    if out is None:
        out = _ESCAPED[ch] = re.escape(ch)
    return out


def trie_pattern(words) -> str:
    """A regular expression matching any of ``words``, factored by common
    prefixes: Python's ``re`` tries the branches of a flat alternation one by
    one, which is slow for hundreds of cue words at every position."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        # A run of nodes with one child each is their characters in a row
        # (walked in a loop: recursing per character was most of the cost).
        run = []
        while len(node) == 1:
            ((ch, sub),) = node.items()
            if not ch:
                return "".join(run)
            run.append(_escaped(ch))
            node = sub
        alts = [_escaped(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return "".join(run)
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "".join(run) + ("(?:" + body + ")?" if "" in node else body)

    return emit(trie)
