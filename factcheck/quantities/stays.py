"""Times of day that say how long something lasted, not when a figure's
event happened, for the quantity model (``describe``).

"Eight hikers who spent the night lost on the fell were rescued on
Sunday": "the night" is what the hikers spent, not the time of the
rescue, which another report gives as "on Sunday morning".  A time of day
that is the object of "spend" or follows "through", "throughout" or
"all" ("worked through the night", "queued all morning") is a stay; it
gives the figure no time of day, so it cannot clash with another
report's.  A night still spans two days (``scope.night_days`` reads the
sentence for it).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import FrozenSet

from factcheck.extract.lazy import Lazy

_STAY = Lazy(r"\b(?:spen[dt]|spends|spending|through|throughout|all)\s+(?:the\s+|a\s+)?(?:whole\s+|entire\s+)?"
             r"(night|morning|afternoon|evening|day)\b", re.I)
_MOMENT = Lazy(r"\b(night|morning|afternoon|evening|day)\b", re.I)


def moments(sentence: str, times: FrozenSet[str]) -> FrozenSet[str]:
    """``times`` without the times of day that ``sentence`` only names as
    a stay ("spent the night"): a time said once as a stay and once as a
    moment ("spent the night ... was freed on Sunday night") stays."""
    stays = Counter(m.group(1).lower() for m in _STAY.finditer(sentence))
    if not set(stays) & times:
        return times
    said = Counter(m.group(1).lower() for m in _MOMENT.finditer(sentence))
    return times - {w for w, n in stays.items() if said[w] == n}
