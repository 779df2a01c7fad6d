"""Cross-outlet comparison on the invented multi-outlet set (issue 11).

    python benchmarks/cross_outlet.py                   # dev part, + the BBC cross-story count
    python benchmarks/cross_outlet.py --part test       # the held-out part (never tune on it)
    python benchmarks/cross_outlet.py --part all --verbose
    python benchmarks/cross_outlet.py --no-bbc          # skip the BBC run (about a minute)
    python benchmarks/cross_outlet.py --no-bbc --code 650bd1d --stories a,b   # on older code, this set

Runs factcheck (the public API, isolated settings, no cache: what
``factcheck check --format json --isolated --no-cache`` prints) on each story
folder of benchmarks/cross_outlet/stories, and once on every story's files
mixed in one folder, then prints:

(a) story grouping: story folders that came out as more than one story;
    in the mixed folder, stories split over several groups and groups that
    merge articles of different stories;
(b) conflicting-figure precision and recall against labels.tsv.  A finding
    names the places it takes for one quantity (the flagged figure and its
    ``related`` ones); a labelled pair matches it when one of those places
    overlaps figure_a in file_a and another overlaps figure_b in file_b.
    A finding matching a ``conflict`` row is a true positive; otherwise it is
    a false positive, on a labelled ``consistent``/``different`` pair or on
    no labelled pair (``--verbose`` lists them with the misses).  Recall
    counts the conflict rows some finding matches;
(c) quote-variant precision and recall against quotes.tsv, the same way
    (a quote's place is where its first words, quote_a_start, are);
(d) cross-story findings on BBC News (../shared/benchmarks/bbc-news/bbc).
    A conflicting-figure or quote-variant finding is cross-story when it
    relates two articles that (1) the JSON puts in different stories (the
    story rules must never compare them), or (2) bbc_pairs.tsv, the pairs
    checked by hand, lists as different stories, or (3) lie in different
    BBC sections (business, politics, sport, ...) and are not listed there
    as one story: the BBC files some events under two sections, so a
    cross-section pair counts only until someone has checked it.  The count
    must be 0.  Same-section pairs not yet checked are listed for review.

Per-class lines show what the tool finds of each class of the set
(benchmarks/cross_outlet/README.md describes the classes and labels).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET_DIR = os.path.join(ROOT, "benchmarks", "cross_outlet")
STORIES_DIR = os.path.join(SET_DIR, "stories")
BBC = os.path.join(ROOT, "..", "shared", "benchmarks", "bbc-news", "bbc")
PAIR_RULES = {"figures": "conflicting-figure", "quotes": "quote-variant"}
POSITIVE = {"figures": "conflict", "quotes": "variant"}
MIXED_SEP = "--"


# ---------------------------------------------------------------------------
# The set


@dataclass(frozen=True)
class Pair:
    """One labelled row: two places (file, text) and a label."""

    kind: str  # figures | quotes
    story: str
    part: str
    file_a: str
    text_a: str
    file_b: str
    text_b: str
    label: str
    why: str
    cls: str

    @property
    def positive(self) -> bool:
        return self.label == POSITIVE[self.kind]

    def describe(self) -> str:
        return f"{self.file_a} \"{self.text_a}\" / {self.file_b} \"{self.text_b}\""


def read_tsv(name: str) -> List[Dict[str, str]]:
    with open(os.path.join(SET_DIR, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_stories() -> Dict[str, Tuple[str, List[str]]]:
    """story -> (part, [file names inside the story folder]), from stories.tsv."""
    out: Dict[str, Tuple[str, List[str]]] = {}
    for row in read_tsv("stories.tsv"):
        story, name = row["file"].split("/", 1)
        part, files = out.setdefault(row["story"], (row["part"], []))
        files.append(name)
    return out


def read_pairs(kind: str) -> List[Pair]:
    name, a, b = (("labels.tsv", "figure_a", "figure_b") if kind == "figures"
                  else ("quotes.tsv", "quote_a_start", "quote_b_start"))
    return [Pair(kind, r["story"], r["part"], r["file_a"], r[a], r["file_b"], r[b],
                 r["label"], r["why"], r.get("class") or "")
            for r in read_tsv(name)]


def article_text(path: str) -> str:
    """The text factcheck's offsets refer to (for HTML: the extracted text)."""
    from factcheck.load import load_file

    return load_file(path, path)[0].content


def spans_of(text: str, needle: str) -> List[Tuple[int, int]]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return out


# ---------------------------------------------------------------------------
# Running factcheck


