"""CPU seconds of figure extraction over a corpus, with a digest of the figures.

    python benchmarks/figures_stages.py                 # BBC corpus, best of 3 runs
    python benchmarks/figures_stages.py CORPUS --runs 5

Reads ``../shared/benchmarks/bbc-news/bbc`` (or ``$FACTCHECK_BENCHMARKS``),
loads and splits every article into sentences first (not timed), then times
``figures.find_figures`` over all of them with ``time.process_time()`` and
prints the best run, the number of figures and a SHA-256 digest of their
``repr``: two versions of the figures code that print the same digest found the
same figures.  Run it with ``PYTHONPATH`` pointing at an older checkout of
``factcheck`` to compare versions on the same machine.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time

from step_common import arguments, articles


def main(argv=None) -> int:
    args = arguments(__doc__, argv)
    from factcheck.extract import figures, sentences

    prepared = []
    for art in articles(args.corpus):
        paras = sentences.paragraphs(art.content, art.body_start, len(art.content))
        prepared.append((art, sentences.sentences(art, paras)))
    best = float("inf")
    found = []
    for _ in range(args.runs):
        t0 = time.process_time()
        found = [figures.find_figures(art, sents) for art, sents in prepared]
        best = min(best, time.process_time() - t0)
    digest = hashlib.sha256(repr(found).encode("utf-8")).hexdigest()[:16]
    print(f"corpus: {os.path.abspath(args.corpus)}  articles: {len(prepared)}  "
          f"sentences: {sum(len(s) for _, s in prepared)}  figures: {sum(len(f) for f in found)}")
    print(f"find_figures {best:7.3f} s CPU (best of {args.runs})  digest {digest}  ({figures.__file__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
