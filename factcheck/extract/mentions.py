"""Names in an article: the names the anonymous-source rule checks
characterisations against (``person_names``), the entities attributions and
quotes name, and the candidate names story grouping compares
(``entity_mentions``).  People's names come from the one scan of
capitalised runs in ``names`` (``name_runs``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from factcheck.model import Attribution, Quote

from .lexicon import word_set
from .names import scanned_names
from .wordsets import COMMON_WORDS, TITLES


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
    full.extend(scanned_names(text, start))
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


# ---------------------------------------------------------------------------
# Candidate names for story grouping


# A run of capitalised words on one line, with the particles names carry
# ("Bank of England", "Ludwig van Beethoven").  "and" is left out so that
# "Blair and Brown" stays two names.
_UPPER = "A-ZÀ-ÖØ-ÞŁŚŠŽČĆŘ"  # capitals of English and the names it borrows
_CAP = r"[" + _UPPER + r"](?:\.(?:[A-Z]\.){0,3}|[\w’'&-]*)"
RUN_PARTICLES = word_set("run_particles")
_RUN = _CAP + r"(?:[ \t]+(?:(?:" + "|".join(sorted(RUN_PARTICLES, key=lambda p: (-len(p), p))) + r")[ \t]+)?" + _CAP + r")*"
_NAME = re.compile(_RUN)
_INSIDE_WORD = frozenset("’'.")
_SENTENCE_END = frozenset(".!?:;\"“”‘’'()[]—–-\n")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
# A sentence's first word that is plainly not a name: "State-owned",
# "Cross-party" (but "Coca-Cola" and "Rolls-Royce" are names).
_ADJECTIVE = re.compile(r"^[A-Z][a-z]+-[a-z]")
_POSSESSIVE = re.compile(r"[’']s$")


def name_key(token: str) -> str:
    """The key a name is compared by: no periods, straight apostrophes, lower case."""
    return token.replace(".", "").replace("’", "'").lower()


@lru_cache(maxsize=1 << 16)
def _split_run(run: str, initial: bool) -> Tuple[Tuple[str, str], ...]:
    """The names in one run of capitalised words: ``(key, surface)`` pairs.

    The run is split at job titles ("Secretary", "Mr") and capitalised
    common words ("The", "Monday"); lower-case particles stay inside a
    name.  A lone word that opens a sentence (``initial``) is no name.
    """
    out: List[Tuple[str, str]] = []
    piece: List[str] = []
    first = True
    for tok in run.split():
        if tok.islower():
            if piece:
                piece.append(tok)
            continue
        # The same as ``tok if _INITIALS.match(tok) else _POSSESSIVE.sub("",
        # tok).strip(...)`` without a regex call for most words: initials
        # need a period, and the possessive can only be the word's end.
        if "." in tok and _INITIALS.match(tok):
            word = tok
        else:
            word = (tok[:-2] if tok.endswith(("’s", "'s")) else tok).strip(".-&'’")
        low = name_key(word)
        opener = initial and first and not piece
        if not low or low in TITLES or low in COMMON_WORDS or (opener and _ADJECTIVE.match(tok)):
            _emit(piece, initial and first, out)
            piece, first = [], False
            continue
        piece.append(word)
    _emit(piece, initial and first, out)
    return tuple(out)


def _emit(piece: List[str], initial: bool, out: List[Tuple[str, str]]) -> None:
    while piece and piece[-1].islower():  # a trailing particle ("Bank of")
        piece = piece[:-1]
    if not piece or (len(piece) == 1 and (initial or len(piece[0]) < 2)):
        return
    surface = " ".join(piece)
    out.append((name_key(surface), surface))


def entity_mentions(text: str, start: int = 0, end: Optional[int] = None) -> List[Tuple[str, str, int]]:
    """Candidate names of people and organisations in ``text[start:end]``.

    Returns ``(key, surface, offset)`` per mention, in text order: runs of
    capitalised words split at job titles, with possessives and dots dropped
    from the key ("U.S." -> "us").  A single capitalised word that opens a
    sentence is not taken for a name, nor is a common word.
    """
    stop = len(text) if end is None else end
    out: List[Tuple[str, str, int]] = []
    append, split_run = out.append, _split_run  # hot loop: one pass per article
    for m in _NAME.finditer(text, start, stop):
        pos = m.start()
        # The character before the run says whether it opens a sentence
        # (then a capital means nothing) or sits inside a word ("eBay").
        prev = text[pos - 1] if pos else "\n"
        if prev == " " or prev == "\t":
            prev = text[pos - 2] if pos > 1 else "\n"
            if prev == " " or prev in "\"“‘'(":
                prev = text[pos - 3] if pos > 2 else "\n"
        elif prev.isalnum() or prev in _INSIDE_WORD:
            continue
        run = m.group()
        initial = prev in _SENTENCE_END
        if initial and " " not in run and "\t" not in run:
            continue  # "The", "But", "Magnus said.": one word opening a sentence
        for key, surface in split_run(run, initial):
            append((key, surface, pos))
    return out
