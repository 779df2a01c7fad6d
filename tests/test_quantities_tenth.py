"""The quantity model, tenth round (issue 11).  Every text is invented for
these tests; each table failed before its change."""

import pytest

from .helpers import outlet_conflicts


# "three of whom": a part of the clause's antecedent, whose event (went to
# hospital) is the whole's; never compared with the other outlet's whole.
PART_OF_WHOLE = [
    ("A crash halted the stage on Sunday. Seven riders were taken to hospital, four of them with broken collarbones.",
     "About 45 cyclists came down on Sunday. Five riders went to hospital, three of whom had broken collarbones.",
     '"three"'),
    ("A rockfall hit the crag on Sunday. Nine climbers were taken to hospital, four of them by air.",
     "About 30 climbers were on the crag on Sunday. Twelve climbers went to hospital, five of whom were airlifted.",
     '"five"'),
]


@pytest.mark.parametrize("a,b,part", PART_OF_WHOLE, ids=[t[0][:40] for t in PART_OF_WHOLE])
def test_a_part_of_whom_is_not_the_whole(a, b, part):
    messages = [f.message for f in outlet_conflicts(a, b)]
    assert messages, "the wholes themselves are still compared"
    assert not any(part in m for m in messages), messages
