"""The quantity model on dates and lengths of time given in other forms
(issue 11, dates and durations round): each must-conflict case failed
before its change; the quiet and different cases keep the change from
reaching further.  Every text is invented for these tests."""

import pytest

from .helpers import outlet_conflicts

DATES = ("2026-09-10", "2026-09-10")

# a month given alone and one given with its year, of one event: two months
# that differ cannot be one date whatever the year
MUST_CONFLICT = [
    ["The sale of Dunmore Mills to Ravel is expected to complete in February 2027, the firms said.",
     "The sale of Dunmore Mills to Ravel should complete in November, the firms said.",
     "November"],
    ["The resurfacing of Fellby high street was due for completion in August 2026, the council said.",
     "The resurfacing of Fellby high street was due to finish in June, the council said.",
     "June"],
]

QUIET = [
    # the same month: the year alone may differ, and nothing says so
    ["The sale of Dunmore Mills to Ravel is expected to complete in November 2026, the firms said.",
     "The sale of Dunmore Mills to Ravel should complete in November, the firms said."],
    # a bare year gives no month
    ["The sale of Dunmore Mills to Ravel is expected to complete in 2027, the firms said.",
     "The sale of Dunmore Mills to Ravel should complete in November, the firms said."],
    # the dated month lies years from the report: another happening, not one date told twice
    ["The second phase of the Fellby relief road is due to start in March 2029, the council said.",
     "The second phase of the Fellby relief road is due to start in October, the council said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_a_month_alone_and_a_dated_month_conflict(story):
    *texts, word = story
    found = outlet_conflicts(*texts, dates=DATES)
    assert len(found) == 1, [f.message for f in found]
    assert word in found[0].message


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_months_that_may_be_one_date_stay_quiet(texts):
    found = outlet_conflicts(*texts, dates=DATES)
    assert found == [], [f.message for f in found]


def test_without_the_articles_date_a_month_alone_is_not_compared():
    *texts, _ = MUST_CONFLICT[0]
    assert outlet_conflicts(*texts) == []


# a length of time in centuries ("a quarter of a century", "half a century")
# is a length, not the share "a quarter"; a round phrase, read to a tenth
CENTURY_CONFLICT = [
    ["Marlow Leisure will run Fellby lido on a 30-year lease, the council said.",
     "The lease will run for half a century, the council said of Marlow Leisure's deal for Fellby lido.",
     "half a century"],
    ["Tolway will hold the Fellby bridge on a 40-year concession, the council said.",
     "The Fellby bridge concession will run for a quarter of a century, the council said of Tolway's deal.",
     "a quarter of a century"],
]

CENTURY_QUIET = [
    ["Marlow Leisure will run Fellby lido on a 52-year lease, the council said.",
     "The lease will run for half a century, the council said of Marlow Leisure's deal for Fellby lido."],
]


@pytest.mark.parametrize("story", CENTURY_CONFLICT, ids=[s[1][:40] for s in CENTURY_CONFLICT])
def test_a_length_in_centuries_conflicts(story):
    *texts, word = story
    found = outlet_conflicts(*texts)
    assert len(found) == 1, [f.message for f in found]
    assert word in found[0].message


@pytest.mark.parametrize("texts", CENTURY_QUIET, ids=[t[1][:40] for t in CENTURY_QUIET])
def test_a_round_century_agrees_within_a_tenth(texts):
    found = outlet_conflicts(*texts)
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize("bound, phrase, low, high", [
    ("for", "a quarter of a century", 9131.25 * 0.9, 9131.25 * 1.1),
    ("", "half a century", 18262.5 * 0.9, 18262.5 * 1.1),
    ("for", "a quarter of an hour", 1 / 96, 1 / 96),
])
def test_span_bounds_of_quarters_and_centuries(bound, phrase, low, high):
    from factcheck.quantities.lengths import _span_bounds
    lo, hi = _span_bounds(bound, phrase)
    assert lo == pytest.approx(low) and hi == pytest.approx(high)
