"""The quantity model, wording round (issue 11): one quantity in other
words on the invented multi-outlet set, classes ``wording`` and
``anaphora``.  Every text is invented for these tests; each must-conflict
case failed before its change, and the quiet cases keep the changes from
reaching further."""

import pytest

from .helpers import assert_one_conflict, assert_quiet, outlet_conflicts

MUST_CONFLICT = [
    # a vacancy is a post of the workforce: "short of 75 drivers" / "40 driver vacancies"
    ["The Harnby bus depot is short of 75 drivers, the operator said on Monday.",
     "The Harnby bus depot has 40 driver vacancies, the operator said on Monday.",
     "40"],
    # a definite measure of a named thing restates the one earlier measure of
    # that thing ("a 12-mile diversion" ... "The 21-mile diversion")
    ["The Harnby coast road will stay shut until spring, and drivers face a 12-mile diversion inland.\n\n"
     "Bus operators said the 21-mile diversion would add half an hour to journeys.",
     "21-mile"],
    # the word narrowing a noun of people names the other's people ("46
    # volunteer members" ... "The 64 volunteers": transposed digits)
    ["The Harnby mountain rescue team has 46 volunteer members, its leader said on Monday.\n\n"
     "The 64 volunteers were called out more than 200 times last year.",
     "64"],
]

QUIET = [
    # strikers and the replacements hired are two groups of one noun
    ["About 250 drivers walked out at the Harnby bus depot on Monday.",
     "The Harnby bus company hired 40 replacement drivers after its staff walked out on Monday."],
    # a definite phrase that agrees with the earlier count may name the
    # whole ("More than 60 guests fell ill" ... "The 180 guests were served")
    ["More than 60 guests fell ill after a wedding reception at the Harnby Hotel, the council said on Tuesday."
     "\n\nThe 180 guests were served a three-course meal.",
     "Some 65 wedding guests were made ill by food served at the Harnby Hotel, officers confirmed on Thursday."],
    # measures of two things stay two quantities ("a 400-metre cordon" ... "the 250-metre tunnel")
    ["Police set up a 400-metre cordon around the Harnby rail tunnel on Monday.\n\n"
     "Engineers inspected the 250-metre tunnel overnight, the rail company said."],
    # a word narrowing people that names things makes no one kind ("45 bus drivers" / "the 54 buses")
    ["The Harnby depot has 45 bus drivers, the operator said on Monday.\n\n"
     "The 54 buses will move to a new depot next year."],
    # a hyphen count is an attribute of each thing ("650 18-hole courses"), which a later definite
    # count of the noun ("the 36 holes") does not restate: the other outlet's 36 holes agree
    ["Almost 650 18-hole golf courses have closed since 2006, the trade group says.\n\n"
     "At Harnby, the owner plans to cut the 36 holes to 18 and build homes on the rest.",
     "The Harnby club's owner wants to turn its 36 holes into 18 and sell the land for housing."],
    # a definite count that is the base of a comparison in its sentence ("206.6 mln tonnes, down from
    # the 214 mln tonnes") restates nothing said before: the other outlet's 154 mln is another region's
    ["Company stocks in the region rose to 326 mln tonnes on April 1, the agency said.\n\n"
     "Stocks in the north were put at 206.6 mln tonnes on April 1, down from the 214 mln tonnes on January 1.\n\n"
     "Stocks in the south were 147.4 mln tonnes on April 1, down from the 154 mln on January 1.",
     "Company stocks in the region rose to 326 mln tonnes on April 1, the agency said on Thursday.\n\n"
     "Stocks in the north were put at 206.6 mln tonnes on April 1, down from the 214 mln tonnes on January 1.\n\n"
     "Stocks in the south were 147.4 mln tonnes, down from the 154 mln tonnes on January one."],
    # shares of one surveyed population are many quantities, whatever their wording
    ["The survey showed that 23 pct of the polled companies consider order books above normal, the "
     "employers' group said.\n\nOn prices, the survey showed that 62 pct of companies expect prices to stay "
     "unchanged.",
     "The survey showed that 23 pct of the polled companies consider order books above normal, the employers' "
     "group said on Monday.\n\nThe survey showed that 62 pct of companies expect prices to stay unchanged."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_in_other_words_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)


# A definite phrase that restates a count with another value ("85
# firefighters" ... "The 58 firefighters") is one quantity said twice: a
# third figure agreeing with 85 explains nothing of 58 (the rule's own
# comparison), and the tie of 85 and 58 by elimination is one quantity,
# each value checked (``likely``).
_MILL = ("Fire tore through the Harnby flour mill on Friday night, and 85 firefighters spent the night bringing it "
         "under control, the fire service said.\n\nThe alarm was raised at 10pm by a passer-by.\n\n"
         "The 58 firefighters were relieved by fresh crews at dawn, the service said.")
RESTATED = [
    ("Firefighters were still damping down the Harnby flour mill on Saturday.\n\n"
     "Around 80 firefighters were at the scene at the height of the fire, the fire service said.",
     "80 firefighters"),
    ("Firefighters were still damping down the Harnby flour mill on Saturday.\n\n"
     "More than 60 firefighters tackled the fire at its height, the fire service said.",
     "60 firefighters"),
]


@pytest.mark.parametrize("other, figure", RESTATED, ids=[f for _, f in RESTATED])
def test_a_count_restated_with_another_value_conflicts_with_the_other_outlet(other, figure):
    found = outlet_conflicts(_MILL, other)
    assert any('"58 firefighters"' in f.message and figure in f.message for f in found), [f.message for f in found]
