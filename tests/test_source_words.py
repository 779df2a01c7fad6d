"""Sources and records the extractor recognises by word class (issue 12):
"final results showed", "polling showed", "cautioned", negated records."""

import pytest

from .helpers import report_for


def _rules(text):
    return [(f.rule, f.severity) for f in report_for(text).findings]


@pytest.mark.parametrize("text", [
    "Final results showed the governing party won 41% of the vote.",
    "Polling showed support for the plan had fallen to 38%.",
])
def test_results_and_polling_are_sources(text):
    assert not [r for r, _ in _rules(text) if r == "unsourced-claim"], _rules(text)


def test_cautioned_attributes_to_its_subject():
    found = [f for f in report_for("One official cautioned that the deficit would double by 2030.").findings
             if f.rule in ("anonymous-source", "unsourced-claim")]
    assert [(f.rule, f.data.get("cue")) for f in found] == [("anonymous-source", "cautioned")]


@pytest.mark.parametrize("text", [
    "Unemployment in the valley has never been so low.",
    "No other team in the league has ever won five titles in a row.",
])
def test_negated_records_are_claims(text):
    # a claim at either level: the level is the points model's, and a negated record has no dev
    # judgements to earn points of its own ("No other team ... has ever won" is info; docs/accuracy.md)
    assert [r for r, _ in _rules(text)] == ["unsourced-claim"], _rules(text)


@pytest.mark.parametrize("text", [
    "She was never so happy as on that day.",
    "The party will have to plan for the elections in decades to come.",
    "He criticised the senator's lack of a record in public office.",
])
def test_not_records(text):
    assert not [r for r, _ in _rules(text) if r == "unsourced-claim"], _rules(text)
