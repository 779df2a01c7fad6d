"""Round 5 of the judged sample (docs/judging.md): more *test* findings at warning and above.

    python benchmarks/judged_round5.py > round5.txt     # the draw with context and a row template each
    python benchmarks/judged_round5.py --part dev --rule anonymous-source --n 30 --seed 20261208
                                                        # the dev samples of 2026-12-04 (seeds 20261208-15,
                                                        # 20261223-27; test rounds 6 and 7: 20261220-22, 20261230-32)

The test part held only 12 judged unsourced-claim warnings, too few to measure
a precision target.  This round was drawn from the findings of commit 5906fb0
(precision.py code key ed771b04a0a41c0ea7e6)
*before* any rule change of issue 12's precision work, and judged by
../shared/JUDGING.md before the rules were run against it again: per rule,
the test findings at warning or error that no judgement covered then, sorted
by key, shuffled with ``random.Random(20261207)``, at most one per article.
Once the rows are in findings.tsv a rerun draws other findings (judged ones
are left out), so the draw is reproducible only at that commit.
"""

from __future__ import annotations

import argparse
import random
import sys

import judged_sample as J
import precision as P

SEED = 20261207
PLAN5 = {"unsourced-claim": 24, "anonymous-source": 16}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("dev", "test"), default="test")
    ap.add_argument("--rule", help="one rule (default: round 5's plan)")
    ap.add_argument("--n", type=int, default=30, help="with --rule: how many findings")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--corpus", choices=tuple(P.CORPORA), help="one corpus only (default: both)")
    args = ap.parse_args(argv)
    plan = {args.rule: args.n} if args.rule else PLAN5
    table = P.judgements()
    findings = []
    for corpus in P.CORPORA:
        if args.corpus and corpus != args.corpus:
            continue
        findings += P.load_findings(corpus)[0]
    rng = random.Random(args.seed)
    i = 0
    for rule, n in plan.items():
        pool = sorted((f for f in findings if f.part == args.part and f.rule == rule
                       and f.severity in ("warning", "error") and P.lookup(f, table)[0] is None),
                      key=J.Finding_key)
        rng.shuffle(pool)
        seen, picked = set(), []
        for f in pool:
            if (f.corpus, f.file) in seen:
                continue
            seen.add((f.corpus, f.file))
            picked.append(f)
            if len(picked) >= n:
                break
        for f in picked:
            print(J.show(f, i) + J.template(f) + "\n")
            i += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
