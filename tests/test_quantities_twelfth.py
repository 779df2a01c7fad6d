"""The quantity model, twelfth round (issue 11), from the fifteenth round of
fresh dev stories.  Every text is invented for these tests; each case
failed before its change."""

import pytest

from .helpers import outlet_conflicts

MUST_CONFLICT = [
    # an amount's noun is the other figure's event word in another number:
    # "the 29% rise" / "the toll rises ..., an increase of 50 per cent"
    ["The toll for cars on the Harnby Bridge will go up from 1 March.\n\n"
     "The 29% rise is the first since tolls were frozen, board members said.",
     "Hauliers will pay more from April, when the toll for a car rises to £3.60, an increase of 50 per cent."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    # taken for one quantity by what both count, not only by elimination
    # (which a third share of either article would defeat)
    found = outlet_conflicts(*story)
    assert len(found) == 1 and "the same increase" in found[0].message, [f.message for f in found]


QUIET = [
    # a whole and one part of it, two hundred times smaller, are two quantities
    ["Mr Harnby announced that, of the £35bn he has earmarked from savings, £12bn will go to schools.",
     "Savings of £153m at the Harnby Office have also been identified."],
]


@pytest.mark.parametrize("story", QUIET, ids=[s[0][:40] for s in QUIET])
def test_quiet(story):
    assert not outlet_conflicts(*story), [f.message for f in outlet_conflicts(*story)]
