"""Human-readable output, one finding per line (path:line:col).

With colour on (a terminal, or ``--color always``), severities, rule ids
and the flagged words in the quoted sentence are coloured; the text itself
is the same, and control characters from the article are escaped before any
colour sequence is added, so article text can never colour the terminal.
"""

from __future__ import annotations

from collections import Counter

from factcheck.model import Finding, Report
from factcheck.rule_docs import url

from . import CONTROL_ESCAPES, RenderOptions, Renderer
from .env import environment

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


class TextRenderer(Renderer):
    name = "text"
    description = "human-readable lines"
    extensions = (".txt",)

    def render(self, report: Report, options: RenderOptions) -> bytes:
        env = environment(options.template_dir, autoescape=False)
        env.filters["oneline"] = _oneline
        env.filters["rule_links"] = lambda rules: "; ".join(f"{r} {url(r)}" for r in rules)
        env.filters.update(_filters(options.color))
        tpl = env.get_template("text.j2")
        return tpl.render(report=report, counts=report.counts(), quiet=options.quiet).encode("utf-8")
