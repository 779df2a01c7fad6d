"""The quantity model, seventeenth round (issue 11): nouns whose plural is
their singular ("60 craft", "3,200 fish dead"), unit abbreviations after a
space ("20 km left to race"), "head of" livestock, a listed noun written in
capitals ("900 HGVs"), and more nouns of one kind (dogs are animals, a
ferry's crew its seafarers, potholes defects, call-outs incidents, claims
complaints, seats sold tickets), the one date of each report's lead, the age of the one boy or man
an article gives an age for, and a thing's age against the year it was built.  Later batches: ratio words ("twice as fast as"), job losses
as jobs, megalitres as litres, saplings as trees.  Every text is invented for these tests;
each must-conflict case failed before its change, the quiet cases keep the
changes from reaching further."""

import pytest

from .helpers import assert_one_conflict, assert_quiet

MUST_CONFLICT = [
    # a noun whose plural is its singular, against another word for it
    ["Owners at the Fellby marina say about 60 craft were damaged or sunk in Sunday's surge.",
     "Some 40 vessels were damaged or sunk at the Fellby marina in Sunday's surge.",
     "40"],
    # (this one was found before too, with no noun on either side: it keeps
    # a zero plural read as the noun when an adjective follows it)
    ["The spill at Fellby left an estimated 3,200 fish dead along the river, anglers said.",
     "More than 9,000 fish died after the spill at Fellby, the agency said.",
     "9,000"],
    # "head of" livestock counts the animals
    ["Some 650 head of livestock were kept on the Fellby showground during the tests.",
     "More than 1,100 animals were kept on the Fellby showground during the tests.",
     "1,100"],
    # a unit abbreviation after a space
    ["The crash at the Fellby race came 12 kilometres from the finish, organisers said.",
     "The crash at the Fellby race came with 20 km left to race, organisers said.",
     "20"],
    # a listed noun in capitals is what is counted ("HGVs waited", not "waited")
    ["About 1,400 lorries queued outside Fellby port this week, hauliers said.",
     "Some 900 HGVs waited outside Fellby port this week, hauliers said.",
     "900"],
    # one kind of thing, other words
    ["A boy was bitten by two dogs in Fellby Park on Sunday, police said.",
     "A boy was bitten by three animals in Fellby Park on Sunday, police said.",
     "three"],
    ["The Fellby ferry has 150 seafarers on its books, the operator said.",
     "The Fellby ferry employs a crew of 210, the operator said.",
     "210"],
    ["Fellby council has a backlog of 14,200 potholes, its report said.",
     "Fellby council has a backlog of nearly 9,000 defects, its report said.",
     "9,000"],
    ["The Fellby lifeboat was launched on 214 call-outs last year, the station said.",
     "The Fellby lifeboat crew responded to 170 incidents last year, the station said.",
     "170"],
    ["Fellby Homes received 1,340 claims about damp last year, the ombudsman said.",
     "Fellby Homes received about 900 complaints about damp last year, the ombudsman said.",
     "900"],
    ["The Fellby pantomime sold 38,000 tickets this winter, the theatre said.",
     "The Fellby pantomime sold more than 52,000 seats this winter, the theatre said.",
     "52,000"],
    # the one day-precise date of each report's lead: the news event's date, whatever its verbs
    ["Bees killed by crop spray\n\nFellby Vale beekeepers say a crop spray applied on 3 June killed "
     "their bees.",
     "Beekeepers count cost of pesticide\n\nBee colonies were wiped out in Fellby Vale after a "
     "pesticide was sprayed on nearby fields on 8 June, beekeepers said.",
     "June"],
    # the one boy (man) each article gives an age for, in one event: his age
    ["Boy bitten by dogs\n\nA seven-year-old boy needed stitches after he was bitten by dogs in Fellby Park, "
     "police said.",
     "Dogs attack boy\n\nThe nine-year-old boy was bitten on the arm in Fellby Park, police said.",
     "nine-year-old"],
    ["Man arrested\n\nA 34-year-old man from Fellby was arrested after the attack, police said.",
     "Arrest after attack\n\nA man, 43, was arrested at the scene in Fellby, police said.",
     "43"],
    # "N times as fast as", and a cut "by a third" with its object between
    ["The Fellby landslip is moving twice as fast as last winter, geologists said.",
     "The Fellby landslip is moving three times as fast as last winter, geologists said.",
     "three times"],
    ["Fellby school has cut its catchment by a third, the council said.",
     "Fellby school has halved its catchment, the council said.",
     "halved"],
    # a compound whose head is an event of its modifier's noun; a multiple unit
    ["The closure of the Fellby factory will cost the town 420 jobs, the council said.",
     "The 240 job losses at the Fellby factory are the town's worst since 1993, the council said.",
     "240"],
    ["Fellby Water leaked 182 megalitres a day last year, the regulator said.",
     "Fellby Water leaked about 120 million litres a day last year, the regulator said.",
     "120 million"],
    # saplings are trees, a club's supporters its fans
    ["Fellby council planted 18,500 trees last winter, its report said.",
     "About 11,000 saplings were planted in Fellby last winter, the council's report said.",
     "11,000"],
    # within one article: the whole of a partitive refers back too; a definite
    # amount named by the word that narrowed the earlier one's noun
    ["Ship loses containers\n\nThe cargo ship Fell Star lost 46 containers overboard off Fellby on Wednesday, "
     "the coastguard said.\n\nSalvage crews have so far found 20 of the 64 lost containers.",
     "64"],
    ["Tram costs\n\nThe council set aside a £19 million contingency fund when the Fellby tram works began.\n\n"
     "Papers show the £9 million contingency was used up within a year.",
     "contingency"],
    # one side's estimate and the other's plain figure may be one quantity
    ["Harvest forecast\n\nThe Fellby harvest is estimated at 210,000 tonnes of wheat this year, the "
     "board said.",
     "Harvest down\n\nThe Fellby farms will bring in around 260,000 tonnes this year, the board said.",
     "260,000"],
    # the stand's two build years are a conflict of their own, not two times of the beams
    ["Capacity cut\n\nEngineers found 14 cracked concrete beams in the 1954 East Stand at Fellby, the club said.",
     "Stand closed\n\nEngineers found 6 cracked concrete beams in the Fellby East Stand, built in 1962.",
     "14"],
    # the rule's own key with other names in the two clauses: the model decides, a name of
    # one clause that the other article also uses being shared
    ["Boy bitten\n\nA boy needed 30 stitches after he was bitten by dogs in Cobwell Park on Sunday.",
     "Dog attack in park\n\nA boy was attacked by dogs in Cobwell Park on Sunday.\n\nThe boy was bitten on "
     "the arm and needed 18 stitches at Harnby General Hospital.",
     "18 stitches"],
    # people counted by what they did, and the things they made by doing it
    ["School places\n\nFellby Academy received 1,140 applications for 210 places this year, the trust said.",
     "Fellby Academy oversubscribed\n\nAbout 700 families applied for places at Fellby Academy this year, the "
     "trust said.",
     "700"],
    # police officers are staff
    ["Counters to close\n\nForty officers and civilian staff work at the Fellby front counters, the force said.",
     "Police cuts\n\nSome 25 staff work at the Fellby front counters, the force said.",
     "25"],
    # one event's date in two words of one family: a warning issued, a fault found by inspection
    ["Inhaler shortage\n\nThe Fellby health board issued an alert to GPs on 3 November, its chief pharmacist said.",
     "Pharmacies run short\n\nThe Fellby health board first warned pharmacists on 17 November, its chief "
     "pharmacist said.",
     "November"],
    ["Dam repairs\n\nCracks in the Fellby dam were found in March 2025, the water company said.",
     "Dam work to take years\n\nCracks in the Fellby dam came to light during an inspection in 2023, the water "
     "company said.",
     "2023"],
]

