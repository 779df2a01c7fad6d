"""The quantity model, fourteenth round (issue 11): months given as a part
("by the end of March") and the verb of a bare date a few words further
back.  Every text is invented for these tests; each must-conflict case
failed before its change, the quiet cases keep the changes from reaching
further."""

import pytest

from .helpers import outlet_conflicts

MUST_CONFLICT = [
    # a month as a part: "by the end of March" is a date of March
    ["Harnby Foodhall will complete the closures by the end of March, the grocer said.",
     "Harnby Foodhall said the closures would be completed by the end of May.",
     "March"],
    ["The Harnby ice rink will close on 31 March, the council said.",
     "The council said the Harnby ice rink would close at the end of April.",
     "closure"],
    # the verb of a bare month stands beyond a passive's agent
    ["The Harnby hoard was spotted by a dog walker in January, the museum said.",
     "The Harnby hoard was first spotted by a passing dog walker in March.",
     "January"],
    # ... or beyond the verb's object and a phrase
    ["Harnby Athletic's owners agreed terms with the buyer in January, the club said.",
     "Harnby Athletic's owners agreed the deal in principle in March, the club said.",
     "January"],
]

QUIET = [
    # a superlative before "since" gives the last time something was so,
    # not the date of the event
    ["Harnby Steel said output rose at its fastest rate since May, the company said.",
     "Harnby Steel said output unexpectedly fell in November, the company said."],
    # the end of one month and the start of the next are two dates of a plan's
    # two steps only when the verbs differ
    ["Harnby Foodhall will complete the closures by the end of March, the grocer said.",
     "Harnby Foodhall will publish the list of stores at the start of January, the grocer said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    *texts, word = story
    found = outlet_conflicts(*texts)
    assert len(found) == 1, [f.message for f in found]
    assert word in found[0].message


@pytest.mark.parametrize("story", QUIET, ids=[s[0][:40] for s in QUIET])
def test_different_quantities_stay_quiet(story):
    assert outlet_conflicts(*story) == [], [f.message for f in outlet_conflicts(*story)]
