"""Speed layer: regular expressions compiled on first use, some behind a guard.

This is the one place extraction trades plainness for speed in how it
builds its regular expressions; the patterns themselves (the figure
patterns in ``figures/patterns.py``, the claim cues of ``claim_cues.py``)
read as ordinary ``re`` sources.

* Compiled on first use: importing ``factcheck.extract.figures`` compiles
  nothing (some 30 ms of compiling saved when a run needs few or none of
  the patterns), and a claim cue is compiled only when a sentence holds its
  guard words: a one-draft check compiles a handful of the cue patterns.
  After the first use a pattern's methods are plain
  attributes of the ``Lazy`` object, as fast to reach as a module global's.
* A guard: Python's ``re`` tries a pattern that opens with an optional group
  or a word boundary at every position of the text, running through all its
  branches.  ``first`` is a cheap test of the character every match starts
  with, put in front as a lookahead, so most positions fail in one step.  It
  finds exactly what the plain pattern finds, provided every match really
  starts with ``first`` (under ``flags`` too: with re.I, ``first`` ignores
  case as well); tests/test_figures.py compares the two through
  ``sentence_figures``.
"""

from __future__ import annotations

import re
from typing import Any, Optional

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class Lazy:
    """A regular expression compiled the first time one of its methods is used."""

    def __init__(self, source: str, flags: int = 0, first: Optional[str] = None) -> None:
        self.source = source
        self.flags = flags
        self.first = first

    @property
    def pattern(self) -> str:
        """The source, as ``re.Pattern.pattern`` gives it (without the guard)."""
        return self.source

    def compile(self) -> "re.Pattern[str]":
        if self.first is None:
            return re.compile(self.source, self.flags)
        return re.compile("(?=" + self.first + ")(?:" + self.source + ")", self.flags)

    def __getattr__(self, name: str) -> Any:
        # Reached only while ``name`` is not yet an attribute: on first use.
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = self.compile()
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)
