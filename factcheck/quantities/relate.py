"""Are two figures one quantity, and do their values agree?

``relate`` decides identity from what is counted and what happened to it,
never from the literal noun and verb alone:

* the same kind of value (and currency);
* what is counted of one kind (``words.same_kind``: "tenants" and "people",
  "drivers" and "staff"), or no noun on either side;
* a shared event or state class ("told to leave" and "moved out" are both an
  evacuation; "walked out" and "stayed off" a strike); a figure whose words
  name no event is never taken for another's quantity by this model;
* the same roles (an asking price is not the price paid; an offer is not a
  demand; replacement drivers are not strikers);
* times that do not clash (different weekdays, years, periods or times of
  day make two quantities: "58% full on Monday" vs "55% full by Thursday");
* no clash of names in their clauses, nor of the story's people (two
  people's figures, or one a report gives another person: ``holders``), and
  not one a forecast and the other a fact.

The answer is a ``Relation``: ``certain`` when the two figures also count the
literally same noun or name the same event word (an editor would need no
judgement), and ``why``, a sentence for the finding ("both count residents
(residents / people), evacuation (moved / leave), on saturday").
"""

from __future__ import annotations

import datetime
from functools import lru_cache
from typing import FrozenSet, Optional, Tuple

from .added import roles_differ
from .ages import same_person
from .describe import Quantity
from .holders import holders_apart
from .scope import HELD_PART
from .verbs import done_classes
from .conversions import within_conversion
from .extras import FROM_SHARE, ORIGIN
from factcheck.extract.figures import TIME_WORDS, WEEKDAYS
from factcheck.extract.figures.words import IRREGULAR_PLURALS, ZERO_PLURALS
from factcheck.extract.numbers import IRREGULAR, singular
from factcheck.model.record import Record, record

from . import reach, words, yearless
from .words import same_kind


@record
class Relation(Record):
    certain: bool
    why: str


def relate(a: Quantity, b: Quantity, texts: Optional[Tuple[str, str]] = None,
           same_article: bool = False) -> Optional[Relation]:
    """The Relation of two quantities taken for one, or None.  ``texts``,
    the two articles' texts in lower case, let a name of one clause that
    the other article also uses count as shared; within one article an
    amount needs no shared object (the article's context is one)."""
    if _values_apart(a, b):
        return None
    kind_ok, literal = same_kind(a.what, b.what, a.noun, b.noun)
    shared = a.events & b.events or (HOLDING if kind_ok and _holdings(a, b) else frozenset()) or _date_family(a, b)
    if not (kind_ok or _kind_ok(a, b, shared)) or not shared or roles_apart(a, b) or reach.apart(a, b):
        return None
    if _shapes_apart(a, b, kind_ok, shared):
        return None
    if _events_apart(a, b, shared) or _moods_or_times_apart(a, b, shared) or _opposite(a, b):
        return None
    if _whose_apart(a, b, shared, literal, texts, same_article):
        return None
    same_words = bool(a.event_words & b.event_words)
    # two parts of a group ("four of them" / "three of whom") may be two different parts: never clear
    certain = (literal or a.what is None) and same_words and not (a.roles | b.roles) & _UNSURE
    return Relation(certain=certain, why=_why(a, b, shared))


def _date_family(a: Quantity, b: Quantity) -> FrozenSet[str]:
    """For two dates, the event classes of each that a family of dates
    holds together ("warned on" / "issued a warning on", "found during an
    inspection" / "found in"; quantity_event_families.txt, ``[date]``)."""
    if a.kind != "date":
        return frozenset()
    ea, eb = words.event_classes_of(a.events), words.event_classes_of(b.events)
    return frozenset(ea | eb) if ea and eb and words.one_family(ea, eb, "date") else frozenset()


