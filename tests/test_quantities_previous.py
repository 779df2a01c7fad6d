"""The one date each of two reports gives for the last time the story's
happening occurred before (``factcheck.quantities.previous``).  Every
text is invented for these tests."""

import pytest

from .helpers import assert_one_conflict, assert_quiet

MUST_CONFLICT = [
    ["Harlow win the shield\n\nHarlow Rowing Club won the Severn Shield on Saturday. It was the club's "
     "first shield since 1994.",
     "Shield for Harlow\n\nHarlow Rowing Club took the Severn Shield on Saturday. Harlow, who last won "
     "it in 2004, beat Ashby by two lengths.",
     "2004"],
    ["Parking charges rise\n\nHarlow council will raise parking charges in April. Charges were last "
     "raised in June 2022.",
     "Dearer parking\n\nParking in Harlow will cost more from April. The last increase was in 2019.",
     "2019"],
]

MUST_BE_QUIET = [
    # one year, two wordings
    ["Harlow win the shield\n\nHarlow Rowing Club won the Severn Shield on Saturday. It was the club's "
     "first shield since 2004.",
     "Shield for Harlow\n\nHarlow Rowing Club took the Severn Shield on Saturday. Harlow, who last won "
     "it in 2004, beat Ashby by two lengths."],
    # two happenings: a fire and an inspection
    ["School fire\n\nFire damaged Harlow Primary School on Sunday. It was the first fire at the school "
     "since 2011.",
     "Blaze at school\n\nA fire damaged classrooms at Harlow Primary School on Sunday. The last "
     "inspection was in 2023."],
    # two dates of the last time in one report: which is the story's is unknown
    ["Harlow win the shield\n\nHarlow Rowing Club won the Severn Shield on Saturday. It was the club's "
     "first shield since 1994, and the first final at Ashby since 1988.",
     "Shield for Harlow\n\nHarlow Rowing Club took the Severn Shield on Saturday. Harlow, who last won "
     "it in 2004, beat Ashby by two lengths."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT)
def test_the_one_previous_date_of_each_report_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", MUST_BE_QUIET)
def test_previous_dates_that_agree_or_are_of_two_things_are_quiet(texts):
    assert_quiet(texts)

