"""The pipeline: paths -> Report.

``run`` is what the command line calls; ``check_analyses`` applies the rules
to articles already extracted (the tests build those in three lines).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import os
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from factcheck import rules as _rules
from factcheck.errors import InputError
from factcheck.load import discover, load_file
from factcheck.model import Analysis, Article, Finding, Report
from factcheck.rules import input_error
from factcheck.rules.base import COMPARISONS
from factcheck.settings import DEFAULT, Settings
from factcheck.stories import Signature, group

if TYPE_CHECKING:
    from factcheck.cache import Cache

Progress = Callable[[int, int], None]


def generated_date() -> str:
    """The report date: SOURCE_DATE_EPOCH when set (reproducible builds),
    else today's date (UTC).  Day resolution keeps repeated runs identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        when = _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
    else:
        when = _dt.datetime.now(_dt.timezone.utc)
    return when.date().isoformat()


def load_all(paths: Sequence[str], settings: Settings = DEFAULT) -> Tuple[List[object], List[Finding], List[str]]:
    """Discover and read every file.  Returns ``(loaded, input_errors,
    skipped)``; raises SetupError for a missing path or no articles."""
    files, skipped = discover(paths)
    loaded: List[object] = []
    errors: List[Finding] = []
    for fs_path, display in files:
        try:
            loaded.extend(load_file(fs_path, display, settings.max_file_bytes))
        except InputError as exc:
            errors.append(input_finding(exc))
    return loaded, errors, skipped


def input_finding(exc: InputError) -> Finding:
    return Finding(
        rule=input_error.ID,
        severity=input_error.SEVERITY,
        path=exc.path,
        start=exc.offset,
        end=exc.offset,
        message=f"{exc.path}: {exc.message}",
        suggestion=input_error.SUGGESTION,
        line=1,
        column=1,
        end_line=1,
        end_column=1,
    )


PARALLEL_MIN = 48
"""Below this many articles a process pool costs more than it saves."""


def extract_all(loaded: Iterable[object], settings: Settings, jobs: int = 1,
                progress: Optional[Progress] = None) -> List[Analysis]:
    """Extract every loaded Article (claims-file Analyses pass through), in
    input order.  With ``jobs`` > 1 and enough articles the work is shared
    by that many processes; the result is identical to ``jobs=1``."""
    return _extract(list(loaded), settings, jobs, progress)[0]


def _extract(items: List[object], settings: Settings, jobs: int,
             progress: Optional[Progress]) -> Tuple[List[Analysis], List[Signature]]:
    from factcheck import parallel

    return parallel.extract_many(items, settings, jobs, progress)


def run(paths: Sequence[str], settings: Settings = DEFAULT, jobs: int = 1,
        progress: Optional[Progress] = None, cache: Optional["Cache"] = None) -> Report:
    """Check the articles at ``paths`` and return the Report.

    ``jobs`` is the number of extraction processes; ``progress(done, total)``
    is called as articles are extracted; files unchanged since a run that
    stored them in ``cache`` (``factcheck.cache``) are not extracted again.
    Raises SetupError when the run cannot start; a bad file becomes an
    input-error finding.
    """
    from factcheck import parallel

    files, skipped = discover(paths)
    # Workers read and extract their own files: article text is read once,
    # in parallel, and never sent between processes twice.
    writes: list = []
    try:
        analyses, signatures, errors = parallel.load_and_extract(files, settings, jobs, progress, cache,
                                                                 writes)
        return check_analyses(analyses, settings, input_findings=errors, inputs=paths, skipped=skipped,
                              signatures=signatures)
    finally:
        for writer in writes:  # the cache write, overlapped with the rules
            writer.join()


