"""Moments of a running story (conflicting-figure, ``figure_moments``):
figures of two articles published more than a week apart are updates of a
running story, never compared; within a week, or with an undated article,
they are.  Every text is invented for these tests."""

from factcheck.rules.figure_moments import WINDOW, moments

from .helpers import outlet_analyses, outlet_conflicts

OFFER = "Harlow Foods said it had offered 88 dlrs a share for Tarrant Mills, valuing the company at 410 mln dlrs."
RAISED = "Harlow Foods offered 92 dlrs a share for Tarrant Mills on Tuesday, valuing the company at 430 mln dlrs."
OUTLETS = ("Coast Wire", "Valley Post", "Delta News")


def test_articles_a_fortnight_apart_are_not_compared():
    assert outlet_conflicts(OFFER, RAISED, dates=("1987-03-02", "1987-03-16")) == []


def test_articles_within_a_week_are_compared():
    found = outlet_conflicts(OFFER, RAISED, dates=("1987-03-02", "1987-03-05"))
    assert found, "two reports three days apart that disagree on the offer"


def test_an_undated_article_is_compared_with_each_moment_once():
    found = outlet_conflicts(OFFER, RAISED, OFFER.replace("88", "86"), outlets=OUTLETS,
                             dates=("1987-03-02", "1987-03-16", None))
    spots = [tuple(sorted([(f.path, f.start)] + [(r.path, r.start) for r in f.related])) for f in found]
    assert len(spots) == len(set(spots)), "a finding two moments share is given once"
    paths = [{p for p, _ in s} for s in spots]
    assert {"article2.txt", "article3.txt"} in paths and {"article1.txt", "article3.txt"} in paths
    assert {"article1.txt", "article2.txt"} not in paths


def test_moments():
    def story(*dates):
        return outlet_analyses(*["Tarrant Mills said it made 5 mln dlrs."] * len(dates),
                               outlets=("A", "B", "C", "D", "E")[:len(dates)], dates=dates)

    assert moments(story("1987-03-02", "1987-03-02", None)) == [[0, 1, 2]]
    assert moments(story("1987-03-02", f"1987-03-{2 + WINDOW:02d}")) == [[0, 1]]
    assert moments(story("1987-03-02", "1987-03-20", None)) == [[0, 2], [1, 2]]
    # the 5th shares a moment with the 2nd and with the 11th; the 2nd and the 11th share none
    assert moments(story("1987-03-02", "1987-03-05", "1987-03-11")) == [[0, 1], [1, 2]]
