"""Shortcuts taken for speed in name, speaker and quote extraction give the
same answers as the plain versions they replaced."""

import bisect
import re
from pathlib import Path

import pytest

from factcheck.extract import mentions, names, quotes, sentences, sources, speakers
from factcheck.extract.lexicon import lexicon
from factcheck.model import Article

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference-articles"

TEXTS = [
    "Board chair Marcus Oyelaran said the plan failed. Mr. Oyelaran, 61, added that O'Brien Smith agreed.",
    "McDonald's Ronald McDonald met Jean-Claude van Damme and Ludwig van Beethoven in Washington.",
    "eBay Inc. said Mrs. Clinton and Ms Jane Doe met Miss Piggy; MrBean and Mr\u00a0X did not. Mr. J. R. Ewing spoke.",
    "Analysts - who asked not to be named - said 1,000.5 -- a--b x.y.z U.S. p.m. ab'c\u2019d e-f (x) 12,3 St. Louis.",
    "\u201cWe lost,\u201d she said. Then Dana Whitfield, the mayor, told reporters: \u201cNever again.\u201d\n\n\u201cAnd more.",
    "Ana\u00efs Nin\u2019s diary, \u00c9mile Zola and Ren\u00e9e Fleming\u2019s aria. Dr Who? The Doctor said so.",
    "Dana Whitfield said: \u201cWe will fight on.\n\n\u201cWe will not give up,\u201d she said.\n\n"
    "\"It was long.\n\n\"Very long,\" he said. \"Yes.\"\n\n\u201cOpen again\n\nNo quote here.",
    "",
]


def _texts():
    out = list(TEXTS)
    if REFERENCE.is_dir():
        out += [p.read_text(encoding="utf-8") for p in sorted(REFERENCE.glob("*.txt"))]
    return out


def _windows(text):
    n = len(text)
    step = max(1, n // 37)
    return [(s, e) for s in range(0, n + 1, step) for e in range(s, min(n, s + 300) + 1, max(1, step // 2 + 7))]


@pytest.mark.parametrize("text", _texts())
def test_person_runs_are_the_multi_word_mentions(text):
    plain = [m.group() for m in mentions._PERSON_RUN.finditer(text, 0)]
    assert [r for _, r in mentions._runs(text, 0) if len(r.split()) > 1] == plain


@pytest.mark.parametrize("text", _texts())
def test_name_mention_pattern_equals_word_boundary_form(text):
    plain = re.compile(r"\b[A-Z][a-z\u00e0-\u024f'\u2019-]+(?:\s+(?:(?:de|van|von|del|al)\s+)?"
                       r"[A-Z][a-z\u00e0-\u024f'\u2019-]+){0,3}")
    for start in (0, 1, 5, len(text) // 2):
        assert [m.span() for m in mentions._NAME_MENTION.finditer(text, start)] == \
            [m.span() for m in plain.finditer(text, start)]


@pytest.mark.parametrize("text", _texts())
def test_honorific_pattern_equals_word_boundary_form(text):
    plain = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z]\.\s+)*([A-Z][\w'\u2019-]+)")
    for start in (0, 3, len(text) // 3):
        assert [(m.span(), m.groups()) for m in names._HONORIFIC.finditer(text, start)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text, start)]


@pytest.mark.parametrize("text", _texts())
def test_token_pattern_equals_look_behind_form(text):
    plain = re.compile(sources.TOKEN_RE.pattern.replace(r"-(?<=\s-)(?=\s)", r"(?<=\s)-(?=\s)"))
    assert plain.pattern != sources.TOKEN_RE.pattern
    for s, e in _windows(text):
        assert sources.tokens(text, s, e) == [(m.group(), m.start(), m.end()) for m in plain.finditer(text, s, e)]


@pytest.mark.parametrize("text", _texts())
def test_name_index_same_as_uncached_build(text):
    index = names.NameIndex(text, 0)
    names._run_keys.cache_clear()
    fresh = names.NameIndex(text, 0).first
    assert index.first == fresh


@pytest.mark.parametrize("text", _texts())
def test_continuation_flag_same_as_full_scan(text):
    art = Article(path="a.txt", content=text)
    paras = sentences.paragraphs(text, 0, len(text))
    sents = sentences.sentences(art, paras)
    starts = [p.start for p in paras]
    for q, cont in quotes.quotes_with_links(art, sents, paras):
        k = max(0, bisect.bisect_right(starts, q.start) - 1)
        assert quotes.continues_previous(art, paras, k, q.start) == cont


@pytest.mark.parametrize("text", _texts())
def test_events_read_backward_equal_the_sorted_list(text):
    """Each pronoun sees, latest first, exactly the events a full scan
    sorted would give before it."""
    art = Article(path="a.txt", content=text)
    paras = sentences.paragraphs(text, 0, len(text))
    sents = sentences.sentences(art, paras)
    found = quotes.find_quotes(art, sents, paras)
    lex = lexicon()
    cue_re = speakers._cue_pattern(tuple(lex.speech_verbs) + speakers._quote_verbs())
    index = names.NameIndex(text, 0)
    qstarts = [q.start for q in found]

    def scan(i, out):
        speakers._sentence_speakers(text, sents[i], found, qstarts, cue_re, index, out)

    everything = []
    for i in range(len(sents)):
        scan(i, everything)
    extra = [(len(text) // 2, "Added Name", "person"), (0, "First", "organisation")]
    events = speakers._Events(sents, scan)
    for e in extra:
        events.add(e)
    full = sorted(everything + extra)
    for at in sorted({0, len(text)} | {s.start for s in sents} | {s.end - 1 for s in sents}):
        want = [e for e in reversed(full) if e[0] < at]
        assert list(events.before(at)) == want
