"""How far anonymous-source's withheld-source evidence generalises, on the DEV judgements.

    python benchmarks/judged_gate.py            # dev (the test part is never read)

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

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import precision as P  # noqa: E402

RANK = {"info": 0, "warning": 1, "error": 2}


def main() -> int:
    from factcheck.api import load_settings
    from factcheck.check import extract_all, load_all
    import factcheck.rules.anonymous_source as R

    rows = [r for r in P.read_tsv(P.JUDGED / "findings.tsv", P.FIELDS)
            if r["part"] == "dev" and r["rule"] == "anonymous-source"]
    table = {(r["corpus"], r["file"], int(r["sentence_start"])): r for r in rows}
    shipped = (R.withheld, R._withheld_evidence)
    modes = {"both (shipped)": shipped,
             "evidence only": (lambda an, a: True, shipped[1]),
             "neither": (lambda an, a: True, lambda an, a: True),
             "exclusions only": (shipped[0], lambda an, a: True)}
    found = {m: {} for m in modes}
    settings = None
    try:
        for corpus, rel in sorted({(r["corpus"], r["file"]) for r in rows}):
            path = str(P.corpus_root(corpus) / rel)
            if settings is None:
                settings = load_settings([path], isolated=True)
            analyses = extract_all(load_all([path], settings)[0], settings)
            if not analyses:
                continue
            an = analyses[0]
            text = (P.corpus_root(corpus) / rel).read_bytes().decode("utf-8", "replace")
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


if __name__ == "__main__":
    sys.exit(main())
