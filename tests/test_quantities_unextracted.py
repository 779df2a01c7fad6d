"""The quantity model, recall round on figures extraction never produced
(issue 11): lengths of time, dates, prices and tallies in words that the
figure extractor did not give, read by general mechanisms.  Every text is
invented for these tests; each must-conflict case and extraction case
failed before its change, and the quiet cases keep the changes from
reaching further."""

import pytest

from .helpers import assert_one_conflict, assert_quiet, first_article_quantities

MUST_CONFLICT = [
    # a length of time with an article that the words after it make one
    # ("a year behind schedule", "a month to find buyers", "another decade
    # of digging"), or a noun of a length before it ("a delay of a year")
    ["Fellby bypass delayed\n\nThe Fellby bypass has been delayed by six months, the contractor said.",
     "Fellby bypass late\n\nThe Fellby bypass faces a delay of a year after crews hit rock, the contractor said.",
     "a year"],
    ["Fellby bypass opens\n\nThe Fellby bypass opened to traffic on Friday, 18 months late.",
     "Fellby bypass open\n\nThe Fellby bypass opened on 3 May, a year behind schedule.",
     "a year"],
    ["Fellby mills for sale\n\nThe administrators of Fellby Mills have eight weeks to find buyers for the sites.",
     "Fellby Mills collapse\n\nThe administrators of Fellby Mills have a month to find buyers for the sites.",
     "a month"],
    ["Fellby quarry to grow\n\nThe extension would extend the life of Fellby quarry by 15 years, the firm said.",
     "Fellby quarry plan\n\nThe extension of Fellby quarry would give another decade of digging, the firm said.",
     "decade"],
    # "every" before "half an hour" gives how often, as before "20 minutes"
    ["Fellby line shut\n\nReplacement buses will run every 20 minutes while the Fellby line is shut.",
     "Fellby line closed\n\nReplacement buses will run every half an hour while the Fellby line is shut.",
     "half an hour"],
    # a bare month dated by the verb of a plan further back ("will close ...
    # by the end of March", "is to shut ... in September")
    ["Fellby mill to close\n\nNorthsheet will close the Fellby paper mill by the end of March, the company said.",
     "Fellby mill closure\n\nNorthsheet is to shut the Fellby paper mill in September, the group said.",
     "September"],
    # two deadlines of one plan that differ
    ["Fellby counters\n\nFellby police will close its three front counters by the end of March.",
     "Fellby police cuts\n\nFellby police will close its three front counters by the end of May.",
     "May"],
]

QUIET = [
    # "a delay of a year" agrees with "twelve months"
    ["Fellby bypass delayed\n\nThe Fellby bypass has been delayed by 12 months, the contractor said.",
     "Fellby bypass late\n\nThe Fellby bypass faces a delay of a year after crews hit rock, the contractor said."],
    # an amount before "a year" makes it what a rate is per, not a length
    ["Fellby rescue team\n\nThe Fellby rescue team needs to raise £120,000 a year to cover fuel and insurance.",
     "Fellby rescuers busy\n\nThe Fellby rescue team's members logged 6,100 hours on call-outs this year."],
    # "by the end of March" is a deadline: an earlier month agrees with it
    ["Fellby counters\n\nFellby police will close its three front counters by the end of March.",
     "Fellby police cuts\n\nFellby police will close its three front counters in January."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)


def _durations(text):
    return [(q.text, q.low, q.high) for q in first_article_quantities(text, "duration", "Fellby council met on Monday.")]


@pytest.mark.parametrize("text, span, days", [
    ("The works face a delay of a year.", "a year", (365.0, 365.0)),
    ("The lido opened a month behind schedule.", "a month", (28.0, 31.0)),
    ("The dale went a month without rain.", "a month", (28.0, 31.0)),
    ("The team has a week to find a buyer.", "a week", (7.0, 7.0)),
    ("The deal gives another decade of digging.", "another decade", (3652.5, 3652.5)),
    ("Buses will run every half an hour.", "half an hour", (1 / 48, 1 / 48)),
])
def test_a_length_with_an_article_is_read(text, span, days):
    assert (span,) + days in _durations(text)


@pytest.mark.parametrize("text", [
    "The team raises £120,000 a year to cover fuel.",  # a rate
    "The plant takes 400 lorries a day to Fellby.",  # a rate
    "At the end of a year of talks, the deal was signed.",  # no length of the talks' own
    "The firm made a week of it.",
])
def test_no_length_without_its_words(text):
    assert _durations(text) == []


@pytest.mark.parametrize("before, first", [
    ("Fellby police will close seven front counters at its stations by", "close"),
    ("Northsheet is to shut its old Fellby paper mill in", "shut"),
    ("The furnace would be running by", None),  # within the window: as before
    ("The council said the counters at its stations in", None),  # no verb of a plan
])
def test_a_bare_months_words_reach_back_to_the_verb_of_a_plan(before, first):
    from factcheck.quantities.verbs import dated_words

    got = dated_words(before.split(), 5)
    assert (got[0] if len(got) > 5 else None) == first, got
