"""CPU seconds of attribution and the anonymous-source rule over a corpus.

    python benchmarks/attribution_stages.py            # BBC corpus (../shared/benchmarks)
    python benchmarks/attribution_stages.py CORPUS --runs 5 [--profile 30]

Loads every article and runs the extraction steps before attribution once,
then times (``time.process_time``, best of ``--runs``) over the whole corpus
in one process: ``attribution.attribute`` and the ``anonymous-source`` rule's
``check`` on the finished analyses.  Prints a digest of the results, so two
versions of the code can be checked to agree.  With ``--profile N`` one more
run is made under cProfile and its top N functions (tottime) are printed.
"""

from __future__ import annotations

import hashlib
import sys
import time

from step_common import arguments, articles, report


def main(argv=None) -> int:
    args = arguments(__doc__, argv, profile=True)
    from factcheck.extract import attribution, extract
    from factcheck.extract.lexicon import lexicon
    from factcheck.rules import anonymous_source
    from factcheck.settings import Settings

    settings = Settings()
    lex = lexicon(None)
    prepared = [extract(art, settings) for art in articles(args.corpus)]

    def one_run(spent):
        results = []
        for an in prepared:
            t0 = time.process_time()
            attrs = attribution.attribute(an.article, an.sentences, an.paragraphs, an.quotes, lex)
            t1 = time.process_time()
            found = list(anonymous_source.check(an, settings))
            t2 = time.process_time()
            spent["attribute"] += t1 - t0
            spent["anonymous_source"] += t2 - t1
            results.append((attrs, found))
        return results

    best = {"attribute": float("inf"), "anonymous_source": float("inf")}
    digest = ""
    for _ in range(args.runs):
        spent = dict.fromkeys(best, 0.0)
        results = one_run(spent)
        best = {k: min(best[k], spent[k]) for k in best}
        digest = hashlib.sha256(repr(results).encode()).hexdigest()[:16]
    report(args.corpus, len(prepared), args.runs, best, digest)
    if args.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.runcall(one_run, dict.fromkeys(best, 0.0))
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
