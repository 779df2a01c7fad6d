"""The handout's figures section, quantity-model part: figures in
different words that the model (``factcheck.quantities``) takes for one
quantity and that agree; the heading says why."""

from __future__ import annotations

from typing import List, Mapping

from factcheck.model import Analysis

from . import handout_text


def model_groups(story, by_path: Mapping[str, Analysis]) -> List[dict]:
    """Quantities the quantity model (``factcheck.quantities``) takes for one
    though their words differ, where the values agree ("stopped 2.38 million
    times" / "encounters surpassed 2 million"); the heading says why.  The
    conflicts among them are findings and shown with the findings."""
    from factcheck.quantities import cross
    from factcheck.rules.conflicting_figure import comparable_key

    analyses = [by_path[p] for p in story.paths if p in by_path]
    if len(analyses) < 2:
        return []
    out = []
    for qa, qb, rel, conflict in cross.related(analyses, comparable_key):
        if conflict or qa.kind not in ("count", "money", "percent"):
            continue
        items = [model_item(analyses[q.article], q) for q in (qa, qb)]
        what = " / ".join(dict.fromkeys(n for n in (qa.noun, qb.noun) if n)) or qa.kind
        out.append(handout_text.figure_group(story.label, what, qa.kind, items,
                                 f"agrees within bounds (one quantity: {rel.why})"))
    return out


def model_item(a: Analysis, q) -> dict:
    s = a.sentences[q.sentence] if 0 <= q.sentence < len(a.sentences) else None
    return {
        "outlet": a.article.label,
        "path": a.article.path,
        "text": q.text,
        "low": q.low,
        "high": q.high,
        "interval": handout_text.interval(q.low, q.high, q.kind, q.currency or None),
        "start": q.start,
        "runs": handout_text.runs(a.article.content[s.start:s.end], s.start, [(q.start, q.end)]) if s else [],
    }