def _values_apart(a: Quantity, b: Quantity) -> bool:
    """True when the two values cannot be of one quantity whatever their
    words: another kind or currency, a date with a year and one without
    ("in June" / "October 2003": the years may differ), two ratios that do
    not fit (``_ratios_fit``)."""
    if a.kind != b.kind or a.currency != b.currency:
        return True
    if a.kind == "date" and a.has_year != b.has_year:
        return not yearless.comparable(a, b)  # "in October" / "in March 2027": by month and day
    return a.kind == "ratio" and not _ratios_fit(a, b)


def _shapes_apart(a: Quantity, b: Quantity, kind_ok: bool, shared) -> bool:
    """True when what the two figures count differs in shape though the
    words fit: a count's own verb shared by one noun (the literal rule's) or
    by two nouns of no common class, another scope, a whole and the part a
    verb acts on, two people's ages."""
    if a.kind == "count" and all(e.startswith("verb:") for e in shared) and (a.noun == b.noun or not kind_ok):
        # a count's own verb ("offered") joins only two nouns of one class
        # ("children" / "pupils"); the same noun is the literal rule's
        return True
    if sizes_apart(a, b):
        return True
    if words.scoped(a.marks ^ b.marks):
        return True  # "the national pass rate" / "the pass rate": another scope
    if _whole_and_done(a, b) or _whole_and_done(b, a):
        return True  # "close 40 of its 180 branches": the whole it has is not what it closes
    return a.kind == "age" and not same_person(a, b)  # "John Carter, 61" / "Mary Carter, 58": a couple


def sizes_apart(a: Quantity, b: Quantity) -> bool:
    """True when two counts are what their subjects have, in two nouns that
    are not other words for one thing ("has 450 employees" / "has 300
    drivers"): a whole and a part, whatever else their sentences share.
    "people" is said of any of them ("employs 130 people" / "its 170
    staff")."""
    if a.kind != "count" or not (a.held and b.held) or a.noun == b.noun or words.synonyms(a.noun, b.noun):
        return False
    return words.HYPERNYM not in words.classes_of(a.noun or "") | words.classes_of(b.noun or "")


def _whose_apart(a: Quantity, b: Quantity, shared, literal: bool, texts: Optional[Tuple[str, str]],
                 same_article: bool) -> bool:
    """True when the two figures are someone else's: names of their clauses
    that the other article never uses, or an amount or share with nothing
    near it in common."""
    if a.names and b.names and not names_meet(a.names, b.names):
        if (a.kind in ("duration", "ago", "date", "clock", "ratio") or shared == HOLDING
                or not _named_in(a.names, b.names, texts)):
            return True  # a span or a date of someone else's event, what someone else has
    if holders_apart(a, b):
        return True  # two people's figures, or two bodies' decisions
    return (a.kind in ("money", "percent") and not literal and not same_article
            and not (a.content & b.content or a.names & b.names or _names_event(a.noun, b.event_words)
                     or _names_event(b.noun, a.event_words)))  # an amount of what? nothing near both is shared


def _whole_and_done(a: Quantity, b: Quantity) -> bool:
    """True when ``a`` is what its subject has ("of its 180 branches") and
    ``b`` a count a verb acts on ("shut 40 branches"): a whole and what
    happens to a part of it."""
    return a.held and not done_classes(a.events) and bool(done_classes(b.events))


def _ratios_fit(a: Quantity, b: Quantity) -> bool:
    """A ratio read from a share ("rose by 40%") is compared only with a
    ratio word ("rose by a quarter"), two shares being the share model's,
    and only when a content word near both names what changed ("fares")."""
    ca, cb = _change(a), _change(b)
    if ca * cb < 0:
        return False  # "fallen by more than half" / "doubled": a fall and a rise, two changes
    twins = (FROM_SHARE in a.marks) + (FROM_SHARE in b.marks)
    if twins == 0:
        return True
    if twins == 2 or not a.content & b.content:
        return False
    # changes far apart ("tripled" / "up 7%") are changes of two things
    return ca * cb > 0 and max(abs(ca), abs(cb)) <= _CHANGE_FACTOR * min(abs(ca), abs(cb))


