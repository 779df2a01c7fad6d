"""The handout's figures section, quantity-model part: figures in
different words that the conflicting-figure rule's quantity model takes for
one quantity and that agree (``Report.agreements``, recorded by the rule);
the heading says why.  Nothing is compared here."""

from __future__ import annotations

from typing import List, Mapping, Sequence

from factcheck.model import AgreeingFigure, Agreement, Analysis, Story

from . import handout_text

SHOWN = ("count", "money", "percent")
"""The kinds of quantity listed (durations, dates and ratio words are not)."""


def model_groups(story: Story, agreements: Sequence[Agreement], by_path: Mapping[str, Analysis]) -> List[dict]:
    """The story's agreeing quantities, one table each ("stopped 2.38
    million times" / "encounters surpassed 2 million").  The conflicts
    among such figures are findings and shown with the findings."""
    out = []
    for g in agreements:
        if g.story != story.key or g.kind not in SHOWN or any(f.path not in by_path for f in g.figures):
            continue
        items = [model_item(by_path[f.path], f, g) for f in g.figures]
        what = " / ".join(dict.fromkeys(f.noun for f in g.figures if f.noun)) or g.kind
        out.append(handout_text.figure_group(story.label, what, g.kind, items,
                                             f"agrees within bounds (one quantity: {g.why})"))
    return out


def model_item(a: Analysis, f: AgreeingFigure, g: Agreement) -> dict:
    s = a.sentences[f.sentence] if 0 <= f.sentence < len(a.sentences) else None
    return {
        "outlet": a.article.label,
        "path": a.article.path,
        "text": f.text,
        "low": f.low,
        "high": f.high,
        "interval": handout_text.quantity_interval(f.low, f.high, g.kind, g.currency or None),
        "start": f.start,
        "runs": handout_text.runs(a.article.content[s.start:s.end], s.start, [(f.start, f.end)]) if s else [],
    }
