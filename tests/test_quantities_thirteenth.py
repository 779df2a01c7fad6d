"""The quantity model, thirteenth round (issue 11), from the twentieth round
of fresh dev stories and the misses of the dev part.  Every text is invented
for these tests; each must-conflict case failed before its change, the quiet
cases keep the changes from reaching further."""

import pytest

from factcheck.quantities import cross

from .helpers import analyse, assert_one_conflict, assert_quiet, outlet_analyses

MUST_CONFLICT = [
    # "for more than an hour" is how long, not what a rate is per: the two
    # counts of guards are the only ones of each article
    ["Robbers struck at the Harnby cash depot on Friday night. The six raiders tied up four security guards during the "
     "raid, which began at 1am.",
     "Robbers struck at the Harnby cash depot on Friday night.\n\nEight masked men held three security staff for "
     "more than an hour before escaping at 2am.",
     "guards"],
    # a part of what the subject has ("24 of its branches") against the
    # same closure given without the partitive
    ["Harnby Building Society is to shut 24 of its branches, with 310 roles affected, the lender said.",
     "Harnby Building Society will close 42 branches across the county, the lender said on Tuesday.",
     "branches"],
    # a period of a clause after the figure (", as ...") is that clause's
    ["The Harnby Road flyover closes to traffic from 16 February for a closure of about 100 days, as engineers "
     "repair the cracks found in its deck last winter.",
     "The Harnby Road flyover will be shut for six months for emergency repairs, the council announced.",
     "closure"],
    # "set up in 2021" dates the firm, not its staff: a founding is the
    # event of a date or a span, never of a count
    ["Harnby Labs, set up in 2021 by two researchers, has 58 workers at its plant on Heron Way.",
     "Harnby Labs employs 85 people at its plant on Heron Way, the company said.",
     "employ"],
    # "from" after an amount names where it came from, not the old value of
    # a change: the two counts of clients are compared though one
    # sentence is dated by its verdict and the other by the years of theft
    ["A financial adviser from Harnby who took $3.4 million from 62 clients, most of them pensioners, was jailed "
     "at Harnby Crown Court on Friday.",
     "Harnby adviser Malcolm Deverell was jailed on Friday.\n\nDeverell, 54, took more than $3 million from 48 "
     "clients between 2017 and 2023, the jury heard.",
     "clients"],
    # measures written with a glued unit: a wind's speed, a temperature
    ["Storm Ilsa brought gusts of 94mph to Harnby on Thursday night.",
     "Winds gusting to 78mph battered Harnby overnight into Friday. The average wind speed was 50mph.",
     "mph"],
    ["Frost killed buds at the Harnby vineyard, where temperatures dropped to minus 6C.",
     "Temperatures fell to minus 4C at the Harnby vineyard on the night of the frost.",
     "celsius"],
    # "built" dates the story's subject when the headline or the first
    # sentence names what was built
    ["Fire guts Harnby's Grand Hotel. The Grand Hotel in Harnby was gutted by fire on Sunday.\n\n"
     "The hotel, which opened in 1887, has 96 rooms.",
     "Fire ripped through the Grand Hotel in Harnby on Sunday.\n\nThe hotel, built in 1902, had been empty.",
     "origin"],
    # what a hotel has, in rooms or in bedrooms
    ["Fire guts Harnby's Grand Hotel. The Grand Hotel in Harnby was gutted by fire on Sunday.\n\n"
     "The hotel has 96 rooms.",
     "Fire ripped through the Grand Hotel in Harnby on Sunday.\n\nThe hotel has 120 bedrooms over five floors.",
     "rooms"],
    # what a merged chain will have, whatever participle stands near it
    ["Fenner and Hollis will merge. The combined Harnby group will run 412 stores across the county.",
     "Fenner and Hollis are to merge. The merged Harnby business will have 290 shops across the county.",
     "what one subject has"],
    # people defined by where they live are residents
    ["About 400 residents of the Ashlar House tower block in Harnby have been without a working lift for nine days.",
     "Some 260 people who live in the Ashlar House tower block in Harnby have been left without a lift.",
     "residents"],
    # "broke down" and "stopped working" date one breakdown
    ["All three lifts at Ashlar House in Harnby broke down on 3 March, residents said.",
     "The lifts at Ashlar House in Harnby stopped working on 13 March, the council said.",
     "breakdown"],
    # "two years of talks" is the length of the talks, and the main
    # clause's "should" is no hedge of a clause of time
    ["The Harnby grocers' merger follows talks that lasted eight months, the companies said.",
     "The Harnby grocers' merger should complete in October after two years of talks.",
     "talk"],
    # a share that is a change and a ratio word of the same thing
    ["Repair complaints to Harnby Homes rose by a quarter last year, the housing trust said.",
     "Complaints about repairs at Harnby Homes were up 40 per cent last year, the trust said.",
     "growth"],
    # "by a third" is as loose as its part: about 30-37%, not 20-47%
    ["The toll on the Harnby bridge will go up by a third in January, the new owner said.",
     "Drivers face a 25% increase in the Harnby bridge toll from January, the new owner said.",
     "growth"],
]