_CHANGE_FACTOR = 3.0


def _change(q: Quantity) -> float:
    """The change a ratio makes, from its known ends (1.4 -> 0.4, 0.5 -> -0.5)."""
    ends = [v for v in (q.low, q.high) if v is not None]
    return sum(ends) / len(ends) - 1.0 if ends else 0.0


HOLDING = frozenset({"holding"})
"""The state shared by two counts whose words name no event: what their
subject has ("trades from its 29 branches" / "all 38 shops in the chain")."""


def holding(q: Quantity) -> bool:
    """True when a count of a noun names no event and is what its subject
    has ("its 38 stores"): the subject's size.  A participle near it ("The
    combined group will run 412 stores") is no event of the count."""
    return q.held and not any(not e.startswith("verb:") for e in q.events) and q.noun is not None


def _holdings(a: Quantity, b: Quantity) -> bool:
    """True when two counts of different nouns of one class are what their
    subjects have ("its 38 stores" / "its 29 branches").  People are left
    out: "has 6,000 employees" and "has about 4,500 drivers" are a whole
    and a part."""
    return (holding(a) and holding(b) and a.noun != b.noun
            and a.what not in words.people_classes())


def _names_event(noun: Optional[str], event_words) -> bool:
    """True when an amount's noun is one of the other figure's event words,
    in any number ("the 29% rise" / "the toll rises to £3.60, an increase
    of 50 per cent")."""
    return noun is not None and any(w == noun or singular(w) == noun for w in event_words)


_UNSURE = frozenset({"subset", "unnamed", HELD_PART})
"""Roles whose figures are never one quantity for certain: two parts of a
group ("four of them" / "three of whom"), two unnamed people of one role."""


def _kind_ok(a: Quantity, b: Quantity, shared) -> bool:
    """Whether two quantities whose nouns are not of one kind may still
    count one thing: an amount or a share (what money is "of" is seldom the
    noun after it; one amount's noun near the other, "a $240 million
    expansion" / "the $310 million container terminal expansion", names one
    thing), a bare count of people, or a noun that names the shared event."""
    if a.kind in ("money", "percent") and (a.what is None or b.what is None or _event_nouns(a, b)
                                          or a.noun in b.content or b.noun in a.content):
        return True
    if a.kind == "count" and _bare_people(a, b, shared):
        return True
    return _event_noun(a, b, shared) or _event_noun(b, a, shared)


def _events_apart(a: Quantity, b: Quantity, shared) -> bool:
    """True when the shared events do not make one quantity: an amount of
    something else ("damages of $20bn ... sold below value" is no price
    paid), or only a setting shared ("a crowd of 12,000 at the festival" /
    "46 festival-goers treated in hospital")."""
    if a.kind == "money" and (_noun_elsewhere(a, b) or _noun_elsewhere(b, a)):
        return True
    if lengths_apart(a, b):
        return True
    setting = words.settings_for(a.kind)
    if shared & done_classes(a.events | b.events):
        return False  # "shut 35 shops" ... "The 53 closures": the shared closure is what is done to the count
    return shared <= setting and bool((a.events | b.events) - setting)


OWNS_LENGTH = frozenset({"sentence"})
"""Event classes whose words say whose a length of time is, whatever else
its sentence names: "jailed for four and a half years for fraud" is the
sentence's length, not the fraud's.  (Not a wait: "waited 31 minutes for
an ambulance" is the time the ambulance "took".)"""


def lengths_apart(a: Quantity, b: Quantity) -> bool:
    """True when two lengths of time belong to two things: one is a
    sentence's (``OWNS_LENGTH``) and the other not ("jailed for
    four and a half years for fraud" / "The fraud went on over two and a
    half years")."""
    return a.kind == "duration" and (a.events & OWNS_LENGTH) != (b.events & OWNS_LENGTH)


