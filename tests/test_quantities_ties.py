"""Elimination (``factcheck.quantities.likely``) when a decision names an
amount, and when two figures of one report fit another report's figure
equally well (``ties.settle``, ``overlap``).  Every text is invented for
these tests."""

import pytest

from .helpers import outlet_conflicts

MUST_CONFLICT = [
    # a decision to sell and a purchase: one price, "agreed" says only that it was decided
    ["Harnley council has agreed to sell the Priory Mill to Tamsworth Estates for £4.2 million.",
     "Tamsworth Estates has bought the Priory Mill from Harnley council for £3.6 million."],
    ["The Fellby trust voted to sell its Quarry Lane depot to Orrin Homes for £2.5 million.",
     "Orrin Homes paid £1.9 million for the trust's Quarry Lane depot in Fellby."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


DIFFERENT_QUANTITIES = [
    # a sum the council agreed to spend and a price it paid for something else
    ["Harnley council has agreed to spend £2 million on the library roof.",
     "Harnley council bought the old bus depot for £3.5 million last year."],
    ["Harnley council approved a £2 million budget for the library roof.",
     "Tamsworth Estates bought the old bus depot from Harnley council for £3.5 million."],
]


@pytest.mark.parametrize("story", DIFFERENT_QUANTITIES, ids=[s[0][:40] for s in DIFFERENT_QUANTITIES])
def test_different_quantities_stay_quiet(story):
    found = outlet_conflicts(*story)
    assert found == [], [f.message for f in found]
