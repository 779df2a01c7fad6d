"""A place a count is spread across, which narrows nothing.

Figure extraction marks a common noun of place after a figure as a word
that narrows its noun ("+city" for "20 shops in the city"), and
elimination (``likely._narrowed``) takes such a word, when the other
report never uses it, for a part of what the other counts.  "Across" or
"throughout" a place says the opposite: where all of them are ("sold in
210 shops across the region", "runs 212 shops across the south-west"),
the whole the story is about, not a part of it.  Another outlet's "more
than 300 stores" that stocked the loaves counts the same shops, and its
"has about 150 stores" the same estate.

A whole is only another whole: the reading holds when both figures are
what their subjects have ("runs 212 shops across the south-west" / "has
about 150 stores") or neither is ("sold in 210 shops across the region" /
"more than 300 stores were affected"), not a firm's estate against some
of it that something happened to ("runs 32 garden centres across the
north" / "has bought twelve centres").
"""

from __future__ import annotations

import re
from typing import FrozenSet, Optional

from .describe import Quantity

_ACROSS = re.compile(r"\s+(?:across|throughout)\s+(?:the|its|their)\s+([a-z]+)")


def spread_over(q: Quantity, other: Quantity, text: Optional[str]) -> FrozenSet[str]:
    """The place mark of ``q`` ("+region") that its article (``text``,
    lower-cased) gives right after the figure as the place all of them
    are spread across, when ``other`` is as much a whole as ``q`` (both
    held or neither: ``Quantity.held``); empty otherwise."""
    if text is None or q.held != other.held:
        return frozenset()
    m = _ACROSS.match(text, q.end)
    return frozenset({"+" + m.group(1)}) & q.marks if m else frozenset()
