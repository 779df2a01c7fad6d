"""CPU seconds of claim-cue detection and attribution over a corpus.

    python benchmarks/claims_stages.py            # BBC corpus (../shared/benchmarks)
    python benchmarks/claims_stages.py CORPUS --runs 5

Loads every article and runs the extraction steps before attribution once,
then times (``time.process_time``, best of ``--runs``) over the whole corpus
in one process: ``attribution.attribute``, ``claims.find_claims`` and, inside
it, ``claim_cues.sentence_triggers`` on every body sentence.  Prints a digest
of the results, so two versions of the code can be checked to agree.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

BENCH = Path(os.environ.get("FACTCHECK_BENCHMARKS", Path(__file__).resolve().parents[2] / "shared" / "benchmarks"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(BENCH / "bbc-news" / "bbc"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    if not os.path.exists(args.corpus):
        sys.exit(f"corpus not found: {args.corpus} (set FACTCHECK_BENCHMARKS to the folder holding bbc-news/)")
    from factcheck.extract import attribution, claim_cues, claims, figures, quotes, sentences, speakers
    from factcheck.extract.lexicon import lexicon
    from factcheck.load import discover, load_file
    from factcheck.model import Article

    lex = lexicon(None)
    prepared = []
    files, _skipped = discover([args.corpus])
    for fs_path, display in files:
        for art in load_file(fs_path, display):
            if isinstance(art, Article):
                paras = sentences.paragraphs(art.content, art.body_start, len(art.content))
                sents = sentences.sentences(art, paras)
                found = speakers.assign_speakers(art, sents, paras, quotes.find_quotes(art, sents, paras), lex)
                prepared.append((art, sents, paras, found, figures.find_figures(art, sents)))
    best = {"attribute": float("inf"), "find_claims": float("inf"), "sentence_triggers": float("inf")}
    digest = ""
    for _ in range(args.runs):
        spent = dict.fromkeys(best, 0.0)
        results = []
        for art, sents, paras, found, figs in prepared:
            t0 = time.process_time()
            attrs = attribution.attribute(art, sents, paras, found, lex)
            t1 = time.process_time()
            found_claims = claims.find_claims(art, sents, found, attrs[0], figs, lex)
            t2 = time.process_time()
            triggers = [claim_cues.sentence_triggers(art.content, s.start, s.end) for s in sents if s.kind == "body"]
            t3 = time.process_time()
            spent["attribute"] += t1 - t0
            spent["find_claims"] += t2 - t1
            spent["sentence_triggers"] += t3 - t2
            results.append((attrs, found_claims, triggers))
        best = {k: min(best[k], spent[k]) for k in best}
        digest = hashlib.sha256(repr(results).encode()).hexdigest()[:16]
    print(f"corpus: {args.corpus}  articles: {len(prepared)}  best of {args.runs} runs, CPU seconds")
    for name, seconds in best.items():
        print(f"{name:18} {seconds:7.3f} s")
    print(f"results digest: {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
