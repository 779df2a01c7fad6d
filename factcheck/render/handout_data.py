"""What the handout shows, as plain data for the template.

``context(report)`` returns dicts, lists, strings and numbers only, so a
template (the shipped one or a user's copy) can lay them out freely.  Rule
details come from each finding's payload (``factcheck.model.payloads``) and
everything else from extraction's output: nothing here works out again what
a rule decides.  A finding without its rule's payload (a hand-built report,
another tool's finding) still shows, with what the finding itself says.
Sentences come as ``runs``: a list of ``{"text", "mark"}`` where ``mark`` is
True for the flagged words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from typing import Dict, Iterable, List, Optional, Sequence, Tuple, Type, TypeVar

from factcheck.model import (
    SEVERITIES, Analysis, AnonymousPayload, ClaimPayload, ConflictPayload, Finding, Report, Story, VariantPayload,
)
from factcheck.rule_docs import rule_doc

from . import handout_front as front
from .handout_checked import checked, sentence_notes
from .handout_quantities import model_groups
from .handout_text import by_sentence, figure_group, figure_interval, interval, number, quantity_interval, runs

__all__ = ["context", "interval", "number", "runs"]

_WORD = re.compile(r"[\w][\w'\u2019-]*")
_SPACE = re.compile(r"\s+")


def context(report: Report) -> dict:
    """Everything the handout template needs, as plain data."""
    report = _distinct_labels(report)
    by_path = {a.article.path: a for a in report.analyses}
    per_path: Dict[str, int] = {}
    for f in report.findings:
        per_path[f.path] = per_path.get(f.path, 0) + 1
    articles = [_article(a, per_path) for a in report.analyses]
    front.label_verdicts(articles, front.verdicts(report))
    findings = _findings(report, by_path)
    before = front.before_print(report, findings)
    multi = [s for s in report.stories if len(s.paths) > 1]
    stories = [s.label for s in (multi or report.stories)]
    title = _story_title(report, multi)
    return {
        "title": title,
        "stories": [{"label": s.label, "articles": [_name_of(p, by_path) for p in s.paths]} for s in report.stories],
        "story_labels": stories,
        "story_labels_heading": "Stories in several articles" if _day_folder(report, multi) else "Stories",
        "generated": report.generated or "",
        "inputs": list(report.inputs),
        "skipped": list(report.skipped),
        "articles": articles,
        "counts": _counts(report),
        "severities": list(SEVERITIES),
        "claims": _claims(report, by_path),
        "anonymous": _anonymous(report, by_path),
        "figures": _desk_rated(_figures(report, by_path), by_path),
        "quotes": _quotes(report),
        "variants": _variants(report, by_path),
        "sources": _sources(report),
        "checked": checked(report, by_path),
        "findings": findings,
        "rules_used": _rules_used(report),
        "strips": front.strips(report),
        "before_print": before,
        "more_warnings": front.more_warnings(report, before),
        "suppressed": len(report.suppressed),
        "suppressed_list": [
            {"rule": f.rule, "path": f.path, "line": f.line, "text": f.text, "reason": reason or ""}
            for f, reason in report.suppressed
        ],
        "baseline_skipped": report.baseline_skipped,
    }


# ---------------------------------------------------------------------------
# Helpers

P = TypeVar("P")


NUMBERED_MAX = 3
"""Up to this many articles of one outlet are told apart by number; more (a
day's wire in one folder) by file name, which an editor can find."""


def _distinct_labels(report: Report) -> Report:
    """``report`` with two articles of one outlet told apart in the
    handout: the second is "The Port Alder Ledger (2)", the third "(3)";
    when an outlet has more than NUMBERED_MAX articles, each is
    "Reuters \u00b7 05244.md"."""
    seen = Counter(a.article.label for a in report.analyses)
    if all(n == 1 for n in seen.values()):
        return report
    counts: Dict[str, int] = {}
    analyses = []
    for a in report.analyses:
        label = a.article.label
        counts[label] = counts.get(label, 0) + 1
        if seen[label] > NUMBERED_MAX and a.article.outlet:
            a = replace(a, article=replace(a.article, outlet=f"{label} \u00b7 {_name(a.article.path)}"))
        elif seen[label] > 1 and a.article.outlet and counts[label] > 1:
            a = replace(a, article=replace(a.article, outlet=f"{label} ({counts[label]})"))
        analyses.append(a)
    return replace(report, analyses=tuple(analyses))


def _payload(f: Finding, kind: Type[P]) -> Optional[P]:
    """The finding's payload when it is of its rule's ``kind``, else None."""
    return f.payload if isinstance(f.payload, kind) else None


def _day_folder(report: Report, multi: Sequence[Story]) -> bool:
    """Many stories, a few of them in several articles (a day's wire in one
    folder): the handout is titled by its counts, not by one story."""
    return bool(multi) and len(multi) < len(report.stories) and len(report.stories) > NUMBERED_MAX


def _story_title(report: Report, multi: Sequence[Story]) -> str:
    """The handout's title; ``multi`` are the report's stories of several articles."""
    titles = [a.article.title for a in report.analyses if a.article.title]
    if _day_folder(report, multi):
        return f"{len(report.stories)} stories, {len(multi)} of them in several articles"
    if len(multi) == 1:
        return multi[0].label
    if len(report.analyses) == 1 and titles:
        return titles[0]
    if multi:
        return f"{len(multi)} stories"
    return titles[0] if len(titles) == 1 else "Editorial review"


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _name_of(path: str, by_path: Mapping[str, Analysis]) -> str:
    a = by_path.get(path)
    return a.article.label if a else _name(path)


def _words(a: Analysis) -> int:
    return len(_SPACE.split(a.article.body.strip())) if a.article.body.strip() else 0


def _headline(a: Analysis) -> str:
    """The article's title, else its first headline sentence, else ''."""
    if a.article.title:
        return a.article.title
    for s in a.sentences[:5]:
        if s.kind == "headline":
            return " ".join(a.article.content[s.start:s.end].split())
    return ""


def _article(a: Analysis, counts: Mapping[str, int]) -> dict:
    art = a.article
    return {
        "path": art.path,
        "name": _name(art.path),
        "label": art.label,
        "title": _headline(a),
        "outlet": art.outlet or "",
        "author": art.author or "",
        "date": art.date or "",
        "url": art.url or "",
        "words": _words(a),
        "findings": counts.get(art.path, 0),
    }


def _counts(report: Report) -> dict:
    table: Dict[str, Dict[str, int]] = {}
    for f in report.findings:
        row = table.setdefault(f.rule, {s: 0 for s in SEVERITIES})
        row[f.severity] = row.get(f.severity, 0) + 1
    rows = []
    for rule in sorted(table):
        doc = rule_doc(rule)
        row = table[rule]
        rows.append({
            "rule": rule,
            "summary": doc.summary if doc else "",
            "total": sum(row.values()),
            **{s: row.get(s, 0) for s in SEVERITIES},
        })
    by_sev = {s: sum(r[s] for r in rows) for s in SEVERITIES}
    return {"total": len(report.findings), "by_rule": rows, "by_severity": by_sev}


def _sentence_of(f: Finding, by_path: Mapping[str, Analysis]) -> Tuple[str, int]:
    """The finding's sentence and its start offset."""
    if f.text and f.sentence_end > f.sentence_start:
        return f.text, f.sentence_start
    a = by_path.get(f.path)
    if a is not None:
        s = a.sentence_at(f.start)
        if s is not None:
            return a.article.content[s.start:s.end], s.start
        if 0 <= f.start <= f.end <= len(a.article.content):
            return a.article.content[f.start:f.end], f.start
    return f.text or "", f.sentence_start


def _spans_of(f: Finding) -> List[Tuple[int, int]]:
    claim = _payload(f, ClaimPayload)
    spans = list(claim.triggers) if claim is not None else []
    if not spans and f.end > f.start:
        spans.append((f.start, f.end))
    return spans


def _status(a: Analysis, index: Optional[int]) -> Tuple[str, str]:
    """(status, source) for the attribution at ``index``."""
    if index is None or not (0 <= index < len(a.attributions)):
        return "none", ""
    at = a.attributions[index]
    if at.secondary:
        return "secondary", at.source
    if at.source_class == "anonymous":
        return "anonymous", at.source
    if not at.source:
        return "none", ""
    # a source of no known class ("the authority's performance dashboard")
    # still attributes the claim, as unsourced-claim counts it
    return "named", at.source


def _claims(report: Report, by_path: Mapping[str, Analysis]) -> List[dict]:
    out = []
    notes = sentence_notes(report, by_path)
    for a in report.analyses:
        for c in a.claims:
            if not (0 <= c.sentence < len(a.sentences)):
                continue
            s = a.sentences[c.sentence]
            status, source = _status(a, c.attribution)
            v = c.verdict
            out.append({
                "article": a.article.label,
                "path": a.article.path,
                "paragraph": s.paragraph + 1,
                "runs": runs(a.article.content[s.start:s.end], s.start, [(t.start, t.end) for t in c.triggers]),
                "kinds": list(c.kinds),
                "status": status,
                "source": source,
                "checked": notes.get((a.article.path, c.sentence), ""),
                "verdict": None if v is None else {
                    "rating": v.rating, "note": v.note or "", "url": v.url or "",
                    "reviewer": v.reviewer or "", "date": v.date or "",
                },
            })
    return out


def _quoted(a: Optional[Analysis], start: int) -> str:
    """What extraction says the source at ``start`` gives: "quote" when
    its attribution introduces a quote, "fact" otherwise, "" when no
    attribution starts there."""
    if a is None:
        return ""
    for at in a.attributions:
        if at.source_start <= start < max(at.source_end, at.source_start + 1):
            return "quote" if at.quote is not None else "fact"
    return ""


def _anonymous(report: Report, by_path: Mapping[str, Analysis]) -> List[dict]:
    """One row per anonymous-source finding, then one per anonymous
    attribution no finding covers (the rule is switched off, or the finding
    was suppressed): for those the reason is not determined."""
    out = [_anonymous_row(f, by_path) for f in report.findings if f.rule == "anonymous-source"]
    seen = {(f.path, f.start) for f in report.findings if f.rule == "anonymous-source"}
    # agentless and collective wording is vague-attribution's, listed with the findings
    seen.update((f.path, f.start) for f in report.findings if f.rule == "vague-attribution")
    for a in report.analyses:
        for at in a.attributions:
            if at.source_class != "anonymous" or (a.article.path, at.source_start) in seen:
                continue
            if not (0 <= at.sentence < len(a.sentences)):
                continue
            s = a.sentences[at.sentence]
            out.append({
                "article": a.article.label,
                "path": a.article.path,
                "paragraph": s.paragraph + 1,
                "source": at.source,
                "cue": at.cue,
                "reason": None,
                "supplies": "quote" if at.quote is not None else "fact",
                "severity": "",
                "runs": runs(a.article.content[s.start:s.end], s.start, [(at.source_start, at.source_end)]),
            })
    return out


def _anonymous_row(f: Finding, by_path: Mapping[str, Analysis]) -> dict:
    p = _payload(f, AnonymousPayload)
    a = by_path.get(f.path)
    text, base = _sentence_of(f, by_path)
    source = (p.source if p else "") or (a.article.content[f.start:f.end] if a and f.end > f.start else "")
    return {
        "article": a.article.label if a else _name(f.path),
        "path": f.path,
        "paragraph": f.paragraph,
        "source": source,
        "cue": p.cue if p else "",
        "reason": p.reason_given if p else None,
        "supplies": (p.supplies if p else "") or _quoted(a, f.start) or "not stated",
        "severity": f.severity,
        "runs": runs(text, base, [(f.start, f.end)]),
    }


def _figures(report: Report, by_path: Mapping[str, Analysis]) -> List[dict]:
    """One table per quantity counted by several articles of one story, then
    one per conflict whose figures those tables do not show (e.g. a vote
    tally)."""
    conflicts = [f for f in report.findings if f.rule == "conflicting-figure"]
    out: List[dict] = []
    used: set = set()
    for story in report.stories:
        if len(story.paths) >= 2:
            story_conflicts = [f for f in conflicts if f.path in story.paths]
            out.extend(_story_figures(story, report, by_path, story_conflicts, used))
            out.extend(model_groups(story, report.agreements, by_path))
    seen_keys: set = set()
    for f in conflicts:
        if id(f) in used:
            continue
        items = _conflict_items(f, by_path)
        p = _payload(f, ConflictPayload)
        counts = (p.counts if p else "") or "figure"
        key = (counts, tuple(sorted((i["path"], i["text"]) for i in items)))
        if key in seen_keys:
            continue
        seen_keys.add(key)
        story = next((s.label for s in report.stories if f.path in s.paths), "")
        verdict = (p.verdict if p else "") or "conflict"
        if p is not None and p.why:  # the quantity model says why it took the figures for one quantity
            verdict += f" (one quantity: {p.why})"
        out.append(figure_group(story, counts, (p.unit if p else "") or "count", items, verdict))
    return out


def _story_figures(story: Story, report: Report, by_path: Mapping[str, Analysis],
                   conflicts: Sequence[Finding], used: set) -> Iterable[dict]:
    """The tables of one story as the engine made them
    (``Report.figure_tables``): its figures grouped by (counted noun, unit).
    Conflicts shown are added to ``used``."""
    for table in report.figure_tables:
        if table.story != story.key or any(p not in by_path for p, _i in table.figures):
            continue
        items = [_figure_row(by_path[p], by_path[p].figures[i]) for p, i in table.figures]
        key = (table.counts, table.unit)
        hits = [f for f in conflicts if _conflict_matches(f, key, items)]
        used.update(id(f) for f in hits)
        verdict = "conflict" if hits else ("agrees within bounds" if table.agree else "differs (not flagged)")
        yield figure_group(story.label, table.counts, table.unit, items, verdict)


def _desk_rated(groups: List[dict], by_path: Mapping[str, Analysis]) -> List[dict]:
    """``groups`` with the desk's own verdict taking precedence: a quantity
    whose sentence a claims file rates false or misleading is shown as such
    (shaded as a conflict), never as agreeing across outlets."""
    rated: Dict[Tuple[str, int], str] = {}
    for a in by_path.values():
        for c in a.claims:
            if c.verdict is not None and c.verdict.rating in ("false", "misleading"):
                rated[(a.article.path, c.sentence)] = c.verdict.rating
    if not rated:
        return groups
    for g in groups:
        ratings = []
        for row in g["rows"]:
            a = by_path.get(row["path"])
            s = a.sentence_at(row["start"]) if a is not None else None
            if s is not None and (row["path"], s.index) in rated:
                ratings.append(rated[(row["path"], s.index)])
        if ratings and not g["conflict"]:
            g["verdict"] = f"rated {ratings[0]} by the desk (desk-verdict)"
            g["conflict"] = True
    return groups


def _figure_row(a: Analysis, fig) -> dict:
    s = a.sentences[fig.sentence] if 0 <= fig.sentence < len(a.sentences) else None
    return {
        "outlet": a.article.label,
        "path": a.article.path,
        "text": fig.text or a.article.content[fig.start:fig.end],
        "low": fig.low,
        "high": fig.high,
        "interval": figure_interval(fig),
        "start": fig.start,
        "runs": runs(a.article.content[s.start:s.end], s.start, [(fig.start, fig.end)]) if s else [],
    }


def _conflict_items(f: Finding, by_path: Mapping[str, Analysis]) -> List[dict]:
    """The rows for a conflict from its payload's figures (or, without
    them, the finding's message)."""
    p = _payload(f, ConflictPayload)
    unit = (p.unit if p else "") or "count"
    items = []
    for g in (p.figures if p else ()):
        path = g.path or f.path
        low, high = _num_or_none(g.low), _num_or_none(g.high)
        items.append({
            "outlet": g.outlet or _name_of(path, by_path),
            "path": path,
            "text": g.text,
            "low": low,
            "high": high,
            "interval": quantity_interval(low, high, unit),
            "start": g.start or 0,
            "runs": [{"text": g.text, "mark": True}],
        })
    if not items:
        items = [{"outlet": _name_of(f.path, by_path), "path": f.path, "text": f.message, "low": None,
                  "high": None, "interval": "", "start": f.start, "runs": [{"text": f.text, "mark": False}]}]
    return items


def _num_or_none(v) -> Optional[float]:
    return None if v is None else float(v)


def _conflict_matches(f: Finding, key: Tuple[str, str], items: Sequence[dict]) -> bool:
    """True when the conflict ``f`` is about the figures of the group ``key``
    (``items``): the same counted noun and unit, or its figures all among the
    group's (the quantity model's "21 days" vs "35 days" for a group of
    "three-week" and "five-week", which must not show as two tables with two
    verdicts)."""
    places = {(i["path"], i["start"]) for i in items}
    p = _payload(f, ConflictPayload)
    if p is not None:
        return (p.counts == key[0] and p.unit == key[1]) \
            or (len(p.figures) >= 2 and all((g.path or f.path, g.start) in places for g in p.figures))
    return any((r.path, r.start) in places for r in f.related) and (f.path, f.start) in places


def _quotes(report: Report) -> List[dict]:
    out = []
    for a in report.analyses:
        for q in a.quotes:
            text = a.article.content[q.text_start:q.text_end]
            if not text.strip():
                continue
            s = a.sentences[q.sentence] if 0 <= q.sentence < len(a.sentences) else None
            out.append({
                "article": a.article.label,
                "path": a.article.path,
                "paragraph": (s.paragraph + 1) if s else 0,
                "speaker": q.speaker or "",
                "text": text,
            })
    return out


def _marked_words(text: str, differing: Iterable[str]) -> List[dict]:
    want = {w.lower().strip(".,;:!?\"'\u201c\u201d\u2018\u2019") for w in differing if isinstance(w, str)}
    want.discard("")
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text) if m.group(0).lower() in want]
    return runs(text, 0, spans)


