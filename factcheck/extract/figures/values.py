"""A number as a figure: its value, unit, range or bound, interval, what it
counts and its frames.

``number`` reads one NUM match in steps, each a decision about it: is it a
figure at all (``_read``), its scale and currency (``_scale``), a ratio
("one in five"), the unit written after it (``_unit_after``), a range or a
bound (``_range_or_bound``), then what it counts and its frames
(``_finish``).  ``fraction`` and ``compound`` read the other shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from factcheck.model import Figure

from ..lazy import Lazy
from ..numbers import ONES_AND_TENS, parse_digits, parse_words, rounding, scale_of, singular
from . import patterns as P
from .context import bound, bound_before, capitalised_identifier, ident_before, over_as_during
from .nouns import clause_left, left_frames, left_subject, right_noun, right_verb
from .scan import Scan
from .words import COMPOUND_NOT_NOUNS, NOT_PLACES, TIME_UNITS, TIME_WORDS, group_members, stopwords

ABOUT = 0.10
"""An "about" figure is read as +/-10% (wider than any rounding)."""
EXACT_CAP = 0.05
"""An unqualified figure carries the rounding its digits imply (half a unit of
the last significant digit: "45,000" -> +/-500), capped at 5% of the value;
whole numbers below 100 (no scale word) are exact."""
LEFT_WINDOW = 160
"""How far left of a figure its subject and predicate are looked for."""

CURRENCY = {"$": "USD", "US$": "USD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
            "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "RS": "INR", "RS.": "INR", "USD": "USD",
            "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "INR": "INR", "CAD": "CAD", "AUD": "AUD",
            "dollar": "USD", "euro": "EUR", "pound": "GBP", "pound sterling": "GBP", "yen": "JPY",
            "yuan": "CNY", "rupee": "INR", "cent": "USD", "dlr": "USD", "stg": "GBP", "ct": "USD",
            "franc": "FRANC", "schilling": "ATS", "shilling": "SHILLING", "guilder": "NLG", "lire": "ITL",
            "lira": "ITL", "pence": "GBP"}
HUNDREDTHS = ("cent", "cents", "cts", "pence")
"""Money words that name a hundredth of their currency's unit."""
NOT_PENCE = frozenset({"480", "576", "720", "1080", "1440", "2160", "4320"})
"""Numbers that with a glued "p" are a video's lines ("1080p"), not pence."""
_PRICE_MOVE = re.compile(r"\s+(?:at|to)\s+[\d.,]*\d")
"""A share's move in a market report ("ICI lost 2p at 1,333", "Unilever
gained 10p to 2,560"): a change of one of many prices the report lists,
read as no figure, as before pence were read (a report of twenty shares
has twenty such moves, none of them one quantity with another)."""
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                "fifths": 5, "tenth": 10, "tenths": 10}


def interval(bound: str, value: float, tolerance: float = 0.0) -> Tuple[Optional[float], Optional[float]]:
    """The ``(low, high)`` a bound puts around ``value``; None is an open end.

    ``tolerance`` is the rounding an exact figure carries (see EXACT_CAP).
    """
    if bound == "about":
        spread = max(abs(value) * ABOUT, tolerance)
        return value - spread, value + spread
    if bound == "nearly":
        return value - max(abs(value) * ABOUT, tolerance), value
    if bound == "just_over":  # "just over two days": the mirror of "just under"
        return value, value + max(abs(value) * ABOUT, tolerance)
    if bound in ("more_than", "at_least", "surpassed"):
        return value, None
    if bound in ("less_than", "at_most", "up_to"):
        return None, value
    return value - tolerance, value + tolerance


def _r(x: Optional[float]) -> Optional[float]:
    """``x`` without binary noise (3.1500000000000004 -> 3.15)."""
    if type(x) is float and x.is_integer() and -1e12 < x < 1e12:
        return x  # a whole number of at most 12 digits: already what "%.12g" prints
    return None if x is None else float(f"{x:.12g}")


