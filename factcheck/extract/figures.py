"""Figures: numbers with their unit, bound, interval and what they count.

``find_figures(article, sents)`` returns every figure in the article's prose
(headlines and headings included; datelines, bylines and hidden spans not):

* counts ("45,000 employees", "2.38 million encounters", "six officers",
  "a dozen", "dozens of people", "a 33-storey ship"), money ("$412
  million", "40 euros", "£30m"), percentages ("18%", "18 percent", "3.2 per
  cent", "one in five", "two-thirds", "half of"), dates ("May 4", "14 May
  2022", "March 2026"), durations ("three years") and vote tallies ("5-4",
  "voted 6 to 3");
* the bound the wording puts on it ("about", "more than", "nearly",
  "surpassed", "up to", "between X and Y", "60,000 or more": the words are
  in ``data/figure_bounds.txt``) and the interval ``[low, high]`` it implies
  (``interval``);
* what it counts: the noun after it ("60,000 employees" -> "employee"), else
  for money and percentages the thing it is about ("a 3.2% raise" ->
  "raise", "fares have risen 18%" -> "fare", "a budget of $412 million" ->
  "budget"); "vote" for tallies; for dates the event named in the sentence;
* a ``qualifier`` saying when and in what frame, as ``"; "``-joined parts
  (``qualifier_parts`` splits them again): the years, months and periods
  named in the sentence ("2021", "march", "last year"); the predicate
  ("rise" for "fares have risen 18%", "hire", "kill", or the verb as
  written); marks ("part" for "4,500 of its employees", "vague" for
  "thousands of", "compared",
  "modal" for plans and needs, "future", "hedged", "points"); words that
  narrow the noun, marked "+" ("+bus" in "212 bus routes", "+city" for "in
  the city"); and a named place, marked "@" ("@ohio", "@worldwide").

Not figures: bare years (they become qualifiers), times of day ("7 p.m."),
phone numbers, street addresses, ordinals, ages ("45-year-old"),
identifiers after a capitalised word ("Local 757", "Section 230",
"COVID-19", "KOLD News 13"), page and list numbers ("No. 2", "page 5"),
scores ("won 4-2"), long digit strings and the lone word "one".
"""

from __future__ import annotations

import calendar
import datetime
import re
from functools import lru_cache
from itertools import islice
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from factcheck.model import Article, Figure, Sentence

from .folding import folded, lower_pattern
from .lexicon import read_list, trie_pattern
from .numbers import (NUMBER_WORD_INITIALS, NUMBER_WORDS, ONES_AND_TENS, VAGUE, parse_digits, parse_words, rounding,
                      scale_of, singular)

EVENT_WINDOW = 80
"""A date's event must be named within this many characters of it."""

SKIP_KINDS = frozenset({"byline", "meta", "dateline"})

ABOUT = 0.10
"""An "about" figure is read as +/-10% (wider than any rounding)."""
EXACT_CAP = 0.05
"""An unqualified figure carries the rounding its digits imply (half a unit of
the last significant digit: "45,000" -> +/-500), capped at 5% of the value;
whole numbers below 100 (no scale word) are exact."""

# ---------------------------------------------------------------------------
# Lexicons (data files)


@lru_cache(maxsize=1)
def _bounds() -> Tuple[Tuple[Tuple[str, str], ...], Tuple[Tuple[str, str], ...]]:
    before, after = [], []
    for line in read_list("figure_bounds"):
        phrase, _, bound = line.rpartition("=")
        phrase, bound = phrase.strip().lower(), bound.strip()
        if phrase.startswith("after:"):
            after.append((phrase[6:].strip(), bound))
        else:
            before.append((phrase, bound))
    key = lambda pb: -len(pb[0])  # noqa: E731 - longest phrase first
    return tuple(sorted(before, key=key)), tuple(sorted(after, key=key))


@lru_cache(maxsize=1)
def _bound_phrases() -> FrozenSet[str]:
    return frozenset(p for p, _ in _bounds()[0])


@lru_cache(maxsize=1)
def _bound_words() -> FrozenSet[str]:
    return frozenset(w for p, _ in _bounds()[0] for w in p.split())


@lru_cache(maxsize=1)
def _stopwords() -> FrozenSet[str]:
    return frozenset(read_list("figure_stopwords"))


@lru_cache(maxsize=1)
def _verbs() -> Tuple[FrozenSet[str], Dict[str, str]]:
    level, change = set(), {}
    for line in read_list("figure_verbs"):
        kind, _, words = line.partition(":")
        forms = words.split()
        if kind.strip() == "level":
            level.update(forms)
        else:
            for w in forms:
                change.setdefault(w, forms[0])
    return frozenset(level), change


@lru_cache(maxsize=1)
def _events() -> Dict[str, str]:
    out: Dict[str, str] = {}
    for line in read_list("event_nouns"):
        name, _, forms = line.partition(":")
        for w in forms.split():
            out.setdefault(w, name.strip())
    return out


# ---------------------------------------------------------------------------
# Patterns


def _guarded(first: str, pattern: str, flags: int = 0) -> "re.Pattern[str]":
    """``pattern`` compiled behind the lookahead ``first``, a cheap test of
    the character every match of ``pattern`` starts with.  Python's ``re``
    tries a pattern that opens with an optional group or a word boundary at
    every position of the text, running through all its branches; the
    lookahead rejects most positions in one step.  It finds exactly what
    ``pattern`` finds, provided every match really starts with ``first``
    (under ``flags`` too: with re.I, ``first`` ignores case as well).
    ``GUARDED`` keeps the plain pattern, for the tests that compare them."""
    compiled = re.compile("(?=" + first + ")(?:" + pattern + ")", flags)
    GUARDED[compiled] = (first, re.compile(pattern, flags))
    return compiled


GUARDED: Dict["re.Pattern[str]", Tuple[str, "re.Pattern[str]"]] = {}
"""Each guarded pattern -> (its first-character test, the plain pattern)."""


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_DATE = _guarded(  # a month's initial or a digit
    r"[\dJFMASOND]",
    r"\b(?P<m1>" + _MONTH_RE + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?!:|\s*(?:%|percent|per cent))"
    r"(?:,?\s+(?P<y1>(?:1[89]|20)\d\d)\b)?"
    r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>" + _MONTH_RE + r")(?![a-z])"
    r"(?:,?\s+(?P<y2>(?:1[89]|20)\d\d)\b)?"
    r"|\b(?P<m3>" + _MONTH_RE + r"),?\s+(?P<y3>(?:1[89]|20)\d\d)\b")

_MONTH = re.compile(_MONTH_RE)  # starts with a capital letter: found by a fast scan

_CUR = r"(?P<cur>(?:US|A|C|NZ|HK|S)\$|\$|£|€|¥|₹|\bRs\.?\s?|\b(?:USD|EUR|GBP|JPY|INR|CAD|AUD)\s?)"
_DIG = (r"(?P<digits>(?<![\w.,/:\-–])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])"
        r"|\d+(?:\.\d+)?|\.\d+))")
_SCALE = (r"(?:[\s\-]?(?P<scale>(?i:thousand|million|billion|trillion))\b|(?P<short>mn|bn|tn|m|k|b|K|M|B)\b)?")
_CUR_FIRST = r"[$£€¥₹UACNHSREGJI]"
"""The first character of every _CUR alternative."""
_NUM = _guarded(  # a currency, a digit, ".5", or a number word at the start of a word
    r"[\d.]|" + _CUR_FIRST + r"|(?<![\w-])(?i:[" + NUMBER_WORD_INITIALS + r"])",
    r"(?:" + _CUR + r"\s?)?"
    r"(?:" + _DIG + _SCALE + r"(?!\w|/(?!(?:hr|hour|h|month|mo|year|yr|day|week|wk)\b)|:\d|\.\d|,\d)"
    r"|(?P<words>(?<![\w-])(?i:" + NUMBER_WORDS + r"))(?![\w-]))"
)
_NUM_DIGITS = _guarded(  # a currency, a digit or ".5"
    r"[\d.]|" + _CUR_FIRST,
    r"(?:" + _CUR + r"\s?)?"
    r"(?:" + _DIG + _SCALE + r"(?!\w|/(?!(?:hr|hour|h|month|mo|year|yr|day|week|wk)\b)|:\d|\.\d|,\d)"
    r"|(?P<words>(?!)))"
)
_VAGUE = _guarded(r"(?i:[tdshmb])",
                  r"\b(?i:(?P<vague>tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands"
                  r"|millions|billions))\s+of\b")
