"""The one change ratio of what each report says changed (issue 11).

A ratio word ("has doubled", "will halve", "risen fivefold", "cut by a
third") names no noun of its own and seldom an event word two outlets
share, so ``relate`` rarely takes two of them for one quantity, and
``likely`` does not pair ratios by their context.  An editor reads what
changed: the subject of the ratio word's clause.  "The site's waiting list
has doubled in five years" and "the waiting list has trebled since 2021",
"Boat visits to the town have tripled" and "Boat visits have risen
fivefold", "Journey times ... will halve" and "journey times ... will be
cut by a third": one change of one thing, reported twice with two values.

Two ratios of two reports of one event are paired here when

* the words of what changed (the clause before the ratio word, from its
  start or its reporting verb to its first word of place: "saying
  shipments of rival dishwashers into the United States have almost
  doubled" reads "shipments of rival dishwashers") share a content word that is no
  name of the clause, no function word and no word too common in news
  ("number", "times"), and each is the only ratio of its report whose
  subject shares such a word with the other's;
* both are to come or both have happened ("will halve" / "has halved": a
  forecast is not the change that was measured);
* they fit as ratios (``relate._ratios_fit``: not a rise against a fall, a
  ratio read from a share only against a ratio word near in size), are
  within ``likely.FACTOR`` of each other, and no two years "since" which
  differ ("doubled since 2015" / "trebled since 2020": two periods).

``pairs`` yields them as ``likely.pairs`` yields its own.
"""

from __future__ import annotations

import re
from typing import Callable, FrozenSet, List, Optional, Sequence, Tuple

from . import words
from .describe import Quantity

WINDOW = 90
"""Characters before a ratio word read for what changed."""

_BOUNDARY = re.compile(r"[.;:,()\n\u2014\u2013\"]|\b(?:said|says|saying|say|told|tells|that|which|who|while"
                       r"|because|but|after|as|when|with)\b")
_PLACE = re.compile(r"\b(?:in|at|to|from|on|across|into|near|around|for|within|outside|inside)\s")
_WORD = re.compile(r"[a-z][a-z'\u2019-]+")
_FUTURE = re.compile(r"\b(?:(?:will|would|could|may|might)\s+(?:[a-z]+\s+){0,2}|to\s+(?:be\s+)?)$")
_SINCE = re.compile(r"^\W*(?:[a-z]+\s+){0,4}?since\s+(?:[a-z]+\s+){0,2}?((?:1[89]|20)\d\d)\b")
_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "been", "be", "being", "will", "would", "could",
                  "may", "might", "more", "than", "almost", "nearly", "roughly", "about", "around", "over", "now",
                  "already", "also", "still", "just", "set", "expected", "likely", "due", "risen", "rose", "rise",
                  "rising", "grown", "grew", "increased", "jumped", "climbed", "fallen", "fell", "dropped", "declined",
                  "cut", "reduced", "shrunk", "shrank", "gone", "went", "by"})


def subject(text: str, q: Quantity) -> FrozenSet[str]:
    """The content words of what ratio ``q`` says changed: the words of its
    clause before it (``text`` is its article in lower case), without its
    names, function words, auxiliaries and words too common in news."""
    lo = max(0, q.start - WINDOW)
    before = text[lo:q.start]
    cut = 0
    for m in _BOUNDARY.finditer(before):
        cut = m.end()
    found = set()
    clause = before[cut:]
    place = _PLACE.search(clause)  # "Boat visits to the town": what changed is the boat visits
    for w in _WORD.findall(clause[:place.start()] if place else clause):
        w = w.rstrip("'\u2019").replace("'s", "").replace("\u2019s", "")
        if len(w) > 2 and w not in _AUX:
            found.add(w)
    skip = words.function_words() | words.common() | set(q.names)
    return frozenset(found - skip)


def _to_come(text: str, q: Quantity) -> bool:
    """True when the ratio word is said of a change to come ("will halve",
    "is expected to treble", "to jump by half")."""
    return bool(_FUTURE.search(text, max(0, q.start - 40), q.start)) or q.text.lower().startswith(("will ", "to "))


def _since_year(text: str, q: Quantity) -> Optional[str]:
    """The year a ratio's change is counted from ("have trebled since
    2021"), or None."""
    m = _SINCE.search(text[q.end:q.end + 40])
    return m.group(1) if m else None


def pairs(qs: List[Quantity], side_a: List[int], side_b: List[int], texts: Tuple[str, str],
          skip: Callable[[int, int], bool], fits: Callable[[Quantity, Quantity], bool],
          relation: Callable[[Quantity, Quantity], object]) -> List[Tuple[int, int, object]]:
    """The pairs of ratios (indexes into ``qs``) of two reports (``side_a``,
    ``side_b``; ``texts``, their articles in lower case) that are one change
    of one thing with two values (see the module documentation); ``skip``
    is true for pairs already decided, ``fits`` says two ratios may be one
    in value, ``relation`` makes a pair's ``Relation``."""
    subs = {i: subject(texts[0], qs[i]) for i in side_a}
    subs.update({j: subject(texts[1], qs[j]) for j in side_b})
    match = {i: [j for j in side_b if subs[i] & subs[j]] for i in side_a}
    back = {j: [i for i in side_a if subs[i] & subs[j]] for j in side_b}
    out = []
    for i, js in match.items():
        if len(js) != 1 or back[js[0]] != [i]:
            continue  # two ratios of one thing in a report: which is the other's is unknown
        j = js[0]
        a, b = qs[i], qs[j]
        if _to_come(texts[0], a) != _to_come(texts[1], b) or skip(i, j) or not fits(a, b):
            continue
        ya, yb = _since_year(texts[0], a), _since_year(texts[1], b)
        if ya and yb and ya != yb:
            continue
        out.append((i, j, relation(a, b)))
    return out


def shared(texts: Sequence[str], a: Quantity, b: Quantity) -> FrozenSet[str]:
    """The words of what changed that two ratios share (for a finding's
    reason)."""
    return subject(texts[0], a) & subject(texts[1], b)
