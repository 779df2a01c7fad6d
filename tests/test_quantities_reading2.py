"""Readings of English that keep one quantity's two figures apart or join
two (issue 11): the events of job cuts need people ("objects"), a rate that
closes a figure's clause ("rates"), ..."""

import pytest

from factcheck.quantities.objects import of_people, things_done_to
from factcheck.quantities.rates import clause_rate, rate_marks

from .helpers import assert_one_conflict, assert_quiet


# The verbs of job cuts ("axe", "shed", "lose") make a job-cuts event only
# for a count of people or posts; "axe 30 buses" cuts services.
@pytest.mark.parametrize("noun, people", [
    ("staff", True), ("role", True), ("person", True), (None, True), ("festival-goer", True),
    ("train", False), ("bus", False), ("plot-holder", False),
])
def test_of_people(noun, people):
    assert of_people(noun) is people


def test_a_count_of_things_keeps_no_job_cuts_event():
    ev, words = things_done_to("count", "train", frozenset({"jobs", "travel"}), frozenset({"axe", "daily"}))
    assert ev == frozenset({"travel"}) and words == frozenset({"daily"})
    ev, words = things_done_to("count", "worker", frozenset({"jobs"}), frozenset({"axe"}))
    assert ev == frozenset({"jobs"}) and words == frozenset({"axe"})


@pytest.mark.parametrize("sentence, figure, period", [
    ("About 700 lorries cross the old bridge each day, the council says.", "700 lorries", "day"),
    ("Some 3,000 swimmers use the baths every week.", "3,000 swimmers", "week"),
    ("Nearly 400 calves go through the auction ring each week, with sheep on Tuesdays.", "400 calves", "week"),
    # no rate of this figure: another clause, a figure between, or "a week" (a length of time too)
    ("About 700 lorries cross the bridge, and buses run each day.", "700 lorries", None),
    ("About 700 lorries cross the bridge and 40 buses each day.", "700 lorries", None),
    ("About 700 lorries crossed the bridge in a week.", "700 lorries", None),
    ("About 700 lorries crossed the bridge each week of the works.", "700 lorries", None),
])
def test_clause_rate(sentence, figure, period):
    end = sentence.index(figure) + len(figure)
    assert clause_rate(sentence, end) == period


def test_rate_marks():
    assert rate_marks(frozenset({"+daily", "+peak"}), frozenset({"per:day"})) == frozenset({"+daily"})
    assert rate_marks(frozenset({"+daily"}), frozenset({"per:week"})) == frozenset()


READING_CONFLICT = [
    # a rate adjective and a rate phrase; "axe" of trains is no job cut
    ["Timetable cut\n\nMerrow Rail will cut 42 daily services on the Fenwick line from June, the operator said.",
     "Fury at rail cuts\n\nPassengers reacted angrily after Merrow Rail said it would axe 29 trains a day.",
     "services"],
    # a rate at the end of the figure's clause
    ["Mart to move\n\nAbout 700 sheep pass through the Tolby sale ring each week. The mart will move.",
     "Mart move approved\n\nThe Tolby mart sells 1,200 sheep a week and will move to a new site, the council said.",
     "sheep"],
]

READING_QUIET = [
    # a rate against a total stays apart
    ["Mart to move\n\nAbout 700 sheep pass through the Tolby sale ring each week. The mart will move.",
     "Mart move approved\n\nThe Tolby mart sold 52,000 sheep last year and will move to a new site."],
]


