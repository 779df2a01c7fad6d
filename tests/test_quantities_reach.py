"""Table tests of ``factcheck.quantities.reach``: what a distance or a date
reaches (a place's distance, a length, a round trip, a start, an end)."""

import pytest

from factcheck.quantities import reach

SENSES = [
    ("The patients went to Kirkby Infirmary, 22 miles away, on Friday.", "22 miles", "count", reach.AWAY),
    ("Sirens sounded at the depot, four miles to the north, at noon.", "four miles", "count", reach.AWAY),
    ("The flood left a trail about 3 miles long through the valley.", "3 miles", "count", reach.LONG),
    ("Crews cleared a stretch of 6 km of the coast road.", "6 km", "count", reach.LONG),
    ("Families now face a round trip of 44 miles to visit.", "44 miles", "count", reach.ROUND),
    ("The school run is now a 50-minute round trip.", "50-minute", "duration", reach.ROUND),
    ("Drivers will cover 30 miles each day.", "30 miles", "count", ""),
    ("The first closures will begin Feb. 2 at the east plant.", "Feb. 2", "date", reach.START),
    ("Work should be completed by the end of October, the firm said.", "October", "date", reach.END),
    ("The road will stay shut until May.", "May", "date", reach.END),
    ("The council approved the plan in June.", "June", "date", ""),
]


@pytest.mark.parametrize("sentence, figure, unit, expected", SENSES)
def test_sense(sentence, figure, unit, expected):
    s = sentence.index(figure)
    assert reach.sense(sentence, s, s + len(figure), unit, figure) == expected


APART = [
    (reach.AWAY, reach.ROUND, True),    # "22 miles away" / "a round trip of 44 miles"
    ("", reach.ROUND, True),            # a round trip is never a single journey
    (reach.AWAY, reach.LONG, True),     # a place's distance / a path's length
    (reach.START, reach.END, True),     # "begin Feb. 2" / "completed by October"
    (reach.AWAY, "", False),            # "22 miles away" / "a 25-mile drive": may be one distance
    (reach.START, "", False),           # "begin in March" / "in March": may be one date
    (reach.LONG, reach.LONG, False),
]


@pytest.mark.parametrize("ra, rb, expected", APART)
def test_reaches_apart(ra, rb, expected):
    assert reach.reaches_apart(ra, rb) is expected
    assert reach.reaches_apart(rb, ra) is expected


from .helpers import report_for  # noqa: E402


def _conflicts(*texts):
    return [f for f in report_for(*texts).findings if f.rule == "conflicting-figure"]


STORIES = [
    # a place's distance against a round trip: two quantities
    (["Residents were moved to Kirkby Infirmary, 22 miles away, on Friday.",
      "Residents were moved to Kirkby Infirmary, a round trip of 44 miles for their families."], False),
    # a place's distance against a path's length
    (["The storm damaged roofs in Haleby and at the quarry, five miles to the east.",
      "The storm cut a path about 3 miles long through Haleby."], False),
    # one distance in two outlets that disagree: still a conflict
    (["Residents were moved to Kirkby Infirmary, 22 miles away, on Friday.",
      "Residents were moved to Kirkby Infirmary, 35 miles away, on Friday."], True),
]


@pytest.mark.parametrize("texts, fires", STORIES)
def test_reach_in_stories(texts, fires):
    assert bool(_conflicts(*texts)) is fires
