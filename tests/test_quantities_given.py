"""A definite measure or length of time and the one earlier figure of its
dimension it names (``factcheck.quantities.given``, issue 11): "a 30-metre
section" ... "the 50-metre breach", "within 42 days" ... "The 28-day
window".  Every text is invented for these tests; each must-conflict case
failed before the change, and the quiet cases keep it from reaching
further."""

import pytest

from .helpers import assert_one_conflict, assert_quiet, outlet_conflicts

MUST_CONFLICT = [
    # an extent names no thing of its own: the definite phrase names what it measured
    ["Heavy rain washed away a 30-metre section of the Harnby sea wall on Monday.\n\n"
     "Engineers said the 50-metre breach was the worst on that coast in a decade.",
     "50-metre"],
    # a bare amount of stuff, then the happening that moved it
    ["A burst tank at the Harnby dairy sent 1,900 litres of milk into the river on Tuesday.\n\n"
     "The 900-litre spill killed fish for a mile downstream, anglers said.",
     "900-litre"],
    # a general noun of time names the one earlier span
    ["Residents can object to the Harnby mast plan within 42 days, the council said.\n\n"
     "The 28-day window is the shortest the council has ever allowed.",
     "28-day"],
    # a general noun of an undertaking names the appeal
    ["The Harnby rowing club has launched a nine-month appeal to replace its boathouse.\n\n"
     "The 12-month campaign will end with a regatta on the river.",
     "12-month"],
    # a definite measure of the same noun
    ["The operator signed a 10-year lease on the Harnby quay on Monday.\n\n"
     "The 15-year lease includes the old fish market, the harbour board said.",
     "15-year"],
]

QUIET = [
    # a definite extent is a part of the thing measured before
    ["The firm is building a 40-km pipeline from Harnby to the coast.\n\n"
     "The firm said the 25-km stretch on the island side would be finished first."],
    # a bare length of time is some other period, not the bond's term
    ["The Harnby bank plans to sell its branches over the next five years.\n\n"
     "The eight-year bond will be issued at par, the bank said."],
    # a plural noun names a kind of thing: two kinds of bill
    ["The agency sold six-month bills at 5.6 pct on Monday.\n\n"
     "Demand for the three-month bills was weaker, dealers said."],
    # two earlier spans the window could name: unclear, nothing is linked
    ["Residents can object within 42 days, and the council must reply within 35 days.\n\n"
     "The 28-day window is the shortest the council has ever allowed."],
    # values far apart are two things
    ["The council gave residents 14 days to respond to the Harnby quay plan.\n\n"
     "The 10-year deal with the operator starts in May."],
    # another measure in the definite phrase's own sentence: it is one of two there, not a restatement
    ["Heavy rain washed away a 30-metre section of the Harnby sea wall on Monday.\n\n"
     "Engineers said the 50-metre breach and a 20-metre crack beside it would take a month to mend."],
    # the same value restated agrees
    ["The Harnby rowing club has launched a 12-month appeal to replace its boathouse.\n\n"
     "The 12-month campaign will end with a regatta on the river."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_a_definite_measure_names_the_one_earlier_figure(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_measures_stay_quiet(texts):
    assert_quiet(texts)


def test_the_same_noun_is_an_error():
    found = outlet_conflicts("The operator signed a 10-year lease on the Harnby quay on Monday.\n\n"
                             "The 15-year lease includes the old fish market, the harbour board said.")
    assert [f.severity for f in found] == ["error"], [f.message for f in found]
