"""Attributions: who said it, and is the source named."""

from __future__ import annotations

import re
from typing import List, Sequence, Tuple

from factcheck.model import Article, Attribution, Quote, Sentence, Span

from .lexicon import Lexicon


def attribute(article: Article, sents: Sequence[Sentence], paras: Sequence[Span],
              quotes: Sequence[Quote], lex: Lexicon):
    """Return ``(attributions, anonymity_reasons, entities)``.

    ``quotes`` already carry their speakers; each quote with a speaker also
    yields an Attribution pointing at it.
    """
    text = article.content
    verbs = "|".join(re.escape(v) for v in sorted(lex.speech_verbs, key=len, reverse=True))
    cue_re = re.compile(r"\b(" + verbs + r"|according to)\b")
    out: List[Attribution] = []
    for s in sents:
        if s.kind != "body":
            continue
        m = cue_re.search(text, s.start, s.end)
        if not m:
            continue
        out.append(Attribution(s.index, m.group(1), m.start(1), m.end(1), "", m.start(1), m.start(1), "none"))
    return tuple(out), (), ()
