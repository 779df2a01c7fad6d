"""Precision and recall of factcheck's findings on real news, judged by a desk editor's standard.

    python benchmarks/precision.py                 # all articles
    python benchmarks/precision.py --part test     # the held-out part only (never tune on it)
    python benchmarks/precision.py --part dev --unjudged 20   # + 20 unjudged findings to judge

Runs ``factcheck check --format json --isolated --no-cache`` on BBC News
(``../shared/benchmarks/bbc-news/bbc``, the five topic folders) and on PolNeAR
(``../shared/benchmarks/polnear/data/{train,dev,test}/text``), or
``$FACTCHECK_BENCHMARKS/...``; the JSON is cached in the temporary folder under
a key made of factcheck's source and data files, so a second run of the same
code takes a second or two.

It reads the judgements in ``benchmarks/judged/findings.tsv`` (see
docs/judging.md: verdicts TRUE / FALSE / DEBATABLE under ../shared/JUDGING.md),
then ``rejudge_dev.tsv`` and ``rejudge_test.tsv`` (blind re-judgements of every
finding at warning and above of each part, whose verdicts replace the first ones)
and, when present, ``benchmarks/judged/recall.tsv`` (every sentence an editor
must raise in a set of fully read articles), and prints per rule:

- judged findings among today's findings, TRUE / FALSE / DEBATABLE, and
  precision TRUE / (TRUE + FALSE) at warning and above and over all severities;
- findings today that no judgement covers (``unjudged``);
- recall on the fully read articles (a finding hits a listed sentence when its
  sentence overlaps the listed span and the rules match);
- findings per 1,000 words on BBC News and on PolNeAR, and unsourced-claim
  warnings per BBC article.

A judgement is keyed by (corpus, file, sentence_start, rule): ``file`` is the
path relative to the corpus root, ``sentence_start`` the character offset in
the article text where the flagged sentence begins.  anonymous-source and
vague-attribution are one family: a sentence judged under one of them and now
reported under the other is matched through the ``belongs`` column (see
``lookup``).  Every article belongs to a fixed part, ``dev`` or ``test``,
decided by a hash of its corpus and path (``part_of``), so findings never
leak between parts when rules change.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "benchmarks" / "judged"
RULES = ("unsourced-claim", "anonymous-source", "vague-attribution", "conflicting-figure", "quote-variant")
FAMILY = {"anonymous-source": "vague-attribution", "vague-attribution": "anonymous-source"}
VERDICTS = ("TRUE", "FALSE", "DEBATABLE")
FIELDS = ("corpus", "file", "part", "sentence_start", "rule", "severity_reported", "verdict",
          "severity_deserved", "class", "belongs", "reason")
RECALL_FIELDS = ("corpus", "file", "part", "sentence_start", "sentence_end", "rule", "note")

# corpus name -> (root under the benchmarks folder, folders given to factcheck, relative to the root)
CORPORA = {
    "bbc": ("bbc-news/bbc", ("business", "entertainment", "politics", "sport", "tech")),
    "polnear": ("polnear/data", ("train/text", "dev/text", "test/text")),
}
# corpora read only when asked for (--corpora): fetched into a cache folder, not in ../shared
EXTRA_CORPORA = {
    "reuters": ("", ("articles",)),  # benchmarks/fetch_reuters.py
}
SHORT = {"bbc": "BBC", "polnear": "Pol", "reuters": "Reu"}
NAMES = {"bbc": "BBC News", "polnear": "PolNeAR", "reuters": "Reuters-21578"}


def benchmarks_dir() -> Path:
    base = os.environ.get("FACTCHECK_BENCHMARKS")
    return Path(base) if base else ROOT.parent / "shared" / "benchmarks"


def corpus_root(corpus: str) -> Path:
    if corpus == "reuters":
        from fetch_reuters import default_root
        path = default_root()
        if not (path / "articles").is_dir():
            sys.exit(f"benchmark data not found: {path} (run python benchmarks/fetch_reuters.py)")
        return path
    path = benchmarks_dir() / CORPORA[corpus][0]
    if not path.is_dir():
        sys.exit(f"benchmark data not found: {path} (set FACTCHECK_BENCHMARKS)")
    return path


def folders(corpus: str) -> Tuple[str, ...]:
    return (CORPORA.get(corpus) or EXTRA_CORPORA[corpus])[1]


def corpora_arg(value: str) -> Tuple[str, ...]:
    """``--corpora bbc,polnear``: names checked against the known corpora."""
    names = tuple(n.strip() for n in value.split(",") if n.strip())
    unknown = [n for n in names if n not in CORPORA and n not in EXTRA_CORPORA]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown corpus {', '.join(unknown) or value!r}; "
                                         f"known: {', '.join((*CORPORA, *EXTRA_CORPORA))}")
    return names


def part_of(corpus: str, rel: str) -> str:
    """``dev`` or ``test``, fixed for an article: the parity of the first byte
    of SHA-256 of ``corpus/rel`` (about half each)."""
    return "dev" if hashlib.sha256(f"{corpus}/{rel}".encode()).digest()[0] % 2 == 0 else "test"


def code_key() -> str:
    """A digest of factcheck's source and data files (what decides its output)."""
    h = hashlib.sha256()
    pkg = ROOT / "factcheck"
    for p in sorted(pkg.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc":
            h.update(str(p.relative_to(pkg)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:20]


def corpus_key(root: Path, dirs) -> str:
    """A digest of a corpus's file names and sizes (a corpus fetched again
    with other articles is run again)."""
    h = hashlib.sha256()
    for d in dirs:
        for p in sorted((root / d).rglob("*")):
            if p.is_file():
                h.update(f"{p.relative_to(root)}\0{p.stat().st_size}\0".encode())
    return h.hexdigest()[:10]


def run_factcheck(corpus: str, refresh: bool = False) -> dict:
    """factcheck's JSON for a whole corpus (one run, so story rules compare
    articles across folders), cached by code version."""
    root = corpus_root(corpus)
    cache = Path(tempfile.gettempdir()) / "factcheck-precision"
    cache.mkdir(exist_ok=True)
    out = cache / f"{corpus}-{code_key()}-{corpus_key(root, folders(corpus))}.json"
    if refresh or not out.exists():
        paths = [str(root / d) for d in folders(corpus)]
        tmp = f"{out}.{os.getpid()}.tmp"  # several worktrees may share the temporary folder
        cmd = [sys.executable, "-m", "factcheck", "check", *paths, "--format", "json", "--isolated",
               "--no-cache", "--quiet", "--fail-on", "never", "-o", tmp]
        subprocess.run(cmd, check=True, cwd=ROOT)
        os.replace(tmp, out)
        week = 7 * 24 * 3600
        for old in cache.glob("*.json"):  # outputs of code nobody has run for a week
            if old != out and old.stat().st_mtime < out.stat().st_mtime - week:
                old.unlink(missing_ok=True)
    return json.loads(out.read_text(encoding="utf-8"))


def sentence_span(text: str, sentence: str, start: int) -> Tuple[int, int]:
    """Where the finding's sentence (whitespace-normalised in the JSON) lies
    in the article text: the occurrence that contains ``start``."""
    words = sentence.split()
    if not words:
        return start, start
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    lo = max(0, start - len(sentence) * 2 - 200)
    for m in pattern.finditer(text, lo, start + len(sentence) * 2 + 200):
        if m.start() <= start < max(m.end(), m.start() + 1):
            return m.start(), m.end()
    return start, start


class Finding:
    __slots__ = ("corpus", "file", "part", "rule", "severity", "start", "end", "s_start", "s_end",
                 "sentence", "message", "paragraph", "related")

    def key(self) -> Tuple[str, str, int, str]:
        return (self.corpus, self.file, self.s_start, self.rule)


def load_findings(corpus: str, refresh: bool = False) -> Tuple[List[Finding], Dict[str, int]]:
    """Today's findings of a corpus (input errors left out) and the words per article."""
    root = corpus_root(corpus)
    data = run_factcheck(corpus, refresh)
    # the cache is shared between worktrees, whose corpus paths may differ by a symlink
    real_root = os.path.realpath(root)
    words = {}
    for a in data["articles"]:
        words[os.path.relpath(os.path.realpath(a["file"]), real_root)] = a["words"]
    texts: Dict[str, str] = {}
    out = []
    for f in data["findings"]:
        if f["rule"] == "input-error":
            continue
        rel = os.path.relpath(os.path.realpath(f["file"]), real_root)
        if rel not in texts:
            texts[rel] = (root / rel).read_bytes().decode("utf-8", "replace")
        x = Finding()
        x.corpus, x.file, x.part, x.rule, x.severity = corpus, rel, part_of(corpus, rel), f["rule"], f["severity"]
        x.start, x.end, x.sentence, x.message, x.paragraph = f["start"], f["end"], f["text"], f["message"], f["paragraph"]
        x.s_start, x.s_end = sentence_span(texts[rel], f["text"], f["start"])
        x.related = tuple((os.path.relpath(os.path.realpath(r["file"]), real_root), r.get("text") or "")
                          for r in f.get("related") or ())
        out.append(x)
    return out, words


def read_tsv(path: Path, fields) -> List[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if rows and tuple(rows[0].keys())[: len(fields)] != tuple(fields):
        sys.exit(f"{path}: header must be {' '.join(fields)}")
    return rows


# read in this order; a later row for the same key replaces an earlier one, so the blind
# re-judgements of 2026-12-06 (benchmarks/rejudge_dev.py: every dev finding at warning+, then every
# test one, by one population of readers) are each part's verdict where they gave one
JUDGEMENT_FILES = ("findings.tsv", "rejudge_dev.tsv", "rejudge_test.tsv")


def judgements() -> Dict[Tuple[str, str, int, str], dict]:
    table = {}
    for name in JUDGEMENT_FILES:
        for row in read_tsv(JUDGED / name, FIELDS):
            if row["verdict"] not in VERDICTS:
                sys.exit(f"{name}: bad verdict {row['verdict']!r} for {row['file']}")
            table[(row["corpus"], row["file"], int(row["sentence_start"]), row["rule"])] = row
    return table


def lookup(f: Finding, table) -> Tuple[Optional[dict], str]:
    """The judgement of a finding and how it was matched (``exact`` or ``moved``).

    anonymous-source and vague-attribution share sentences: a finding moved
    from one to the other keeps its sentence's judgement.  Judges write a row
    for each rule a sentence was judged under (docs/judging.md); when only
    the other rule's row exists, the verdict under this rule is derived:
    TRUE when that row's ``belongs`` names this rule, DEBATABLE when that
    row was DEBATABLE, otherwise FALSE (a real withheld source reported as
    vague-attribution is ``wrong-rule``; a named source stays a false alarm
    of its class)."""
    row = table.get(f.key())
    if row is not None and row.get("partner") and f.rule in STORY_RULES:
        row = _partnered(f) or row
    if row is not None:
        return row, "exact"
    other = FAMILY.get(f.rule)
    row = table.get((f.corpus, f.file, f.s_start, other)) if other else None
    if row is None:
        return None, ""
    if row.get("belongs") == f.rule:
        verdict, cls = "TRUE", ""
    elif row["verdict"] == "DEBATABLE":
        verdict, cls = "DEBATABLE", row["class"]
    else:
        verdict, cls = "FALSE", "wrong-rule" if row["verdict"] == "TRUE" else row["class"]
    return dict(row, rule=f.rule, verdict=verdict, severity_deserved="-", **{"class": cls}), "moved"


STORY_RULES = frozenset({"conflicting-figure", "quote-variant"})


def _partnered(f: Finding) -> Optional[dict]:
    """For a story rule's finding: the judgement of its sentence whose
    ``partner`` (the other article's file name, an optional last column)
    is among the finding's related articles.  One sentence may be paired
    with two figures of other articles, one TRUE and one FALSE."""
    partners = {os.path.basename(rel) for rel, _text in f.related}
    return next((r for r in _partnered_rows().get(f.key(), ()) if r["partner"] in partners), None)


@lru_cache(maxsize=1)
def _partnered_rows() -> Dict[Tuple[str, str, int, str], List[dict]]:
    """The judgements that name a ``partner``, by key (read once)."""
    out: Dict[Tuple[str, str, int, str], List[dict]] = {}
    for r in read_tsv(JUDGED / "findings.tsv", FIELDS):
        if r.get("partner"):
            out.setdefault((r["corpus"], r["file"], int(r["sentence_start"]), r["rule"]), []).append(r)
    return out


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def wilson(k: int, n: int, z: float = 1.96) -> str:
    """95% Wilson score interval of a proportion k/n, as 'lo-hi'."""
    if not n:
        return "-"
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return f"{max(0.0, centre - half):.2f}-{min(1.0, centre + half):.2f}"


def count(s: Counter, falses: Counter, f: Finding, row: dict, how: str) -> None:
    """Add one judged finding to its rule's counters."""
    v = row["verdict"]
    s["judged"] += 1
    s[v] += 1
    s["moved"] += how == "moved"
    if f.severity in ("error", "warning"):
        s["w_" + v] += 1
    if v == "FALSE":
        falses[row["class"] or "?"] += 1
    if f.rule == "anonymous-source":
        deserved = v == "TRUE" and row["severity_deserved"] == "error"
        s["err_judged"] += f.severity == "error"
        s["err_deserved"] += f.severity == "error" and deserved
        s["warn_deserves_err"] += f.severity != "error" and deserved


def tally(findings: List[Finding], table):
    """Per-rule counters, FALSE classes per rule, and the unjudged findings."""
    stats: Dict[str, Counter] = defaultdict(Counter)
    falses: Dict[str, Counter] = defaultdict(Counter)
    unjudged = []
    for f in findings:
        row, how = lookup(f, table)
        stats[f.rule][f.corpus] += 1
        if row is None:
            stats[f.rule]["unjudged"] += 1
            unjudged.append(f)
        else:
            count(stats[f.rule], falses[f.rule], f, row, how)
    return stats, falses, unjudged


def score_recall(findings: List[Finding], keep, stats, corpora=tuple(CORPORA)) -> Tuple[int, int, int]:
    """Adds recall counters to stats; returns (fully read articles, listed
    sentences, articles whose part column disagrees with part_of)."""
    all_recall = [r for r in read_tsv(JUDGED / "recall.tsv", RECALL_FIELDS) if r["corpus"] in corpora]
    read_list = [r for r in read_tsv(JUDGED / "recall_articles.tsv", ("corpus", "file")) if r["corpus"] in corpora]
    # the part is always the hash's (part_of); a part column that disagrees is reported, not obeyed
    mismatched = {(r["corpus"], r["file"]) for r in all_recall + read_list
                  if r.get("part") and r["part"] != part_of(r["corpus"], r["file"])}
    rows = [r for r in all_recall if keep(part_of(r["corpus"], r["file"]))]
    by_article = defaultdict(list)
    for f in findings:
        by_article[(f.corpus, f.file)].append(f)
    for r in rows:
        s = stats[r["rule"]]
        s["must"] += 1
        a0, a1 = int(r["sentence_start"]), int(r["sentence_end"])
        hits = [f for f in by_article[(r["corpus"], r["file"])] if overlaps(f.s_start, max(f.s_end, f.s_start + 1), a0, a1)]
        s["hit"] += any(f.rule == r["rule"] for f in hits)
        s["hit_w"] += any(f.rule == r["rule"] and f.severity in ("warning", "error") for f in hits)
        s["hit_family"] += any(f.rule == r["rule"] or FAMILY.get(f.rule) == r["rule"] for f in hits)
    read = {(r["corpus"], r["file"]) for r in rows}
    read |= {(r["corpus"], r["file"]) for r in read_list if keep(part_of(r["corpus"], r["file"]))}
    return len(read), len(rows), len(mismatched)


def print_table(stats, words, ci: bool) -> None:
    print(f"{'rule':<19}{'judged':>7}{'TRUE':>6}{'FALSE':>6}{'DEB':>5}{'P(w+)':>7}{'P(all)':>7}{'recall':>12}"
          + "".join(f"{'/1kw ' + SHORT[c]:>9}" for c in words) + f"{'unjudged':>9}"
          + (f"{'95% CI P(w+)':>14}" if ci else ""))
    for rule in RULES:
        s = stats.get(rule, Counter())
        if not any(s.values()):
            continue
        rec = f"{s['hit']}/{s['must']}" if s["must"] else "-"
        print(f"{rule:<19}{s['judged']:>7}{s['TRUE']:>6}{s['FALSE']:>6}{s['DEBATABLE']:>5}"
              f"{ratio(s['w_TRUE'], s['w_TRUE'] + s['w_FALSE']):>7}{ratio(s['TRUE'], s['TRUE'] + s['FALSE']):>7}"
              f"{rec:>12}" + "".join(f"{1000 * s[c] / max(n, 1):>9.2f}" for c, n in words.items())
              + f"{s['unjudged']:>9}"
              + (f"{wilson(s['w_TRUE'], s['w_TRUE'] + s['w_FALSE']):>14}" if ci else ""))


def print_notes(stats, table, keep, mismatched: int) -> None:
    an = stats.get("anonymous-source", Counter())
    if an["err_judged"]:
        print(f"anonymous-source severity: {an['err_judged']} judged errors, {an['err_deserved']} deserve error; "
              f"{an['warn_deserves_err']} judged warnings deserve error")
    idle = Counter((row["rule"], row["verdict"]) for row in table.values()
                   if keep(row["part"]) and not stats.get(row["rule"], Counter())["judged"])
    for rule in sorted({r for r, _ in idle}):
        print(f"judged sentences for {rule}, which reports nothing today: "
              + ", ".join(f"{v} {idle[(rule, v)]}" for v in VERDICTS))
    at_w = [r for r in RULES if stats.get(r, Counter())["must"]]
    if at_w:
        print("recall at warning and above (the recall column counts any severity): "
              + ", ".join(f"{r} {stats[r]['hit_w']}/{stats[r]['must']}" for r in at_w))
    fam = {r: stats[r]["hit_family"] for r in FAMILY if stats[r]["must"]}
    if fam:
        print("recall counting anonymous-source and vague-attribution as one family: "
              + ", ".join(f"{r} {n}/{stats[r]['must']}" for r, n in fam.items()))
    moved = sum(stats[r]["moved"] for r in FAMILY)
    if moved:
        print(f"judgements matched across anonymous-source/vague-attribution: {moved}")
    if mismatched:
        print(f"note: {mismatched} fully read articles carry a part column that differs from part_of(); "
              "the hash decides")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--refresh", action="store_true", help="run factcheck again even if cached")
    ap.add_argument("--unjudged", type=int, default=0, metavar="N", help="list N unjudged findings (dev only)")
    ap.add_argument("--falses", action="store_true", help="count FALSE verdicts by class per rule")
    ap.add_argument("--ci", action="store_true", help="add a 95%% Wilson interval for precision at warning and above")
    ap.add_argument("--corpora", type=corpora_arg, default=tuple(CORPORA),
                    help="comma-separated corpora (default: bbc,polnear; reuters after fetch_reuters.py)")
    args = ap.parse_args(argv)
    keep = (lambda p: True) if args.part == "all" else (lambda p: p == args.part)
    table = {k: row for k, row in judgements().items() if k[0] in args.corpora}
    findings, words, articles = [], {}, {}
    for corpus in args.corpora:
        fs, w = load_findings(corpus, args.refresh)
        findings += [f for f in fs if keep(f.part)]
        words[corpus] = sum(n for rel, n in w.items() if keep(part_of(corpus, rel)))
        articles[corpus] = sum(1 for rel in w if keep(part_of(corpus, rel)))
    stats, falses, unjudged = tally(findings, table)
    read_articles, listed, mismatched = score_recall(findings, keep, stats, args.corpora)

    print(f"part: {args.part}; judgements: {len(table)}; code: {code_key()}")
    print("; ".join(f"{NAMES[c]}: {articles[c]} articles, {words[c]} words" for c in args.corpora)
          + f"; fully read for recall: {read_articles} articles, {listed} sentences")
    print_table(stats, words, args.ci)
    for c in args.corpora:
        uc_w = sum(1 for f in findings if f.corpus == c and f.rule == "unsourced-claim" and f.severity in ("warning", "error"))
        print(f"unsourced-claim warnings per {NAMES[c]} article: {uc_w / max(articles[c], 1):.2f} ({uc_w})")
    print_notes(stats, table, keep, mismatched)
    if args.falses:
        for rule in RULES:
            if falses.get(rule):
                print(f"FALSE by class, {rule}: " + ", ".join(f"{c} {n}" for c, n in falses[rule].most_common()))
    if args.unjudged:
        for f in [f for f in unjudged if f.part == "dev"][: args.unjudged]:
            print("\t".join((f.corpus, f.file, f.part, str(f.s_start), f.rule, f.severity, " ".join(f.sentence.split())[:160])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
