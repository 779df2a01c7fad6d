"""When a count is an extra quantity, added to one that exists (issue 11).

The role "extra" keeps new ones apart from the whole they join: "hired 40
new drivers" is not "the depot's 250 drivers", "40 new jobs on top of its
300-strong workforce" is not the workforce.  Words that say so by
themselves ("more", "additional", "another", "further", "extra", "adding",
a verb that adds: "hired", "will create") mark a count extra wherever they
stand.  "new" alone says only that the things are new, not that anything
existed before them: "plans for 170 new houses", "The 21 new councillors
will meet on Monday", "The 900 new members get a free bag" count all of
what they name; another outlet may say "new" of the same count or not.
Such a count has the role "new" (``NEW``), which another figure's roles
meet whether they hold "extra" or not, in one mood (``roles_differ``).  "new" marks an
extra quantity only when the figure's sentence says that something is added
to an existing one (``_ADDING``: "take on 40 new staff", "40 new jobs on top
of", "9 new cases, bringing the total to 50").  The conflicting-figure
rule's literal key, which joins two figures of one noun and verb, reads
"new" as "extra", as before (``strict``).
"""

from __future__ import annotations

import re
from typing import FrozenSet, Sequence

from factcheck.extract.lazy import Lazy

from . import words

NEW = "new"
"""The word, and the role of a count that only it marks as new ones."""

_ADDING = Lazy(r"\b(?:add|adds|added|adding|hire[sd]?|hiring|recruit(?:s|ed|ing)?|creat(?:e|es|ed|ing)"
               r"|(?:take|takes|taking|took|taken)\s+on|on\s+top\s+of|in\s+addition\s+to|as\s+well\s+as"
               r"|total|so\s+far|to\s+date|existing|current|currently|already|join(?:s|ed|ing)?"
               r"|expand(?:s|ed|ing)?|expansion|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)"
               r"|(?:bring|brings|bringing|brought)\s+(?:the|its|their)\b)", re.I)
"""Words of a sentence that add to what exists: a verb of adding or
taking on, a running total, the existing whole."""

_WORD = Lazy(r"[A-Za-z]+")
REACH = 3
"""Words on each side of a figure read for the word that makes it extra
(``describe.ROLE_WINDOW``)."""


def _near(sentence: str, start: int, end: int) -> Sequence[str]:
    """The words of the figure and ``REACH`` words on each side, in lower case."""
    before = _WORD.findall(sentence, 0, start)[-REACH:]
    after = _WORD.findall(sentence, end)[:REACH]
    return [w.lower() for w in before + _WORD.findall(sentence, start, end) + after]


def only_new(sentence: str, start: int, end: int, frames: FrozenSet[str]) -> bool:
    """True when "new" is the only word near the figure at [start, end) of
    ``sentence`` that marks it extra (``frames``: figure extraction's change
    frames, which hold "new", "more", "hire", ...)."""
    roles = words.roles()
    others = {w for w in _near(sentence, start, end) if roles.get(w) == "extra" or w in ADDED} | set(frames) & ADDED
    return NEW in others | set(frames) and not others - {NEW}


ADDED = frozenset({NEW, "more", "additional", "extra", "another", "further", "create", "hire"})
"""Change frames of figure extraction that make a count new ones (role "extra")."""


def new_role(sentence: str, start: int, end: int, frames: FrozenSet[str], roles: FrozenSet[str]) -> FrozenSet[str]:
    """``roles`` of the count at [start, end) of ``sentence``, with "extra"
    read as "new" when only "new" marks it and its sentence adds it to
    nothing (``_ADDING``)."""
    if "extra" not in roles or not only_new(sentence, start, end, frames) or _ADDING.search(sentence):
        return roles
    return roles - {"extra"} | {NEW}


def roles_differ(a, b) -> bool:
    """True when the roles of two quantities make them two: any role that
    differs, except "new" against "extra" or against no such role when both
    are told in one mood ("The 21 new councillors" / "took 23 seats"; "45
    new jobs" / "will create 45 jobs").  New things to come against things
    that are or were ("60 new trees will be planted" / "cut down 26 trees")
    are what is added or what replaces them."""
    ra, rb = a.roles, b.roles
    if NEW in ra or NEW in rb:
        plain = not {NEW, "extra"} & ra or not {NEW, "extra"} & rb  # one side says nothing of new ones
        return ra - {NEW, "extra"} != rb - {NEW, "extra"} or plain and a.modal != b.modal
    return ra != rb


def strict(roles: FrozenSet[str]) -> FrozenSet[str]:
    """``roles`` with "new" read as "extra" (the literal key's reading)."""
    return roles - {NEW} | {"extra"} if NEW in roles else roles