def _word_rounding(value: float, scale: float) -> float:
    digits = str(int(value / scale)) if scale != 1.0 else str(int(value))
    return rounding(digits, scale)


# ---------------------------------------------------------------------------
# A number in digits or words


@dataclass
class _Reading:
    """A NUM match being read, and what has been decided about it so far."""

    text: str
    start: int
    end: int
    digits: Optional[str]
    words: Optional[str]
    cur: Optional[str]
    scale_word: Optional[str]
    tail_off: int
    value: float = 0.0
    scale: float = 1.0
    tol: float = 0.0
    unit: str = "count"
    currency: Optional[str] = None
    duration_word: Optional[str] = None
    bound: str = "exact"
    low: Optional[float] = None
    high: Optional[float] = None
    frames: List[str] = field(default_factory=list)
    pence: bool = False
    """Digits with a glued "p" ("130p"): a hundredth of a pound each."""
    match_end: int = field(init=False)
    """Where the NUM match ends (``end`` moves past units and ranges)."""
    tail: str = field(init=False)
    """Up to 60 characters before the match (all the text before it when tail_off is 0)."""
    after: str = field(init=False)
    """Up to 80 characters after the match."""

    def __post_init__(self) -> None:
        self.match_end = self.end
        self.tail = self.text[self.tail_off:self.start]
        self.after = self.text[self.end:self.end + 80]


def number(m, scan: Scan) -> Optional[Figure]:
    """The figure a NUM match makes, or None when it is not one."""
    rd = _read(m, scan.text)
    if rd is None:
        return None
    tail = rd.tail
    ratio = P.RATIO_BEFORE.search(tail) if not rd.cur else None
    bare = bool(rd.digits) and not P.UNIT_AFTER.match(rd.after)  # "KOLD News 13)", "Oscars 2022."
    if not rd.cur and not ratio and capitalised_identifier(tail, bare):
        return None
    _scale(rd)
    if ratio and rd.value:
        fig = _ratio(rd, ratio, scan)
        if fig is not None:
            return fig
    _unit_after(rd)
    if not _range_or_bound(rd):
        return None  # a score ("won 4-2"), not a range
    return _finish(rd, scan)


def _read(m, text: str) -> Optional[_Reading]:
    """The number's value, or None when the number is not a figure."""
    digits, words, cur, short = m.group("digits"), m.group("words"), m.group("cur"), m.group("short")
    if short and not cur and short in ("m", "k", "b", "M", "B"):
        return None
    pence = bool(m.group("pence"))
    if pence and (cur or digits in NOT_PENCE or _PRICE_MOVE.match(text, m.end())):
        return None
    rd = _Reading(text, m.start(), m.end(), digits, words, cur, m.group("scale") or (short if digits else None),
                  max(0, m.start() - 60))
    value = parse_digits(digits) if digits else parse_words(words)
    if value is None:
        return None
    rd.value, rd.pence = value, pence
    if _digits_excluded(rd) if digits else _words_excluded(rd):
        return None
    return rd


def _digits_excluded(rd: _Reading) -> bool:
    """Digits that are a time, an address, an age, an identifier, a year, a
    phone number or part of a hyphenated word."""
    after, digits = rd.after, rd.digits
    if P.TIME_AFTER.match(after) or P.ADDRESS_AFTER.match(after) or P.AGE_AFTER.match(after):
        return True
    if ident_before(rd.tail):
        return True
    if not rd.cur and not rd.scale_word and P.YEARISH.match(digits) and not P.PERCENT_AFTER.match(after):
        return True  # a year: a qualifier, not a figure
    if not rd.cur and len(digits) >= 7 and digits.isdigit():
        return True  # a phone number or an identifier ("8866288662"), not a count
    # "a 10-year plan", "COVID-19-era"
    return not rd.scale_word and bool(P.HYPHEN_WORD.match(after)) and not after.lower().startswith("-plus")


