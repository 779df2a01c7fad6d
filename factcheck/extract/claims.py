"""Check-worthy claims: statistics, superlatives, trends, causal claims,
comparisons and predictions, with the attribution that covers them."""

from __future__ import annotations

from typing import Sequence, Tuple

from factcheck.model import Article, Attribution, Claim, Figure, Quote, Sentence

from .lexicon import Lexicon


def find_claims(article: Article, sents: Sequence[Sentence], quotes: Sequence[Quote],
                attrs: Sequence[Attribution], figs: Sequence[Figure], lex: Lexicon) -> Tuple[Claim, ...]:
    """The check-worthy sentences of the article."""
    return ()
