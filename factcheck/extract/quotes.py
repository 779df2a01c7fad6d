"""Direct quotes: straight, curly and double-prime quotation marks."""

from __future__ import annotations

import re
from typing import List, Sequence, Tuple

from factcheck.model import Article, Quote, Sentence, Span

_OPEN = "\"\u201c\u2033"
_QUOTE = re.compile(r"[\"\u201c\u2033]([^\"\u201c\u201d\u2033]{2,}?)[\"\u201d\u2033]")


def find_quotes(article: Article, sents: Sequence[Sentence], paras: Sequence[Span]) -> Tuple[Quote, ...]:
    """Every direct quote in the body, speaker not yet resolved."""
    out: List[Quote] = []
    text = article.content
    starts = [s.start for s in sents]
    import bisect

    for para in paras:
        for m in _QUOTE.finditer(text, para.start, para.end):
            i = max(0, bisect.bisect_right(starts, m.start()) - 1)
            out.append(Quote(m.start(), m.end(), m.start(1), m.end(1), i))
    return tuple(out)
