"""Does each property of the unsourced-claim points table earn its points on held-out dev articles?

Used by ``python benchmarks/checkworthiness_cv.py --ablate`` (issue 12, seventh round).  For the
table and for each variant with one scored property dropped (0 points) or halved (rounded toward
zero), 5-fold cross-validation by article: in each fold warn_at is chosen on the training folds
(the lowest threshold whose training precision reaches the target, as the fit does) and the
held-out fold's judged findings at warning are counted.  A property's held-out contribution is
(TRUE - FALSE at warning with the table) - (the same without it), pooled over the folds, with a
95% interval from a paired bootstrap over articles (1,000 resamples, fixed seed): a property whose
interval does not lie above 0 is not clearly earning its points.  DEBATABLE findings count in
neither.  The test part is never read.
"""

from __future__ import annotations

import random
from typing import Dict, List, Tuple

from checkworthiness_cv import choose_threshold, counts, fold_of, prec, score

SEED = 20261370
RESAMPLES = 1000


def held_out(rows: List[dict], pts: Dict[str, int], folds: int, target: float) -> Dict[Tuple[str, str], List[int]]:
    """Per article: [TRUE, FALSE, DEBATABLE] at warning when its fold is held out."""
    out: Dict[Tuple[str, str], List[int]] = {}
    for k in range(folds):
        train = [r for r in rows if fold_of(r["corpus"], r["file"], folds) != k]
        th = choose_threshold(train, pts, target)
        for r in rows:
            if fold_of(r["corpus"], r["file"], folds) == k:
                c = out.setdefault((r["corpus"], r["file"]), [0, 0, 0])
                if score(r, pts) >= th:
                    c[("TRUE", "FALSE", "DEBATABLE").index(r["verdict"])] += 1
    return out


def _sum(per: Dict[Tuple[str, str], List[int]]) -> List[int]:
    return [sum(v[i] for v in per.values()) for i in range(3)]


def variants(table: Dict[str, int]) -> List[Tuple[str, Dict[str, int]]]:
    out = []
    for name in sorted(n for n, v in table.items() if n and v):
        v = table[name]
        out.append((f"drop {name} ({v:+d})", dict(table, **{name: 0})))
        half = int(v / 2)
        if half != v and half:
            out.append((f"halve {name} ({v:+d} -> {half:+d})", dict(table, **{name: half})))
    return out


def ablate(rows: List[dict], shipped: Tuple[Dict[str, int], int], folds: int, target: float) -> int:
    table, warn_at = shipped
    t_all, f_all, d_all = counts(rows, lambda r: True)
    print(f"dev judgements matched: {len(rows)} (TRUE {t_all}, FALSE {f_all}, DEBATABLE {d_all}); "
          f"warn_at chosen per fold on the training folds (shipped {warn_at})")
    base = held_out(rows, table, folds, target)
    t, f, d = _sum(base)
    print(f"{'table':42} held-out P(w) {prec(t, f):>4}  TRUE {t:3} FALSE {f:3} DEB {d:3}")
    files = sorted(base)
    rng = random.Random(SEED)
    draws = [[rng.randrange(len(files)) for _ in files] for _ in range(RESAMPLES)]
    print(f"{'variant':42} held-out P(w)   TRUE FALSE  DEB   contribution of the points (T-F), 95% CI")
    for label, pts in variants(table):
        per = held_out(rows, pts, folds, target)
        vt, vf, vd = _sum(per)
        diff = [(base[a][0] - base[a][1]) - (per[a][0] - per[a][1]) for a in files]
        boot = sorted(sum(diff[i] for i in draw) for draw in draws)
        lo, hi = boot[int(0.025 * RESAMPLES)], boot[int(0.975 * RESAMPLES) - 1]
        print(f"{label:42} {prec(vt, vf):>13}  {vt:5} {vf:5} {vd:4}   {sum(diff):+3} ({lo:+d} to {hi:+d})")
    return 0
