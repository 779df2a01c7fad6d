"""Cross-validate anonymous-source severity on the DEV judgements (the test part is never read).

    python benchmarks/anonymous_cv.py              # 5-fold CV by article: the shipped severities and the points model
    python benchmarks/anonymous_cv.py --write      # also write factcheck/data/anonymous_points.txt (fitted on all dev)
    python benchmarks/anonymous_cv.py --dump       # one line per judged dev finding: verdict, severities, properties

Every dev judgement of anonymous-source in ``benchmarks/judged/findings.tsv``
is matched to the finding the rule reports today for that sentence (the
judged article is re-extracted; ``anonymous_source.assessed`` gives each
finding with the named properties its severity is decided from,
``anonymous_source.properties``).  TRUE = 1, FALSE = 0; DEBATABLE findings
are not fitted (precision ignores them) but are counted.

Two decisions are evaluated, each on the folds it was not built on (folds are
by article, a hash of corpus/file, as benchmarks/checkworthiness_cv.py):

- warning+ or info: a points table, a logistic regression on the binary
  properties (plain gradient descent with an L2 penalty, no ML library,
  ``checkworthiness_cv.fit``), weights times ``--scale`` rounded to whole
  points; a finding is at warning+ when base + its points reach the
  threshold, the lowest threshold whose training-fold precision reaches
  ``--target``.  The rule's documented must-trigger examples are added to
  every training set ``--anchors`` times as TRUE rows (an editorial prior,
  never scored).
- error or warning, among findings at warning+ that may be errors (a direct
  quote from a source whose anonymity the story does not explain,
  ``anonymous_source.may_be_error``): a second points table fitted the same
  way, TRUE-and-deserving-error against the rest (DEBATABLE counts against:
  error precision is deserved errors / reported errors), its threshold the
  lowest with training error precision >= ``--error-target``.  A
  characterisation of a named person is an error by the standard (not fitted).

Prints, for the shipped severities (in-sample: the rule was written from
these judgements) and for the points model per held-out fold: precision at
warning+, TRUE kept at warning+, FALSE and DEBATABLE kept, and the errors.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import checkworthiness_cv as CV  # noqa: E402
import precision as P  # noqa: E402

RULE = "anonymous-source"
POINTS = ROOT / "factcheck" / "data" / "anonymous_points.txt"
RANK = {"info": 0, "warning": 1, "error": 2}


def _findings(path: str, settings) -> Tuple[object, list]:
    from factcheck.check import extract_all, load_all
    from factcheck.rules import anonymous_source as R

    analyses = extract_all(load_all([path], settings)[0], settings)
    if not analyses:
        return None, []
    an = analyses[0]
    return an, list(R.assessed(an, settings))


def rows_with_features() -> List[dict]:
    """Dev judgements of anonymous-source with today's finding's severity and properties."""
    from factcheck.api import load_settings

    out = []
    settings = None
    for (corpus, rel), rows in CV.dev_judgements_by_file(RULE):
        path = P.corpus_root(corpus) / rel
        if settings is None:
            settings = load_settings([str(path)], isolated=True)
        an, found = _findings(str(path), settings)
        if an is None:
            continue
        text = path.read_bytes().decode("utf-8", "replace")
        best: Dict[int, Tuple[str, dict, str]] = {}
        for f, props in found:
            s = an.sentence_at(f.start)
            if s is None:
                continue
            key = P.sentence_span(text, an.article.content[s.start:s.end], f.start)[0]
            sev = f.severity or "warning"
            if key not in best or RANK[sev] > RANK[best[key][0]]:
                best[key] = (sev, props, an.article.content[f.start:f.end])
        # a later row for a sentence replaces an earlier one (precision.judgements; the tenth pass's
        # dev re-judgement is appended after the rows it replaces)
        for r in {int(r["sentence_start"]): r for r in rows}.values():
            hit = best.get(int(r["sentence_start"]))
            if hit is None:
                continue  # no longer reported
            out.append(dict(corpus=corpus, file=rel, start=int(r["sentence_start"]), verdict=r["verdict"],
                            deserved=r["severity_deserved"], feats=hit[1], today=hit[0], source=hit[2]))
    return out


def anchor_rows(copies: int) -> List[dict]:
    """The rule's documented must-trigger examples as TRUE rows, ``copies`` times each; those that
    may be errors (``anonymous_source.may_be_error``) deserve error."""
    import tempfile

    from factcheck.api import load_settings
    from factcheck.rules import anonymous_source as R

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, example in enumerate(R.EXAMPLES["trigger"]):
            path = Path(tmp) / f"example{k}.txt"
            path.write_text(example + "\n", encoding="utf-8")
            _, found = _findings(str(path), load_settings([str(path)], isolated=True))
            for _f, props in found:
                # the documented examples of what AP bars (a direct quote, no reason given)
                # deserve error by the standard
                out += [dict(corpus="anchor", file=str(k), start=0, verdict="TRUE",
                             deserved="error" if R.may_be_error(props) else "warning", feats=props, today="")] * copies
    return out


def tally(rows: List[dict], level) -> Dict[str, int]:
    """TRUE / FALSE / DEBATABLE at warning+ and the judged errors under ``level(row)``."""
    c = defaultdict(int)
    for r in rows:
        sev = level(r)
        if sev in ("warning", "error"):
            c[r["verdict"]] += 1
        if sev == "error":
            c["err"] += 1
            c["err_deserved"] += r["verdict"] == "TRUE" and r["deserved"] == "error"
    return c


def line(label: str, c: Dict[str, int], n_true: int) -> str:
    return (f"{label:>8}  P(w+) {CV.prec(c['TRUE'], c['FALSE']):>4}  TRUE kept {c['TRUE']:3}/{n_true:<3}"
            f"  FALSE {c['FALSE']:3}  DEB {c['DEBATABLE']:3}  errors {c['err']:3}, deserved {c['err_deserved']:3}"
            f" ({CV.prec(c['err_deserved'], c['err'] - c['err_deserved'])})")


def model_level(r: dict, model: "Model") -> str:
    """The severity the points model gives a judged row (anonymous_source.level on its properties)."""
    from factcheck.rules import anonymous_source as R

    return R.level(r["feats"], model.table())[0]


class Model:
    """The two points tables fitted on some rows: warning+ (TRUE vs FALSE, DEBATABLE left out) and,
    among findings that may be errors (``anonymous_source.may_be_error``), error (TRUE and deserving
    error vs the rest, DEBATABLE counted as not deserving: error precision counts it against)."""

    def __init__(self, rows: List[dict], names: List[str], args):
        from factcheck.rules import anonymous_source as R

        warn_rows = [r for r in rows if not R.always_info(r["feats"])]
        fit_rows = [dict(r, verdict="FALSE") if args.deb_as_false and r["verdict"] == "DEBATABLE" else r
                    for r in warn_rows]
        self.warn = CV.points_of(CV.fit(fit_rows, names, args.l2))
        self.warn_at = CV.choose_threshold(warn_rows, self.warn, args.target)
        err_rows = [dict(r, verdict="TRUE" if r["verdict"] == "TRUE" and r["deserved"] == "error" else "FALSE")
                    for r in warn_rows if R.may_be_error(r["feats"]) and CV.score(r, self.warn) >= self.warn_at]
        self.err = CV.points_of(CV.fit(err_rows, names, args.l2)) if err_rows else {}
        self.err_at = CV.choose_threshold(err_rows, self.err, args.error_target) if err_rows else 99

    def table(self) -> Dict[str, int]:
        out = {("warn." + n if n else "warn.base"): p for n, p in self.warn.items() if p}
        out.update({("error." + n if n else "error.base"): p for n, p in self.err.items() if p})
        out["warn_at"], out["error_at"] = self.warn_at, self.err_at
        return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--target", type=float, default=0.85)
    ap.add_argument("--error-target", type=float, default=0.85)
    ap.add_argument("--anchors", type=int, default=0)
    ap.add_argument("--deb-as-false", action="store_true",
                    help="fit the warning+ table with DEBATABLE findings as not worth raising (the threshold "
                         "is still chosen on TRUE / (TRUE + FALSE))")
    ap.add_argument("--scale", type=float, default=2.0, help="points per unit of log-odds")
    ap.add_argument("--write", action="store_true", help="write the table fitted on all of dev")
    ap.add_argument("--dump", action="store_true", help="print every judged dev finding with its properties")
    args = ap.parse_args(argv)
    CV.set_scale(args.scale)
    rows = rows_with_features()
    if args.dump:
        for r in rows:
            on = " ".join(n for n in sorted(r["feats"]) if r["feats"][n])
            print(f"{r['verdict']:9} {r['deserved']:7} {r['today']:7} {r['corpus']}/{r['file']}:{r['start']}"
                  f"  [{' '.join(r['source'].split())[:50]}]  {on}")
        return 0
    names = sorted(n for n in rows[0]["feats"] if any(r["feats"][n] for r in rows)) if rows else []
    n_true = sum(r["verdict"] == "TRUE" for r in rows)
    print(f"dev {RULE} judgements matched to today's findings: {len(rows)} "
          f"(TRUE {n_true}, FALSE {sum(r['verdict'] == 'FALSE' for r in rows)}, "
          f"DEBATABLE {sum(r['verdict'] == 'DEBATABLE' for r in rows)})")
    print("severities of the code that ran (in-sample if written from these judgements):")
    print(line("all", tally(rows, lambda r: r["today"]), n_true))
    anchors = anchor_rows(args.anchors) if args.anchors else []
    print(f"points model, held out (--l2 {args.l2} --scale {args.scale} --target {args.target} "
          f"--error-target {args.error_target} --anchors {args.anchors}{' --deb-as-false' if args.deb_as_false else ''}):")
    pooled: Dict[str, int] = defaultdict(int)
    for k in range(args.folds):
        train = [r for r in rows if CV.fold_of(r["corpus"], r["file"], args.folds) != k] + anchors
        held = [r for r in rows if CV.fold_of(r["corpus"], r["file"], args.folds) == k]
        model = Model(train, names, args)
        c = tally(held, lambda r: model_level(r, model))
        for key, v in c.items():
            pooled[key] += v
        print(line(f"fold {k}", c, sum(r["verdict"] == "TRUE" for r in held))
              + f"  warn_at {model.warn_at} error_at {model.err_at}")
    print(line("pooled", pooled, n_true))
    model = Model(rows + anchors, names, args)
    print(line("all dev", tally(rows, lambda r: model_level(r, model)), n_true)
          + f"  warn_at {model.warn_at} error_at {model.err_at} (fitted on all dev, in-sample)")
    for label, pts in (("warning+", model.warn), ("error", model.err)):
        print(f"{label} points:")
        for n in sorted(pts, key=lambda n: (-abs(pts[n]), n)):
            if pts[n]:
                have = [r for r in rows if n == "" or r["feats"][n]]
                print(f"  {n or '(base)':22} {pts[n]:+3}   ({sum(r['verdict'] == 'TRUE' for r in have)} TRUE / "
                      f"{sum(r['verdict'] == 'FALSE' for r in have)} FALSE have it)")
    if args.write:
        write_table(model.table(), args)
    return 0


def write_table(table: Dict[str, int], args) -> None:
    lines = [
        "# anonymous-source severity points (factcheck/rules/anonymous_source.py: properties(), level()).",
        "# A finding is at warning or above when warn.base + the warn. points of its properties >= warn_at,",
        "# else info; at warning+, a direct quote from a source whose anonymity the story does not explain is",
        "# an error when error.base + its error. points >= error_at (a characterisation of a named person is",
        "# always an error at warning+; a reason for anonymity given is always info).",
        "# Fitted on the DEV judgements only (benchmarks/judged/findings.tsv) by",
        f"# python benchmarks/anonymous_cv.py --write --folds {args.folds} --anchors {args.anchors} --l2 {args.l2}"
        f" --scale {args.scale} --target {args.target} --error-target {args.error_target}:",
        "# logistic regressions on the properties, weights scaled and rounded; each threshold is the lowest",
        "# with dev precision >= its target.  Properties without points are left out.",
        f"warn_at {table.pop('warn_at')}",
        f"error_at {table.pop('error_at')}",
    ]
    lines += [f"{n} {table[n]}" for n in sorted(table, key=lambda n: (n.split(".")[0] != "warn", -table[n], n))]
    POINTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {POINTS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
