"""Fit and cross-validate the unsourced-claim check-worthiness points table on the DEV judgements.

    python benchmarks/checkworthiness_cv.py             # 5-fold CV by article + the table fitted on all of dev
    python benchmarks/checkworthiness_cv.py --write     # also write factcheck/data/checkworthiness_points.txt
    python benchmarks/checkworthiness_cv.py --add agentless_estimate
                                                        # the shipped table, plus one property's points
                                                        # chosen by 5-fold CV by article (issue 12, fifth round)
    python benchmarks/checkworthiness_cv.py --ablate    # each scored property dropped or halved, by CV
                                                        # by article with a bootstrap CI (seventh round)

Reads every dev judgement of unsourced-claim in ``benchmarks/judged/findings.tsv``
(any severity reported then; the test part is never read), runs factcheck's
extraction on each judged article and takes, for the claim in the judged
sentence, the named properties ``Levels.features`` computes
(factcheck/extract/checkworthiness.py).  TRUE = 1, FALSE = 0; DEBATABLE
findings are not fitted (precision ignores them) but are counted.

The model is a points table: a logistic regression on the binary
properties, fitted here by plain gradient descent with an L2 penalty (no ML
library), its weights doubled and rounded to whole points; a finding is a
warning when its points reach the threshold.  The threshold is chosen on the
training folds: the lowest that keeps training precision (TRUE / (TRUE +
FALSE) at warning) at or above ``--target`` (0.85).  Folds are by article (a
hash of corpus/file), so a fold's findings are never seen when it is scored.
Prints per fold: threshold, held-out precision at warning, TRUE kept at
warning / TRUE in the fold; then the pooled held-out figures, and the same
figures for the levels factcheck assigns today.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from precision import corpus_root, judgements, wilson  # noqa: E402

RULE = "unsourced-claim"
# the general evidence (issue 12, seventh round): what makes a claim worth raising (an agentless
# estimate or forecast of a figure, a record stated as plain fact) and what says no source is owed
# or one is in reach; the claim kinds, lede, several_kinds and the other wording properties are left
# out: with them the points fit the dev warnings' wording (5-fold CV by article, held out 0.65 -> 0.79)
EVIDENCE = ("agentless_estimate", "agentless_figure", "plain_record", "next_door", "matter_of_record",
            "writer_voice", "named_subject", "lead_release", "source_in_words", "money_or_percent",
            "match_report", "hedged", "evaluative_record", "quote_in_sentence")
POINTS = ROOT / "factcheck" / "data" / "checkworthiness_points.txt"


def fold_of(corpus: str, rel: str, k: int) -> int:
    return hashlib.sha256(f"fold/{corpus}/{rel}".encode()).digest()[0] % k


def dev_judgements_by_file(rule: str) -> List[Tuple[Tuple[str, str], List[dict]]]:
    """The dev judgements of ``rule`` with a verdict, grouped by (corpus, file), in file order."""
    by_file: Dict[Tuple[str, str], List[dict]] = defaultdict(list)
    for r in judgements().values():  # findings.tsv with the dev re-judgement's verdicts in place
        if r["part"] == "dev" and r["rule"] == rule and r["verdict"] in ("TRUE", "FALSE", "DEBATABLE"):
            by_file[(r["corpus"], r["file"])].append(r)
    return sorted(by_file.items())


def rows_with_features() -> List[dict]:
    """Dev judgements of unsourced-claim with today's features and level of the judged claim."""
    from factcheck.api import load_settings
    from factcheck.check import extract_all, load_all
    from factcheck.extract.checkworthiness import Levels, source_line

    out = []
    settings = None
    for (corpus, rel), rows in dev_judgements_by_file(RULE):
        path = str(corpus_root(corpus) / rel)
        if settings is None:
            settings = load_settings([path], isolated=True)
        loaded, _, _ = load_all([path], settings)
        analyses = extract_all(loaded, settings)
        if not analyses:
            continue
        a = analyses[0]
        levels = Levels(a)
        text = a.article.content
        claims = {}
        for c in a.claims:
            s = a.sentences[c.sentence]
            if c.attribution is None and not source_line(text, s.start, s.end):
                claims.setdefault(s.start, c)
        for r in rows:
            c = claims.get(int(r["sentence_start"]))
            if c is None:
                continue  # no longer reported
            feats = levels.features(c)
            out.append(dict(corpus=corpus, file=rel, start=int(r["sentence_start"]), verdict=r["verdict"],
                            feats=feats, today=levels.level(c)[0]))
    return out


