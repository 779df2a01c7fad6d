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
    # "new" alone says the things are new, not that they add to others: "A new 900-place secondary"
    # is the other outlet's school, not places added to one
    ["A new 900-place secondary school at Harnby Fields is due to open in 2030, at a cost of £38m.",
     "The council's answer is a 1,500-place school at Harnby Fields, due to open in 2030 at a cost of £38 million.",
     "900-place"],
]

QUIET = [
    # what is to come is not what was: the homes to be built and those built last year
    ["About 250 homes will be built on the farmland beside the Harnby estate, the council said on Monday.",
     "Builders put up 180 homes beside the Harnby estate last year, the council said on Monday."],
    # new ones hired after a walkout are not the strikers
    ["About 250 drivers walked out at the Harnby bus depot on Monday.",
     "The Harnby bus depot hired 40 new drivers after its staff walked out on Monday."],
    # new staff taken on top of a workforce are not the workforce
    ["The Harnby plant employs 300 staff, the firm said on Monday.",
     "The Harnby plant will take on 40 new staff on top of its current workforce, the firm said on Monday."],
    # new trees to be planted are not the trees cut down
    ["The council says 60 new trees will be planted on Harnby Parade once the paving is laid.",
     "Contractors for Harnby council cut down 26 trees on Harnby Parade today."],
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


@pytest.mark.parametrize("text,role", [
    ("Halberd wants to cover the site with around 170 new houses.", "new"),
    ("The 21 new Alliance councillors will meet on Monday.", "new"),
    ("The depot hired 40 new drivers after the walkout.", "extra"),
    ("The plant will take on 40 new staff on top of its workforce.", "extra"),
    ("Officials reported 9 new cases on Monday, bringing the total to 50.", "extra"),
    ("Officials reported 9 more cases on Monday.", "extra"),
])
def test_new_marks_extra_only_when_added(text, role):
    an = analyse(text)
    q = describe(an, 0, an.figures[0])
    assert q is not None and role in q.roles and ({"new", "extra"} - {role}).isdisjoint(q.roles)
