"""Quotes checked against transcripts: PolNeAR news x CLEF CheckThat! 2019 (issue 15).

    python benchmarks/sources.py                 # precision / recall per part (dev and test)
    python benchmarks/sources.py --part dev --verbose
    python benchmarks/sources.py --show ID...    # a labelled check with its transcript place, for review

The CLEF CheckThat! 2019 task 1 files (../shared/benchmarks/clef2019-checkthat-t1)
are transcripts of the 2015-2016 debates and speeches, one sentence a row
with its speaker, the file named by date.  PolNeAR (../shared/benchmarks/polnear)
holds 2016 news articles with their dates.  For every PolNeAR article dated
on the day of a transcript or up to two days after, factcheck checks the
article's quotes of that transcript's speakers against it (the transcript
written out as "SPEAKER: text" lines, the article checked with
``--sources``), exactly as ``factcheck check ARTICLE --sources TRANSCRIPT``
would.

benchmarks/sources/labels.tsv holds the hand labels of those quote checks:
the checks ordered by a fixed hash (sha1 of article, transcript and quote
offset), the first SAMPLE taken, and each put in the dev or the test part
by another fixed hash.  A label says what an editor would
say of the quote, as the article presents it (with the speaker the article
gives it, whoever factcheck's extractor took the speaker to be), against
that transcript: ``verbatim`` (a faithful AP-style rendering of what was
said: ellipses for cuts, brackets for insertions, stammers and "uh"
dropped), ``altered`` (said at this event, in other words),
``not-from-this-event`` (not said at this event by the speaker the article
names: another speech, tweet or interview, a paraphrase in quotation marks,
or words the transcript gives to someone else).  Only the quote itself is stored, never article or
transcript text beyond it.

Scores per part: quote-altered precision and recall against ``altered``
labels, quote-not-in-source precision and recall against
``not-from-this-event`` labels.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import glob
import hashlib
import os
import sys
import tempfile
from collections import defaultdict
from typing import Dict, List, NamedTuple, Sequence, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
SHARED = os.path.join(ROOT, "..", "shared", "benchmarks")
CLEF = os.path.join(SHARED, "clef2019-checkthat-t1")
POLNEAR = os.path.join(SHARED, "polnear", "data")
LABELS = os.path.join(ROOT, "benchmarks", "sources", "labels.tsv")
SAMPLE = 169
"""How many checks the sample takes (the first by hash): all 169.  The
first 90 were labelled first (51 test, 39 dev), the other 79 later (41
test, 38 dev), each batch before the tool's verdicts on it were looked at."""
DAYS = 2
LABEL_VALUES = ("verbatim", "altered", "not-from-this-event")
RULES = {"altered": "quote-altered", "not-found": "quote-not-in-source"}


class Check(NamedTuple):
    id: str
    part: str
    article: str  # PolNeAR file name without .txt
    transcript: str  # CLEF file name
    start: int
    quote: str
    speaker: str
    status: str  # verbatim / altered / not-found
    said_by: str  # the transcript's speaker when not the quote's
    occasion: str  # the draft's words placing a quote not found elsewhere
    where: str
    said: str  # the transcript words matched (never stored)
    diff: str


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def part_of(check_id: str) -> str:
    """dev or test, by a fixed hash of the check's id."""
    return "test" if int(_hash("part:" + check_id)[:8], 16) % 2 else "dev"


