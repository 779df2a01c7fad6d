"""The same quantity reported with incompatible values.

When two articles about one story (or two sentences of one article) give the
same quantity, their wording implies an interval: "more than 60,000" is
60,000 and up, "about 45,000" is 40,500 to 49,500 (+/-10%), "nearly 2
million" is 1.8 to 2 million, and a plain "45,000" carries the rounding its
digits imply (+/-500, at most 5%).  Intervals that cannot both be true are a
conflict: at least one figure is wrong.  Figures whose intervals overlap
agree within their bounds (2.38 million agrees with "surpassed 2 million")
and are not flagged.

Two figures are the same quantity when they count the same thing (the noun
after the number, "60,000 employees"; for money and percentages the thing
they are about, "a 3.2% raise", "the budget is $412 million"), in the same
unit and currency, and in compatible context:

* the same frame: a change ("hired 300 employees", "fares rose 18%") is
  only compared with the same change, never with a level ("has 6,000
  employees"); the words that narrow the noun must match ("212 bus routes"
  is not "40 tram routes", "interest rates" not "an annual rate"); a part
  ("4,500 of its employees") and a comparison ("compared with 30% of men")
  are never compared;
* the same periods named in their sentences, or one names none: "fares rose
  18% since 2021" is not compared with "fares rose 9% in 2024";
* no clash of names in their clauses: "Sales at Toyota rose 11%" is not
  compared with "Sales at Ford rose 3%"; changes must share a name;
* dates only when their sentences name the same event a few words away ("the
  hearing on April 9" vs "the hearing on April 19"), to the day, with the same
  tense and role ("resigned on March 3" is not "takes effect on March 31",
  "until May 4" is not "on May 14"), and not when the date is a guess
  ("expected", "could", "4 or 5 April"); vote tallies ("5-4" vs "6-3") count votes, and two tallies are
  one vote unless their days differ ("on Tuesday" / "on Thursday") or one
  approved and the other rejected;
* never two figures of one sentence ("up from $31 million").  Within one
  article only plain levels with the same periods and the same words before
  them are compared ("the plant has about 1,200 workers" ... "the plant had
  800 workers"): an article that lists several values for one noun is
  usually naming several quantities;
* across articles, a difference is explained when the article giving one
  value also gives a figure that agrees with the other article's value.

Durations ("three years"), vague plurals ("thousands of fans"), counts
below 10 without a change frame ("two officials said") and nouns that name
no quantity of their own ("the figure", "the total") are not compared.  Articles about different stories
are never compared.  One finding is made per group of conflicting figures;
it names every wording and its outlet and points at the other places.

Other words for one quantity (``factcheck.quantities``): across articles,
two figures that count the same kind of thing ("tenants" / "people",
"drivers" / "staff") in the same event or state ("told to leave" / "moved
out", "walked out" / "stayed off"), with the same roles (not an asking price
against the price paid) and no clash of times or names, are one quantity;
so are durations of one event ("a six-week closure" / "closed for two
months"), dates of one event at the precision given ("in October 2008" /
"in 2013"), and ratio words ("more than tripled" / "almost tripled").
Within one article a definite phrase ("the 5.3% rise") refers back to the
figure it names.  Such a finding says why the figures were taken for one
quantity; it is an error when identity is clear (the same noun and event
word) and info, with both sentences, when it rests on word classes.
"""

from __future__ import annotations

import datetime
from typing import Dict, FrozenSet, Iterator, List, Optional, Sequence, Tuple

from factcheck.extract.figures import WEEKDAYS, anchors, change_frames, lead_words, qualifier_parts
from factcheck import quantities
from factcheck.model import Analysis, Figure, Finding
from factcheck.rules.base import COMPARISONS, finding, place
from factcheck.settings import Settings

ID = "conflicting-figure"
SEVERITY = "error"
SUMMARY = "The same quantity is given with values that cannot both be true."
STANDARD = ("SPJ Code of Ethics, 'Take responsibility for the accuracy of their work'; "
            "AP: check every figure against its source.")
