"""Story grouping on a day's wire: one folder per day of Reuters-21578 copy.

    python benchmarks/wire_days.py --part dev            # the joins and their labels
    python benchmarks/wire_days.py --part test --show    # the joined pairs, for labelling

A CI run over a day's drafts hands factcheck one folder of many unrelated
stories; the cross-article rules may compare only articles of one story, so
every join of two different stories is a chance of a false conflicting-figure
or quote-variant finding.  For each day of ``DAYS`` this builds the folder of
that day's stories of one part (``precision.part_of``: dev or test), runs
``factcheck.check.run`` on it (the code of this checkout: run the script from
a worktree to measure another commit) and prints, per day: articles, stories,
the pairs of articles grouped together, how many of them
``benchmarks/judged/wire_day_pairs.tsv`` labels ``same`` (one story) or
``different``, and the conflicting-figure and quote-variant findings by
severity.  Totals last: join precision = same / (same + different).

A pair's label is a reader's judgement of the two stories (JUDGING.md's
question for grouping: would an editor compare their figures?), made by
reading both articles; ``--show`` prints every joined pair without a label
with both headlines and first sentences, and a TSV row to fill in.  The test
part's pairs were labelled blind (the labeller saw the pairs, never the code
or which commit joined them); the dev part's by the engineer who changed the
grouping (not held out).

Needs the fetched corpus (``python benchmarks/fetch_reuters.py``).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from precision import corpus_root, part_of  # noqa: E402

DAYS = ("1987-03-02", "1987-03-04", "1987-03-09", "1987-03-16", "1987-03-25", "1987-04-07", "1987-04-13",
        "1987-06-01",
        # a second round of eight days, added with their labels after the first round's changes
        "1987-03-05", "1987-03-11", "1987-03-18", "1987-03-26", "1987-03-31", "1987-04-09", "1987-06-02",
        "1987-10-19")
LABELS = ROOT / "benchmarks" / "judged" / "wire_day_pairs.tsv"
FIELDS = ("day", "part", "file_a", "file_b", "label", "note")


def day_files(day: str, part: str) -> List[Path]:
    """The stories of ``day`` in ``part``, in file order."""
    root = corpus_root("reuters")
    out = []
    for p in sorted((root / "articles").glob("*.md")):
        with p.open(encoding="utf-8") as fh:
            head = fh.read(300)
        if f"\ndate: {day}\n" in head and part_of("reuters", f"articles/{p.name}") == part:
            out.append(p)
    return out


def read_labels() -> Dict[Tuple[str, str], dict]:
    if not LABELS.exists():
        return {}
    with LABELS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return {tuple(sorted((r["file_a"], r["file_b"]))): r for r in rows}


def run_day(files: List[Path]):
    from factcheck.api import load_settings
    from factcheck.check import run

    paths = [str(p) for p in files]
    report = run(paths, load_settings(paths, isolated=True))
    pairs = []
    for story in report.stories:
        names = sorted(os.path.basename(p) for p in story.paths)
        pairs.extend(combinations(names, 2))
    found = Counter((f.rule, f.severity) for f in report.findings
                    if f.rule in ("conflicting-figure", "quote-variant"))
    return report, pairs, found


def _head(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    title = next((ln.split(":", 1)[1].strip().strip('"') for ln in text.splitlines() if ln.startswith("title:")), "")
    body = text.split("---", 2)[-1].strip()
    return f"{title} | {body.split('. ')[0][:220]}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("dev", "test"), default="dev")
    ap.add_argument("--show", action="store_true", help="print the unlabelled joined pairs for labelling")
    args = ap.parse_args(argv)
    corpus_root("reuters")  # exits with a message when the corpus is not fetched
    labels = read_labels()
    totals: Counter = Counter()
    found_all: Counter = Counter()
    for day in DAYS:
        files = day_files(day, args.part)
        if not files:
            continue
        report, pairs, found = run_day(files)
        by_name = {p.name: p for p in files}
        verdicts = Counter(labels.get(pair, {}).get("label", "unlabelled") for pair in pairs)
        totals.update(verdicts)
        totals["articles"] += len(files)
        found_all.update(found)
        print(f"{day} {args.part}: {len(files)} articles, {len(report.stories)} stories, {len(pairs)} joined pairs "
              f"(same {verdicts['same']}, different {verdicts['different']}, unlabelled {verdicts['unlabelled']}); "
              f"conflicting-figure {found[('conflicting-figure', 'error')]} errors "
              f"{found[('conflicting-figure', 'info')]} infos, quote-variant "
              f"{sum(n for (r, _s), n in found.items() if r == 'quote-variant')}")
        if args.show:
            for a, b in pairs:
                if (a, b) not in labels:
                    print(f"   PAIR {a}: {_head(by_name[a])}\n        {b}: {_head(by_name[b])}")
                    print(f"   ROW\t{day}\t{args.part}\t{a}\t{b}\t?\t")
    same, diff = totals["same"], totals["different"]
    prec = f"{same / (same + diff):.2f}" if same + diff else "-"
    print(f"all {args.part}: {totals['articles']} articles; joined pairs same {same}, different {diff}, "
          f"unlabelled {totals['unlabelled']}; join precision {prec}; conflicting-figure "
          f"{found_all[('conflicting-figure', 'error')]} errors {found_all[('conflicting-figure', 'info')]} infos")
    return 0


if __name__ == "__main__":
    sys.exit(main())
