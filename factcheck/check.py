"""The pipeline: paths -> Report.

``run`` is what the command line calls; ``check_analyses`` applies the rules
to articles already extracted (the tests build those in three lines).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import os
from dataclasses import replace
from types import ModuleType
from typing import TYPE_CHECKING, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from factcheck import parallel, story_rules
from factcheck import rules as _rules
from factcheck.errors import InputError, SetupError
from factcheck.figure_tables import figure_tables
from factcheck.load import discover, load_file
from factcheck.model import Agreement, Analysis, Article, Finding, Report, SourceCheck
from factcheck.rules import input_error
from factcheck.rules.base import COMPARISONS, stamp, stamped
from factcheck.selection import drop_excluded
from factcheck.settings import DEFAULT, Settings
from factcheck.stories import Signature, group
from factcheck.story_rules import StoryFindings

if TYPE_CHECKING:
    from factcheck.cache import Cache
    from factcheck.sources import SourceSet

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


def load_all(paths: Sequence[str], settings: Settings = DEFAULT, stdin_name: Optional[str] = None
             ) -> Tuple[List[object], List[Finding], List[str]]:
    """Discover and read every file.  Returns ``(loaded, input_errors,
    skipped)``; raises SetupError for a missing path or no articles."""
    files, skipped = drop_excluded(*discover(paths, stdin_name), settings)
    loaded: List[object] = []
    errors: List[Finding] = []
    for fs_path, display in files:
        try:
            loaded.extend(load_file(fs_path, display, settings.max_file_bytes))
        except InputError as exc:
            errors.append(input_error.finding_for(exc))
    return loaded, errors, skipped


def extract_all(loaded: Iterable[object], settings: Settings, jobs: int = 1,
                progress: Optional[Progress] = None) -> List[Analysis]:
    """Extract every loaded Article (claims-file Analyses pass through), in
    input order.  With ``jobs`` > 1 and enough articles the work is shared
    by that many processes; the result is identical to ``jobs=1``."""
    return _extract(list(loaded), settings, jobs, progress)[0]


def _extract(items: List[object], settings: Settings, jobs: int,
             progress: Optional[Progress]) -> Tuple[List[Analysis], List[Signature]]:
    return parallel.extract_many(items, settings, jobs, progress)


def run(paths: Sequence[str], settings: Settings = DEFAULT, jobs: int = 1,
        progress: Optional[Progress] = None, cache: Optional["Cache"] = None,
        stdin_name: Optional[str] = None) -> Report:
    """Check the articles at ``paths`` and return the Report.

    ``jobs`` is the number of extraction processes; ``progress(done, total)``
    is called as articles are extracted; files unchanged since a run that
    stored them in ``cache`` (``factcheck.cache``) are not extracted again.
    Raises SetupError when the run cannot start; a bad file becomes an
    input-error finding.
    """
    files, skipped = drop_excluded(*discover(paths, stdin_name), settings)
    missing = [p for p in settings.sources if not os.path.exists(p)]
    if missing:  # a setup error: say so before any article is read
        raise SetupError(f"source not found: {missing[0]}")
    # Workers read and extract their own files: article text is read once,
    # in parallel, and never sent between processes twice.
    writes: list = []
    try:
        extras = parallel.Extras()  # the article rules' findings, run next to extraction, and cache ids
        analyses, signatures, errors = parallel.load_and_extract(files, settings, jobs, progress, cache,
                                                                 writes, extras)
        sources, source_errors = gather_sources(analyses, settings)

        def check_stories(groups: List[List[int]]) -> List[StoryFindings]:
            return story_rules.check_stories(analyses, groups, settings, jobs, cache, extras.ids, writes)

        return check_analyses(analyses, settings, input_findings=list(errors) + source_errors, inputs=paths,
                              skipped=skipped, signatures=signatures, sources=sources,
                              article_findings=extras.findings, story_checker=check_stories)
    finally:
        for writer in writes:  # the cache write, overlapped with the rules
            writer.join()


def gather_sources(analyses: Sequence[Analysis], settings: Settings) -> Tuple[Optional["SourceSet"], List[Finding]]:
    """The source documents of a run (``settings.sources`` and the
    ``sources:`` an article's front matter names; factcheck.sources) and an
    input-error finding for each that could not be read; (None, []) when
    there are none.  Raises SetupError for a source path that does not exist."""
    if not settings.sources and not any(a.article.meta and "sources" in a.article.meta for a in analyses):
        return None, []
    from factcheck.sources import gather

    found, errors = gather(settings.sources, analyses, settings.max_file_bytes)
    return found, [input_error.finding_for(e) for e in errors]


def check_analyses(analyses: Sequence[Analysis], settings: Settings = DEFAULT, *,
                   input_findings: Sequence[Finding] = (), inputs: Sequence[str] = (),
                   skipped: Sequence[str] = (),
                   signatures: Optional[Sequence[Signature]] = None,
                   sources: Optional["SourceSet"] = None,
                   article_findings: Optional[Sequence[parallel.ArticleFindings]] = None,
                   story_checker: Optional[Callable[[List[List[int]]], List[StoryFindings]]] = None) -> Report:
    """Apply the enabled rules and build the Report.  ``signatures`` are the
    story-grouping signatures ``run`` computed during extraction (else they
    are computed here); ``sources`` the source documents the articles are
    checked against (``gather_sources``), if any; ``article_findings`` what
    the article-scope rules found in each Analysis (one mapping per
    Analysis, ``parallel.article_findings``), which ``run`` has its
    extraction workers compute (else the rules run here);
    ``story_checker`` what gives the story-scope rules' findings for each
    story (a list of indices into ``analyses`` per story;
    ``story_rules.check_stories``, which ``run`` has take them from its
    cache or share them among its processes; else the rules run here)."""
    if article_findings is not None and len(article_findings) != len(analyses):
        raise ValueError("article_findings must hold one mapping per Analysis")
    stories = group(analyses, settings, signatures)
    by_path: Dict[str, Analysis] = {a.article.path: a for a in analyses}
    story_results = None
    if story_checker is not None:
        index = {a.article.path: i for i, a in enumerate(analyses)}  # the Analysis by_path names
        story_results = story_checker([[index[p] for p in story.paths if p in index] for story in stories])
    COMPARISONS.count = 0  # story_results carry their own counts, added as they are taken
    checks: Tuple[SourceCheck, ...] = ()
    if sources:
        from factcheck.sources import review

        checks = review(analyses, sources, settings)
    agreements: List[Agreement] = []
    located = [locate(f, by_path, rule) for rule in _rules.all_rules() if settings.rule_enabled(rule.ID)
               for f in _apply(rule, analyses, stories, by_path, input_findings, settings, checks,
                               article_findings, story_results, agreements)]
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
        source_files=sources.files if sources else (),
        source_checks=checks,
        agreements=tuple(agreements),
        figure_tables=figure_tables(stories, by_path),
    )


def _apply(rule, analyses: Sequence[Analysis], stories, by_path: Dict[str, Analysis],
           input_findings: Sequence[Finding], settings: Settings,
           checks: Sequence[SourceCheck] = (),
           found: Optional[Sequence[parallel.ArticleFindings]] = None,
           story_results: Optional[Sequence[StoryFindings]] = None,
           agreements: Optional[List[Agreement]] = None) -> Iterable[Finding]:
    """The findings of one rule, by its scope: per article (taken from
    ``found`` where the workers already ran the rule), per story (taken
    from ``story_results`` where given), on the files the loader could not
    read, or on the checks against the sources (suppression comments are
    checked after the other rules, in ``_suppress``).  A story rule with
    ``AGREEMENTS`` also appends the agreeing figures it found, stamped with
    their story, to ``agreements``."""
    if rule.SCOPE == "article":
        if found is not None:
            return (f for a, got in zip(analyses, found)
                    for f in (got[rule.ID] if rule.ID in got else rule.check(a, settings)))
        return (f for a in analyses for f in rule.check(a, settings))
    if rule.SCOPE == "story":
        return _story_findings(rule, stories, by_path, settings, story_results, agreements)
    if rule.SCOPE == "input":
        return rule.check_inputs(input_findings, settings)
    if rule.SCOPE == "sources":
        return rule.check_sources(checks, settings)
    if rule.SCOPE == "suppression":  # needs the other rules' findings: run by _suppress
        return ()
    raise ValueError(f"rule {rule.ID}: unknown SCOPE {rule.SCOPE!r}")


def _story_findings(rule, stories, by_path: Dict[str, Analysis], settings: Settings,
                    story_results: Optional[Sequence[StoryFindings]],
                    agreements: Optional[List[Agreement]]) -> Iterator[Finding]:
    """A story rule's findings, story by story: as ``story_results`` give
    them (their comparisons counted), else from the rule run here; the
    agreeing figures it recorded are appended, stamped with their story,
    to ``agreements``."""
    for k, story in enumerate(stories):
        got = story_results[k] if story_results is not None else {}
        if rule.ID in got:
            found, count, agreed = got[rule.ID]
            COMPARISONS.add(count)
        else:
            found, agreed = story_rules.run_rule(rule, [by_path[p] for p in story.paths if p in by_path], settings)
        if agreements is not None:
            agreements.extend(replace(g, story=story.key) for g in agreed)
        yield from found


def _suppress(findings: List[Finding], analyses: Sequence[Analysis], by_path: Dict[str, Analysis],
              settings: Settings) -> Tuple[List[Finding], List[Tuple[Finding, str]]]:
    """Drop findings silenced by inline comments (kept with their reason)
    and, with ``skip_quoted``, findings inside direct quotes."""
    from factcheck import suppress
    from factcheck.rules import suppression_comment

    kept, dropped = suppress.apply(findings, analyses)
    if settings.rule_enabled(suppression_comment.ID):
        audit = suppression_comment.check_comments(findings, analyses, settings, sorted(_rules.RULES))
        kept = sorted(kept + [locate(f, by_path, suppression_comment) for f in audit],
                      key=lambda f: f.sort_key)
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
        # HTML and DOCX: lines of the file, not of the extracted text
        if article.format in ("html", "docx"):
            from factcheck import sourcemap  # html.parser: only for web pages and Word files

            lookup = sourcemap.for_article(article)
        else:
            lookup = None
        got = _LINES[key] = (article.content, lookup or _Lines(article.content))
    return got[1]


def locate(f: Finding, by_path: Dict[str, Analysis], rule: Optional[ModuleType] = None) -> Finding:
    """Fill in line/column, the sentence, its text and the paragraph; with
    ``rule``, stamp the finding as that rule's too (``rules.base.stamp``, in
    the same copy)."""
    a = by_path.get(f.path)
    if a is None:
        return stamp(rule, f) if rule is not None else f
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
        **(stamped(rule, f) if rule is not None else {}),
    )