SUGGESTION = ("Check both figures against the primary source and correct the one that is wrong "
              "(or explain the difference).")
SCOPE = "story"
EXAMPLES = {
    "trigger": [
        ["The agency has more than 60,000 employees, officials said.",
         "The agency, with about 45,000 employees, is the largest in the state."],
        ["The city council approved a 3.2% raise for teachers on Monday.",
         "Teachers will receive the 2.3% raise from September, the council said."],
        ["The court ruled 5-4 on Thursday that the law was constitutional.",
         "The justices upheld the law in a 6-3 ruling on Thursday."],
        ["The public hearing on the budget will be held on May 4, the clerk said.",
         "Residents will be able to speak at the public hearing on May 14, the clerk said."],
        "The plant has about 1,200 workers, the company said.\n\n"
        "Later, officials said the plant had 800 workers in all.",
    ],
    "no_trigger": [
        ["Agents recorded 2.38 million encounters last year, the agency said.",
         "Encounters surpassed 2 million for the first time last year, the agency said."],
        ["The company has 6,000 employees, a spokesman said.",
         "The company has about 4,500 drivers, a spokesman said."],
        ["The agency has a budget of $412 million, its report says.",
         "The agency faces a $12 million shortfall, its report says."],
        ["Fares have risen 18% since 2021, the agency said.",
         "Fares rose 9% in 2024, the agency said."],
        ["The firm has 6,000 employees, its filing says.",
         "The firm hired 500 employees last year, its filing says."],
        "The agency will spend about $38 million on maintenance next year, up from $31 million this year.",
    ],
}

COMPARED_UNITS = ("count", "money", "percent", "date", "tally")
SMALL = 10
CHANGES = change_frames() - {"new", "additional", "extra", "more", "another", "further"}
NEVER = frozenset({"figure", "number", "total", "amount", "level", "one", "thing", "way", "time", "lot",
                   "rest", "half", "majority", "minority", "other", "age", "million", "billion", "thousand"})
"""Counted nouns that name no quantity of their own ("the figure was 29%")."""
GENERIC = frozenset({"person", "people", "time", "one", "case", "thing", "way"})
"""Counted nouns too general to compare within one article ("2 million people
... 1.9 billion people" are nearly always two populations)."""


def check_story(analyses: Sequence[Analysis], settings: Settings) -> Iterator[Finding]:
    """One finding per group of figures about the same quantity whose
    intervals cannot all be true (see the module documentation)."""
    index: Dict[Tuple[str, str, str], List[Tuple[int, Figure]]] = {}
    for ai, a in enumerate(analyses):
        for f in a.figures:
            key = comparable_key(f)
            if key is not None:
                index.setdefault(key, []).append((ai, f))
    for key in sorted(index):
        members = index[key]
        if len(members) < 2:
            continue
        yield from _conflicts(analyses, key, members)
    yield from quantities.cross.check(_module(), analyses, comparable_key)  # other words, one quantity


def comparable_key(f: Figure) -> Optional[Tuple[str, str, str]]:
    """The index key (counts, unit, currency) of a figure the rule compares,
    or None when the figure is not compared at all."""
    if f.unit not in COMPARED_UNITS or not f.counts:
        return None
    _, frames = qualifier_parts(f.qualifier)
    if "part" in frames or "compared" in frames or "vague" in frames:
        return None  # a subset, a comparison, or "thousands of" (too vague to contradict anything)
    if f.unit == "count" and f.value < SMALL and f.bound == "exact" and not set(frames) & CHANGES:
        return None
    if f.counts in NEVER:
        return None
    if f.unit == "date" and (f.bound != "exact" or "hedged" in frames):
        return None  # a month ("in March 2026") or a guessed date is not precise enough
    return (f.counts, f.unit, f.currency or "")


