"""Story grouping alone: how its work grows with the archive.

    python benchmarks/grouping.py                 # BBC corpus, quarter/half/full/x3, median of 5
    python benchmarks/grouping.py CORPUS --runs 3 --grow 5

Extracts every article once (2 workers) and computes its story signature,
then times ``stories.group_signatures`` in this process on a quarter (every
4th file), half (every 2nd), the whole corpus and ``--grow`` copies of it
(each copy's signatures under other paths: every article gets identical
twins, the worst case for grouping).  Prints articles, all pairs (what
comparing every pair would score), the candidate pairs the inverted index
proposed (and per article), pairs scored, pairs joined, and the median time
(and per article).  Candidate pairs per article must stay flat.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "benchmarks", "bbc-news", "bbc")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--grow", type=int, default=3, metavar="K")
    args = ap.parse_args(argv)
    if not os.path.isdir(args.corpus):
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    from factcheck import parallel, stories
    from factcheck.load import discover
    from factcheck.settings import Settings

    files, _skipped = discover([args.corpus])
    _analyses, sigs, _errors = parallel.load_and_extract(files, Settings(), 2)
    sets = {"quarter": sigs[::4], "half": sigs[::2], "full": sigs}
    if args.grow > 1:
        sets[f"x{args.grow}"] = [replace(s, path=f"copy{k}/{s.path}") for k in range(args.grow) for s in sigs]
    threshold = stories.DEFAULT_THRESHOLD
    print(f"{'corpus':8} {'articles':>8} {'all pairs':>12} {'candidates':>11} {'per art.':>8} "
          f"{'scored':>7} {'joined':>7} {'ms':>8} {'us/art.':>8}")
    for name, group in sets.items():
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            stories.group_signatures(group, threshold)
            times.append(time.perf_counter() - t)
        n = len(group)
        st = stories.STATS
        t = statistics.median(times)
        print(f"{name:8} {n:8d} {n * (n - 1) // 2:12,d} {st.candidates:11,d} {st.candidates / n:8.1f} "
              f"{st.scored:7,d} {st.joined:7,d} {t * 1000:8.0f} {t / n * 1e6:8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