def _words_excluded(rd: _Reading) -> bool:
    """Words that are a fraction or an age, a lone "one" or "a", or part of
    a name ("the Six Nations")."""
    after, words = rd.after, rd.words
    low_words = words.lower()
    if P.FRACTION_AFTER.match(after) or P.AGE_AFTER.match(after):
        return True
    unit_after = (P.PERCENT_AFTER.match(after) or P.DURATION_AFTER.match(after) or P.MONEY_AFTER.match(after)
                  or P.TO_OR_AFTER.match(after) and P.RANGE_AFTER.match(after))
    if rd.value == 1 and not unit_after and not any(
            w in low_words for w in ("hundred", "thousand", "million", "billion", "dozen")):
        return True
    if low_words == "a":
        return True
    if not float(rd.value).is_integer() and P.TIMES_AFTER.match(after):
        return True  # "one and a half times the limit": a ratio (the quantity model's), no count
    before = rd.text[:rd.start]
    return (words[0].isupper() and bool(before.strip()) and bool(P.CAPITAL_AFTER.match(after))
            and not bound_before(before))


def _scale(rd: _Reading) -> None:
    """Scale the value, set the rounding it carries and, after a currency
    sign, the unit money."""
    rd.scale = scale_of(rd.scale_word) if rd.scale_word else 1.0
    rd.value *= rd.scale
    rd.tol = rounding(rd.digits, rd.scale) if rd.digits else _word_rounding(rd.value, rd.scale)
    if rd.cur:
        rd.unit = "money"
        rd.currency = CURRENCY.get(rd.cur.strip().upper(), CURRENCY.get(rd.cur.strip(), "USD"))
    elif rd.pence:  # "130p": £1.30
        rd.unit, rd.currency, rd.value, rd.tol = "money", "GBP", rd.value / 100, rd.tol / 100


def _ratio(rd: _Reading, ratio, scan: Scan) -> Optional[Figure]:
    """"one in five adults" as a percentage (20%), read as "about"."""
    said = ratio.group(1)
    a = parse_digits(said) if said[0].isdigit() else parse_words(said)
    if not a or a >= rd.value:
        return None
    pct = 100.0 * a / rd.value
    text = scan.text
    s0 = rd.tail_off + ratio.start()
    b, bstart, _ = bound(text, s0, rd.end)
    b = "about" if b == "exact" else b
    low, high = interval(b, pct, 0.0)
    noun, noun_end, mods = right_noun(text, rd.end, "count", 2)
    e = max(rd.end, noun_end)
    start = min(s0, bstart)
    return Figure(start=scan.offset + start, end=scan.offset + e, sentence=scan.index, text=text[start:e],
                  value=_r(pct), unit="percent", bound=b, low=_r(low), high=_r(high), counts=noun,
                  qualifier=scan.qualifier(s0, e, mods))


def _unit_after(rd: _Reading) -> None:
    """A unit written after the number: percent, money in words, a duration."""
    if rd.cur or rd.pence:
        return
    pm = P.PERCENT_AFTER.match(rd.after)
    if pm:
        rd.unit = "percent"
        rd.end += pm.end()
        if "point" in pm.group().lower():
            rd.frames.append("points")
        return
    mm = P.MONEY_AFTER.match(rd.after)
    if mm:
        rd.unit = "money"
        cw = mm.group("cw").lower()
        rd.currency = CURRENCY.get(singular(cw) if cw != "pounds sterling" else "pound sterling", "USD")
        if cw in HUNDREDTHS:
            rd.value, rd.tol = rd.value / 100, rd.tol / 100
        rd.end += mm.end()
        return
    dm = P.DURATION_AFTER.match(rd.after)
    if dm:
        rd.unit = "duration"
        rd.end += dm.end()
        rd.duration_word = dm.group("dw")


# ---------------------------------------------------------------------------
# Ranges and bounds


def _range_or_bound(rd: _Reading) -> bool:
    """Read a range ("between X and Y", "X-Y", "X to Y") or else the bound
    and interval; False when the number is a score, not a figure."""
    rm = P.RANGE_AFTER.match(rd.text, rd.end if rd.unit in ("count", "money") else rd.match_end)
    if rm:
        sep = rm.group().strip()[:3].lower()
        between_m = P.BETWEEN_BEFORE.search(rd.tail)
        if _is_score(rd, rm, sep, between_m is not None):
            return False
        if _range_applies(rd, rm, sep, between_m is not None):
            _read_range(rd, rm, between_m)
    if rd.bound != "between":
        _read_bound(rd)
    return True