def _opposite(a: Quantity, b: Quantity) -> bool:
    """True when one figure is a rise and the other a cut ("£4bn of tax
    cuts" / "raise taxes by £11bn"), or one holder's money in and money out
    (``_flows_apart``): changes in opposite directions are two quantities
    whatever else they share."""
    return {direction(a), direction(b)} == {"up", "down"} or _flows_apart(a, b)


def _flows_apart(a: Quantity, b: Quantity) -> bool:
    """True when one holder's amounts move opposite ways ("Our Principles
    PAC spent $1.3 million" / "Our Principles also raised $1 million"): the
    clauses share a name, and one's words say money came in, the other's
    that it went out (``words.flows``)."""
    if a.kind != "money" or not names_meet(a.names, b.names):
        return False
    return {_flow(a), _flow(b)} == {"in", "out"}


def _flow(q: Quantity) -> Optional[str]:
    found = {words.flows().get(w) for w in q.event_words} - {None}
    return found.pop() if len(found) == 1 else None


def direction(q: Quantity) -> Optional[str]:
    """"up", "down" or None (neither, or both) for the words near a figure."""
    near = q.content | q.event_words | ({q.noun} if q.noun else set())
    found = {words.directions().get(w) for w in near} - {None}
    return found.pop() if len(found) == 1 else None


def _moods_or_times_apart(a: Quantity, b: Quantity, shared) -> bool:
    """True when one is a plan and the other a fact (a cost is given as
    "will cost" as often as "the $55 million bridge", a price as "agreed to
    buy"), or their times clash; a figure dated to a past period is not one
    dated to none ("6 cases last year" / "rose to 63": the news is of now)."""
    if _times_clash(a.times, b.times, a.kind == "date"):
        return True
    if a.possible != b.possible:
        return True  # "could be fairly valued at just under five dlrs" is no price given: only a possibility meets it
    if a.kind == "percent" and bool(a.times & _INTRADAY) != bool(b.times & _INTRADAY):
        return True  # "up 19% by midday" / "jumped 24% on Monday"
    if ("since" in a.times) != ("since" in b.times):
        return True  # "lost 12 metres since 2010" adds up years; "a 40-metre fall" is one event
    if a.kind in ("count", "money", "percent") and (_this_week_and_a_year(a.times, b.times)
                                                    or _this_week_and_a_year(b.times, a.times)):
        return True  # "fined £650,000 on Thursday" / "fined £120,000 in 2019": this week's and another year's
    if a.kind == "duration" and rates(a.times) != rates(b.times):
        return True  # "locked in their cells for 16 hours a day" / "waited about a month": a day's, a wait's
    if a.kind == "date":
        if (ORIGIN in a.events) != (ORIGIN in b.events) and _tenses_apart(a, b):
            return True  # "which opened in 1996" (the subject's origin) / "so that the wing can open in 2028"
        return a.modal != b.modal and _past_verb(a if b.modal else b)  # "will close in 2027" / "closed in 1993"
    if a.modal != b.modal and a.kind in ("count", "money", "percent") and not (
            a.kind == "money" and shared & _AGREED and not (a.possible or b.possible)):
        return True  # "could launch a £35m bid" is no price agreed: only another possibility is its quantity
    # a figure dated to a past period ("last year") is not one dated to
    # none: the news is of now
    return _past(a.times) != _past(b.times)


_AGREED = frozenset({"cost", "purchase", "contribution", "value", "contract"})
"""Classes of an amount that is given as often in the future ("will cost",
"agreed to buy", "will pay towards") as in the past or as an attribute."""


def apart(a: Quantity, b: Quantity) -> bool:
    """True when two figures the literal key joins are still two quantities:
    their roles differ (asking price / price paid; strikers / replacement
    drivers) or their times clash (by noon / at the close; Monday / Friday;
    a day / per crossing)."""
    return roles_apart(a, b) or _times_clash(a.times, b.times) or reach.apart(a, b)


