"""Quotes, speakers and attributions scored on PolNeAR (Newell et al., LREC 2018).

    python benchmarks/polnear.py                    # test split
    python benchmarks/polnear.py --split dev --errors 10
    python benchmarks/polnear.py --split train --limit 200

Reads ``../shared/benchmarks/polnear/data/<split>/{text,attributions}`` (or
``$FACTCHECK_BENCHMARKS/polnear/...``), one annotator per article (the first
``.ann`` file in sorted order), and runs ``factcheck.extract.extract`` on an
Article built from each ``.txt``.  It prints:

- direct quotes: precision, recall and F1 at overlap 0.3 and 0.8.  A gold
  direct quote is a Content span containing a quotation mark; a predicted
  quote is every Quote except a speakerless scare quote (three words or
  fewer).  A prediction matches a gold quote when their overlap is at least
  the fraction of the longer span (the Gender Gap Tracker rule); matching is
  one to one, best overlap first;
  Gold content spans are counted once even when several relations share one.
- speaker accuracy on quotes matched at 0.3 whose gold has a Source: the
  predicted speaker mention overlaps the gold Source span, or the predicted
  speaker and the gold Source share a capitalised name (same person by name
  or surname).  This is the lenient figure; the strict one
  (benchmarks/speaker_heads.py) counts every matched quote, a speakerless one
  as wrong, compares the head of the name, and reports named, pronoun and
  descriptive sources, full-sentence and partial quotes apart;
- recall of all gold attributions (indirect included): the gold Content span
  overlaps by >= 0.3 of the longer span an Attribution's content span (its
  sentence when the content is not set) or a Quote;
- recall of anonymous-source attributions: gold Sources that are not
  pronouns, not definite ("the", "his", ...) and hold no capitalised name
  ("officials", "a person familiar with ..."), found as above, and found
  with the class ``anonymous``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
QUOTE_MARK = re.compile("[\"\u201c\u201d\u2033\u201e\u00ab\u00bb]|''")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
DEFINITE = {"the", "his", "her", "their", "its", "this", "that", "these", "those", "our", "my", "your"}
DATE_WORDS = set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def corpus_dir() -> Path:
    base = os.environ.get("FACTCHECK_BENCHMARKS")
    root = Path(base) if base else ROOT.parent / "shared" / "benchmarks"
    return root / "polnear" / "data"


class Gold:
    """One article's gold relations: (content, source or None, source text)."""

    def __init__(self) -> None:
        self.relations: List[Tuple[Tuple[int, int], Optional[Tuple[int, int]], str, str]] = []


