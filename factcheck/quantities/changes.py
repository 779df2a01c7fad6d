"""The word that makes a share a change, read a little further out (issue 11).

``extras.change_ratios`` reads a share as the ratio it makes ("rose by
40%" -> 1.4) when a change word stands right before it ("rose by", "cut")
or right after it ("a 25% increase").  Two more ways English says it:

* a noun between the share and the change noun: "a 25% toll increase",
  "a 6% pay rise", "a 10% fare cut" (one or two content words, no
  function word: "30% of the cut" is no change of 30%);
* the change verb before its object, the share after "by": "cut the
  harbour's mackerel quota by 28%", "put up the price of a school lunch by
  4%", "will lift capacity by 50%" (up to ``OBJECT_WORDS`` words between,
  no punctuation, so the verb is the share's own clause's).

``change_word`` gives the change word (lower case) or None.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.lazy import Lazy

OBJECT_WORDS = 8
"""Words a change verb may stand before "by N%" ("cut the harbour's
mackerel quota by 28%": four)."""

_HEDGE = r"(?:about|around|roughly|almost|nearly|more\s+than|over|some|just|up\s+to)?"

_CHANGE_BEFORE = Lazy(r"\b(risen|rose|rise|rises|grown|grew|increased|climbed|jumped|up|raised?|lifted|boosted"
                      r"|fallen|fell|fall|falls|dropped|declined|decreased|down|cut|reduced?|lowered)"
                      r"\s+(?:by\s+)?" + _HEDGE + r"\s*$", re.I)
_CHANGE_AFTER = Lazy(r"\s+(increase|rise|hike|jump|uplift|fall|drop|cut|reduction|decline)\b", re.I)
_CHANGE_AFTER_NOUN = Lazy(r"\s+([a-z]+)\s+(?:([a-z]+)\s+)?(increase|rise|hike|uplift|cut|reduction)\b")
_VERB_OBJECT = Lazy(r"\b(?:put\s+up|push(?:ed)?\s+up|(?:raise|raised|raising|lift|lifted|lifting|increase|increased"
                    r"|increasing|boost|boosted|cut|cutting|reduce|reduced|reducing|lower|lowered|lowering"
                    r"|slash|slashed|trim|trimmed))"
                    r"\s+(?:[\w'\u2019-]+\s+){1,%d}?by\s+%s\s*$" % (OBJECT_WORDS, _HEDGE), re.I)
_FALLS = frozenset({"fallen", "fell", "fall", "falls", "dropped", "declined", "decreased", "down", "cut", "reduce",
                    "reduced", "lowered", "drop", "reduction", "decline", "cutting", "reducing", "lowering", "lower",
                    "slash", "slashed", "trim", "trimmed"})


def change_word(content: str, start: int, end: int) -> Optional[str]:
    """The change word of the share at [start, end) of ``content`` (see the
    module documentation), lower case, or None."""
    m = _CHANGE_BEFORE.search(content, max(0, start - 40), start) or _CHANGE_AFTER.match(content, end)
    if m:
        return m.group(1).lower()
    m = _CHANGE_AFTER_NOUN.match(content, end)
    if m and not {m.group(1), m.group(2)} & _FUNCTION:
        return m.group(3)
    m = _VERB_OBJECT.search(content, max(0, start - 120), start)
    return m.group(0).split()[0].lower() if m else None


def falls(word: str) -> bool:
    """True when a change word says the value went down."""
    return word in _FALLS


_FUNCTION = frozenset({"of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "its", "their", "his", "her",
                       "was", "is", "be", "than", "that", "this", "as", "at", "by", "with", "from"})

