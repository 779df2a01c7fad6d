"""Speed layer for conflicting-figure: which figures conflict, without
comparing every pair.

The rule's definition is pairwise (``conflicting_figure.compatible``,
``disagree``, ``_explained``): two figures conflict when they describe the
same quantity and their values cannot both be true, and a finding is made
per connected group of conflicting figures.  Comparing every pair costs the
square of the figures in a story (or in one long article).  The rule instead
sorts figures into classes whose members are all alike for ``compatible``
and joins the members of two compatible classes here, in one pass over
their intervals, to the same groups the pairwise comparison would build.

``Links`` is a union-find over member indices that remembers which members
got an edge.  ``join_below`` links every member of one list with every
member of another whose interval lies wholly below its own, ``join_unequal``
every two members whose values differ (vote tallies); both link exactly the
pairs ``disagree`` would, in O(n log n).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Dict, Hashable, Iterable, Iterator, List, Sequence, Tuple


class Links:
    """Union-find over ``n`` member indices; ``touched`` are the members
    joined with another (the endpoints of an edge)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.touched: set = set()

    def reset(self) -> None:
        """Forget every edge."""
        self.parent = list(range(len(self.parent)))
        self.touched = set()

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.touched.add(i)
        self.touched.add(j)
        self.parent[self.root(j)] = self.root(i)

    def groups(self) -> List[List[int]]:
        """The members with an edge, grouped, each group and the list sorted."""
        out: Dict[int, List[int]] = {}
        for i in sorted(self.touched):
            out.setdefault(self.root(i), []).append(i)
        return sorted(out.values())


def join_below(xs: Sequence[int], ys: Sequence[int], lo: Callable[[int], object],
               hi: Callable[[int], object], links: Links) -> None:
    """Join each x with every y whose interval ends below x's start
    (``hi(y) < lo(x)``).  Those ys are a prefix of ``ys`` sorted by end, and
    all of them are joined through x, so each prefix is merged only once."""
    by_end = sorted(ys, key=hi)
    ends = [hi(y) for y in by_end]
    merged = 0
    for x in xs:
        k = bisect_left(ends, lo(x))
        if k:
            links.join(by_end[0], x)
            while merged < k:
                links.join(by_end[0], by_end[merged])
                merged += 1


def join_disjoint(xs: Sequence[int], ys: Sequence[int], same: bool, lo: Callable[[int], object],
                  hi: Callable[[int], object], links: Links) -> None:
    """Join every x with every y whose intervals do not overlap (each
    interval has lo <= hi); ``same`` when xs and ys are one list."""
    join_below(xs, ys, lo, hi, links)
    if not same:
        join_below(ys, xs, lo, hi, links)


def join_unequal(xs: Sequence[int], ys: Sequence[int], value: Callable[[int], Hashable],
                 links: Links) -> None:
    """Join every x with every y of a different ``value`` (xs and ys may be
    the same list)."""
    by_value: Dict[Hashable, List[int]] = {}
    for x in xs:
        by_value.setdefault(value(x), []).append(x)
    for v, bucket in by_value.items():
        others = [y for y in ys if value(y) != v]
        if others:
            for m in bucket[1:] + others:
                links.join(bucket[0], m)


def classes(indices: Iterable[int], key: Callable[[int], Hashable]) -> List[List[int]]:
    """``indices`` grouped by ``key``, in order of first appearance."""
    out: Dict[Hashable, List[int]] = {}
    for i in indices:
        out.setdefault(key(i), []).append(i)
    return list(out.values())


def class_pairs(classes: List[List[int]]) -> Iterator[Tuple[List[int], List[int], bool]]:
    """Every class with itself and with every later class."""
    for k, x in enumerate(classes):
        for y in classes[k:]:
            yield x, y, y is x


def pair_count(xs: List[int], ys: List[int], same: bool, apart: Callable[[int], int]) -> int:
    """The number of pairs of ``xs`` and ``ys`` (``same``: of ``xs``) whose
    ``apart`` keys differ."""
    cx: Dict[int, int] = {}
    for i in xs:
        cx[apart(i)] = cx.get(apart(i), 0) + 1
    if same:
        return (len(xs) * (len(xs) - 1) - sum(c * (c - 1) for c in cx.values())) // 2
    cy: Dict[int, int] = {}
    for j in ys:
        cy[apart(j)] = cy.get(apart(j), 0) + 1
    return len(xs) * len(ys) - sum(c * cy.get(k, 0) for k, c in cx.items())
