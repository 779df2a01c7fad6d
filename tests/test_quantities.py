"""The quantity model (issue 11, parts 2-4): pairs that must conflict, must
agree, and must be different quantities, across articles of one story and
within one article.  Every text is invented for these tests."""

import pytest

from factcheck.quantities import relate
from factcheck.quantities.cross import quantities
from factcheck.extract import extract
from factcheck.model import Article
from factcheck.settings import Settings

from .helpers import report_for


def _conflicts(*texts):
    return [f for f in report_for(*texts).findings if f.rule == "conflicting-figure"]


MUST_CONFLICT = [
    # one quantity, other words (what is counted, what happened)
    ["Officials told about 900 tenants to leave their flats in Harlow on Tuesday.",
     "Nearly 700 people were moved out of their homes in Harlow on Tuesday, the council said."],
    ["Some 250 drivers walked out on Monday, the union said.",
     "About 180 staff stayed off the routes on Monday, the company said."],
    ["The ferry carries more than 3,000 passengers a day, the operator says.",
     "About 2,200 commuters use the ferry daily, the council says."],
    # durations of one event
    ["The plant will shut for a six-week refit in May.", "The refit will keep the plant closed for three months."],
    ["The company ran a three-week trial of the scheme.", "The trial, which lasted two months, ended in June."],
    # dates at month or year precision, same event
    ["The pier was last repainted in spring 2011, the council said.", "The pier was last repainted in 2015."],
    ["Staff detected the leak on 9 October, the utility said.",
     "Workers first noticed the smell on 19 October, a spokesman said."],
    # ratio words
    ["Sales at the bakery have more than tripled since 2019.", "The bakery's sales have almost tripled since 2019."],
    # one amount, two values
    ["The county bought the depot for $12 million in March.", "The county paid $9 million for the depot."],
    # one count, the same noun, other verbs of one state (stranded / stuck)
    ["About 140 boats were stranded above the weir on Saturday, the trust said.",
     "Nearly 90 boats are stuck above the weir, the trust said on Saturday."],
    # a span of one closure ("will be closed for" / "has closed ... for")
    ["The swimming pool at Orme Park will be closed for six weeks, the council said.",
     "The council has closed the Orme Park swimming pool for three months."],
    # a year of one installation (replaced / installed)
    ["The sluice gates at Orme Park were last replaced in 1996.", "The Orme Park sluice gates were installed in 2005."],
    # a date of closures named by the noun ("the closures would take effect in")
    ["The closures of the Orme Park depots would take effect in April 2027, the council said.",
     "The Orme Park depots would close in October 2027 if the plan is approved."],
    # an amount named by the noun after it, in a proposal ("would shut under proposals to make a")
    ["Two Orme Park depots would shut under council proposals to make a $1.4 million saving each year.",
     "The council will close two Orme Park depots to save $2.9 million a year."],
    # one sentence also dates a neighbouring figure ("down from 52,000 in 2021")
    ["The mill made 38,000 tonnes of flour last year, down from 52,000 in 2021.",
     "The mill made 44,000 tonnes of flour last year, its owner said."],
]

