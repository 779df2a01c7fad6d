"""The speech cue next to a quote and the source it names.

``find_cue`` looks for a speech verb (or "according to", or a name and a
colon) in the text after or before a quote and reads its source with
``cue_source``: the subject before the verb, or the name after an inverted
one ("..., said the committee.").  A cue far from the quote counts only
when it closes the sentence (``closing_cue``).  ``factcheck.extract.speakers``
decides which quote a cue belongs to.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from . import inverted, phrases
from .cue_source import cue_source
from .lazy import Lazy
from .lexicon import word_set
from .wordsets import DATE_WORDS, DETERMINERS, words

__all__ = ["Cue", "closes", "closing_cue", "find_cue"]

_NAME_COLON = Lazy(r"(?:^|[-\u2014\u2013.]\s+|\n)[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(\s*):\s*$")


class Cue:
    """A speech cue and its source: the verb's text and offsets, the source
    phrase, its offsets and class (empty for a cue with no subject)."""

    __slots__ = ("cue", "cue_start", "cue_end", "speaker", "start", "end", "cls")

    def __init__(self, cue, cue_start, cue_end, speaker, start, end, cls):
        self.cue, self.cue_start, self.cue_end = cue, cue_start, cue_end
        self.speaker, self.start, self.end, self.cls = speaker, start, end, cls


def find_cue(text: str, start: int, end: int, cue_re: "re.Pattern[str]", prefer: str,
             max_gap: int = 60, tail_ok: bool = False) -> Optional[Cue]:
    """The speech cue and its source in ``text[start:end]``.

    ``prefer`` is ``"first"`` (text after a quote: the cue nearest its start)
    or ``"last"`` (text before a quote: the cue nearest its end).  Returns
    None when no cue with a source is found; a cue with no subject of its own
    (``adding``) returns a Cue with an empty speaker.
    """
    found = list(cue_re.finditer(text, start, end))
    if not found:
        return _name_colon(text, start, end) if prefer == "last" else None
    if prefer == "last":
        found.reverse()
    elif found[0].start() - start > max_gap:
        return closing_cue(text, start, end, found, tail_ok)
    found = [m for m in found if not _noun_use(text, start, m)] or found
    if prefer == "last":  # ', which X estimates would cost $2bn, would risk "...": not the relative clause's
        found = [m for m in found if not _closed_relative(text, start, end, m)]
        if not found:
            return None
    if prefer == "last":  # 'said he expected that voters will say "no"': the report, not the forecast
        plain = [m for m in found if not _after_modal(text, start, m)]
        for m in plain if len(plain) < len(found) else ():
            src = cue_source(text, start, end, m, prefer)
            if src is not None:
                return Cue(m.group(1), m.start(), m.end(), *src)
    for m in found:
        src = cue_source(text, start, end, m, prefer)
        if src is not None:
            return Cue(m.group(1), m.start(), m.end(), *src)
        if prefer == "first":
            return Cue(m.group(1), m.start(), m.end(), "", m.start(), m.start(), "none")
    m = found[0]
    return Cue(m.group(1), m.start(), m.end(), "", m.start(), m.start(), "none")


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _noun_use(text: str, start: int, m: "re.Match[str]") -> bool:
    """A cue word after a determiner is a noun ("one of the states suing",
    "its claims"), not a speech verb."""
    before = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
    return before is not None and before.group(1).lower() in DETERMINERS


_MODALS = word_set("modals")
_RELATIVE = Lazy(r",\s+(?:which|who|whom)\s")
_RESUMED = Lazy(r",\s+([a-z]+)\b")


def _closed_relative(text: str, start: int, end: int, m: "re.Match[str]") -> bool:
    """Whether cue ``m`` before a quote lies in a relative clause set off by
    commas that closes before the quote, the main clause's verb resuming
    after it ('the levy, which the Vale Institute estimates would raise
    $2bn a year, was "a fair deal"'): the cue reports the clause, not the
    quote."""
    rel = None
    for rel in _RELATIVE.finditer(text, max(start, m.start() - 80), m.start()):
        pass
    if rel is None:
        return False
    close = _RESUMED.search(text, m.end(), end)
    if close is not None and not text[m.end():close.start()].strip():
        return False  # a cue set off by commas ("who works for RT and, Mr. King said, has ...") tags the quote
    return close is not None and (close.group(1) in _MODALS or phrases.is_verb_like(close.group(1)))


def _after_modal(text: str, start: int, m: "re.Match[str]") -> bool:
    """A cue word after a modal ("will say", "would call") tells what
    someone may say, not what was said: another cue with a source before
    the quote reports it ('said he expected that voters will say "no"')."""
    before = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
    return before is not None and before.group(1).lower() in _MODALS


def _name_colon(text: str, start: int, end: int) -> Optional[Cue]:
    """``X: "..."``: a name and a colon before a quote, with no verb."""
    m = _NAME_COLON.search(text, max(start, end - 60), end)
    if m is None:
        return None
    src = phrases.phrase_before(text, start, m.end(1))
    if src is not None and src[3] in ("person", "organisation") and src[0][:1].isupper():
        return Cue(":", m.end(1), m.end(1) + 1, *src)
    return None


def closing_cue(text: str, start: int, end: int, found: Sequence["re.Match[str]"], tail_ok: bool) -> Optional[Cue]:
    """"stagnant for a month" as donors waited, he said.  A cue far from
    the quote counts only when it closes the sentence after a comma ("...,
    he said." or "..., said the committee.") and the quote is not a title
    (``tail_ok``)."""
    m = found[-1]
    if not tail_ok or text[max(start, m.start() - 30):m.start()].rfind(",") < 0 or len(found) > 1:
        return None
    if text[start:m.start()].rstrip().endswith(","):
        src = inverted.phrase_after(text, m.end(), end)  # "..., said the committee."
        if src is None or not closes(text[src[2]:end]):
            return None
        return Cue(m.group(1), m.start(), m.end(), *src)
    src = phrases.phrase_before(text, start, m.start())
    if not closes(text[m.end():end]) or src is None or _lead_in(text[start:src[1]])[-1:] not in (",", ""):
        return None  # "..., he said" or '"...," X, 30, ... said' or "..., Mr Green said"
    return Cue(m.group(1), m.start(), m.end(), *src)


def _lead_in(before: str) -> str:
    """The text before a source name without the titles that open it
    ("..., Mr" of "..., Mr Green said")."""
    parts = before.rstrip().split(" ")
    while parts and parts[-1].rstrip(".").lower() in words()["titles"]:
        parts.pop()
    return " ".join(parts).rstrip()


CLOSING_PREPOSITIONS = word_set("closing_cue_prepositions")


def closes(tail: str) -> bool:
    """Whether ``tail``, the text after a cue, ends the sentence: nothing
    but punctuation, a day ("..., said Monday.", "said on Tuesday."), or a
    short phrase of where or how it was said ("said in a statement.")."""
    words = tail.strip(" .\u201d\"").split()
    return not words or len(words) <= 2 and words[-1].lower() in DATE_WORDS and words[0].lower() in ("on", words[-1].lower()) \
        or len(words) <= 6 and words[0] in CLOSING_PREPOSITIONS and "," not in tail  # "said at a news conference."
