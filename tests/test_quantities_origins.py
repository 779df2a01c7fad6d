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
