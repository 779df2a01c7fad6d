"""The quantity model (issue 11): lengths of time of one event given in two
neighbouring units (``timescales``) and the one change ratio of what each
report says changed (``changed``).  Every text is invented for these tests;
each must-conflict case failed before its change, the quiet cases keep the
changes from reaching further."""

import pytest

from factcheck.quantities import changed, timescales
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
    # the one change ratio of what each report says changed
    ["Market demand\n\nThe Corby Lane market's list of stallholders waiting for a pitch has doubled in three "
     "years, traders say.",
     "Market to expand\n\nDemand is growing: the waiting list for pitches at the Corby Lane market has trebled "
     "since 2022.",
     "trebled"],
    ["Ferry trips\n\nPassenger trips to the island have tripled since the pier reopened, the operator said.",
     "Island boom\n\nPassenger trips have risen fivefold since 2021, according to the operator's counts.",
     "fivefold"],
    ["Town growth\n\nHouse prices in the town have doubled since 2015, agents said.",
     "Town growth\n\nHouse prices have trebled, the council said.",
     "trebled"],
    # a count of units with "more", a sport's seasons: lengths of time
    ["Pilot extended\n\nThe Brenmoor bike-hire pilot will run for a year more after the vote, the council said.",
     "Bikes stay\n\nBrenmoor's bike-hire pilot will carry on for six more months after the council voted to "
     "extend it.",
     "six more months"],
    ["Groundshare\n\nKelby Rovers will play at Marsh Park for two years while a stadium is built.",
     "Rovers move\n\nKelby Rovers will groundshare at Marsh Park for three seasons.",
     "three seasons"],
]

QUIET = [
    # a fact against a plan, in neighbouring units: two spans
    ["Bus cuts\n\nThe Corbey bus company had known about its driver shortage for a year, a councillor said.",
     "Timetable cut\n\nThe Corbey timetable cuts will last three months, the company said."],
    # a decade is a round count of years, no slip of a unit
    ["Permit price\n\nThe Corbey parking permit has been unchanged for a decade, councillors were told.",
     "Permit rise\n\nAnita Grey, who has lived in Corbey for 30 years, said she had not been told."],
    # two things changed (the words of place after what changed are no subject)
    ["Town growth\n\nHouse prices in the town have doubled since 2015, agents said.",
     "Town growth\n\nThe number of shops in the town has trebled, the council said."],
    # two ratios of one thing's kind in one report: which is the other's is unknown
    ["Rents\n\nRents at the arcade have doubled since 2015, and rents at its car park have trebled.",
     "Rents\n\nRents at the arcade have quadrupled, tenants said."],
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


def _ratio(text):
    from factcheck.quantities import cross
    from .helpers import outlet_analyses

    analyses = outlet_analyses(text, "The council met on Monday.")
    qs, _ = cross.quantities(analyses)
    return analyses[0].article.content.lower(), [q for q in qs if q.article == 0 and q.kind == "ratio"][0]


@pytest.mark.parametrize("text, words", [
    ("Boat visits to the town have tripled, the trust said.", {"boat", "visits"}),
    ("The company said imports of competing dishwashers had more than doubled.", {"imports", "competing",
                                                                                  "dishwashers"}),
    ("Demand is rising: the waiting list has trebled since 2021.", {"waiting", "list"}),
])
def test_what_changed(text, words):
    assert changed.subject(*_ratio(text)) == words


@pytest.mark.parametrize("text, to_come, year", [
    ("Journey times will halve, the council said.", True, None),
    ("Journey times will be cut by a third, the council said.", True, None),
    ("The toll is to jump by half.", True, None),
    ("Boat visits to the town have tripled since 2019.", False, "2019"),
    ("Main breaks have doubled in five years.", False, None),
])
def test_tense_and_since(text, to_come, year):
    low, q = _ratio(text)
    assert changed._to_come(low, q) == to_come
    assert changed._since_year(low, q) == year
