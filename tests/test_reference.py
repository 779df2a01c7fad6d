"""The issue's acceptance checks on the two real articles in
../shared/reference-articles (skipped when ../shared is absent)."""

import pytest

from factcheck.check import run

from .conftest import shared_path


@pytest.fixture(scope="module")
def report():
    return run([str(shared_path("reference-articles"))])


def _rule(report, rule):
    return [f for f in report.findings if f.rule == rule]


def test_unnamed_officials_are_anonymous_sources(report):
    anon = _rule(report, "anonymous-source")
    texts = " || ".join(f.text for f in anon)
    assert any("cited unnamed administration officials" in f.text for f in anon), texts
    assert any("administration officials who work with Magnus" in f.text for f in anon), texts


def test_non_response_is_not_anonymous_source(report):
    assert not any("did not immediately respond" in f.text for f in _rule(report, "anonymous-source"))


def test_all_time_high_is_unsourced(report):
    assert any("at an all-time high" in f.text for f in _rule(report, "unsourced-claim"))
    # and likely worth raising: a warning, not information (issue 12)
    assert any("at an all-time high" in f.text and f.severity == "warning" for f in _rule(report, "unsourced-claim"))


def test_encounters_do_not_conflict(report):
    for f in _rule(report, "conflicting-figure"):
        assert not ("2.38" in f.message and "2 million" in f.message), f.message


def test_the_two_articles_are_one_story(report):
    assert len(report.stories) == 1


def test_handout_shows_the_encounters_as_one_quantity_that_agrees(report):
    """Issue 11: "stopped 2.38 million times" and "encounters ... surpassed 2
    million" are one quantity (stops = encounters, one fiscal year), and the
    handout's figures section shows them agreeing, with why."""
    from factcheck.render.handout_data import context

    groups = context(report)["figures"]
    hits = [g for g in groups if {r["text"] for r in g["rows"]} >= {"2.38 million", "surpassed 2 million"}]
    assert len(hits) == 1, [(g["counts"], [r["text"] for r in g["rows"]]) for g in groups]
    assert hits[0]["verdict"].startswith("agrees within bounds") and "encounter" in hits[0]["verdict"]
    assert not hits[0]["conflict"]