_VAGUE_WORDS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions")
"""A _VAGUE match holds one of these, in lower case if the text is ASCII
(other text may hold letters that IGNORECASE equates with ASCII ones)."""
_TALLY = _guarded(r"\d",
                  r"(?<![\w.,/$£€\-–])(?P<a>\d{1,3})\s?[-–—]\s?(?P<b>\d{1,3})"
                  r"(?![\w,/\-–]|\.\d|\s?(?:%|percent))")
_TALLY_DASH = re.compile(r"\d\s?[-–—]\s?\d")  # in every _TALLY match; starts with a digit: fast
_TALLY_WORDS = _guarded(
    r"(?i:[vmt])",
    r"\b(?i:vot(?:e|ed|es|ing)|margin|tally)\s+(?:of\s+)?(?P<a>\d{1,3}|[a-z]+)\s+to\s+(?P<b>\d{1,3}|[a-z]+)\b")
_VOTE_CONTEXT = _guarded(
    r"(?i:[vbrdmsujtapc])",
    r"\b(?i:vot(?:e|ed|es|ing)|ballots?|ruling|ruled|decision|majority|margin|split|upheld|justices|jury"
    r"|jurors|tally|approved|rejected|passed|confirmed)\b")
_PHONE = _guarded(r"[+(\d]", r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
_PHONE_DIGITS = re.compile(r"\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}")  # in every _PHONE match; starts with a digit: fast
_TIME_AFTER = re.compile(r"\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|o'clock|GMT\b|BST\b|[ECMP][SD]?T\b|local time)", re.I)
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\.?\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way|Place"
    r"|Court|Square|Terrace|Highway|Parkway)\b")
_AGE_AFTER = re.compile(r"(?:-|\s)(?:years?|months?)(?:-|\s)old\b|-year-old", re.I)
_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|to|and|or)\s*" + _CUR + r"?\s?(?P<n2>\d[\d,]*(?:\.\d+)?"
                          r"|(?i:" + "|".join(sorted(ONES_AND_TENS, key=len, reverse=True)) + r")\b)"
                          r"(?:[\s\-]?(?P<scale2>thousand|million|billion|trillion)\b)?(?![\w/])")
_RANGE_TO_BEFORE = re.compile(r"\b(?:from|between|aged?|ages)\s*\S{0,4}\s*$", re.I)
_CHANGE_FROM = re.compile(r"\b(?:rose|fell|up|down|increased|decreased|grew|went|jumped|dropped|climbed|risen"
                          r"|fallen|rising|falling|increase|decrease|drop|rise|fall)\s+from\s*\S{0,4}\s*$", re.I)
_PLACE_AFTER = re.compile(
    r"\s+(?:(?:in|across|throughout|around|outside|among)\s+(?:(?P<det>the|its|their|his|her|this|that)\s+)?"
    r"(?P<p>[A-Z][\w.'’-]*|[a-z]+)"
    r"|(?P<w>worldwide|nationwide|globally|statewide|countrywide|overseas|abroad|internationally)\b)")
_PLACE_WORD = _guarded(r"[wngsocair]",
                       r"\b(?:worldwide|nationwide|globally|statewide|countrywide|overseas|abroad|internationally"
                       r"|citywide|region-wide)\b", re.I)
_NOT_PLACE = frozenset(
    "year years month months week weeks quarter quarters fiscal current past last first second third fourth "
    "total all recent coming next decade decades time period history".split())
_MODAL = re.compile(r"\b(?:will|would|could|may|might|should|must|shall|needs?|needed|wants?|wanted|seeks?|sought"
                    r"|aims?|aimed|hopes?|hoped|plans?|planned|planning|expects?|expected|proposes?|proposed"
                    r"|targets?|goal|intends?|promised?|pledged?|forecast|projected|estimates?)\b")
_DET_BEFORE = _guarded(r"[athio]", r"\b(?:a|an|the|its|their|his|her|our|this)\s+$", re.I)
_CHANGE_JUST_BEFORE = re.compile(
    r"\b(?:rose|fell|up|down|increased|decreased|grew|went|jumped|dropped|climbed|risen|fallen|rising|falling|rise"
    r"|fall|raised|cut|lowered|by|from|surged|soared|slid|slipped|plunged|gained|lost|declined|sank)\s+\S{0,2}\s*$", re.I)
_RATIO_BEFORE = _guarded(r"[otf\d]", r"\b(one|two|three|four|five|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?$",
                         re.I)
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s?cent\b|pct\b|percentage points?\b)", re.I)
_MONEY_AFTER = re.compile(
    r"\s+(?P<cw>dollars?|euros?|pounds? sterling|pounds?(?!\s+of)|yen|yuan|rupees?|cents?|USD|EUR|GBP)\b")
_DURATION_AFTER = re.compile(r"\s+(?P<dw>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b",
                             re.I)
_YEARISH = re.compile(r"^(?:1[89]|20)\d\d$")
_TIME_REF_SRC = (
    r"(?<![\d,.$£€])\b(?:fiscal(?:\s+year)?\s+|FY\s?)?(?P<year>(?:1[89]|20)\d\d)\b(?!,\d|\s?%|\s?(?:percent|million))"
    r"|\b(?P<rel>(?:last|this|next|past|previous|coming|same|that)\s+(?:fiscal\s+)?(?:year|month|week|quarter|season"
    r"|decade|period)|(?:first|second|third|fourth|final)\s+(?:quarter|half)|a\s+(?:year|month|week)\s+(?:earlier|ago"
    r"|before)|year-on-year|(?:month|year)-on-(?:month|year))\b"
    r"|\b(?P<month>January|February|March|April|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_TIME_REF = re.compile(_TIME_REF_SRC, re.I)
_TIME_REF_FOLDED = _guarded(  # for folded text: much faster
    r"\b[12acdfjlmnopstwy]",  # a word's start: a year's first digit, "fy", "fiscal", a period word's initial
    lower_pattern(_TIME_REF_SRC))


def _time_refs(text: str) -> List[Tuple[int, int, str]]:
    """(start, end, normalised words) of each year or period named in ``text``."""
    low = folded(text)
    out: List[Tuple[int, int, str]] = []
    for m in _TIME_REF.finditer(text) if low is None else _TIME_REF_FOLDED.finditer(low):
        said = m.group(m.lastgroup) if m.lastgroup else ""  # the one of "year", "rel", "month" that matched
        out.append((m.start(), m.end(), " ".join(said.lower().split())))
    return out
_TIME_PART = re.compile(
    r"^(?:(?:1[89]|20)\d\d|(?:last|this|next|past|previous|coming|same|that)\s+(?:fiscal\s+)?\w+|(?:first|second|third"
    r"|fourth|final)\s+(?:quarter|half)|a\s+\w+\s+(?:earlier|ago|before)|\w+-on-\w+|january|february|march|april"
    r"|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)$")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())
_FUTURE = re.compile(r"\b(?:will|would|shall|scheduled|expected to|plans? to|set to|is to|are to|upcoming)\b|'ll\b",
                     re.I)
_DATE_ROLES = {"until": "until", "till": "until", "through": "until", "by": "by", "before": "before",
               "after": "after", "from": "from", "since": "from", "starting": "from", "beginning": "from",
               "effective": "effective", "to": "to"}
