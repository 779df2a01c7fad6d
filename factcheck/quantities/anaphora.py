"""Within-article anaphora: a definite figure ("the 5.3% rise", "The 18
engines", "the £84 million scheme") and the earlier figure of its article it
refers back to (issue 11).  ``links`` yields each such pair with the
relation and whether the two values differ; ``cross.check`` reports those
that do.  A count refers back through its noun or a workforce's, a change
or a request through its noun ("the 17% request"), any definite amount
through the one figure that introduced its noun, and a definite amount
named by a thing through ``definite.sole_antecedent`` (or, when their
words differ, the one amount near its value the article gave before it,
``definite.only_amount``: "paid out £186,000" ... "The £68,000 bill"), a
definite measure or length of time ("the 60-metre slip", "The 21-day
window") through ``given.antecedent``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Dict, Iterator, List, Optional, Tuple

from factcheck.rules.base import COMPARISONS

from . import definite, given, words
from .describe import Quantity
from .relate import Relation, direction, disagree, plural, relate
from .words import event_classes, noun_class


def links(qs: List[Quantity], keys: Dict[int, Optional[tuple]]) -> Iterator[Tuple[int, int, Relation, bool]]:
    """Definite figures ("the 5.3% rise") and the nearest earlier figure of
    their article they refer back to, and whether the values differ."""
    by_article: Dict[int, List[int]] = defaultdict(list)
    for i, q in enumerate(qs):
        by_article[q.article].append(i)
    for members in by_article.values():
        for x, j in enumerate(members):
            b = qs[j]
            if given.refers(b):  # "the 60-metre slip", "The 21-day window": the one such figure given before
                sole = given.antecedent(qs, members[:x], b)
                if sole is not None:
                    yield sole[0], j, sole[1], disagree(qs[sole[0]], b)
                    continue
            if not b.definite or b.kind not in ("percent", "money", "count"):
                continue
            earlier = [i for i in reversed(members[:x]) if qs[i].sentence != b.sentence
                       and qs[i].kind == b.kind and not qs[i].definite]
            # "a £19 million contingency fund" ... "the £9 million contingency": its noun or a word narrowing it
            same = [i for i in earlier if b.noun and (qs[i].noun == b.noun or b.kind != "count" and (
                "+" + b.noun in qs[i].marks or "+" + (qs[i].noun or "") in b.marks))]  # or "The £25,000 grant covers"
            if b.kind == "count" and not same and b.noun in WORKFORCE:
                # "employs 340 staff" ... "The 430 workers": one workforce, two words
                same = [i for i in earlier if _workforce(qs[i])]
            if b.kind == "count":
                found = _count_antecedent(qs, same, b)
                if found is not None:
                    yield (same[0], j) + found
                    continue
                if same or not _change_noun(b.noun) or min(_ends(b)) < SMALL_COUNT:
                    continue
                # "will shut 37 supermarkets" ... "The 27 closures": a count
                # named by its happening refers back as a change does
            found_change = _change_antecedent(qs, earlier, same, b) or (
                None if same else definite.sole_antecedent(qs, earlier, b, _refers)
                or definite.only_amount(qs, members[:x], b))  # "paid out £186,000" ... "The £68,000 bill"
            if found_change is not None:
                i, rel = found_change
                yield i, j, rel, disagree(qs[i], b)


def _count_antecedent(qs: List[Quantity], same: List[int], b: Quantity) -> Optional[Tuple[Relation, bool]]:
    """(relation, values differ) of definite count ``b`` and the one earlier
    count of its noun ("Fifteen fire engines were sent" ... "The 18 engines
    drew water"), of ten or more, not narrowed further ("its 301 MPs" ...
    "the 14 Liberal MPs"); None when there is no such count."""
    a = qs[same[0]] if len(same) == 1 else None
    if (a is None or min(_ends(b) + _ends(a)) < SMALL_COUNT
            or (words.hyphen_attribute(b.text) or words.count_attribute(a.text, a.noun)) and not _one_measured(a, b)
            or not _marks_given(a, b) or _NAMED_PART.search(b.text)):
        return None
    rel = _refers(a, b)
    if rel is None:
        return None
    COMPARISONS.add()
    return rel, disagree(a, b)


def _change_antecedent(qs: List[Quantity], earlier: List[int], same: List[int],
                       b: Quantity) -> Optional[Tuple[int, Relation]]:
    """The earlier figure a definite change, request or cost refers back
    to, and how: the one that introduced its noun ("a $1.6 million saving"
    ... "the $2.1 million saving", before any nearer amount), else the
    nearest that relates; whatever its noun, a definite figure names the
    one earlier figure that introduced that noun ("a £48 million scheme"
    ... "The £84 million scheme") when no other earlier figure has it."""
    introduced = [i for i in same if qs[i].indefinite]
    restated = len(same) == 1 and (bool(introduced) or definite.restates(qs[same[0]], b))
    if not (_change_noun(b.noun) or any(_change_noun(m[1:]) for m in b.marks) or restated):
        return None
    for i in introduced[:1] or earlier:
        COMPARISONS.add()
        rel = _refers(qs[i], b)
        if rel is not None:
            return i, rel
    return None


def _marks_given(a: Quantity, b: Quantity) -> bool:
    """True when each word that narrows definite count ``b`` is ``a``'s
    too or names what happened to ``a`` ("About 140 cars were destroyed"
    ... "The 160 destroyed cars"); another word names a part ("the 14
    injured passengers")."""
    return all(words.event_classes(m[1:], "count") & a.events for m in b.marks - a.marks)


WORKFORCE = frozenset({"staff", "worker", "employee", "workforce", "personnel"})
"""Nouns that name a whole workforce, not a trade ("drivers", "nurses"): a
definite count in one of them restates the one earlier count in any."""


def _workforce(q: Quantity) -> bool:
    """True when count ``q`` is a workforce: in one of its nouns, or people
    someone employs ("The estate employs 14 people")."""
    return q.noun in WORKFORCE or q.noun in ("person", "people") and "employment" in q.events


SMALL_COUNT = 10
"""A definite count below this ("the two men") names a part too often to
be taken for the count given before."""


def _one_measured(a: Quantity, b: Quantity) -> bool:
    """True when two measures measure one named thing ("a 12-mile diversion" ... "The 21-mile diversion")."""
    return a.measured is not None and a.measured == b.measured


_NAMED_PART = re.compile(r"\d\s+[A-Z][A-Za-z]*\s+[A-Za-z]")
"""A name between a definite count and its noun ("the 14 Liberal MPs")
narrows it to a part."""


def _ends(q: Quantity) -> List[float]:
    return [x for x in (q.low, q.high) if x is not None] or [0.0]


def _change_noun(noun: Optional[str]) -> bool:
    """True for the nouns a definite figure refers back through: a change
    or a request ("the 5.3% rise", "the 17% request"), not a count of
    things ("the two banks" names a subset)."""
    if not noun:
        return False
    return noun_class(noun) in ("increase", "cut") or bool(event_classes(noun) & CHANGE_EVENTS)


CHANGE_EVENTS = frozenset({"increase", "request", "saving", "growth", "closure", "purchase", "cost"})
"""Event classes whose nouns a definite figure refers back through ("the 17%
request", "the $2.1 million saving", "the £210,000 bill"); a wage, a contract or a settlement is
named again for another value as often as for the same ("from $12 to $15
... the wage")."""


def _refers(a: Quantity, b: Quantity) -> Optional[Relation]:
    """How definite ``b`` refers back to ``a``: the same noun ("a 3.5% rise"
    ... "the 5.3% rise"), or a related quantity (``relate``)."""
    named = a.noun and (a.noun == b.noun or a.kind != "count" and "+" + (b.noun or "") in a.marks)
    if ("available" in a.roles) != ("available" in b.roles):
        return None  # "hauled in 81 delegates" ... "the 1,237 delegates he needs to win": what is needed
    if named and a.currency == b.currency and not (a.times and b.times and a.times != b.times):
        given = a.noun if a.noun == b.noun else f"{b.noun} {a.noun}"
        return Relation(certain=True, why=f'"the {b.noun}" refers back to the {given} given earlier')
    if a.kind == "count" and _workforce(a) and b.noun in WORKFORCE and not (a.times and b.times and a.times != b.times):
        return Relation(certain=False, why=f'"the {plural(b.noun)}" refer back to the {plural(a.noun)} given earlier')
    # the "the" phrase takes its antecedent's mood, and its role where one
    # of them names none ("asked the board for a 7% increase" ... "the 17% request")
    roles = a.roles if not (a.roles and b.roles) else b.roles
    rel = relate(a, replace(b, modal=a.modal, roles=roles), same_article=True)
    if rel is None and _same_change(a, b) and not (a.times and b.times and a.times != b.times):
        # "the index rose 2.1% in December" ... "the 0.9% increase in the index for November": two months
        return Relation(certain=False, why=f'a definite reference; "the {b.noun}" of {_shared(a, b)} given earlier')
    if rel is None:
        return None
    return Relation(certain=False, why=f"a definite reference; {rel.why}")


def _same_change(a: Quantity, b: Quantity) -> bool:
    """True when definite share ``b`` names a change ("The 21% rise in
    sales") in the direction of earlier share ``a`` ("Its sales rose 12%
    last year") and a content word near both names what changed."""
    return (a.kind == b.kind == "percent" and a.roles == b.roles and direction(a) is not None
            and direction(a) == direction(b) and bool(a.content & b.content))


def _shared(a: Quantity, b: Quantity) -> str:
    return " / ".join(sorted(a.content & b.content))
