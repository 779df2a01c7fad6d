"""Settings: what a run is configured to do.  Pure data; ``factcheck.config``
reads them from files and the command line."""

from __future__ import annotations

from dataclasses import field
from typing import Mapping, Optional, Tuple

from factcheck.model.record import Record, record


@record
class Settings(Record):
    """Effective settings for one run.

    ``rules`` maps rule id -> enabled; a rule not named keeps its default
    (enabled).  ``severity`` maps rule id -> severity override.
    ``anonymity_phrases``, ``speech_verbs`` and ``named_sources`` extend the
    shipped lexicons.  ``stories`` controls story grouping: ``auto`` groups
    articles by shared names, title and date; ``single`` treats all inputs
    as one story; ``separate`` never compares across articles.
    """

    rules: Mapping[str, bool] = field(default_factory=dict)
    severity: Mapping[str, str] = field(default_factory=dict)
    fail_on: str = "error"
    anonymity_phrases: Tuple[str, ...] = ()
    speech_verbs: Tuple[str, ...] = ()
    named_sources: Tuple[str, ...] = ()
    stories: str = "auto"
    story_threshold: Optional[float] = None
    # Do not report findings whose flagged words sit inside a direct quote.
    skip_quoted: bool = False
    # glob -> rule ids whose findings are dropped in matching files
    # (factcheck.selection); globs are relative to ``config_root``.
    per_file_ignores: Mapping[str, Tuple[str, ...]] = field(default_factory=dict)
    config_root: Optional[str] = None
    # globs of files never read (factcheck.selection.drop_excluded);
    # ``exclude`` replaces the default (none), ``extend_exclude`` adds to it.
    exclude: Tuple[str, ...] = ()
    extend_exclude: Tuple[str, ...] = ()
    # Largest input file read, in MiB (factcheck.load.limits).
    max_file_mib: float = 64
    # The handout's cover title ("" = from the story's names).
    title: str = ""
    # Source documents every article is checked against (--sources, config
    # key ``sources``; factcheck.sources): files or folders.
    sources: Tuple[str, ...] = ()

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mib * 1024 * 1024)

    def rule_enabled(self, rule_id: str) -> bool:
        return self.rules.get(rule_id, True)


DEFAULT = Settings()
