"""The quantity model, tenth round (issue 11).  Every text is invented for
these tests; each table failed before its change."""

import pytest

from .helpers import outlet_conflicts


# "three of whom": a part of the clause's antecedent, whose event (went to
# hospital) is the whole's; never compared with the other outlet's whole.
PART_OF_WHOLE = [
    ("A crash halted the stage on Sunday. Seven riders were taken to hospital, four of them with broken collarbones.",
     "About 45 cyclists came down on Sunday. Five riders went to hospital, three of whom had broken collarbones.",
     '"three"', '"Seven riders"'),
    ("A rockfall hit the crag on Sunday. Nine climbers were taken to hospital, four of them by air.",
     "About 30 climbers were on the crag on Sunday. Twelve climbers went to hospital, five of whom were airlifted.",
     '"five"', '"Nine climbers"'),
]


@pytest.mark.parametrize("a,b,part,whole", PART_OF_WHOLE, ids=[t[0][:40] for t in PART_OF_WHOLE])
def test_a_part_of_whom_is_not_the_whole(a, b, part, whole):
    messages = [f.message for f in outlet_conflicts(a, b)]
    assert messages, "the wholes themselves are still compared"
    assert not any(part in m and whole in m for m in messages), messages


# Two outlets name what lasted in words of their own ("neutralised" /
# "halted", "safety checks" / "complete"): the words a span names for itself
# say nothing against one span, so elimination pairs the one span of each.
SPANS_IN_OTHER_WORDS = [
    ["A crash on the Harnby stage on Sunday brought the race to a stop. The stage was neutralised for 25 minutes.",
     "A pile-up on the Harnby stage on Sunday brought the race to a stop. Racing was halted for 40 minutes."],
    ["A gas blast hit the Harnby flats on Wednesday. Gas engineers expect to complete safety checks within two weeks.",
     "A gas explosion hit the Harnby flats on Wednesday. Safety checks will take about a month, engineers said."],
]


