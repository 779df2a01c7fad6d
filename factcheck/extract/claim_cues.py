"""Cue detection for check-worthy claims: which words in a sentence make it
check-worthy, by kind (statistic, record, superlative, trend, comparison,
causal, prediction).

The cues come from ``factcheck/data/claim_cues.txt``, ``superlatives.txt``
and ``trend_verbs.txt``; statistics are found with a light regex of our own,
so claims do not depend on figures.py.  ``claims.py`` decides which
sentences are claims and what attribution covers them.

The logic here is plain: every cue pattern and the statistic regex are
tried on the sentence, then matches that do not count are dropped.  The
speed shortcuts (folded text, guard words, a statistic regex cut down to
the branches that can match) are all in ``claim_cues_fast.py``; what they
need to know about a pattern is written beside it (the ``needs:`` lines of
claim_cues.txt, the words of each statistic branch below).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, NamedTuple, Optional, Tuple

from factcheck.model import Span

from . import claim_cues_fast as fast
from .claim_cues_fast import DIGIT
from .lazy import Lazy
from .lexicon import read_list

_SCALE = r"(?:million|billion|trillion|bn|mn)"
_WORDNUM = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
_NUM = r"\d+(?:[,.]\d+)*"
_SCALED = ("percent", "per cent", "thousand", "million", "billion", "trillion")
# Words one of which every match of a statistic branch holds in lower-case
# text (DIGIT: any digit), for the fast layer only.
_A_DIGIT = (DIGIT,)
_A_PART = ("illion", "quarter", "third", "fifth", "tenth", "half", "majority")
_OUT_OF = ("out of",)
# Our own light statistic detector, so claims do not depend on figures.py:
# the branches of the statistic regex, in order (at one place the first that
# matches wins), each with its words (above) and how its matches start: only
# with a digit or currency sign ("digit"), only with a letter, or "either".
_STAT_BRANCHES: Tuple[Tuple[str, Tuple[str, ...], str], ...] = (
    (r"[$£€¥]\s?" + _NUM + r"(?:\s?(?:" + _SCALE + r"|[mbk])\b)?", _A_DIGIT, "digit"),
    (r"\b" + _NUM + r"\s?(?:%|percent\b|per\s?cent\b|percentage points?\b)", _A_DIGIT, "digit"),
    (r"\b" + _NUM + r"\s(?:" + _SCALE + r")\b", _A_DIGIT, "digit"),
    (r"\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b", _A_DIGIT, "digit"),
    (r"\b(?:a|one|half a|several|hundreds of|tens of) (?:million|billion|trillion)\b", _A_PART, "letter"),
    (r"\b(?:one|two|three|a)[- ](?:quarters?|thirds?|fifths?|tenths?) of (?:all |the |our |their |its )?[a-z]+s\b",
     _A_PART, "letter"),
    (r"\b(?:(?:nearly|almost|more than|about|roughly|over|under|less than|fewer than|at least) half|half of all)\b",
     _A_PART, "letter"),
    (r"\b(?:a|the) (?:large |vast |slim |narrow |clear |small )?majority of (?:all |the )?[a-z]+s\b", _A_PART, "letter"),
    (r"\b(?:\d+|" + _WORDNUM + r"(?:-" + _WORDNUM + r")?) out of (?:every )?(?:\d+|" + _WORDNUM + r"(?:-" + _WORDNUM
     + r")?)\b", _OUT_OF, "either"),
    (r"\b\d{2,} of (?:them|those|these|the|its|their|our)\b", _A_DIGIT, "digit"),
    (r"\b" + _WORDNUM + r"(?:[- ](?:and )?(?:" + _WORDNUM + r"|a half))*\s(?:" + "|".join(_SCALED) + r")\b",
     _SCALED, "letter"),
    (r"\b\d{2,}(?=\s+(?:[a-z-]+\s+)?(?!(?:was|is|has|does|says|as|this|his|its|us|plus|versus|thus|across|less|unless|seconds|minutes|hours|days|weeks|months|years|decades|yards|metres|meters|points|goals|runs|wickets|laps|holes|games|matches|caps)\b)(?:[a-z]+s|people|children|men|women|staff|personnel|police|cattle|sheep|fish|deer|aircraft)\b)",
     _A_DIGIT, "digit"),
)
_STAT_RE = Lazy("(?:" + "|".join(b for b, _, _ in _STAT_BRANCHES) + ")", re.IGNORECASE)

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# Numbers that are not statistics: dates, times, ages, names of things.
NOT_STAT_BEFORE = Lazy(
    r"(?:\b" + _MONTHS + r"|\b(?:No|Nos|Route|Line|Highway|Interstate|I|Room|Page|Section|Article|"
    r"Chapter|Flight|Channel|Local|Unit|Act|Rule|Form|Title|Ward|District|Precinct|Suite|"
    r"Amendment|Proposition|Prop|Measure|Bill|Game|Week|Round|Stage|Level|Grade|Class|Division|"
    r"Top|top|Apollo|Windows|iPhone|Covid|COVID|Ebola|H\dN|Gen|Version|v|Vol|Episode|Season|Part|Phase|Model|Series)\.?)\s?$"
    r"|[#\-/:]$"
)
_NOT_STAT_AFTER = Lazy(
    r"\A(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|UTC|EST|EDT|PST|PDT)"
    r"|-year-old|-years-old|\s?years? old|th\b|st\b|nd\b|rd\b|s\b|'s\b|-\d|/\d|:\d"
    r"|,?\s" + _MONTHS + r"\b)"
)
_MEASURED = re.compile(r"[$£€¥%]|percent|cent|million|billion|trillion", re.IGNORECASE)
YEAR = re.compile(r"\A(?:1[89]|20)\d\d\Z")

_DET = r"(?:the|its|their|his|her|our|my|your|this|that|a|an|[A-Za-z]+['\u2019]s?)"
_ORDINAL = r"(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))-)?"
_NOT_AFTER_SUP = (r"(?![\s-](?:known|way|ways|interests?|practices?|friends?|thing to|of luck|wishes|seller|selling author"
                  r"|priority|priorities|standards?|ideals?|respect|regard|hono(?:u)?r|esteem|praise|possible|order\b))")
_TREND_MEASURE = (
    r"(?=(?:\s+[\w,.'\u2019-]+){0,4}?\s+(?:[$£€]?\d|half\b|a third\b|a quarter\b|a fifth\b|\w+fold\b)"
    r"|\s+(?:sharply|steadily|dramatically|slightly|significantly|markedly|rapidly|substantially|modestly|"
    r"considerably|sharper|steeply|strongly|again|year-on-year|year over year|annually|every year|each year)\b"
    r"|\s+(?:last|this|a|per) (?:year|month|quarter|week|decade)\b|\s+(?:in|over|during) (?:the )?(?:past|last|first|second|third|fourth)\b"
    r"|\s+since\b|\s+for the (?:\w+ )?(?:straight|consecutive|first)\b)"
)
_TREND_NOT = Lazy(r"\A\s+to (?:prominence|power|fame|the challenge|the occasion|become|his|her|their|its|the ground|the floor)\b")
# "is due to name his squad": a schedule, not a cause (a verb, then its object).
_DUE_SCHEDULE = Lazy(r"\A\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]+\s+"
                     r"(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b"
                     r"|\A\s+(?![a-z]+(?:s|ing)\b)[a-z]+\s+(?:by|on|at|next|later|this|early|soon|within|before|after)\b")
_PERSONAL = Lazy(r"\b(?:he|she|i|we|you)\s+$", re.IGNORECASE)
# Promises are not predictions: "I will cut taxes", "we'll double it".
_PROMISE = Lazy(r"\A(?:I|we|you|I'll|we'll|you'll)\b|\A(?:I|we|you)['\u2019]ll\b", re.IGNORECASE)


def phrase(p: str) -> str:
    """A regex fragment from the data files: spaces match any whitespace."""
    return p.replace(" ", r"\s+")


def literal(w: str) -> str:
    """A literal phrase as a regex: each word escaped, spaces match any whitespace."""
    return r"\s+".join(re.escape(part) for part in w.split())


class Cue(NamedTuple):
    """A cue pattern: its claim kind, its regex (group 1, when it has one, is
    the trigger) and, for the fast layer, its guard words (``fast.Needs``).
    The regex is compiled on first use (``lazy.py``)."""
    kind: str
    pattern: Lazy
    needs: fast.Needs


def _superlative_cue() -> Cue:
    words = read_list("superlatives")
    sups = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    sup = (r"\b" + _DET + r"\s+(?:[\w'\u2019-]+\s+){0,2}?(" + _ORDINAL + r"(?:" + sups + r")" + _NOT_AFTER_SUP
           + r"|(?<!at )(?-i:most|least)\s+(?!of\b|people\b|likely\b|recently\b|important(?:ly)?\b|often\b|part\b|[a-z]+ly\b)[a-z][a-z-]+)\b")
    return Cue("superlative", Lazy(sup, re.IGNORECASE), (tuple(w.lower() for w in words) + ("most", "least"),))


def _trend_cue() -> Cue:
    words = read_list("trend_verbs")
    trend = "|".join(sorted(words, key=len, reverse=True))
    return Cue("trend", Lazy(r"\b(" + trend + r")\b" + _TREND_MEASURE), (tuple(words),))


def _listed_cues() -> List[Cue]:
    """The patterns of claim_cues.txt, by kind (in alphabetical order), each
    with the guard words of its ``needs:`` line."""
    by_kind = {}
    last = ""  # the kind of the pattern line read last
    for line in read_list("claim_cues"):
        key, _, value = line.partition(":")
        if key.strip() == "needs":  # the guard words of the pattern above
            kind, pat, _ = by_kind[last][-1]
            by_kind[last][-1] = (kind, pat, tuple(tuple(g.split("|")) for g in value.replace(" ", "").split("&")))
            continue
        last = key.strip()
        by_kind.setdefault(last, []).append((last, "(?:" + phrase(value.strip()) + ")", ()))
    return [Cue(kind, Lazy(r"\b(" + pat + r")\b", re.IGNORECASE), needs)
            for k in sorted(by_kind) for kind, pat, needs in by_kind[k]]


@lru_cache(maxsize=1)
def cues() -> Tuple[Cue, ...]:
    """Every cue pattern: superlatives, trend verbs, then claim_cues.txt's."""
    return (_superlative_cue(), _trend_cue(), *_listed_cues())