def transcripts() -> Dict[str, List[Tuple[int, str, str]]]:
    """CLEF file name -> its rows (line number, speaker, text) in order, for
    the files dated 2015 and 2016."""
    rows: Dict[str, List[Tuple[int, str, str]]] = defaultdict(list)
    for path in sorted(glob.glob(os.path.join(CLEF, "*.csv"))):
        with open(path, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                name = r["file_name"]
                if name[:4] in ("2015", "2016") and r["line_number"].isdigit():
                    rows[name].append((int(r["line_number"]), r["speaker"], r["text"]))
    return {k: sorted(v) for k, v in rows.items()}


def _speaker(label: str, main: Sequence[str]) -> str:
    """A CLEF speaker field as one label ("SEN. BERNIE SANDERS (D-VT), ..."
    -> "SANDERS"); the main speakers' names win."""
    label = label.strip()
    if len(label.split()) <= 2 and len(label) <= 20:
        return label
    for name in main:
        if name in label.upper().split() or f" {name} " in f" {label.upper()} ":
            return name
    return "OTHER"


def write_transcript(name: str, rows: Sequence[Tuple[int, str, str]], folder: str) -> str:
    """The transcript as "SPEAKER: text" lines, one CLEF row a line."""
    counts: Dict[str, int] = defaultdict(int)
    for _, sp, _ in rows:
        counts[sp] += 1
    main = [sp for sp, n in counts.items() if n >= 20 and len(sp.split()) <= 2]
    path = os.path.join(folder, name.replace(".tsv", ".txt"))
    with open(path, "w", encoding="utf-8") as fh:
        for _, sp, text in rows:
            fh.write(f"{_speaker(sp, main)}: {' '.join(text.split())}\n")
    return path


def articles() -> List[Tuple[str, dt.date, str]]:
    """(name, date, path) of every PolNeAR article."""
    out = []
    for path in sorted(glob.glob(os.path.join(POLNEAR, "*", "text", "*.txt"))):
        name = os.path.basename(path)[:-4]
        out.append((name, dt.date.fromisoformat(name.split("_")[1]), path))
    return out


def all_checks() -> List[Check]:
    """Every quote check of every article dated within DAYS after a transcript."""
    from factcheck.check import check_analyses
    from factcheck.extract import extract
    from factcheck.load import load_file
    from factcheck.settings import Settings
    from factcheck.sources import SourceSet
    from factcheck.sources.load import load as load_source

    out: List[Check] = []
    arts = articles()
    settings = Settings()
    extracted = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, rows in sorted(transcripts().items()):
            day = dt.date(int(name[:4]), int(name[4:6]), int(name[6:8]))
            chosen = [a for a in arts if 0 <= (a[1] - day).days <= DAYS]
            if not chosen:
                continue
            source = load_source(write_transcript(name, rows, tmp), name)
            for art, _, path in chosen:
                if art not in extracted:
                    extracted[art] = extract(load_file(path, art)[0], settings)
                report = check_analyses([extracted[art]], settings, sources=SourceSet((source,)))
                for c in report.source_checks:
                    if c.payload.check == "quote":
                        out.append(_check(art, name, c))
    return out


def _check(article: str, transcript: str, c) -> Check:
    p = c.payload
    cid = _hash(f"{article}|{transcript}|{c.start}")[:10]
    place = p.places[0] if p.places else None
    return Check(cid, part_of(cid), article, transcript, c.start, p.draft, p.speaker, p.status, p.said_by, p.occasion,
                 place.where if place else "", place.text if place else "",
                 "; ".join(f"{d!r}->{s!r}" for d, s in p.diff) + (f" {list(p.meaning)}" if p.meaning else ""))


def sample(checks: Sequence[Check]) -> List[Check]:
    """The first SAMPLE checks by a fixed hash of their id."""
    return sorted(checks, key=lambda c: _hash("sample:" + c.id))[:SAMPLE]


def read_labels() -> Dict[str, Tuple[str, str]]:
    """check id -> (label, note)."""
    out = {}
    if not os.path.exists(LABELS):
        return out
    with open(LABELS, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["label"] in LABEL_VALUES:
                out[row["id"]] = (row["label"], row.get("note", ""))
    return out


def score(checks: Sequence[Check], labels: Dict[str, Tuple[str, str]], part: str, verbose: bool) -> None:
    mine = [c for c in checks if c.id in labels and (part == "all" or c.part == part)]
    print(f"part {part}: {len(mine)} labelled quote checks "
          f"({', '.join(f'{v} {sum(1 for c in mine if labels[c.id][0] == v)}' for v in LABEL_VALUES)})")
    for status, truth in (("altered", "altered"), ("not-found", "not-from-this-event")):
        predicted = [c for c in mine if c.status == status]
        actual = [c for c in mine if labels[c.id][0] == truth]
        tp = [c for c in predicted if labels[c.id][0] == truth]
        p = len(tp) / len(predicted) if predicted else float("nan")
        r = len(tp) / len(actual) if actual else float("nan")
        print(f"  {RULES[status]:<20} precision {p:.2f} ({len(tp)}/{len(predicted)})  "
              f"recall {r:.2f} ({len(tp)}/{len(actual)})")
    placed = [c for c in mine if c.occasion]
    print(f"  of which the story places elsewhere ('tweeted', 'in a statement': info): {len(placed)} "
          f"(labels {', '.join(f'{v} {sum(1 for c in placed if labels[c.id][0] == v)}' for v in LABEL_VALUES)})")
    other = [c for c in mine if c.said_by]
    print(f"  found among another speaker's words: {len(other)} (quote-not-in-source at info when verbatim; "
          f"labels {', '.join(sorted(labels[c.id][0] for c in other)) or '-'})")
    if verbose:
        for c in mine:
            if {"altered": "altered", "not-found": "not-from-this-event"}.get(c.status, "verbatim") != labels[c.id][0]:
                print(f"    {c.id} tool {c.status}, label {labels[c.id][0]}: {c.quote[:90]!r} {c.diff}")


def show(checks: Sequence[Check], ids: Sequence[str]) -> None:
    """Print checks with the transcript words they matched, for labelling."""
    for c in checks:
        if c.id in ids or "all" in ids:
            print(f"== {c.id} [{c.part}] {c.article} vs {c.transcript} ({c.speaker}) tool: {c.status} {c.where}")
            print(f"   quote: {c.quote}")
            print(f"   said:  {c.said}")
            if c.diff:
                print(f"   diff:  {c.diff}")


def main(argv: Sequence[str] = ()) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=("dev", "test", "all", "both"), default="both")
    ap.add_argument("--verbose", action="store_true", help="list the checks the tool gets wrong")
    ap.add_argument("--show", nargs="*", help="print these sampled checks (or 'all') with the transcript words")
    ap.add_argument("--stats", action="store_true", help="how many checks of each status, all of them")
    args = ap.parse_args(list(argv) or None)
    if not os.path.isdir(CLEF) or not os.path.isdir(POLNEAR):
        print(f"needs {CLEF} and {POLNEAR}", file=sys.stderr)
        return 2
    checks = all_checks()
    if args.stats:
        from collections import Counter

        print(len(checks), "quote checks:", dict(Counter(c.status for c in checks)))
    picked = sample(checks)
    if args.show is not None:
        show(picked, args.show)
        return 0
    labels = read_labels()
    # Every labelled check still made is scored, in the sample or not: the
    # sample (the first SAMPLE by hash) only chose what to label, and new
    # checks (more quotes found) push labelled ones past its end.
    labelled = [c for c in checks if c.id in labels]
    gone = sorted(set(labels) - {c.id for c in labelled})
    if gone:  # the extractor now credits the quote to someone else (e.g. a speaker fix): not scored
        print(f"labelled checks no longer made: {len(gone)} "
              f"({'; '.join(f'{k} {labels[k][0]}' + (f': {labels[k][1]}' if labels[k][1] else '') for k in gone)})")
    for part in (("dev", "test") if args.part == "both" else (args.part,)):
        score(labelled, labels, part, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