def check_analyses(analyses: Sequence[Analysis], settings: Settings = DEFAULT, *,
                   input_findings: Sequence[Finding] = (), inputs: Sequence[str] = (),
                   skipped: Sequence[str] = (),
                   signatures: Optional[Sequence[Signature]] = None) -> Report:
    """Apply the enabled rules and build the Report.  ``signatures`` are the
    story-grouping signatures ``run`` computed during extraction (else they
    are computed here)."""
    stories = group(analyses, settings, signatures)
    by_path: Dict[str, Analysis] = {a.article.path: a for a in analyses}
    findings: List[Finding] = []
    COMPARISONS.count = 0
    for rule in _rules.all_rules():
        if not settings.rule_enabled(rule.ID):
            continue
        if rule.SCOPE == "article":
            for a in analyses:
                findings.extend(rule.check(a, settings))
        elif rule.SCOPE == "story":
            for story in stories:
                members = [by_path[p] for p in story.paths if p in by_path]
                findings.extend(rule.check_story(members, settings))
    if settings.rule_enabled(input_error.ID):
        findings.extend(input_findings)
    located = [locate(f, by_path) for f in findings]
    overrides = settings.severity
    if overrides:
        located = [replace(f, severity=overrides[f.rule]) if overrides.get(f.rule, f.severity) != f.severity
                   else f for f in located]
    located.sort(key=lambda f: f.sort_key)
    located, suppressed = _suppress(located, analyses, by_path, settings)
    return Report(
        analyses=tuple(analyses),
        findings=tuple(located),
        suppressed=tuple(suppressed),
        stories=stories,
        inputs=tuple(inputs),
        skipped=tuple(skipped),
        generated=generated_date(),
        comparisons=COMPARISONS.count,
    )


def _suppress(findings: List[Finding], analyses: Sequence[Analysis], by_path: Dict[str, Analysis],
              settings: Settings) -> Tuple[List[Finding], List[Tuple[Finding, str]]]:
    """Drop findings silenced by inline comments (kept with their reason)
    and, with ``skip_quoted``, findings inside direct quotes."""
    from factcheck import suppress

    kept, dropped = suppress.apply(findings, analyses)
    if settings.skip_quoted:
        quoted = [f for f in kept if f.rule != input_error.ID and suppress.in_quote(f, by_path.get(f.path))]
        if quoted:
            ids = {id(f) for f in quoted}
            kept = [f for f in kept if id(f) not in ids]
            dropped.extend((f, "inside a direct quote (skip-quoted)") for f in quoted)
    return kept, dropped


class _Lines:
    """1-based line/column lookup for one text."""

    def __init__(self, text: str):
        self.starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def at(self, offset: int) -> Tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


_LINES: Dict[int, Tuple[str, _Lines]] = {}


def _lines(article: Article) -> _Lines:
    # Keyed by identity for speed; the text itself is kept and compared so a
    # recycled id (a freed article's text) can never hand back stale lines.
    key = id(article.content)
    got = _LINES.get(key)
    if got is None or got[0] is not article.content:
        if len(_LINES) > 4096:
            _LINES.clear()
        got = _LINES[key] = (article.content, _Lines(article.content))
    return got[1]


def locate(f: Finding, by_path: Dict[str, Analysis]) -> Finding:
    """Fill in line/column, the sentence, its text and the paragraph."""
    a = by_path.get(f.path)
    if a is None:
        return f
    lines = _lines(a.article)
    line, col = lines.at(f.start)
    end_line, end_col = lines.at(max(f.start, f.end))
    s = a.sentence_at(f.start)
    sent_start, sent_end = (s.start, s.end) if s else (f.start, f.end)
    related = []
    for r in f.related:
        ra = by_path.get(r.path)
        if ra is None:
            related.append(r)
            continue
        rl = _lines(ra.article)
        rline, rcol = rl.at(r.start)
        rel, rec = rl.at(max(r.start, r.end))
        rs = ra.sentence_at(r.start)
        rtext = r.text or (ra.article.content[rs.start:rs.end] if rs else ra.article.content[r.start:r.end])
        related.append(replace(r, line=rline, column=rcol, end_line=rel, end_column=rec, text=rtext))
    return replace(
        f,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        text=f.text or a.article.content[sent_start:sent_end],
        sentence_start=sent_start,
        sentence_end=sent_end,
        paragraph=(s.paragraph + 1) if s else 0,
        related=tuple(related),
    )