# Second round: mechanisms that do not need the exact words of the dev set
# (base forms of event words, span nouns, units, a noun in several classes).
MUST_CONFLICT += [
    # an event word in another inflection ("evacuating" finds "evacuate")
    ["Crews were evacuating about 1,500 residents from Orme Quay on Sunday.",
     "Nearly 900 people fled Orme Quay on Sunday, police said."],
    # a span named by its noun ("a two-day flushing" / "flushing ... took four days")
    ["Crews carried out a two-day flushing of the mains at Orme Quay.",
     "Flushing the mains at Orme Quay took five days, the utility said."],
    # a span after "for" is the length of its verb
    ["The Orme Moor fire burned for nine days, the fire service said.",
     "The Orme Moor fire burned for four days before rain put it out."],
    # an occasion: "three-day festival" / "four-day event"
    ["The three-day Orme Quay festival sold out.", "The four-day Orme Quay event drew big crowds."],
    # areas in two units (1,200 hectares is about 2,970 acres)
    ["The Orme Moor fire scorched about 1,200 hectares of heather.",
     "The Orme Moor fire burned more than 4,500 acres, officials said."],
    # homes and customers of a utility; without power / lost electricity
    ["The storm left 14,000 homes in Orme Quay without power on Monday.",
     "About 9,000 customers in Orme Quay lost electricity on Monday."],
    # a deal's value in two wordings (buy / values)
    ["Orme Foods agreed to buy Tollan Creamery for $42 million.",
     "The takeover values Tollan Creamery at $36 million, Orme Foods said."],
    # a penalty after which "the maximum" is said is no limit of its own
    ["The council fined Orme Catering $12,000 on Monday.",
     "The council handed Orme Catering a penalty of $21,000, the maximum for a first offence."],
    # dates of one event with other verbs (happened / took place; founded / set up)
    ["The robbery at the Orme Gallery happened on 14 March, police said.",
     "The Orme Gallery robbery took place on 12 March."],
    ["Orme Dairies was founded in 1962 by the Ashcombe family.",
     "Orme Dairies was set up in 1958 by the Ashcombe family."],
    # a one-sided span ("for over 24 hours") is a threshold: it explains no difference
    ["Power was restored to the last Orme Quay homes after 30 hours.",
     "The Orme Quay outage lasted three days in some streets. Households without power for over 24 hours get $70."],
    # a month without a year, the same verb (no event class needed)
    ["The Orme Quay museum reopened in March after the refit.", "The Orme Quay museum reopened in May, its director said."],
    # a day of one arrest, the same verb
    ["Orme was questioned on 3 May, police said.", "Police said Orme was first questioned on 9 May."],
    # a bare count and a count of people in one people-only event
    ["Twelve people remain in hospital in Orme Quay, police said.",
     "Five were still being treated in hospital in Orme Quay on Monday night."],
    # an amount whose verb stands far before it, past an apposition
    ["Orme council has sold Orme Hall, the Georgian mansion on the edge of the town, to the hotel group Arden for $3.2 million.",
     "The hotel group Arden paid $2.4 million for Orme Hall."],
    # a word of two classes: "bought" dates an ownership too ("owned since")
    ["The council bought Orme Hall in 1987.", "The council has owned Orme Hall since 1991."],
    # dates of one approval (agreed / approved)
    ["The sale of Orme Hall was agreed on 14 May.", "Councillors approved the sale of Orme Hall on 12 May."],
    # a cost said in the future and as an attribute ("the $55 million wind farm")
    ["The Orme wind farm will cost $40 million to build.", "The $55 million Orme wind farm was approved on Monday."],
    # homes damaged / properties flooded
    ["The Orme flood damaged 300 homes, the council said.", "About 120 properties were flooded in Orme."],
    # a date's own weekday is part of its value, not a second time
    ["The Orme outage began at 7am on Tuesday 12 May.", "The Orme outage started on Wednesday 13 May."],
    # a reward in two wordings
    ["Police offered a reward of $10,000 for information about the Orme raid.",
     "A $25,000 reward has been offered for information about the Orme raid."],
    # a salary in two wordings
    ["The Orme chief executive earns $120,000 a year.", "The Orme chief executive's salary is $185,000 a year."],
    # people rescued, other verbs
    ["Coastguards rescued 14 people from the Orme ferry on Sunday.",
     "Some 30 people were airlifted from the Orme ferry on Sunday."],
    # the date of one attack
    ["The attack on the Orme depot happened on 3 May.", "The Orme depot was attacked on 13 May."],
    # a year of one upgrade, other verbs
    ["The Orme Gallery's alarms were last upgraded in 2015.", "The Orme Gallery's security was last improved in 2019."],
    # new cases in other words (case / infection), the same day
    ["Health officials confirmed 9 new cases of measles in Tarlow on Thursday.",
     "Officials said 14 new infections were confirmed in Tarlow on Thursday."],
    # one completion in other verbs (finished / completed)
    ["The Tarlow flood wall was finished in 1998.", "The Tarlow flood wall, completed in 2004, cost $6 million."],
    # a prison sentence in other words (jailed for / a sentence of)
    ["Marek Deverell was jailed for six years on Friday.",
     "Marek Deverell was given a sentence of nine years on Friday."],
    # a contribution, promised in two ways (will pay towards / agreed to contribute)
    ["Calloway Homes will pay $14 million towards a new primary school in Westholm.",
     "Calloway Homes has agreed to contribute $9 million to a new primary school in Westholm."],
    # a decided count, whatever the word order ("approved plans for" / "Plans for ... were approved")
    ["Councillors approved plans for 850 homes on the Halden airfield on Tuesday.",
     "Plans for 640 homes on the Halden airfield were approved on Tuesday."],
    # one amount whose nouns name one thing (expansion / terminal expansion); a vote is an approval
    ["The Elland port board approved a $240 million expansion of the container terminal.",
     "The Elland port board voted to go ahead with the $310 million container terminal expansion."],
    # a month in the headline ("to rise in January") is the same date said less precisely: it explains nothing
    ["Tarlow bus fares to rise in January\n\nTarlow bus fares will rise from 4 January, the transport authority said.",
     "The Tarlow transport authority approved a fare increase on Tuesday, to take effect on 11 January."],
    # the day something was said is not the day of the count
    ["The Tarlow outbreak has now infected 47 children, the health department said on Friday.",
     "The number of children infected in the Tarlow outbreak rose to 63 on Thursday."],
    # patients moved in other words; "and" before a count makes no range
    ["Lindholm General will close its Heron ward, moving 28 patients to other wards from Monday.",
     "Lindholm General is to shut the Heron ward, and 19 patients will be transferred from Monday."],
    # a first race in other words (first run / first held)
    ["The Fenmouth marathon was first run in 1982.", "The Fenmouth marathon, first held in 1986, drew 12,000 starters."],
    # money raised for charity
    ["Fenmouth runners raised $3.1 million for charity this year.",
     "More than $4 million was raised for charity by this year's Fenmouth field."],
    # an amount before its noun and a date ("a $240 million expansion on 14 May") prices that noun
    ["Port Elland to spend $310 million on bigger container terminal",
     "The Port Elland board approved a $240 million expansion on 14 May."],
    # students who sat the exams in other words (sat / took)
    ["A total of 1,240 Garrow students sat the final exams.", "About 1,500 Garrow pupils took the final exams."],
    # one publication date in other words (published / came out)
    ["Garrow results were published to students on 14 August.", "The Garrow results came out on 15 August."],
    # flights called off in other words (cancelled / scrapped)
    ["Skyreach cancelled about 400 flights on Friday.", "More than 600 flights were scrapped by Skyreach on Friday."],
    # how long a fire took to bring under control
    ["The Tanners Yard fire was brought under control after six hours.",
     "Firefighters took nine hours to bring the Tanners Yard fire under control."],
    # one damage bill, the noun of one amount the other's event word
    ["The Tanners Yard owner said the damage was worth about $8 million.",
     "The fire service estimated the Tanners Yard damage at $5 million."],
    # two nouns of one class with the same verb of their own (offered)
    ["About 1,400 children at the three Kelsey schools have been offered a vaccination appointment.",
     "Nearly 1,200 pupils at the three Kelsey schools have been offered the jab."],
    # one repair's length in other words (repaired after / took to fix)
    ["Engineers repaired the Corbridge main after 11 hours.", "It took Northwater 16 hours to fix the Corbridge main."],
    # people treated in hospital, in other words (treated for / needed treatment for)
    ["Some 140 people were treated for heat exhaustion at Hartwell Royal Infirmary over the weekend.",
     "Nearly 90 patients needed treatment for heatstroke at Hartwell Royal Infirmary over the weekend."],
]

