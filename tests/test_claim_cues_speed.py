"""The claim-cue shortcuts (factcheck/extract/claim_cues_fast.py) change no
result: the guard words of each pattern (the ``needs:`` lines of
claim_cues.txt) and of each statistic branch are in every match, and the
fast paths give what the plain ones give.  Slow: ``python -m pytest -m slow``."""

import re

import pytest

from factcheck.extract import claim_cues
from factcheck.extract.claim_cues import cues, sentence_triggers, statistic_spans
from factcheck.extract.claim_cues_fast import DIGIT

from .conftest import SAMPLES, SHARED

pytestmark = pytest.mark.slow

_TEXTS = [
    "Exports hit an all-time high of $5bn, the highest since records began in 1947.",
    "Prices are up 5% and shares were down sharply; sales have gone down by a third.",
    "The plant's output outpaced rivals, stemming from cuts that halved costs in two decades.",
    "It is three times as likely, more people than any other county, compared with 2010.",
    "Rents will double by 2028 and costs are projected to rise, on track to exceed forecasts.",
    "The council met on Tuesday evening to discuss the budget.",
    "Days on record: the hottest summers on record were due to heat domes.",
    "Fares rose 12% last year as a result of fuel costs, which were blamed on the war.",
    "Two out of three voters, a majority of adults, backed it; nearly half of all 1,200 staff did.",
    "Sales of \u00a312.5m rose to 40 per cent, three-quarters of the firms and 25 of them said.",
    "Twenty-five thousand people and 300 workers lost jobs, hundreds of millions more than ever before.",
    "Its best-selling album was the most-watched show, the worst-performing fund in a decade.",
    "Prices have never been so low, and no other team in the league has ever done it.",
    "It was an all-time high, a record-breaking year, the biggest-ever crowd.",
]


