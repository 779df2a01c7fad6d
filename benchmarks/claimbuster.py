"""Check-worthy claim detection scored on ClaimBuster (Arslan et al., ICWSM 2020).

    python benchmarks/claimbuster.py                     # both files
    python benchmarks/claimbuster.py --errors 15         # + examples of errors

Reads ``../shared/benchmarks/claimbuster/`` (or ``$FACTCHECK_BENCHMARKS``):
``data_small.json`` (8,231 sentences, used to develop the cue lists) and
``disjoint_2000.json`` (2,000 sentences sharing no id with it: the held-out
test set SOURCE.md suggests).  Labels: 1 = CFS (check-worthy factual),
0 = UFS (unimportant factual), -1 = NFS (non-factual).

Prints, per file, precision/recall/F1 of "factcheck finds a claim in the
sentence" against CFS (positive) vs UFS+NFS, and against factual (CFS+UFS)
vs NFS; a digit-only baseline (the sentence holds a digit) for scale; and
per claim kind how often it fired and on how many CFS sentences.

The sentences are from US presidential debates: spoken, first-person, with
no bylines or attribution cues, unlike the news factcheck is built for.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from claims_common import Prediction, corpus_dir, errors, kind_rows, prf, table

FILES = (("data_small.json", "dev (data_small)"), ("disjoint_2000.json", "test (disjoint_2000)"))
DIGIT = re.compile(r"\d")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N false positives/negatives per file")
    ap.add_argument("--file", choices=[f for f, _ in FILES], help="score one file only")
    args = ap.parse_args(argv)
    base = corpus_dir("claimbuster")
    rows, kinds = [], {}
    for name, label in FILES:
        if args.file and name != args.file:
            continue
        data = json.loads((base / name).read_text("utf-8"))
        texts = [r["text"] for r in data]
        labels = [int(r["label"]) for r in data]
        preds = [Prediction(t) for t in texts]
        found = [p.positive for p in preds]
        cfs = [lab == 1 for lab in labels]
        factual = [lab >= 0 for lab in labels]
        digit = [bool(DIGIT.search(t)) for t in texts]
        for task, gold in (("CFS vs UFS+NFS", cfs), ("CFS+UFS vs NFS", factual)):
            tp, fp, fn, p, r, f = prf(gold, found)
            rows.append([label, task, "factcheck claims", len(texts), sum(gold), tp, fp, fn, p, r, f])
            tp, fp, fn, p, r, f = prf(gold, digit)
            rows.append([label, task, "baseline: has a digit", len(texts), sum(gold), tp, fp, fn, p, r, f])
        kinds[label] = kind_rows(cfs, preds)
        if args.errors:
            for what, items in errors(texts, cfs, preds, args.errors).items():
                print(f"\n{label}: {what}")
                for t in items:
                    print("  -", t[:200])
    print("\nClaimBuster: sentence-level check-worthiness (positive = CFS unless stated)\n")
    print(table(["file", "task", "system", "n", "gold+", "tp", "fp", "fn", "P", "R", "F1"], rows))
    for label, krows in kinds.items():
        print(f"\nclaim kinds on {label}: fired = sentences with that kind, CFS = of those, labelled CFS\n")
        print(table(["kind", "fired", "CFS", "precision"], krows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
