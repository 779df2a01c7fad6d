"""Draw the fixed-seed sample of findings to judge, and print each with its context.

    python benchmarks/judged_sample.py --list            # the sample's keys, one a line (TSV)
    python benchmarks/judged_sample.py --show 0:25       # findings 0-24 with context, for judging
    python benchmarks/judged_sample.py --show 0:25 --todo   # only those not yet in findings.tsv

The sample (docs/judging.md) is stratified: per corpus and rule, the same
number of findings from each stratum (BBC: topic folder; PolNeAR: publisher,
the file name's first part), anonymous-source errors drawn apart from its
warnings so that severity can be judged, every conflicting-figure and
quote-variant finding, and at most one finding per (article, rule).  Strata
and findings are visited in a sorted order and drawn with ``random.Random(SEED)``,
so the same code gives the same sample.  The context printed (title, the
paragraph before, the sentence with the flagged words in [[ ]], the paragraph
after) is for the judge's screen only: none of it goes into the repository.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict

import precision as P

SEED = 20261203
# (corpus, rule, severity or None) -> findings to draw per stratum (None = all)
PLAN = {
    ("bbc", "unsourced-claim", None): 36,
    ("bbc", "anonymous-source", "error"): 6,
    ("bbc", "anonymous-source", "warning"): 14,
    ("bbc", "conflicting-figure", None): None,
    ("bbc", "quote-variant", None): None,
    ("polnear", "unsourced-claim", None): 8,
    ("polnear", "anonymous-source", "error"): 2,
    ("polnear", "anonymous-source", "warning"): 4,
    ("polnear", "conflicting-figure", None): None,
    ("polnear", "quote-variant", None): None,
}


def stratum(f: P.Finding) -> str:
    first = f.file.split("/")[-1] if f.corpus == "polnear" else f.file
    return first.split("/")[0].split("_")[0]


def draw(findings):
    rng = random.Random(SEED)
    chosen = []
    for (corpus, rule, sev), n in PLAN.items():
        pool = [f for f in findings if f.corpus == corpus and f.rule == rule and (sev is None or f.severity == sev)]
        groups = defaultdict(list)
        for f in sorted(pool, key=lambda f: (f.file, f.s_start)):
            groups[stratum(f)].append(f)
        for name in sorted(groups):
            seen, picked = set(), []
            items = groups[name][:]
            rng.shuffle(items)
            for f in items:
                if f.file in seen:
                    continue
                seen.add(f.file)
                picked.append(f)
                if n is not None and len(picked) >= n:
                    break
            chosen += picked
    return chosen


def paragraphs(text: str):
    """(start, end) of each blank-line-separated paragraph."""
    spans, pos = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    return spans


def show(f: P.Finding, i: int) -> str:
    text = (P.corpus_root(f.corpus) / f.file).read_bytes().decode("utf-8", "replace")
    paras = paragraphs(text)
    k = next((j for j, (a, b) in enumerate(paras) if a <= f.s_start < b), 0)
    title = text.strip().split("\n")[0][:100]

    def flat(s, limit):
        s = " ".join(s.split())
        return s if len(s) <= limit else s[: limit // 2] + " ... " + s[-limit // 2:]

    a, b = paras[k]
    para = text[a:f.s_start] + "<<SENTENCE>>" + text[f.s_end:b]
    sent = text[f.s_start:f.start] + "[[" + text[f.start:f.end] + "]]" + text[f.end:f.s_end]
    before = flat(text[slice(*paras[k - 1])], 500) if k > 0 else "-"
    after = flat(text[slice(*paras[k + 1])], 350) if k + 1 < len(paras) else "-"
    return (f"#{i} {f.corpus} {f.file} {f.part} ss={f.s_start} {f.rule} {f.severity} para {k + 1}/{len(paras)}\n"
            f"  TITLE: {title}\n  BEFORE: {before}\n  PARA: {flat(para, 700)}\n  SENT: {flat(sent, 500)}\n"
            f"  AFTER: {after}\n"
            f"  MSG: {f.message[:300]}\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--show", metavar="A:B")
    ap.add_argument("--todo", action="store_true", help="skip findings already judged")
    args = ap.parse_args(argv)
    findings = []
    for corpus in P.CORPORA:
        findings += P.load_findings(corpus)[0]
    sample = draw(findings)
    judged = P.judgements()
    if args.list:
        for f in sample:
            print("\t".join((f.corpus, f.file, f.part, str(f.s_start), f.rule, f.severity)))
        print(f"{len(sample)} findings", file=sys.stderr)
    if args.show:
        a, b = (int(x) for x in args.show.split(":"))
        for i, f in enumerate(sample[a:b], a):
            if args.todo and f.key() in judged:
                continue
            print(show(f, i))
    return 0


if __name__ == "__main__":
    sys.exit(main())