def _variants(report: Report, by_path: Mapping[str, Analysis]) -> List[dict]:
    out = []
    seen = set()
    for f in report.findings:
        if f.rule != "quote-variant":
            continue
        p = _payload(f, VariantPayload)
        rows = _variant_rows(p, by_path) if p is not None else []
        if not rows:
            rows = [{"outlet": _name_of(f.path, by_path), "path": f.path, "text": f.text,
                     "runs": [{"text": f.text, "mark": False}]}]
            rows += [{"outlet": _name_of(r.path, by_path), "path": r.path, "text": r.text,
                      "runs": [{"text": r.text, "mark": False}]} for r in f.related]
        speaker = p.speaker if p is not None else ""
        key = (speaker, tuple(sorted((r["path"], r["text"]) for r in rows)))
        if key in seen:
            continue
        seen.add(key)
        out.append({"speaker": speaker, "message": f.message, "versions": rows})
    return out


def _variant_rows(p: VariantPayload, by_path: Mapping[str, Analysis]) -> List[dict]:
    rows = []
    for i, v in enumerate(p.versions):
        words = p.differing[i] if i < len(p.differing) else ()
        rows.append({
            "outlet": v.outlet or (_name_of(v.path, by_path) if v.path else ""),
            "path": v.path,
            "runs": _marked_words(v.text, words),
            "text": v.text,
        })
    return rows


