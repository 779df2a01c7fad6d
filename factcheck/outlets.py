"""The outlet of a plain-text article, read from a dateline or byline in its
first lines ("TUCSON, Ariz. (KOLD News 13) -", "By Jane Doe, The Ledger").

Front matter and HTML metadata say it better and win; this is for the
pasted wire copy and exported drafts that carry the outlet only in the
text.  The patterns live in ``factcheck/data/outlet_datelines.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Tuple

from factcheck.extract.lexicon import read_list

FIRST_LINES = 4  # non-empty lines looked at
_NOT_OUTLETS = frozenset({"ap photo", "file", "file photo", "photo", "video", "updated", "corrected", "update"})


@lru_cache(maxsize=1)
def _patterns() -> Tuple["re.Pattern[str]", ...]:
    return tuple(re.compile(p) for p in read_list("outlet_datelines"))


def from_text(text: str) -> Optional[str]:
    """The outlet named by a dateline or byline in the first lines of
    ``text``, or None."""
    seen = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for pattern in _patterns():
            m = pattern.match(line)
            if m:
                outlet = " ".join(m.group(1).split()).strip(" ,.")
                if outlet and outlet.lower() not in _NOT_OUTLETS and not outlet.isdigit():
                    return outlet
        seen += 1
        if seen >= FIRST_LINES:
            return None
    return None
