"""CPU seconds of the name, speaker and source extraction steps over a corpus.

    python benchmarks/names_stages.py            # BBC corpus (../shared/benchmarks)
    python benchmarks/names_stages.py CORPUS --runs 3

Loads every article once, then times (``time.process_time``, best of
``--runs``) sentences, quotes, speakers, attribution (which tokenises with
``extract/sources.py`` and scans person mentions and names), the
anonymous-source rule's ``person_names``, story signatures and the
parent's story grouping (``group_signatures``, ``label``, ``group``), each
over the whole corpus in one process.
"""

from __future__ import annotations

import gc
import sys
import time

from step_common import arguments, articles


def main(argv=None) -> int:
    args = arguments(__doc__, argv)
    from factcheck.extract import attribution, quotes, sentences, speakers
    from factcheck.extract.lexicon import lexicon
    from factcheck.extract.mentions import person_names
    from factcheck.model import Analysis
    from factcheck.stories import signature

    arts = articles(args.corpus)
    from factcheck.settings import Settings

    lex = lexicon(None)
    settings = Settings()
    paras = [sentences.paragraphs(a.content, a.body_start, len(a.content)) for a in arts]
    best = {}

    def timed(name, fn):
        # Each stage starts from a clean collector, so that a full collection
        # owed to an earlier stage's garbage is not charged to this one.
        gc.collect()
        t = time.process_time()
        out = fn()
        best[name] = min(best.get(name, 1e9), time.process_time() - t)
        return out

    from factcheck import stories
    from factcheck.extract import mentions, names, tokens

    for _ in range(args.runs):
        # the name scans on their own (each also runs inside a stage below)
        timed("  names.name_runs", lambda: [names.name_runs(a.content, a.body_start) for a in arts])
        timed("  NameIndex.first", lambda: [names.NameIndex(a.content, a.body_start).first for a in arts])
        timed("  mentions.entity_mentions", lambda: [mentions.entity_mentions(a.content, a.body_start, min(len(a.content), a.body_start
                                                                                  + stories.NAME_SPAN)) for a in arts])
        sents = timed("sentences", lambda: [sentences.sentences(a, p) for a, p in zip(arts, paras)])
        timed("  tokens.tokens", lambda: [tokens.tokens(a.content, x.start, x.end) for a, ss in zip(arts, sents)
                                           for x in ss if x.kind == "body"])
        qs = timed("quotes", lambda: [quotes.find_quotes(a, s, p) for a, s, p in zip(arts, sents, paras)])
        qs = timed("speakers", lambda: [speakers.assign_speakers(a, s, p, q, lex)
                                        for a, s, p, q in zip(arts, sents, paras, qs)])
        res = timed("attribution", lambda: [attribution.attribute(a, s, p, q, lex)
                                            for a, s, p, q in zip(arts, sents, paras, qs)])
        timed("rule person_names", lambda: [person_names(a.content, a.body_start, r[0], q)
                                            for a, r, q in zip(arts, res, qs)])
        ans = [Analysis(article=a, paragraphs=tuple(p), sentences=s, quotes=q, attributions=r[0],
                        figures=(), claims=(), anonymity_reasons=r[1], entities=r[2])
               for a, p, s, q, r in zip(arts, paras, sents, qs, res)]
        sigs = timed("signature", lambda: [signature(x) for x in ans])
        # the parent's share: grouping the whole corpus, then a label per story
        parts = timed("group_signatures", lambda: stories.group_signatures(sigs))
        timed("  label", lambda: [stories.label([sigs[i] for i in part]) for part in parts])
        timed("stories.group", lambda: stories.group(ans, settings, sigs))
    print(f"corpus: {args.corpus}  articles: {len(arts)}  best of {args.runs} (CPU s)")
    for k, v in best.items():
        print(f"{k:18} {v:7.3f}")
    print(f"{'total':18} {sum(v for k, v in best.items() if not k.startswith(' ')):7.3f}  (stages, not the indented scans;"
          " stories.group includes group_signatures again)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