_EFFECTIVE = re.compile(r"\b(?:takes?|took|taking) effect\b|\beffective\b", re.I)
_HEDGED = re.compile(r"\b(?:likely|unlikely|expects?|expected|expecting|could|might|may|possibly|perhaps|speculation"
                     r"|speculated|rumou?red?|reportedly|planning|predicts?|predicted|tipped|understood)\b")
_REPEAT = re.compile(r"\b(?:again|next|another|second|previous|earlier|last)\b", re.I)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*|[^\sA-Za-z\d]")
_CLAUSE_BREAK = _guarded(r"[,;:()\[\]\u2014\u2013\"\u201c\u201d\sabstwi]",
                         r"[,;:()\[\]\u2014\u2013\"\u201c\u201d]|\s-\s|\b(?:and|but|said|says|that|which|who|while"
                         r"|because|when|if|whereas)\b")
_CAP_OK = frozenset(
    "about around roughly approximately some nearly almost more over up the in on by only just fewer less at "
    "with of and but between from since until to for an a estimated another all just under above below "
    "exactly than after before during".split())
_IDENT_BEFORE = re.compile(r"(?:\bno\.|\bnos\.|#|\bnumber|\bpage|\bpp?\.|\bpar\.|\bpara\.|\bchapter|\bsection"
                           r"|\bgrade|\bsize|\bversion|\bv\.|\bstep|\bpart|\bphase|\blevel|\bcategory|\bstage"
                           r"|\bexit|\broute|\bseason|\bepisode|\bvolume|\bvol\.|\bflight|\btable|\bfigure)\s*$", re.I)
_IDENT_REACH = 12
"""More than the longest _IDENT_BEFORE word with the character before it."""


_IDENT_ENDS = (".", "#", "number", "page", "chapter", "section", "grade", "size", "version", "step", "part", "phase",
               "level", "category", "stage", "exit", "route", "season", "episode", "volume", "flight", "table",
               "figure")
"""How each _IDENT_BEFORE alternative ends ("no.", "p.", "vol." all end in ".")."""


def _ident_before(tail: str) -> bool:
    """``_IDENT_BEFORE.search(tail)``, searched only in the last few
    characters before the trailing space (the pattern is anchored at the
    end; this is the same test, faster)."""
    window = tail.rstrip()[-_IDENT_REACH:]
    if window.isascii() and not window.lower().endswith(_IDENT_ENDS):
        return False  # a match ends the window with one of _IDENT_ENDS; on ASCII, lower() folds as re.I does
    return _IDENT_BEFORE.search(window) is not None


_IDENT_WORDS = frozenset(
    "interstate highway route flight apollo article section chapter room gate platform terminal local proposition "
    "prop title windows version model form item rule line district ward precinct unit block lot building floor "
    "suite channel pier bay track bus exit region zone sector lane level grade stage phase".split())
_PREPOSITIONS = frozenset(
    "of for in on at along across from with under over between during since by to into among within "
    "near around outside inside through".split())
_DETERMINERS = frozenset("the a an its their his her our these those this that all some such".split())
_PARTITIVE = frozenset("the its their his her our these those them all".split())
_DETERMINERS_PARTITIVE = _DETERMINERS | _PARTITIVE
_IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel cattle feet teeth mice geese data media".split())
_DEMONYM_ENDS = ("ans", "ons", "is", "ers", "ists", "ites", "men")
_COMPARED = _guarded(r"[ctva]", r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|against)\b[^,;]*$", re.I)
_VAGUE_HEADS = frozenset("number total count amount".split())
_CURRENCY = {"$": "USD", "US$": "USD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
             "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "RS": "INR", "RS.": "INR", "USD": "USD",
             "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "INR": "INR", "CAD": "CAD", "AUD": "AUD",
             "dollar": "USD", "euro": "EUR", "pound": "GBP", "pound sterling": "GBP", "yen": "JPY",
             "yuan": "CNY", "rupee": "INR", "cent": "USD"}


# ---------------------------------------------------------------------------
# Public API


def find_figures(article: Article, sents: Sequence[Sentence]) -> Tuple[Figure, ...]:
    """Every figure in the article's prose, in text order.

    Sentences of kind byline, meta or dateline are skipped, and so is any
    figure that overlaps one of ``article.hidden``.  Dates without a year take
    the article's year (else 2000) for their ordinal ``value``.
    """
    year = None
    if article.date and article.date[:4].isdigit():
        year = int(article.date[:4])
    out: List[Figure] = []
    hidden = article.hidden
    for s in sents:
        if s.kind in SKIP_KINDS:
            continue
        text = article.content[s.start:s.end]
        for f in sentence_figures(text, s.start, s.index, year):
            if hidden and any(h.start < f.end and f.start < h.end for h in hidden):
                continue
            out.append(f)
    return tuple(out)


def change_frames() -> FrozenSet[str]:
    """The frame names of change verbs ("rise", "fall", "hire", "cut", ...)."""
    return frozenset(_verbs()[1].values())


def qualifier_parts(qualifier: Optional[str]) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """Split a Figure.qualifier into (time references, frames), each sorted.

    Time references are years ("2021") and relative periods ("last year");
    frames are the predicate ("rise", "hire", "operates"), subset and tense
    marks ("part", "compared", "future", "hedged") and the words that narrow
    the counted noun, marked "+" ("+bus" in "212 bus routes").
    """
    if not qualifier:
        return (), ()
    times, frames = [], []
    for part in qualifier.split("; "):
        if _TIME_PART.match(part):
            times.append(part)
        elif part:
            frames.append(part)
    return tuple(sorted(times)), tuple(sorted(frames))


def interval(bound: str, value: float, tolerance: float = 0.0) -> Tuple[Optional[float], Optional[float]]:
    """The ``(low, high)`` a bound puts around ``value``; None is an open end.

    ``tolerance`` is the rounding an exact figure carries (see EXACT_CAP).
    """
    if bound == "about":
        spread = max(abs(value) * ABOUT, tolerance)
        return value - spread, value + spread
    if bound == "nearly":
        return value - max(abs(value) * ABOUT, tolerance), value
    if bound in ("more_than", "at_least", "surpassed"):
        return value, None
    if bound in ("less_than", "at_most", "up_to"):
        return None, value
    return value - tolerance, value + tolerance


# ---------------------------------------------------------------------------
# One sentence