def run_json(paths: Sequence[str], jobs: int = 1) -> dict:
    """What ``factcheck check PATHS --format json --isolated --no-cache`` prints."""
    from factcheck import config
    from factcheck.check import run
    from factcheck.render.serialize import report_dict

    settings = config.load(list(paths), None, True).settings
    return report_dict(run(list(paths), settings, jobs=jobs))


Loc = Tuple[str, int, int]  # (file key, start, end)


def reported(data: dict, rule: str, key) -> List[Tuple[Tuple[Loc, ...], dict]]:
    """The findings of ``rule``, each as its locations (the flagged place,
    then its ``related`` ones), once per set of locations; ``key`` maps a
    JSON file to the file key used in labels."""
    seen, out = set(), []
    for f in data["findings"]:
        if f["rule"] != rule:
            continue
        locs = ((key(f["file"]), f["start"], f["end"]),) + tuple(
            (key(r["file"]), r["start"], r["end"]) for r in f["related"])
        if frozenset(locs) not in seen:
            seen.add(frozenset(locs))
            out.append((locs, f))
    return out


# ---------------------------------------------------------------------------
# Scoring


class Locator:
    """Where each labelled text lies in its article (file key -> text)."""

    def __init__(self, paths: Dict[str, str]):
        self.paths = paths
        self.texts: Dict[str, str] = {}

    def text(self, file_key: str) -> str:
        if file_key not in self.texts:
            self.texts[file_key] = article_text(self.paths[file_key])
        return self.texts[file_key]

    def spans(self, file_key: str, needle: str) -> List[Tuple[int, int]]:
        return spans_of(self.text(file_key), needle)


def overlaps(loc: Loc, file_key: str, spans: Iterable[Tuple[int, int]]) -> bool:
    return loc[0] == file_key and any(loc[1] < e and s < loc[2] for s, e in spans)


def matches(pair: Pair, here: Loc, there: Loc, where: Locator, story_key) -> bool:
    fa, fb = story_key(pair.story, pair.file_a), story_key(pair.story, pair.file_b)
    sa, sb = where.spans(fa, pair.text_a), where.spans(fb, pair.text_b)
    return ((overlaps(here, fa, sa) and overlaps(there, fb, sb))
            or (overlaps(here, fb, sb) and overlaps(there, fa, sa)))


