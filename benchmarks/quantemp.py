"""Statistic detection recall on QuanTemp's numerical claims (Venktesh et al., SIGIR 2024).

    python benchmarks/quantemp.py                 # both files, tables
    python benchmarks/quantemp.py --errors 10     # + 10 missed claims per category

Reads ``../shared/benchmarks/quantemp/`` (or ``$FACTCHECK_BENCHMARKS``):

- ``complex_num_facts_categorized_subset.csv`` (309 claims, separator ``@``,
  typed statistical / comparison / interval / temporal);
- ``test_claims.jsonl`` (the 2,495 QuanTemp test claims, untyped).

Every QuanTemp claim is a real fact-checked claim built around a quantity or
a date, so the figure extractor should find something in each.  A claim is
*detected* when ``factcheck.extract.extract`` finds at least one Figure in it.
Bare years ("in 2020") are qualifiers by design, not figures, so a second
column also counts a claim whose only number is a year; a third asks for a
figure that says what it counts (``counts`` set: the figure can be compared
with another).  A "has a digit or number word" baseline is printed for scale
(it is the recall a bare regex would get, with no notion of what is counted).

There are no negatives in QuanTemp: precision cannot be measured here (see
the figure table in tests/test_figures.py and the BBC false-alarm review in
docs/accuracy/figures.md).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

from claims_common import corpus_dir  # benchmarks/ is on sys.path when run as a script

from factcheck.extract import extract
from factcheck.model import Article

ROOT = Path(__file__).resolve().parents[1]
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter)\b", re.I)


def clean(claim: str) -> str:
    """The claim without the quotation marks some rows keep."""
    c = claim.strip()
    if len(c) > 1 and c[0] in "\"“" and c[-1] in "\"”":
        c = c[1:-1].strip()
    return c


def score(claim: str) -> Tuple[bool, bool, bool, bool, Tuple[str, ...]]:
    """(figure found, figure or year, figure with counts, baseline, units)."""
    text = clean(claim)
    figs = extract(Article(path="claim.txt", content=text + "\n")).figures
    found = bool(figs)
    year = found or bool(YEAR.search(text))
    counted = any(f.counts for f in figs)
    return found, year, counted, bool(NUMBERISH.search(text)), tuple(sorted({f.unit for f in figs}))


def read_typed(base: Path) -> List[Tuple[str, str]]:
    rows = []
    lines = (base / "complex_num_facts_categorized_subset.csv").read_text("utf-8").splitlines()
    for line in lines[1:]:
        if "@" not in line:
            continue
        claim, _, label = line.rpartition("@")
        rows.append((claim, label.strip() or "unlabelled"))
    return rows


def read_test(base: Path) -> List[Tuple[str, str]]:
    rows = []
    for line in (base / "test_claims.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            rows.append((json.loads(line)["claim"], "all"))
    return rows


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    def cell(v):
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N missed claims per category")
    args = ap.parse_args(argv)
    base = corpus_dir("quantemp")
    rows = []
    misses: Dict[str, List[str]] = defaultdict(list)
    units: Counter = Counter()
    for fname, data in (("categorized subset", read_typed(base)), ("test claims", read_test(base))):
        by: Dict[str, List[Tuple[bool, bool, bool, bool]]] = defaultdict(list)
        for claim, label in data:
            found, year, counted, base_hit, us = score(claim)
            by[label].append((found, year, counted, base_hit))
            by["(all)"].append((found, year, counted, base_hit))
            if fname == "test claims":
                units.update(us)
            if not found:
                misses[f"{fname} / {label}"].append(clean(claim))
        for label in sorted(by, key=lambda k: (k == "(all)", k)):
            if fname == "test claims" and label != "(all)":
                continue
            v = by[label]
            n = len(v)
            rows.append([fname, label, n] + [sum(x[i] for x in v) / n for i in range(4)])
    print("QuanTemp: recall of figure detection (no negatives: precision is not measurable here)\n")
    print(table(["file", "category", "claims", "figure found", "figure or year", "figure with counts",
                 "baseline: digit/number word"], rows))
    print("\nUnits of the figures found in the test claims: "
          + ", ".join(f"{u} {c}" for u, c in sorted(units.items())))
    if args.errors:
        for key in sorted(misses):
            print(f"\nmissed ({key}), {len(misses[key])} in all:")
            for c in misses[key][:args.errors]:
                print("  -", c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
