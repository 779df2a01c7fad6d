"""What a definite measure or length of time refers back to (issue 11).

A measure or a length of time joined to a noun by a hyphen after "the"
("the 60-metre slip", "The 800-litre spill", "The 21-day window", "The
two-year campaign") presupposes its thing was given earlier in the article.
When the article gave one earlier figure of that dimension (a length, a
volume, a weight, a span of time) that the phrase can name and whose value
is near, that is its antecedent: "The embankment gave way along a 40-metre
stretch" ... "the 60-metre slip"; "Refunds will be paid within 28 days"
... "The 21-day window"; "has launched an 18-month appeal" ... "The
two-year campaign".

The phrase can name an earlier figure when its noun is the earlier one's
(or another word for it), names its happening ("moves 800 metres" ... "the
300-metre move": one event class), or is a general noun
(quantity_general_nouns.txt: "the building", "the window", "the deal"),
or the earlier figure names no thing of its own: an extent ("a 40-metre
stretch", quantity_extent_nouns.txt) or a bare amount of stuff ("sent
1,800 litres of fuel into the basin"; a bare length of time, "over the next
five years", is some other period).  A noun of a thing of its own does not
name another ("a 400-metre cordon" ... "the 250-metre tunnel": two
things; "over the next five years" ... "The eight-year bond"), and a
definite extent is a part ("the 32-km stretch of the link").  Two or more
such earlier figures leave the antecedent unclear and nothing is linked, as
does one that is itself definite (it was not introduced there) or a plural
noun ("the three-month bills" ... "the six-month bills": two kinds of bill);
nor is a figure compared in its own sentence with another of its dimension
(a base or a second term), a part or a base, a rate against a total, or a
figure of another time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import FrozenSet, List, Optional, Sequence, Tuple

from factcheck.extract.lexicon import read_list
from factcheck.extract.numbers import singular

from . import likely, words
from .describe import Quantity
from .relate import Relation, _times_clash, rates
from .spans import stem

NEAR = 3.0
"""Two values this many times apart (or more) are two things, not one
restated: "a 15-year lease" ... "The 25-year deal" is one deal; "a
three-year wait" ... "The 25-year deal" another span."""

APART_ROLES = frozenset({"subset", "part", "held-part", "base", "available", "extra", "remaining"})
"""Roles that make a figure a part, a base or what is left, not the whole
a definite phrase names."""


@lru_cache(maxsize=1)
def general_nouns() -> FrozenSet[str]:
    return frozenset(stem(w) for w in read_list("quantity_general_nouns"))


@lru_cache(maxsize=1)
def extent_nouns() -> FrozenSet[str]:
    return frozenset(stem(w) for w in read_list("quantity_extent_nouns"))


def refers(b: Quantity) -> bool:
    """True when ``b`` is a definite measure or length of time joined to
    the noun it measures ("the 60-metre slip", "The 21-day window")."""
    return (b.definite and _HYPHENED.search(b.text) is not None
            and (b.kind == "duration" or b.kind == "count" and b.noun in words.measured_units()))


_HYPHENED = re.compile(r"\w-[a-z]+$")
"""A figure joined to the next noun by a hyphen: "60-metre", "two-year"."""


def antecedent(qs: Sequence[Quantity], before: List[int], b: Quantity) -> Optional[Tuple[int, Relation]]:
    """The one earlier figure (index into ``qs``; ``before`` the earlier
    figures of ``b``'s article) definite measure ``b`` names, with the
    relation, or None when there is none or more than one."""
    if any(q is not b and q.article == b.article and q.sentence == b.sentence and _dimension(q, b)
           for q in qs):
        return None  # "the 300-metre move, down from 500 metres": a term of a comparison
    if b.roles & APART_ROLES:
        return None
    found = [i for i in before if _candidate(qs[i], b)]
    if len(found) != 1 or qs[found[0]].definite or _plural(b):
        return None  # "for the six-month bills" ... "the three-month bills": two kinds of bill
    a = qs[found[0]]
    nb, na = _noun(b), _noun(a)
    if na is not None and stem(na) == stem(nb or ""):  # "a 38-hectare extension" ... "The 48-hectare extension"
        return found[0], Relation(certain=True, why=f'"the {nb}" refers back to the {na} given earlier')
    return found[0], Relation(certain=False, why=f'a definite reference; "the {b.text} {nb}" names the one '
                                              f'{_dimension_name(b)} the article gave before it ({a.text})')


def _candidate(a: Quantity, b: Quantity) -> bool:
    """True when earlier figure ``a`` may be what definite ``b`` names."""
    return (a.sentence != b.sentence and _dimension(a, b) and not a.roles & APART_ROLES
            and _near(a, b) and _names(a, b) and not apart(a, b))


def _dimension(a: Quantity, b: Quantity) -> bool:
    """True when ``a`` is a figure of ``b``'s dimension: a length of time,
    or a measure in the same unit."""
    return a.kind == b.kind and (b.kind == "duration" or a.noun == b.noun)


def _dimension_name(b: Quantity) -> str:
    return "length of time" if b.kind == "duration" else "measure of its unit"


def _near(a: Quantity, b: Quantity) -> bool:
    return likely.within(a, b, NEAR)


def apart(a: Quantity, b: Quantity) -> bool:
    """True when the two figures are of two times, or one is a rate ("a
    day") and the other a total."""
    return bool(rates(a.times)) != bool(rates(b.times)) or bool(a.times and b.times and _times_clash(a.times, b.times))


def _names(a: Quantity, b: Quantity) -> bool:
    """True when the noun of definite ``b`` can name earlier ``a`` (see
    the module documentation)."""
    nb, na = _noun(b), _noun(a)
    if nb is None or stem(nb) in extent_nouns():
        return False  # "the 32-km stretch of the link": a part
    general = general_nouns()
    if stem(nb) in general or na is not None and (stem(na) in general | extent_nouns() or stem(na) == stem(nb)
                                                  or words.synonyms(na, nb)):
        return True
    if na is None and not a.events and a.kind != "duration":
        return True  # "sent 1,800 litres of fuel into the basin": no thing or happening of its own
    own = words.event_classes(nb) | {"span:" + stem(nb)}
    return bool(own & a.events) or words.one_family(own, a.events, None if b.kind == "duration" else b.kind)


def _plural(b: Quantity) -> bool:
    """True when the noun of definite ``b`` is plural ("the three-month
    bills"): the figure names a kind of thing, not one thing given before."""
    nb = _noun(b) or ""
    return any(singular(w) != w and stem(singular(w)) == stem(nb) for w in b.event_words)


def _noun(q: Quantity) -> Optional[str]:
    """The noun a measure or a length of time measures: "slip" of "the
    60-metre slip", "lease" of "a 15-year lease"; None when its words name
    none ("within 28 days", "1,800 litres of fuel")."""
    if q.kind != "duration":
        return q.measured
    spans = sorted(e[5:] for e in q.events if e.startswith("span:"))
    return spans[0] if spans else None
