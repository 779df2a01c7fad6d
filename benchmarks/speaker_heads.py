"""Strict speaker scoring for benchmarks/polnear.py.

The lenient score in polnear.py credits a prediction whose mention merely
overlaps the gold Source span, or that shares any capitalised word with it,
and leaves out matched quotes that got no speaker.  The strict score asks what
an editor asks: is the quote given to the right person?

- Every direct quote matched at overlap 0.3 whose gold relation has a Source
  is counted; a quote with no predicted speaker counts as wrong.
- Gold sources fall in three kinds: ``named`` (the source holds a person's or
  organisation's name: "Republican nominee Donald Trump"), ``pronoun`` ("he",
  "she", "they") and ``descriptive`` (no name: "the influential US daily",
  "a senior aide").  Named is the headline figure.
- For a named source the *head* is compared: the name that the source phrase
  is about (the last name run of the phrase's first comma-separated part that
  has one, possessives and titles dropped: "Clinton's running mate Tim Kaine"
  -> "Tim Kaine"; "Donald Trump, the Republican nominee" -> "Donald Trump").
  The prediction is right when the surnames match and, where both give a first
  name, the first names match too.
- A pronoun source is right when the predicted speaker mention overlaps the
  gold pronoun (the attribution was found) and the speaker was resolved to a
  name; PolNeAR does not annotate what the pronoun refers to, so the name
  itself is not checked.
- A descriptive source is right when the predicted mention overlaps it.
- Quotes are split into full-sentence and partial: a quote is partial when
  the quoted words start in lower case, or when the words before the opening
  mark in the same sentence are not a speech lead-in ending in ``,`` or ``:``
  and number three or more ("Trump called the deal 'a disaster'").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from factcheck.extract.lexicon import read_list

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")
_OPEN_MARK = re.compile("[\"\u201c\u2018\u00ab]|``|''")
_TITLES = frozenset(read_list("name_titles")) | {"gov", "lt", "col", "gen", "sgt", "the"}
# Capitalised words that describe rather than name ("Republican nominee").
_DESCRIPTORS = {
    "republican", "republicans", "democrat", "democrats", "democratic", "gop", "us", "u.s.", "american",
    "former", "presidential", "nominee", "candidate", "campaign",
}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_FUNCTION_WORDS = {
    "of", "at", "from", "for", "in", "on", "who", "whose", "which", "with", "and", "or", "to", "the", "a", "an",
    "himself", "herself", "themselves", "said", "says", "told", "wrote", "added",
}


def _clean(word: str) -> str:
    return word.lower().rstrip(".,").replace("\u2019s", "").replace("'s", "")


def _runs(part: str) -> List[Tuple[List[str], str]]:
    """Capitalised name runs of a phrase, each with the word that follows it."""
    runs: List[Tuple[List[str], str]] = []
    current: List[str] = []
    for m in _WORD.finditer(part):
        word = m.group()
        key = _clean(word)
        possessive = word.endswith(("'s", "\u2019s"))
        if word[0].isupper() and key not in _TITLES and key not in _DESCRIPTORS and not possessive:
            if key not in _SUFFIXES:
                current.append(key)
            continue
        if current:
            runs.append((current, key))
        current = []
    if current:
        runs.append((current, ""))
    return runs


def head_name(phrase: str) -> Optional[Tuple[str, ...]]:
    """The name words a source phrase is about, lower case, or None when it names no one.

    In each comma-separated part, a name run followed by a common noun
    ("Hillary Clinton campaign spokesman Glen Caplin") modifies what follows;
    the head is the first run that ends the part or is followed by a function
    word ("Chris Low at FTN Financial").  A part whose runs only modify
    ("Brazile's CNN colleague") yields to the apposition after its comma.
    """
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    fallback: Optional[Tuple[str, ...]] = None
    for part in phrase.split(","):
        runs = _runs(part)
        heads = [run for run, after in runs if after == "" or after in _FUNCTION_WORDS]
        if heads:
            return tuple(heads[0])
        if runs and fallback is None:
            fallback = tuple(runs[-1][0])
    return fallback


def same_person(gold: Tuple[str, ...], predicted: Optional[Tuple[str, ...]]) -> bool:
    """Surnames equal, and first names equal where both give one (one name's
    words within the other's counts as equal: a title stands for the first name)."""
    if not predicted:
        return False
    if gold[-1] != predicted[-1]:
        return False
    if set(gold) <= set(predicted) or set(predicted) <= set(gold):
        return True  # "Mr. Guajardo Villarreal" and "Ildefonso Guajardo Villarreal"
    return gold[0] == predicted[0]


def source_kind(source_text: str) -> str:
    words = [w.lower() for w in _WORD.findall(source_text)]
    if len(words) == 1 and words[0] in PRONOUNS:
        return "pronoun"
    return "named" if head_name(source_text) else "descriptive"


def is_partial(text: str, content: Tuple[int, int]) -> bool:
    """True when the gold content is a quoted fragment inside a sentence."""
    chunk = text[content[0]:content[1]]
    mark = _OPEN_MARK.search(chunk)
    start = content[0] + (mark.end() if mark else 0)
    first = re.search(r"[A-Za-z]", text[start:start + 40])
    if first and first.group().islower():
        return True
    if mark is None:
        return False
    opening = content[0] + mark.start()
    boundary = max(text.rfind(c, 0, opening) for c in ".!?\n")
    before = text[boundary + 1:opening].rstrip()
    if not before or before[-1] in ",:":
        return False
    return len(_WORD.findall(before)) >= 3


@dataclass
class StrictTally:
    """Counts per (source kind, quote kind): [right, all]."""

    cells: Dict[Tuple[str, str], List[int]] = field(default_factory=dict)
    errors: List[str] = field(default_factory=list)
    # (kind, part) -> [wrong speaker, no speaker]: a wrong name misleads an editor, a missing one does not
    misses: Dict[Tuple[str, str], List[int]] = field(default_factory=dict)

    def add(self, kind: str, partial: bool, right: bool, missing: bool = False) -> None:
        for key in ((kind, "partial" if partial else "full"), (kind, "all")):
            cell = self.cells.setdefault(key, [0, 0])
            cell[0] += right
            cell[1] += 1
            if not right:
                self.misses.setdefault(key, [0, 0])[missing] += 1

    def score(self, quote, text: str, gold_content, gold_source, source_text: str, name: str) -> None:
        """Score one matched quote against its gold relation."""
        kind = source_kind(source_text)
        has_mention = quote.speaker_start is not None and quote.speaker_end is not None
        overlaps = has_mention and quote.speaker_start < gold_source[1] and gold_source[0] < quote.speaker_end
        if kind == "named":
            right = same_person(head_name(source_text) or (), head_name(quote.speaker or ""))
        elif kind == "pronoun":
            right = bool(overlaps and quote.speaker and head_name(quote.speaker))
        else:
            right = bool(overlaps)
        partial = is_partial(text, gold_content)
        self.add(kind, partial, right, missing=not quote.speaker)
        if not right and kind == "named":
            self.errors.append(
                f"{name}: {'partial' if partial else 'full'} {text[gold_content[0]:gold_content[1]][:70]!r}"
                f" gold={source_text!r} got={quote.speaker!r}")

    def lines(self) -> List[str]:
        out = []
        for kind in ("named", "pronoun", "descriptive"):
            for part in ("all", "full", "partial"):
                right, total = self.cells.get((kind, part), [0, 0])
                label = f"speaker strict, {kind} source, {part} quotes"
                out.append(f"{label:52} {right / max(total, 1):7.3f}  {right}/{total}")
        for part in ("full", "partial"):
            wrong, missing = self.misses.get(("named", part), [0, 0])
            out.append(f"{'speaker strict, named source, ' + part + ': wrong / none':52} {wrong:>7}  {missing}")
        return out
