"""The quantity model, fifteenth round (issue 11): "over" as a preposition of
time ("cut 1,100 jobs over 24 months"), a prison sentence's length kept
apart from the length of the crime, and nouns that name one workforce
("employees" / "workers", "jobs" / "posts").  Every text is invented for
these tests; each must-conflict case failed before its change, the quiet
cases keep the changes from reaching further."""

import pytest

from factcheck.extract.figures import sentence_figures

from .helpers import outlet_conflicts

MUST_CONFLICT = [
    # "over" after a verb of its own clause is "during": 2 years is not 3
    ["The Harnby leak ran over two days, the water company said on Monday.",
     "The Harnby leak ran for three days, the water company said on Monday.",
     "days"],
    # nouns for one workforce, no event on either side
    ["Harnby Nurseries, the garden centre chain, has about 450 employees.",
     "Harnby Nurseries, the garden centre chain, has some 620 workers.",
     "620"],
    ["Harnby Foods will cut 1,100 jobs, the grocer said on Monday.",
     "Harnby Foods said on Monday that about 600 posts will go.",
     "1,100"],
]

QUIET = [
    # the sentence's length is not the length of the fraud
    ["Tom Harnby was jailed for four and a half years on Monday for a roofing fraud.",
     "The roofing fraud went on over two and a half years, Harnby Crown Court heard on Monday."],
    # a workforce and the drivers among it stay two counts
    ["Harnby Buses, which collapsed on Monday, has about 450 employees, the administrators said.",
     "Harnby Buses, which collapsed on Monday, has about 300 drivers, the administrators said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    *texts, word = story
    found = outlet_conflicts(*texts)
    assert len(found) == 1, [f.message for f in found]
    assert word in found[0].message


@pytest.mark.parametrize("story", QUIET, ids=[s[0][:40] for s in QUIET])
def test_different_quantities_stay_quiet(story):
    assert outlet_conflicts(*story) == [], [f.message for f in outlet_conflicts(*story)]


@pytest.mark.parametrize("text, bound", [
    ("The bank will cut 1,100 jobs over 24 months.", "exact"),
    ("The leak ran over two days.", "exact"),
    ("Inspectors visited over two days in May.", "exact"),
    ("He has lived there for over four years.", "more_than"),
    ("It took over 10 hours to clear the road.", "more_than"),
    ("The trial lasted over three weeks.", "more_than"),
    ("Over two years, the firm grew.", "more_than"),
    ("She ran the club for just over two years.", "just_over"),
])
def test_over_before_a_length_of_time(text, bound):
    """"over" bounds a length only after a word that takes one or at a
    clause's start; after a verb or a noun of its own clause it is
    "during"."""
    durations = [f for f in sentence_figures(text) if f.unit == "duration"]
    assert len(durations) == 1 and durations[0].bound == bound, durations