def roles_apart(a: Quantity, b: Quantity) -> bool:
    """True when the roles of two figures differ, except a part of what a
    subject has against a figure of the same happening that is not what the
    subject has ("plans to shut 24 of its branches" / "will close 42
    branches": both count the branches to close; "has 66 branches" is the
    whole)."""
    if not roles_differ(a, b):
        return False
    if a.roles ^ b.roles != {HELD_PART}:
        return True
    other = b if HELD_PART in a.roles else a
    happened = {e for e in a.events & b.events if not e.startswith("verb:")} - words.settings_for(a.kind)
    return other.held or not happened


def names_meet(na, nb) -> bool:
    """True when two sets of clause names share a name, a family's plural
    counting as its name ("The Cranes bought" / "The Crane family
    acquired")."""
    return bool(na & nb) or any(x + "s" in nb for x in na) or any(y + "s" in na for y in nb)


def _named_in(na, nb, texts: Optional[Tuple[str, str]]) -> bool:
    """True when one figure's names occur in the other's article."""
    if texts is None:
        return False
    return any(n in texts[1] for n in na) or any(n in texts[0] for n in nb)


def _event_nouns(a: Quantity, b: Quantity) -> bool:
    """True when the noun after an amount or share names an event on one
    side ("a $2.9 million contract", "a penalty of $21,000"): the other's
    noun may then be what it is about; two nouns that name things
    ("milk", "shares") are two quantities."""
    ev = words.events()
    return (a.noun in ev) or (b.noun in ev)


def _noun_elsewhere(a: Quantity, b: Quantity) -> bool:
    """True when the noun of amount ``a`` names an event ("damages of
    $20bn", "a $2.9 million contract") none of whose classes ``b`` has:
    the amount is of that, whatever else its sentence mentions."""
    if not a.noun:
        return False
    own = words.event_classes(a.noun, a.kind) or words.event_classes(a.noun + "s", a.kind)  # "damages"
    return bool(own) and not (own & b.events)


def _bare_people(a: Quantity, b: Quantity, shared) -> bool:
    """True when one count names no noun and the other counts people, in a
    shared event that only people counts have ("Twelve people remain in
    hospital" / "eight were still being treated")."""
    if (a.what is None) == (b.what is None):
        return False
    noun = a.what or b.what
    if noun not in words.people_classes():
        return False
    limits = words.event_kinds()
    return any(limits.get(ev) == frozenset({"count"}) for ev in shared)


def _event_noun(a: Quantity, b: Quantity, shared) -> bool:
    """True when ``b``'s noun is a word of a shared event and ``a`` names no
    noun ("stopped 2.38 million times" / "encounters surpassed 2 million")
    or is what that event is done to ("will shut 37 supermarkets" / "The 27
    closures")."""
    if b.noun is None:
        return False
    named = words.event_classes(b.noun) & shared
    return bool(named) and (a.noun is None or bool(named & done_classes(a.events)))


def _times_clash(a, b, dated: bool = False) -> bool:
    """True when two figures' times name different moments of one kind:
    different weekdays, years, relative periods or times of day (a month
    next to a weekday, or a time on one side only, is no clash).  Two
    ``dated`` figures (dates) leave weekdays to their values: "Tuesday 12
    May" and "Wednesday 13 May" differ by their days."""
    if a == b:
        return False  # the same times never clash
    for k, (ta, tb) in enumerate(zip(_by_kind(frozenset(a)), _by_kind(frozenset(b)))):
        if dated and k == 0:
            continue
        if ta and tb and not (ta & tb) and not (k == 2 and _nested(ta, tb)):
            return True
    return False


_PART_OF_YEAR = frozenset(("spring", "summer", "autumn", "fall", "winter")) | (TIME_WORDS - WEEKDAYS)  # seasons, months


def _nested(ta, tb) -> bool:
    """True when the periods of one side lie within the other's ("this
    spring" / "this year", "last summer" / "last year", "this month" /
    "this year"), or one side's is a period named before ("the same
    quarter"), which cannot clash with a period named outright."""
    def within(small, large):
        return all(p.startswith("same ") or any(_inside(p, q) for q in large) for p in small)
    return within(ta, tb) or within(tb, ta)