MUST_AGREE = [
    ["Border agents stopped migrants 2.38 million times in the last fiscal year.",
     "Total encounters at the border surpassed 2 million for the first time in fiscal year 2022."],
    ["The county paid more than $7 million for the depot.", "The county bought the depot for $7.4 million."],
    ["About 2,000 tenants were told to leave on Tuesday.", "Some 1,960 residents were evacuated on Tuesday."],
    ["The plant will shut for a four-week refit.", "The refit will keep the plant closed for a month."],
    ["Sales have more than doubled since 2019.", "Sales have more than doubled since 2019, the owner said."],
]

DIFFERENT_QUANTITIES = [
    # a water treatment works is no medical treatment
    ["Three people were treated in hospital for breathing problems after the Brennock leak.",
     "The leak at the Brennock water treatment works forced some 1,150 residents out of their homes."],
    # a shared verb alone does not join the same noun (the literal rule's) nor a count with no noun
    ["Reviewers said more than 1,300 Quist emails contained classified material.",
     "The department has classified 22 Quist emails as top secret."],
    ["Quist asked who is accurate about things that happened 40 or 50 years ago.",
     "Quist said he is asked about incidents that happened 20 and 50 years ago."],
    # another scope (the national rate / the college's)
    ["Last year the Garrow pass rate was 85%.", "The national pass rate was 79%."],
    # the day's rise vs the rise by midday
    ["Brightwater's shares jumped 24% on Monday.", "Brightwater shares rose 19% by midday on Monday."],
    # a closure is where people were counted, not what happened to them
    ["Campaigners said 900 people had signed a letter against the closure of the Heron ward.",
     "The trust will close the Heron ward, moving 28 patients to other wards."],
    # a date before a noun dates that noun ("an Aug. 8, 2015, affidavit"), not the sentence's other events
    ["Tarlow Watch said the finding raised questions about the mayor's statement in an Aug. 8, 2015, affidavit.",
     "Tarlow Watch said the hidden email was found in September 2014."],
    # a poll's shares are no vote of a board
    ["In the Tarlow poll, 47 percent of Democrats said they would vote for Mayor Quist.",
     "Some 56 percent of Tarlow voters approve of Mayor Quist, the poll found."],
    # new cases vs the total
    ["Officials confirmed 9 new measles cases in Tarlow on Thursday.",
     "The number of measles cases in Tarlow rose to 63 on Thursday."],
    # a past year's count vs the count now
    ["Last year Tarlow county recorded 6 measles cases in all.", "Measles cases in Tarlow county climbed to 63."],
    # sharing only where it happened (the festival), not what happened
    ["The Ormsby festival drew a crowd of 12,000 on Sunday.",
     "Forty-six festival-goers were treated in hospital, the Ormsby agency said on Wednesday."],
    # what was asked for vs what was approved
    ["Westholm's housing officers had asked for 200 affordable homes on the airfield.",
     "Plans for 640 homes on the Westholm airfield were approved on Tuesday."],
    # strikers vs replacement drivers
    ["Some 250 drivers walked out on Monday.", "The company hired 40 replacement drivers during the strike."],
    # by noon vs at the close
    ["Shares were up over 5% by noon on Tuesday.", "Shares closed up 4.75% on Tuesday."],
    # Monday vs Friday
    ["The reservoir was 61% full on Monday.", "The reservoir was 58% full by Friday."],
    # asking price vs price paid
    ["The farm was listed at an asking price of $40 million.", "The airport paid $26 million for the farm."],
    # a capacity per crossing vs passengers a day
    ["The ferry carries about 4,000 passengers a day.", "The spare boat can carry 250 passengers per crossing."],
    # bottles handed out vs households without water
    ["Volunteers handed out 800 bottles of water.", "About 300 households had no water on Sunday."],
    # shares closed up / down: the time of a trading day, not a closure
    ["Orme Mining shares closed up 6% on Thursday.", "Orme Mining shares closed down 18% on Friday."],
    # a share of milk vs a share price (two shares of two things)
    ["Orme Dairies buys roughly a third of its milk from county farms.",
     "Shares in Orme Dairies closed up 7.5% after the takeover."],
    # a day without its year and a whole year of another event
    ["The Orme Gallery alarm was last upgraded in 2015.", "The Orme Gallery robbery took place on 12 March."],
    # tonnes and tons are not converted (short and long tons differ)
    ["The Orme mill made 5,000 tonnes of flour last year.", "The Orme mill made 5,400 tons of flour last year."],
    # a date's event is in its clause ("- five days before the ceremony" names another event)
    ["Voting for the Orme prize is due to end on 22 February - five days before the ceremony.",
     "This year's Orme prize ceremony will be held on 27 February."],
    # a span followed by "after" is a time between two events, not a length
    ["I started training three weeks after my operation, Orme said.",
     "Orme quit the team two months after leading it to the title, and started coaching."],
    # "the start of 2004" is a time, not the date of a start
    ["Orme started playing in 1994, he said.", "Orme quit at the start of 2004."],
    # chart places and box office takings: "place" and "moved" name no event of money
    ["The Orme film moved down to fourth place after taking $10.7m.",
     "The Orme comedy moved up to second place with $5.4m."],
    # prices of two products on sale
    ["The Orme console will go on sale for $250 in March.", "The Orme handheld sells for $150 in the US."],
    # a word that only looks like an event word ("band" is no "ban", "sets" no founding)
    ["The Orme band played two sets on Friday.", "The Orme band played five sets in Leeds."],
    # a month without its year and a month of a given year
    ["The Orme trial began in June.", "The Orme trial began in October 2003."],
    # a date expected or scheduled is not yet an event
    ["A decision on the Orme trial is expected in January.", "The Orme trial is expected to begin in September."],
    # copies bought by one man and copies sold in a week
    ["Mr Orme purchased two copies of the single on Friday.", "The single sold 750,000 copies in its first week."],
    # homes damaged vs homes destroyed
    ["The Orme flood damaged 300 homes, the council said.", "The Orme flood destroyed 12 homes."],
    # money classes describe amounts only: a bare number near "budget" is no cost
    ["Transit agency weighs new budget as riders wait (0)", "Transit agency weighs new budget as riders wait (1)"],
    # an amount before a preposition prices nothing: "$13m from their own pockets" is not the settlement
    ["Ten former directors will pay $13m from their own pockets. Under the terms of the $168m settlement, "
     "none will admit wrongdoing."],
    # a reward vs the value of what was stolen
    ["Police offered a reward of $50,000 for the Orme paintings.", "The Orme paintings are worth $4 million."],
    # a wage named again for another value is no reference back
    ["Protesters want the Orme minimum wage raised from $12 to $15. The wage of $15 would cost jobs, the firm said."],
    # a rise and a cut are two quantities, however much else they share
    ["Ryle Hollis said the country could not compete with other nations without the \u00a34bn tax cuts he was "
     "promising.",
     "Ryle Hollis predicted the council would have to raise taxes by \u00a310bn or \u00a311bn because it was "
     "spending too much."],
    # route numbers in a list name routes; they count none
    ["The operator runs 52 routes across the city.", "Agency drivers took over the 3, 7, 9 and 21 routes on Tuesday."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_in_other_words_conflicts(story):
    found = _conflicts(*story)
    assert len(found) == 1, [f.message for f in found]
    assert found[0].data.get("why") or "Conflicting" in found[0].message


@pytest.mark.parametrize("story", MUST_AGREE, ids=[s[0][:40] for s in MUST_AGREE])
def test_agreeing_wordings_stay_quiet(story):
    assert not _conflicts(*story)


@pytest.mark.parametrize("story", DIFFERENT_QUANTITIES, ids=[s[0][:40] for s in DIFFERENT_QUANTITIES])
def test_different_quantities_stay_quiet(story):
    assert not _conflicts(*story)


def _quantity(text, needle):
    an = extract(Article(path="a.txt", content=text), Settings())
    other = extract(Article(path="b.txt", content="Nothing to compare."), Settings())
    qs, _ = quantities([an, other])  # a story of two articles: every figure is described
    return next(q for q in qs if needle in q.text)


def test_seed_encounters_are_one_quantity_that_agrees():
    from factcheck.quantities import disagree

    a = _quantity("According to the agency, migrants were stopped 2.38 million times in the most recent "
                  "fiscal year.", "2.38")
    b = _quantity("Total encounters along the border surpassed 2 million for the first time in fiscal "
                  "year 2022, according to the data.", "2 million")
    rel = relate(a, b)
    assert rel is not None and "encounter" in rel.why and "stopped" in rel.why
    assert not disagree(a, b)


def test_why_names_what_is_counted_and_the_event():
    found = _conflicts(*MUST_CONFLICT[0])
    assert "tenants / people" in found[0].message and "evacuation" in found[0].message
    assert found[0].severity == "info" and "Nearly 700 people were moved out" in found[0].message


def test_clear_identity_is_an_error():
    found = _conflicts("The trial ran for 18 months, the company said.", "The trial ran for two years.")
    assert [f.severity for f in found] == ["error"]


ANAPHORA = [
    ("The council approved a 2.5% rise in water rates on Monday. Officials said the 5.2% rise would add "
     "$30 to a typical bill.", True),
    ("The hospital asked for a 6% budget increase next year. A board member called the 16% request "
     "reckless.", True),
    ("The council approved a 2.5% rise in water rates on Monday. Officials said the 2.5% rise would add "
     "$30 to a typical bill.", False),
    # "the X saving" names the saving introduced as "a ... saving", not a nearer amount of savings
    ("The depots would shut under plans to make a $1.6 million saving each year. The council must find "
     "$19 million of savings in all. Campaigners said the $2.1 million saving was a false economy.", True),
    ("The depots would shut under plans to make a $1.6 million saving each year. The council must find "
     "$19 million of savings in all. Campaigners said the $1.6 million saving was a false economy.", False),
]


@pytest.mark.parametrize("text, conflict", ANAPHORA, ids=[t[:40] for t, _ in ANAPHORA])
def test_definite_reference_is_tied_to_the_figure_it_names(text, conflict):
    assert bool(_conflicts(text)) == conflict


def test_handout_says_why_two_figures_were_compared():
    from factcheck.render.handout_data import context

    report = report_for(*MUST_CONFLICT[0])
    groups = [g for g in context(report)["figures"] if g["conflict"]]
    assert len(groups) == 1 and "one quantity: both count tenants / people" in groups[0]["verdict"]
    assert {r["text"] for r in groups[0]["rows"]} == {"about 900 tenants", "Nearly 700 people"}


def test_definite_reference_also_contradicts_other_outlets_giving_the_earlier_value():
    """"the 5.2% rise" contradicts the 2.5% rise of its own article and the
    2.5% increase another outlet reports: one finding names all three."""
    found = _conflicts(ANAPHORA[0][0], "The council approved a 2.5% increase in water rates on Monday, "
                                       "the borough said.")
    places = sorted((r.path, r.line) for f in found for r in [f, *f.related])
    assert len(found) == 1 and places[-1][0] == "article2.txt"
    assert '"2.5%" (' in found[0].message and "gives the earlier value" in found[0].message


def test_definite_reference_leaves_out_other_outlets_that_agree_with_it():
    found = _conflicts(ANAPHORA[0][0], "The council approved a 5.2% increase in water rates on Monday.")
    assert all("gives the earlier value" not in f.message for f in found)


def test_a_conflict_across_outlets_also_names_the_phrase_that_refers_back():
    """Outlet A: "to save $2.6 million a year"; outlet B: "a $1.6 million
    saving" ... "the $2.1 million saving": the finding of A against B also
    names B's later phrase, which contradicts A too."""
    found = _conflicts("The council will close two Orme Park depots to save $2.6 million a year.",
                       "Two Orme Park depots would shut under council proposals to make a $1.6 million saving "
                       "each year. Campaigners said the $2.1 million saving was a false economy.")
    groups = [{v.text for v in f.payload.figures} for f in found]
    assert {"$2.6 million", "$1.6 million", "$2.1 million"} in groups, groups


def test_a_class_limited_to_kinds_names_no_event_of_other_kinds():
    """"happened" dates an event and counts nothing; "bought" prices a
    purchase and dates an ownership."""
    from factcheck.quantities import words

    assert words.event_classes("happened", "count") == frozenset()
    assert words.event_classes("happened", "date") == {"occurrence"}
    assert words.event_classes("bought", "money") == {"purchase"}
    assert words.event_classes("bought", "date") == {"ownership"}
    assert words.event_classes("evacuating", "count") == {"evacuation"}
    assert words.event_classes("band") == frozenset()


AGREEMENTS = [
    # (story, texts of the agreeing pair, kind)
    (["According to the agency, migrants were stopped 2.38 million times in the most recent fiscal year.",
      "Total encounters along the border surpassed 2 million for the first time in fiscal year 2022."],
     {"2.38 million", "surpassed 2 million"}, "count"),
    (MUST_AGREE[1], {"more than $7 million", "$7.4 million"}, "money"),
    (MUST_AGREE[2], {"About 2,000 tenants", "Some 1,960 residents"}, "count"),
    (MUST_AGREE[3], {"four-week", "a month"}, "duration"),
]


@pytest.mark.parametrize("story, texts, kind", AGREEMENTS, ids=[s[0][:40] for s, _, _ in AGREEMENTS])
def test_the_rule_records_agreeing_wordings_in_the_report(story, texts, kind):
    """Issue 10: the quantity model's agreeing pairs travel in the Report
    (``Report.agreements``, stamped with their story), so the handout never
    compares figures itself."""
    report = report_for(*story)
    got = [(g.story, g.kind, {f.text for f in g.figures}, {f.path for f in g.figures}) for g in report.agreements]
    assert (report.stories[0].key, kind, texts, {"article1.txt", "article2.txt"}) in got, got
    assert not [(g.kind, {f.text for f in g.figures}) for s in MUST_CONFLICT[:1]
                for g in report_for(*s).agreements if g.kind != "date"]  # a conflict is no agreement


def test_no_agreements_without_the_rule():
    assert report_for(*AGREEMENTS[0][0]).agreements
    report = report_for(*AGREEMENTS[0][0], settings=Settings(rules={"conflicting-figure": False}))
    assert report.agreements == ()


def test_the_handout_lists_recorded_agreements_without_comparing():
    """A Report carrying an Agreement the rule never made (figures that
    the model would not take for one quantity) is shown as it is: the
    handout reads the record, it does not decide."""
    from dataclasses import replace

    from factcheck.model import AgreeingFigure, Agreement
    from factcheck.render.handout_data import context

    report = report_for("The museum had 410 visitors on Sunday.", "The ferry carried 405 passengers on Monday.")
    assert not [g for g in context(report)["figures"] if "one quantity" in g["verdict"]]
    made = Agreement(kind="count", currency="", why="a test's own reason", story=report.stories[0].key, figures=(
        AgreeingFigure(path="article1.txt", text="410 visitors", noun="visitor", low=405, high=415, start=15,
                       end=27, sentence=0),
        AgreeingFigure(path="article2.txt", text="405 passengers", noun="passenger", low=400, high=410, start=18,
                       end=32, sentence=0)))
    groups = [g for g in context(replace(report, agreements=(made,)))["figures"] if "one quantity" in g["verdict"]]
    assert [g["verdict"] for g in groups] == ["agrees within bounds (one quantity: a test's own reason)"]
    assert [r["text"] for r in groups[0]["rows"]] == ["410 visitors", "405 passengers"]
