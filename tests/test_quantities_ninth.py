"""The quantity model, ninth round (issue 11).  Every text is invented for
these tests; each table failed before its change."""

import pytest

from .helpers import outlet_conflicts


# One article gives two figures of one event class at two times; the other
# article's figure shares its when and where with one of them: only that
# pair is one quantity, the other figure ("last autumn's leak") is never
# compared with it.
OUTMATCHED = [
    ("About 3,000 fish died in the River Lune on Tuesday after a tank burst at a farm. Last autumn's leak killed 800 fish.",
     "More than 6,000 trout and grayling were killed in the River Lune on Tuesday when a farm's tank failed.",
     '"800"'),
]


@pytest.mark.parametrize("a,b,dropped", OUTMATCHED, ids=[t[0][:40] for t in OUTMATCHED])
def test_a_figure_outmatched_by_its_neighbour_is_not_compared(a, b, dropped):
    messages = [f.message for f in outlet_conflicts(a, b)]
    assert messages, "the matching pair itself is still compared"
    assert not any(dropped in m for m in messages), messages