def _inside(p: str, q: str) -> bool:
    """True when period ``p`` lies within ``q``: a season or month of that
    year ("last summer" / "last year"), this week or month of this year, or
    this week of this month."""
    pw, qw = p.split(), q.split()
    if len(pw) != 2 or len(qw) != 2 or pw[0] != qw[0]:
        return False
    return (pw[1] in _PART_OF_YEAR and qw[1] == "year"
            or pw[0] == "this" and (pw[1], qw[1]) in _THIS_WITHIN)


_THIS_WITHIN = frozenset({("week", "year"), ("month", "year"), ("week", "month")})
"""Current periods of which one lies within the other ("raised £286,000
this month" is part of "this year's" total, said in the same days)."""


@lru_cache(maxsize=8192)
def _by_kind(times: FrozenSet[str]) -> Tuple[FrozenSet[str], ...]:
    """``times`` split by kind: weekdays, years, periods, times of day,
    rates (speed: ``_times_clash`` runs for every compared pair)."""
    return tuple(frozenset(_of_kind(times, kind)) for kind in (WEEKDAYS, None, "period", words.times(), "rate"))


def intraday_apart(ta, tb) -> bool:
    """True when one change is given at a time of day ("rose 19% by
    midday") and the other is not (the day's: "jumped 24% on Monday")."""
    clock = words.times()
    ca, cb = ta & clock, tb & clock
    return bool(ca) != bool(cb) and bool((ca | cb) - _AT_CLOSE)


_AT_CLOSE = frozenset({"closed", "closing"})


_INTRADAY = frozenset({"noon", "midday", "opening", "hour"})
"""Times of day that give a share part way through a trading day ("up 19% by
midday"), not the day's ("on Wednesday night")."""


def _tenses_apart(a: Quantity, b: Quantity) -> bool:
    """True when one date's verb is the other's in the past tense ("can
    open" / "opened"): a plan of something new against the past."""
    def past(x: str, y: str) -> bool:
        return y in (x + "ed", x + "d")
    return any(past(x, y) or past(y, x) for x in a.event_words for y in b.event_words)


def _past_verb(q: Quantity) -> bool:
    """True when a date's event is a past verb ("closed in 1993")."""
    return any(e.startswith("verb:") for e in q.events)


def _this_week_and_a_year(ta, tb) -> bool:
    """True when ``ta`` names a weekday and no year, and ``tb`` a year and
    no weekday: the news of the week against a figure of a named year."""
    wa, wb = _by_kind(frozenset(ta)), _by_kind(frozenset(tb))
    return bool(wa[0]) and not wa[1] and bool(wb[1]) and not wb[0]


def rates(times) -> FrozenSet[str]:
    """The rates among ``times`` ("per:day")."""
    return _by_kind(frozenset(times))[4]


def _past(times) -> bool:
    return any(t.startswith(("last ", "previous ")) for t in times)


def _of_kind(times, kind):
    if kind is None:
        return {t for t in times if t.isdigit()}
    if kind == "period":
        return {t for t in times if " " in t}
    if kind == "rate":
        return {t for t in times if t.startswith("per:")}
    return {t for t in times if t in kind}


def _why(a: Quantity, b: Quantity, shared) -> str:
    """Why two figures were taken for one quantity, for the finding: "both
    count residents / people; the same evacuation (leave / moved); saturday"."""
    parts = []
    if a.noun or b.noun:
        nouns = a.noun if a.noun == b.noun else " / ".join(n for n in (a.noun, b.noun) if n)
        parts.append(f"both count {plural(nouns)}")
    if "subset" in a.roles:
        parts.append("both a part of a larger group")
    words = sorted(w.replace("_", " ") for w in a.event_words | b.event_words)  # "set_up": "set up"
    if shared == HOLDING:
        parts.append("what one subject has (its, has, all)")
    else:
        said = " (" + " / ".join(words) + ")" if words else ""
        parts.append("the same " + _event_names(shared, a.event_words | b.event_words) + said)
    times = sorted(a.times & b.times)
    if times:
        parts.append("the same time (" + ", ".join(times) + ")")
    names = sorted(a.names & b.names)
    if names:
        parts.append("the same names (" + ", ".join(names) + ")")
    return "; ".join(parts)


