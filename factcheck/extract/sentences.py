"""Paragraphs and sentences, with exact offsets.

Regex-driven on purpose: it is the hot path over an archive, and news prose
is regular enough that a careful abbreviation list beats a general-purpose
tokenizer here.  Abbreviations (U.S., Ariz., Sen., Dr., p.m., No. 2) do not
end a sentence; headlines, section headings, datelines, bylines and
boilerplate get their own sentence kinds so that no rule treats them as
claims.
"""

from __future__ import annotations

import re
from typing import List, Tuple

from factcheck.model import Article, Sentence, Span

from .lazy import Lazy
from .lexicon import POSSESSIVE, lexicon, read_list

# A blank line always separates paragraphs.  A single newline does too when
# the line before it ends a sentence, or is a heading / list item: hard-wrapped
# prose (Markdown) keeps its lines together, one-paragraph-per-line feeds
# are split.
_BLANK = re.compile(r"\n[ \t]*(?:\r?\n[ \t]*)+")
_LINE_END_SENTENCE = Lazy(r"[.!?:\"\u201d\u2033')\]]\s*$")
_MD_BLOCK = Lazy(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s?)")

# Candidate sentence ends: terminal punctuation, optional closing quotes or
# brackets, whitespace, then something that can start a sentence.
#
# Group 1 is ``[.!?]+`` or ``\u2026`` (an alternative ``\.\.\.`` would add
# nothing: ``[.!?]+`` already takes any run of dots).  It is written to open
# with the character class ``[.!?\u2026]`` and the lookbehinds then tell
# which of the two it was: a pattern that opens with a class lets the regex
# engine skip to the next candidate character instead of trying a match at
# every position of the article (half the time of the scan, same matches;
# tests/test_name_speedups.py compares it with the plain form).
_END = re.compile(
    r"""([.!?\u2026](?:(?<=\u2026)|(?<=[.!?])[.!?]*))"""
    r"""(["'\u201d\u2019\u2033)\]]*)(\s+)(?=["'\u201c\u2018\u2033(\[]*[A-Z0-9\u00c0-\u024f])"""
)
# Possessive ``*+``: a shorter run of letters and dots is followed by one
# more letter or dot, never by the end, so backtracking could not match.
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*" + POSSESSIVE + r")$")
_NEXT_WORD = Lazy(r"[\"'\u201c\u2018(]*([A-Za-z]+)")

_DATELINE = re.compile(
    r"""\A(?:[A-Z][A-Z.'\- ]{1,40}[A-Z.](?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"""
    # "RAVENSBY, May 28 (City Talk Radio) — ", "KITTERING, 10 Feb (Echo) — ": the day of the report
    r"""(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?"""
    r"""(?:\s+\([^)\n]{1,60}\))?\s*(?:--|[-\u2013\u2014])\s+"""
    # "Washington (AFP) - ": a city in title case needs the agency in brackets
    r"""|[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,2}(?:,\s+[A-Z][A-Za-z.]+)?\s+\([A-Z][A-Za-z0-9 .&]{1,30}\)\s*"""
    r"""(?:--|[-\u2013\u2014])\s+)"""
)


def starts_with_dateline(text: str) -> bool:
    """True when ``text`` opens with a dateline ("HEMPSTEAD, N.Y., Sept. 26
    (UPI) \u2014 ", "WASHINGTON -- ", "Washington (AFP) - ")."""
    return _DATELINE.match(text) is not None


_BYLINE = re.compile(r"\A(?:By|BY|Contributing|Reporting by|Written by|Edited by)\b[ :]")
_META = re.compile(
    r"""\A(?:(?:More|Related|Read more|READ MORE|Also|See also|Watch|Photos?|Video)\s*:"""
    r"""|[A-Z][A-Za-z.'&\- ]{1,60}:(?=\S)"""
    r"""|Contact (?:the )?(?:reporter|writer|author)|Follow (?:him|her|them|us) on"""
    r"""|Copyright|\(c\)|\u00a9|All rights reserved)"""
)


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_NONFINAL = frozenset(read_list("abbreviations_nonfinal"))


def paragraphs(text: str, start: int, end: int, soft_wraps: bool = False) -> List[Span]:
    """Split ``text[start:end]`` into paragraph spans (stripped of
    surrounding whitespace).  HTML comments (where suppression directives
    live) separate paragraphs and belong to none.  With ``soft_wraps``
    (Markdown), a newline inside a block is a wrapped line, as CommonMark
    reads it: only blank lines and block starts (headings, lists, quotes)
    end a paragraph."""
    if "<!--" not in text[start:end]:
        return _paragraphs(text, start, end, soft_wraps)
    spans: List[Span] = []
    pos = start
    for m in _COMMENT.finditer(text, start, end):
        spans.extend(_paragraphs(text, pos, m.start(), soft_wraps))
        pos = m.end()
    spans.extend(_paragraphs(text, pos, end, soft_wraps))
    return spans


def _paragraphs(text: str, start: int, end: int, soft_wraps: bool) -> List[Span]:
    spans: List[Span] = []
    pos = start
    for m in _BLANK.finditer(text, start, end):
        _split_lines(text, pos, m.start(), spans, soft_wraps)
        pos = m.end()
    _split_lines(text, pos, end, spans, soft_wraps)
    return spans


