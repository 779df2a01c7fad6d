"""Case folding for fast matching.

An IGNORECASE regex is several times slower than a case-sensitive one.
When a pattern's letters are all lower-case ASCII, matching it
case-sensitively on ``text.lower()`` finds exactly what an IGNORECASE
match on ``text`` finds, at the same offsets, provided lower-casing keeps
every character in place and the text holds neither of the two lower-case
letters that fold to an ASCII letter other than themselves ('ı' to 'i',
'ſ' to 's').  ``tests/test_folding.py`` checks this over all of Unicode.
"""

from __future__ import annotations

import re
from typing import Optional

FOLDS_TO_ASCII = ("\u0131", "\u017f")
"""Lower-case letters that IGNORECASE matches to an ASCII letter other than themselves."""


def folded(text: str) -> Optional[str]:
    """``text.lower()`` when a case-sensitive match of a lower-case ASCII
    pattern on it is equivalent to an IGNORECASE match on ``text`` (same
    length, no 'ı' or 'ſ'); else None (use the IGNORECASE pattern)."""
    low = text.lower()
    if len(low) != len(text) or any(c in low for c in FOLDS_TO_ASCII):
        return None
    return low


_PATTERN_PART = re.compile(r"\\.|\(\?P|[A-Z]+")


def lower_pattern(src: str) -> str:
    """Regex source ``src`` with its literal letters in lower case, for
    matching ``folded`` text case-sensitively: escapes (``\\B``, ``\\d``)
    and ``(?P`` are kept as they are."""
    return _PATTERN_PART.sub(lambda m: m.group() if m.group()[0] in "\\(" else m.group().lower(), src)
