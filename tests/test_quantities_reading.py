"""The quantity model, reading round (issue 11): how the mood and the role
of a figure are read off the words near it, on the invented multi-outlet
set.  Every text is invented for these tests; each must-conflict case
failed before its change, and the quiet cases keep the changes from
reaching further."""

import pytest

from factcheck.quantities import describe

from .helpers import analyse, assert_one_conflict, assert_quiet

MUST_CONFLICT = [
    # a count that is the subject of a verb to come is a plan, as the other outlet's object of "will
    # close" is: one quantity the model relates (not only a pair by elimination)
    ["Some 40 beds will close at Harnby hospital, the health board said on Monday.\n\n"
     "The hospital has 420 beds and 2,000 staff.",
     "Harnby hospital will close 25 beds, the health board said on Monday.\n\n"
     "The hospital has 420 beds and 2,000 staff.",
     "both count bed"],
]

QUIET = [
    # what is to come is not what was: the homes to be built and those built last year
    ["About 250 homes will be built on the farmland beside the Harnby estate, the council said on Monday.",
     "Builders put up 180 homes beside the Harnby estate last year, the council said on Monday."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_read_alike_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)


@pytest.mark.parametrize("text,modal", [
    ("Some 40 beds will close at Harnby hospital.", True),
    ("Fourteen cameras will go up along the ring road.", True),
    ("About 250 homes are to be built on the farmland.", True),
    ("The 21 councillors will have a majority of three.", False),  # a state, not a plan
    ("Some 40 beds closed at Harnby hospital last week.", False),
])
def test_subject_of_a_verb_to_come_is_a_plan(text, modal):
    an = analyse(text)
    q = describe(an, 0, an.figures[0])
    assert q is not None and q.modal is modal