def _one_per_line(lines: List[str]) -> bool:
    """A feed that puts one paragraph on each line (most lines end a
    sentence), so a teaser line without a full stop ("MORE: ...") never
    swallows the paragraph after it.  Blank lines at the end (the file's
    final newline) do not count."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    ended = sum(1 for ln in lines[:-1] if _LINE_END_SENTENCE.search(ln))
    return len(lines) >= 3 and ended * 2 >= len(lines) - 1


def _split_lines(text: str, start: int, end: int, out: List[Span], soft_wraps: bool = False) -> None:
    block = text[start:end]
    if "\n" not in block:
        _add_stripped(text, start, end, out)
        return
    para_start = start
    pos = start
    lines = block.split("\n")
    per_line = not soft_wraps and _one_per_line(lines)
    for i, line in enumerate(lines):
        line_end = pos + len(line)
        last = i == len(lines) - 1
        if not last:
            nxt = lines[i + 1]
            breaks = (
                _MD_BLOCK.match(line) is not None
                or _MD_BLOCK.match(nxt) is not None
                or not soft_wraps and (
                    per_line and bool(line.strip()) and bool(nxt.strip())
                    or _LINE_END_SENTENCE.search(line) is not None
                    or len(line.split()) <= 12 and not line.rstrip().endswith((",", ";"))
                    and line.strip()[:1].isupper() and nxt.strip()[:1].isupper())
            )
            if breaks:
                _add_stripped(text, para_start, line_end, out)
                para_start = line_end + 1
        pos = line_end + 1
    _add_stripped(text, para_start, end, out)


def _add_stripped(text: str, start: int, end: int, out: List[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


def _abbreviation(text: str, para_start: int, dot: int) -> str:
    """What the period at ``dot`` ends: ``"nonfinal"`` for a title, "No."
    or an initial (never a sentence end), ``"abbreviation"`` for U.S.,
    p.m., Ariz. or Inc. (an end only before a sentence opener), else ``""``."""
    m = _WORD_BEFORE.search(text, max(para_start, dot - 20), dot)
    if not m:
        return ""
    word = m.group(1)
    bare = word.rstrip(".")
    low = bare.lower()
    if low in _NONFINAL:
        return "nonfinal"
    if len(bare) == 1 and bare.isupper():  # an initial: "J. Smith"
        return "nonfinal" if m.start() == para_start or text[m.start() - 1] != "." else "abbreviation"
    if "." in bare:  # U.S, p.m, a.m, Ph.D
        return "abbreviation"
    return "abbreviation" if low in lexicon().abbreviations else ""


def _visible(pieces: List[Tuple[int, int, str]], hidden: Tuple[Span, ...]) -> List[Tuple[int, int, str]]:
    """``pieces`` with the hidden spans cut out."""
    out = []
    for start, end, kind in pieces:
        pos = start
        for h in hidden:
            if h.end <= pos or h.start >= end:
                continue
            if h.start > pos:
                out.append((pos, h.start, kind))
            pos = max(pos, h.end)
        if pos < end:
            out.append((pos, end, kind))
    return out


def sentences(article: Article, paras: List[Span]) -> Tuple[Sentence, ...]:
    """Split each paragraph into sentences and give each a kind."""
    text = article.content
    out: List[Sentence] = []
    lex = lexicon()
    hidden = tuple(sorted(article.hidden))
    for p_index, para in enumerate(paras):
        pieces: List[Tuple[int, int, str]] = []
        pos = para.start
        ptext = text[para.start:para.end]
        first_kind = _paragraph_kind(article, ptext, p_index, para)
        if first_kind != "body":
            pieces.append((para.start, para.end, first_kind))
        else:
            d = _DATELINE.match(ptext) if p_index < 3 else None
            if d and len(d.group(0).split()) <= 12:
                pieces.append((para.start, para.start + d.end(), "dateline"))
                pos = para.start + d.end()
            for m in _END.finditer(text, pos, para.end):
                punct_start = m.start(1)
                kind = _abbreviation(text, para.start, punct_start) if m.group(1) == "." and not m.group(2) else ""
                if kind == "nonfinal":
                    continue  # "No. 2", "Sen. Smith", "J. Smith"
                if kind:
                    # "U.S. Capitol", "Phoenix, Ariz. He said": an end only
                    # when the next word is a common sentence opener ("The",
                    # "He"), which a proper noun rarely is.
                    nxt = _NEXT_WORD.match(text[m.end():m.end() + 20])
                    if not (nxt and nxt.group(1) in lex.sentence_openers):
                        continue
                end = m.end(2)
                pieces.append((pos, end, "body"))
                pos = m.end()
            if pos < para.end:
                pieces.append((pos, para.end, "body"))
        if hidden:
            pieces = _visible(pieces, hidden)
        for start, end, kind in pieces:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                out.append(Sentence(start, end, len(out), p_index, kind))
    return tuple(out)


def _paragraph_kind(article: Article, ptext: str, p_index: int, para: Span) -> str:
    """Classify a whole paragraph that is not prose, or return ``body``."""
    stripped = ptext.lstrip()
    if stripped.startswith("#"):
        return "heading"
    if article.title and p_index == 0 and ptext.split() == article.title.split():  # a deck on its own line too
        return "headline"
    # Only whether a paragraph has at most 14 words matters: splitting off
    # the first 15 tells (a longer paragraph gives 16 pieces).
    n_words = len(ptext.split(None, 15))
    # "By Jane Doe, Associated Press" is short; "By contrast, ..." is prose.
    if _BYLINE.match(stripped) and n_words <= 12 and not stripped.rstrip().endswith("."):
        return "byline"
    if _META.match(stripped):
        return "meta"
    if (
        n_words <= 14
        and not _HEADLINE_END.search(ptext)
        and p_index == 0
    ):
        return "headline"
    if n_words <= 8 and not _HEADING_END.search(ptext):
        return "heading"
    return "body"


_HEADLINE_END = Lazy(r"[.!?\"\u201d\u2033]\s*$")
_HEADING_END = Lazy(r"[.!?:\"\u201d\u2033,;]\s*$")
