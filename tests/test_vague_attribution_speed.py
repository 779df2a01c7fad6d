"""The guard words of vague_phrases.txt (the ``needs:`` lines,
factcheck/extract/guarded.py) are in every match of their phrase, and the
guarded search finds what the plain pattern finds.  Slow: ``python -m
pytest -m slow``."""

import re

import pytest

from factcheck.extract import vagueness
from factcheck.extract.folding import folded
from factcheck.extract.guarded import read_phrases

from .helpers import analyse
from .test_checkworthiness_speed import _analyses

pytestmark = pytest.mark.slow

_TEXTS = [
    "It emerged that the deal was off. The plan drew widespread criticism. There was much speculation about it.",
    "He was facing fierce criticism from Senator Ana Ruiz, and facing criticism over the plan. She is widely "
    "tipped to win; the firm was reported to have lost $2m.",
    "According to media reports, 40 died. Press reports suggested a delay. It is widely believed that he left; "
    "it's rumoured he will return, and IT WAS SAID to be over. It has been reported that ...",
    "\u0130t emerged that prices rose. It is thou\u017fand-fold, it is \u017faid.",
]


@pytest.fixture(scope="module")
def analyses():
    return [analyse(t) for t in _TEXTS] + _analyses()


def test_needs_words_are_in_every_vague_phrase_match(analyses):
    phrases, needs = read_phrases("vague_phrases")
    assert needs
    lines = [ln for ln in vagueness.read_list("vague_phrases")]
    words_of = [lines[k + 1].partition(":")[2].replace(" ", "").split("|")
                for k, ln in enumerate(lines) if not ln.startswith("needs:")]
    seen = set()
    for k, (phrase, words) in enumerate(zip(phrases, words_of)):
        rx = re.compile(r"\b(?:" + phrase + r")\b", re.I)
        for a in analyses:
            low = folded(a.article.content)
            if low is None:
                continue  # the guard is not used on such text
            for m in rx.finditer(a.article.content):
                seen.add(k)
                assert any(re.search(r"\b" + re.escape(w), low[m.start():m.end()]) for w in words), m.group()
    assert len(seen) == len(phrases)  # every phrase exercised


def test_guarded_phrases_find_what_the_pattern_finds(analyses):
    guarded = vagueness._phrases_re()
    assert guarded.guard is not None
    found = 0
    for a in analyses:
        text = a.article.content
        low = folded(text)
        for s in a.sentences:
            plain = [m.span() for m in guarded.pattern.finditer(text, s.start, s.end)]
            assert [m.span() for m in guarded.finditer(text, low, s.start, s.end)] == plain
            found += len(plain)
    assert found > 10
