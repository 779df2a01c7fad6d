"""Claims and unsourced-claim findings on the BBC news corpus, for hand checks.

    python benchmarks/bbc_claims.py                    # counts + 40 unsourced findings (seed 20261125)
    python benchmarks/bbc_claims.py --claims --seed 2026

Reads ``../shared/benchmarks/bbc-news/bbc`` (or ``$FACTCHECK_BENCHMARKS``),
extracts every article and prints: articles, body sentences, claims,
unsourced-claim findings, findings per claim kind, and a fixed-seed random
sample (of unsourced-claim findings, or with ``--claims`` of claims, one per
article) with the previous sentence, for judging by hand.  There are no gold
labels: this is the news-domain sanity check of docs/accuracy/claims.md.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter

from claims_common import corpus_dir

from factcheck.extract import extract
from factcheck.model import Article
from factcheck.rules import unsourced_claim
from factcheck.settings import Settings


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--claims", action="store_true", help="sample claims (one per article) instead of findings")
    args = ap.parse_args(argv)
    base = corpus_dir("bbc-news") / "bbc"
    files = sorted(p for p in base.glob("*/*.txt"))
    settings = Settings()
    rng = random.Random(args.seed)
    findings, claims, kinds = [], [], Counter()
    body = 0
    for path in files:
        text = path.read_bytes().decode("utf-8", "replace")
        a = extract(Article(path=str(path), content=text), settings)
        body += sum(1 for s in a.sentences if s.kind == "body")
        if a.claims:
            claims.append((path, a, rng.choice(a.claims).sentence))
        for f in unsourced_claim.check(a, settings):
            findings.append((path, a, a.sentence_at(f.start).index, f.message))
            for k in f.data["kinds"]:
                kinds[k] += 1
    n_claims = sum(len(a.claims) for _, a, _ in claims)
    print(f"articles {len(files)}, body sentences {body}, claims {n_claims}, "
          f"articles with a claim {len(claims)}, unsourced-claim findings {len(findings)}")
    print("findings by kind:", dict(sorted(kinds.items())))
    pool = claims if args.claims else findings
    for item in rng.sample(pool, min(args.n, len(pool))):
        path, a, idx = item[0], item[1], item[2]
        prev = a.sentence_text(idx - 1)[-120:] if idx else ""
        print(f"\n{path.parent.name}/{path.name} | before: {' '.join(prev.split())}")
        print("   >>", " ".join(a.sentence_text(idx).split())[:240])
        if len(item) > 3:
            print("   ", item[3][:140])
    return 0


if __name__ == "__main__":
    sys.exit(main())
