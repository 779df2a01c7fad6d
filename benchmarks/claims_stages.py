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

import hashlib
import sys
import time

from step_common import arguments, articles, report


def main(argv=None) -> int:
    args = arguments(__doc__, argv)
    from factcheck.extract import attribution, claim_cues, claims, figures, quotes, sentences, speakers
    from factcheck.extract.lexicon import lexicon

    lex = lexicon(None)
    prepared = []
    for art in articles(args.corpus):
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
    report(args.corpus, len(prepared), args.runs, best, digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
