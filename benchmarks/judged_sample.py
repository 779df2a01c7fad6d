"""Draw the fixed-seed sample of findings to judge, and print each with its context.

    python benchmarks/judged_sample.py --list            # the sample's keys, one a line (TSV)
    python benchmarks/judged_sample.py --show 0:25       # findings 0-24 with context, for judging
    python benchmarks/judged_sample.py --show 0:25 --todo   # only those not yet in findings.tsv
    python benchmarks/judged_sample.py --new 20 --rule vague-attribution --template
                                                         # 20 findings of today's code nobody judged yet
    python benchmarks/judged_sample.py --new 40 --rule anonymous-source --part dev --template
                                                         # the same from the dev part only

The sample (docs/judging.md) is stratified: per corpus and rule, the same
number of findings from each stratum (BBC: topic folder; PolNeAR: publisher,
the file name's first part), anonymous-source errors drawn apart from its
warnings so that severity can be judged, every conflicting-figure and
quote-variant finding, and at most one finding per (article, rule).  Strata
and findings are visited in a sorted order and drawn with ``random.Random(SEED)``,
so the same code gives the same sample; a second round (``PLAN2``, seed
SEED + 1) tops PolNeAR up without touching the first round's draw.  The
sample is drawn from the findings of the code that was judged (the first
judgements were made on the code of commit 1cac72c): later code draws a
different sample, which is why ``--new`` exists.  The context printed (title, the
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
# a second draw (its own seed) topping PolNeAR up; it never repeats an (article, rule) of the first
PLAN2 = {
    ("polnear", "unsourced-claim", None): 2,
    ("polnear", "anonymous-source", "error"): 1,
    ("polnear", "anonymous-source", "warning"): 1,
}
# a third round (seed + 2) widening the unsourced-claim and anonymous-source warnings of both corpora
PLAN3 = {
    ("bbc", "unsourced-claim", None): 16,
    ("bbc", "anonymous-source", "warning"): 4,
    ("polnear", "unsourced-claim", None): 4,
    ("polnear", "anonymous-source", "warning"): 2,
}
# a fourth round (seed + 3), more unsourced-claim findings so that the test part keeps enough
# judged warnings when the rule reports fewer
PLAN4 = {
    ("bbc", "unsourced-claim", None): 14,
    ("bbc", "anonymous-source", "warning"): 2,
    ("polnear", "unsourced-claim", None): 4,
    ("polnear", "anonymous-source", "warning"): 1,
}
ROUNDS = ((SEED, PLAN), (SEED + 1, PLAN2), (SEED + 2, PLAN3), (SEED + 3, PLAN4))
# Reuters-21578 (benchmarks/fetch_reuters.py), drawn on its own (--corpora reuters) with its part as
# the stratum, so that dev and test get the same numbers; drawn from the findings of main 456dcb5
REUTERS_PLAN = {
    ("reuters", "anonymous-source", "error"): 20,
    ("reuters", "anonymous-source", "warning"): 30,
    ("reuters", "vague-attribution", "warning"): 30,
    ("reuters", "unsourced-claim", "warning"): 30,
    ("reuters", "unsourced-claim", "info"): 10,
    ("reuters", "conflicting-figure", "error"): 15,
    ("reuters", "conflicting-figure", "info"): 10,
}
REUTERS_ROUNDS = ((SEED + 10, REUTERS_PLAN),)


def stratum(f: P.Finding) -> str:
    if f.corpus == "reuters":
        return f.part
    first = f.file.split("/")[-1] if f.corpus == "polnear" else f.file
    return first.split("/")[0].split("_")[0]


def draw(findings, rounds=ROUNDS):
    """The sample: every round in order; within a round, each plan entry's
    pool grouped by stratum (sorted), shuffled by the round's generator, at
    most one finding per article and rule."""
    chosen, used = [], set()
    for seed, plan in rounds:
        rng = random.Random(seed)
        taken = set()
        for (corpus, rule, sev), n in plan.items():
            pool = [f for f in findings if f.corpus == corpus and f.rule == rule and (sev is None or f.severity == sev)
                    and (f.corpus, f.file, f.rule) not in used]
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
                taken |= {(f.corpus, f.file, f.rule) for f in picked}
        used |= taken
    return chosen


def unjudged(findings, table, n, rule=None, part=None):
    """n of today's findings no judgement covers (precision.lookup), drawn
    with a fixed seed from all parts (or from ``part`` only): judging test
    findings is measuring, not tuning (docs/judging.md)."""
    pool = [f for f in sorted(findings, key=Finding_key) if (rule is None or f.rule == rule)
            and (part is None or f.part == part) and P.lookup(f, table)[0] is None]
    rng = random.Random(SEED)
    return rng.sample(pool, min(n, len(pool)))


def Finding_key(f: P.Finding):
    return (f.corpus, f.file, f.s_start, f.rule)


def paragraphs(text: str):
    """(start, end) of each blank-line-separated paragraph."""
    spans, pos = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    return spans


def show(f: P.Finding, i: int) -> str:
    text = _read(f.corpus, f.file)
    paras = paragraphs(text)
    k = next((j for j, (a, b) in enumerate(paras) if a <= f.s_start < b), 0)
    title = _head(text)[:100]

    def flat(s, limit):
        s = " ".join(s.split())
        return s if len(s) <= limit else s[: limit // 2] + " ... " + s[-limit // 2:]

    a, b = paras[k]
    para = text[a:f.s_start] + "<<SENTENCE>>" + text[f.s_end:b]
    sent = text[f.s_start:f.start] + "[[" + text[f.start:f.end] + "]]" + text[f.end:f.s_end]
    before = flat(text[slice(*paras[k - 1])], 500) if k > 0 else "-"
    after = flat(text[slice(*paras[k + 1])], 350) if k + 1 < len(paras) else "-"
    partners = "".join(f"  PARTNER: {rel} ({_head(_read(f.corpus, rel))}): {flat(said, 400)}\n"
                       for rel, said in f.related)
    return (f"#{i} {f.corpus} {f.file} {f.part} ss={f.s_start} {f.rule} {f.severity} para {k + 1}/{len(paras)}\n"
            f"  TITLE: {title}\n  BEFORE: {before}\n  PARA: {flat(para, 700)}\n  SENT: {flat(sent, 500)}\n"
            f"  AFTER: {after}\n{partners}"
            f"  MSG: {f.message[:300]}\n")


def _read(corpus: str, rel: str) -> str:
    return (P.corpus_root(corpus) / rel).read_bytes().decode("utf-8", "replace")


def _head(text: str) -> str:
    """An article's title and date lines (front matter), else its first line, for the judge."""
    lines = [ln for ln in text.splitlines()[:6] if ln.startswith(("title:", "date:"))] if text.startswith("---") else []
    return "; ".join(lines) or text.strip().split("\n")[0][:100]