def _is_score(rd: _Reading, rm, sep: str, is_between: bool) -> bool:
    """"won 4-2": a dash to a smaller plain number."""
    if not (rd.digits and sep[:1] in "-–—" and rm.group("n2")[0].isdigit() and not is_between):
        return False
    v2 = parse_digits(rm.group("n2"))
    return v2 is not None and v2 * rd.scale <= rd.value and not rd.scale_word and not rd.cur


def _range_applies(rd: _Reading, rm, sep: str, is_between: bool) -> bool:
    """Whether the words after the number make it a range: "and" after
    "between", a dash after digits, "to"/"or" after words ("five to ten"),
    "to" after "from"/"between" or after digits not following a change verb
    ("rose to" reads a new level, not a range)."""
    if not rm.group("n2")[0].isdigit():
        return sep.startswith(("to", "or")) and bool(rd.words) and not P.CHANGE_FROM.search(rd.tail)
    if sep.startswith("and"):
        return is_between
    if sep[:1] in "-–—":
        return not is_between and bool(rd.digits)
    if sep.startswith("to"):
        tail = rd.tail
        return not P.CHANGE_FROM.search(tail) and bool(
            P.RANGE_TO_BEFORE.search(tail) or (rd.digits and not P.CHANGE_JUST_BEFORE.search(tail)))
    return False


def _read_range(rd: _Reading, rm, between_m) -> None:
    """The range [value, second number], when the second is larger."""
    n2, scale2 = rm.group("n2"), rm.group("scale2")
    v2 = parse_digits(n2) if n2[0].isdigit() else parse_words(n2)
    s2 = scale_of(scale2) if scale2 else rd.scale
    if v2 is None or P.YEARISH.match(n2.replace(",", "x")):
        return
    hi = v2 * s2
    lo = rd.value if rd.scale_word or not scale2 else rd.value / rd.scale * s2
    if not lo < hi:
        return
    rd.end = rm.end()
    after2 = rd.text[rd.end:]
    pm2 = P.PERCENT_AFTER.match(after2)
    dm = P.DURATION_AFTER.match(after2) if not pm2 and rd.unit == "count" else None
    if pm2:
        rd.unit = "percent"
        rd.end += pm2.end()
    elif dm:
        rd.unit = "duration"
        rd.end += dm.end()
        rd.duration_word = dm.group("dw")
    rd.bound, rd.value, rd.low, rd.high = "between", lo, lo, hi
    if between_m is not None:
        rd.start = rd.tail_off + between_m.start()


def _read_bound(rd: _Reading) -> None:
    """The bound the words around the number put on it and its interval."""
    b, bstart, bend = bound(rd.text, rd.start, rd.end)
    if b == "more_than" and rd.unit == "duration" and over_as_during(rd.text, bstart, rd.end):
        b, bstart = "exact", rd.start  # "cut 1,100 jobs over 24 months": the time it is done in
    rd.bound = b
    rd.start, rd.end = min(rd.start, bstart), max(rd.end, bend)
    value, tol = rd.value, rd.tol
    whole = float(value).is_integer() or bool(rd.words) and float(value * 4).is_integer()  # "two and a half"
    if value < 100 and not rd.scale_word and whole and rd.unit in ("count", "duration"):
        tol = 0.0
    if rd.unit == "percent" and rd.digits:
        tol = 0.5 * 10 ** -(len(rd.digits.split(".", 1)[1]) if "." in rd.digits else 0)
    if rd.bound == "exact" and rd.words and "dozen" in rd.words.lower():
        rd.bound = "about"
    tol = min(tol, abs(value) * EXACT_CAP) if tol and rd.unit != "percent" else tol
    rd.low, rd.high = interval(rd.bound, value, tol)


