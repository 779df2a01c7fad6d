"""A definite phrase and the one earlier figure of its article it names
though their words differ (issue 11): an amount
(``factcheck.quantities.definite.only_amount`` and ``restates``: "paid
out £95,000 in damages" ... "The £57,000 bill", "has debts of £4.1
million" ... "the £2.6 million debt"), and a count narrowed by a word that
names its happening ("about 60 cars were damaged" ... "The 85 damaged cars
included", ``anaphora._marks_given``, ``scope.part_named``).  Every text is
invented for these tests; each must-conflict case failed before the
change, and the quiet cases keep it from reaching further."""

import pytest

from .helpers import assert_one_conflict, assert_quiet

MUST_CONFLICT = [
    # a bill names the money paid out, another word of the spending family
    ["Morvale District Council paid out £95,000 to tenants whose flats flooded last winter.\n\n"
     "The £57,000 bill does not include the cost of rehousing, officers said.",
     "£57,000"],
    # a bill names the cost of a repair
    ["The Ashby canal trust has promised a £400,000 repair of the Kelling lock gates.\n\n"
     "The £600,000 bill will be met from the trust's reserves, its chair said.",
     "£600,000"],
    # a penalty names the fine
    ["The Ormbridge energy firm has been fined more than £8 million for overcharging customers last year.\n\n"
     "The £3.5 million penalty will be paid by its owners, the regulator said.",
     "£3.5 million"],
    # a fund names money set aside
    ["The housing trust budgeted £2 million in March for new boilers.\n\n"
     "The £4 million fund will cover the oldest blocks first, the trust said.",
     "£4 million"],
    # a general noun names a cost given with a verb
    ["The upgrade of the Pellow ring road, costing £61m, will add a bus lane in each direction.\n\n"
     "Ministers said the £46m scheme was paid for by the transport budget.",
     "£46m"],
    # the one amount of its noun, given without "a"
    ["The rugby club, which has debts of £4.1 million, agreed to sell its ground on Monday.\n\n"
     "Paying off the £2.6 million debt will leave money for a new stand, the club said.",
     "£2.6 million"],
]

QUIET = [
    # money given towards a thing is a part of its cost
    ["The Pellow mill trust was awarded a £1.2 million grant by the lottery on Monday.\n\n"
     "The £3.9 million scheme will turn the mill into flats and a museum."],
    # a general noun does not name a flow of trade
    ["Harnby exported £2 billion worth of steel to Norway last year, the ministry said.\n\n"
     "The £5 billion deal signed in May covers ships and cranes."],
    # a noun of another event: a fine does not name a profit
    ["The Ormbridge energy firm made a profit of £4 million last year.\n\n"
     "The £6 million fine was announced on Friday by the regulator."],
    # two earlier amounts near its value: which one the bill names is unclear
    ["The council paid out £90,000 in damages and £70,000 in legal fees last year.\n\n"
     "The £60,000 bill does not include staff time, officers said."],
    # a far smaller amount is a part, not the bill restated
    ["The council paid out £9,000 to tenants whose flats flooded last winter.\n\n"
     "The £95,000 bill does not include the cost of rehousing, officers said."],
    # a narrowing word names another debt of the same noun
    ["The rugby club has debts of £4.1 million, mostly to its bank.\n\n"
     "Paying off the £2.6 million tax debt will come first, the club said."],
    # the same value agrees
    ["The Ashby canal trust has promised a £400,000 repair of the Kelling lock gates.\n\n"
     "The £400,000 bill will be met from the trust's reserves, its chair said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_a_definite_amount_names_the_one_earlier_amount(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_amounts_stay_quiet(texts):
    assert_quiet(texts)


COUNTS_MUST_CONFLICT = [
    # an "-ed" word with an object is the verb, and "damaged" names what happened to the cars
    ["Police said about 60 cars were damaged when the Harnby multi-storey flooded on Friday.\n\n"
     "The 85 damaged cars included a fire engine and two buses, the council said.",
     "85 damaged cars"],
]

COUNTS_QUIET = [
    # a participle clause after the noun names a part
    ["Police said about 60 cars were damaged when the Harnby multi-storey flooded on Friday.\n\n"
     "The 25 cars moved to the Tesco car park can be collected on Monday."],
    # a word before the noun that names no happening of the earlier count is a part
    ["Police said about 60 cars were damaged when the Harnby multi-storey flooded on Friday.\n\n"
     "The 25 electric cars included two taxis, the council said."],
]


@pytest.mark.parametrize("story", COUNTS_MUST_CONFLICT, ids=[s[0][:40] for s in COUNTS_MUST_CONFLICT])
def test_a_definite_count_named_by_its_happening_restates(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", COUNTS_QUIET, ids=[t[0][:40] for t in COUNTS_QUIET])
def test_parts_of_a_count_stay_quiet(texts):
    assert_quiet(texts)