QUIET = [
    # a noun group after a zero-plural word: "craft breweries" count breweries
    ["Fellby has 20 craft breweries, the council said.",
     "About 60 craft were damaged at the Fellby marina, the council said."],
    # fish and the anglers who catch them are two kinds of thing
    ["About 4,000 fish died in the river at Fellby, the agency said.",
     "About 1,200 anglers fish the river at Fellby, the agency said."],
    # a lead's month is the date of many things; a plan's date is not a happening's
    ["Fellby council's cabinet voted on 3 March to raise the price of a parking permit to £140.",
     "Drivers in Fellby will pay £140 for a parking permit from April, the council said."],
    ["Fellby council's cabinet voted on 3 March to raise the price of a parking permit to £140.",
     "Drivers in Fellby will pay £140 for a parking permit from 1 April, the council said."],
    # two men in two events: the one who died and the one arrested
    ["Man dies in crash\n\nA 34-year-old man died after the crash in Fellby, police said.",
     "Arrest after crash\n\nA 43-year-old man was arrested after the crash in Fellby, police said."],
    # an article with two boys' ages says nothing of which is whose
    ["Boys bitten\n\nA seven-year-old boy and a nine-year-old boy were bitten by dogs in Fellby Park, police said.",
     "Dogs attack\n\nThe eleven-year-old boy was bitten by dogs in Fellby Park, police said."],
    # "first costed in 2021" dates an estimate, not the organ's beginning
    ["Organ appeal launched\n\nLanceby Cathedral has launched an appeal to restore its organ, which was built "
     "in 1884.",
     "Organ appeal gets grant\n\nThe appeal for the Lanceby Cathedral organ has been given a grant. The cost "
     "has doubled since it was first costed in 2021."],
    # a speaker's figure in a quote is paired by its words only, never by elimination
    ["Berth opens\n\nThe Fellby berth opened on Friday. \"This berth will serve the islands for fifty years,\" "
     "harbourmaster Iona Reid said.",
     "Quay completed\n\nThe Fellby berth opened on Friday. The 25-year deal includes dredging."],
    # "Of the 15 trains, 10 were late": a whole with no earlier count of its own to contradict
    ["Rail report\n\nFellby line ran 12 trains on Monday, the operator said.\n\nOf the 15 trains due on Tuesday, "
     "10 were late."],
    # an average is another quantity than a limit
    ["Cameras switched on\n\nDrivers on the Fellby ring road averaged 46mph at peak times, the council said.",
     "Speed cameras go live\n\nThe Fellby ring road has a 40mph limit, the council said."],
    # people who did something else are not what others made
    ["School places\n\nFellby Academy received 1,140 applications for 210 places this year, the trust said.",
     "Fellby Academy oversubscribed\n\nAbout 700 families live in the Fellby Academy catchment this year, the "
     "trust said."],
    # what can be won or is needed is not what anyone has
    ["Super Tuesday\n\nIn all, 865 delegates are at stake in 11 states on Tuesday.",
     "Clinton ahead\n\nIncluding superdelegates, Clinton now has at least 882 delegates."],
    ["Trump leads\n\nTrump has hauled in 81 delegates so far.\n\nRubio hopes to keep Trump from getting the "
     "1,237 delegates he needs to win on the first ballot."],
    ["Super Tuesday\n\nIn all, 865 delegates are at stake in 11 states.\n\nIncluding superdelegates, Clinton "
     "now has at least 882 delegates."],
    # a date's clause ends at "after": the closure's date is no date of the cracks being found
    ["Flyover to close\n\nThe Fellby flyover will be closed for 14 weeks from 9 February after inspectors found "
     "cracks in its deck, the council said.",
     "Cracks found\n\nEngineers found cracks in the Fellby flyover during a routine inspection in December, the "
     "council said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)


@pytest.mark.parametrize("sentence, counts", [
    ("About 60 craft were damaged or sunk.", "craft"),
    ("The spill left an estimated 3,200 fish dead.", "fish"),
    ("Fellby has 20 craft breweries.", "brewery"),
    ("The county has 300 sheep farmers.", "farmer"),
    ("Some 650 head of livestock were kept on the showground.", "livestock"),
    ("The crash came with 20 km left to race.", "km"),
    ("Fellby has 3 head teachers.", "teacher"),
])
def test_what_a_count_counts(sentence, counts):
    from factcheck.extract.figures import sentence_figures
    assert [f.counts for f in sentence_figures(sentence) if f.unit == "count"] == [counts]


def test_a_things_age_is_dated_by_a_lead_noun_of_its_class():
    """"the 25-year-old vessel" of a story whose lead names the ferry is the
    ferry's age: a date against another outlet's "built in 1998"."""
    from .helpers import outlet_conflicts
    found = outlet_conflicts(
        "Ferry grounds off Fellby\n\nThe Fellby ferry, which was built in 1998, grounded on Thursday.",
        "Hundreds rescued as ferry grounds\n\nMore than 250 people were rescued from the ferry Saltash Queen "
        "off Fellby on Thursday.\n\nThe operator said the 25-year-old vessel would stay out of service.",
        dates=("2026-11-13", "2026-11-13"))
    assert len(found) == 1 and "25-year-old" in found[0].message, [f.message for f in found]


@pytest.mark.parametrize("sentence, ratio", [
    ("The trains run twice as fast as the old ones.", (1.8, 2.2)),
    ("They scored three times as many goals as last year.", (2.7, 3.3)),
    ("The firm has lowered prices by a fifth.", (0.78, 0.82)),
    ("The trains run twice a day.", None),
])
def test_more_ratio_words(sentence, ratio):
    from factcheck.quantities.extras import extra_quantities
    from .helpers import analyse
    found = [(round(q.low, 2), round(q.high, 2)) for q in extra_quantities(analyse("Head\n\n" + sentence), 0)
             if q.kind == "ratio"]
    assert found == ([ratio] if ratio else [])


@pytest.mark.parametrize("a, b, kind, one", [
    ({"closure"}, {"reopening"}, "duration", True),      # "closed for three weeks" / "reopen in 10 days"
    ({"completion"}, {"production"}, "duration", True),  # "22 months of building work" / "a three-year build"
    ({"fire"}, {"containment"}, "duration", True),       # "burned for 30 hours" / "brought under control"
    ({"cost"}, {"contract"}, "money", True),             # "a £4.2 million contract" / "worth £6.8 million"
    ({"cost"}, {"contract"}, "count", False),            # a family of amounts is no family of counts
    ({"repair"}, {"closure"}, None, True),               # a family with no kind is of spans
    ({"closure"}, {"reopening"}, "money", False),
    ({"warning"}, {"publication"}, "date", True),       # "warned on" / "issued an alert on"
    ({"inspection"}, {"detection"}, "date", True),      # "found during an inspection in" / "found in"
    ({"warning"}, {"publication"}, "count", False),
])
def test_event_families_by_kind(a, b, kind, one):
    from factcheck.quantities import words
    assert words.one_family(a, b, kind) is one


def test_two_event_classes_of_one_family_are_compatible():
    """Two figures whose only event classes differ are two quantities unless
    a family of their kind holds both."""
    from dataclasses import replace
    from factcheck.quantities import likely
    from factcheck.quantities.cross import quantities
    from .helpers import outlet_analyses
    ans = outlet_analyses("Works\n\nThe Fellby bridge will be shut for three weeks, the council said.",
                          "Works\n\nThe Fellby bridge will be shut for ten days, the council said.")
    a, b = [q for q in quantities(ans)[0] if q.kind == "duration"]
    assert likely.compatible(replace(a, events=frozenset({"closure"})), replace(b, events=frozenset({"reopening"})))
    assert not likely.compatible(replace(a, events=frozenset({"closure"})), replace(b, events=frozenset({"fire"})))


@pytest.mark.parametrize("sentence, pct", [
    ("Nine in ten members voted for strikes.", 90.0),
    ("Seven out of ten people agreed.", 70.0),
    ("One in five homes was flooded.", 20.0),
])
def test_n_in_m_is_a_share(sentence, pct):
    from factcheck.extract.figures import sentence_figures
    assert [f.value for f in sentence_figures(sentence) if f.unit == "percent"] == [pct]


@pytest.mark.parametrize("sentence, periods, kept", [
    ("Engineers found 14 cracked beams in the 1954 East Stand.", {"1954"}, set()),
    ("The trawler, built in 1991, was 18 metres long.", {"1991"}, set()),
    ("The club has 240 members, up from 180 in 1991.", {"1991"}, {"1991"}),
])
def test_a_year_that_says_which_thing_is_no_time(sentence, periods, kept):
    from factcheck.quantities.scope import attribute_years
    assert attribute_years(frozenset(periods), sentence) == kept


def test_a_weekday_is_read_from_a_datelines_day_in_the_storys_year():
    """"FELLBY, Feb 11 (Fell Wire) -- ... voted on Monday" is Monday 9
    February of the story's year: another outlet's "approved ... on 2
    February" conflicts."""
    from .helpers import outlet_conflicts
    found = outlet_conflicts(
        "Hut rents to rise\n\nFELLBY, Feb 11 (Fell Wire) \u2014 Fellby Town Council voted on Monday to raise "
        "rents on its beach huts by 45% from April.",
        "Hut tenants face rise\n\nFELLBY \u2014 Tenants face a 45 per cent increase after Fellby Town Council "
        "approved the rise at its meeting on 2 February.",
        dates=(None, "2026-02-12"))
    assert any("Monday" in f.message for f in found), [f.message for f in found]


@pytest.mark.parametrize("sentence, future", [
    ("Dogs will be kept on leads in the park after a boy was attacked there on 9 August.", False),
    ("The bridge will reopen on 9 August after repairs.", True),
    ("After the vote on 3 March, the council will raise fees.", False),
])
def test_a_dates_tense_is_its_own_clauses(sentence, future):
    from factcheck.extract.figures import qualifier_parts, sentence_figures
    dates = [f for f in sentence_figures(sentence) if f.unit == "date"]
    assert [("future" in qualifier_parts(f.qualifier)[1]) for f in dates] == [future]


@pytest.mark.parametrize("sentence, noun", [
    ("A 40-square-metre section of the ceiling fell.", "sq-foot"),
    ("Roughly 25 square metres of plaster fell.", "sq-foot"),
    ("A 40-metre section of the wall fell.", "foot"),
])
def test_an_area_is_not_a_length(sentence, noun):
    from factcheck.quantities import describe
    from .helpers import analyse
    an = analyse("Head\n\n" + sentence)
    assert [describe(an, 0, f).noun for f in an.figures if f.unit == "count"] == [noun]
