"""sample_inputs/ is the story every new user runs first: each rule must fire
where the articles were written to make it fire, and nothing may fire on the
clean article."""

import pytest

from factcheck.check import run

from .conftest import SAMPLES

LEDGER = "ledger-transit-chief.md"
CHANNEL7 = "channel7-transit-chief.txt"
COURIER = "courier-transit-budget.html"


@pytest.fixture(scope="module")
def report():
    return run([str(SAMPLES)])


def _findings(report, rule, name=None):
    return [f for f in report.findings if f.rule == rule and (name is None or f.path.endswith(name))]


def _texts(findings):
    return " || ".join(f.text for f in findings)


def test_all_articles_loaded_without_input_errors(report):
    names = sorted(a.article.path.rsplit("/", 1)[-1] for a in report.analyses)
    assert LEDGER in names and CHANNEL7 in names and COURIER in names
    assert not _findings(report, "input-error"), [f.message for f in _findings(report, "input-error")]


def test_the_three_transit_articles_are_one_story(report):
    story = [s for s in report.stories if any(p.endswith(LEDGER) for p in s.paths)]
    assert story and any(p.endswith(CHANNEL7) for p in story[0].paths)


def test_clean_article_has_no_findings(report):
    assert not [f for f in report.findings if f.path.endswith(COURIER)], [
        (f.rule, f.text) for f in report.findings if f.path.endswith(COURIER)
    ]


def test_anonymous_source_with_and_without_reason(report):
    ledger = _findings(report, "anonymous-source", LEDGER)
    assert any("Two board members" in f.text for f in ledger), _texts(ledger)
    explained = [f for f in ledger if "Two board members" in f.text]
    assert explained and all(f.payload.reason_given for f in explained)
    ch7 = _findings(report, "anonymous-source", CHANNEL7)
    assert any("people familiar with the board" in f.text for f in ch7), _texts(ch7)
    assert not any(f.payload.reason_given for f in ch7)
    # an anonymous characterisation of a named person is the serious kind
    char = [f for f in ch7 if "distant and slow" in f.text]
    assert char and char[0].severity == "error", _texts(ch7)


def test_non_response_is_not_anonymous(report):
    assert not any("did not respond" in f.text for f in _findings(report, "anonymous-source"))


def test_unsourced_statistics_and_superlatives(report):
    ch7 = _findings(report, "unsourced-claim", CHANNEL7)
    text = _texts(ch7)
    assert "worst level in a decade" in text
    assert "most troubled transit system" in text
    assert "will double by 2028" in text


def test_attributed_claims_are_not_unsourced(report):
    ledger = _findings(report, "unsourced-claim", LEDGER)
    assert not any("according to the agency's annual report" in f.text for f in ledger), _texts(ledger)
    assert not any("$412 million" in f.text for f in ledger), _texts(ledger)


def test_conflicting_employee_counts_and_vote_tally(report):
    conflicts = _findings(report, "conflicting-figure")
    joined = " || ".join(f.message for f in conflicts)
    assert any("6,000" in f.message and "4,500" in f.message for f in conflicts), joined
    assert any("5-4" in f.message and "6-3" in f.message for f in conflicts), joined
    for f in conflicts:
        assert f.related, "a conflict points at the other figure"


def test_ridership_agrees_within_bounds(report):
    # 41.6 million trips vs "topped 40 million trips": consistent wording.
    assert not any("41.6" in f.message for f in _findings(report, "conflicting-figure"))


def test_whitfield_quote_variant(report):
    variants = _findings(report, "quote-variant")
    assert any("Whitfield" in (f.data.get("speaker") or f.message) for f in variants), [f.message for f in variants]
