"""Speakers of partial quotes on BBC News, scored against hand labels.

    python benchmarks/bbc_speakers.py               # both parts
    python benchmarks/bbc_speakers.py --part test   # the held-out part only (never tune on it)
    python benchmarks/bbc_speakers.py --part dev -v # dev, with every miss

PolNeAR's speaker scores come from American political news; this set asks
the same question of British news of every topic.  ``bbc_speakers/labels.tsv``
holds 90 partial quotes (a quotation of under 60 % of its sentence's words
with at least three words before it), drawn with fixed seeds from the
articles of each part (the part is ``precision.part_of``'s hash, so it is
the same split as the judged findings), and labelled from the article text
before factcheck's answer was looked at.  ``gold`` lists the acceptable
speakers separated by ``|``: a surname, an organisation's name, or the head
of a description ("spokesman"); ``NONE`` means that giving no speaker is
right (a term, a title, a nickname the writer puts in quotation marks);
``SKIP`` marks quotes whose speaker the labeller could not tell.

A predicted speaker is right when it contains one of the gold words (case
ignored), or when it is empty and ``NONE`` is among them.  Quotes are
matched by their opening offset (within three characters).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from precision import corpus_root  # noqa: E402

from factcheck.extract import extract  # noqa: E402
from factcheck.load.text import load  # noqa: E402

LABELS = ROOT / "benchmarks" / "bbc_speakers" / "labels.tsv"


def _right(pred: str, gold: str) -> bool:
    options = gold.split("|")
    if not pred:
        return "NONE" in options
    return any(o != "NONE" and o.lower() in pred.lower() for o in options)


def _speaker_at(analysis, start: int):
    for q in analysis.quotes:
        if abs(q.start - start) <= 3:
            return True, q.speaker or ""
    return False, ""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("dev", "test", "all"), default="all")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong or missing speaker")
    args = ap.parse_args(argv)
    bbc = corpus_root("bbc")
    rows = [r for r in csv.DictReader(LABELS.open(encoding="utf-8"), delimiter="\t")
            if args.part in ("all", r["part"])]
    cache: dict = {}
    tally = {}
    for r in rows:
        if r["gold"] == "SKIP":
            continue
        if r["file"] not in cache:
            path = bbc / r["file"]
            cache[r["file"]] = extract(load(str(path), str(path))[0])
        found, pred = _speaker_at(cache[r["file"]], int(r["quote_start"]))
        speech = "NONE" not in r["gold"].split("|")
        t = tally.setdefault(r["part"], {"right": 0, "n": 0, "speech_right": 0, "speech_n": 0})
        ok = found and _right(pred, r["gold"])
        t["right"] += ok
        t["n"] += 1
        t["speech_right"] += ok and speech
        t["speech_n"] += speech
        if args.verbose and not ok:
            print(f"  {r['part']} {r['file']}:{r['quote_start']} gold {r['gold']!r} got {pred!r}"
                  + ("" if found else " (quote not found)"))
    print("part   right / labelled   quotes with a speaker: right / n")
    for part in sorted(tally):
        t = tally[part]
        print(f"{part:5}  {t['right'] / t['n']:.3f} ({t['right']}/{t['n']})   "
              f"{t['speech_right'] / t['speech_n']:.3f} ({t['speech_right']}/{t['speech_n']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
