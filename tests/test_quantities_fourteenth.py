"""The quantity model, fourteenth round (issue 11): months given as a part
("by the end of March"), the verb of a bare date a few words further back,
and transposed figures.  Every text is invented for these tests; each must-conflict case
failed before its change, the quiet cases keep the changes from reaching
further."""

import pytest

from factcheck.quantities import cross
from factcheck.quantities.transposed import digits

from .helpers import analyse, assert_one_conflict, assert_quiet, outlet_conflicts

MUST_CONFLICT = [
    # a month as a part: "by the end of March" is a date of March
    ["Harnby Foodhall will complete the closures by the end of March, the grocer said.",
     "Harnby Foodhall said the closures would be completed by the end of May.",
     "March"],
    ["The Harnby ice rink will close on 31 March, the council said.",
     "The council said the Harnby ice rink would close at the end of April.",
     "closure"],
    # the verb of a bare month stands beyond a passive's agent
    ["The Harnby hoard was spotted by a dog walker in January, the museum said.",
     "The Harnby hoard was first spotted by a passing dog walker in March.",
     "January"],
    # ... or beyond the verb's object and a phrase
    ["Harnby Athletic's owners agreed terms with the buyer in January, the club said.",
     "Harnby Athletic's owners agreed the deal in principle in March, the club said.",
     "January"],
    # transposed digits, two outlets: a scheme's cost, which elimination
    # alone leaves unpaired (a second amount of the site fits as well)
    ["Harnby Estates has won consent for the Mill Lane retail park.\n\nThe £84 million scheme on the dye works "
     "site will have 12 shop units.",
     "The Mill Lane retail park in Harnby has been approved.\n\nThe £48m development on the dye works site will "
     "have 12 shop units.\n\nA £60m housing estate on the dye works site is also planned.",
     "typing error"],
]

QUIET = [
    # a superlative before "since" gives the last time something was so,
    # not the date of the event
    ["Harnby Steel said output rose at its fastest rate since May, the company said.",
     "Harnby Steel said output unexpectedly fell in November, the company said."],
    # transposed digits of two things the words keep apart
    ["About 120 people were moved out of homes near the Harnby works on Monday.",
     "Firefighters at the Harnby works on Monday said 210 tonnes of chemicals had burned."],
    ["Harnby council will spend £420,000 on the lifts, it said on Monday.",
     "Harnby council said on Monday that the lift firm had been fined £240,000 last year."],
    # the end of one month and the start of the next are two dates of a plan's
    # two steps only when the verbs differ
    ["Harnby Foodhall will complete the closures by the end of March, the grocer said.",
     "Harnby Foodhall will publish the list of stores at the start of January, the grocer said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("story", QUIET, ids=[s[0][:40] for s in QUIET])
def test_different_quantities_stay_quiet(story):
    assert_quiet(story)


def test_a_transposed_figure_in_one_article_refers_back():
    """"spend £420,000" ... "The £240,000 work": a definite phrase whose
    digits are the earlier figure's in another order."""

    an = analyse("Harnby council will spend £420,000 replacing the lift motors, it said.\n\n"
                 "Residents have been without a lift for nine days. The £240,000 work is due to begin in April.")
    found = list(cross.check([an], lambda f: None))
    assert len(found) == 1 and "typing error" in found[0].message


def test_transposed_figures_in_one_article_need_a_phrase_that_refers_back():
    an = analyse("Harnby council will spend £420,000 on the lifts, it said.\n\n"
                 "It spent £240,000 on the roof last year.")
    assert list(cross.check([an], lambda f: None)) == []


@pytest.mark.parametrize("text, expected", [
    ("£4.8 million", "48"), ("1,100", "11"), ("the 5.2% rise", "52"), ("about 60", "6"), ("12 of 40", None),
    ("six weeks", "6"), ("Thirty-one people", "31"), ("some people", None),
])
def test_significant_digits(text, expected):
    assert digits(text) == expected


def test_a_verbs_event_is_named_by_its_word_not_its_stem():
    """"the same event (serviced)", not "the same previous servic and servic"."""

    found = outlet_conflicts("The lifts at Harnby House were last serviced in November, the contractor said.",
                             "The lifts at Harnby House were last serviced in January, the council said.")
    assert len(found) == 1 and "(serviced)" in found[0].message, [f.message for f in found]
    assert "servic " not in found[0].message and "servic)" not in found[0].message