def compatible(a: Figure, b: Figure, anchors_a: FrozenSet[str], anchors_b: FrozenSet[str],
               same_article: bool) -> bool:
    """True when two figures with the same key describe the same quantity.

    Same predicate always, and the words narrowing the noun of one are among
    those of the other ("measles cases" and "cases", not "bus routes" and
    "tram routes").  Level figures ("has 6,000 employees"): the same periods,
    or one names none; names in their clauses shared, or one names none.
    Changes ("fares rose 18%", "hired 500"): the same periods and a shared
    name (for counts and money, or no names on either side).  Within one
    article only figures with no frame at all, with the same periods.
    """
    ta, fa = qualifier_parts(a.qualifier)
    tb, fb = qualifier_parts(b.qualifier)
    pa = tuple(x for x in fa if not x.startswith("+"))  # predicates, marks and places ("@ohio")
    pb = tuple(x for x in fb if not x.startswith("+"))
    ma = {x for x in fa if x.startswith("+")}
    mb = {x for x in fb if x.startswith("+")}
    if pa != pb or not (ma <= mb or mb <= ma):
        return False
    if anchors_a and anchors_b and not (anchors_a & anchors_b):
        return False
    framed = bool(set(pa) & CHANGES) and a.unit not in ("tally", "date")
    if not framed and a.unit != "tally":  # the day something was said does not change a level
        ta = tuple(t for t in ta if t not in WEEKDAYS)
        tb = tuple(t for t in tb if t not in WEEKDAYS)
    if same_article:
        return (not fa and ta == tb and a.counts not in GENERIC and a.unit != "date"
                and (anchors_a == anchors_b or bool(anchors_a & anchors_b)))
    if framed:
        shared = bool(anchors_a & anchors_b) or (not anchors_a and not anchors_b and a.unit != "percent")
        return ta == tb and shared
    return not ta or not tb or ta == tb


def disagree(a: Figure, b: Figure) -> bool:
    """True when the two figures' values cannot both be true."""
    if a.unit == "tally":
        return sorted((a.value, a.second or 0)) != sorted((b.value, b.second or 0))
    if a.unit == "date":
        return _date_disagree(a, b)
    lo = max(_lo(a), _lo(b))
    hi = min(_hi(a), _hi(b))
    return lo > hi


def _lo(f: Figure) -> float:
    return f.low if f.low is not None else float("-inf")


def _hi(f: Figure) -> float:
    return f.high if f.high is not None else float("inf")


def _has_year(f: Figure) -> bool:
    return f.text[-4:].isdigit()


def _date_disagree(a: Figure, b: Figure) -> bool:
    if _has_year(a) and _has_year(b):
        return max(_lo(a), _lo(b)) > min(_hi(a), _hi(b))
    # compare month and day only
    da = [datetime.date.fromordinal(int(x)) for x in (_lo(a), _hi(a))]
    db = [datetime.date.fromordinal(int(x)) for x in (_lo(b), _hi(b))]
    ka = [(d.month, d.day) for d in da]
    kb = [(d.month, d.day) for d in db]
    return max(ka[0], kb[0]) > min(ka[1], kb[1])


def _conflicts(analyses: Sequence[Analysis], key, members: List[Tuple[int, Figure]]) -> Iterator[Finding]:
    n = len(members)
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    names = []
    for ai, f in members:
        sent = analyses[ai].sentences[f.sentence]
        text = analyses[ai].article.content[sent.start:sent.end]
        names.append(anchors(text, f.start - sent.start, f.end - sent.start, f.counts))
    edges = set()
    for i in range(n):
        ai, fa = members[i]
        for j in range(i + 1, n):
            aj, fb = members[j]
            if ai == aj and fa.sentence == fb.sentence:
                continue
            if not compatible(fa, fb, names[i], names[j], ai == aj):
                continue
            if ai != aj and quantities.different(analyses[ai], fa, analyses[aj], fb):
                continue  # other roles or times (by noon / at the close): two quantities
            if ai == aj:
                la, lb = _lead(analyses[ai], fa), _lead(analyses[aj], fb)
                if not (la & lb) - {"level"} or not (la <= lb or lb <= la):
                    continue  # within one article the figure must be said of the same thing
            COMPARISONS.add()
            if disagree(fa, fb) and (ai == aj or not _explained(members, i, j)):
                edges.add(i)
                edges.add(j)
                parent[root(j)] = root(i)
    groups: Dict[int, List[int]] = {}
    for i in sorted(edges):
        groups.setdefault(root(i), []).append(i)
    for idx in sorted(groups.values()):
        yield _finding(analyses, key, [members[i] for i in idx])