def sentence_figures(text: str, offset: int = 0, index: int = 0, year: Optional[int] = None) -> List[Figure]:
    """The figures in one sentence ``text`` that starts at ``offset`` in the
    article; ``index`` is the sentence's index, ``year`` the default year for
    dates written without one."""
    low_text = text.lower()
    has_digit, has_words = _numeric(text, low_text)
    if not has_digit and not has_words:
        return []  # no digit and no number word: no figure
    # The prefilters below (_PHONE_DIGITS, _MONTH, _HYPHEN_LOWER, _VAGUE_WORDS)
    # each find a part every match of the full pattern has, with a fast scan.
    taken: List[Tuple[int, int]] = (
        [m.span() for m in _PHONE.finditer(text)] if has_digit and _PHONE_DIGITS.search(text) else [])
    figs: List[Figure] = []
    times: List[Tuple[int, int, str]] = []
    times_done = [False]

    def free(a: int, b: int) -> bool:
        for s, e in taken:
            if s < b and a < e:
                return False
        return True

    def qualifier(a: int, b: int, frames: Sequence[str]) -> Optional[str]:
        if not times_done[0]:
            times_done[0] = True
            if _may_name_time(text):
                times.extend(_time_refs(text))
        parts = sorted(set(frames))
        if times:
            parts = sorted({t for s, e, t in times if (e <= a or s >= b) and t}) + parts
        return "; ".join(parts) or None

    dates = list(_DATE.finditer(text)) if has_digit and _MONTH.search(text) else []
    future = bool(dates) and bool(_FUTURE.search(text))
    repeat = bool(dates) and bool(_REPEAT.search(text))
    for m in dates:
        fig = _date(m, text, offset, index, year, future, repeat, qualifier)
        if fig is not None:
            figs.append(fig)
            taken.append(m.span())
    tallies: List["re.Match[str]"] = []
    if has_digit or "vot" in low_text:  # without a digit, only "voted five to four"
        # A _TALLY_WORDS match ("voted 6 to 3") holds "vot", "margin" or
        # "tally" (in lower case if the text is ASCII) and is itself a
        # _VOTE_CONTEXT match; a _TALLY match ("6-3") holds a _TALLY_DASH
        # match and counts only where the context is found.
        words_tallies = (list(_TALLY_WORDS.finditer(text))
                         if not low_text.isascii() or any(w in low_text for w in ("vot", "margin", "tally")) else [])
        if has_digit and _TALLY_DASH.search(text):
            if _VOTE_CONTEXT.search(text):
                tallies = words_tallies + list(_TALLY.finditer(text))
        else:
            tallies = words_tallies
    for m in tallies:
        a, b = _tally_side(m.group("a")), _tally_side(m.group("b"))
        if a is None or b is None or a < b or not free(m.start("a"), m.end("b")) or a + b == 0:
            continue
        if _YEARISH.match(m.group("a")):
            continue
        s, e = m.start("a"), m.end("b")
        figs.append(Figure(start=offset + s, end=offset + e, sentence=index, text=text[s:e], value=a,
                           unit="tally", bound="exact", counts="vote", second=b,
                           qualifier=qualifier(s, e, _polarity(text[e:e + 80]))))
        taken.append((s, e))
    may_be_vague = has_words and (not low_text.isascii() or any(w in low_text for w in _VAGUE_WORDS))
    for m in (_VAGUE.finditer(text) if may_be_vague else ()):
        if not free(*m.span()):
            continue
        low, high = VAGUE[m.group("vague").lower()]
        counts, end, frames = _right_noun(text, m.end() - 3, "count", low)
        s, e = m.start(), max(m.end(), end)
        figs.append(Figure(start=offset + s, end=offset + e, sentence=index, text=text[s:e], value=low,
                           unit="count", bound="between", low=low, high=high, counts=counts,
                           qualifier=qualifier(s, e, list(frames) + ["vague"])))
        taken.append((s, e))
    for m in (_FRACTION.finditer(text) if ("half" in low_text or "/" in text or "third" in low_text
                                            or "quarter" in low_text or "fifth" in low_text) else ()):
        fig = _fraction(m, text, offset, index, qualifier) if free(*m.span()) else None
        if fig is not None:
            figs.append(fig)
            taken.append((fig.start - offset, fig.end - offset))
    for m in (_COMPOUND.finditer(text) if _HYPHEN_LOWER.search(text) else ()):
        fig = _compound(m, text, offset, index, qualifier) if free(*m.span()) else None
        if fig is not None:
            figs.append(fig)
            taken.append(m.span())
    for m in (_NUM if has_words else _NUM_DIGITS).finditer(text):
        if not free(*m.span()):
            continue
        fig = _number(m, text, offset, index, taken, qualifier)
        if fig is not None:
            figs.append(fig)
            taken.append((fig.start - offset, fig.end - offset))
    figs.sort(key=lambda f: (f.start, f.end))
    return figs


_DIGIT = re.compile(r"\d")
_BETWEEN_BEFORE = _guarded(r"b", r"\bbetween\s*(?:\$|£|€)?\s*$", re.I)
LEFT_WINDOW = 160
"""How far left of a figure its subject and predicate are looked for."""
_NUMBER_WORD_SET = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
    "billion trillion dozen dozens scores hundreds thousands millions billions half third thirds quarter quarters "
    "fifth fifths tenth tenths".split())


_TIME_KEYS = ("year", "month", "week", "quarter", "season", "decade", "period", "half", "-on-", "Jan", "Feb", "Mar",
              "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "day", "19", "20")


_TIME_KEY = re.compile("|".join(re.escape(k) for k in _TIME_KEYS))  # literal starts: a fast scan


def _may_name_time(text: str) -> bool:
    """Cheap test: can ``text`` name a year, month, weekday or period (does
    it hold one of _TIME_KEYS)?"""
    return _TIME_KEY.search(text) is not None


def _bound_before(before: str) -> bool:
    tail = before[-20:].lower().rstrip()
    return any(tail.endswith(p) for p in _bound_phrases())


_NUMBER_WORD = re.compile(r"(?<![a-z])(?=[" + "".join(sorted({w[0] for w in _NUMBER_WORD_SET})) + r"])"
                          r"(?:" + trie_pattern(sorted(_NUMBER_WORD_SET)) + r")(?![a-z])")
"""Finds one of _NUMBER_WORD_SET as a whole run of letters ``[a-z]+`` in
lower-cased text: the same test as looking each such run up in the set,
without building the list of words."""
_NUMBER_WORD_BYTES = frozenset(w.encode("ascii") for w in _NUMBER_WORD_SET)
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
"""A bytes.translate table: a-z kept, every other byte made a space."""


def _numeric(text: str, low: str) -> Tuple[bool, bool]:
    """(whether ``text`` has a digit, whether its lower-cased ``low`` has one
    of _NUMBER_WORD_SET as a whole run of ``[a-z]``).  ASCII text (nearly
    all) is read as bytes, faster than the regexes, which read any other:
    its digits are 0-9, and a translation splits it into the runs."""
    if low.isascii():
        raw = low.encode("ascii")
        has_digit = len(raw.translate(None, b"0123456789")) < len(raw)
        return has_digit, not _NUMBER_WORD_BYTES.isdisjoint(raw.translate(_LETTERS_ONLY).split())
    return _DIGIT.search(text) is not None, _NUMBER_WORD.search(low) is not None


_FRACTION = re.compile(
    r"\b(?:(?P<num>(?i:one|two|three|four|a))[- ](?P<den>half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)"
    r"(?=\s+of\b)|(?P<num2>(?i:two|three|four))-(?P<den2>thirds|quarters|fifths|tenths)\b"
    r"|(?P<half>(?i:half))(?=\s+of\b)|(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,3})(?![\d/])(?=\s+of\b))")
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                 "fifths": 5, "tenth": 10, "tenths": 10}


def _fraction(m, text, offset, index, qualifier) -> Optional[Figure]:
    """A fraction as a percentage: "two-thirds of voters" -> 66.7% of voters,
    "half of", "a quarter of", "1/3 of"; read as "about" (fractions are rounded)."""
    if m.group("half"):
        pct = 50.0
    elif m.group("a"):
        a, b = float(m.group("a")), float(m.group("b"))
        if not b or a >= b:
            return None
        pct = 100.0 * a / b
    else:
        num = (m.group("num") or m.group("num2")).lower()
        den = _DENOMINATORS[(m.group("den") or m.group("den2")).lower()]
        pct = 100.0 * (1.0 if num == "a" else float(parse_words(num) or 0)) / den
        if not 0 < pct < 100:
            return None
    s, e = m.span()
    b, bstart, _ = _bound(text, s, e)
    bound = "about" if b == "exact" else b
    low, high = interval(bound, pct, 0.0)
    noun, noun_end, mods = _right_noun(text, e, "percent", pct)
    start = min(s, bstart)
    return Figure(start=offset + start, end=offset + e, sentence=index, text=text[start:e], value=_r(pct),
                  unit="percent", bound=bound, low=_r(low), high=_r(high), counts=noun,
                  qualifier=qualifier(start, e, mods))


