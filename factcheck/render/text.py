"""Human-readable output, one finding per line (path:line:col).

The lines are written in plain Python (``_lines``), so a one-draft check
never imports Jinja: that start-up was about a fifth of a `factcheck check
draft.txt` (issue 17).  ``templates/text.j2`` says the same in Jinja; it is
what ``factcheck templates copy`` hands out and what renders when a
``template_dir`` holding a ``text.j2`` is given, and tests/test_text_render.py
checks that both give the same bytes.

With colour on (a terminal, or ``--color always``), severities, rule ids
and the flagged words in the quoted sentence are coloured; the text itself
is the same, and control characters from the article are escaped before any
colour sequence is added, so article text can never colour the terminal.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Iterator, List

from factcheck.model import Finding, Report
from factcheck.rule_docs import url

from . import CONTROL_ESCAPES, RenderOptions, Renderer

_RESET = "\x1b[0m"
_SEVERITY_COLOUR = {"error": "\x1b[1;31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_RULE_COLOUR = "\x1b[2m"
_FLAGGED_COLOUR = "\x1b[1;4m"


def _oneline(text: str, width: int = 160) -> str:
    """``text`` on one line, control characters escaped, cut to ``width``."""
    text = " ".join(str(text).split()).translate(CONTROL_ESCAPES)
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _flat(text: str) -> str:
    """Whitespace runs folded to one space (ends kept), controls escaped."""
    out = " ".join(text.split())
    if text[:1].isspace() and out:
        out = " " + out
    if text[-1:].isspace() and out:
        out += " "
    return out.translate(CONTROL_ESCAPES)


def _highlighted(f: Finding, width: int = 160) -> str:
    """The finding's sentence on one line with its flagged words in colour."""
    rel_start = max(0, f.start - f.sentence_start)
    rel_end = max(rel_start, f.end - f.sentence_start)
    text = f.text or ""
    if not (0 <= rel_start < rel_end <= len(text)):
        return _oneline(text, width)
    before, flagged, after = _flat(text[:rel_start]).lstrip(), _flat(text[rel_start:rel_end]), _flat(text[rel_end:])
    after = after.rstrip()
    visible = len(before) + len(flagged) + len(after)
    if visible > width:
        room = max(width - 1 - len(before) - len(flagged), 0)
        after = after[:room] + "\u2026"
    return before + _FLAGGED_COLOUR + flagged + _RESET + after


def _filters(color: bool):
    if not color:
        return {"sev": str, "rule": str, "sentence": lambda f: _oneline(f.text)}
    return {
        "sev": lambda s: _SEVERITY_COLOUR.get(s, "") + s + _RESET,
        "rule": lambda r: _RULE_COLOUR + r + _RESET,
        "sentence": _highlighted,
    }


