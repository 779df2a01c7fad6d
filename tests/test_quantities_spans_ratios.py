"""The quantity model (issue 11): lengths of time of one event given in two
neighbouring units (``timescales``) and the one change ratio of what each
report says changed (``changed``).  Every text is invented for these tests;
each must-conflict case failed before its change, the quiet cases keep the
changes from reaching further."""

import pytest

from factcheck.quantities import timescales
from factcheck.quantities.describe import Quantity

from .helpers import assert_one_conflict, assert_quiet, first_article_quantities

MUST_CONFLICT = [
    # one span, two neighbouring units, more than threefold apart
    ["Gas cut\n\nThe gas supply to Brellow is expected to be off for about 40 hours, the network said.",
     "Brellow without gas\n\nEngineers expect homes in Brellow to be without a supply for six days, the network "
     "said.",
     "six days"],
    ["Bridge closure\n\nThe Tansey footbridge was out of use for 20 hours, the council said.",
     "Footbridge reopens\n\nWalkers were kept off the Tansey footbridge for three days, the council said.",
     "three days"],
    ["Rent freeze\n\nThe Ollerby housing trust has frozen its rents for two years.",
     "Rents rise\n\nTenants of the Ollerby trust saw their rents go up last week after a six-month freeze.",
     "six-month"],
]

QUIET = [
    # a fact against a plan, in neighbouring units: two spans
    ["Bus cuts\n\nThe Corbey bus company had known about its driver shortage for a year, a councillor said.",
     "Timetable cut\n\nThe Corbey timetable cuts will last three months, the company said."],
    # a decade is a round count of years, no slip of a unit
    ["Permit price\n\nThe Corbey parking permit has been unchanged for a decade, councillors were told.",
     "Permit rise\n\nAnita Grey, who has lived in Corbey for 30 years, said she had not been told."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[s[0][:40] for s in QUIET])
def test_quiet(texts):
    assert_quiet(texts)


def _span(text):
    return first_article_quantities(text, "duration")[0]


@pytest.mark.parametrize("a, b, factor", [
    ("The road was shut for 30 hours.", "The road was shut for four days.", timescales.UNIT_FACTOR),
    ("The road was shut for 30 hours.", "The road was shut for two weeks.", 3.0),   # units two steps apart
    ("The road was shut for two days.", "The road was shut for seven days.", 3.0),    # one unit
    ("The road was shut for two years.", "The road will be shut for eight months.", 3.0),  # a fact, a plan
])
def test_unit_factor(a, b, factor):
    assert timescales.factor(_span(a), _span(b), 3.0) == factor
