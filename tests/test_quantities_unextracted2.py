"""The quantity model, second recall round on dates and lengths of time
that figure extraction did not give (issue 11): compound lengths written
without "and", working days, a part of a year ("by the end of 2027").  Every text is invented for these tests;
each must-conflict case and reading case failed before its change, and the
quiet cases keep the changes from reaching further."""

import pytest

from .helpers import assert_one_conflict, assert_quiet, first_article_quantities

MUST_CONFLICT = [
    # "1 hour 58 minutes" is one length of time, not an hour and a count of minutes
    ["Dunmore fun run\n\nThe Dunmore fun run was won by Ada Pryce in 1 hour 52 minutes.",
     "Dunmore run result\n\nAda Pryce won the Dunmore fun run in 2 hours 6 minutes.",
     "hour"],
    # five working days are a calendar week at most
    ["Dunmore office shut\n\nDunmore council's planning office will close for five working days.",
     "Dunmore office\n\nDunmore council's planning office will close for a fortnight.",
     "working days"],
    # "by the end of 2027" is a deadline a later month misses
    ["Dunmore depot\n\nThe closure of the Dunmore depot will be completed by the end of 2027, Hallam Freight said.",
     "Dunmore depot to shut\n\nHallam Freight said the Dunmore depot closure would be completed by June 2028.",
     "2027"],
]

QUIET = [
    # "1 hour 58 minutes" agrees with "just under two hours"
    ["Dunmore fun run\n\nThe Dunmore fun run was won by Ada Pryce in 1 hour 58 minutes.",
     "Dunmore run result\n\nAda Pryce won the Dunmore fun run in just under two hours."],
    # ten working days are two calendar weeks
    ["Dunmore office shut\n\nDunmore council's planning office will close for ten working days.",
     "Dunmore office\n\nDunmore council's planning office will close for a fortnight."],
    # a deadline agrees with any earlier day
    ["Dunmore depot\n\nThe closure of the Dunmore depot will be completed by the end of 2027, Hallam Freight said.",
     "Dunmore depot to shut\n\nHallam Freight said the Dunmore depot closure would be completed in March 2027."],
    # "the end of 2027" agrees with October 2027
    ["Dunmore depot\n\nThe Dunmore depot closed at the end of 2025, Hallam Freight said.",
     "Dunmore depot shut\n\nHallam Freight closed the Dunmore depot in October 2025."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)


def _durations(text):
    return [(q.text, round(q.low, 4), round(q.high, 4))
            for q in first_article_quantities(text, "duration", "Dunmore council met on Monday.")]


@pytest.mark.parametrize("text, spans", [
    ("The race was won in 1 hour 58 minutes.", [("1 hour", round(118 / 1440, 4), round(118 / 1440, 4))]),
    ("The crossing took 3 hours, 12 minutes.", [("3 hours", round(192 / 1440, 4), round(192 / 1440, 4))]),
    ("The siege lasted 2 days 6 hours.", [("2 days", 2.25, 2.25)]),
    # a larger unit after a smaller one is no part of it
    ("The queue lasted 40 minutes 2 days running.", [("40 minutes", round(40 / 1440, 4), round(40 / 1440, 4)),
                                                     ("2 days", 2.0, 2.0)]),
    ("Refunds are paid within five working days.", [("five working days", 5.0, 7.0)]),
    ("Refunds are paid within 10 business days.", [("10 business days", 10.0, 14.0)]),
])
def test_lengths_are_read_whole(text, spans):
    assert _durations(text) == spans


@pytest.mark.parametrize("before, bounds", [
    ("will be finished by the end of ", (None, (2027, 12, 31))),
    ("opened at the start of ", ((2027, 1, 1), (2027, 4, 30))),
    ("reopened in the middle of ", ((2027, 4, 1), (2027, 9, 30))),
    ("closed at the end of ", ((2027, 9, 1), (2027, 12, 31))),
    ("the end of the deal in ", None),  # a part of something else
])
def test_a_part_of_a_year(before, bounds):
    import datetime

    from factcheck.quantities.months import part_bounds, year_part

    part = year_part(before + "2027", len(before))
    if bounds is None:
        assert part is None
        return
    want = tuple(None if d is None else float(datetime.date(*d).toordinal()) for d in bounds)
    assert part_bounds(2027, part) == want
