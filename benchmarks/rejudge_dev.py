"""Every finding at warning+ of the reporting rules, drawn for a blind re-judgement (issue 12).

    python benchmarks/rejudge_dev.py --list                     # the drawn dev keys, one a line
    python benchmarks/rejudge_dev.py --batches 6 --out /tmp/rj  # /tmp/rj/batch1.txt ... to hand to readers
    python benchmarks/rejudge_dev.py --compare                  # first verdicts against the re-judgement
    python benchmarks/rejudge_dev.py --compare --part test      # the same for the test part's re-judgement

The dev part's findings were judged over many rounds, and the rules were
written from those verdicts; fresh readers judging the test part (docs/judging.md,
"Every vague-attribution test warning") came out stricter than the dev
verdicts the rules were tuned to.  This draws every dev finding that
unsourced-claim, anonymous-source or vague-attribution reports at warning or
error on BBC News and PolNeAR (one per sentence and rule), in a fixed-seed
order so that each batch mixes rules and corpora, and prints each with the
context ``judged_sample.py --show`` prints and a row template, never an
earlier verdict.  The readers' rows go to ``benchmarks/judged/rejudge_dev.tsv``
(findings.tsv's columns); ``--compare`` lists agreement and each disagreement
with both readers' reasons.  ``--part test`` draws the held-out part the same
way, for measurement only: so that both parts are judged by one population of
readers, its re-judgement (``rejudge_test.tsv``) was made after the dev part's
rule changes of the day, and no rule was changed from it (docs/judging.md).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

import judged_sample as J
import precision as P

SEED = 20261606
RULES = ("unsourced-claim", "anonymous-source", "vague-attribution")
REJUDGED = {"dev": P.JUDGED / "rejudge_dev.tsv", "test": P.JUDGED / "rejudge_test.tsv"}


def draw(findings, seed: int = SEED, part: str = "dev"):
    """Findings of RULES at warning+ in ``part``, one per key, in a fixed-seed shuffled order."""
    by_key = {}
    for f in sorted(findings, key=J.Finding_key):
        if f.part == part and f.rule in RULES and f.severity in ("warning", "error"):
            by_key.setdefault(f.key(), f)
    pool = [by_key[k] for k in sorted(by_key)]
    random.Random(seed).shuffle(pool)
    return pool


def compare(part: str = "dev") -> int:
    """Agreement of the first verdicts (findings.tsv) with the re-judgement of ``part``, per rule."""
    first = {(r["corpus"], r["file"], int(r["sentence_start"]), r["rule"]): r
             for r in P.read_tsv(P.JUDGED / "findings.tsv", P.FIELDS)}  # the first reading alone
    second = {(r["corpus"], r["file"], int(r["sentence_start"]), r["rule"]): r
              for r in P.read_tsv(REJUDGED[part], P.FIELDS)}
    for rule in RULES:
        pairs = Counter()
        for key, r in second.items():
            if key[3] != rule:
                continue
            old = first.get(key)
            pairs[((old or {}).get("verdict", "-"), r["verdict"])] += 1
        if not pairs:
            continue
        n = sum(pairs.values())
        agree = sum(c for (a, b), c in pairs.items() if a == b)
        p1 = P.ratio(sum(c for (a, _), c in pairs.items() if a == "TRUE"),
                     sum(c for (a, _), c in pairs.items() if a in ("TRUE", "FALSE")))
        p2 = P.ratio(sum(c for (_, b), c in pairs.items() if b == "TRUE"),
                     sum(c for (_, b), c in pairs.items() if b in ("TRUE", "FALSE")))
        print(f"{rule}: {n} re-judged, agree {agree}/{n}; P(w+) first reader {p1}, re-judgement {p2}")
        for (a, b), c in sorted(pairs.items()):
            print(f"    first {a:9} re-judged {b:9} {c:4}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--batches", type=int, help="write the drawn findings in this many batch files")
    ap.add_argument("--out", default=".", help="with --batches: the folder for batch1.txt ...")
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--part", choices=("dev", "test"), default="dev",
                    help="test: the held-out part, drawn for measurement only (its rows go to rejudge_test.tsv)")
    args = ap.parse_args(argv)
    if args.compare:
        return compare(args.part)
    findings = []
    for corpus in P.CORPORA:
        findings += P.load_findings(corpus)[0]
    picked = draw(findings, args.seed, args.part)
    if args.list:
        for f in picked:
            print("\t".join((f.corpus, f.file, f.part, str(f.s_start), f.rule, f.severity)))
    if args.batches:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for b in range(args.batches):
            part = picked[b::args.batches]
            text = "".join(J.show(f, i) + J.template(f) + "\n\n" for i, f in enumerate(part))
            (out / f"batch{b + 1}.txt").write_text(text, encoding="utf-8")
    print(f"{len(picked)} findings: " + ", ".join(f"{r} {sum(1 for f in picked if f.rule == r)}" for r in RULES),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