QUIET = [
    # a rate against a total stays apart ("a day" / "in a week")
    ["About 300 passengers a day use the Harnby ferry, the operator said.",
     "The Harnby ferry carried 2,000 passengers in a week, the operator said."],
    # a part of what the subject has against the whole it has
    ["Harnby Building Society is to shut 24 of its branches, the lender said.",
     "Harnby Building Society, which has 42 branches across the county, said it would cut costs."],
    # a part of a group named before stays apart from the group
    ["A gas blast at the Harnby sports hall injured 14 people on Monday.",
     "Nine of the injured were taken to hospital after the gas blast at the Harnby sports hall on Monday."],
    # "built" of a part the lead does not name dates the part, not the subject
    ["Fire closes Harnby school. Harnby Primary School was closed by a fire on Monday.\n\n"
     "The science block was built in 1964.",
     "Harnby Primary School will stay shut after Monday's fire.\n\nThe school, which opened in 1971, has 400 pupils."],
    # "in its 120-year history" is the history's length, not the strike's
    ["Nurses at Harnby Infirmary began a three-day walkout on Tuesday, the union said.",
     "Nurses walked out at Harnby Infirmary on Tuesday in the first strike in its 120-year history."],
    # a fall and a rise are two changes
    ["Counter transactions at Harnby Mutual have fallen by more than half since 2019, the bank said.",
     "Harnby Mutual said app logins have doubled since 2019, the bank said."],
    # the whole a subject has is not what it closes
    ["Harnby Mutual will close 40 of its 180 branches, it said on Tuesday.",
     "Harnby Mutual is to shut 40 branches, it announced on Tuesday."],
    # changes far apart are changes of two things ("tripled" / "up 7%")
    ["Waiting lists at Harnby General have more than tripled since 2019, the hospital said.",
     "Harnby General said waiting lists were up 7% on last year, the hospital said."],
    # two shares are compared as shares, not again as ratios
    ["Harnby shares rose 24% on Monday, the exchange said.",
     "Harnby shares rose 19% by midday on Monday, the exchange said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("story", QUIET, ids=[s[0][:40] for s in QUIET])
def test_different_quantities_stay_quiet(story):
    assert_quiet(story)


def _measure(text, figure):
    from factcheck.quantities.cross import quantities

    qs, _ = quantities(outlet_analyses(text, "Nothing else."))
    return next(q for q in qs if q.text == figure)


@pytest.mark.parametrize("text, figure, unit, low, high", [
    ("Up to 45cm of snow fell on the pass.", "Up to 45cm", "foot", None, 45 * 0.0328084),
    ("Temperatures fell to minus 4C overnight.", "minus 4C", "celsius", -4.5, -3.5),
    ("Gusts reached about 90mph.", "about 90mph", "mph", 81.0, 99.0),
    ("The spill killed fish along a 5km stretch.", "5km", "mile", 4.5 * 0.621371, 5.5 * 0.621371),
])
def test_glued_measures(text, figure, unit, low, high):
    q = _measure(text, figure)
    assert q.noun == unit
    assert (q.low is None) == (low is None) and (q.low is None or abs(q.low - low) < 1e-6)
    assert abs(q.high - high) < 1e-6


@pytest.mark.parametrize("text", [
    "Pupils in class 4C raised money for the Harnby hospice.",  # a class's name, no temperature
    "The plant makes 400kg-batches of flour.",  # a compound, not a measure of its own
])
def test_no_glued_measure(text):
    from factcheck.quantities.cross import quantities

    qs, _ = quantities(outlet_analyses(text, "Nothing else."))
    assert not [q for q in qs if q.article == 0 and q.noun in ("celsius", "pound")]


def test_count_named_by_its_happening_refers_back():
    """"will shut 37 supermarkets" ... "The 27 closures": within one article
    a count named by its happening refers back to the count of what it
    happens to."""

    an = analyse("Harnby Foodhall will shut 37 supermarkets by the end of May, the grocer said.\n\n"
                      "Sales fell 6 per cent last year. The 27 closures are mostly in town centres.")
    found = list(cross.check([an], lambda f: None))
    assert len(found) == 1 and "37 supermarkets" in found[0].message and "27 closures" in found[0].message


def test_count_named_by_its_happening_with_a_verb_of_its_own():
    """"It will shut 35 overlapping shops" ... "The 53 closures will be named
    next month": the verb of the later clause is no other happening."""

    an = analyse("The merged Harnby grocer will have 290 shops. It will shut 35 overlapping shops.\n\n"
                 "The 53 closures will be named next month, the chain said.")
    found = list(cross.check([an], lambda f: None))
    assert len(found) == 1 and "35 overlapping shops" in found[0].message


def test_part_count_of_a_happening_stays_quiet():
    """A count of the things a happening is done to, and a smaller count of
    people it affects, are not one quantity."""

    an = analyse("Harnby Foodhall will shut 37 supermarkets by the end of May, the grocer said.\n\n"
                      "The 1,900 staff affected will be offered other jobs.")
    assert list(cross.check([an], lambda f: None)) == []


def test_definite_bill_refers_back_to_the_cost():
    """"Replacing it will cost £120,000" ... "The £210,000 bill": a bill is
    the cost named before."""

    an = analyse("Thieves stripped lead from the roof of St Aldric's church in Harnby. Replacing it will cost "
                 "£120,000, the diocese said.\n\nThe £210,000 bill will be met by the church's insurers.")
    found = list(cross.check([an], lambda f: None))
    assert len(found) == 1 and "£120,000" in found[0].message and "£210,000" in found[0].message


@pytest.mark.parametrize("text, found", [
    # the rise in sales named again with another value
    ("The Harnby brewery's sales rose 12% last year to £31 million.\n\n"
     "The 21% rise in sales was driven by exports, the brewery said.", True),
    # a rise of something else stays apart
    ("The Harnby brewery's sales rose 12% last year to £31 million.\n\n"
     "The 21% rise in beer duty will hurt small brewers, the brewery said.", False),
    # a fall is not the rise
    ("The Harnby brewery's sales fell 12% last year to £31 million.\n\n"
     "The 21% rise in sales abroad was driven by exports, the brewery said.", False),
])
def test_definite_change_refers_back_to_the_same_change(text, found):

    assert bool(list(cross.check([analyse(text)], lambda f: None))) == found


@pytest.mark.parametrize("text, found", [
    # one workforce in two words
    ("Fire destroyed the Harnby warehouse. The company employs 340 staff there across three shifts.\n\n"
     "The 430 workers will be paid while it looks for space.", True),
    ("The Harnby estate employs 14 people.\n\nThe 41 employees have been told their jobs are safe.", True),
    # a trade is a part of the workforce
    ("Fire destroyed the Harnby warehouse. The company employs 340 staff there across three shifts.\n\n"
     "The 40 drivers will be paid while it looks for space.", False),
    # people hurt are no workforce
    ("A blast at the Harnby plant injured 14 people.\n\nThe 41 employees have been sent home.", False),
])
def test_definite_workforce_refers_back(text, found):

    assert bool(list(cross.check([analyse(text)], lambda f: None))) == found


@pytest.mark.parametrize("text, figure, noun", [
    ("The ferry was carrying 214 passengers and 18 crew when it lost power.", "18 crew", "crew"),
    ("Nearly 70 crew were on board, the operator said.", "Nearly 70 crew", "crew"),
])
def test_crew_is_counted_as_staff_is(text, figure, noun):
    """"18 crew" counts crew, as "18 staff" counts staff: a collective noun
    in the plural; a bare "18" took the sentence's passengers."""

    found = {f.text: f.counts for f in analyse(text).figures}
    assert found.get(figure) == noun