@dataclass
class Score:
    tp: int = 0
    fp_labelled: int = 0
    fp_unlabelled: int = 0
    positives: int = 0
    found: int = 0
    # severity -> [true positives, findings]
    severities: Dict[str, List[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def precision(self) -> Optional[float]:
        n = self.tp + self.fp_labelled + self.fp_unlabelled
        return self.tp / n if n else None

    def recall(self) -> Optional[float]:
        return self.found / self.positives if self.positives else None


def score(pairs: List[Pair], found: List[Tuple[Tuple[Loc, ...], dict]], where: Locator, story_key,
          story_of) -> Tuple[Score, Dict[Pair, int], List[Tuple[Tuple[Loc, ...], dict, Optional[Pair]]]]:
    """Score findings against labelled pairs.  A finding names two or more
    places it takes for one quantity (or utterance); it is a true positive
    when two of them match a positive row (conflict, variant), else a false
    positive: on a labelled negative pair when two of its places match one,
    else unlabelled.  Returns the score, how many findings matched each
    labelled pair, and the false positives (with the negative pair matched,
    or None)."""
    sc = Score(positives=sum(p.positive for p in pairs))
    hits: Dict[Pair, int] = Counter()
    false: List[Tuple[Tuple[Loc, ...], dict, Optional[Pair]]] = []
    by_story: Dict[str, List[Pair]] = defaultdict(list)
    for p in pairs:
        by_story[p.story].append(p)
    for locs, finding in found:
        cands = by_story.get(story_of(locs[0][0]), [])
        claimed = _claimed(locs, finding, where)
        matched = [p for p in cands if any(matches(p, x, y, where, story_key) for x, y in claimed)]
        for p in matched:
            hits[p] += 1
        good = [p for p in matched if p.positive]
        sev = sc.severities[finding.get("severity", "?")]
        sev[0] += bool(good)
        sev[1] += 1
        if good:
            sc.tp += 1
        elif matched:
            sc.fp_labelled += 1
            false.append((locs, finding, matched[0]))
        else:
            sc.fp_unlabelled += 1
            false.append((locs, finding, None))
    sc.found = sum(1 for p in pairs if p.positive and hits[p])
    return sc, hits, false


def _claimed(locs: Tuple[Loc, ...], finding: dict, where: Locator) -> List[Tuple[Loc, Loc]]:
    """The pairs of places a finding takes for two versions of one thing:
    every two of them, except, for a quote variant, two places that quote
    the same words (one wording quoted in two articles is one side)."""
    pairs = list(combinations(locs, 2))
    if finding.get("rule") != "quote-variant":
        return pairs

    def words(loc: Loc) -> str:
        return " ".join(where.text(loc[0])[loc[1]:loc[2]].lower().split()).strip(" ,.\"\u201c\u201d")

    return [(x, y) for x, y in pairs if words(x) != words(y)]


def fmt(x: Optional[float]) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def print_score(title: str, sc: Score) -> None:
    print(f"  {title}: precision {fmt(sc.precision())} ({sc.tp} of "
          f"{sc.tp + sc.fp_labelled + sc.fp_unlabelled} findings; false: {sc.fp_labelled} on "
          f"labelled non-{'conflict' if 'figure' in title else 'variant'} pairs, {sc.fp_unlabelled} "
          f"unlabelled)   recall {fmt(sc.recall())} ({sc.found} of {sc.positives})")
    if sc.severities:
        print("    by severity: " + ", ".join(f"{sev} {tp} true of {n}"
                                              for sev, (tp, n) in sorted(sc.severities.items())))


def print_classes(pairs: List[Pair], hits: Dict[Pair, int]) -> None:
    """Per label and class: how many rows the tool reported."""
    table: Dict[Tuple[str, str], List[int]] = defaultdict(lambda: [0, 0])
    for p in pairs:
        cell = table[(p.label, p.cls)]
        cell[0] += 1 if hits[p] else 0
        cell[1] += 1
    for (label, cls), (hit, total) in sorted(table.items()):
        verb = "found" if label in POSITIVE.values() else "reported (should be quiet)"
        print(f"      {label:<10} {cls:<18} {verb}: {hit} of {total}")


def print_false(false, texts: Locator, title: str) -> None:
    if not false:
        return
    print(f"    false positives ({title}):")
    for locs, finding, pair in false:
        what = f"labelled {pair.label}: {pair.why}" if pair else "unlabelled"
        places = " / ".join(f"{k} \"{texts.texts.get(k, '')[s:e]}\"" for k, s, e in locs)
        print(f"      {places}  [{finding['severity']}; {what}]")


def print_misses(pairs: List[Pair], hits: Dict[Pair, int]) -> None:
    missed = [p for p in pairs if p.positive and not hits[p]]
    if missed:
        print("    missed:")
        for p in missed:
            print(f"      [{p.cls}] {p.story}: {p.describe()}")


# ---------------------------------------------------------------------------
# Grouping


def grouping_per_folder(runs: Dict[str, dict]) -> List[str]:
    """Story folders that came out as more than one story."""
    return sorted(s for s, data in runs.items() if len(data["stories"]) != 1)


def grouping_mixed(data: dict, story_of, selected: Iterable[str]) -> Tuple[List[str], List[List[str]]]:
    """(stories split over several groups, groups merging stories) in the mixed run."""
    groups_of: Dict[str, set] = defaultdict(set)
    merged: List[List[str]] = []
    selected = set(selected)
    for i, group in enumerate(data["stories"]):
        owners = sorted({story_of(f) for f in group["files"]})
        for s in owners:
            groups_of[s].add(i)
        if len(owners) > 1 and selected.intersection(owners):
            merged.append(owners)
    split = sorted(s for s in selected if len(groups_of[s]) > 1)
    return split, merged


# ---------------------------------------------------------------------------
# BBC


def read_bbc_pairs() -> Dict[FrozenSet[str], str]:
    """Article pairs of the BBC corpus checked by hand: {file, file} -> "yes"
    (one story) or "no" (different stories)."""
    return {frozenset((r["file_a"], r["file_b"])): r["same_story"] for r in read_tsv("bbc_pairs.tsv")}


@dataclass
class BBCCount:
    findings: int = 0  # conflicting-figure and quote-variant findings
    across: int = 0  # ... relating two different articles
    outside: int = 0  # ... relating articles the JSON puts in different stories
    checked_other: int = 0  # ... relating a pair checked by hand as different stories
    topic_unchecked: int = 0  # ... relating two BBC sections, pair not checked as one story
    same_topic_unchecked: List[Tuple[str, str]] = field(default_factory=list)

    @property
    def cross_story(self) -> int:
        return self.outside + self.checked_other + self.topic_unchecked


def bbc_cross_story(corpus: str, jobs: int) -> BBCCount:
    """Count findings that relate articles of different stories (see main's
    docstring, (d))."""
    data = run_json([corpus], jobs=jobs)
    checked = read_bbc_pairs()
    story_of = {f: i for i, group in enumerate(data["stories"]) for f in group["files"]}

    def rel(path: str) -> str:
        return os.path.relpath(path, corpus).replace("\\", "/")

    out = BBCCount()
    for f in data["findings"]:
        if f["rule"] not in PAIR_RULES.values():
            continue
        out.findings += 1
        pairs = {(f["file"], r["file"]) for r in f["related"] if r["file"] != f["file"]}
        out.across += bool(pairs)
        outside = other = topic = False
        for a, b in sorted(pairs):
            verdict = checked.get(frozenset((rel(a), rel(b))))
            outside |= story_of.get(a) != story_of.get(b)
            other |= verdict == "no"
            if verdict is None:
                if rel(a).split("/")[0] != rel(b).split("/")[0]:
                    topic = True
                else:
                    out.same_topic_unchecked.append((rel(a), rel(b)))
        out.outside += outside
        out.checked_other += other
        out.topic_unchecked += topic
    return out


# ---------------------------------------------------------------------------


def evaluate(title: str, datas: List[dict], key, story_key, story_of, figures, quotes, where,
             selected: Iterable[str], verbose: bool) -> None:
    """Print precision, recall and per-class hits of both pair rules; only
    reported pairs touching a selected story count."""
    print(f"{title}:")
    selected = set(selected)
    for kind, pairs in (("figures", figures), ("quotes", quotes)):
        rule = PAIR_RULES[kind]
        found = [r for d in datas for r in reported(d, rule, key)
                 if selected.intersection(story_of(k) for k, _, _ in r[0])]
        sc, hits, false = score(pairs, found, where, story_key, story_of)
        print_score(rule, sc)
        print_classes(pairs, hits)
        if verbose:
            print_misses(pairs, hits)
            print_false(false, where, rule)


def story_key(story: str, name: str) -> str:
    """The file key of labels and findings: ``story/file``."""
    return f"{story}/{name}"


def key_story(k: str) -> str:
    return k.split("/", 1)[0]


def folder_key(path: str) -> str:
    """File key of a path in a per-story run."""
    return os.path.relpath(path, STORIES_DIR).replace("\\", "/")


def mixed_key(path: str) -> str:
    """File key of a path in the mixed run (``story--file`` there)."""
    return os.path.basename(path).replace(MIXED_SEP, "/", 1)


def set_paths(stories: Dict[str, Tuple[str, List[str]]]) -> Dict[str, str]:
    """File key -> path of every article of the set."""
    return {story_key(s, n): os.path.join(STORIES_DIR, s, n) for s, (_, names) in stories.items()
            for n in names}


def run_mixed(paths: Dict[str, str]) -> dict:
    """factcheck's JSON for every article of ``paths`` copied into one flat folder."""
    tmp = tempfile.mkdtemp(prefix="cross_outlet_")
    try:
        for k, p in paths.items():
            shutil.copyfile(p, os.path.join(tmp, k.replace("/", MIXED_SEP)))
        return run_json([tmp])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def cross_story_findings(data: dict, key) -> List[Tuple[Tuple[Loc, ...], dict]]:
    """Pair-rule findings whose places lie in articles of different stories."""
    return [r for rule in PAIR_RULES.values() for r in reported(data, rule, key)
            if len({key_story(k) for k, _, _ in r[0]}) > 1]


def print_grouping(runs: Dict[str, dict], mixed: dict, n_articles: int, n_stories: int,
                   selected: List[str], verbose: bool) -> None:
    print("\n(a) story grouping")
    split_folders = grouping_per_folder(runs)
    print(f"  per story folder: {len(split_folders)} of {len(selected)} folders split into more than "
          f"one story" + (f" ({', '.join(split_folders)})" if split_folders else ""))
    split, merged = grouping_mixed(mixed, lambda f: key_story(mixed_key(f)), selected)
    print(f"  mixed folder ({n_articles} articles of {n_stories} stories, {len(mixed['stories'])} "
          f"groups): {len(split)} of {len(selected)} stories split, {len(merged)} groups merging "
          f"stories")
    if verbose:
        for s in split:
            print(f"    split: {s}")
        for owners in merged:
            print(f"    merged: {' + '.join(owners)}")
    cross = cross_story_findings(mixed, mixed_key)
    print(f"  mixed folder: {len(cross)} conflicting-figure/quote-variant findings across different "
          f"stories")


def print_bbc(corpus: str, jobs: int) -> None:
    print("\n(d) BBC News")
    if not os.path.isdir(corpus):
        print(f"  corpus not found: {corpus} (skipped)")
        return
    c = bbc_cross_story(corpus, jobs)
    print(f"  {c.findings} conflicting-figure/quote-variant findings, {c.across} relating two articles")
    print(f"  cross-story findings: {c.cross_story} (must be 0): {c.outside} across the JSON's "
          f"stories, {c.checked_other} on pairs checked as different stories, "
          f"{c.topic_unchecked} across BBC sections on pairs not checked as one story")
    print(f"  same-section pairs not yet checked by hand: {len(c.same_topic_unchecked)}")
    for a, b in c.same_topic_unchecked:
        print(f"    {a} / {b}  (check, then add to benchmarks/cross_outlet/bbc_pairs.tsv)")


def _without_code(argv: Sequence[str]) -> List[str]:
    """``argv`` without its ``--code REV`` (or ``--code=REV``)."""
    out: List[str] = []
    skip = False
    for a in argv:
        if skip:
            skip = False
        elif a == "--code":
            skip = True
        elif not a.startswith("--code="):
            out.append(a)
    return out


def run_at(rev: str, argv: Sequence[str]) -> int:
    """This benchmark, with this set and scoring, on factcheck's code at
    ``rev``: a detached worktree in a temporary folder goes first on the
    import path, and is removed afterwards."""
    import subprocess

    folder = tempfile.mkdtemp(prefix="factcheck-at-")
    os.rmdir(folder)
    added = subprocess.run(["git", "-C", ROOT, "worktree", "add", "--detach", "-q", folder, rev])
    if added.returncode != 0:
        print(f"cross_outlet.py: no worktree at {rev}", file=sys.stderr)
        return 2
    try:
        env = dict(os.environ, PYTHONPATH=folder)
        return subprocess.run([sys.executable, os.path.abspath(__file__), *argv], env=env, cwd=folder).returncode
    finally:
        subprocess.run(["git", "-C", ROOT, "worktree", "remove", "--force", folder])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="list misses, false positives and grouping errors")
    ap.add_argument("--no-bbc", action="store_true", help="skip the BBC News cross-story count")
    ap.add_argument("--bbc", default=BBC, help="BBC News corpus folder (default: %(default)s)")
    ap.add_argument("--jobs", type=int, default=2, help="extraction processes for the BBC run")
    ap.add_argument("--stories", default="",
                    help="comma-separated story ids: score only these (within --part)")
    ap.add_argument("--code", metavar="REV",
                    help="score factcheck as it was at git revision REV (a temporary worktree) on this set: "
                         "a round's first run on the code before the changes it was held out from")
    args = ap.parse_args(argv)
    if args.code:
        return run_at(args.code, _without_code(argv if argv is not None else sys.argv[1:]))

    stories = read_stories()
    selected = sorted(s for s, (part, _) in stories.items() if args.part in ("all", part))
    if args.stories:
        wanted = {w.strip() for w in args.stories.split(",") if w.strip()}
        unknown = wanted - set(stories)
        if unknown:
            ap.error(f"unknown stories: {', '.join(sorted(unknown))}")
        selected = [s for s in selected if s in wanted]
    figures = [p for p in read_pairs("figures") if p.story in selected]
    quotes = [p for p in read_pairs("quotes") if p.story in selected]
    print(f"cross-outlet set, part {args.part}: {len(selected)} stories, "
          f"{sum(len(stories[s][1]) for s in selected)} articles, {len(figures)} figure pairs "
          f"({sum(p.positive for p in figures)} conflict), {len(quotes)} quote pairs "
          f"({sum(p.positive for p in quotes)} variant)")

    paths = set_paths(stories)
    where = Locator(paths)
    # One run per story folder, as an editor hands it over; one over every
    # story's articles mixed in one folder.
    runs = {s: run_json([os.path.join(STORIES_DIR, s)]) for s in selected}
    mixed = run_mixed(paths)

    print_grouping(runs, mixed, len(paths), len(stories), selected, args.verbose)
    print("\n(b, c) findings, one run per story folder")
    evaluate("  per folder", list(runs.values()), folder_key, story_key, key_story, figures, quotes,
             where, selected, args.verbose)
    print()
    evaluate("  mixed folder (same labels, pairs within stories)", [mixed], mixed_key, story_key,
             key_story, figures, quotes, where, selected, False)
    if not args.no_bbc:
        print_bbc(args.bbc, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