_COMPOUND = _guarded(
    r"\d|(?i:[" + NUMBER_WORD_INITIALS + r"])",
    r"(?<![\w\-.,$£€])(?P<n>\d+(?:\.\d+)?|(?i:" + trie_pattern(ONES_AND_TENS) + r"))"
    r"-(?P<w>[a-z]+)\b(?!-old|-year-old)")
_HYPHEN_LOWER = re.compile(r"-[a-z]")  # in every _COMPOUND match; a literal start: fast
_TIME_UNITS = frozenset("second minute hour day week month year decade century".split())


def _compound(m, text, offset, index, qualifier) -> Optional[Figure]:
    """A number glued to its noun: "a 33-storey ship", "a 15-minute walk",
    "a two-pet limit" (ages, "-plus" and fractions are not)."""
    w = m.group("w")
    if w in ONES_AND_TENS or w in ("plus", "old", "thirds", "third", "quarters", "quarter", "fifths", "halves", "tenths", "odd",
             "something", "somethings") or w in _stopwords() and w not in _TIME_UNITS and w[:-1] not in _TIME_UNITS:
        return None
    n = m.group("n")
    value = parse_digits(n) if n[0].isdigit() else parse_words(n)
    if value is None or (n[0].isdigit() and _YEARISH.match(n)):
        return None
    if n[0].isdigit() and _capitalised_identifier(text[max(0, m.start() - 60):m.start()]):
        return None
    counts = singular(w)
    unit = "duration" if counts in _TIME_UNITS else "count"
    s, e = m.span()
    return Figure(start=offset + s, end=offset + e, sentence=index, text=text[s:e], value=value, unit=unit,
                  bound="exact", low=value, high=value, counts=counts, qualifier=qualifier(s, e, ()))


_YES = re.compile(r"\b(?:to|in favou?r of)\s+(?:approve|pass|adopt|back|endorse|accept|confirm|uphold|support)\w*", re.I)
_NO = re.compile(r"\b(?:to|against)\s+(?:reject|block|defeat|oppose|deny|strike|overturn|veto|dismiss)\w*", re.I)


def _polarity(after: str) -> List[str]:
    """["for"] or ["against"] when the words after a tally say which way the
    vote went ("voted 7-2 to approve", "voted 5-4 to reject"), else []."""
    if _YES.search(after):
        return ["for"]
    if _NO.search(after):
        return ["against"]
    return []


def _tally_side(s: str) -> Optional[float]:
    if s.isdigit():
        return float(s)
    v = parse_words(s)
    return v


_ROLE_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?$")
_OR_BEFORE = re.compile(r"\b\d{1,2}\s+or\s+$")
_OR_AFTER = re.compile(r"\s+or\s+\d")


def _date(m, text, offset, index, year, future, repeat, qualifier) -> Optional[Figure]:
    month = m.group("m1") or m.group("m2") or m.group("m3")
    day = m.group("d1") or m.group("d2")
    y = m.group("y1") or m.group("y2") or m.group("y3")
    mi = _MONTHS.get(month.lower().rstrip("."))
    if not mi:
        return None
    yr = int(y) if y else (year or 2000)
    try:
        if day:
            d = datetime.date(yr, mi, int(day))
            low = high = float(d.toordinal())
        else:
            low = float(datetime.date(yr, mi, 1).toordinal())
            high = float(datetime.date(yr, mi, calendar.monthrange(yr, mi)[1]).toordinal())
    except ValueError:
        return None
    frames = []
    pm = _ROLE_BEFORE.search(text[max(0, m.start() - 30):m.start()])
    role = pm.group(1).lower() if pm else ""
    if role in _DATE_ROLES:
        frames.append(_DATE_ROLES[role])  # "until May 4" is not the date of the event
    if _EFFECTIVE.search(text):
        frames.append("effective")
    if _HEDGED.search(text) or _OR_BEFORE.search(text[:m.start()]) or _OR_AFTER.match(text[m.end():]):
        frames.append("hedged")
    if future:
        frames.append("future")
    if repeat:
        frames.append("repeat")
    s, e = m.span()
    return Figure(start=offset + s, end=offset + e, sentence=index, text=text[s:e], value=low, unit="date",
                  bound="exact" if day else "between", low=low, high=high, counts=_event(text, s, e),
                  qualifier=qualifier(s, e, frames))


def _event(text: str, s: int, e: int) -> Optional[str]:
    """The event named nearest to the date at [s, e) in its sentence."""
    events = _events()
    best, dist = None, None
    # Only tokens within EVENT_WINDOW of the date count.  No token holds a
    # space, so the tokens read from just after a space up to a space are
    # those the whole sentence has there.
    lo = text.rfind(" ", 0, max(0, s - EVENT_WINDOW)) + 1
    hi = text.find(" ", e + EVENT_WINDOW)
    for t in _TOKEN.finditer(text, lo, len(text) if hi < 0 else hi):
        name = events.get(t.group().lower())
        if name is None:
            continue
        d = s - t.end() if t.end() <= s else t.start() - e
        if 0 <= d <= EVENT_WINDOW and (dist is None or d < dist):
            best, dist = name, d
    return best


_FRACTION_AFTER = re.compile(r"-(?:thirds?|quarters?|fifths?|halves|tenths?)")
_TO_OR_AFTER = re.compile(r"\s+(?:to|or)\s+\w")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_UNIT_AFTER = re.compile(r"\s*(?:%|[A-Za-z])")