# The fast layer (claim_cues_fast.py).  ``_folded_text`` gives None when the
# text cannot be folded (tests also set it so, to get the plain path).
_folded_text = fast.folded_text


@lru_cache(maxsize=1)
def _matcher() -> fast.CueMatcher:
    return fast.CueMatcher(cues())


@lru_cache(maxsize=1)
def _statistic_finder() -> fast.StatisticFinder:
    return fast.StatisticFinder(_STAT_BRANCHES)


def statistic_spans(text: str, start: int, end: int) -> List[Span]:
    """Spans of numbers in ``text[start:end]`` that read as statistics
    (money, percentages, counts from 10 up, scaled numbers), not dates,
    times, years, ages or names."""
    return _statistic_spans(text, start, end, _folded_text(text))


def _statistic_spans(text: str, start: int, end: int, text_low: Optional[str]) -> List[Span]:
    """``statistic_spans``, given ``_folded_text(text)``."""
    if text_low is None:
        matches = _STAT_RE.finditer(text, start, end)
    else:
        matches = _statistic_finder().finditer(text_low, start, end)
        if matches is None:
            return []
    return [Span(m.start(), m.end()) for m in matches if _is_statistic(text, start, end, m)]


def _is_statistic(text: str, start: int, end: int, m: "re.Match[str]") -> bool:
    """Whether the statistic regex's match ``m`` reads as a statistic."""
    tok = text[m.start():m.end()]
    if YEAR.match(tok):
        return False
    if _MEASURED.search(tok):  # money, percentages and scaled numbers are always statistics
        return True
    if NOT_STAT_BEFORE.search(text[max(start, m.start() - 14):m.start()]):
        return False
    return not _NOT_STAT_AFTER.match(text[m.end():min(end, m.end() + 12)])


