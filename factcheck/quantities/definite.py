"""What a definite amount named by a thing refers back to (issue 11).

``anaphora.links`` links a definite figure to an earlier one of its
article through a noun of change or request ("the 5.3% rise", "the 17%
request") or through the one figure that introduced its noun ("a £48
million scheme" ... "The £84 million scheme").  An amount before the
name of a thing ("The £86 million road", "the £28m scheme") is that
thing's cost or price, and an article often gives the cost first with a
verb and no noun ("The 4.2-mile road ... cost £96 million", "The work,
costing £38m, ..."): the definite phrase then refers back to it.

This module reads that case: a definite amount whose noun introduced
nothing earlier refers back to the one earlier amount of its article,
in its currency, whose own words name that thing ("road" near "cost £96
million") or whose noun names an amount's event ("the £2.5 million
bill", "The £5.2 million shortfall"), and that ``refers`` takes for the
same quantity; with two or
more such amounts the phrase's antecedent is not clear and nothing is
linked.  The thing named near both is what keeps "save £35bn in
government spending" ... "The £12bn left over" apart (no thing "left"
near the first).  An amount whose value the definite phrase's own sentence gives again
("split the 950 mln dlr loan loss provision in half, attributing 425 mln
dlrs of it") is another amount beside it, not its antecedent.  An amount that is the base or a part of something else is no
antecedent (its ``refers`` fails on roles), nor one ``FACTOR`` times
larger or smaller: "lost £84 million" ... "The £2.3 billion fund" is what
the fund holds, a whole, not its loss restated.

When ``refers`` takes the two for two quantities because their words
differ ("paid out £186,000 in compensation" ... "The £68,000 bill"; "a
£700,000 repair" ... "The £900,000 bill"; "fined more than £6 million"
... "The £2.6 million penalty"), ``only_amount`` still reads the
definite phrase as a reader does: it presupposes its amount was given, and
when the article gave one amount in its currency near its value
(``FACTOR``), not a part, a base or what is left, nor of another time or
a rate against a total, that is the amount it names, provided its noun can
name it: a general noun for a cost ("The work, costing £38m" ... "The
£28m scheme"; not "exported £1.5bn worth of goods" ... "the £5bn deal"), a thing named near the
amount ("invest £250m in a new van line" ... "The £350m line") unless the
amount was given towards it ("awarded a £2.4 million grant" ... "The £5.8
million scheme": a part of its cost), or a noun
of an amount's event of the amount's own event or of its family
("bill" for a repair's cost or a payout, "fund" for money set aside,
"round" for money raised; quantity_event_families.txt), not another
("made a profit of £3m" ... "The £5m fine").  And a definite amount
restates the one earlier amount of its own noun however that was given
("debts of £3.2 million" ... "the £2.3 million debt", ``restates``), not
only after "a".
"""

from __future__ import annotations

from typing import Callable, List, Optional, Sequence, Tuple

from factcheck.extract.numbers import singular

from . import given, likely, transposed, words
from .describe import Quantity
from .relate import Relation

Refers = Callable[[Quantity, Quantity], Optional[Relation]]


def sole_antecedent(qs: Sequence[Quantity], earlier: List[int], b: Quantity,
                    refers: Refers) -> Optional[Tuple[int, Relation]]:
    """The one earlier amount (index into ``qs``) definite amount ``b``
    refers back to, with the relation, or None when there is none or more
    than one."""
    if b.kind != "money" or not b.noun:
        return None
    found = []
    for i in earlier:
        if qs[i].currency != b.currency or not _near(qs[i], b) or not _named(qs[i], b):
            continue
        if _given_beside(qs, qs[i], b):
            continue  # "split the 950 mln dlr provision, attributing 425 mln dlrs of it": both at once, two amounts
        rel = refers(qs[i], b)
        if rel is not None:
            found.append((i, rel))
    return found[0] if len(found) == 1 else None