def _corpus():
    """Our sample sentences, sample_inputs and, when ../shared is there,
    every fifth BBC News article."""
    texts = list(_TEXTS)
    texts += [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*")) if p.suffix in (".txt", ".md", ".html")]
    bbc = SHARED / "benchmarks" / "bbc-news" / "bbc"
    if bbc.exists():
        texts += [p.read_text("latin-1") for p in sorted(bbc.glob("*/*.txt"))[::5]]
    return texts


@pytest.fixture(scope="module")
def corpus():
    return _corpus()


def _holds(low, start, end, word, word_start=True):
    """Whether ``low[start:end]`` holds ``word`` (at the start of a word)."""
    if word == DIGIT:
        return re.compile(r"\d").search(low, start, end) is not None
    return re.compile((r"\b" if word_start else "") + re.escape(word)).search(low, start, end) is not None


def test_needs_words_are_in_every_cue_match(corpus):
    seen = set()
    for text in corpus:
        low = text.lower()
        for i, cue in enumerate(cues()):
            for m in cue.pattern.finditer(text):
                seen.add(i)
                for group in cue.needs:
                    assert any(_holds(low, m.start(), m.end(), w) for w in group), (cue.kind, m.group(), group)
    assert len(seen) > len(cues()) // 2  # the corpus exercises most patterns


def test_statistic_branch_words_and_starts_hold_in_every_match(corpus):
    for branch, words, how in claim_cues._STAT_BRANCHES:
        rx = re.compile(branch, re.IGNORECASE)
        for text in corpus:
            low = text.lower()
            for m in rx.finditer(text):
                assert any(_holds(low, m.start(), m.end(), w, False) for w in words), (branch, m.group())
                first = m.group()[0]
                if how == "digit":
                    assert first.isdecimal() or first in "$£€¥", m.group()
                elif how == "letter":
                    assert first.isalpha(), m.group()


def test_shortcuts_change_nothing_on_the_corpus(corpus, monkeypatch):
    sentences = [(t, m.start(), m.end()) for t in corpus for m in re.finditer(r"[^.\n]+[.\n]?", t)]
    fast = [sentence_triggers(t, s, e) for t, s, e in sentences]
    assert fast == [sentence_triggers(t, s, e, prefilter=False) for t, s, e in sentences]
    monkeypatch.setattr(claim_cues, "_folded_text", lambda t: None)  # the plain IGNORECASE regexes
    assert fast == [sentence_triggers(t, s, e) for t, s, e in sentences]


@pytest.mark.parametrize("text", _TEXTS)
def test_candidates_keep_every_matching_pattern(text):
    chosen = claim_cues._matcher().candidates(text.lower(), 0, len(text))
    matching = [i for i, cue in enumerate(cues()) if cue.pattern.search(text)]
    assert set(matching) <= set(chosen)
    assert len(chosen) < len(cues())


@pytest.mark.parametrize("text", _TEXTS)
def test_shortcuts_change_nothing(text, monkeypatch):
    fast = sentence_triggers(text, 0, len(text))
    assert fast == sentence_triggers(text, 0, len(text), prefilter=False)
    stats = statistic_spans(text, 0, len(text))
    monkeypatch.setattr(claim_cues, "_folded_text", lambda t: None)  # the full IGNORECASE regexes
    assert statistic_spans(text, 0, len(text)) == stats
    assert sentence_triggers(text, 0, len(text)) == fast


@pytest.mark.parametrize("text", [
    "Some \u0663\u0660\u0660 people came.",  # Arabic-Indic digits are digits to the regexes too
    "About \u0661\u0662 of them left, and \u0967\u0968,\u0966\u0966\u0966 stayed.",
])
def test_statistic_spans_with_other_digits(text, monkeypatch):
    fast = statistic_spans(text, 0, len(text))
    monkeypatch.setattr(claim_cues, "_folded_text", lambda t: None)
    assert fast and statistic_spans(text, 0, len(text)) == fast


@pytest.mark.parametrize("text", _TEXTS + ["", "No cue here at all.", "Costs rose. Costs rose again."])
def test_cached_candidates_equal_the_plain_form(text):
    matcher = claim_cues._matcher()
    low = text.lower()
    for start, end in ((0, len(low)), (0, len(low) // 2), (len(low) // 3, len(low))):
        longest = frozenset(matcher.finder.findall(low, start, end))
        plain = matcher._chosen(longest)  # worked out afresh, not from the cache
        assert matcher.candidates(low, start, end) == plain
        assert matcher.candidates(low, start, end) == plain  # from the cache


@pytest.mark.parametrize("text", _TEXTS + ["a zillion fans", "out  of", "over 9 of them", "two thirds", "x\u0663"])
def test_group_words_equal_the_group_regexes(text):
    finder = claim_cues._statistic_finder()
    low = text.lower()
    if low.isascii():
        words = [any(w in low for w in ws) for ws in finder.group_words]
        assert words == [rx.search(low) is not None for rx in finder.group_res]
    kept = tuple(rx.search(low) is not None for rx in finder.group_res)
    if any(kept):  # the cut-down regex finds what the full one finds
        assert [m.span() for m in finder.regex(kept).finditer(low)] == \
            [m.span() for m in claim_cues._STAT_RE.finditer(low)]


def test_guard_words_start_with_a_word_character():
    # what lets CueMatcher.candidates look for the character before a guard word instead of \b
    assert all(re.match(r"\w", w) for w in claim_cues._matcher().held)


@pytest.mark.parametrize("text", _TEXTS + ["x" + _TEXTS[0], "_costs rose", "-costs rose", "\u00e9costs rose"])
def test_after_gap_finder_equals_the_word_boundary_finder(text):
    matcher = claim_cues._matcher()
    low = text.lower()
    for start in range(len(low)):
        for end in (start, len(low) // 2, len(low)):
            plain = matcher.finder.findall(low, start, end)
            got = matcher.after_gap.findall(low, start - 1, end) if start else matcher.finder.findall(low, start, end)
            assert got == plain
            assert matcher.words_at(low, start, end) == plain



@pytest.mark.parametrize("text", [
    "It emerged that costs rose, amid growing criticism. It is said the plan failed.",
    "Unsaid talk: the CRITICISM faced fierce criticism from rivals; it was claimed.",
    "Nothing here holds a guard word at all.",
    "",
])
def test_guarded_phrases_find_what_the_full_pattern_finds(text):
    from factcheck.extract.claim_cues_fast import GuardedPhrases
    from factcheck.extract.folding import folded
    phrases = ["it (?:has )?emerged that", "(?:amid|faced) (?:growing |fierce )?criticism",
               "it (?:is|was) (?:said|claimed)", "plan"]
    for needs in ([("emerged",), ("criticism",), ("said", "claimed"), ("plan",)],
                  [("emerged",), ("criticism",), ("said", "claimed"), ()]):  # a phrase with no guard words
        guarded = GuardedPhrases(r"\b(?:", phrases, r")\b", re.I, needs)
        for start, end in ((0, len(text)), (3, len(text) - 4), (10, 40)):
            plain = [m.span() for m in guarded.pattern.finditer(text, start, end)]
            assert [m.span() for m in guarded.finditer(text, folded(text), start, end)] == plain
            m = guarded.search(text, folded(text), start, end)
            assert (m and m.span()) == (plain[0] if plain else None)
