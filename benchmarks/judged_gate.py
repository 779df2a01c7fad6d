"""How far anonymous-source's withheld-source evidence generalises, on the DEV judgements.

    python benchmarks/judged_gate.py            # dev (the test part is never read)
    python benchmarks/judged_gate.py --unjudged "evidence only" --template
                                                # every DEV article: the findings that mode makes at
                                                # warning+ that no judgement covers, with context and a
                                                # findings.tsv row to fill in (the seventh pass's fresh sample)

anonymous-source reports an unnamed source at warning or error only when the
source phrase shows a source the reporter withheld (``_withheld_evidence`` in
factcheck/rules/anonymous_source.py); the earlier passes instead excluded
false classes one at a time (``vagueness.withheld``).  The evidence check was
written while looking only at the dev false alarms the rule still reported.
This script re-runs the rule on every dev article with an anonymous-source
judgement in four modes (both checks as shipped; the evidence check alone,
with the exclusions switched off; neither; the exclusions alone) and prints,
for all judged sentences and for those the shipped rule no longer reports
(the false classes the exclusions removed, which the evidence check was not
written from), TRUE / FALSE / DEBATABLE at warning+, at info and not reported.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import precision as P  # noqa: E402

RANK = {"info": 0, "warning": 1, "error": 2}


def _dev_articles():
    """(corpus, path) of every dev article, sorted."""
    out = []
    for corpus, (_root, folders) in P.CORPORA.items():
        root = P.corpus_root(corpus)
        for folder in folders:
            out += [(corpus, str(p.relative_to(root))) for p in sorted((root / folder).glob("*.txt"))
                    if P.part_of(corpus, str(p.relative_to(root))) == "dev"]
    return sorted(out)


def _analysed(articles):
    """For each (corpus, path) of ``articles``: (corpus, path, its Analysis,
    its text as the judgements' offsets read it, the settings), the
    settings loaded once, as for the first article; unreadable ones
    skipped."""
    from factcheck.api import load_settings
    from factcheck.check import extract_all, load_all

    settings = None
    for corpus, rel in articles:
        path = str(P.corpus_root(corpus) / rel)
        if settings is None:
            settings = load_settings([path], isolated=True)
        analyses = extract_all(load_all([path], settings)[0], settings)
        if analyses:
            text = (P.corpus_root(corpus) / rel).read_bytes().decode("utf-8", "replace")
            yield corpus, rel, analyses[0], text, settings


def main(argv=None) -> int:
    import factcheck.rules.anonymous_source as R

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--unjudged", metavar="MODE", help="list the findings MODE makes at warning+ on every dev "
                    "article that no judgement (of either rule of the family) covers")
    ap.add_argument("--template", action="store_true", help="with --unjudged: a findings.tsv row per finding")
    args = ap.parse_args(argv)
    rows = [r for r in P.read_tsv(P.JUDGED / "findings.tsv", P.FIELDS)
            if r["part"] == "dev" and r["rule"] == "anonymous-source"]
    table = {(r["corpus"], r["file"], int(r["sentence_start"])): r for r in rows}
    shipped = (R.withheld, R._withheld_evidence)
    modes = {"both (shipped)": shipped,
             "evidence only": (lambda an, a: True, shipped[1]),
             "neither": (lambda an, a: True, lambda an, a: True),
             "exclusions only": (shipped[0], lambda an, a: True)}
    if args.unjudged:
        if args.unjudged not in modes:
            ap.error(f"--unjudged: one of {', '.join(repr(m) for m in modes)}")
        return _unjudged(modes[args.unjudged], args.template)
    found = {m: {} for m in modes}
    try:
        for corpus, rel, an, text, settings in _analysed(sorted({(r["corpus"], r["file"]) for r in rows})):
            for mode, (withheld, evidence) in modes.items():
                R.withheld, R._withheld_evidence = withheld, evidence
                for f in R.check(an, settings):
                    s = an.sentence_at(f.start)
                    if s is None:
                        continue
                    key = (corpus, rel, P.sentence_span(text, an.article.content[s.start:s.end], f.start)[0])
                    sev = f.severity or R.SEVERITY
                    if key in table and RANK[sev] > RANK.get(found[mode].get(key, ""), -1):
                        found[mode][key] = sev
    finally:
        R.withheld, R._withheld_evidence = shipped
    unseen = set(table) - set(found["both (shipped)"])
    print(f"dev anonymous-source judgements: {len(table)}; not reported by the shipped rule: {len(unseen)}")
    for mode in modes:
        for label, keys in (("all judged", set(table)), ("not reported by shipped", unseen)):
            c = Counter()
            for k in keys:
                sev = found[mode].get(k)
                level = "w+" if sev in ("warning", "error") else sev or "none"
                c[(level, table[k]["verdict"])] += 1
            t, f = c[("w+", "TRUE")], c[("w+", "FALSE")]
            print(f"{mode:16} {label:24} w+ TRUE {t:3} FALSE {f:3} DEB {c[('w+', 'DEBATABLE')]:3} P {P.ratio(t, t + f)}"
                  f" | info TRUE {c[('info', 'TRUE')]:3} FALSE {c[('info', 'FALSE')]:3}"
                  f" | none TRUE {c[('none', 'TRUE')]:3} FALSE {c[('none', 'FALSE')]:3}")
    return 0


def _unjudged(mode, template: bool) -> int:
    """Print the findings the rule makes in ``mode`` (its withheld and
    evidence checks) at warning+ on every dev article that no judgement
    covers, the worst severity per sentence, with judged_sample's context."""
    import factcheck.rules.anonymous_source as R
    import judged_sample as J

    table = P.judgements()
    shipped = (R.withheld, R._withheld_evidence)
    i = 0
    try:
        R.withheld, R._withheld_evidence = mode
        for corpus, rel, an, text, settings in _analysed(_dev_articles()):
            worst = {}
            for f in R.check(an, settings):
                s = an.sentence_at(f.start)
                sev = f.severity or R.SEVERITY
                if s is None or sev == "info":
                    continue
                x = P.Finding()
                x.corpus, x.file, x.part, x.rule, x.severity, x.message = corpus, rel, "dev", R.ID, sev, f.message
                x.start, x.end = f.start, f.end
                x.s_start, x.s_end = P.sentence_span(text, an.article.content[s.start:s.end], f.start)
                if P.lookup(x, table)[0] is None and RANK[sev] > RANK[getattr(worst.get(x.s_start), "severity", "info")]:
                    worst[x.s_start] = x
            for x in sorted(worst.values(), key=lambda x: x.s_start):
                print(J.show(x, i) + (J.template(x) + "\n" if template else ""))
                i += 1
    finally:
        R.withheld, R._withheld_evidence = shipped
    print(f"{i} unjudged dev findings at warning+", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