# ---------------------------------------------------------------------------
# What it counts, where and in what frame


def _finish(rd: _Reading, scan: Scan) -> Figure:
    text = rd.text
    # the clause before the figure, read by several steps below
    clause = clause_left(text[max(0, rd.start - LEFT_WINDOW):rd.start])
    clause_words = [t for t in P.TOKEN.findall(clause) if t[0].isalpha()]
    counts, noun_end = _counts(rd, clause, clause_words)
    _place(rd, counts, noun_end, clause)
    _predicate(rd, counts, noun_end, clause, clause_words)
    start, end = rd.start, rd.end
    return Figure(start=scan.offset + start, end=scan.offset + start + len(text[start:end].rstrip()),
                  sentence=scan.index, text=text[start:end].strip(), value=_r(rd.value), unit=rd.unit,
                  bound=rd.bound, low=_r(rd.low), high=_r(rd.high), counts=counts, currency=rd.currency,
                  qualifier=scan.qualifier(start, end, rd.frames))


def _counts(rd: _Reading, clause: str, clause_words: List[str]) -> Tuple[Optional[str], int]:
    """(what the figure counts, where its noun ends or -1): the unit of a
    duration, the noun after the figure, else the subject before it."""
    if rd.unit == "duration":
        return (singular(rd.duration_word) if rd.duration_word else None), -1
    noun, noun_end, right_frames = right_noun(rd.text, rd.end, rd.unit, rd.value)
    rd.frames += right_frames
    if noun:
        if rd.unit == "count":
            rd.end = max(rd.end, noun_end)
        return noun, noun_end
    if noun_end >= 0:
        return left_subject(clause, clause_words, rd.bound == "surpassed", rd.frames, rd.unit in ("count", "money")), noun_end
    return None, noun_end


def _place(rd: _Reading, counts: Optional[str], noun_end: int, clause: str) -> None:
    """Where: a named place or a place adverb must match exactly ("@ohio"); a
    common noun ("in the city") only narrows, like a modifier ("+city")."""
    pl = P.PLACE_AFTER.match(rd.text, max(rd.end, noun_end if counts else rd.end))
    raw = (pl.group("p") or pl.group("w")).rstrip(".,") if pl else ""
    named = bool(raw) and (raw[0].isupper() or bool(pl.group("w"))
                           or (pl.group("det") or "").lower() not in ("the", "this", "that"))
    if not raw:
        pw = P.PLACE_WORD.search(clause)
        raw, named = (pw.group(), True) if pw else ("", False)
    place = raw.lower()
    if place and place not in TIME_WORDS and place not in stopwords() and place not in NOT_PLACES \
            and place not in P.NUMBER_WORD_SET:  # "has 58 stops across four keyboards": no place
        rd.frames.append(("@" if named else "+") + place)


def _predicate(rd: _Reading, counts: Optional[str], noun_end: int, clause: str, clause_words: List[str]) -> None:
    """Frames from the words around: "modal", "compared", the predicate."""
    text, start, end = rd.text, rd.start, rd.end
    det_before = P.DET_BEFORE.search(text[max(0, start - 12):start]) is not None
    if not det_before and P.MODAL.search(clause, _subordinate_start(clause)):
        rd.frames.append("modal")
    if _compared(text, start):
        rd.frames.append("compared")
    if det_before or rd.bound == "surpassed":
        return
    rd.frames += left_frames(clause_words)
    if rd.unit == "count":
        rd.frames += right_verb(text, end)
    elif rd.unit == "percent" and counts and noun_end > end and text[end:noun_end].lstrip().startswith("of"):
        rd.frames += right_verb(text, noun_end)


