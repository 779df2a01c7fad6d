"""A counted noun in its other sense, for the quantity model (``describe``).

Some nouns the quantity lists give as people count things too: "a backlog
of 3,600 jobs" after a winter of damp complaints counts repairs, not
posts; "about 1,600 posts now planted between the two towns" counts
poles, not workers.  ``factcheck/data/quantity_senses.txt`` gives such a
noun, the noun of its other sense and the words that show it; when one of
those words stands within ``REACH`` words of the figure, the figure counts
the other sense's noun ("repair", "mast"), so it is compared with the
repairs or masts of another report, never with a count of workers.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, Optional, Tuple

from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import read_list

REACH = 4
"""Words on each side of a figure that can give its noun's other sense."""

_WORD = Lazy(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _senses() -> Dict[str, Tuple[str, FrozenSet[str]]]:
    out = {}
    for line in read_list("quantity_senses"):
        head, _, cues = line.partition(":")
        noun, _, sense = head.partition("->")
        out[noun.strip()] = (sense.strip(), frozenset(cues.split()))
    return out


def in_sense(noun: Optional[str], sentence: str, start: int, end: int) -> Optional[str]:
    """The noun a count of ``noun`` at [start, end) of ``sentence`` counts:
    the other sense's noun when a cue word stands near, else ``noun``."""
    found = _senses().get(noun or "")
    if found is None:
        return noun
    before = [m.group().lower() for m in _WORD.finditer(sentence, 0, start)][-REACH:]
    after = [m.group().lower() for m in _WORD.finditer(sentence, end)][:REACH]
    return found[0] if found[1].intersection(before + after) else noun