def _event_names(shared, event_words) -> str:
    """The shared event classes as the finding names them.  A class a verb
    or an earlier occurrence makes is named by its stem ("verb:servic",
    "previous:repaint"): unless the stem is one of the event words itself
    ("previous fall"), it is left to the words in brackets ("the same
    painting (repainted)"; "the same event (serviced)" when nothing else is
    shared)."""
    named = sorted({_event_name(e) for e in shared
                    if e.partition(":")[0] not in ("verb", "previous") or e.partition(":")[2] in event_words})
    return " and ".join(named) if named else "event"


def _event_name(event: str) -> str:
    """An event class as the finding names it: "previous:fall" -> "previous
    fall", "verb:offer" -> "offer", "span:closure" -> "closure"."""
    kind, _, what = event.partition(":")
    if not what:
        return _NAMES.get(event, event)
    return "previous " + what if kind == "previous" else what


_NAMES = {"effective": "date of taking effect"}


_UNCOUNTED = frozenset({"workforce", "offspring", "species", "series", "poultry"}) | IRREGULAR_PLURALS | ZERO_PLURALS
"""Nouns a finding names as they are: plural already ("people", "cattle") or
the same in both numbers ("sheep", "aircraft")."""


@lru_cache(maxsize=1)
def _irregular() -> dict:
    """Singular -> plural, read back from ``numbers.IRREGULAR`` (the first
    plural it lists for a singular: "person" -> "people")."""
    out: dict = {}
    for plural_form, one in IRREGULAR.items():
        out.setdefault(one, plural_form)
    return out


def plural(nouns: str) -> str:
    """Each of ``nouns`` ("staff / worker") in the plural, as a finding names them."""
    return " / ".join(_plural_of(n) for n in nouns.split(" / "))


def _plural_of(n: str) -> str:
    """"person" -> "people", "penalty" -> "penalties", "firefighter" -> "firefighters"."""
    if n.endswith(("s", "ed")) or n in _UNCOUNTED:
        return n
    if n in _irregular():
        return _irregular()[n]
    if n.endswith("y") and len(n) > 2 and n[-2] not in "aeiou":
        return n[:-1] + "ies"
    return n + ("es" if n.endswith(("ch", "sh", "x")) else "s")


def disagree(a: Quantity, b: Quantity) -> bool:
    """True when the two intervals cannot both hold (dates at the precision
    they are given: a day without a year is compared by month and day)."""
    if a.kind == "date" and not (a.has_year and b.has_year):
        if a.low is None and b.low is None and a.high is not None and b.high is not None:
            return _md(a.high) != _md(b.high)  # two deadlines ("by the end of March" / "by the end of May")
        return _month_day(a) and _month_day(b) and max(_md_low(a), _md_low(b)) > min(_md_high(a), _md_high(b))
    lo = max(_lo(a), _lo(b))
    hi = min(_hi(a), _hi(b))
    return lo > hi and not within_conversion(a, b, lo, hi)  # "30ft" / "10m": a rounded conversion


def _month_day(q: Quantity) -> bool:
    """True when a date without a year has a bound ("by the end of March"
    has only its last day)."""
    return q.low is not None or q.high is not None


def _md_low(q: Quantity):
    return (0, 0) if q.low is None else _md(q.low)


def _md_high(q: Quantity):
    return (13, 0) if q.high is None else _md(q.high)


def _md(x):
    d = datetime.date.fromordinal(int(x))
    return (d.month, d.day)


def _lo(q: Quantity) -> float:
    return q.low if q.low is not None else float("-inf")


def _hi(q: Quantity) -> float:
    return q.high if q.high is not None else float("inf")
