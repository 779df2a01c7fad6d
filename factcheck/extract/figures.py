"""Figures: numbers with their unit, bound, interval and what they count."""

from __future__ import annotations

from typing import Sequence, Tuple

from factcheck.model import Article, Figure, Sentence


def find_figures(article: Article, sents: Sequence[Sentence]) -> Tuple[Figure, ...]:
    """Every figure in the body sentences."""
    return ()