def anchor_rows(copies: int) -> List[dict]:
    """The rule's documented must-trigger examples (factcheck/rules/unsourced_claim.py EXAMPLES,
    written to the editorial standard, not sampled) as TRUE rows, ``copies`` times each: an
    editorial prior that is always in the training folds and never scored."""
    import tempfile

    from factcheck.api import load_settings
    from factcheck.check import extract_all, load_all
    from factcheck.extract.checkworthiness import Levels
    from factcheck.rules import unsourced_claim

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, example in enumerate(unsourced_claim.EXAMPLES["trigger"]):
            path = Path(tmp) / f"example{k}.txt"
            path.write_text(example + "\n", encoding="utf-8")
            settings = load_settings([str(path)], isolated=True)
            for a in extract_all(load_all([str(path)], settings)[0], settings):
                levels = Levels(a)
                for c in a.claims:
                    if c.attribution is None:
                        out += [dict(corpus="anchor", file=str(k), start=0, verdict="TRUE",
                                     feats=levels.features(c), today="")] * copies
    return out


def fit(rows: List[dict], names: List[str], l2: float, steps: int = 3000, rate: float = 0.5) -> Dict[str, float]:
    """Logistic regression by batch gradient descent (bias under the name '' )."""
    data = [([1.0] + [1.0 if r["feats"][n] else 0.0 for n in names], 1.0 if r["verdict"] == "TRUE" else 0.0)
            for r in rows if r["verdict"] in ("TRUE", "FALSE")]
    w = [0.0] * (len(names) + 1)
    n = len(data)
    for _ in range(steps):
        g = [0.0] * len(w)
        for x, y in data:
            z = sum(a * b for a, b in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for j, xj in enumerate(x):
                if xj:
                    g[j] += (p - y) * xj
        for j in range(len(w)):
            w[j] -= rate * (g[j] / n + (l2 * w[j] if j else 0.0))
    return dict(zip([""] + names, w))


SCALE = 2.0  # points per unit of log-odds


def set_scale(scale: float) -> None:
    global SCALE
    SCALE = scale


def points_of(weights: Dict[str, float]) -> Dict[str, int]:
    return {n: int(round(SCALE * v)) for n, v in weights.items()}


def score(r: dict, pts: Dict[str, int]) -> int:
    return pts.get("", 0) + sum(p for n, p in pts.items() if n and r["feats"].get(n))


def counts(rows: List[dict], keep) -> Tuple[int, int, int]:
    t = sum(1 for r in rows if keep(r) and r["verdict"] == "TRUE")
    f = sum(1 for r in rows if keep(r) and r["verdict"] == "FALSE")
    d = sum(1 for r in rows if keep(r) and r["verdict"] == "DEBATABLE")
    return t, f, d


def choose_threshold(rows: List[dict], pts: Dict[str, int], target: float) -> int:
    scores = sorted({score(r, pts) for r in rows})
    best = None
    for th in scores:  # lowest threshold whose training precision reaches the target keeps the most TRUE
        t, f, _ = counts(rows, lambda r: score(r, pts) >= th)
        if t and t / (t + f) >= target:
            return th
        if best is None or (t + f and t / (t + f) > best[0]):
            best = (t / (t + f) if t + f else 0.0, th)
    return best[1] if best else 0


def prec(t: int, f: int) -> str:
    return f"{t / (t + f):.2f}" if t + f else "-"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.02)
    ap.add_argument("--target", type=float, default=0.85)
    ap.add_argument("--anchors", type=int, default=0,
                    help="copies of each documented must-trigger example added to every training set")
    ap.add_argument("--scale", type=float, default=SCALE, help="points per unit of log-odds")
    ap.add_argument("--write", action="store_true", help="write the table fitted on all of dev")
    ap.add_argument("--add", metavar="PROPERTY", help="keep the shipped table and its threshold; choose only this "
                    "property's points by CV (-4..4): in each fold the value with the best training precision at "
                    "warning, ties to more TRUE kept, then to the smaller change")
    ap.add_argument("--ablate", action="store_true",
                    help="the shipped table with each scored property dropped or halved, judged by 5-fold CV by "
                         "article with warn_at chosen on the training folds, and a paired bootstrap CI by article "
                         "of each property's held-out contribution (issue 12, seventh round)")
    ap.add_argument("--only", metavar="NAMES",
                    help="fit only these properties (comma-separated; 'evidence' = the general evidence set "
                         "EVIDENCE: agentless estimates, figures and plain records, and the demotions)")
    ap.add_argument("--table", metavar="FILE", help="with --ablate: start from this points file, not the shipped one")
    args = ap.parse_args(argv)
    set_scale(args.scale)
    rows = rows_with_features()
    if args.add:
        return cv_one(rows, args.add, args.folds)
    if args.ablate:
        from checkworthiness_ablate import ablate

        return ablate(rows, shipped_table(Path(args.table) if args.table else POINTS), args.folds, args.target)
    names = sorted(rows[0]["feats"]) if rows else []
    names = [n for n in names if any(r["feats"][n] for r in rows)]
    if args.only:
        wanted = EVIDENCE if args.only == "evidence" else tuple(args.only.split(","))
        names = [n for n in names if n in wanted]
    t_all, f_all, d_all = counts(rows, lambda r: True)
    print(f"dev {RULE} judgements matched to today's claims: {len(rows)} (TRUE {t_all}, FALSE {f_all}, DEBATABLE {d_all})")
    t, f, d = counts(rows, lambda r: r["today"] == "warning")
    print(f"today's levels: P(w+) {prec(t, f)}, TRUE at warning {t}/{t_all}, FALSE at warning {f}, DEBATABLE {d}")
    anchors = anchor_rows(args.anchors) if args.anchors else []
    print("fold  threshold  held-out P(w)  TRUE kept  FALSE kept  DEB kept")
    pooled = [0, 0, 0]
    for k in range(args.folds):
        train = [r for r in rows if fold_of(r["corpus"], r["file"], args.folds) != k] + anchors
        held = [r for r in rows if fold_of(r["corpus"], r["file"], args.folds) == k]
        pts = points_of(fit(train, names, args.l2))
        th = choose_threshold(train, pts, args.target)
        t, f, d = counts(held, lambda r: score(r, pts) >= th)
        n_true = sum(1 for r in held if r["verdict"] == "TRUE")
        pooled = [pooled[0] + t, pooled[1] + f, pooled[2] + d]
        print(f"{k:4}  {th:9}  {prec(t, f):>13}  {t:4}/{n_true:<4}  {f:10}  {d:8}")
    print(f"pooled held-out: P(w) {prec(pooled[0], pooled[1])} (95% CI {wilson(pooled[0], pooled[0] + pooled[1])}), "
          f"TRUE at warning {pooled[0]}/{t_all}, FALSE {pooled[1]}, DEBATABLE {pooled[2]}")
    pts = points_of(fit(rows + anchors, names, args.l2))
    th = choose_threshold(rows + anchors, pts, args.target)
    t, f, d = counts(rows, lambda r: score(r, pts) >= th)
    print(f"fitted on all dev: threshold {th}: P(w) {prec(t, f)}, TRUE at warning {t}/{t_all}, FALSE {f}, DEBATABLE {d}")
    if anchors:
        kept = sum(1 for r in anchors if score(r, pts) >= th) // args.anchors
        print(f"documented must-trigger claims at warning with this table: {kept}/{len(anchors) // args.anchors}"
              " (the reference articles' seeds must stay warnings: tests/test_checkworthiness.py)")
    for n in sorted(pts, key=lambda n: (-abs(pts[n]), n)):
        if pts[n]:
            have = [r for r in rows if n == "" or r["feats"][n]]
            tt, ff, _ = counts(have, lambda r: True)
            print(f"  {n or '(base)':22} {pts[n]:+3}   ({tt} TRUE / {ff} FALSE have it)")
    if args.write:
        write_table(pts, th, args)
    return 0


