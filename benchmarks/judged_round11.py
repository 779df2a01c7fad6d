"""Test round 11's blind consistency check (docs/judging.md, "Test round 11").

    python benchmarks/judged_round11.py --show      # 25 judged test anonymous-source findings, no verdict
    python benchmarks/judged_round11.py --compare   # agreement of consistency_round11.tsv with findings.tsv

The draw sees only which keys earlier rounds judged (findings.tsv rows whose
reason does not start "test round 11"), never a verdict: today's test
anonymous-source findings at warning or error with a row of their own, sorted
by key, shuffled with ``random.Random(SEED)``, at most one per article.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from typing import Dict, Iterable, List, Tuple

import judged_sample as J
import precision as P
import second_reader as S

SEED = 20261313
N = 25
RULE = "anonymous-source"
ROUND_TAG = "test round 11"
OUT = P.JUDGED / "consistency_round11.tsv"


def earlier_keys(rows: Iterable[dict]) -> set:
    """Keys judged before this round: every row but round 11's own."""
    return {(r["corpus"], r["file"], int(r["sentence_start"]), r["rule"])
            for r in rows if not r["reason"].startswith(ROUND_TAG)}


def draw(findings: Iterable, judged_keys, n: int = N, seed: int = SEED) -> list:
    pool = sorted({S.key(f): f for f in findings
                   if f.part == "test" and f.rule == RULE and f.severity in ("warning", "error")
                   and S.key(f) in judged_keys}.values(), key=S.key)
    random.Random(seed).shuffle(pool)
    seen, picked = set(), []
    for f in pool:
        if (f.corpus, f.file) in seen:
            continue
        seen.add((f.corpus, f.file))
        picked.append(f)
        if len(picked) >= n:
            break
    return picked


def compare(new: List[dict], old: Dict[Tuple[str, str, int, str], dict]):
    """Pairs (earlier verdict, new verdict) for the rows of ``new`` that ``old`` judges."""
    pairs = []
    for r in new:
        k = (r["corpus"], r["file"], int(r["sentence_start"]), r["rule"])
        if k in old:
            pairs.append((old[k]["verdict"], r["verdict"]))
    return pairs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--compare", action="store_true")
    args = ap.parse_args(argv)
    if args.show:
        keys = earlier_keys(P.read_tsv(P.JUDGED / "findings.tsv", P.FIELDS))
        findings = []
        for corpus in P.CORPORA:
            findings += P.load_findings(corpus)[0]
        for i, f in enumerate(draw(findings, keys)):
            print(J.show(f, i) + J.template(f) + "\n")
    if args.compare:
        pairs = compare(P.read_tsv(OUT, P.FIELDS), P.judgements())
        agree = sum(a == b for a, b in pairs)
        two = [(a == "TRUE", b == "TRUE") for a, b in pairs]
        print(f"{len(pairs)} findings; agree {agree}/{len(pairs)}, kappa {S.kappa(pairs):.2f}; "
              f"TRUE vs not {sum(a == b for a, b in two)}/{len(two)}, kappa {S.kappa(two):.2f}")
        print("earlier -> now:", dict(sorted(Counter(pairs).items())))
        for v in ("TRUE", "FALSE", "DEBATABLE"):
            print(f"  {v}: earlier {sum(a == v for a, _ in pairs)}, now {sum(b == v for _, b in pairs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