def template(f: P.Finding) -> str:
    """A findings.tsv row for the finding, verdict left as '?' for the judge."""
    return "\t".join((f.corpus, f.file, f.part, str(f.s_start), f.rule, f.severity, "?", "-", "", "", ""))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--show", metavar="A:B")
    ap.add_argument("--todo", action="store_true", help="skip findings already judged")
    ap.add_argument("--new", type=int, metavar="N", help="show N unjudged findings of today's code instead")
    ap.add_argument("--rule", help="with --new: only this rule")
    ap.add_argument("--part", choices=("dev", "test"), help="with --new: only this part")
    ap.add_argument("--template", action="store_true", help="also print a findings.tsv row to fill in per finding")
    ap.add_argument("--corpora", type=P.corpora_arg, default=tuple(P.CORPORA),
                    help="bbc,polnear (the default) or reuters, whose sample is drawn apart")
    args = ap.parse_args(argv)
    findings = []
    for corpus in args.corpora:
        findings += P.load_findings(corpus)[0]
    judged = P.judgements()
    if args.new:
        for i, f in enumerate(unjudged(findings, judged, args.new, args.rule, args.part)):
            print(show(f, i) + (template(f) + "\n" if args.template else ""))
        return 0
    sample = draw(findings, REUTERS_ROUNDS if args.corpora == ("reuters",) else ROUNDS)
    if args.list:
        for f in sample:
            print("\t".join((f.corpus, f.file, f.part, str(f.s_start), f.rule, f.severity)))
        print(f"{len(sample)} findings", file=sys.stderr)
    if args.show:
        a, b = (int(x) for x in args.show.split(":"))
        for i, f in enumerate(sample[a:b], a):
            if args.todo and f.key() in judged:
                continue
            print(show(f, i) + (template(f) + "\n" if args.template else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
