"""The quantity model, wording round (issue 11): one quantity in other
words on the invented multi-outlet set, classes ``wording`` and
``anaphora``.  Every text is invented for these tests; each must-conflict
case failed before its change, and the quiet cases keep the changes from
reaching further."""

import pytest

from .helpers import assert_one_conflict, assert_quiet

MUST_CONFLICT = [
    # a vacancy is a post of the workforce: "short of 75 drivers" / "40 driver vacancies"
    ["The Harnby bus depot is short of 75 drivers, the operator said on Monday.",
     "The Harnby bus depot has 40 driver vacancies, the operator said on Monday.",
     "40"],
]

QUIET = [
    # strikers and the replacements hired are two groups of one noun
    ["About 250 drivers walked out at the Harnby bus depot on Monday.",
     "The Harnby bus company hired 40 replacement drivers after its staff walked out on Monday."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_in_other_words_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)