def _sources(report: Report) -> List[dict]:
    out = []
    for a in report.analyses:
        named: Dict[str, str] = {}
        anonymous: Dict[str, int] = {}
        secondary: Dict[str, int] = {}
        for at in a.attributions:
            src = " ".join(at.source.split())
            if not src:
                continue
            if at.source_class == "anonymous":
                anonymous[src] = anonymous.get(src, 0) + 1
            elif at.secondary:
                secondary[src] = secondary.get(src, 0) + 1
            elif at.source_class in ("person", "organisation", "document"):
                named.setdefault(src, at.source_class)
        for q in a.quotes:
            if q.speaker and q.speaker_class != "anonymous" and q.speaker not in named:
                named[q.speaker] = q.speaker_class if q.speaker_class in ("person", "organisation", "document") else "person"
        # "Magnus" is the "Chris Magnus" named in full elsewhere in the article.
        full = [k for k in named if " " in k]
        for k in list(named):
            if " " not in k and any(f.endswith(" " + k) for f in full):
                del named[k]
        out.append({
            "article": a.article.label,
            "path": a.article.path,
            "named": [{"source": k, "kind": v} for k, v in sorted(named.items(), key=lambda kv: kv[0].lower())],
            "anonymous": [{"source": k, "times": v} for k, v in sorted(anonymous.items(), key=lambda kv: kv[0].lower())],
            "secondary": [{"source": k, "times": v} for k, v in sorted(secondary.items(), key=lambda kv: kv[0].lower())],
        })
    return out


