"""The year of a story subject's origin against other years (issue 11,
forty-fifth round): a state of ending dated "since" a year is no origin,
and a plan in the same verb's present ("can open in 2028") is not the
subject's past ("opened in 1996").  Every text is invented; each quiet case
raised a false conflict before its change."""

import pytest

from .helpers import assert_one_conflict, assert_quiet

QUIET = [
    # "which has been closed since 2023" dates a closure, not the arcade's origin
    ["Arcade bought\n\nThe Fellby Arcade, which opened in 1974, has 60 units, the council said.",
     "Arcade deal\n\nTraders hope the council will reopen the Fellby Arcade's rear entrance, which has been closed "
     "since 2023."],
    # the subject's origin against a new wing's planned opening
    ["Hospice appeal\n\nThe Fellby Hospice, which opened in Fellby in 1996, is raising money for a family wing.",
     "Wing planned\n\nBuilding work will finish so that the Fellby Hospice's new wing can open in spring 2028."],
]

MUST_CONFLICT = [
    # two reports' years of one origin still disagree
    ["Dairy sold\n\nFellby Dairies, which was founded in 1962 by the Marr family, has been sold.",
     "Dairy deal\n\nFellby Dairies was founded in 1958 by the Marr family, the buyer said.",
     "1958"],
]


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:30] for t in QUIET])
def test_other_dates_stay_quiet(texts):
    assert_quiet(texts)


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:30] for s in MUST_CONFLICT])
def test_one_origin_conflicts(story):
    assert_one_conflict(story)


# the year a thing was made, or a light first lit, is its origin as "built" is
ORIGINS_CONFLICT = [
    ["Market clock restored\n\nThe Harlow market clock is ticking again after a two-year restoration. The "
     "clock was made in 1852 and was last overhauled in 1970.",
     "Clock back in time\n\nHarlow's market clock, built in 1825 by a local smith, is working again after "
     "its restoration.",
     "1852"],
    ["Lighthouse for sale\n\nThe Harlow Point lighthouse is for sale. The lighthouse was first lit in 1852 "
     "and was automated in 1990.",
     "Lighthouse on the market\n\nThe Harlow Point lighthouse, which has stood on the headland since 1862, "
     "is for sale.",
     "1852"],
]

ORIGINS_QUIET = [
    # a part of the subject made in another year ("The organ was made in 1890" of a church story)
    ["Church reopens\n\nHarlow parish church reopened on Sunday. The church was built in 1860. The organ "
     "was made in 1890.",
     "Church open again\n\nHarlow parish church, which opened in 1860, reopened on Sunday."],
]


@pytest.mark.parametrize("story", ORIGINS_CONFLICT)
def test_a_made_or_first_lit_year_is_the_subjects_origin(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", ORIGINS_QUIET)
def test_a_part_made_in_another_year_is_quiet(texts):
    assert_quiet(texts)
