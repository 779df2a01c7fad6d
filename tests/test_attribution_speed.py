"""The shortcuts in attribution, sources and anonymity give the same answers
as the plain forms they replace (issue 5: speed without changing output)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.extract import anonymity, sources, subjects, tokens, wordsets
from factcheck.extract.lexicon import read_list

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference-articles"

# The token pattern as it was written before: "(?:[A-Za-z]\.){2,}".
PLAIN_TOKEN_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|(?:[A-Za-z]\.){2,}"
    r"|[A-Za-z\u00c0-\u024f0-9]+(?:['\u2019\-][A-Za-z\u00c0-\u024f0-9]+)*['\u2019]?"
    r"|[,;:()\u2014\u2013\"\u201c\u201d\u2033.!?]|--|(?<=\s)-(?=\s)"
)
PLAIN_NONRESPONSE = re.compile(r"respond|repl|return|answer|comment|declin|refus|reach|availab|unanswered|"
                               r"neither|would not|wouldn't")
PLAIN_HINT = (r"anonymity|authori[sz]ed|named|identified|permitted|allowed to|cleared to|permission|names? not be|"
              r"clearance|fear of|because (?:the|of the)|to (?:discuss|describe|speak|talk)")

SNIPPETS = [
    "The U.S. and the U.K. said at 5 p.m. that 1,000,000.50 people - not 12,34 - came.",
    "A.B. is not U.S.A; a. b. c. x.y z.Z. Q.",
    "O'Neill's and Smith\u2019 e-mail -- plus-minus -x - y -\nz \u2014 done.",
    "rock'n'roll 'quoted' x-'y don\u2019t it's-a'-b\u2019 c' e- -e Smiths' 1990s-era 3-2 \u00e9t\u00e9-\u00e0",
    "Officials did not respond, and wouldn't comment; requests went unanswered.",
    "He would not say. Neither responded. The firm was unavailable for comment.",
    "She spoke on condition of anonymity because she was not authorized to discuss the talks.",
    "Names not be used; name not be given; the NAMED man; Because Of The matter, TO SPEAK freely.",
    "Permission, permitted, clearance, cleared to go, allowed to, fear of reprisal, identified.",
    "",
    "x",
    "\u00c9milie Dupr\u00e9 \u2019said\u2019 r\u00e9sum\u00e9 na\u00efve \u0130stanbul \u017fs \u0131i",
]


def _texts():
    out = list(SNIPPETS)
    for p in sorted((ROOT / "sample_inputs").rglob("*.txt"))[:6]:
        out.append(p.read_text(encoding="utf-8", errors="replace"))
    if REFERENCE.is_dir():
        for p in sorted(REFERENCE.glob("*.txt")):
            out.append(p.read_text(encoding="utf-8", errors="replace"))
    return out


def _windows(text):
    n = len(text)
    return [(0, n), (1, n), (0, max(0, n - 1)), (n // 3, 2 * n // 3), (n // 2, n)]


@pytest.mark.parametrize("text", _texts())
def test_tokens_equal_plain_pattern(text):
    for s, e in _windows(text):
        assert tokens.tokens(text, s, e) == [(m.group(), m.start(), m.end())
                                              for m in PLAIN_TOKEN_RE.finditer(text, s, e)]


@pytest.mark.parametrize("text", _texts())
def test_nonresponse_words_equal_plain_pattern(text):
    low = text.lower()
    for s, e in _windows(text):
        plain = PLAIN_NONRESPONSE.search(low, s, e) is not None
        assert (subjects.NONRESPONSE_HINT.search(low, s, e) is not None) == plain
        # the article-level test in attribution: one str.find per word
        assert any(low.find(w, s, e) != -1 for w in subjects.NONRESPONSE_WORDS) == plain


@pytest.mark.parametrize("text", _texts())
def test_hint_words_equal_plain_pattern(text):
    low = text.lower()
    for s, e in _windows(text):
        assert [m.span() for m in anonymity._HINT_FOLDED.finditer(low, s, e)] == \
            [m.span() for m in re.compile(PLAIN_HINT).finditer(low, s, e)]
        assert [m.span() for m in anonymity._HINT.finditer(text, s, e)] == \
            [m.span() for m in re.compile(PLAIN_HINT, re.I).finditer(text, s, e)]


@pytest.mark.parametrize("text", [t for t in _texts() if t])
def test_reasons_take_sentences_or_spans(text):
    from factcheck.extract import sentences
    from factcheck.model import Article
    art = Article(path="a.txt", content=text)
    sents = [s for s in sentences.sentences(art, sentences.paragraphs(text, 0, len(text)))]
    assert anonymity.reasons(text, sents) == anonymity.reasons(text, [s.span for s in sents])


def test_plural_words_cached_equals_fresh():
    fresh = frozenset(h for h in wordsets.words()["anon"]
                      if h.endswith("s") or h in ("people", "some", "many", "most", "several", "few", "others", "those"))
    assert sources.plural_words() == fresh
    assert sources.plural_words() is sources.plural_words()


@pytest.mark.parametrize("s", ["", " ", "a", "a b", "a b c", "a b c d", " a  b\tc \n d e ", "x,y z", "\u2003a b c"])
def test_bounded_split_counts(s):
    # attribution._content counts words with split(None, 3) / split(None, 2)
    assert (len(s.split(None, 3)) < 4) == (len(s.split()) < 4)
    assert (len(s.split(None, 2)) >= 3) == (len(s.split()) >= 3)


def test_nonresponse_words_cover_every_pattern():
    for p in read_list("non_attributions"):
        literal = re.sub(r"\(\?:|\)\??|\|", " ", p)
        assert any(w in p or w in literal for w in subjects.NONRESPONSE_WORDS), p


@pytest.mark.parametrize("changes", [{}, {"quote": 3}, {"source_class": "anonymous", "secondary": True},
                                     {"cue": "added", "cue_start": 7, "cue_end": 12, "content_start": None}])
def test_replace_equals_dataclasses_replace(changes):
    import dataclasses
    from factcheck.extract.attribution_cues import replace as _replace
    from factcheck.model import Attribution
    a = Attribution(sentence=2, cue="said", cue_start=40, cue_end=44, source="Jane Doe", source_start=30,
                    source_end=38, source_class="person", content_start=0, content_end=28, secondary=False, quote=None)
    assert _replace(a, **changes) == dataclasses.replace(a, **changes)


@pytest.mark.parametrize("phrase, extra, bare_plural", [
    ("he", (), False), ("two people familiar with the matter", (), False), ("Sen. Jane Doe", (), False),
    ("the agency 's annual report", (), False), ("witnesses", (), True), ("witnesses", (), False),
    ("a source in the newsroom", ("source in the newsroom",), False), ("analysts polled by FactSet", (), True),
    ("researchers at BDO Stoy Hayward", (), True), ("Donald Trump 's campaign manager", (), False),
])
def test_classify_cached_equals_uncached(phrase, extra, bare_plural):
    toks = [(w, k * 10, k * 10 + len(w)) for k, w in enumerate(phrase.split())]
    uncached = sources._classify_words.__wrapped__(tuple(phrase.split()), extra, bare_plural)
    assert sources.classify(toks, extra, bare_plural) == uncached
    # the offsets play no part
    moved = [(w, s + 5, e + 5) for w, s, e in toks]
    assert sources.classify(moved, list(extra), bare_plural) == uncached
