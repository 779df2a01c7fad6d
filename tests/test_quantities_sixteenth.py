"""The quantity model, sixteenth round (issue 11): a firm's failure and its
debts as events ("ceased trading" / "stopped trading", "owed creditors" /
"debts of"), a flood's and a commissioning's dates, decades as lengths of
time, "the past year" as last year, a date's clause ended by "when", a
figure's times read from its own clause, and a measure of another thing that does not explain a
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
    # the year of another figure's clause does not date the leaks
    ["Harnby Water fixed 41,000 leaks over the year and replaced 310 miles of main, most of it laid before 1950.",
     "Harnby Water fixed 18,000 leaks last year, the regulator said.",
     "41,000"],
    # "for up to a fortnight", "for at least a week": lengths with an article and a bound
    ["The Harnby mill will be closed for three weeks while the fire damage is repaired, the owner said.",
     "The Harnby mill will be closed for up to a fortnight while the fire damage is repaired, the owner said.",
     "fortnight"],
    # buses are vehicles, a trawler a vessel
    ["Thirty-one vehicles were destroyed in the Harnby depot fire, the fire service said on Monday.",
     "The Harnby depot fire destroyed 23 buses, the fire service said on Monday.",
     "23"],
    # within one article, a definite figure whose digits are another's transposed
    ["Harnby council has a backlog of 14,200 potholes waiting to be repaired, a report shows. Crews repaired "
     "31,000 potholes last year. Clearing the 21,400 potholes will take every crew the council has, a "
     "councillor said.",
     "14,200"],
    # a number word after "across" is no place ("58 stops across four keyboards")
    ["The Harnby cathedral organ has 72 stops, the appeal said on Monday.",
     "The Harnby cathedral organ has 58 stops across four keyboards, the appeal said on Monday.",
     "58 stops"],
    # "voted to raise rents on its 212 huts by 45%": a rise, however far "raise" stands from "by"
    ["Harnby council voted on Monday to raise rents on its 212 beach huts along the Shingle Walk by 45% from April.",
     "Beach hut rents on the Shingle Walk at Harnby will rise by 30% in April, the council said.",
     "45%"],
    # a comparison word before another quantity ("for more than a year") does not make the amount compared
    ["The Harnby Lyceum will shut for more than a year for a £3.4m roof repair, the trustees said.",
     "The Harnby Lyceum needs a £2.1 million roof repair, the trustees said.",
     "£3.4m"],
    # what someone expects to do on a date is a plan, as what is due is; a system that went live started
    ["Trustees expect the Harnby Lyceum to reopen in September 2027, in time for the autumn season.",
     "The Harnby Lyceum is due to reopen in March 2028, the trustees said.",
     "2028"],
    ["The Harnby port's new customs system went live on 12 October, the operator said.",
     "Lorries queued at Harnby port after its new customs system went live on 5 October.",
     "October"],
    # "on a normal shift" is per shift, as "on each shift" is
    ["The Harnby port has 42 customs officers on a normal shift, the operator said.",
     "The Harnby port has 65 customs officers on each shift, the operator said.",
     "65"],
    # a unit that failed or broke down: one breakdown's date; one announcement's date
    ["The Harnby hospital's sterilising unit failed on 6 November, the trust said.",
     "The Harnby hospital's sterilising unit broke down on 23 October, the trust said.",
     "November"],
    ["The Harnby Stocks Authority announced on 2 November that the harbour's share would fall.",
     "Harnby fishermen face a cut after the Harnby Stocks Authority announced on 12 October that stocks were "
     "under strain.",
     "October"],
    # a ratio to a base: "twice the usual level", "three times the normal level"
    ["Water on the Harnby reserve reached twice the usual winter height, the trust said on Monday.",
     "Water on the Harnby reserve stood at three times the normal winter level, the trust said on Monday.",
     "twice"],
    # bikes, cycles and bicycles are one fleet
    ["Harnby's new hire scheme has 400 bikes at 40 docking stations, the council said.",
     "Harnby's new hire scheme launched with 250 cycles, the council said.",
     "400"],
    # a dropped zero is a typing error whatever the model's certainty ("$50,000" / "$500,000")
    ["The hackers who attacked Harnby council demanded $50,000 in bitcoin, the council said.",
     "The attackers asked Harnby council for a ransom of $500,000, which it did not pay.",
     "$500,000"],
    # "raise the price of a permit from £85 to £140": £140 is the new price, £85 the old one
    ["Harnby council will raise the residents' parking permit from £70 to £160 a year, after a cabinet vote.",
     "Drivers in Harnby will pay £140 for a residents' parking permit from April after the cabinet approved "
     "new charges.",
     "£160"],
    # a later clause's "should" is not the figure's hedge
    ["The lifts at Harnby station have been broken for 40 days, and they should work again by January.",
     "The lifts at Harnby station have been out of use for three months, the operator said.",
     "40 days"],
    # two amounts of nouns of one class ("scheme" / "development") are plausibly one, digits transposed
    ["The £84 million scheme is one of the largest private investments in Harnby this decade.",
     "The £48m development on the former dye works will have 12 shop units and a cafe.",
     "£48m"],
    # a works that stopped closed
    ["Weaving at the Harnby mill stopped in 2009, the owners said.",
     "The Harnby mill closed as a working mill in 2003, the owners said.",
     "2003"],
    # cans and tins, crashes and collisions, trips and journeys: one thing each
    ["Harnby Brewery has recalled 84,000 cans of its pale ale, the firm said.",
     "Harnby Brewery has pulled around 48,000 tins of its pale ale, the firm said.",
     "84,000"],
    ["There were 47 collisions on the Harnby ring road last year, police said.",
     "Police recorded 31 crashes on the Harnby ring road last year.",
     "31"],
    # a family's plural is its name: "The Cranes bought" / "The Crane family acquired"
    ["The Cranes bought the estate in 1911 from a Glasgow shipping owner.",
     "The Crane family acquired the estate in 1923, the agents said.",
     "1911"],
    # the verb before a subject's noun is no word narrowing it ("The council expects the new charges")
    ["Harnby council expects the new parking charges to raise an extra £480,000 a year.",
     "The new Harnby parking charges will raise an extra £750,000 a year, the council said.",
     "£750,000"],
    # cutting costs by an amount is a saving
    ["The Harnby hospital merger will save £18 million a year, the trust said on Monday.",
     "The Harnby hospital merger will cut costs by £12 million annually, the trust said on Monday.",
     "£18 million"],
    # an inspectors' unannounced arrival is their visit; being told of a result is a warning
    ["Inspectors visited the Harnby care agency's office on 3 November, the regulator said.",
     "Inspectors arrived unannounced at the Harnby care agency on 13 November, the regulator said.",
     "November"],
]

QUIET = [
    # the firm's debts and its customers' lost deposits are two amounts
    ["Harnby Boat Hire has collapsed, leaving debts of £3.8 million, its administrators said on Monday.",
     "Harnby Boat Hire collapsed on Monday; customers lost deposits worth £2.4 million."],
    # a failure's date and the date its boats go to auction
    ["Harnby Boat Hire ceased trading on 4 November, its administrators said on Monday.",
     "Harnby Boat Hire's fleet of 31 boats will be sold at auction on 14 December."],
    # the next hearing, expected on a date, is not a plan another hearing's date contradicts
    ["The next hearing in the Harnby bankruptcy case is expected on 6 January, the court said.",
     "Judge Ann Lee will start a two-day hearing in the Harnby bankruptcy case on 16 February."],
    # "14 times last year" counts times; it is no ratio to last year's figure
    ["The Harnby barrier was hit 9 times this year, against 14 times last year, the council said.",
     "Strikes on the Harnby barrier have trebled since the car park opened, the council said."],
    # same digits at another scale altogether: a toll and a price, no dropped zero
    ["The Harnby bridge toll is £1.50 a crossing, the owners said on Monday.",
     "The Harnby bridge was sold for £15 million, the owners said on Monday."],
    # "six weeks" is said of 40 days: to the nearest week
    ["The lifts at Harnby station have been broken for 40 days, the operator said on Monday.",
     "The lifts at Harnby station have been out of action for six weeks, the operator said on Monday."],
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


@pytest.mark.parametrize("sentence, figure, times", [
    # a year in another figure's clause, past a clause break, is that figure's
    ("Harnby Water fixed 41,000 leaks over the year and replaced 310 miles of main, most of it laid before 1950.",
     "41,000 leaks", set()),
    # a comma inside a number is no clause break
    ("Shares in Harnby Foods rose 3.8% to 1,088 pence on Tuesday.", "3.8%", {"tuesday"}),
    # a conversion in brackets is no other figure
    ("Its revenues were $3bn (£1.65bn) in 2004, which it hoped to double by 2009.", "$3bn", {"2004", "2009"}),
    # "the past year" is last year
    ("Harnby Foods lost £140,000 over the past year.", "£140,000", {"last year"}),
])
def test_the_times_of_a_figure_are_its_own_clause(sentence, figure, times):
    from factcheck.extract.figures import sentence_figures
    from factcheck.extract.figures.patterns import TIME_PART
    found = [f for f in sentence_figures(sentence) if f.text == figure]
    assert len(found) == 1
    parts = set((found[0].qualifier or "").split("; "))
    assert {p for p in parts if TIME_PART.match(p)} == times


def test_a_determiner_opens_the_subject_noun_group():
    from factcheck.extract.figures import sentence_figures
    found = sentence_figures("The council expects the new charges to raise an extra £480,000 a year.")
    assert [f.counts for f in found] == ["charge"]
    assert "+council" not in found[0].qualifier and "+expects" not in found[0].qualifier


@pytest.mark.parametrize("text, ratio", [
    ("The Harnby club's income was double last year's total.", 2.0),
    ("Pollution reached 14 times the permitted level at Harnby.", 14.0),
    ("Water stood at twice the usual height in Harnby.", 2.0),
    ("The Harnby ferry sails twice a day.", None),
])
def test_ratio_words_before_a_base(text, ratio):
    from factcheck.quantities.extras import extra_quantities
    from .helpers import analyse
    found = [q for q in extra_quantities(analyse(text), 0) if q.kind == "ratio"]
    assert [(q.low + q.high) / 2 for q in found][:1] == ([] if ratio is None else [pytest.approx(ratio)])


@pytest.mark.parametrize("sentence, texts", [
    # a verb that changes what it governs makes "from A to B" two values, the first the old one
    ("The cabinet voted to lift the fee for a standard cremation from £780 to £1,020.", ["£780", "£1,020"]),
    ("The regulations would raise the pension age for council workers from 60 to 65.", ["60", "65"]),
    # a price range stays a range
    ("Tickets cost from £12 to £38.", ["£12 to £38"]),
])
def test_from_to_after_a_change_verb(sentence, texts):
    from factcheck.extract.figures import sentence_figures
    assert [f.text for f in sentence_figures(sentence)] == texts


@pytest.mark.parametrize("sentence, figure, compared", [
    # "against" compares after a comma or a figure, not after a noun it opposes
    ("The vineyard expects 35,000 bottles this year, against a forecast of 150,000.", "150,000", True),
    ("He was jailed for fraud against some 45 victims.", "some 45 victims", False),
    ("Advice against swimming was issued at six beaches.", "six beaches", False),
    # "more than" of a ratio word is the ratio's
    ("Its energy bill has more than tripled to £410,000 a year.", "£410,000", False),
])
def test_a_comparison_word_is_its_own_figures(sentence, figure, compared):
    from factcheck.extract.figures import sentence_figures
    found = [f for f in sentence_figures(sentence) if f.text == figure]
    assert len(found) == 1
    assert ("compared" in (found[0].qualifier or "").split("; ")) == compared


def test_a_relative_clause_ends_a_figures_words():
    import importlib
    describe = importlib.import_module("factcheck.quantities.describe")
    sentence = "The agency, which has held the contract for the past decade, has three months to improve."
    s = sentence.index("the past decade")
    _, after = describe._sides(sentence, s, s + len("the past decade"))
    assert "improve" not in after and "months" not in after
    # no relative clause: the words run on
    plain = "The agency has held the contract for the past decade and has three months to improve."
    s = plain.index("the past decade")
    assert "improve" in describe._sides(plain, s, s + len("the past decade"))[1]


def test_a_hedge_of_another_clause_is_not_the_figures():
    from factcheck.quantities import describe
    from .helpers import analyse
    an = analyse("The Harnby care agency has been given 12 weeks to improve, or it could lose its registration.")
    assert [describe(an, 0, f) is not None for f in an.figures] == [True]


def test_a_role_word_before_a_name_is_the_names():
    from factcheck.quantities import describe
    from .helpers import analyse
    an = analyse("The new North Harnby Hospitals Trust will employ about 6,400 staff across the two sites.")
    assert describe(an, 0, an.figures[0]).roles == frozenset()
    an = analyse("The trust will hire 400 new staff across the two sites.")
    assert "extra" in describe(an, 0, an.figures[0]).roles


def test_the_words_after_the_next_figure_past_and_are_its():
    from factcheck.quantities import describe
    from .helpers import analyse
    an = analyse("The merger will bring together 4,900 employees and cut costs by £12 million annually.")
    assert [describe(an, 0, f).times for f in an.figures] == [frozenset(), frozenset({"per:year"})]


@pytest.mark.parametrize("sentence, counts", [
    # an amount "of" a noun counts that noun, whatever the clause's subject
    ("The appeal has been given a grant of £250,000 by the heritage fund, the cathedral announced.", "grant"),
    ("The miller reported a pre-tax profit of £41 million.", "profit"),
    ("A total of £5m was raised.", None),
])
def test_an_amount_of_a_noun(sentence, counts):
    from factcheck.extract.figures import sentence_figures
    assert [f.counts for f in sentence_figures(sentence) if f.unit == "money"] == [counts]


def test_new_makes_a_count_new_ones_only_beside_it():
    from factcheck.quantities import describe
    from .helpers import analyse
    an = analyse("The Harnby Marathon has published its new course, and 5,900 entrants will take part.")
    assert "extra" not in describe(an, 0, an.figures[0]).roles
    an = analyse("Harnby Foods will create 400 new jobs at the plant.")
    assert "extra" in describe(an, 0, an.figures[0]).roles


def test_a_day_and_a_half_and_a_semicolons_clause():
    import importlib
    from factcheck.quantities.extras import extra_quantities
    from .helpers import analyse
    spans = [q for q in extra_quantities(analyse("The Harnby count took a day and a half of counting."), 0)
             if q.kind == "duration"]
    assert [(q.low, q.high) for q in spans] == [(1.5, 1.5)]
    describe = importlib.import_module("factcheck.quantities.describe")
    sentence = "Owners will be contacted within four weeks; the repair takes about 90 minutes."
    s = sentence.index("four weeks")
    assert "repair" not in describe._sides(sentence, s, s + len("four weeks"))[1]
