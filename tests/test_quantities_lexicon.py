"""The quantity model's noun classes, eleventh round (issue 11): news nouns
that count one kind of person or thing (factcheck/data/quantity_nouns.txt),
and small counts paired within one named class.  Every text is invented for
these tests; each conflict table failed before its change."""

import pytest

from .helpers import outlet_conflicts

# Two outlets count one group with nouns of one class: hikers are walkers,
# rescuers volunteers, bathers swimmers, raiders robbers, ships vessels,
# miners and colleagues workers, starters and riders a race's field.
ONE_CLASS = [
    ["More than 40 rescuers searched the Harnby moor on Sunday for a missing boy.",
     "About 25 volunteers searched the Harnby moor on Sunday for a missing boy."],
    ["Lifeguards at Harnby beach rescued 19 swimmers caught in a rip current on Saturday.",
     "Lifeguards at Harnby beach rescued 27 bathers caught in a rip current on Saturday."],
    ["The Harnby canal was blocked on Tuesday, holding up 86 vessels.",
     "The Harnby canal was blocked on Tuesday, holding up more than 120 ships."],
    ["Twelve colleagues at the Harnby depot shared the lottery jackpot on Friday.",
     "Fifteen workers at the Harnby depot shared the lottery jackpot on Friday."],
    ["A crash brought down riders in the Harnby road race on Sunday; 132 starters set off.",
     "A crash brought down riders in the Harnby road race on Sunday; 150 riders set off."],
]


@pytest.mark.parametrize("story", ONE_CLASS, ids=[s[0][:40] for s in ONE_CLASS])
def test_nouns_of_one_class_conflict(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


# A count below ten is paired by elimination with a count of a noun of the
# same named class ("Six raiders" / "Eight robbers"), as with one noun.
SMALL_ONE_CLASS = [
    ["Six raiders stormed the Harnby cash depot on Tuesday night.",
     "Eight robbers stormed the Harnby cash depot on Tuesday night."],
    ["Five hikers were airlifted from Harnby Edge on Saturday.",
     "Seven walkers were airlifted from Harnby Edge on Saturday."],
]


@pytest.mark.parametrize("story", SMALL_ONE_CLASS, ids=[s[0][:40] for s in SMALL_ONE_CLASS])
def test_small_counts_of_one_class_conflict(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


# ... but never by the class "people", which takes any person, nor across
# two named classes: "five sailors" may be some of the "seven people".
SMALL_QUIET = [
    ["The Harnby lifeboat rescued five sailors on Saturday.",
     "Seven people were pulled from the sea by the Harnby lifeboat on Saturday."],
    ["Six raiders stormed the Harnby cash depot on Tuesday night.",
     "Eight guards were on duty when the Harnby cash depot was stormed on Tuesday night."],
]


@pytest.mark.parametrize("story", SMALL_QUIET, ids=[s[0][:40] for s in SMALL_QUIET])
def test_small_counts_across_classes_quiet(story):
    found = outlet_conflicts(*story)
    assert not found, [f.message for f in found]
