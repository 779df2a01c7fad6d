"""The check-worthiness shortcuts (factcheck/extract/checkworthiness_fast.py)
change no result: ``Levels.level`` (only the scored properties, folded
text, guard words, the narrator's words found letter first) gives what the
plain points sum over every property of ``Levels.features`` gives on the
plain patterns.  Slow: ``python -m pytest -m slow``."""

import re

import pytest

from factcheck.check import extract_all, load_all
from factcheck.extract import checkworthiness as cw
from factcheck.extract import checkworthiness_fast as fast
from factcheck.extract.folding import folded as fast_fold
from factcheck.extract.lexicon import read_list
from factcheck.settings import Settings

from .conftest import ROOT, SAMPLES, SHARED
from .helpers import analyse

pytestmark = pytest.mark.slow

_TEXTS = [
    "Figures from the Office for National Statistics show 5.2 million people were out of work. "
    "The figure is the highest since the 1930s.",
    "Shares in the company closed at a record high on Friday. I think we will see more, you know.",
    "\"We won,\" he said. Our team scored 3 goals in the semi-final; the striker and the goalkeeper "
    "were unbeaten in the tournament's fixtures.",
    "Ticket sales are expected to top $40m this year, estimates the Consumer Electronics Association.",
    "Smith said so. In the weekly GOP Power Rankings, the party is the strongest it has ever been. "
    "The rankings put Smith first, ahead of Jones, a rise of 12%.",
    "Ms Ruiz said rents had doubled since 2015. Ruiz is now the most powerful mayor the city has "
    "ever had, probably.",
    # every phrase of named_source_phrases.txt
    "Usage rose 20%, recorded by the Mobile Data Association. Figures from industry monitor, the MDA, show "
    "a rise. Support is at 40% in the latest Gallup poll. In a survey by Ipsos, 30% agreed. A new study by "
    "the University of Leeds found 12 cases. In a statement issued on Wednesday night, Parmalat Finanziaria "
    "detailed losses of $4bn. About 600 digital images, estimates the Consumer Electronics Association. "
    "It is the highest new entry in the Sunday Times' music rich list.",
    "\u0130stanbul's council says prices have never been so low; thou\u017fand records. Its "
    "inflation rate is the highest in the region, at 9%.",
]


def _analyses():
    """Our sentences, sample_inputs, the invented cross-outlet stories and,
    when ../shared is there, the reference articles and every fifth BBC
    News article."""
    out = [analyse(t) for t in _TEXTS]
    paths = [str(p) for p in sorted(SAMPLES.glob("*")) if p.suffix in (".txt", ".md", ".html")]
    paths += [str(p) for p in sorted((ROOT / "benchmarks" / "cross_outlet" / "stories").glob("*/*"))
              if p.suffix in (".txt", ".md")]
    for folder in (SHARED / "reference-articles",):
        if folder.exists():
            paths += [str(p) for p in sorted(folder.glob("*.txt"))]
    bbc = SHARED / "benchmarks" / "bbc-news" / "bbc"
    if bbc.exists():
        paths += [str(p) for p in sorted(bbc.glob("*/*.txt"))[::5]]
    settings = Settings()
    out += extract_all(load_all(paths, settings)[0], settings)
    return out


@pytest.fixture(scope="module")
def analyses():
    return _analyses()


def _claims(a):
    text = a.article.content
    return [c for c in a.claims if c.attribution is None
            and not cw.source_line(text, a.sentences[c.sentence].start, a.sentences[c.sentence].end)]


def _plain_level(levels, claim):
    """The points sum over every property (``features``), as level() was first written."""
    table, warn_at = cw._points()
    feats = levels.features(claim)
    parts = [(table[n], n) for n in cw.FEATURE_TEXT if feats.get(n) and table.get(n)]
    total = table.get("base", 0) + sum(p for p, _ in parts)
    shown = sorted(parts, key=lambda x: (-abs(x[0]), list(cw.FEATURE_TEXT).index(x[1])))[:4]
    why = "; ".join(f"{cw.FEATURE_TEXT[n]} {p:+d}" for p, n in shown) or "no property scores"
    return ("warning" if total >= warn_at else "info"), f"{total} points (warning from {warn_at}): {why}"