def shipped_table(path: Path = POINTS) -> Tuple[Dict[str, int], int]:
    """The shipped points table in this script's form (bias under '') and its threshold."""
    table, th = {}, 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, value = line.split()
            if name == "warn_at":
                th = int(value)
            else:
                table["" if name == "base" else name] = int(value)
    return table, th


def cv_one(rows: List[dict], name: str, folds: int) -> int:
    """Cross-validate one property's points on top of the shipped table (whose other points and
    threshold stay): per fold, the value of -4..4 with the best training precision at warning
    (ties: more TRUE kept, then the value nearest the shipped one), scored on the held-out fold
    against the shipped table on the same fold."""
    base, th = shipped_table()
    if not rows or name not in rows[0]["feats"]:
        sys.exit(f"unknown property {name!r}")
    have = [r for r in rows if r["feats"][name]]
    print(f"{name}: {counts(have, lambda r: True)} (TRUE, FALSE, DEBATABLE) of the dev judgements have it; "
          f"shipped points {base.get(name, 0)}, warn_at {th}")
    print("fold  points  held-out shipped T/F/D  with it T/F/D  TRUE in fold")
    pooled = {"shipped": [0, 0, 0], "with": [0, 0, 0]}
    for k in range(folds):
        train = [r for r in rows if fold_of(r["corpus"], r["file"], folds) != k]
        held = [r for r in rows if fold_of(r["corpus"], r["file"], folds) == k]

        def key(v):
            t, f, _ = counts(train, lambda r: score(r, dict(base, **{name: v})) >= th)
            return (t / (t + f) if t + f else 0.0, t, -abs(v - base.get(name, 0)))
        best = max(range(-4, 5), key=key)
        s = counts(held, lambda r: score(r, base) >= th)
        w = counts(held, lambda r: score(r, dict(base, **{name: best})) >= th)
        pooled["shipped"] = [a + b for a, b in zip(pooled["shipped"], s)]
        pooled["with"] = [a + b for a, b in zip(pooled["with"], w)]
        print(f"{k:4}  {best:+6}  {'%d/%d/%d' % s:>23}  {'%d/%d/%d' % w:>13}  {sum(1 for r in held if r['verdict'] == 'TRUE'):4}")
    for label, (t, f, d) in pooled.items():
        print(f"pooled held-out, {label:7}: P(w) {prec(t, f)}, TRUE at warning {t}, FALSE {f}, DEBATABLE {d}")
    return 0


def write_table(pts: Dict[str, int], th: int, args) -> None:
    lines = [
        "# unsourced-claim check-worthiness points (factcheck/extract/checkworthiness.py).",
        "# A claim is a warning (likely worth raising) when base + the points of its properties >= warn_at;",
        "# otherwise info.  Fitted on the DEV judgements only (benchmarks/judged/findings.tsv) by",
        f"# python benchmarks/checkworthiness_cv.py --write (--folds {args.folds} --anchors {args.anchors} --l2 {args.l2} --scale {args.scale} --target {args.target}"
        + (f" --only {args.only}" if args.only else "") + "):",
        "# a logistic regression on the properties, weights doubled and rounded; warn_at is the lowest",
        "# threshold with dev precision >= the target.  Properties without points are left out.",
        f"warn_at {th}",
        f"base {pts.get('', 0)}",
    ]
    lines += [f"{n} {pts[n]}" for n in sorted(pts, key=lambda n: (-pts[n], n)) if n and pts[n]]
    POINTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {POINTS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
