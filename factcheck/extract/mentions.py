"""People named in an article: mentions with offsets, the names the
anonymous-source rule checks characterisations against, and the entities
story grouping uses."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Sequence, Tuple

from factcheck.model import Attribution, Quote

from . import sources
from .sources import bare

@lru_cache(maxsize=2)
def _not_names(pronouns: bool = True) -> FrozenSet[str]:
    """Words (``bare`` form) that open a capitalised run without being part
    of a name: titles, common capitalised words, dates, and with
    ``pronouns`` also pronouns and determiners."""
    out = sources.words()["titles"] | sources.COMMON_CAPS | sources.DATE_WORDS
    return out | frozenset(sources.PRONOUNS) | sources.DETERMINERS if pronouns else out


_PERSON_RUN = re.compile(r"\b[A-Z][a-z\u00e0-\u024f'\u2019-]+(?:\s+(?:(?:de|van|von|del|al)\s+)?[A-Z][a-z\u00e0-\u024f'\u2019-]+){1,3}")


def person_mentions(text: str, start: int) -> List[Tuple[int, str]]:
    """``(offset, full name)`` of each person named in ``text[start:]``, a
    surname on its own resolved to the full name used before it."""
    skip = _not_names()
    out: List[Tuple[int, str]] = []
    full_by_surname: Dict[str, str] = {}
    for m in _NAME_MENTION.finditer(text, start):
        parts = m.group().split()
        off = m.start()
        while parts and bare(parts[0]) in skip:
            off += len(parts[0]) + 1
            parts = parts[1:]
        parts = [p[:-2] if p.endswith(("'s", "\u2019s")) else p for p in parts]
        if len(parts) >= 2 and sources.name_class(" ".join(parts))[0] == "person":
            full = " ".join(parts)
            full_by_surname.setdefault(parts[-1], full)
            out.append((off, full))
        elif len(parts) == 1 and parts[0] in full_by_surname:
            out.append((off, full_by_surname[parts[0]]))
    return out


_NAME_MENTION = re.compile(r"\b[A-Z][a-z\u00e0-\u024f'\u2019-]+(?:\s+(?:(?:de|van|von|del|al)\s+)?"
                           r"[A-Z][a-z\u00e0-\u024f'\u2019-]+){0,3}")


def person_names(text: str, start: int, attrs: Sequence[Attribution], quotes: Sequence[Quote]) -> List[str]:
    """Full names of people in ``text[start:]`` and their surnames, from
    person attributions, quote speakers and a scan of capitalised runs."""
    full: List[str] = []
    for a in attrs:
        if a.source_class == "person" and " " in a.source and a.source[:1].isupper():
            full.append(a.source)
    for q in quotes:
        if q.speaker and q.speaker_class == "person" and " " in q.speaker:
            full.append(q.speaker)
    skip = _not_names(pronouns=False)
    for m in _PERSON_RUN.finditer(text, start):
        parts = [p for p in m.group().split()]
        while parts and bare(parts[0]) in skip:
            parts = parts[1:]
        if len(parts) >= 2 and sources.name_class(" ".join(parts))[0] == "person":
            full.append(" ".join(p[:-2] if p.endswith(("'s", "\u2019s")) else p for p in parts))
    seen: Dict[str, None] = {}
    for f in full:
        seen.setdefault(f, None)
        seen.setdefault(f.split()[-1], None)
    return list(seen)


def all_caps_name(name: str) -> bool:
    parts = name.split()
    return bool(parts) and all(p[:1].isupper() or p.lower() in ("de", "del", "van", "von", "al", "of", "and", "the")
                               for p in parts) and parts[0][:1].isupper()


def entities(attrs: Sequence[Attribution], quotes: Sequence[Quote], names: Sequence[str]) -> Tuple[str, ...]:
    fulls = [n for n in names if " " in n]
    found = set()
    for a in attrs:
        if a.source_class in ("person", "organisation") and all_caps_name(a.source):
            name = " ".join(a.source.split())
            if a.source_class == "person":
                name = next((f for f in fulls if f.endswith(" " + name)), name)
            found.add(name)
    for q in quotes:
        if q.speaker and q.speaker_class in ("person", "organisation") and q.speaker[:1].isupper():
            found.add(" ".join(q.speaker.split()))
    return tuple(sorted(found))