def _findings(report: Report, by_path: Mapping[str, Analysis]) -> List[dict]:
    groups: Dict[str, List[dict]] = {}
    order: List[str] = []
    for n, f in enumerate(report.findings, 1):
        doc = rule_doc(f.rule)
        text, base = _sentence_of(f, by_path)
        label = _name_of(f.path, by_path)
        if f.path not in groups:
            groups[f.path] = []
            order.append(f.path)
        default = doc.suggestion if doc else ""
        groups[f.path].append({
            "number": n,
            "rule": f.rule,
            "severity": f.severity,
            "message": f.message,
            "suggestion": f.suggestion or default,
            # said under the entry only when it is not the rule's own (the
            # rules appendix gives each rule's standard and suggestion once)
            "own_suggestion": f.suggestion if f.suggestion and f.suggestion != default else "",
            "paragraph": f.paragraph,
            "line": f.line,
            "article": label,
            "runs": runs(text, base, _spans_of(f)) if text and f.rule != "input-error" else [],
            "related": [{"article": _name_of(r.path, by_path), "paragraph": front.paragraph_at(by_path.get(r.path), r.start),
                         "line": r.line, "text": " ".join(r.text.split())} for r in f.related],
            "_sentence": (text, base, tuple(_spans_of(f))) if text and f.rule != "input-error" else None,
        })
    return [{"path": p, "article": _name_of(p, by_path), "name": _name(p), "entries": groups[p],
             "sentences": by_sentence(groups[p])} for p in order]


def _rules_used(report: Report) -> List[dict]:
    """Each rule that reported something, once: what it checks, the
    standard it enforces and what to do (the appendix of All findings)."""
    out = []
    for rule in sorted({f.rule for f in report.findings}):
        doc = rule_doc(rule)
        out.append({
            "rule": rule,
            "summary": doc.summary if doc else "",
            "standard": doc.standard if doc else "",
            "suggestion": doc.suggestion if doc else "",
        })
    return out
