"""Two readings found on fresh copy (issue 11): "a year earlier" is a time,
not a rate ("fell 14% from a year earlier" is no share per year), and a
fire's containment is what its share counts ("15 per cent contained")."""

import pytest

from tests.helpers import analyse, assert_one_conflict, assert_quiet
from factcheck.quantities import describe

MUST_CONFLICT = [
    # one fire's containment, said with and without the fire's name near it
    ["Ashby Ridge fire\n\nThe Ashby Ridge fire has burned 2,100 acres west of Kell.\n\n"
     "By Monday night it was 20 percent contained, crews said.",
     "Ashby Ridge evacuations\n\nOfficials said the Ashby Ridge fire was 45 percent contained.", "percent"],
]

QUIET = [
    # a rate stays a rate
    ["Tolland ferry\n\nThe Tolland ferry carries 2,400 passengers a day, its operator said.",
     "Tolland crossing\n\nThe Tolland crossing carried 900,000 passengers last year, its operator said."],
    # containment against another share of the fire's story
    ["Ashby Ridge fire\n\nThe Ashby Ridge fire was 20 percent contained on Monday night.",
     "Ashby Ridge homes\n\nAbout 60 percent of the homes in Ashby Ridge were evacuated on Monday night."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)


@pytest.mark.parametrize("text, rate", [
    ("Sales fell 14% from a year earlier.", False),
    ("The deficit was $2 billion, against $1.8 billion a year ago.", False),
    ("The ferry carries 2,400 passengers a day.", True),
])
def test_a_year_earlier_is_no_rate(text, rate):
    an = analyse(text)
    q = describe(an, 0, an.figures[0])
    assert any(t.startswith("per:") for t in q.times) is rate
