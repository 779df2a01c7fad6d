"""The quantity model, twelfth round (issue 11), from the fifteenth round of
fresh dev stories.  Every text is invented for these tests; each
must-conflict case and the first quiet case failed before its change, the
other quiet cases keep the changes from reaching further."""

import pytest

from .helpers import outlet_conflicts

MUST_CONFLICT = [
    # an amount's noun is the other figure's event word in another number:
    # "the 29% rise" / "the toll rises ..., an increase of 50 per cent"
    ["The toll for cars on the Harnby Bridge will go up from 1 April.\n\n"
     "The 29% rise is the first since tolls were frozen, board members said.",
     "Hauliers will pay more from April, when the toll for a car rises to £3.60, an increase of 50 per cent.",
     "the same increase"],
    # what the subject has, in nouns of one class and no event: the chain's size
    ["The Harnby department store chain has collapsed into administration, putting 2,100 jobs at risk across its "
     "38 stores.",
     "The Harnby chain, which called in administrators on 4 October, trades from its 29 branches.",
     "what one subject has"],
    # the previous occurrence of the story's happening: "the last <noun>", "the first <noun> ... since"
    ["Part of the Harnby cliff collapsed on Sunday. The last big fall there was in 2016.",
     "The Harnby cliff gave way on Sunday; the last major fall was in January 2014.",
     "the same previous fall"],
    # two nouns of one narrow class with no event of their own, each the only such count of its article
    ["The Harnby canal reopened on Tuesday. By then 86 vessels were queuing at either end.",
     "The Harnby canal reopened on Tuesday, with more than 120 ships waiting to pass.",
     "the only count of vessels / ships"],
    # "<noun> is the first since <year>": the year of the previous one
    ["Harnby Water brought in a hosepipe ban on Friday. The ban is the first since 2018.",
     "Harnby Water's hosepipe ban, announced on Friday, is its first since a previous ban in the summer of 2022.",
     "previous ban"],
    # when one change takes effect: "from <date>", though "a new trust" is new and the date is not
    ["Harnby General Hospital and Holmby Infirmary will be run by a single trust from 1 April, health chiefs said.",
     "Holmby Infirmary is to join Harnby General Hospital in a new trust from July 1, officials announced.",
     "the same date of taking effect"],
    # a share a verb raises "by" is a rise
    ["Harnby Water will raise bills by 7.5% from April, after the regulator approved its plan.",
     "Harnby Water customers face a 5.7% rise in bills from April.",
     "the same increase"],
    # what a body "faces" is real unless it is a penalty: a shortfall, not a possible ban
    ["Harnby Academy plans to axe 19 teacher jobs as it faces a £900,000 shortfall in its budget.",
     "Harnby Academy must close a £1.2 million shortfall in its budget by cutting 19 teaching posts.",
     "Conflicting figures for shortfall"],
    # boats holed or swamped are damaged, as boats sunk are
    ["Some 40 vessels were holed or swamped when a surge hit the Harnby marina late on Sunday.",
     "A storm surge swept through the Harnby marina on Sunday night, sinking or damaging 64 boats.",
     "the same damage"],
    # "reopened after nine hours" is how long it was closed
    ["A lorry fire on the Harnby viaduct closed the M47 in both directions for 14 hours on Tuesday.",
     "The M47 reopened after nine hours on Tuesday evening, after a lorry caught fire on the Harnby viaduct.",
     "the same closure"],
    # sewage that flowed or poured out is a spill
    ["Untreated sewage flowed for 52 hours from the Harnby pumping station into the estuary after its pumps failed.",
     "Sewage spilled from the Harnby pumping station for more than three days before the pumps were restarted.",
     "the same spill"],
    # by elimination, two shares of one named whole with no event of their own
    ["Some 34% of officer posts were unfilled at the time of the visit, and many wings ran with a single officer.",
     "The Harnby prison houses 860 prisoners, and half of officer posts are empty, according to inspectors.",
     "each is the only share"],
    # the age of the one person of a role each article names with "the"
    ["A lorry caught fire on the Harnby viaduct. The 52-year-old driver pulled onto the hard shoulder.",
     "A lorry burned out on the Harnby viaduct. The 47-year-old driver stopped the lorry and got out.",
     "the same age of the driver"],
    # "just over two days" is at most about 2.2 days, as "just under" is at least about 90%
    ["The Harnby pumping station discharged sewage for just over two days, the council said.",
     "Sewage spilled from the Harnby pumping station for more than three days, campaigners said.",
     "the same spill"],
    # the noun and the verb of one happening name one span: "shortage" / "short"
    ["The Harnby antibiotic shortage has lasted six weeks, the health board said.",
     "Supplies of the antibiotic in Harnby have been short for 12 days.",
     "the same short"],
    # the one year each article gives for its subject's beginning, whatever the verb
    ["The Harnby power station, which opened in 1998, will be offline for three weeks.",
     "The Harnby plant, commissioned in 2004, should be back within 10 days, its owner said.",
     "the same origin"],
    ["First held in 2009, the Harnby food festival has grown from a single marquee.",
     "The two-day Harnby food festival, launched in 2014, is one of the biggest on the coast.",
     "the same origin"],
    # by elimination, "affected" names no event that clashes with "stranded"
    ["A signal failure at Harnby Marsh left about 6,000 passengers stranded on Tuesday evening.",
     "About 4,000 travellers were affected by the Harnby Marsh signal failure, which began at 5pm on Tuesday.",
     "each is the only count"],
    # an amount of works is their cost: "put repairs at £2.4 million" / "a bill of £900,000"
    ["Early estimates put repairs to the Harnby marina at £2.4 million, most of it for the pontoons.",
     "The Harnby marina's insurers have been told to expect a bill of £900,000 for the storm.",
     "the same cost"],
    # a plan to raise something "by half" is a ratio, as "rose by half" is
    ["The Harnby glassworks will raise output by half after the new furnace is built.",
     "The Harnby glassworks will double its output once the new furnace is built.",
     "the same growth"],
    # a court that "heard that" names no one of what happened; a river poisoned is polluted by a spill
    ["Lowfield Crown Court heard that ammonia leaked for nine hours from a cracked storage tank in August 2024.",
     "Harnby Chemicals must pay £560,000 after ammonia from its plant poisoned the River Corvey in June 2024.",
     "the same spill"],
    # a refurbishment is an upgrade, as a revamp is
    ["The Harnby library reopened after a £3.2 million refurbishment, the council said.",
     "The Harnby library's £2.3 million revamp took nearly three years, the council said.",
     "upgrade"],
    # other words for one thing: fire appliances are fire engines, chemists pharmacies
    ["Fifteen fire engines were sent to the Harnby Coatings fire overnight.",
     "More than 120 crew members tackled the Harnby Coatings fire overnight, using eight appliances.",
     "fire engines"],
    ["Thirty-eight pharmacies in Harnby have run out of the children's antibiotic, the health board said.",
     "Some 20 chemists in Harnby have run out of the children's antibiotic.",
     "pharmacies"],
    ["Harnby's bin crews walked out on Monday. It is the first strike by the city's refuse staff since 2019.",
     "The Harnby walkout follows a previous strike in March 2021, when crews stayed out for a week.",
     "the same previous strike"],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    # taken for one quantity by what both count, and said why (not only by
    # elimination, which a third share of either article would defeat)
    *texts, why = story
    found = outlet_conflicts(*texts)
    assert len(found) == 1 and why in found[0].message, [f.message for f in found]


QUIET = [
    # a whole and one part of it, two hundred times smaller, are two quantities
    ["Mr Harnby announced that, of the £35bn he has earmarked from savings, £12bn will go to schools.",
     "Savings of £153m at the Harnby Office have also been identified."],
    # a count with a verb of its own ("came down in a pile-up") is no size of anything
    ["About 45 cyclists came down in a pile-up on the third stage of the Tour of Harnby.",
     "The Tour of Harnby's third stage had 132 starters."],
    # a hyphened stage narrows the noun to a part: "final-year students" are some of the students
    ["Lecturers at Harnby University walked out on Monday. Union president Lina Mercer said many of the 6,000 "
     "final-year students were worried about their dissertations.",
     "Lecturers at Harnby University began a strike on Monday. Its 28,000 students have been promised that "
     "missed teaching will be made up."],
    # what a rise adds to a bill is not the bill ("add" gives an amount the role "extra")
    ["Harnby's council tax rise of 4.99% will add £91 a year to a Band D bill.",
     "A Band D household in Harnby will pay £1,912 a year for the council's share of the bill."],
    # two dates when two things take effect, one named by its own event
    ["The new Harnby parking charges apply from 1 April.",
     "Harnby's new timetable starts from 12 May, and bus fares will rise from June."],
    # last year's rise is not the one to come
    ["The Harnby port raised harbour charges by 6% last year.",
     "Harbour charges at Harnby port will rise 4% from July to help pay for the work."],
    # a penalty faced is a possibility, in any number ("bans")
    ["The two Harnby sprinters face two-year bans if found guilty by the federation.",
     "The Harnby sprinters' former coach has been banned for four years."],
    # a span a day is not one span: "16 hours a day" / "about a month"
    ["Harnby prison inmates waited about a month to see a doctor, inspectors found.",
     "Prisoners at Harnby were locked in their cells for 16 hours a day, the inspectors found."],
    # "a month and a half" is 42 to 46.5 days, as a month is 28 to 31
    ["The Harnby marina will stay closed for a month and a half while the pontoons are rebuilt.",
     "The Harnby marina will stay closed for six weeks while the pontoons are rebuilt."],
    # "the 34-year-old man" of two outlets may be two men; a role an article names twice is ambiguous
    ["Police in Harnby arrested a man on Monday. The 34-year-old man was later released.",
     "Police in Harnby arrested a man on Monday. The 29-year-old man was later released."],
    ["The 52-year-old driver of the lorry escaped. The 61-year-old driver of the van was hurt.",
     "The 47-year-old driver of the lorry stopped and got out."],
    # a building and a part of it; the subject's beginning and another site's
    ["The Harnby school, which opened in 1971, will be shut until Monday.",
     "The science block at the Harnby school was built in 1964."],
    ["The Harnby brewery was founded in 1886.",
     "The Harnby brewery also runs another site, which opened in 1991."],
    # an article that gives two years of beginnings: which is the subject's is unknown
    ["The Harnby brewery was founded in 1886.",
     "The Harnby brewery opened in 1891 and its visitor centre opened in 1995."],
    # a whole number of a measure is rounded: six miles is 5.5 to 6.5 miles, which "over 10 km" meets
    ["Fish have died along a six-mile stretch of the River Harn after a slurry tank burst on Monday.",
     "Trout were killed over 10 kilometres of the River Harn when a slurry store failed on Monday."],
    # this week's fine and a fine of a named year are two fines
    ["Harnby Chemicals was fined £650,000 on Thursday for polluting the River Harn.",
     "It is not the firm's first offence: Harnby Chemicals was fined £120,000 in 2019 for a similar spill."],
    # two stages of one race are two counts, though both count participants
    ["The Tour of Harnby's first stage on Sunday had 132 starters.",
     "The Tour of Harnby's first stage on Sunday had 95 finishers."],
    # the previous occurrences of two happenings
    ["A storm hit Harnby on Sunday. The last big fall on the cliff was in 2016.",
     "The storm that hit Harnby on Sunday was the worst since the last storm of that strength in 2011."],
    # what two subjects have: two sizes, though both articles name both
    ["Holmby has 38 stores and is buying Harnby.",
     "Harnby has 29 shops and is being bought by Holmby."],
]


@pytest.mark.parametrize("story", QUIET, ids=[s[0][:40] for s in QUIET])
def test_quiet(story):
    assert not outlet_conflicts(*story), [f.message for f in outlet_conflicts(*story)]


def _within(text):
    from .helpers import report_for

    return [f for f in report_for(text).findings if f.rule == "conflicting-figure"]


def test_a_definite_count_restates_the_one_count_of_its_noun_before():
    found = _within("Fifteen fire engines were sent to the Harnby Coatings factory overnight.\n\n"
                    "The 18 engines drew water from the canal when hydrant pressure ran low.")
    assert [f.severity for f in found] == ["error"], [f.message for f in found]


@pytest.mark.parametrize("text", [
    # a part named by what follows it
    "About 300 passengers were on the Harnby ferry.\n\nThe 40 passengers taken to hospital were released later.",
    "The party says students can win it 27 new seats.\n\nIt has named the 14 seats where students could decide.",
    # a whole to be divided
    "He has won 10 solo awards.\n\nOf the 15 Brit awards for 2004, 10 went to new artists.",
    # an attribute of the next noun
    "Some 48,000 seats have been sold.\n\nThe 900-seat theatre has had its best year.",
    # two counts of the noun before: which one is meant is unknown
    "Harnby has 40 buses.\n\nHolmby has 30 buses.\n\nThe 45 buses are due to be replaced.",
])
def test_no_definite_count_restatement(text):
    assert not _within(text), [f.message for f in _within(text)]


def test_a_hedge_beyond_the_next_figure_is_that_figures():
    # "could" belongs to the 1,900 prescriptions, not to the six weeks
    from factcheck.quantities.cross import quantities

    from .helpers import outlet_analyses

    ans = outlet_analyses("The Harnby shortage has lasted six weeks, and about 1,900 prescriptions could not be "
                          "filled last week.", "Supplies in Harnby have been short for 12 days.")
    qs, _ = quantities(ans)
    assert "six weeks" in [q.text for q in qs]


@pytest.mark.parametrize("noun,verb", [("shortage", "short"), ("closure", "closed"), ("excavation", "excavated"),
                                       ("stoppage", "stopped"), ("blockage", "blocked"), ("treatment", "treated")])
def test_a_spans_noun_and_verb_share_a_stem(noun, verb):
    from factcheck.quantities.spans import stem

    assert stem(noun) == stem(verb)


def test_spans_of_one_family_by_elimination():
    # "repairs will take six weeks" / "the road will be closed for three months": one stretch of works
    found = outlet_conflicts("Repairs to the Harnby sinkhole will take six weeks, the council said on Monday.",
                             "The road over the Harnby sinkhole will be closed for three months while a new "
                             "drain is installed, the council said on Monday.")
    assert len(found) == 1 and "each is the only" in found[0].message, [f.message for f in found]


def test_a_weekday_is_the_day_it_fell_on_in_the_week_before_the_article():
    # 30 November 2026 is a Monday: "on Saturday" is 28 November, not 21 November
    texts = ("The Harnby library reopened on Saturday after a £3.2 million refurbishment.",
             "The Harnby library reopened on 21 November after nearly three years of building work.")
    found = outlet_conflicts(*texts, dates=("2026-11-30", "2026-11-23"))
    assert [f.severity for f in found] == ["error"], [f.message for f in found]
    # the same day: quiet; no article date: no weekday date
    assert not outlet_conflicts(*texts, dates=("2026-11-23", "2026-11-23"))
    assert not outlet_conflicts(*texts)


def test_a_weekday_of_a_verb_to_come_or_of_another_verb_is_not_compared():
    assert not outlet_conflicts("Entries for the Harnby marathon open in June, organisers said.",
                                "About 12,000 runners started the Harnby marathon on Sunday.",
                                dates=("2026-04-27", "2026-04-27"))
