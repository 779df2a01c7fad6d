"""Shortcuts taken for speed give the same answers as the plain tests."""

import pytest

from factcheck.extract.figures import patterns, scan

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Three out of every four voters, 45 percent, said two-thirds of all firms gained \u00a32m.",
    "Twenty-five per cent of the 300 staff and nine out of 10 people; 1,200 jobs.",
    "Sales fell by a third, to one million units, while 12 of them closed.",
    "No statistic here at all, only words.",
])
def test_statistic_spans_same_without_folding(text, monkeypatch):
    from factcheck.extract import claim_cues

    fast = claim_cues.statistic_spans(text, 0, len(text))
    monkeypatch.setattr(claim_cues, "_folded_text", lambda t: None)  # the full IGNORECASE regex
    assert claim_cues.statistic_spans(text, 0, len(text)) == fast


@pytest.mark.parametrize("text", [
    "He said [the firm] (EA) won\u2019t go", "\u0130stanbul\u2019s O'Neil rock-n-roll", "", "  ... \u2026 2,000 cars",
])
def test_quote_words_are_the_token_words(text):
    from factcheck.rules import quote_variant

    assert quote_variant._words(text)[0] == [t[0] for t in quote_variant._tokens(text)]


@pytest.mark.parametrize("text", [
    "In FY 2021 sales rose; LAST YEAR and in March, the First Quarter beat Fiscal Year 2019.",
    "Year-On-Year growth on Monday, a Year Ago, 2,019 units and 2020%.",
    "\u0130stanbul in January 2004",
])
def test_time_refs_same_as_ignorecase(text):
    slow = [(m.start(), m.end(), " ".join((m.group("year") or m.group("rel") or m.group("month") or "").lower().split()))
            for m in patterns.TIME_REF.finditer(text)]
    assert scan.time_refs(text) == slow and slow
