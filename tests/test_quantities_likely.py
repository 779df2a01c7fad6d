"""The quantity model, fifth round (issue 11): identity by elimination in
the story's context (``factcheck.quantities.likely``), and the mechanisms
added with it (names take no room in a figure's window, a noun in several
classes, "risen by half", "the $X deal", the base of a comparison, a
dateline's day, a partitive noun, a span "since" a year).  Every text is
invented for these tests."""

import pytest

from factcheck.extract import extract
from factcheck.model import Article
from factcheck.settings import Settings

from .helpers import outlet_conflicts


MUST_CONFLICT = [
    # by elimination: the one count of workers in each article, an event on one side
    ["About 320 workers are taking part, the union said.",
     "Some 500 staff stayed away from the Pelham bus depot in a pay strike on Friday."],
    # by elimination: the one cost in each article, said as a plan and as an attribute
    ["The resurfacing of the Tolley bypass will cost $40 million, the county said.",
     "The $65 million project is the county's largest this year."],
    # a name takes no room in the window: "fallen ill" is still near the count
    ["More than 300 guests on the liner Northern Aurora Princess have fallen ill, the operator said.",
     "Around 150 holidaymakers on the Northern Aurora are sick with a stomach bug."],
    # a ratio in words: "more than doubled" / "risen by half"
    ["Water use in Greyholt has more than doubled in the heatwave.",
     "Water use in Greyholt has risen by half in the heatwave."],
    # jobs lost are workers who lose their jobs
    ["The closure of the Ampney mill will cost 380 jobs, the company said.",
     "About 250 workers will lose their jobs when the Ampney mill closes."],
    # a noun in two classes: a utility's customers are its households
    ["The hosepipe ban will apply to 90,000 customers of Brayford Water from Monday.",
     "Brayford Water's hosepipe ban covers 140,000 households from Monday."],
    # a span with an article ("a fortnight", "a year and a half") is a length of time
    ["The Pelham bus strike is planned to last a fortnight, the union said.",
     "The Pelham bus strike is due to last five days, the union said."],
    ["The Tolley tunnel will close for a year and a half from March.",
     "The two-year closure of the Tolley tunnel starts in March."],
    # the base of a comparison is not the figure's time ("on October last year")
    ["The ambulance service answered 11,400 calls, a 6% increase on October last year.",
     "The ambulance service saw a 16% increase in calls in October, to 11,400."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


def test_identity_by_elimination_is_info_and_says_why():
    found = outlet_conflicts(*MUST_CONFLICT[0])
    assert [f.severity for f in found] == ["info"]
    assert "only count of workers / staff in its article" in found[0].message, found[0].message
    assert found[0].data["identity"] == "likely"


def test_the_dollar_deal_refers_back_to_the_price():
    found = outlet_conflicts("Brindle agreed to buy the Carr Mill bakery for $12 million on Monday.\n\n"
                             "The $21 million deal is the group's second purchase this year.")
    assert len(found) == 1, [f.message for f in found]
    assert "refers back" in found[0].message or "definite" in found[0].message


DIFFERENT_QUANTITIES = [
    # the day of a dateline is no count
    ["HOLM, Sept 7 (Coast Wire) \u2014 Nine people were hurt when a tram left the rails at Holm on Monday.",
     "Nine people were hurt when a tram left the rails at Holm on Monday, the operator said."],
    # a span since a year adds up; one fall is one event
    ["The cliff at Sandby has lost 15 metres since 2008, geologists say.",
     "A 40-metre stretch of the cliff at Sandby fell on Sunday."],
    # "Of the 900 crew, 40": crew, not passengers
    ["Of the 900 crew, 40 have been ill, the operator said.",
     "More than 300 passengers have fallen ill, the operator said."],
    # values far apart are two quantities, however alone they stand
    ["Every household will receive $30 in compensation, Wyvern Water said.",
     "Wyvern Water paid $1.2 million in compensation last year."],
    # a narrowed noun ("construction jobs") the other article never uses: perhaps a part
    ["The Garth terminal will create about 600 construction jobs, the port said.",
     "Once open, the Garth terminal will employ 1,100 dock workers, the port said."],
    # two upper bounds of one span can both hold
    ["The trawler Corrie Ann sank within 20 minutes, the coastguard said.",
     "The Corrie Ann sank in under a quarter of an hour, the coastguard said."],
    # by elimination, a rate ("a day") is not a total
    ["The Pelham ferry carries about 2,400 passengers a day, the operator said.",
     "The Pelham ferry carried 900,000 passengers last year, the operator said."],
    ["About 320 workers are taking part each day, the union said.",
     "Some 500 staff stayed away from the Pelham bus depot in a pay strike on Friday."],
    # a share in a month of a change is the period, not an event's date
    ["Prices at the Orme market rose 5% in March.", "Prices at the Orme market rose 5% in February."],
    # two sizes with no event may be a group and its part
    ["Thistle Freight has 2,400 employees, a spokesman said.",
     "Thistle Freight has about 1,300 drivers, a spokesman said."],
]


@pytest.mark.parametrize("story", DIFFERENT_QUANTITIES, ids=[s[0][:40] for s in DIFFERENT_QUANTITIES])
def test_different_quantities_stay_quiet(story):
    assert not outlet_conflicts(*story), [f.message for f in outlet_conflicts(*story)]


MUST_AGREE = [
    # by elimination, and agreeing within bounds
    ["About 320 workers are taking part, the union said.",
     "Some 330 staff stayed away from the Pelham bus depot in a pay strike on Friday."],
    ["Water use in Greyholt has nearly doubled in the heatwave.",
     "Water use in Greyholt has risen by more than half in the heatwave."],
]


@pytest.mark.parametrize("story", MUST_AGREE, ids=[s[0][:40] for s in MUST_AGREE])
def test_agreeing_wordings_stay_quiet(story):
    assert not outlet_conflicts(*story)


@pytest.mark.parametrize("outlets,dates", [
    (("Valley Post", "Valley Post"), (None, None)),  # one outlet's follow-ups
    ((None, None), (None, None)),  # outlets unknown (an archive)
    (("Coast Wire", "Valley Post"), ("2026-03-01", "2026-03-20")),  # weeks apart
])
def test_elimination_needs_two_outlets_reporting_one_event(outlets, dates):
    assert not outlet_conflicts(*MUST_CONFLICT[0], outlets=outlets, dates=dates)


def _quantity(text, at):
    from factcheck.quantities.describe import describe

    an = extract(Article(path="a.txt", content=text), Settings())
    f = next(f for f in an.figures if f.start <= text.index(at) < f.end)
    return describe(an, 0, f)


def test_the_noun_after_a_name_is_what_is_counted():
    q = _quantity("More than 700 Northwind Airways flights were cancelled on Friday.", "700")
    assert q.noun == "flight" and q.what == "flight"


def test_one_value_said_twice_is_one_candidate_not_a_tie():
    from factcheck.quantities import likely

    one = _quantity("The closure of the Ampney mill will cost 380 jobs, the company said.", "380")
    a = _quantity("About 250 workers will lose their jobs when the Ampney mill closes.", "250")
    b = _quantity("About 250 workers will lose their jobs when the Ampney mill closes.", "250")
    qs = [one, a.__class__(**{**a.__dict__, "article": 1}), b.__class__(**{**b.__dict__, "article": 1, "start": 99})]
    assert likely._best(qs, 0, [1, 2], None) == 1
    c = b.__class__(**{**b.__dict__, "article": 1, "start": 99, "low": 800.0, "high": 820.0})
    assert likely._best([one, qs[1], c], 0, [1, 2], None) is None  # two that differ: unknown


def test_elimination_is_for_a_handful_of_reports_not_an_archive():
    from factcheck.quantities import likely

    filler = ["The Pelham library opens late on Thursdays."] * (likely.MAX_ARTICLES - 1)
    texts = list(MUST_CONFLICT[0]) + filler
    outlets = tuple(f"Outlet {i}" for i in range(len(texts)))
    assert len(texts) > likely.MAX_ARTICLES
    assert not outlet_conflicts(*texts, outlets=outlets, dates=(None,) * len(texts))
    assert outlet_conflicts(*texts[:likely.MAX_ARTICLES], outlets=outlets, dates=(None,) * len(texts))