def _compared(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the other side of a comparison
    ("more than £3m", "compared with 40%"): a comparison word shortly before
    it that no other quantity or comma follows first ("shut for more than a
    year for a £3.4m repair": the year's)."""
    lo = max(0, start - 40)
    window = text[lo:start]
    found = list(P.COMPARED.finditer(window))
    if not found or _OTHER_QUANTITY.search(window, found[-1].start()):
        return False
    # "against" compares only after a comma or a figure ("this year, against a forecast of 150,000"),
    # not after a noun it opposes ("fraud against some 45 victims", "advice against swimming")
    at = lo + found[-1].start()
    if not window[found[-1].start():].lower().startswith("against"):
        return True
    return _AFTER_FIGURE.search(text, max(0, at - 30), at) is not None


_OTHER_QUANTITY = Lazy(r"\d|,|\b(?:an?|one)\s+(?:day|week|fortnight|month|year|hour|decade|minute)s?\b"
                       r"|\b(?:doubled|tripled|trebled|quadrupled|halved|\w+fold)\b", re.I)
_AFTER_FIGURE = Lazy(r"(?:,|\d[^,;]{0,25})\s*$")


def _subordinate_start(clause: str) -> int:
    """Where the figure's own clause begins after a subordinator of time or
    cause ("after", "because", "since"...) in ``clause``: a modal before it
    is the main clause's ("will be closed for 14 weeks after inspectors
    found 23 cracks": the cracks were found)."""
    return max((m.end() for m in P.SUBORDINATE.finditer(clause)), default=0)


# ---------------------------------------------------------------------------
# Fractions and compounds


def fraction(m, scan: Scan) -> Optional[Figure]:
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
        den = DENOMINATORS[(m.group("den") or m.group("den2")).lower()]
        pct = 100.0 * (1.0 if num == "a" else float(parse_words(num) or 0)) / den
        if not 0 < pct < 100:
            return None
    s, e = m.span()
    b, bstart, _ = bound(scan.text, s, e)
    b = "about" if b == "exact" else b
    low, high = interval(b, pct, 0.0)
    noun, _, mods = right_noun(scan.text, e, "percent", pct)
    return scan.figure(min(s, bstart), e, _r(pct), "percent", mods, bound=b, low=_r(low), high=_r(high), counts=noun)


def compound(m, scan: Scan) -> Optional[Figure]:
    """A number glued to its noun: "a 33-storey ship", "a 15-minute walk",
    "a two-pet limit" (ages, "-plus" and fractions are not)."""
    w = m.group("w")
    if w == "strong":
        return _strong(m, scan)
    if (w in ONES_AND_TENS or w in COMPOUND_NOT_NOUNS
            or w in stopwords() and w not in TIME_UNITS and w[:-1] not in TIME_UNITS):
        return None
    n = m.group("n")
    value = parse_digits(n) if n[0].isdigit() else parse_words(n)
    if value is None or (n[0].isdigit() and P.YEARISH.match(n)):
        return None
    if n[0].isdigit() and capitalised_identifier(scan.text[max(0, m.start() - 60):m.start()]):
        return None
    counts = singular(w)
    unit = "duration" if counts in TIME_UNITS else "count"
    s, e = m.span()
    return scan.figure(s, e, value, unit, bound="exact", low=value, high=value, counts=counts)


def _strong(m, scan: Scan) -> Optional[Figure]:
    """"a 46-strong fleet", "a 5,000-strong crowd", "a 20-strong fishing
    fleet": a count of the group's members ("vessel", "spectator"), for
    the groups ``group_members`` lists."""
    n = m.group("n")
    value = parse_digits(n) if n[0].isdigit() else parse_words(n)
    group = _GROUP_AFTER.match(scan.text, m.end())
    if value is None or group is None or group.group(2) not in group_members():
        return None
    mods = ["+" + group.group(1)] if group.group(1) else []
    tol = 0.0 if value < 100 or not n[0].isdigit() else min(rounding(n), value * EXACT_CAP)  # as "5,000 fans"
    low, high = interval("exact", value, tol)
    return scan.figure(m.start(), group.end(), value, "count", mods, bound="exact", low=_r(low), high=_r(high),
                       counts=group_members()[group.group(2)])


_GROUP_AFTER = Lazy(r"\s+(?:([a-z]+ing)\s+)?([a-z]{3,})\b")
"""The group after "N-strong", with a word in "-ing" that narrows it ("a
20-strong fishing fleet")."""
