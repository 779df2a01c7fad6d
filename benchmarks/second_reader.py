"""A second reader for the judged set: a blind, fixed-seed sample of judged findings, and agreement.

    python benchmarks/second_reader.py --show > /tmp/sample.txt   # the sample with context, verdicts hidden
    python benchmarks/second_reader.py --compare                   # agreement with the first reader
    python benchmarks/second_reader.py --compare --quiet --project test   # + the projection onto test

Issue 12's precision targets (>= 0.85 at warning on judged test findings) rest on
one reader's verdicts in ``benchmarks/judged/findings.tsv``.  This script measures
how far a second reader, applying ../shared/JUDGING.md, agrees (docs/judging.md,
"Two readers: agreement").

``--show`` draws the sample from today's findings (precision.load_findings, the
cached run of factcheck on BBC News and PolNeAR) that a findings.tsv row judges
under the same rule (an exact key match, not a derived anonymous/vague verdict):
per rule, corpus, part and severity (``PLAN``), the findings sorted by key,
shuffled with ``random.Random(SEED)``, at most one per article and rule.  It
prints each with the context ``judged_sample.show`` gives (title, paragraph
before, the sentence with the flagged words, paragraph after; the file path
says the BBC topic or the PolNeAR publisher) and a second_reader.tsv row whose
verdict is ``?``.  The draw is blind by construction: ``draw`` is given the
judged *keys* only, never the first reader's verdict, class or reason.  The
sample of 2026-12-04 was drawn from the code of main c556d91
(code key bc3a9812ebada86e65b6); ``severity_reported`` in second_reader.tsv
is what that code reported, so ``--compare`` needs no factcheck run.

``--compare`` joins ``benchmarks/judged/second_reader.tsv`` with findings.tsv and
prints, per rule: raw agreement and Cohen's kappa on TRUE / FALSE / DEBATABLE
and on TRUE vs not TRUE, each reader's precision TRUE / (TRUE + FALSE) at
warning and above on the same findings, for anonymous-source the agreement on
``severity_deserved`` where both readers say TRUE, and the disagreements with
both readers' classes and reasons.  ``--project test`` adds, per rule, the
first reader's precision at warning+ on today's judged test findings and the
second reader's projected onto them: each first-reader verdict spread over the
second reader's verdicts in the proportions the paired sample shows (a rough
band from reader disagreement, not a measurement; it needs factcheck's cached run).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from typing import Dict, Iterable, List, Sequence, Tuple

import precision as P

SEED = 20261290
SECOND = P.JUDGED / "second_reader.tsv"
FIELDS = ("corpus", "file", "part", "sentence_start", "rule", "severity_reported", "verdict",
          "severity_deserved", "class", "reason")
# (rule, severities) -> findings per (corpus, part) cell
PLAN = (
    ("unsourced-claim", ("warning", "error"), 6),
    ("unsourced-claim", ("info",), 4),
    ("anonymous-source", ("warning",), 5),
    ("anonymous-source", ("error",), 3),
    ("vague-attribution", ("warning", "error", "info"), 8),
)
CELLS = (("bbc", "dev"), ("bbc", "test"), ("polnear", "dev"), ("polnear", "test"))
RULES = ("unsourced-claim", "anonymous-source", "vague-attribution")
WARN = ("warning", "error")


def key(f) -> Tuple[str, str, int, str]:
    return (f.corpus, f.file, f.s_start, f.rule)


def draw(findings: Iterable, judged_keys, seed: int = SEED, plan=PLAN, cells=CELLS) -> list:
    """The blind sample: per plan entry and cell, the judged findings sorted by
    key, shuffled with the generator, at most one per (article, rule) over the
    whole draw.  ``judged_keys`` is a set of (corpus, file, sentence_start,
    rule): the verdicts are never seen here."""
    rng = random.Random(seed)
    judged = [f for f in findings if key(f) in judged_keys]
    used, chosen = set(), []
    for rule, sevs, n in plan:
        for corpus, part in cells:
            pool = sorted((f for f in judged if f.rule == rule and f.severity in sevs
                           and f.corpus == corpus and f.part == part), key=key)
            rng.shuffle(pool)
            picked = 0
            for f in pool:
                if picked >= n:
                    break
                if (f.corpus, f.file, f.rule) in used:
                    continue
                used.add((f.corpus, f.file, f.rule))
                chosen.append(f)
                picked += 1
    return chosen


def template(f) -> str:
    """A second_reader.tsv row for the finding, verdict left as '?'."""
    return "\t".join((f.corpus, f.file, f.part, str(f.s_start), f.rule, f.severity, "?", "-", "", ""))


# --- agreement ---------------------------------------------------------------------------

def kappa(pairs: Sequence[Tuple[str, str]]) -> float:
    """Cohen's kappa of two readers' labels: (p_o - p_e) / (1 - p_e); 1.0
    when the labels agree and there is no chance term to beat."""
    n = len(pairs)
    if not n:
        return float("nan")
    po = sum(a == b for a, b in pairs) / n
    left, right = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(left[c] * right[c] for c in set(left) | set(right)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def precision(verdicts: Iterable[str]) -> Tuple[int, int]:
    """(TRUE, TRUE + FALSE): DEBATABLE counts on neither side."""
    vs = list(verdicts)
    return vs.count("TRUE"), vs.count("TRUE") + vs.count("FALSE")


def binary(v: str) -> str:
    return "TRUE" if v == "TRUE" else "not"


def agreement(pairs: List[Tuple[dict, dict]]) -> Dict[str, object]:
    """Figures for one rule's (first, second) row pairs."""
    three = [(a["verdict"], b["verdict"]) for a, b in pairs]
    two = [(binary(x), binary(y)) for x, y in three]
    warn = [(a, b) for a, b in pairs if b["severity_reported"] in WARN]
    both_true = [(a["severity_deserved"], b["severity_deserved"]) for a, b in pairs
                 if a["verdict"] == b["verdict"] == "TRUE"]
    return {
        "n": len(pairs),
        "agree3": sum(x == y for x, y in three), "kappa3": kappa(three),
        "agree2": sum(x == y for x, y in two), "kappa2": kappa(two),
        "matrix": Counter(three),
        "p_first": precision(a["verdict"] for a, _ in warn),
        "p_second": precision(b["verdict"] for _, b in warn),
        "n_warn": len(warn),
        "sev": (sum(x == y for x, y in both_true), len(both_true)),
        "sev_pairs": Counter(both_true),
        "errors": (len([1 for _, b in pairs if b["severity_reported"] == "error"]),
                   sum(deserves_error(a) for a, b in pairs if b["severity_reported"] == "error"),
                   sum(deserves_error(b) for _, b in pairs if b["severity_reported"] == "error")),
    }