def sentence_triggers(text: str, start: int, end: int, prefilter: bool = True) -> List[Tuple[str, Span]]:
    """(kind, span) for every cue in ``text[start:end]``, statistics last.
    ``prefilter=False`` tries every pattern (same result, slower)."""
    text_low = _folded_text(text)
    if text_low is None:  # every pattern, on the text itself
        matches = [(cue.kind, m) for cue in cues() for m in cue.pattern.finditer(text, start, end)]
    else:
        matches = _matcher().matches(text, text_low, start, end, prefilter)
    out: List[Tuple[str, Span]] = []
    for kind, m in matches:
        g = 1 if m.re.groups else 0
        s, e = m.start(g), m.end(g)
        if kind not in _CHECKED or not _dropped(kind, text, start, s, e):
            out.append((kind, Span(s, e)))
    for sp in _statistic_spans(text, start, end, text_low):
        out.append(("statistic", sp))
    return out


_CHECKED = frozenset(("trend", "causal", "prediction"))  # the kinds whose cues _dropped may drop


def _dropped(kind: str, text: str, start: int, s: int, e: int) -> bool:
    """Whether the cue ``text[s:e]`` of the sentence from ``start`` does not
    count: "rose to power", "he rose"; "is due to name his squad" (a
    schedule); "I will double it" (a promise)."""
    if kind == "trend":
        return bool(_TREND_NOT.match(text[e:e + 30]) or _PERSONAL.search(text[max(start, s - 6):s]))
    if kind == "causal":
        return text[s:s + 3].lower() == "due" and _DUE_SCHEDULE.match(text[e:e + 40]) is not None
    if kind == "prediction":
        return _PROMISE.match(_before_word(text, start, s)) is not None
    return False


def _before_word(text: str, start: int, at: int) -> str:
    """The word just before ``at`` (within the sentence), with what follows."""
    m = re.search(r"([\w'\u2019]+)\s+$", text[max(start, at - 20):at])
    return text[max(start, at - 20) + m.start(1):at] if m else ""
