"""Names in an article: people's mentions with offsets, the names the
anonymous-source rule checks characterisations against, the entities
attributions and quotes name, and the candidate names story grouping
compares (``entity_mentions``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from factcheck.model import Attribution, Quote

from . import sources, wordsets
from .lexicon import word_set
from .tokens import bare
from .wordsets import COMMON_WORDS, TITLES

@lru_cache(maxsize=2)
def _not_names(pronouns: bool = True) -> FrozenSet[str]:
    """Words (``bare`` form) that open a capitalised run without being part
    of a name: titles, common capitalised words, dates, and with
    ``pronouns`` also pronouns and determiners."""
    out = wordsets.words()["titles"] | wordsets.COMMON_CAPS | wordsets.DATE_WORDS
    return out | frozenset(wordsets.PRONOUNS) | wordsets.DETERMINERS if pronouns else out


_PERSON_RUN = re.compile(r"\b[A-Z][a-z\u00e0-\u024f'\u2019-]+(?:\s+(?:(?:de|van|von|del|al)\s+)?[A-Z][a-z\u00e0-\u024f'\u2019-]+){1,3}")


def person_mentions(text: str, start: int) -> List[Tuple[int, str]]:
    """``(offset, full name)`` of each person named in ``text[start:]``, a
    surname on its own resolved to the full name used before it."""
    out: List[Tuple[int, str]] = []
    full_by_surname: Dict[str, str] = {}
    for off, run in _runs(text, start):
        found = _mention(run)
        if found is None:
            continue
        delta, full, surname = found
        if surname is not None:  # a full name
            full_by_surname.setdefault(surname, full)
            out.append((off + delta, full))
        elif full in full_by_surname:  # one word: a surname seen before in full
            out.append((off + delta, full_by_surname[full]))
    return out


@lru_cache(maxsize=4)
def _runs(text: str, start: int) -> Tuple[Tuple[int, str], ...]:
    """``(offset, run)`` of each capitalised run (one to four words) in
    ``text[start:]``.  Scanned once per article: ``person_mentions`` and
    both ``person_names`` calls (attribution, the anonymous-source rule)
    share it.  The runs of two or more words are exactly what
    ``_PERSON_RUN`` finds: both patterns are the same but for the minimum
    count of words, a one-word run cannot hold the start of a longer one
    (no capital inside it), so both scans resume at the same place."""
    return tuple([(m.start(), m.group()) for m in _NAME_MENTION.finditer(text, start)])


@lru_cache(maxsize=1 << 16)
def _mention(run: str) -> Optional[Tuple[int, str, Optional[str]]]:
    """What one capitalised run contributes to ``person_mentions``:
    ``(offset shift, full name, surname)`` for a person's full name,
    ``(offset shift, word, None)`` for a single word that may be a surname
    named before, or None.  Pure, hence cached by run."""
    skip = _not_names()
    parts = run.split()
    off = 0
    while parts and bare(parts[0]) in skip:
        off += len(parts[0]) + 1
        parts = parts[1:]
    parts = [p[:-2] if p.endswith(("'s", "\u2019s")) else p for p in parts]
    if len(parts) >= 2 and sources.name_class(" ".join(parts))[0] == "person":
        return off, " ".join(parts), parts[-1]
    if len(parts) == 1:
        return off, parts[0], None
    return None


# ``[A-Z](?<!\w[A-Z])`` is ``\b[A-Z]`` (no word character before the
# capital) written so that the pattern opens with a character class, which
# lets the regex engine skip to the next capital instead of testing ``\b``
# at every position: half the time of the scan.
_NAME_MENTION = re.compile(r"[A-Z](?<!\w[A-Z])[a-z\u00e0-\u024f'\u2019-]+(?:\s+(?:(?:de|van|von|del|al)\s+)?"
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
    full.extend(_scanned_names(text, start))
    seen: Dict[str, None] = {}
    for f in full:
        seen.setdefault(f, None)
        seen.setdefault(f.split()[-1], None)
    return list(seen)


@lru_cache(maxsize=4)
def _scanned_names(text: str, start: int) -> Tuple[str, ...]:
    """Full names of people among the capitalised runs of two or more words
    in ``text[start:]`` (what ``_PERSON_RUN`` finds; see ``_runs``)."""
    out = []
    for _off, run in _runs(text, start):
        name = _run_name(run)
        if name is not None:
            out.append(name)
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def _run_name(run: str) -> Optional[str]:
    """The person's full name in one capitalised run, or None.  Pure,
    hence cached by run."""
    parts = run.split()
    if len(parts) < 2:  # a one-word run: not a _PERSON_RUN match
        return None
    skip = _not_names(pronouns=False)
    while parts and bare(parts[0]) in skip:
        parts = parts[1:]
    if len(parts) >= 2 and sources.name_class(" ".join(parts))[0] == "person":
        return " ".join(p[:-2] if p.endswith(("'s", "\u2019s")) else p for p in parts)
    return None


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
