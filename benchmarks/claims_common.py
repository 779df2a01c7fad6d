"""Shared by claimbuster.py and clef.py: run factcheck's claim detection on
one sentence, score it, and print tables.

A sentence is turned into a one-sentence Article and run through the public
``factcheck.extract.extract``; it is predicted check-worthy when extraction
finds at least one Claim in it (attribution is ignored: in a debate the
speaker is always the source).  For ranking, ``score`` weighs the claim
kinds and adds the number of triggers; ties are broken by sentence length
(longer first), then by the order of the transcript.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, List, Sequence, Tuple

from factcheck.extract import extract
from factcheck.model import Article

ROOT = Path(__file__).resolve().parents[1]

# How much each kind says "a fact-checker would want this": statistics and
# records are the classic checkable claims; causes and predictions less so.
WEIGHTS = {
    "statistic": 3.0, "record": 2.5, "superlative": 2.0, "comparison": 2.0,
    "trend": 2.0, "causal": 1.5, "prediction": 1.5,
}


def corpus_dir(name: str) -> Path:
    """``../shared/benchmarks/<name>`` (or ``$FACTCHECK_BENCHMARKS/<name>``);
    exits with a message when it is absent."""
    base = os.environ.get("FACTCHECK_BENCHMARKS")
    root = Path(base) if base else ROOT.parent / "shared" / "benchmarks"
    path = root / name
    if not path.is_dir():
        sys.exit(f"benchmark data not found: {path} (set FACTCHECK_BENCHMARKS to the folder holding {name}/)")
    return path


class Prediction:
    """What factcheck says about one sentence."""

    __slots__ = ("kinds", "triggers", "score", "words")

    def __init__(self, text: str) -> None:
        analysis = extract(Article(path="sentence.txt", content=text))
        kinds: List[str] = []
        triggers = 0
        for claim in analysis.claims:
            triggers += len(claim.triggers)
            for k in claim.kinds:
                if k not in kinds:
                    kinds.append(k)
        self.kinds = tuple(kinds)
        self.triggers = triggers
        self.words = len(text.split())
        self.score = sum(WEIGHTS.get(k, 1.0) for k in kinds) + 0.5 * triggers

    @property
    def positive(self) -> bool:
        return bool(self.kinds)


def prf(gold: Sequence[bool], pred: Sequence[bool]) -> Tuple[int, int, int, float, float, float]:
    """(tp, fp, fn, precision, recall, F1)."""
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if p and not g)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return tp, fp, fn, p, r, f


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table; floats printed with three decimals."""
    def cell(v: object) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)
    rows = [[cell(v) for v in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    out = [line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def kind_rows(gold: Sequence[bool], preds: Sequence[Prediction]) -> List[List[object]]:
    """Per claim kind: sentences it fired on, how many were positive, and
    that precision."""
    fired: Counter = Counter()
    hits: Counter = Counter()
    for g, p in zip(gold, preds):
        for k in p.kinds:
            fired[k] += 1
            hits[k] += int(g)
    order = ["statistic", "record", "superlative", "trend", "comparison", "causal", "prediction"]
    return [[k, fired[k], hits[k], hits[k] / fired[k] if fired[k] else 0.0] for k in order]


def errors(texts: Sequence[str], gold: Sequence[bool], preds: Sequence[Prediction], n: int) -> Dict[str, List[str]]:
    """Up to ``n`` false positives (with their kinds) and false negatives."""
    fps = [f"[{','.join(p.kinds)}] {t}" for t, g, p in zip(texts, gold, preds) if p.positive and not g]
    fns = [t for t, g, p in zip(texts, gold, preds) if g and not p.positive]
    return {"false positives": fps[:n], "false negatives": fns[:n]}