def _given_beside(qs: Sequence[Quantity], a: Quantity, b: Quantity) -> bool:
    """True when the sentence of definite amount ``b`` gives the value of
    earlier amount ``a`` again, beside it: ``a`` is then another amount."""
    return any(q.article == b.article and q.sentence == b.sentence and q is not b and q.currency == b.currency
               and likely.middle(q) == likely.middle(a) for q in qs)


FACTOR = 4.0
"""Two amounts this many times apart are a whole and a part, not one
amount restated (``cross.MISREPORT_FACTOR``)."""


def _near(a: Quantity, b: Quantity) -> bool:
    return likely.within(a, b, FACTOR)


def _named(a: Quantity, b: Quantity) -> bool:
    """True when the noun of definite ``b`` (or a word before it, "The £5.2
    million shortfall includes", "The £19 million pool opens") names an
    amount's event ("the £2.5 million bill"), or the words near amount
    ``a`` name it, in either number ("The 4.2-mile road ... cost £96
    million")."""
    nouns = {n for n in {b.noun} | {m[1:] for m in b.marks} if n}
    return (any(words.event_classes(n, "money") for n in nouns)
            or any(w in nouns or singular(w) in nouns for w in a.content))


def only_amount(qs: Sequence[Quantity], before: List[int], b: Quantity) -> Optional[Tuple[int, Relation]]:
    """The one amount (index into ``qs``; ``before`` the earlier figures
    of ``b``'s article) definite amount ``b`` names though its words differ
    (see the module documentation), with the relation, or None."""
    if b.kind != "money" or not b.noun or b.roles & given.APART_ROLES:
        return None
    found = [i for i in before if qs[i].kind == "money" and qs[i].currency == b.currency
             and qs[i].sentence != b.sentence and _near(qs[i], b) and not given.apart(qs[i], b)
             and not qs[i].roles & given.APART_ROLES and not _given_beside(qs, qs[i], b)]
    if len(found) != 1 or qs[found[0]].definite or not _can_name(qs[found[0]], b):
        return None
    a = qs[found[0]]
    da, db = transposed.digits(a.text), transposed.digits(b.text)
    typed = ("; their digits are the same in another order, a common typing error"
             if da and db and da != db and sorted(da) == sorted(db) else "")  # "£420,000" ... "The £240,000 work"
    return found[0], Relation(certain=False, why=f'a definite reference; "the {b.text} {b.noun}" names the one '
                                              f'amount near its value the article gave before it ({a.text}){typed}')


GIVEN_TOWARDS = frozenset({"funding", "fundraising", "contribution"})
"""Event classes of money given towards a thing (a grant, a donation,
money raised): often a part of what the thing costs, so a definite amount
named by the thing ("The £5.8 million scheme") does not restate it."""


def _can_name(a: Quantity, b: Quantity) -> bool:
    """True when the noun of definite amount ``b`` can name amount ``a``:
    a general noun, a thing named near ``a``, or a noun of an amount's
    event that is ``a``'s or of its family."""
    nouns = {n for n in {b.noun} | {m[1:] for m in b.marks} if n}
    if any(w in nouns or singular(w) in nouns for w in a.content):
        return not a.events & GIVEN_TOWARDS  # "a £2.4 million grant" ... "The £5.8 million scheme": a part
    if any(given.stem(n) in given.general_nouns() for n in nouns):
        # "The work, costing £38m" ... "the £28m scheme"; not "exported £1.5bn worth of goods" ... "the £5bn deal"
        return not a.events or "cost" in a.events and not a.events & GIVEN_TOWARDS
    own = frozenset().union(*(words.event_classes(n, "money") for n in nouns))
    return bool(own & a.events) or words.one_family(own, a.events, "money")


def restates(a: Quantity, b: Quantity) -> bool:
    """True when definite amount ``b`` restates ``a``, the one earlier
    amount of its noun, however ``a`` was given ("debts of £3.2 million"
    ... "the £2.3 million debt"): near in value and named by no further
    word ("a loan of 325 mln dlrs" ... "the 395 mln dlr bridge loan", "its
    622 mln dlr foreign debt" ... "the 7.8 billion dlr private debt": other
    loans, other debts)."""
    return b.kind == "money" and b.marks <= a.marks and _near(a, b)