def test_level_is_the_plain_points_sum(analyses, monkeypatch):
    fast_levels, fast_features = [], []
    for a in analyses:
        levels = cw.Levels(a)
        fast_levels += [levels.level(c) for c in _claims(a)]
        fast_features += [cw.Levels(a).features(c) for c in _claims(a)]
    monkeypatch.setattr(fast, "fold", lambda text: None)  # the plain patterns, every sentence searched
    plain_levels, plain_features = [], []
    for a in analyses:
        plain_levels += [_plain_level(cw.Levels(a), c) for c in _claims(a)]
        plain_features += [cw.Levels(a).features(c) for c in _claims(a)]
    assert fast_features == plain_features
    assert fast_levels == plain_levels
    assert len(plain_levels) > 50 and {s for s, _ in plain_levels} == {"warning", "info"}
    # the corpus exercises the shortcuts' properties both ways
    for name in ("matter_of_record", "agentless_figure", "hedged", "source_in_words", "writer_voice", "named_subject"):
        assert {f[name] for f in plain_features} == {True, False}, name


def test_needs_words_are_in_every_named_source_match(analyses):
    """Each phrase of named_source_phrases.txt holds a word of its ``needs:`` line at the start of a word."""
    lines = read_list("named_source_phrases")
    phrases = [(p, lines[k + 1].partition(":")[2].replace(" ", "").split("|"))
               for k, p in enumerate(lines) if not p.startswith("needs:")]
    assert all(lines[k + 1].startswith("needs:") for k, p in enumerate(lines) if not p.startswith("needs:"))
    seen = set()
    for k, (phrase, words) in enumerate(phrases):
        rx = re.compile(r"\b(?:" + phrase.replace("NAME", cw.NAME) + ")")
        for a in analyses:
            low = fast_fold(a.article.content)
            if low is None:
                continue  # the guard is not used on such text
            for m in rx.finditer(a.article.content):
                seen.add(k)
                assert any(re.search(r"\b" + re.escape(w), low[m.start():m.end()]) for w in words), m.group()
    assert len(seen) >= len(phrases) // 2  # the corpus exercises most phrases


def test_guarded_search_is_the_search(analyses):
    guarded = cw._named_source()
    assert guarded.guard is not None
    found = 0
    for a in analyses:
        text = a.article.content
        low = fast.fold(text)
        for s in a.sentences:
            m = guarded.pattern.search(text, s.start, s.end)
            g = guarded.search(text, low, s.start, s.end)
            assert (m and m.span()) == (g and g.span())
            found += m is not None
    assert found > 5


@pytest.mark.parametrize("text", [
    "I'm sure we know. You're right, and your view is our view; \"We said\" it to us. Some time ago.",
    "'I said', my friend, \u201cme\u201d and \u2018you\u2019: Us, OUR, myself, dummy, plus, Ourselves. I",
    "we",
    "",
])
def test_narrator_words_count_the_narrator_pattern(text):
    for enough in (1, 3, 10):
        assert fast.narrator_words(text, enough) == min(enough, len(cw._NARRATOR.findall(text)))


def test_narrator_words_on_the_corpus(analyses):
    for a in analyses:
        narration = cw.Levels(a).narration
        assert fast.narrator_words(narration, 3) == min(3, len(cw._NARRATOR.findall(narration)))


@pytest.mark.parametrize("text,word", [
    ("a Smith, Smith and smith Smithers Smith_x Smith\u00e9 Smith.", "Smith"),
    ("Start Smith", "Smith"), (" Smith", "Smith"), ("x U.S. and U.S.A", "U.S."), ("by O'Neil's", "O'Neil"),
    ("A, B", "B"), ("done. Blair", "Blair"), ("said Blair", "Blair"),
])
def test_after_lower_is_the_regex(text, word):
    assert fast.after_lower(text, word) == (re.search(r"[a-z,] " + re.escape(word) + r"\b", text) is not None)
