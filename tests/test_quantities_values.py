"""The quantity model, amounts and measures named differently (issue 11,
values round): general mechanisms for classes of misses on the invented
multi-outlet development set.  Every text is invented for these tests;
each must-conflict case failed before its change, and the quiet cases keep
the changes from reaching further."""

import pytest

from .helpers import assert_one_conflict, assert_quiet

MUST_CONFLICT = [
    # a definite amount before the name of a thing is that thing's cost,
    # given earlier with a verb and no noun (quantities/definite.py)
    ["Fellby's new swimming pool, which has a learner pool and a gym, cost £14 million, the council said.\n\n"
     "The £19 million pool has six lanes and a diving board.",
     "19 million"],
    ["The Harrowgate footbridge, opened in March, cost £3.4 million to build.\n\n"
     "Councillors said the £5.1 million footbridge had already cut traffic on Mill Lane.",
     "5.1 million"],
    # ... or names an amount's event ("the shortfall"), also before another word taken for its noun
    ["Fellby Boat Hire owed creditors about £900,000 when it closed, the administrators said.\n\n"
     "The £1.6 million shortfall includes unpaid rent on its moorings.",
     "1.6 million"],
    # a share is a change when a noun stands between it and the change noun
    # ("a 12% fare increase"), or when the change verb stands before its
    # object ("cut the town's parking quota by 30%"): its ratio meets another
    # outlet's ratio word (quantities/changes.py)
    ["Ferry fares on the Fellby crossing will go up by a third from April, the operator said.",
     "The operator of the Fellby crossing has announced a 12% ferry fare increase from April.",
     "12%"],
    ["Fellby council has halved the parking permits it gives to quay firms, traders said.",
     "Fellby council has cut the parking permits it gives to quay firms by 20%, traders said.",
     "20%"],
]

QUIET = [
    # the definite phrase names a whole ("the fund" that lost), not the amount restated
    ["The Fellby council pension fund has lost £76 million on its property stake.\n\n"
     "The £2.8 billion fund pays pensions to 40,000 former staff."],
    # no thing named near the earlier amount: "left over" is no noun
    ["The party says it can save £30bn in government spending by cutting waste.\n\n"
     "The £11bn left over would go on cutting borrowing, he added."],
    # two earlier costs: which the definite phrase restates is not clear
    ["The bridge cost £14 million and the new road beside it cost £9 million.\n\n"
     "The £11 million road opened on Monday."],
    # the earlier amount given again beside the definite one: a part of it, not it restated
    ["Fellby Bank agreed to restate £425 million it had reported as a loss on the sale of loans.\n\n"
     "Regulators said it was wrong to split the £950 million loan loss provision, putting £425 million of it "
     "down to the sale."],
    # a verb after ", and" is the next clause's ("..., and has already raised almost £2 million"), not the target's
    ["Hospice appeal\n\nThe Fellby Hospice said £1.9 million had been raised so far for its new wing.",
     "Wing appeal\n\nThe Fellby Hospice has launched an appeal for a £3.5m wing at its site, and has already raised "
     "almost £2 million towards it."],
    # the same value restated
    ["The bypass, which has two roundabouts, cost £48 million.\n\n"
     "The £48 million bypass opened on Friday."],
    # a share after a function word and a noun is no change of its own
    ["Ferry fares on the Fellby crossing will go up by a third from April, the operator said.",
     "About 30% of the ferry fare increase will pay for a new ramp at the Fellby crossing, the operator said."],
    # the change verb of another sentence is not the share's
    ["Fellby council has halved the parking permits it gives to quay firms, traders said.",
     "Fellby council has cut the parking permits it gives to quay firms. Each permit is now priced by 20% "
     "of the firm's rates."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT)
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET)
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)
