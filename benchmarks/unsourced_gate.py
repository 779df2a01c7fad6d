"""Which of unsourced-claim's demotions are right, on the DEV part (the test part is never read).

    python benchmarks/unsourced_gate.py                   # per demotion: dev judgements at warning+ without it
    python benchmarks/unsourced_gate.py --unjudged --template
                                                          # the would-be warnings no judgement covers, with
                                                          # context and a findings.tsv row each (issue 12, fifth round)
    python benchmarks/unsourced_gate.py --unjudged --template --corpus polnear --margin 1 --n 20
                                                          # and PolNeAR claims one point short of that
    python benchmarks/unsourced_gate.py --unjudged --template --band 3
                                                          # the unjudged claims the shipped table scores
                                                          # 1-3 points below warning (seventh round)

Every dev unsourced-claim warning is judged, so the dev warning pool is too
small to learn from.  Like judged_gate.py does for anonymous-source, this
script switches the points table's demotions (every property with negative
points in factcheck/data/checkworthiness_points.txt) off one at a time: the
claims that would be warnings without a demotion are the ones that demotion
keeps at info, and judging them tells whether it is right.  The properties
of every unattributed claim of every dev article are worked out once
(``Levels.features``) and cached under the code's digest in the temporary
folder; each mode is a points sum over them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import precision as P  # noqa: E402

RULE = "unsourced-claim"


def dev_claims() -> list:
    """One row per (dev article, sentence) with an unattributed claim: its
    judgement key, the claim's features and the flagged span (the first
    claim of the sentence, as the rule reports it)."""
    cache = Path(tempfile.gettempdir()) / "factcheck-precision" / f"unsourced-gate-{P.code_key()}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    from judged_gate import _analysed, _dev_articles

    from factcheck.extract.checkworthiness import Levels, source_line

    rows = []
    for corpus, rel, an, text, _settings in _analysed(_dev_articles()):
        levels = None
        seen = set()
        for c in an.claims:
            s = an.sentences[c.sentence]
            if c.attribution is not None or source_line(an.article.content, s.start, s.end):
                continue
            levels = levels or Levels(an)
            start = min(t.start for t in c.triggers) if c.triggers else s.start
            end = max(t.end for t in c.triggers) if c.triggers else s.end
            s_start, s_end = P.sentence_span(text, an.article.content[s.start:s.end], start)
            if s_start in seen:
                continue
            seen.add(s_start)
            rows.append(dict(corpus=corpus, file=rel, s_start=s_start, s_end=s_end, start=start, end=end,
                             kinds=list(c.kinds), feats=sorted(n for n, v in levels.features(c).items() if v),
                             level=levels.level(c)[0]))
    cache.parent.mkdir(exist_ok=True)
    cache.write_text(json.dumps(rows), encoding="utf-8")
    return rows


def points():
    from factcheck.extract.checkworthiness import _points

    table, warn_at = _points()
    return dict(table), warn_at


def score(row: dict, table: dict) -> int:
    return table.get("base", 0) + sum(table.get(n, 0) for n in row["feats"])


def modes(table: dict) -> dict:
    """'shipped', 'without NAME' for every demotion (negative points) and
    'without any demotion'."""
    out = {"shipped": table}
    demotions = sorted(n for n, v in table.items() if v < 0 and n != "base")
    for name in demotions:
        out[f"without {name}"] = dict(table, **{name: 0})
    out["without any demotion"] = dict(table, **{n: 0 for n in demotions})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--unjudged", action="store_true",
                    help="print the warnings of the ablation modes (not of the shipped table) no judgement covers")
    ap.add_argument("--template", action="store_true", help="with --unjudged: a findings.tsv row per finding")
    ap.add_argument("--margin", type=int, default=0,
                    help="with --unjudged: also claims this many points short of warning with no demotion")
    ap.add_argument("--band", type=int,
                    help="with --unjudged: instead, the claims the SHIPPED table scores this many points "
                         "or fewer below warn_at (the band just below warning; issue 12, seventh round)")
    ap.add_argument("--corpus", choices=tuple(P.CORPORA), help="with --unjudged: one corpus only")
    ap.add_argument("--n", type=int, help="with --unjudged: a fixed-seed sample of N, at most one per article")
    ap.add_argument("--seed", type=int, default=20261270)
    args = ap.parse_args(argv)
    rows = dev_claims()
    table, warn_at = points()
    judged = P.judgements()
    verdict = {id(r): (judged.get((r["corpus"], r["file"], r["s_start"], RULE)) or {}).get("verdict") for r in rows}
    if args.unjudged:
        return _unjudged(rows, table, warn_at - args.margin, verdict, args)
    print(f"dev unattributed claims: {len(rows)}; judged: {sum(1 for v in verdict.values() if v)}; warn_at {warn_at}")
    for mode, pts in modes(table).items():
        warn = [r for r in rows if score(r, pts) >= warn_at]
        c = Counter(verdict[id(r)] or "unjudged" for r in warn)
        t, f = c["TRUE"], c["FALSE"]
        print(f"{mode:28} warnings {len(warn):4}  TRUE {t:3} FALSE {f:3} DEB {c['DEBATABLE']:3} "
              f"unjudged {c['unjudged']:3}  P(w) {P.ratio(t, t + f)}")
    return 0


def _unjudged(rows, table, warn_at, verdict, args) -> int:
    """The claims no judgement covers that are info today and would reach
    ``warn_at`` with some demotion switched off, in article order, or a
    fixed-seed sample of ``args.n`` of them, at most one per article."""
    import random

    import judged_sample as J

    shipped_at = points()[1]
    pool = []
    for r in rows:
        if verdict[id(r)] or score(r, table) >= shipped_at or (args.corpus and r["corpus"] != args.corpus):
            continue
        if args.band is not None:
            why = ["shipped %d below" % (shipped_at - score(r, table))] if score(r, table) >= shipped_at - args.band else []
        else:
            why = [m for m, pts in modes(table).items() if m != "shipped" and score(r, pts) >= warn_at]
        if why:
            pool.append((r, why))
    if args.n is not None:
        random.Random(args.seed).shuffle(pool)
        seen, picked = set(), []
        for r, why in pool:
            if (r["corpus"], r["file"]) not in seen and len(picked) < args.n:
                seen.add((r["corpus"], r["file"]))
                picked.append((r, why))
        pool = sorted(picked, key=lambda x: (x[0]["corpus"], x[0]["file"], x[0]["s_start"]))
    i = 0
    for r, why in pool:
        x = P.Finding()
        x.corpus, x.file, x.part, x.rule, x.severity = r["corpus"], r["file"], "dev", RULE, "info"
        x.start, x.end, x.s_start, x.s_end = r["start"], r["end"], r["s_start"], r["s_end"]
        x.related = ()
        x.message = f"score {score(r, table)}; warning {', '.join(why)}; kinds {', '.join(r['kinds'])}; " \
                    f"features {', '.join(r['feats'])}"
        print(J.show(x, i) + (J.template(x) + "\n" if args.template else ""))
        i += 1
    print(f"{i} unjudged dev claims that are warnings with a demotion switched off", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