def _number(m, text, offset, index, taken, qualifier) -> Optional[Figure]:
    digits, words = m.group("digits"), m.group("words")
    cur = m.group("cur")
    scale_word = m.group("scale") or (m.group("short") if digits else None)
    if m.group("short") and not cur and m.group("short") in ("m", "k", "b", "M", "B"):
        return None
    start, end = m.start(), m.end()
    tail_off = max(0, start - 60)
    tail = text[tail_off:start]  # all the text before the figure when tail_off is 0
    after = text[end:end + 80]
    if digits:
        value = parse_digits(digits)
        if value is None:
            return None
        # exclusions
        if _TIME_AFTER.match(after) or _ADDRESS_AFTER.match(after) or _AGE_AFTER.match(after):
            return None
        if _ident_before(tail):
            return None
        if not cur and not scale_word and _YEARISH.match(digits) and not _PERCENT_AFTER.match(after):
            return None  # a year: a qualifier, not a figure
        if not cur and len(digits) >= 7 and digits.isdigit():
            return None  # a phone number or an identifier ("8866288662"), not a count
        if not scale_word and _HYPHEN_WORD.match(after) and not after.lower().startswith("-plus"):
            return None  # "a 10-year plan", "COVID-19-era"
    else:
        low_words = words.lower()
        value = parse_words(words)
        if value is None:
            return None
        if _FRACTION_AFTER.match(after) or _AGE_AFTER.match(after):
            return None
        unit_after = (_PERCENT_AFTER.match(after) or _DURATION_AFTER.match(after) or _MONEY_AFTER.match(after)
                      or _TO_OR_AFTER.match(after) and _RANGE_AFTER.match(after))
        if value == 1 and not unit_after and not any(
                w in low_words for w in ("hundred", "thousand", "million", "billion", "dozen")):
            return None
        if low_words == "a":
            return None
        before = text[:start]
        if words[0].isupper() and before.strip() and _CAPITAL_AFTER.match(after) and not _bound_before(before):
            return None  # "the Six Nations", "the Big Four": a name
    ratio = _RATIO_BEFORE.search(tail) if not cur else None
    bare = bool(digits) and not _UNIT_AFTER.match(after)  # "KOLD News 13)", "Oscars 2022."
    if not cur and not ratio and _capitalised_identifier(tail, bare):
        return None
    scale = scale_of(scale_word) if scale_word else 1.0
    value *= scale
    tol = rounding(digits, scale) if digits else _word_rounding(value, scale)
    unit, currency = "count", None
    if cur:
        unit, currency = "money", _CURRENCY.get(cur.strip().upper(), _CURRENCY.get(cur.strip(), "USD"))
    if ratio and value:
        a = parse_digits(ratio.group(1)) if ratio.group(1)[0].isdigit() else parse_words(ratio.group(1))
        if a and a < value:
            pct = 100.0 * a / value
            s0 = tail_off + ratio.start()
            b, bstart, bend = _bound(text, s0, end)
            low, high = interval("about" if b == "exact" else b, pct, 0.0)
            noun, noun_end, mods = _right_noun(text, end, "count", 2)
            e = max(end, noun_end)
            return Figure(start=offset + min(s0, bstart), end=offset + e, sentence=index,
                          text=text[min(s0, bstart):e], value=_r(pct), unit="percent",
                          bound="about" if b == "exact" else b, low=_r(low), high=_r(high), counts=noun,
                          qualifier=qualifier(s0, e, mods))
    pm = _PERCENT_AFTER.match(after)
    mm = _MONEY_AFTER.match(after)
    dm = _DURATION_AFTER.match(after)
    extra_frames: List[str] = []
    if pm and not cur:
        unit = "percent"
        end += pm.end()
        if "point" in pm.group().lower():
            extra_frames.append("points")
    elif mm and not cur:
        unit = "money"
        cw = mm.group("cw").lower()
        currency = _CURRENCY.get(singular(cw) if cw != "pounds sterling" else "pound sterling", "USD")
        if cw.startswith("cent"):
            value, tol = value / 100, tol / 100
        end += mm.end()
    elif dm and not cur:
        unit = "duration"
        end += dm.end()
    # range "between X and Y", "X-Y", "X to Y"
    bound = "exact"
    low: Optional[float]
    high: Optional[float]
    rm = _RANGE_AFTER.match(text, end if unit in ("count", "money") else m.end())
    sep = rm.group().strip()[:3].lower() if rm else ""
    between_m = _BETWEEN_BEFORE.search(tail)
    is_between = between_m is not None
    if rm and digits and sep[:1] in "-–—" and rm.group("n2")[0].isdigit() and not is_between:
        v2 = parse_digits(rm.group("n2"))
        if v2 is not None and v2 * scale <= value and not scale_word and not cur:
            return None  # a score ("won 4-2"), not a range
    word_to = bool(rm) and (sep.startswith("to") or sep.startswith("or")) and not rm.group("n2")[0].isdigit()
    if rm and word_to and words and not _CHANGE_FROM.search(tail):
        pass
    elif rm and not rm.group("n2")[0].isdigit():
        rm = None
    if rm and ((sep.startswith("and") and is_between) or (sep[:1] in "-–—" and not is_between and digits)
               or (word_to and words and not _CHANGE_FROM.search(tail))
               or (sep.startswith("to") and not _CHANGE_FROM.search(tail)
                   and (_RANGE_TO_BEFORE.search(tail) or (digits and not _CHANGE_JUST_BEFORE.search(tail))))):
        v2 = parse_digits(rm.group("n2")) if rm.group("n2")[0].isdigit() else parse_words(rm.group("n2"))
        s2 = scale_of(rm.group("scale2")) if rm.group("scale2") else scale
        if v2 is not None and not _YEARISH.match(rm.group("n2").replace(",", "x")):
            hi = v2 * s2
            lo = value if scale_word or not rm.group("scale2") else value / scale * s2
            if lo < hi:
                end = rm.end()
                after2 = text[end:]
                pm2 = _PERCENT_AFTER.match(after2)
                if pm2:
                    unit = "percent"
                    end += pm2.end()
                elif unit == "count" and _DURATION_AFTER.match(after2):
                    unit = "duration"
                    dm = _DURATION_AFTER.match(after2)
                    end += dm.end()
                bound, value, low, high = "between", lo, lo, hi
                if is_between:
                    start = tail_off + between_m.start()
    if bound != "between":
        bound, bstart, bend = _bound(text, start, end)
        start, end = min(start, bstart), max(end, bend)
        if value < 100 and not scale_word and float(value).is_integer() and unit in ("count", "duration"):
            tol = 0.0
        if unit == "percent" and digits:
            tol = 0.5 * 10 ** -(len(digits.split(".", 1)[1]) if "." in digits else 0)
        if bound == "exact" and words and "dozen" in words.lower():
            bound = "about"
        tol = min(tol, abs(value) * EXACT_CAP) if tol and unit != "percent" else tol
        low, high = interval(bound, value, tol)
    # what it counts
    # the clause before the figure, read by several tests below (computed once)
    clause = _clause_left(text[max(0, start - LEFT_WINDOW):start])
    clause_words = [t for t in _TOKEN.findall(clause) if t[0].isalpha()]
    counts: Optional[str] = None
    frames: List[str] = list(extra_frames)
    noun_end = -1
    if unit == "duration":
        counts = singular(dm.group("dw")) if dm else None
    else:
        noun, noun_end, right_frames = _right_noun(text, end, unit, value)
        frames += right_frames
        if noun:
            counts = noun
            if unit == "count":
                end = max(end, noun_end)
        elif noun_end >= 0:
            counts = _left_subject(clause, clause_words, bound == "surpassed", frames)
    pl = _PLACE_AFTER.match(text, max(end, noun_end if counts else end))
    # where: a named place or a place adverb must match exactly ("@ohio"); a
    # common noun ("in the city") only narrows, like a modifier ("+city")
    raw = (pl.group("p") or pl.group("w")).rstrip(".,") if pl else ""
    named = bool(raw) and (raw[0].isupper() or bool(pl.group("w"))
                           or (pl.group("det") or "").lower() not in ("the", "this", "that"))
    if not raw:
        pw = _PLACE_WORD.search(clause)
        raw, named = (pw.group(), True) if pw else ("", False)
    place = raw.lower()
    if place and place not in TIME_WORDS and place not in _stopwords() and place not in _NOT_PLACE:
        frames.append(("@" if named else "+") + place)
    det_before = _DET_BEFORE.search(text[max(0, start - 12):start]) is not None
    if not det_before and _MODAL.search(clause):
        frames.append("modal")
    if _COMPARED.search(text[max(0, start - 40):start]):
        frames.append("compared")
    if not det_before and bound != "surpassed":
        frames += _left_frames(clause_words)
        if unit == "count":
            frames += _right_verb(text, end)
        elif unit == "percent" and counts and noun_end > end and text[end:noun_end].lstrip().startswith("of"):
            frames += _right_verb(text, noun_end)
    s_text = text[start:end].strip()
    return Figure(start=offset + start, end=offset + start + len(text[start:end].rstrip()), sentence=index,
                  text=s_text, value=_r(value), unit=unit, bound=bound, low=_r(low), high=_r(high), counts=counts,
                  currency=currency, qualifier=qualifier(start, end, frames))


def _r(x: Optional[float]) -> Optional[float]:
    """``x`` without binary noise (3.1500000000000004 -> 3.15)."""
    if type(x) is float and x.is_integer() and -1e12 < x < 1e12:
        return x  # a whole number of at most 12 digits: already what "%.12g" prints
    return None if x is None else float(f"{x:.12g}")


def _word_rounding(value: float, scale: float) -> float:
    digits = str(int(value / scale)) if scale != 1.0 else str(int(value))
    return rounding(digits, scale)


def _last_word(before: str) -> Optional[Tuple[str, int, bool]]:
    """``(word, its start, whether one space follows it)`` for the last word
    of ``before``, as ``re.search(r"(\\S+)( ?)$", before)`` finds it (groups
    1 and 2; ``$`` also matches before a final newline), without a regex
    search that retries at every position; None when it finds nothing."""
    rest = before[:-1] if before.endswith("\n") else before
    spaced = rest.endswith(" ")
    if spaced:
        rest = rest[:-1]
    if not rest or rest[-1].isspace():
        return None
    word = rest.rsplit(None, 1)[-1]
    return word, len(rest) - len(word), spaced


