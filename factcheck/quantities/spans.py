"""What a span of time is the length of (``span_events``), for the quantity
model (``describe``, ``extras``): the noun a hyphenated span qualifies, or
the subject of "lasted", "took", "ran".
"""

from __future__ import annotations

import re
from typing import FrozenSet, List, Tuple

from factcheck.extract.lazy import Lazy

from . import words
from .verbs import base

_SPAN_AFTER = Lazy(r"\s+([a-z]+)(?:\s+of\s+(?:the\s+)?([a-z]+))?")
_SPAN_VERB = Lazy(r"\b([a-z]+)(?:\s+([a-z]+))?(?:\s*,\s*which)?\s+(?:has\s+|had\s+|was\s+|will\s+|would\s+"
                        r"|(?:is|are|was|were)\s+(?:expected|due|likely|set)\s+to\s+)?(?:lasted|lasts|lasting|last|took|takes"
                        r"|take|ran|runs|running|run|went\s+on|continued)\s+(?:for\s+)?(?:about\s+|nearly\s+|almost\s+"
                        r"|more\s+than\s+|over\s+|some\s+|just\s+)?$", re.I)


_SPAN_FOR = Lazy(r"\b([a-z]+ed|[a-z]+t)\s+for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+"
                       r"|some\s+|just\s+)?$", re.I)


def span_events(sentence: str, start: int, end: int, text: str) -> Tuple[FrozenSet[str], FrozenSet[str]]:
    """What a duration is the length of, as (classes, words): the noun a
    hyphenated span qualifies ("a two-day flushing of the mains", "the
    48-hour stoppage") or the subject of "lasted", "took", "ran" ("the
    stoppage lasted three days", "flushing the mains took four days").  A
    noun of an event class gives that class; any other noun stands for
    itself ("span:flushing"), so two outlets naming the same thing match
    whatever verb they use."""
    found: List[str] = []
    if "-" in text:
        m = _SPAN_AFTER.match(sentence, end)
        if m:
            found += [w for w in m.groups() if w]
    m = _SPAN_FOR.search(sentence, max(0, start - 40), start)
    if m:
        found.append(m.group(1))  # "burned for nine days", "closed for six weeks"
    m = _SPAN_VERB.search(sentence, max(0, start - 60), start)
    if m:
        clause = sentence[max(0, m.start() - 30):m.start()].split()[-3:]
        found += [g for g in m.groups() if g] + [w.strip(",;") for w in clause if w.strip(",;").isalpha()]
    classes, named = set(), set()
    for w in found:
        if not w.islower():
            if not sentence.lstrip().startswith(w + " "):
                continue  # a name ("the Orme Quay outage"), not what lasted
            w = w.lower()
        if w in words.function_words() or w in words.common() or len(w) < 4:
            continue
        named.add(w)
        classes.update(words.event_classes(w, "duration") or {"span:" + base(w)})
    return frozenset(classes), frozenset(named)
