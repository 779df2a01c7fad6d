"""The quantity model, wording round two (issue 11): what settles a tie of
elimination (``factcheck.quantities.ties``).  Every text is invented for
these tests; each must-pick case was a tie before its change."""

from dataclasses import replace

import pytest

from factcheck.quantities import likely
from factcheck.quantities.cross import quantities

from .helpers import outlet_analyses


def _counts(*texts):
    """The count quantities of two outlets' texts, by their text."""
    qs = quantities(outlet_analyses(*texts))[0]
    return qs, {q.text: i for i, q in enumerate(qs) if q.kind == "count"}


def _tied(qs, i, others, **fields):
    """``likely._bests`` of ``i`` among ``others``, after giving every
    figure the same context but ``fields`` (figure index -> changes): only
    what ``fields`` sets can break the tie."""
    base = {k: replace(qs[k], names=frozenset(), times=frozenset(), content=frozenset(), events=frozenset(),
                       event_words=frozenset(), marks=frozenset(), modal=False, noun="donor")
            for k in [i] + others}
    for k, change in fields.items():
        base[int(k)] = replace(base[int(k)], **change)
    copy = list(qs)
    for k, q in base.items():
        copy[k] = q
    return likely._bests(copy, i, others, None)


TEXTS = ("Money race\n\nThe campaign had 2,800 donors. The rival had 4,300 donors.",
         "Filings published\n\nThe filing lists 1,900 donors.")


@pytest.mark.parametrize("fields, best", [
    # "1,900 individual donors" is the other report's "2,800 individual donors", not its "4,300 donors"
    ({"b": {"marks": frozenset({"+individual"})}, "x": {"marks": frozenset({"+individual"})}}, "x"),
    # one mood settles nothing (a state "has 6,000 patients" against another holder's "has 11,000"):
    # the mood tiebreak was dropped (quantities/ties.py)
    ({"b": {"modal": True}, "y": {"modal": True}}, None),
    # nothing to tell them apart: a tie pairs neither
    ({}, None),
    # a narrowing word on both candidates settles nothing
    ({"x": {"marks": frozenset({"+individual"})}, "y": {"marks": frozenset({"+individual"})},
      "b": {"marks": frozenset({"+individual"})}}, None),
])
def test_a_tie_is_settled_by_shared_marks_only(fields, best):
    qs, at = _counts(*TEXTS)
    b, x, y = at["1,900 donors"], at["2,800 donors"], at["4,300 donors"]
    names = {"b": b, "x": x, "y": y}
    found = _tied(qs, b, [x, y], **{str(names[k]): v for k, v in fields.items()})
    assert found == (frozenset({names[best]}) if best else frozenset())


def test_a_tiebreak_never_outranks_a_shared_event():
    """The tie-break orders only figures that tie on the score: a figure
    that shares an event class still wins over one in the same mood."""
    qs, at = _counts(*TEXTS)
    b, x, y = at["1,900 donors"], at["2,800 donors"], at["4,300 donors"]
    ev = {"events": frozenset({"contribution"})}
    found = _tied(qs, b, [x, y], **{str(b): dict(ev, modal=True), str(x): ev, str(y): {"modal": True}})
    assert found == frozenset({x})


# A place a count is spread across ("across the region") narrows nothing
# (``factcheck.quantities.spread``); "in the region" still may, and a firm's
# whole estate is no count of some of it that something happened to.
SPREAD_CONFLICT = [
    ["Pies recalled\n\nThe pies were baked last week and sold in 180 shops across the region, the firm said.",
     "Pie recall widens\n\nMore than 260 stores were affected, the firm said.",
     "180 shops"],
    ["Chain sold\n\nThe chain, founded in 1961, runs 140 shops across the north-east and employs 900 people.",
     "Chain sold\n\nThe offer values the chain at £40 million. It has about 95 stores, analysts said.",
     "140 shops"],
]

SPREAD_QUIET = [
    # "in the region": perhaps a part of what the other counts
    ["Pies recalled\n\nThe pies were baked last week and sold in 180 shops in the region, the firm said.",
     "Pie recall widens\n\nMore than 260 stores were affected, the firm said."],
    # the whole estate against the part bought
    ["Chain sold\n\nThe chain, founded in 1961, runs 140 shops across the north-east and employs 900 people.",
     "Chain sold\n\nThe offer values the chain at £40 million. Rivals have bought about 95 stores, analysts said."],
    ["Chain fails\n\nHollin Nurseries, which runs 30 garden centres across the north, called in administrators.",
     "Rival buys centres\n\nThe Brockley group has bought eleven centres from administrators."],
]


@pytest.mark.parametrize("story", SPREAD_CONFLICT)
def test_a_place_spread_across_narrows_nothing(story):
    from .helpers import assert_one_conflict
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", SPREAD_QUIET)
def test_a_place_in_or_a_part_stays_apart(texts):
    from .helpers import assert_quiet
    assert_quiet(texts)
