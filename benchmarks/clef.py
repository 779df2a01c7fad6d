"""Check-worthiness ranking scored on CLEF 2019 CheckThat! Task 1 (English).

    python benchmarks/clef.py                  # Test split (the reported figures)
    python benchmarks/clef.py --split Training # the split the cue lists were tuned on
    python benchmarks/clef.py --errors 10      # + top-ranked false positives, missed positives

Reads ``../shared/benchmarks/clef2019-checkthat-t1/CT19-T1-<split>.csv`` (or
``$FACTCHECK_BENCHMARKS``): one row per sentence of a debate or speech,
label 1 when a fact-checking organisation chose to check it.  Following the
task, every debate (``file_name``) is ranked on its own and the measures are
averaged over debates: MAP (the official measure), R-precision and
precision at 1, 5, 10, 20 and 50.  Also prints precision/recall/F1 of the
binary decision "factcheck finds a claim in the sentence".

Ranking: the score from ``claims_common.Prediction`` (claim kinds weighted,
plus triggers); ties by sentence length, longer first, then transcript order.
Baselines in the same run: transcript order, length only, digit then length.
Labels are sparse (1.9% in Test) and record what fact-checkers picked, not
what lacks a source; the sentences are spoken debate, not written news.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from typing import Callable, Dict, List, Sequence, Tuple

from claims_common import Prediction, corpus_dir, kind_rows, prf, table

DIGIT = re.compile(r"\d")
KS = (1, 5, 10, 20, 50)

Row = Tuple[int, str, str, int]  # line number, speaker, text, label


def read(split: str) -> Dict[str, List[Row]]:
    """Debate file name -> its rows in transcript order."""
    path = corpus_dir("clef2019-checkthat-t1") / f"CT19-T1-{split}.csv"
    debates: Dict[str, List[Row]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            debates[r["file_name"]].append((int(r["line_number"]), r["speaker"], r["text"], int(r["label"])))
    for rows in debates.values():
        rows.sort()
    return dict(sorted(debates.items()))


def average_precision(ranked_labels: Sequence[int]) -> float:
    hits, total = 0, 0.0
    for i, lab in enumerate(ranked_labels, 1):
        if lab:
            hits += 1
            total += hits / i
    return total / hits if hits else 0.0


def measures(ranked_labels: Sequence[int]) -> List[float]:
    """AP, R-precision and P@k for one ranked debate."""
    r = sum(ranked_labels)
    out = [average_precision(ranked_labels), sum(ranked_labels[:r]) / r if r else 0.0]
    out.extend(sum(ranked_labels[:k]) / k for k in KS)
    return out


def rank(rows: Sequence[Row], key: Callable[[int], tuple]) -> List[int]:
    order = sorted(range(len(rows)), key=key)
    return [rows[i][3] for i in order]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("Test", "Training"), default="Test")
    ap.add_argument("--errors", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    debates = read(args.split)
    systems: Dict[str, List[List[float]]] = defaultdict(list)
    all_gold: List[bool] = []
    all_preds: List[Prediction] = []
    fps: List[Tuple[float, str]] = []
    fns: List[str] = []
    for name, rows in debates.items():
        preds = [Prediction(r[2]) for r in rows]
        all_gold.extend(bool(r[3]) for r in rows)
        all_preds.extend(preds)
        digit = [bool(DIGIT.search(r[2])) for r in rows]
        systems["factcheck (score, then length)"].append(
            measures(rank(rows, lambda i: (-preds[i].score, -preds[i].words, i))))
        systems["factcheck (score only)"].append(measures(rank(rows, lambda i: (-preds[i].score, i))))
        systems["baseline: transcript order"].append(measures(rank(rows, lambda i: (i,))))
        systems["baseline: length"].append(measures(rank(rows, lambda i: (-preds[i].words, i))))
        systems["baseline: digit, then length"].append(
            measures(rank(rows, lambda i: (-int(digit[i]), -preds[i].words, i))))
        if args.errors:
            fps.extend((-p.score, f"{name}: [{','.join(p.kinds)}] {r[2]}")
                       for r, p in zip(rows, preds) if p.positive and not r[3])
            fns.extend(f"{name}: {r[2]}" for r, p in zip(rows, preds) if r[3] and not p.positive)
    n_pos = sum(all_gold)
    print(f"\nCLEF 2019 CheckThat! Task 1, {args.split}: {len(debates)} debates, "
          f"{len(all_gold)} sentences, {n_pos} check-worthy\n")
    heads = ["system", "MAP", "R-Prec"] + [f"P@{k}" for k in KS]
    rows_out = []
    for sysname, per in systems.items():
        rows_out.append([sysname] + [sum(m[j] for m in per) / len(per) for j in range(len(per[0]))])
    print(table(heads, rows_out))
    main_runs = systems["factcheck (score, then length)"]
    print("\nper file, factcheck (score, then length)\n")
    print(table(["file", "sentences", "label 1", "AP", "R-Prec", "P@10"],
                [[name, len(rows), sum(r[3] for r in rows), m[0], m[1], m[3]]
                 for (name, rows), m in zip(debates.items(), main_runs)]))
    tp, fp, fn, p, r, f = prf(all_gold, [p.positive for p in all_preds])
    print("\nbinary decision (a claim found in the sentence) vs label 1\n")
    print(table(["n", "gold+", "predicted+", "tp", "fp", "fn", "P", "R", "F1"],
                [[len(all_gold), n_pos, tp + fp, tp, fp, fn, p, r, f]]))
    print("\nclaim kinds: fired = sentences with that kind, label 1 = of those, chosen by fact-checkers\n")
    print(table(["kind", "fired", "label 1", "precision"], kind_rows(all_gold, all_preds)))
    if args.errors:
        print("\nhighest-scored false positives:")
        for _, t in sorted(fps)[: args.errors]:
            print("  -", t[:200])
        print("\nmissed check-worthy sentences:")
        for t in fns[: args.errors]:
            print("  -", t[:200])
    return 0


if __name__ == "__main__":
    sys.exit(main())