def deserves_error(r: dict) -> bool:
    return r["verdict"] == "TRUE" and r["severity_deserved"] == "error"


def project(first_counts: Counter, pairs: List[Tuple[dict, dict]]) -> Tuple[float, float]:
    """Expected (TRUE, FALSE) counts had the second reader judged findings the
    first reader judged ``first_counts`` (verdict -> findings): each first
    verdict is spread over the second reader's verdicts in the proportions the
    paired sample shows for it (a verdict the sample never shows stays as it is)."""
    trans = Counter((a["verdict"], b["verdict"]) for a, b in pairs)
    exp = Counter()
    for v, n in first_counts.items():
        total = sum(trans[(v, w)] for w in P.VERDICTS)
        for w in P.VERDICTS:
            exp[w] += n * (trans[(v, w)] / total if total else float(v == w))
    return exp["TRUE"], exp["FALSE"]


def print_projection(part: str, pairs: Dict[str, List[Tuple[dict, dict]]]) -> None:
    """The first reader's precision at warning+ on a part's judged findings
    today, and the second reader's projected from the paired sample."""
    table = P.judgements()
    counts: Dict[str, Counter] = defaultdict(Counter)
    for corpus in P.CORPORA:
        for f in P.load_findings(corpus)[0]:
            if f.rule in RULES and f.severity in WARN and (part == "all" or f.part == part):
                row = P.lookup(f, table)[0]
                if row is not None:
                    counts[f.rule][row["verdict"]] += 1
    print(f"part {part}, judged findings at warning+ today (code {P.code_key()}):")
    for rule in RULES:
        c = counts[rule]
        t, f = project(c, pairs.get(rule, []))
        print(f"  {rule}: first reader {fmt_p((c['TRUE'], c['TRUE'] + c['FALSE']))} "
              f"[{c['TRUE']} TRUE / {c['FALSE']} FALSE / {c['DEBATABLE']} DEBATABLE]; "
              f"second reader projected {t / (t + f) if t + f else float('nan'):.2f} "
              f"(expected {t:.1f} TRUE / {f:.1f} FALSE)")


