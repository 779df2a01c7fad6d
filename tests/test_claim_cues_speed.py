"""The claim-cue shortcuts change no result: the guard words each pattern's
matches must hold, and the statistic branches left out of the regex."""

import re

import pytest

from factcheck.extract import claim_cues
from factcheck.extract.claim_cues import (_candidates, _patterns, _required, _sre_parse, sentence_triggers,
                                          statistic_spans)

_REQUIRED_CASES = [
    # (regex, flags, groups): every match holds a word of each group, at the start of a word
    (r"\b(?:higher|lower)\s+than\b", re.I, [("higher", "lower"), ("than",)]),
    (r"\b(?:caus(?:ed|es|ing)|(?:led|leads) to)", re.I, [("caused", "causes", "causing", "leads to", "led to")]),
    (r"\brecord(?:-|\s)(?:high|lows?)", 0, [("record",), ("high", "low")]),  # "lows" starts with "low"
    (r"\b(?:highest|best)[- ]ever", 0, [("best ever", "best-ever", "highest ever", "highest-ever")]),
    (r"\b(?:is|are)\s+(?:up|down)", 0, []),  # too short to tell sentences apart
    (r"\bmore(?! than)\s+(?:of\s+)?them", 0, [("more",), ("them",)]),  # lookarounds, optional parts: nothing
    (r"\b(?-i:Most)\s+\w+", re.I, [("most",)]),
    (r"\b(?:\d+|\w+)-(?:year|month)\s+high", 0, [("high",)]),  # the run "-year" does not start a word
    (r"\w+fold\b", 0, []),
    (r"(?:second-)?highest", 0, []),  # may follow a letter: not the start of a word
]


@pytest.mark.parametrize("regex, flags, groups", _REQUIRED_CASES)
def test_required_words(regex, flags, groups):
    assert _required(_sre_parse.parse(regex, flags)) == groups


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
]


@pytest.mark.parametrize("text", _TEXTS)
def test_candidates_keep_every_matching_pattern(text):
    chosen = _candidates(text.lower(), 0, len(text))
    matching = [i for i, (_kind, pat) in enumerate(_patterns()) if pat.search(text)]
    assert set(matching) <= set(chosen)
    assert len(chosen) < len(_patterns())


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


def _plain_candidates(text_low, start, end):
    """``_candidates`` without the per-set cache: the guard words' sets worked out for this sentence."""
    finder, held, by_word, groups, always = claim_cues._guard_index()
    found = set()
    for w in set(finder.findall(text_low, start, end)):
        found |= held[w]
    chosen = set(always)
    for w in found:
        chosen.update(by_word.get(w, ()))
    return tuple(i for i in sorted(chosen) if all(not found.isdisjoint(g) for g in groups[i]))


@pytest.mark.parametrize("text", _TEXTS + ["", "No cue here at all.", "Costs rose. Costs rose again."])
def test_cached_candidates_equal_the_plain_form(text):
    low = text.lower()
    for start, end in ((0, len(low)), (0, len(low) // 2), (len(low) // 3, len(low))):
        assert _candidates(low, start, end) == _plain_candidates(low, start, end)
        assert _candidates(low, start, end) == _plain_candidates(low, start, end)  # from the cache


@pytest.mark.parametrize("text", _TEXTS + ["a zillion fans", "out  of", "over 9 of them", "two thirds"])
def test_cluster_words_equal_the_cluster_regexes(text):
    low = text.lower()
    words = [any(w in low for w in ws) for ws in claim_cues._STAT_CLUSTER_WORDS]
    assert words == [rx.search(low) is not None for _, rx in claim_cues._STAT_CLUSTERS]


@pytest.mark.parametrize("text", _TEXTS + [
    "No figure here.", "A zillion fans came.", "Sales fell by a third.", "Two out of three.", "It rose 5 percent.",
    "Prices \u00a3 rose 40 per cent.", "The K\u212a unit.", "Nothing but thousands.", "The majority agreed.",
])
def test_hinted_statistic_spans_equal_the_hint_then_spans(text):
    folded_text = claim_cues._folded_text(text)
    for start, end in ((0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text))):
        plain = (statistic_spans(text, start, end) if claim_cues._stat_hint(text[start:end].lower()) else [])
        assert claim_cues._hinted_statistic_spans(text, start, end, folded_text) == plain


def test_guard_words_start_with_a_word_character():
    # what lets _candidates look for the character before a guard word instead of \b
    assert all(re.match(r"\w", w) for w in claim_cues._guard_index()[1])


@pytest.mark.parametrize("text", _TEXTS + ["x" + _TEXTS[0], "_costs rose", "-costs rose", "\u00e9costs rose"])
def test_after_gap_finder_equals_the_word_boundary_finder(text):
    finder, after_gap = claim_cues._guard_finders()
    low = text.lower()
    for start in range(len(low)):
        for end in (start, len(low) // 2, len(low)):
            plain = finder.findall(low, start, end)
            assert (after_gap.findall(low, start - 1, end) if start else finder.findall(low, start, end)) == plain
