"""Extraction: Article -> Analysis (sentences, quotes, speakers, attributions,
figures, claims).  Each step is a pure function of the steps before it."""

from __future__ import annotations

from typing import Optional

from factcheck.model import Analysis, Article
from factcheck.settings import Settings

from . import attribution, claims, figures, quotes, sentences, speakers
from .lexicon import lexicon


def extract(article: Article, settings: Optional[Settings] = None) -> Analysis:
    """Run every extraction step over one article and return its Analysis."""
    lex = lexicon(settings)
    paras = sentences.paragraphs(article.content, article.body_start, len(article.content),
                                 soft_wraps=article.format == "md")
    sents = sentences.sentences(article, paras)
    found_quotes = quotes.find_quotes(article, sents, paras)
    found_quotes = speakers.assign_speakers(article, sents, paras, found_quotes, lex)
    attrs, reasons, entities = attribution.attribute(article, sents, paras, found_quotes, lex)
    figs = figures.find_figures(article, sents)
    found_claims = claims.find_claims(article, sents, found_quotes, attrs, figs, lex)
    return Analysis(
        article=article,
        paragraphs=tuple(paras),
        sentences=sents,
        quotes=found_quotes,
        attributions=attrs,
        figures=figs,
        claims=found_claims,
        anonymity_reasons=reasons,
        entities=entities,
    )