def pair_rows(first: Dict[tuple, dict], second: List[dict]) -> Dict[str, List[Tuple[dict, dict]]]:
    """Second-reader rows matched with the first reader's row of the same key, per rule."""
    out: Dict[str, List[Tuple[dict, dict]]] = defaultdict(list)
    for b in second:
        a = first.get((b["corpus"], b["file"], int(b["sentence_start"]), b["rule"]))
        if a is not None:
            out[b["rule"]].append((a, b))
    return out


def fmt_p(tp: Tuple[int, int]) -> str:
    return f"{P.ratio(*tp)} ({tp[0]}/{tp[1]}, 95% {P.wilson(*tp)})"


def print_compare(pairs: Dict[str, List[Tuple[dict, dict]]], disagreements: bool = True) -> None:
    total = [p for r in RULES for p in pairs.get(r, [])]
    for rule in RULES + ("all",):
        ps = total if rule == "all" else pairs.get(rule, [])
        if not ps:
            continue
        g = agreement(ps)
        print(f"{rule}: {g['n']} findings ({g['n_warn']} at warning+)")
        print(f"  TRUE/FALSE/DEBATABLE: agree {g['agree3']}/{g['n']} = {g['agree3'] / g['n']:.2f}, "
              f"kappa {g['kappa3']:.2f}")
        print(f"  TRUE vs not:          agree {g['agree2']}/{g['n']} = {g['agree2'] / g['n']:.2f}, "
              f"kappa {g['kappa2']:.2f}")
        print(f"  precision at warning+: first reader {fmt_p(g['p_first'])}; "
              f"second reader {fmt_p(g['p_second'])}")
        by_part = {part: agreement([(a, b) for a, b in ps if b["part"] == part]) for part in ("dev", "test")}
        print("  by part: " + "; ".join(f"{part} agree {x['agree3']}/{x['n']}, TRUE vs not {x['agree2']}/{x['n']}"
                                        for part, x in by_part.items() if x["n"]))
        m = g["matrix"]
        print("  first \\ second  " + " ".join(f"{v:>9}" for v in P.VERDICTS))
        for a in P.VERDICTS:
            print(f"  {a:<15} " + " ".join(f"{m[(a, b)]:>9}" for b in P.VERDICTS))
        if rule == "anonymous-source":
            k, n = g["sev"]
            print(f"  severity_deserved where both say TRUE: agree {k}/{n}; "
                  + ", ".join(f"{x}/{y} {c}" for (x, y), c in sorted(g["sev_pairs"].items())))
            n, first, second = g["errors"]
            print(f"  reported errors that deserve error: first reader {first}/{n}, second reader {second}/{n}")
    if disagreements:
        print("\ndisagreements (first reader -> second reader):")
        for rule in RULES:
            for a, b in pairs.get(rule, []):
                if a["verdict"] != b["verdict"]:
                    print(f"  {rule} {b['corpus']} {b['file']} {b['sentence_start']} ({b['severity_reported']}): "
                          f"{a['verdict']} {a['class'] or '-'} -> {b['verdict']} {b['class'] or '-'}\n"
                          f"      first: {a['reason']}\n      second: {b['reason']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="print the blind sample with context and a row each")
    ap.add_argument("--list", action="store_true", help="print the sample's keys only")
    ap.add_argument("--compare", action="store_true", help="agreement of second_reader.tsv with findings.tsv")
    ap.add_argument("--quiet", action="store_true", help="with --compare: leave out the disagreement list")
    ap.add_argument("--project", choices=("dev", "test", "all"),
                    help="with --compare: the second reader's precision projected onto a part's judged findings")
    args = ap.parse_args(argv)
    if args.compare:
        second = P.read_tsv(SECOND, FIELDS)
        bad = [r for r in second if r["verdict"] not in P.VERDICTS]
        if bad:
            sys.exit(f"second_reader.tsv: {len(bad)} rows without a verdict")
        pairs = pair_rows(P.judgements(), second)
        print_compare(pairs, not args.quiet)
        if args.project:
            print()
            print_projection(args.project, pairs)
        return 0
    findings = []
    for corpus in P.CORPORA:
        findings += P.load_findings(corpus)[0]
    sample = draw(findings, set(P.judgements()))
    import judged_sample as J
    for i, f in enumerate(sample):
        if args.list:
            print(template(f))
        else:
            print(J.show(f, i) + template(f) + "\n")
    print(f"{len(sample)} findings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
