"""The quantity model, sixteenth round (issue 11): a firm's failure and its
debts as events ("ceased trading" / "stopped trading", "owed creditors" /
"debts of"), a flood's and a commissioning's dates, decades as lengths of
time, "the past year" as last year, a date's clause ended by "when", and a
measure of another thing that does not explain a
difference away ("fragments up to 300 metres away" beside "a 62-metre
blade").  Every text is invented for these tests; each must-conflict case
failed before its change, the quiet cases keep the changes from reaching
further."""

import pytest

from .helpers import assert_one_conflict, assert_quiet

MUST_CONFLICT = [
    # two verbs of one failure: the day it stopped trading
    ["Harnby Boat Hire ceased trading on 4 November, its administrators said on Monday.",
     "Harnby Boat Hire, which has 31 boats, stopped trading on 14 November.",
     "November"],
    # owed creditors / left debts of: one amount
    ["Harnby Boat Hire has collapsed, leaving debts of £3.8 million, its administrators said on Monday.",
     "Harnby Boat Hire owed creditors about £2.4 million when it collapsed on Monday.",
     "£3.8 million"],
    # a distance in one report does not make the blade's two lengths agree
    ["A 62-metre blade snapped off a turbine at the Harnby wind farm on Tuesday. Fragments were found "
     "up to 300 metres from the tower.",
     "A 48-metre blade broke away from a turbine at the Harnby wind farm on Tuesday.",
     "metre"],
    # the names of a "when" clause after a date are another event's
    ["The Harnby post office will close on 19 December, the Post Office said on Monday.",
     "Villagers want to save the Harnby post office, which shuts on 9 January when postmistress Jan Pell "
     "retires.",
     "December"],
    # decades are a length of time
    ["Jan Pell has run the Harnby post office for 22 years, the Post Office said on Monday.",
     "The Harnby post office has been run by Jan Pell for almost two decades.",
     "22 years"],
    # "over the past year" is last year
    ["The Harnby dental practice lost £90,000 last year on its NHS work, a letter said.",
     "Partners said the Harnby dental practice had lost £140,000 over the past year on NHS work.",
     "£140,000"],
    # a river that burst or overtopped its banks: one flood's date; installed or commissioned: one turbine's
    ["Floodwater covers the Harnby reserve after the River Lode burst its banks on 6 February.",
     "The Harnby reserve is under water after the River Lode overtopped its banks on 3 February.",
     "February"],
    ["The Harnby turbine that failed was installed in 2014, the operator said on Monday.",
     "The Harnby turbine that failed was commissioned in 2011, the operator said on Monday.",
     "2011"],
]

QUIET = [
    # the firm's debts and its customers' lost deposits are two amounts
    ["Harnby Boat Hire has collapsed, leaving debts of £3.8 million, its administrators said on Monday.",
     "Harnby Boat Hire collapsed on Monday; customers lost deposits worth £2.4 million."],
    # a failure's date and the date its boats go to auction
    ["Harnby Boat Hire ceased trading on 4 November, its administrators said on Monday.",
     "Harnby Boat Hire's fleet of 31 boats will be sold at auction on 14 December."],
    # a flood's date and the date the reserve reopens
    ["The River Lode burst its banks at the Harnby reserve on 6 February, the trust said.",
     "The Harnby reserve will reopen on 3 March, the trust said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)
