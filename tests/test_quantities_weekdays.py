"""A weekday in a report's lead read as the news event's day
(``factcheck.quantities.weekdays``), against the one date of the other
report's lead.  Every text is invented for these tests."""

import datetime

import pytest

from .helpers import outlet_conflicts

# 2026-03-12 is a Thursday
DATES = ("2026-03-12", "2026-03-12")

MUST_CONFLICT = [
    # a past weekday of an irregular participle, a date of another verb
    ["Boy hurt by dog\n\nA nine-year-old boy was bitten by a loose dog on the Harlow Green estate on Sunday "
     "afternoon, police said.",
     "Dog attack on estate\n\nA boy needed hospital treatment after he was attacked by a dog on the Harlow "
     "Green estate on 1 March, police said.",
     "Sunday"],
    # a weekday to come ("will reopen on Monday" is the next Monday) and a timetable's present
    ["Pool to reopen\n\nThe Harlow Green swimming pool will reopen on Monday after a new roof was fitted.",
     "Pool back next week\n\nHarlow Green Leisure Trust says the swimming pool reopens on 23 March after its "
     "roof repairs.",
     "Monday"],
    ["Bakery cuts prices\n\nHarlow Bakeries will cut the price of 200 loaves and cakes from Monday, the "
     "company said on Wednesday.",
     "Bread price cut\n\nHarlow Bakeries is lowering prices on about 200 lines from 30 March.",
     "Monday"],
]

MUST_BE_QUIET = [
    # the same day in two words
    ["Boy hurt by dog\n\nA nine-year-old boy was bitten by a loose dog on the Harlow Green estate on Sunday "
     "afternoon, police said.",
     "Dog attack on estate\n\nA boy needed hospital treatment after he was attacked by a dog on the Harlow "
     "Green estate on 8 March, police said."],
    # one report's day is of speech: the other's date is the event's
    ["Pool to reopen\n\nThe Harlow Green swimming pool will reopen in April, the trust said on Monday.",
     "Pool back in April\n\nThe Harlow Green swimming pool reopens on 20 April after its roof repairs."],
    # a past happening and a plan are two events
    ["Pool shut after leak\n\nThe Harlow Green swimming pool was closed on Monday after a leak was found.",
     "Pool to shut for repairs\n\nThe Harlow Green swimming pool will close on 30 March for repairs to a "
     "leaking tank."],
    # two events the leads' words name ("burst" / "reopened")
    ["Main bursts\n\nA water main burst under Harlow Road on Tuesday, flooding six shops.",
     "Road reopens after flood\n\nHarlow Road reopened on 5 March after a burst water main flooded six "
     "shops."],
    # "on Saturday night" runs into Sunday: not a day to compare
    ["Fire at mill\n\nFire broke out at the Harlow mill on Saturday night, the fire service said.",
     "Mill blaze\n\nFire broke out at the Harlow mill in the early hours of 8 March, firefighters said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT)
def test_a_leads_weekday_conflicts_with_the_other_leads_date(story):
    *texts, word = story
    found = outlet_conflicts(*texts, dates=DATES)
    assert len(found) == 1, [f.message for f in found]
    assert word in found[0].message


@pytest.mark.parametrize("texts", MUST_BE_QUIET)
def test_a_leads_weekday_that_is_not_the_other_leads_date_is_quiet(texts):
    found = outlet_conflicts(*texts, dates=DATES)
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize("before, when", [
    ("A boy was bitten by a dog", "past"),
    ("Residents were told to leave", "past"),
    ("The river burst its banks late", "past"),
    ("The firm will cut prices on 200 lines", "future"),
    ("The ward will not reopen", "future"),
    ("The furnace is expected to be relit", "future"),
    ("The trust says the ward, its children's unit, reopens", "future"),
    ("The chain is lowering prices on 300 lines", "future"),
    ("The firm, which runs 30 shops, appointed administrators", "past"),
    ("The meeting is", None),
])
def test_the_tense_of_a_dates_clause(before, when):
    from factcheck.quantities.weekdays import tense
    assert tense(before) == when


@pytest.mark.parametrize("name, when, day", [
    ("Sunday", "past", datetime.date(2026, 3, 8)),
    ("Thursday", "past", datetime.date(2026, 3, 12)),  # the report's own day
    ("Monday", "future", datetime.date(2026, 3, 16)),
    ("Thursday", "future", None),  # today, or a week ahead: not read
])
def test_the_day_a_weekday_names(name, when, day):
    from factcheck.quantities.weekdays import day_of
    assert day_of(name, datetime.date(2026, 3, 12), when) == day
