"""Page 1 of the handout: what must change before print, and one verdict
per article.

``before_print`` lists every error, then the most serious warnings (up to
``FRONT_PAGE_ITEMS`` entries in all), each as the sentence with its flagged
words, what is wrong, and what to do; the numbers are those of the full
entries under "All findings".

An article's verdict, from its findings' rules and severities:

- ``not checked``: the file could not be read (input-error);
- ``needs verification``: a figure or quote disagrees with another version
  (conflicting-figure, quote-variant) at warning or error;
- ``needs sourcing``: a claim or source lacks attribution (unsourced-claim,
  anonymous-source, vague-attribution) at warning or error;
- ``ready``: nothing at warning or above from those rules.

The first that applies wins.  Info findings never change a verdict.

``strips`` draws where the problems are: each article's paragraphs in
order, a cell each, shaded by the most serious finding in it (error,
warning; info and nothing leave it clean).  A cross-article finding shades
its paragraph in every article it touches.
"""

from __future__ import annotations

from typing import Dict, List, Mapping, Sequence, Tuple

from factcheck.model import Analysis, Finding, Report

FRONT_PAGE_ITEMS = 8
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
VERDICTS = (
    ("not checked", frozenset({"input-error"})),
    ("needs verification", frozenset({"conflicting-figure", "quote-variant"})),
    ("needs sourcing", frozenset({"unsourced-claim", "anonymous-source", "vague-attribution"})),
)
READY = "ready"


def verdict(findings: Sequence[Finding]) -> str:
    """The editor-facing verdict for one article's findings (see the module doc)."""
    serious = {f.rule for f in findings if f.severity in ("error", "warning")}
    for name, rules in VERDICTS:
        if serious & rules:
            return name
    return READY


def verdicts(report: Report) -> Dict[str, str]:
    """Article path -> verdict.  A cross-article finding counts for every
    article it touches."""
    touching: Dict[str, List[Finding]] = {a.article.path: [] for a in report.analyses}
    for f in report.findings:
        for path in {f.path, *(r.path for r in f.related)}:
            touching.setdefault(path, []).append(f)
    return {path: verdict(found) for path, found in touching.items()}


def before_print(report: Report, entries: Sequence[dict]) -> List[dict]:
    """The front-page items: every error, then warnings, at most
    ``FRONT_PAGE_ITEMS`` in all (every error is kept even past it).
    ``entries`` are the full-entry dicts of handout_data._findings, in
    report order, whose numbers the items repeat."""
    flat = [e for group in entries for e in group["entries"]]
    serious = [e for e in flat if e["severity"] in ("error", "warning")]
    serious.sort(key=lambda e: (SEVERITY_ORDER[e["severity"]], e["number"]))
    errors = [e for e in serious if e["severity"] == "error"]
    warnings = [e for e in serious if e["severity"] == "warning"]
    room = max(FRONT_PAGE_ITEMS - len(errors), 0)
    return errors + warnings[:room]


def more_warnings(report: Report, shown: Sequence[dict]) -> int:
    """How many warnings the front page leaves to the full list."""
    total = sum(1 for f in report.findings if f.severity == "warning")
    return total - sum(1 for e in shown if e["severity"] == "warning")


def label_verdicts(articles: Sequence[dict], by_verdict: Mapping[str, str]) -> None:
    """Add each article dict's verdict in place."""
    for a in articles:
        a["verdict"] = by_verdict.get(a["path"], READY)




STRIP_CELLS = 20
"""Paragraph cells per row of the strip; a longer article wraps."""


def strips(report: Report) -> List[dict]:
    """Per article with paragraphs: its label and rows of cells
    ``{"n": paragraph number, "shade": "error" | "warning" | ""}``."""
    by_path = {a.article.path: a for a in report.analyses}
    worst: Dict[Tuple[str, int], str] = {}
    for f in report.findings:
        if f.severity not in ("error", "warning"):
            continue
        places = [(f.path, f.paragraph)] + [(r.path, paragraph_at(by_path.get(r.path), r.start)) for r in f.related]
        for place in places:
            if place[1] and SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst.get(place, "info")]:
                worst[place] = f.severity
    out = []
    width = min(STRIP_CELLS, max((_paragraphs(a) for a in report.analyses), default=0))
    for a in report.analyses:
        n = _paragraphs(a)
        if not n:
            continue
        cells = [{"n": k, "shade": worst.get((a.article.path, k), "")} for k in range(1, n + 1)]
        cells += [{"n": "", "shade": ""}] * (-n % width)  # every row as wide as the table
        rows = [cells[i:i + width] for i in range(0, len(cells), width)]
        out.append({"label": a.article.label, "rows": rows,
                    "flagged": sum(1 for c in cells if c["shade"])})
    return out


def _paragraphs(a: Analysis) -> int:
    """How many paragraphs ``a`` has (from its sentences when an analysis
    read from a claims file lists none)."""
    return len(a.paragraphs) or max((s.paragraph + 1 for s in a.sentences), default=0)


def paragraph_at(a: "Analysis | None", offset: int) -> int:
    """The 1-based paragraph of ``a`` holding ``offset``; 0 when unknown."""
    s = a.sentence_at(offset) if a is not None else None
    return s.paragraph + 1 if s is not None else 0