def _capitalised_identifier(before: str, digits: bool = False) -> bool:
    """True when the number follows a capitalised word that is not the first
    word of the sentence ("Local 757", "Apollo 11"), or is glued to one
    ("COVID-19")."""
    last = _last_word(before)
    if last is None:
        return False
    word, word_start, spaced = last
    if word[-1] in "-–" and len(word) > 1 and word[-2].isalpha() and not spaced:
        return True
    w = word
    if not w[-1].isalnum() or not w[0].isupper() or w.lower() in _CAP_OK or w.lower().rstrip(".") in _MONTHS:
        return False  # punctuation between ("Obamacare, 40") or not a capitalised word
    if w.isupper() and len(w) > 1:
        return True  # "COVID 19", "F 35" style codes
    if w.lower() in _IDENT_WORDS:
        return True
    if not before[:word_start].strip():
        return False  # the first word of the sentence ("Interstate" is in _IDENT_WORDS)
    if digits:
        return True  # a bare number after a name: "(KOLD News 13)"
    words = before.split()
    caps = sum(1 for x in words if x[:1].isupper())
    return caps * 3 < len(words) * 2  # not in a Title Case headline ("Should Get Five Years")


@lru_cache(maxsize=1)
def _bound_index() -> Tuple[Dict[str, Tuple[Tuple[int, Dict[str, str]], ...]], Dict[str, Tuple[Tuple[str, str], ...]]]:
    """``_bounds()`` indexed for ``_bound``: the phrases before a figure by
    their last two characters, as ``(length, {phrase: bound})`` longest
    first (the first of two equal phrases wins, as in the plain loop); the
    phrases after it by their first character, in ``_bounds()`` order.  A
    phrase too short to have such a key is listed under every key and under
    "" (the key for text no phrase ends or starts like)."""
    before_b, after_b = _bounds()
    ends = {p[-2:] for p, _ in before_b if len(p) >= 2} | {""}
    before: Dict[str, Tuple[Tuple[int, Dict[str, str]], ...]] = {}
    for key in ends:
        by_len: Dict[int, Dict[str, str]] = {}
        for phrase, b in before_b:
            if len(phrase) < 2 or phrase[-2:] == key:
                by_len.setdefault(len(phrase), {}).setdefault(phrase, b)
        before[key] = tuple(sorted(by_len.items(), reverse=True))
    starts = {p[:1] for p, _ in after_b} | {""}
    after = {key: tuple(pb for pb in after_b if pb[0][:1] in (key, "")) for key in starts}
    return before, after


def _bound(text: str, start: int, end: int) -> Tuple[str, int, int]:
    """The bound around the figure at [start, end) and the span it covers."""
    before_index, after_index = _bound_index()
    off = max(0, start - 40)
    l_strip = text[off:start].lower().rstrip()
    n = len(l_strip)
    bound, bstart = "exact", start
    # The longest phrase that ends the text before the figure as whole words.
    # Only phrases ending in the same two characters can; of those, a dict
    # look-up per phrase length instead of an endswith per phrase.
    by_len = before_index.get(l_strip[-2:]) or before_index[""]
    for size, phrases in by_len:
        if size <= n and l_strip[n - size:] in phrases and (size == n or not l_strip[n - size - 1].isalnum()):
            bound, bstart = phrases[l_strip[n - size:]], off + n - size
            break
    right = text[end:end + 30].lower()
    right_l = right.lstrip()
    bend = end
    # Only phrases starting with the first character after the spaces can
    # match ("+" is read without skipping spaces, but then starts ``right_l`` too).
    for phrase, b in after_index.get(right_l[:1]) or after_index[""]:
        r = right_l if phrase != "+" else right
        if r.startswith(phrase) and (phrase == "+" or len(r) == len(phrase) or not r[len(phrase)].isalnum()):
            if bound == "exact":
                bound = b
                bend = end + (len(right) - len(r)) + len(phrase)
            break
    return bound, bstart, bend


_GLUED_DIGITS = re.compile(r"(?<=[A-Za-z])-\d+")
_NOT_PLURAL = frozenset(
    "measles mumps rabies diabetes herpes scabies news series species physics politics economics athletics "
    "gymnastics means lens gas pancreas".split())


@lru_cache(maxsize=1 << 15)  # a pure test of one word; the same words recur
def _is_plural(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return True
    if w in _NOT_PLURAL:
        return False
    if len(word) >= 3 and word[:-1].isupper() and word[-1] == "s":
        return True  # "MPs", "CEOs"
    if w.endswith("men") and len(w) > 4 and w not in ("specimen", "abdomen", "regimen"):
        return True
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
            and w not in _stopwords())


def _next_is_capitalised(toks, g) -> bool:
    k = toks.index(g)
    return k + 1 < len(toks) and toks[k + 1][0][:1].isupper()


def _right_noun(text: str, end: int, unit: str, value: float) -> Tuple[Optional[str], int, List[str]]:
    """What the figure ending at ``end`` counts, read after it: (noun, end of
    the noun in text, frames)."""
    stop = _stopwords()
    _, change = _verbs()
    frames: List[str] = []
    window = text[end:end + 120]
    if "-" in window:
        window = _GLUED_DIGITS.sub(lambda m: "-" + "x" * (len(m.group()) - 1), window)  # COVID-19 -> COVID-xx
        toks = [(t.group(), t.start() + end, t.end() + end) for t in islice(_TOKEN.finditer(window), 8)]
    else:  # the window as it is: its tokens read in place (_TOKEN looks at nothing around a token)
        toks = [(t.group(), *t.span()) for t in islice(_TOKEN.finditer(text, end, end + 120), 8)]
    i = 0
    of = False
    if toks and toks[0][0].lower() == "of":
        i = 1
        of = True
        if i < len(toks) and toks[i][0].lower() in _PARTITIVE:
            if unit == "count":
                frames.append("part")
            while i < len(toks) and toks[i][0].lower() in _DETERMINERS_PARTITIVE:
                i += 1
    elif unit == "money" and toks and toks[0][0].lower() in ("on", "for"):
        i = 1
        while i < len(toks) and toks[i][0].lower() in _DETERMINERS:
            i += 1
    group: List[Tuple[str, int, int]] = []
    while i < len(toks) and len(group) < 4:
        w, s, e = toks[i]
        lw = w.lower()
        if not w[0].isalpha() or lw in stop:
            break
        if w[0].isupper() and not (_is_plural(w) and w.lower().endswith(_DEMONYM_ENDS)):
            if unit == "count" and not of and i + 1 < len(toks) and toks[i + 1][0][:1].isalpha():
                group.append(toks[i])  # a name used as a modifier: "142 Chinese PLA soldiers"
                i += 1
                continue
            break
        if lw in change and change[lw] in ("new", "additional", "extra", "more", "fewer", "another", "further",
                                            "previous", "prior", "former", "earlier"):
            frames.append(change[lw])
        group.append(toks[i])
        if _is_plural(w) and (unit == "count" or of):
            break
        i += 1
    if not group:
        return None, end, frames
    if unit == "count":
        plural = [g for k, g in enumerate(group) if _is_plural(g[0])
                  and (g[0][0].islower() or g[0].lower().endswith(_DEMONYM_ENDS) or k > 0
                       or not _next_is_capitalised(toks, g))]
        if plural:
            w, _, e = plural[0]
            frames += _modifiers([g[0] for g in group[:group.index(plural[0])]])
            return singular(w.strip("'’")), e, frames
        if value <= 1 and not group[0][0].endswith(("ed", "ing")):
            return group[0][0].lower(), group[0][2], frames
        return None, -1, frames  # a noun we cannot read: not the subject's either
    if of:
        plural = [g for g in group if _is_plural(g[0])]
        w, _, e = plural[0] if plural else group[0]
        if not plural and w.endswith(("ed", "ing")):
            return None, end, frames
        if plural:
            frames += _modifiers([g[0] for g in group[:group.index(plural[0])]])
        return singular(w.strip("'’")), e, frames
    # money / percent: the last word of the noun group
    head = group[:2]
    w, _, e = head[-1]
    if w.endswith(("ed", "ing", "ly")) and len(head) == 1:
        return None, end, frames
    frames += _modifiers([g[0] for g in head[:-1]])
    return singular(w), e, frames