_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹"}


def _num(x: float, unit: str, currency: Optional[str] = None) -> str:
    if abs(x) >= 1e9:
        text = f"{x / 1e9:,.5g} billion"
    elif abs(x) >= 1e6:
        text = f"{x / 1e6:,.5g} million"
    elif float(x).is_integer():
        text = f"{x:,.0f}"
    else:
        text = f"{x:,.4g}"
    if unit == "money" and currency:
        sym = _SYMBOLS.get(currency)
        return sym + text if sym else f"{text} {currency}"
    return text + ("%" if unit == "percent" else "")


def describe_range(f: Figure) -> str:
    """The interval a figure's wording implies, for people: "40,500 to
    49,500", "6,000 or more", "up to 500", "exactly 39"."""
    lo, hi, u, c = f.low, f.high, f.unit, f.currency
    if lo is not None and hi is not None:
        return f"exactly {_num(lo, u, c)}" if lo == hi else f"{_num(lo, u, c)} to {_num(hi, u, c)}"
    if lo is not None:
        return f"{_num(lo, u, c)} or more"
    if hi is not None:
        return f"up to {_num(hi, u, c)}"
    return "any value"


def _lead(a: Analysis, f: Figure) -> FrozenSet[str]:
    sent = a.sentences[f.sentence]
    return lead_words(a.article.content[sent.start:sent.end], f.start - sent.start)


def _explained(members: List[Tuple[int, Figure]], i: int, j: int) -> bool:
    """True when either article also gives a figure for the same key that
    agrees with the other article's figure: an article that names several
    values for one noun is naming several quantities ("the system has 28
    million users ... Broadreach has two million users"), and the other
    article's figure matches one of them."""
    ai, fa = members[i]
    aj, fb = members[j]
    for k, (ak, fk) in enumerate(members):
        if k in (i, j):
            continue
        if ak == ai and fk.sentence != fa.sentence and not disagree(fk, fb):
            return True
        if ak == aj and fk.sentence != fb.sentence and not disagree(fk, fa):
            return True
    return False


def _finding(analyses: Sequence[Analysis], key, group: List[Tuple[int, Figure]]) -> Finding:
    counts, unit, _ = key
    first_ai, first = group[0]
    a0 = analyses[first_ai]
    wordings = []
    for ai, f in group:
        label = f'"{f.text}" ({analyses[ai].article.label})'
        if label not in wordings:
            wordings.append(label)
    what = "vote tally" if unit == "tally" else ("date of the " + counts if unit == "date" else counts)
    message = f"Conflicting figures for {what}: " + " vs ".join(wordings) + "."
    if unit in ("count", "money", "percent"):
        ranges = []
        for _, f in group:
            r = describe_range(f)
            if r not in ranges:
                ranges.append(r)
        if len(ranges) > 1:
            message += " The wordings imply " + " and ".join(ranges) + ", which do not overlap."
    data = {
        "counts": counts,
        "unit": unit,
        "verdict": "conflict",
        "figures": [
            {"path": analyses[ai].article.path, "outlet": analyses[ai].article.label, "text": f.text,
             "low": f.low if unit != "tally" else f.value, "high": f.high if unit != "tally" else f.second,
             "start": f.start, "end": f.end}
            for ai, f in group
        ],
    }
    related = [place(analyses[ai], f.start, f.end) for ai, f in group[1:]]
    return finding(_module(), a0, first.start, first.end, message, related=related, data=data)


def _module():
    import sys

    return sys.modules[__name__]