@pytest.mark.parametrize("story", READING_CONFLICT)
def test_readings_join_one_quantity(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", READING_QUIET)
def test_readings_keep_two_quantities_apart(texts):
    assert_quiet(texts)


# A time of day that is a stay ("spent the night") is no time of the
# figure's event (``factcheck.quantities.stays``).
@pytest.mark.parametrize("sentence, times, kept", [
    ("Nine climbers who spent the night on the ridge were rescued on Monday.", {"night", "monday"}, {"monday"}),
    ("Crews worked through the night to free 12 workers.", {"night"}, set()),
    ("Forty people queued all morning for tickets.", {"morning"}, set()),
    # a moment stays: "at night", or a stay and a moment of one word
    ("Nine climbers were rescued at night.", {"night"}, {"night"}),
    ("Nine climbers spent the night out and were found on Monday night.", {"night", "monday"}, {"night", "monday"}),
])
def test_stays_are_no_moments(sentence, times, kept):
    from factcheck.quantities.stays import moments
    assert moments(sentence, frozenset(times)) == frozenset(kept)


STAY_CONFLICT = [
    ["Climbers found\n\nFive climbers missing overnight on Black Crag were found safe on Monday morning, "
     "the rescue team said.",
     "Climbers rescued\n\nSeven climbers who spent the night stranded on Black Crag were rescued on Monday.",
     "climbers"],
]


@pytest.mark.parametrize("story", STAY_CONFLICT)
def test_a_stay_does_not_clash_with_a_moment(story):
    assert_one_conflict(story)


# A noun of two senses ("job", "post") counts the other sense's thing when
# a cue word stands near the figure (``factcheck.quantities.senses``).
@pytest.mark.parametrize("sentence, figure, noun", [
    ("The council is clearing a backlog of 2,900 jobs left by the storms.", "2,900 jobs", "repair"),
    ("Crews have planted 800 steel posts along the new line.", "800 steel posts", "mast"),
    ("The firm will cut 2,900 jobs across its stores.", "2,900 jobs", "job"),
    ("The trust has 40 vacant nursing posts.", "40 vacant nursing posts", "post"),
])
def test_in_sense(sentence, figure, noun):
    from factcheck.quantities.senses import in_sense
    start = sentence.index(figure)
    assert in_sense(figure.split()[-1].rstrip("s"), sentence, start, start + len(figure)) == noun


SENSE_CONFLICT = [
    ["Repairs pile up\n\nNearly 3,000 repairs are waiting at Orwell Housing, tenants say.",
     "Landlord under fire\n\nOrwell Housing is working through a backlog of 2,100 jobs after a wet winter.",
     "repair"],
    ["Line milestone\n\nCrews on the Tarn line have installed 1,900 masts for the overhead wires.",
     "Poles up\n\nAbout 1,300 posts have now been planted along the Tarn line.",
     "mast"],
]

SENSE_QUIET = [
    # a workforce's jobs are no repairs
    ["Repairs pile up\n\nNearly 3,000 repairs are waiting at Orwell Housing, tenants say.",
     "Landlord cuts staff\n\nOrwell Housing will cut 2,100 jobs after a wet winter."],
]


@pytest.mark.parametrize("story", SENSE_CONFLICT)
def test_a_noun_in_its_other_sense_joins_its_thing(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", SENSE_QUIET)
def test_a_noun_in_its_listed_sense_stays_apart(texts):
    assert_quiet(texts)


# People "from the village" are local people: the scope word "local" of the
# other report narrows nothing (``factcheck.quantities.origins``).
@pytest.mark.parametrize("kind, sentence, figure, local", [
    ("count", "The school refused 41 children from the village a place.", "41 children", True),
    ("count", "About 60 families who live in the town signed the letter.", "About 60 families", True),
    ("count", "The plant hired 300 workers from Poland.", "300 workers", False),
    ("count", "The school refused 41 children a place.", "41 children", False),
    ("money", "The club got £4,000 from the parish council.", "£4,000", False),
])
def test_local_mark(kind, sentence, figure, local):
    from factcheck.quantities.origins import local_mark
    end = sentence.index(figure) + len(figure)
    assert ("+local" in local_mark(kind, sentence, end, frozenset())) is local


ORIGIN_CONFLICT = [
    ["School row\n\nParents in Hollin say the Brayford Academy refused 41 children from the village a place this year.",
     "Academy criticised\n\nThe Brayford Academy has turned away 65 local children from Hollin, parents say.",
     "children"],
]


@pytest.mark.parametrize("story", ORIGIN_CONFLICT)
def test_people_from_the_village_are_local(story):
    assert_one_conflict(story)


# A figure hedged only by "could" or "might" is a possibility, compared with
# another report's figure of one quantity; a range, a limit or a penalty
# faced still gives no quantity (``factcheck.quantities.hedges``).
@pytest.mark.parametrize("sentence, figure, possible", [
    ("The closure could cost 90 jobs, the union said.", "90 jobs", True),
    ("The painting might fetch £40,000 at auction.", "£40,000", True),
    ("Fines could reach a maximum of £9,000.", "£9,000", False),
    ("He faces a fine of £5,000.", "£5,000", False),
    ("The ban could last between six and 12 months.", "12 months", False),
])
def test_possibility(sentence, figure, possible):
    import importlib
    describe = importlib.import_module("factcheck.quantities.describe")
    from factcheck.quantities.hedges import possibility
    s = sentence.index(figure)
    sides = describe._sides(sentence, s, s + len(figure))
    assert possibility(sentence, s, sides) is possible


POSSIBLE_CONFLICT = [
    ["Pit jobs fear\n\nThe quarry's closure could cost 90 jobs by next spring, the union said.",
     "Quarry to shut\n\nUnion leaders say 140 staff could lose their jobs when the Brantor quarry shuts.",
     "staff"],
]

POSSIBLE_QUIET = [
    # a possible bid is no cost agreed
    ["Arena row\n\nHolt has to deliver a new 50,000-seat arena in Marsh Park by 2031 amid claims of costs "
     "spiralling above £90m.",
     "Holt denies bid\n\nAnd Holt has moved to scotch claims that Rovers could launch a £30m bid."],
    # what something could be worth is not the price offered for it, nor its face value
    ["Bramley deal\n\nIf the deal goes ahead, Bramley shareholders will receive Corvex shares valued at four "
     "dollars for each of their shares.",
     "Bramley shares\n\nAn analyst said Bramley stock could be fairly valued at just under five dollars a share."],
    ["Notes case\n\nIf the court decides the notes should be converted at a par value of one dollar, they could "
     "be converted into 22 million shares.",
     "Notes bought\n\nThe firm said it bought the notes, which have a face value of 1,000 dollars each, in May."],
]


@pytest.mark.parametrize("story", POSSIBLE_CONFLICT)
def test_two_possibilities_of_one_quantity_conflict(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", POSSIBLE_QUIET)
def test_a_possibility_is_no_fact(texts):
    assert_quiet(texts)