def statistics(report: Report) -> bytes:
    """``--statistics``: one line per rule, most findings first, with the
    severities (ruff's --statistics)."""
    by_rule = Counter(f.rule for f in report.findings)
    by_rule_sev = Counter((f.rule, f.severity) for f in report.findings)
    lines = []
    for rule, count in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        parts = [f"{by_rule_sev[rule, s]} {s}" for s in ("error", "warning", "info") if by_rule_sev[rule, s]]
        lines.append(f"{count:>6}  {rule:<20}  {', '.join(parts)}")
    total = len(report.findings)
    lines.append(f"{total:>6}  total in {len(report.analyses)} article{'' if len(report.analyses) == 1 else 's'}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _plural(n: int, one: str = "", many: str = "s") -> str:
    return one if n == 1 else many


def _finding_lines(report: Report, filters: dict) -> Iterator[str]:
    sev, rule, sentence = filters["sev"], filters["rule"], filters["sentence"]
    for f in report.findings:
        where = f"{f.line}:{f.column}:" if f.line else (f" paragraph {f.paragraph}:" if f.paragraph else "")
        yield f"{_oneline(f.path, 400)}:{where} {sev(f.severity)} [{rule(f.rule)}] {_oneline(f.message)}\n"
        if f.text and f.rule != "input-error":
            yield f"    > {sentence(f)}\n"
        for r in f.related:
            yield f"    see {_oneline(r.path, 400)}{f':{r.line}' if r.line else ''}: {_oneline(r.text, 120)}\n"


def _stories_line(report: Report) -> Iterator[str]:
    several = [s for s in report.stories if len(s.paths) > 1]
    if several:
        named = "; ".join(f"{_oneline(s.label, 60)} ({len(s.paths)} articles)" for s in several[:8])
        more = f"; and {len(several) - 8} more (see --format json)" if len(several) > 8 else ""
        yield (f"Compared within {len(several)} stor{_plural(len(several), 'y', 'ies')} of several articles: "
               f"{named}{more}.\n")


def _sources_line(report: Report) -> Iterator[str]:
    if not report.source_files:
        return
    parts = []
    for kind in ("quote", "figure"):
        statuses = [c.payload.status for c in report.source_checks if c.payload.check == kind]
        part = f"{len(statuses)} {kind}{_plural(len(statuses))}"
        if statuses:
            # Jinja's unique and sort filters, which the template used: case-insensitive.
            distinct: List[str] = []
            for st in statuses:
                if st.lower() not in {d.lower() for d in distinct}:
                    distinct.append(st)
            distinct.sort(key=str.lower)
            part += " (" + ", ".join(f"{statuses.count(st)} {st}" for st in distinct) + ")"
        parts.append(part)
    claims = sum(1 for c in report.source_checks if c.payload.check == "claim")
    tail = f"; {claims} claim{_plural(claims)} without a supporting sentence" if claims else ""
    n = len(report.source_files)
    yield f"Checked against {n} source{_plural(n)}: {'; '.join(parts)}{tail}.\n"


def _summary_lines(report: Report) -> Iterator[str]:
    counts = report.counts()
    sev, n = counts["by_severity"], len(report.analyses)
    if report.findings:
        yield "\n"
    yield (f"{counts['total']} finding{_plural(counts['total'])} in {n} article{_plural(n)}: "
           f"{sev['error']} error{_plural(sev['error'])}, {sev['warning']} warning{_plural(sev['warning'])}, "
           f"{sev['info']} info.\n")
    yield from _stories_line(report)
    yield from _sources_line(report)
    if report.suppressed:
        yield f"{len(report.suppressed)} suppressed by comments in the articles:\n"
        for f, reason in report.suppressed:
            yield f"    {f.path}:{f.line}:{f.column}: [{f.rule}] {_oneline(reason or 'no reason given', 120)}\n"
    if report.baseline_skipped:
        yield (f"{report.baseline_skipped} known finding{_plural(report.baseline_skipped)} "
               "skipped (baseline).\n")
    if counts["by_rule"]:
        yield "Rule documentation: " + "; ".join(f"{r} {url(r)}" for r in counts["by_rule"]) + "\n"
    if report.skipped:
        n = len(report.skipped)
        yield f"Skipped {n} file{_plural(n)} that are not articles: {', '.join(report.skipped)}\n"


def _lines(report: Report, options: RenderOptions) -> Iterator[str]:
    """The text output, as templates/text.j2 writes it."""
    yield from _finding_lines(report, _filters(options.color))
    if not options.quiet:
        yield from _summary_lines(report)


def _with_template(report: Report, options: RenderOptions) -> str:
    from .env import environment

    env = environment(options.template_dir, autoescape=False)
    env.filters["oneline"] = _oneline
    env.filters["rule_links"] = lambda rules: "; ".join(f"{r} {url(r)}" for r in rules)
    env.filters.update(_filters(options.color))
    tpl = env.get_template("text.j2")
    return tpl.render(report=report, counts=report.counts(), quiet=options.quiet)


class TextRenderer(Renderer):
    name = "text"
    description = "human-readable lines"
    extensions = (".txt",)

    def render(self, report: Report, options: RenderOptions) -> bytes:
        if options.template_dir and os.path.isfile(os.path.join(options.template_dir, "text.j2")):
            return _with_template(report, options).encode("utf-8")
        return "".join(_lines(report, options)).encode("utf-8")