@pytest.mark.parametrize("story", SPANS_IN_OTHER_WORDS, ids=[s[0][:40] for s in SPANS_IN_OTHER_WORDS])
def test_spans_in_other_words_conflict(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


# A figure whose value is three times off or more is no candidate for the
# other article's quantity, so it cannot tie with the one that is (before,
# the tie left both unpaired).
FAR_VALUES_DO_NOT_TIE = [
    ["A reptile skeleton was dug from the Harnby cliffs this month. Excavation took 11 days.",
     "Scientists recovered a reptile from the Harnby cliffs, with bones dating back some 200 million years. "
     "Removing the skeleton took more than three weeks."],
    ["About 200 spectators were in the Harnby sports hall when the roof fell on Saturday.",
     "Part of the Harnby sports hall ceiling fell in on Saturday, hurting 22 people. More than 350 fans had packed into the hall."],
]


@pytest.mark.parametrize("story", FAR_VALUES_DO_NOT_TIE, ids=[s[0][:40] for s in FAR_VALUES_DO_NOT_TIE])
def test_far_values_do_not_tie(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


# Counted nouns and event words of one class (factcheck/data/quantity_nouns.txt,
# quantity_events.txt): a family is a household, a train a service, a hive a
# colony; colonies "wiped out" died.
ONE_CLASS = [
    ["A gas explosion at the Harnby flats on Wednesday forced 85 households from their homes.",
     "More than 130 families were evacuated from the Harnby flats after a gas explosion on Wednesday."],
    ["A signal failure at Harnby junction on Thursday meant 38 services were cancelled.",
     "Fifty-two trains were cancelled after signals failed at Harnby junction on Thursday."],
    ["A crop spray applied at Harnby this week killed bees in more than 400 hives, beekeepers said.",
     "About 250 bee colonies were wiped out at Harnby this week after a pesticide was sprayed, beekeepers said."],
]


@pytest.mark.parametrize("story", ONE_CLASS, ids=[s[0][:40] for s in ONE_CLASS])
def test_nouns_and_events_of_one_class_conflict(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


# A part of a group ("Nine of the injured", "Of the injured, five", "Three
# of those rescued", "Two of them") is compared with another outlet's part
# in the same event, at info (two parts of one group may be two different
# parts), and the finding says so.
PARTS_CONFLICT = [
    ["The roof fell in at the Harnby hall on Saturday, injuring 14 people. Nine of the injured were taken to hospital.",
     "The ceiling fell in at the Harnby hall on Saturday, hurting 22 people. Of the injured, five were taken to hospital."],
    ["Lifeguards rescued 19 swimmers at Harnby on Sunday. Three of those rescued needed hospital treatment.",
     "Lifeguards brought 27 bathers back to shore at Harnby on Sunday. Two of them needed hospital treatment."],
]

PARTS_QUIET = [
    # a part is not the whole
    ["The roof fell in at the Harnby hall on Saturday. Of the injured, five were taken to hospital.",
     "The ceiling fell in at the Harnby hall on Saturday. Nine people were taken to hospital."],
    # two parts in two events
    ["Lifeguards rescued 19 swimmers at Harnby on Sunday. Three of those rescued were children.",
     "Lifeguards rescued 19 swimmers at Harnby on Sunday. Two of them needed hospital treatment."],
]


@pytest.mark.parametrize("story", PARTS_CONFLICT, ids=[s[0][:40] for s in PARTS_CONFLICT])
def test_parts_of_one_group_conflict(story):
    found = [f for f in outlet_conflicts(*story) if "part of a larger group" in f.message]
    assert len(found) == 1, [f.message for f in outlet_conflicts(*story)]
    assert found[0].severity == "info"


@pytest.mark.parametrize("story", PARTS_QUIET, ids=[s[0][:40] for s in PARTS_QUIET])
def test_parts_quiet(story):
    assert outlet_conflicts(*story) == [], [f.message for f in outlet_conflicts(*story)]


# Ratio words in the base form: a verb to come ("will double", "to treble")
# or before a determiner ("double the current charge"); "a double murder"
# and "the triple-lock" are no ratios.
RATIO_BASE_CONFLICT = [
    ["Parking at Harnby General Hospital will cost double the current charge from October, the trust said.",
     "Patients at Harnby General Hospital will pay triple the current parking charge from October, the trust said."],
    ["Harnby council tax is set to double next year, the council said.",
     "Harnby council tax will treble next year, the council said."],
]

RATIO_BASE_QUIET = [
    ["Police in Harnby are investigating a double murder, the force said on Monday.",
     "Harnby police said on Monday that the triple-lock on pensions would stay."],
]


@pytest.mark.parametrize("story", RATIO_BASE_CONFLICT, ids=[s[0][:40] for s in RATIO_BASE_CONFLICT])
def test_ratio_base_forms_conflict(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("story", RATIO_BASE_QUIET, ids=[s[0][:40] for s in RATIO_BASE_QUIET])
def test_ratio_base_forms_quiet(story):
    assert outlet_conflicts(*story) == [], [f.message for f in outlet_conflicts(*story)]


# An ordinal of a count so far ("the third failure ... since April", "its
# 23rd call-out of the year") is the count to date; an ordinal of a time, a
# period or a place in an order is not (data/quantity_ordinal_skip.txt).
ORDINAL_CONFLICT = [
    ["It was the third failure at Harnby junction since April, the operator said on Thursday.",
     "There have been five failures at Harnby junction since April, the operator said on Thursday."],
    ["It was the Harnby rescue team's 23rd call-out of the year, its leader said.",
     "The Harnby rescue team has had 31 call-outs this year, its leader said."],
]

ORDINAL_QUIET = [
    ["Harnby won the county cup for the third time since 2010 on Saturday.",
     "Harnby have lifted the county cup five times since 2010, the club said on Saturday."],
    ["Harnby is the second largest port in the county this year, the council said.",
     "Five ports in the county handled more cargo this year, the council said."],
]


@pytest.mark.parametrize("story", ORDINAL_CONFLICT, ids=[s[0][:40] for s in ORDINAL_CONFLICT])
def test_ordinal_counts_conflict(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("story", ORDINAL_QUIET, ids=[s[0][:40] for s in ORDINAL_QUIET])
def test_ordinal_quiet(story):
    assert outlet_conflicts(*story) == [], [f.message for f in outlet_conflicts(*story)]


# Two amounts found by elimination: an event class shared, or, when one side
# names no event class, a shared name, time or content word ("the Harnby
# Playhouse", "this year"); with nothing shared they stay two amounts.
AMOUNTS_CONFLICT = [
    ["The Harnby Playhouse took £1.4 million at its box office this year, the theatre said.",
     "The Harnby Playhouse brought in £1.9 million from ticket sales this year, the theatre said."],
]

AMOUNTS_QUIET = [
    ["The club's shirt deal is worth £4.5 million, the chairman said.",
     "Fans raised £6 million for the new stand, organisers said."],
]


@pytest.mark.parametrize("story", AMOUNTS_CONFLICT, ids=[s[0][:40] for s in AMOUNTS_CONFLICT])
def test_amounts_with_an_event_on_one_side_conflict(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1 and found[0].severity == "info", [f.message for f in found]


@pytest.mark.parametrize("story", AMOUNTS_QUIET, ids=[s[0][:40] for s in AMOUNTS_QUIET])
def test_amounts_sharing_nothing_quiet(story):
    assert outlet_conflicts(*story) == [], [f.message for f in outlet_conflicts(*story)]