def _clause_left(left: str) -> str:
    cut = 0
    for m in _CLAUSE_BREAK.finditer(left):
        cut = m.end()
    return left[cut:]


def _left_frames(clause_words: Sequence[str]) -> List[str]:
    """The predicate just before the figure, read in ``clause_words`` (the
    words of its clause before it, see ``_clause_left``, as ``_TOKEN``s that
    start with a letter), as a frame: a change verb's name ("hired" ->
    "hire"), another content word as written ("operates", "affecting");
    nothing for level verbs ("has", "is") and prepositions ("of", "with")."""
    level, change = _verbs()
    stop = _stopwords()
    out: List[str] = []
    for w in reversed([t.lower() for t in clause_words[-6:]]):
        if w in change:
            out.append(change[w])
            if change[w] in ("from", "new", "previous"):
                continue
            break
        if w.endswith("ly") or w in ("a", "an", "to", "by", "at"):
            continue
        if w in level or w in stop:
            break
        out.append(w)
        break
    return out


def lead_words(sentence: str, start: int) -> FrozenSet[str]:
    """The content words before the figure at ``start`` in its clause, level
    verbs ("has", "had", "employs") all read as "level", bound and function
    words left out: what the figure is said of ("the plant has" ->
    {"plant", "level"})."""
    level, _ = _verbs()
    stop = _stopwords()
    bound_words = _bound_words()
    out = set()
    for t in _TOKEN.findall(_clause_left(sentence[:start])):
        w = t.lower()
        if not t[0].isalpha() or w in bound_words or w.endswith("ly"):
            continue
        if w in level:
            out.add("level")
        elif w not in stop:
            out.add(w)
    return frozenset(out)


_AUX = frozenset("will would could can may might must should have has had were was are is be been being also still "
                 "now already reportedly then".split())


def _right_verb(text: str, end: int) -> List[str]:
    """The predicate after a counted noun in subject position ("3,500 people
    produced", "2.2 million Ethiopians will need"), as a frame; [] for level
    verbs or none."""
    level, change = _verbs()
    stop = _stopwords()
    toks = _TOKEN.findall(text[end:end + 80])[:6]
    aux = False
    for w in toks:
        lw = w.lower()
        if lw in _AUX:
            aux = True
            continue
        if lw.endswith("ly") and w.isalpha():
            continue
        if not w[0].isalpha() or (w[0].isupper()):
            return []
        if lw in change:
            return [change[lw]]
        if lw in level or lw in stop:
            return []
        if lw.endswith(("ed", "en")):
            return [lw]
        return []
    return []


_ANCHOR_CLAUSE = re.compile(r"[,;:()\[\]\u2014\u2013]|\s-\s|\b(?:while|but|whereas|although|though)\b")
_ANCHOR_SKIP = frozenset(
    "the a an in on at of for but and or if it its this that these those there he she they we i his her "
    "their our mr mrs ms dr sir however meanwhile overall last next about some nearly more almost around "
    "roughly only just over up down after before since with by from as also total between".split())


_CAPITALISED = re.compile(r"[A-Z][A-Za-z'’&.\-]*")


def anchors(sentence: str, start: int, end: int, counts: Optional[str] = None) -> FrozenSet[str]:
    """The capitalised names in the clause of ``sentence`` around the figure at
    ``[start, end)`` ("Toyota sales jumped 11%" -> {"toyota"}): two figures
    naming different things in their clauses are about different things.
    Months, weekdays and common sentence openers are not names."""
    cut_l = 0
    for m in _ANCHOR_CLAUSE.finditer(sentence, 0, start):
        cut_l = m.end()
    m = _ANCHOR_CLAUSE.search(sentence, end)
    cut_r = m.start() if m else len(sentence)
    out = set()
    for t in _CAPITALISED.finditer(sentence[cut_l:cut_r]):
        w = t.group().rstrip(".").replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        lw = w.lower()
        if lw in _ANCHOR_SKIP or lw in TIME_WORDS or lw in _stopwords() or len(lw) < 2:
            continue
        if singular(lw) == counts:
            continue  # "Sales at Toyota rose 11%": the counted noun, capitalised as first word
        out.add(lw)
    return frozenset(out)


def _left_subject(clause: str, clause_words: Sequence[str], verb_bound: bool = False,
                  modifiers: Optional[List[str]] = None) -> Optional[str]:
    """For "<subject> <verb> FIGURE" or "<noun> of FIGURE" (``clause`` is the
    words of the figure's clause before it, see ``_clause_left``, and
    ``clause_words`` its ``_TOKEN``s that start with a letter): the subject's
    head noun, singular; None when the words before the figure are not so.
    The subject's lower-case modifiers ("interest rates" -> "interest") are
    appended to ``modifiers``."""
    level, change = _verbs()
    stop = _stopwords()
    toks = clause_words
    if not toks:
        return None
    bounds_before, _ = _bounds()
    i = len(toks)
    saw_verb = verb_bound
    # the bound words were consumed by the caller's span; skip any left over
    while i > 0:
        w = toks[i - 1].lower()
        if w in level or w in change or w.endswith("ly") or w in ("to", "by", "at", "of", "than", "more", "less"):
            if w not in ("to", "by", "at", "of"):
                saw_verb = True
            if w == "of" and i == len(toks):
                saw_verb = True
            i -= 1
            continue
        if w in _bound_phrases():
            i -= 1
            continue
        break
    if not saw_verb or i == 0:
        return None
    np = toks[:i][-8:]
    # cut at the first preposition after some content
    for j, w in enumerate(np):
        if j > 0 and w.lower() in _PREPOSITIONS and np[j - 1].lower() not in _DETERMINERS:
            if np[j - 1].lower() in _VAGUE_HEADS and w.lower() == "of":
                rest = [x for x in np[j + 1:] if x.lower() not in _DETERMINERS]
                cut = [k for k, x in enumerate(rest) if x.lower() in _PREPOSITIONS]
                rest = rest[:cut[0]] if cut else rest
                return singular(rest[-1]) if rest else None
            np = np[:j]
            break
    head = np[-1] if np else None
    if head is None:
        return None
    lw = head.lower().strip("'’")
    if lw.endswith(("'s", "’s")) or lw in stop or lw in level or lw in change or lw in _DETERMINERS:
        return None
    if head[0].isupper() and len(np) > 1 and clause.strip() and not clause.strip().startswith(head):
        return None  # a proper name ("Whitfield earned"): not a quantity's name
    if head.isupper() and len(head) > 1:
        return None
    if modifiers is not None:
        modifiers += _modifiers(np[:-1])
        modifiers += ["+" + w.lower()[:-2] for w in np[:-1]
                      if w[0].islower() and w.lower().endswith(("'s", "’s")) and w.lower()[:-2] not in _stopwords()]
    return singular(lw)


_MODIFIER_SKIP = frozenset("total current overall entire whole latest estimated official reported".split())


def _modifiers(words: Sequence[str]) -> List[str]:
    """The lower-case content words of a noun group before its head, each
    marked with a leading "+" in the qualifier ("212 bus routes" -> "+bus")."""
    stop = _stopwords()
    level, change = _verbs()
    return ["+" + w.lower() for w in words
            if w[0].islower() and w.lower() not in stop and w.lower() not in _DETERMINERS
            and w.lower() not in _MODIFIER_SKIP and w.lower() not in change and w.lower() not in level
            and not w.endswith(("'s", "’s", "'", "’"))]