def read_ann(path: Path) -> Gold:
    """Parse a brat .ann file into Gold relations."""
    spans: Dict[str, Tuple[str, int, int, str]] = {}
    events: List[Dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not parts or not parts[0]:
            continue
        if parts[0].startswith("T") and len(parts) >= 2:
            role, _, offs = parts[1].partition(" ")
            nums = [int(x) for x in re.findall(r"\d+", offs)]
            if nums:
                spans[parts[0]] = (role, min(nums), max(nums), parts[2] if len(parts) > 2 else "")
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
    gold = Gold()
    for e in events:
        content = spans.get(e.get("Content", ""))
        if content is None:
            continue
        source = spans.get(e.get("Source", ""))
        gold.relations.append((
            (content[1], content[2]),
            (source[1], source[2]) if source else None,
            source[3] if source else "",
            content[3],
        ))
    return gold


def overlap_ok(a: Tuple[int, int], b: Tuple[int, int], frac: float) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= frac * max(a[1] - a[0], b[1] - b[0])


def match(preds: List[Tuple[int, int]], golds: List[Tuple[int, int]], frac: float) -> Dict[int, int]:
    """One-to-one matching, best overlap first: gold index -> pred index."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if overlap_ok(p, g, frac):
                pairs.append((-(min(p[1], g[1]) - max(p[0], g[0])), gi, pi))
    pairs.sort()
    used_g, used_p, out = set(), set(), {}
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[gi] = pi
    return out


def is_anonymous_source(src: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", src)
    if not words or words[0].lower() in PRONOUNS or words[0].lower() in DEFINITE:
        return False
    for w in words[1:]:
        if w[0].isupper() and w.lower().rstrip("\u2019s'") not in DATE_WORDS:
            return False
    return not (words[0][0].isupper() and len(words) == 1)


def names_of(s: str) -> set:
    return {w.lower().rstrip(".").replace("\u2019s", "").replace("'s", "")
            for w in re.findall(r"[A-Z][\w'\u2019.-]+", s)} - {"the", "mr", "mrs", "ms", "dr", "sen", "rep"}


def units(quotes, text):
    """Scored units: each quote's content span (the quote, or the reported
    clause a partial quote sits in), overlapping ones merged, and a quote
    interrupted by its own attribution ("A," she said. "B.") one unit, as
    PolNeAR annotates it.  Returns the
    first quote of each unit and the unit spans."""
    out_q, out_s = [], []
    for q in quotes:
        span = (q.content_start if q.content_start is not None else q.start,
                q.content_end if q.content_end is not None else q.end)
        prev = out_q[-1] if out_q else None
        gap = text[out_s[-1][1]:span[0]] if out_s else ""
        interrupted = (
            prev is not None and q.speaker and q.speaker_start is not None and q.speaker_start == prev.speaker_start
            and q.content_start is None and prev.content_end in (None, prev.end)
            and out_s[-1][1] <= q.speaker_start < span[0] and len(gap) <= 200 and "\n" not in gap
            and gap.rstrip()[-1:] in (".", ",", ":", ";")
        )
        if out_s and (span[0] < out_s[-1][1] or interrupted):
            out_s[-1] = (out_s[-1][0], max(out_s[-1][1], span[1]))
            continue
        out_q.append(q)
        out_s.append(span)
    return out_q, out_s


def articles(split: str, limit: Optional[int]):
    base = corpus_dir() / split
    texts = sorted((base / "text").glob("*.txt"))
    if limit:
        texts = texts[:limit]
    anns = sorted((base / "attributions").glob("*.ann"))
    for t in texts:
        first = next((a for a in anns if a.name.rsplit("_", 1)[0] == t.stem), None)
        if first is not None:
            yield t, first


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="test", choices=("train", "dev", "test"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N examples of each error kind")
    ap.add_argument("--marks-only", action="store_true",
                    help="score the quotation-mark spans alone, not the reported clause around partial quotes")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from speaker_heads import StrictTally
    if not (corpus_dir() / args.split / "text").is_dir():
        print(f"PolNeAR not found at {corpus_dir()} (set FACTCHECK_BENCHMARKS)", file=sys.stderr)
        return 2

    from factcheck.extract import extract
    from factcheck.extract.quotes import is_direct_quote
    from factcheck.model import Article

    tally = {f: [0, 0, 0] for f in (0.3, 0.8)}  # tp, n_pred, n_gold
    spk_ok = spk_n = 0
    att_found = att_n = anon_n = anon_found = anon_class = 0
    errors: Dict[str, List[str]] = {"fp": [], "fn": [], "speaker": [], "anon": []}
    n_articles = 0
    strict = StrictTally()
    for txt, ann in articles(args.split, args.limit):
        n_articles += 1
        text = txt.read_text(encoding="utf-8")
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        gold = read_ann(ann)
        analysis = extract(Article(path=str(txt), content=text))
        quotes = [q for q in analysis.quotes if is_direct_quote(text, q)]
        if args.marks_only:
            preds = [(q.start, q.end) for q in quotes]
        else:
            quotes, preds = units(quotes, text)
        direct, seen = [], set()
        for r in gold.relations:  # one content span may carry several relations
            if r[0] not in seen and QUOTE_MARK.search(text[r[0][0]:r[0][1]]):
                seen.add(r[0])
                direct.append(r)
        gspans = [r[0] for r in direct]
        for frac in (0.3, 0.8):
            m = match(preds, gspans, frac)
            tally[frac][0] += len(m)
            tally[frac][1] += len(preds)
            tally[frac][2] += len(gspans)
            if frac != 0.3:
                continue
            matched_p = set(m.values())
            for pi, p in enumerate(preds):
                if pi not in matched_p:
                    errors["fp"].append(f"{txt.name}: {text[p[0]:p[1]][:150]!r}")
            for gi, g in enumerate(gspans):
                if gi not in m:
                    errors["fn"].append(f"{txt.name}: {text[g[0]:g[1]][:150]!r}")
                    continue
                src, src_text = direct[gi][1], direct[gi][2]
                if src is None:
                    continue
                q = quotes[m[gi]]
                strict.score(q, text, g, src, src_text, txt.name)
                spk_n += 1
                ok = False
                if q.speaker_start is not None and q.speaker_end is not None and q.speaker_end > q.speaker_start:
                    ok = q.speaker_start < src[1] and src[0] < q.speaker_end
                if not ok and q.speaker:
                    ok = bool(names_of(q.speaker) & names_of(src_text))
                spk_ok += ok
                if not ok:
                    errors["speaker"].append(
                        f"{txt.name}: {text[q.start:q.end][:80]!r} gold={src_text!r} got={q.speaker!r}"
                        f" mention={text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None!r}")
        # all attributions, and anonymous ones
        pred_att = []
        for a in analysis.attributions:
            if a.content_start is not None and a.content_end is not None:
                span = (a.content_start, a.content_end)
            else:
                s = analysis.sentences[a.sentence]
                span = (s.start, s.end)
            pred_att.append((span, a.source_class))
        pred_att += [((q.start, q.end), q.speaker_class) for q in analysis.quotes]
        for content, src, src_text, _ in gold.relations:
            att_n += 1
            hits = [cls for span, cls in pred_att if overlap_ok(span, content, 0.3)]
            att_found += bool(hits)
            if src is not None and is_anonymous_source(src_text):
                anon_n += 1
                anon_found += bool(hits)
                anon_class += "anonymous" in hits
                if "anonymous" not in hits:
                    errors["anon"].append(f"{txt.name}: source={src_text!r} content={text[content[0]:content[1]][:80]!r}"
                                          f" got={hits}")

    def prf(tp, npred, ngold):
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    print(f"PolNeAR {args.split}: {n_articles} articles (first annotator per article)")
    print(f"{'measure':44} {'value':>7}  counts")
    for frac in (0.3, 0.8):
        tp, npred, ngold = tally[frac]
        p, r, f = prf(tp, npred, ngold)
        print(f"{'direct quotes @' + str(frac) + ' precision':44} {p:7.3f}  {tp}/{npred}")
        print(f"{'direct quotes @' + str(frac) + ' recall':44} {r:7.3f}  {tp}/{ngold}")
        print(f"{'direct quotes @' + str(frac) + ' F1':44} {f:7.3f}")
    print(f"{'speaker accuracy (matched @0.3, gold source)':44} {spk_ok / max(spk_n, 1):7.3f}  {spk_ok}/{spk_n}")
    for line in strict.lines():
        print(line)
    print(f"{'attribution recall (all, indirect included)':44} {att_found / max(att_n, 1):7.3f}  {att_found}/{att_n}")
    print(f"{'anonymous-source recall (found)':44} {anon_found / max(anon_n, 1):7.3f}  {anon_found}/{anon_n}")
    print(f"{'anonymous-source recall (classed anonymous)':44} {anon_class / max(anon_n, 1):7.3f}  {anon_class}/{anon_n}")
    errors["speaker strict (named)"] = strict.errors
    if args.errors:
        for kind, rows in errors.items():
            print(f"\n== {kind} ({len(rows)})")
            for row in rows[:args.errors]:
                print("  " + row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
