"""Draw dev anonymous-source findings at warning+ for a blind re-judgement (issue 12, tenth pass).

    python benchmarks/anonymous_rejudge.py --list             # the drawn keys, one a line
    python benchmarks/anonymous_rejudge.py --show > /tmp/x.txt   # each with its context and a row template

The draw sees today's findings and the judged keys only, never a verdict:
every dev anonymous-source finding at warning or error, one per sentence,
sorted by key, and (when there are more than ``N``) a sample of ``N`` drawn
with ``random.Random(SEED)``.  The context is what ``judged_sample.py``
prints (headline, paragraph before, sentence, paragraph after, message); the
old verdict is not shown, so the re-judgement is blind to it.  The rows are
appended to findings.tsv, where a later row for the same key replaces the
earlier one (``precision.judgements``).  The test part is never drawn.
"""

from __future__ import annotations

import argparse
import random
import sys

import judged_sample as J
import precision as P

SEED = 20261310
N = 80


def draw(findings, n: int = N, seed: int = SEED):
    """Dev anonymous-source findings at warning+, one per sentence, fixed-seed sample of n."""
    by_key = {}
    for f in sorted(findings, key=J.Finding_key):
        if f.part == "dev" and f.rule == "anonymous-source" and f.severity in ("warning", "error"):
            by_key.setdefault(f.key(), f)
    pool = [by_key[k] for k in sorted(by_key)]
    if len(pool) <= n:
        return pool
    return sorted(random.Random(seed).sample(pool, n), key=J.Finding_key)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--n", type=int, default=N)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    findings = []
    for corpus in P.CORPORA:
        findings += P.load_findings(corpus)[0]
    picked = draw(findings, args.n, args.seed)
    for i, f in enumerate(picked):
        if args.list:
            print("\t".join((f.corpus, f.file, f.part, str(f.s_start), f.rule, f.severity)))
        if args.show:
            print(J.show(f, i) + J.template(f) + "\n")
    print(f"{len(picked)} findings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
