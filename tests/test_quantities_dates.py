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
