"""Likely identity from the story's context: the one figure of its kind in
each article that fits the other.

``relate`` takes two figures for one quantity when their words share an
event class.  Outlets often give the same quantity with no event word on
one side ("About 450 workers are taking part" / "some 700 staff stayed away
in a strike"; "About 14,000 passengers use the line each weekday" / "Around
9,000 people travel through the tunnel"): no list of words can foresee them.
An editor pairs such figures by elimination: in each article it is the only
figure that could be the other's.

Two figures of two articles of one story are a likely pair when

* they are compatible: the same kind and currency, nouns of one kind
  (``words.same_kind``, or no noun for an amount, a share or a span), the
  same roles and scope, no clash of times, names or people (``holders``:
  "Farrow's two-year ban" is not "the coach's four years", even when each
  is the only span in its report), not a rise against a
  cut, and no two disjoint events (an event on one side only is no clash);
* each is the other's best match among the compatible figures of its
  article, strictly: the score counts shared event classes, event words,
  names, times and content words near the figures, so a second figure that
  fits as well leaves both unpaired ("50,000 visitors on Saturday" beside
  "85,000 people over the weekend").

When each article has only one figure of the pair's kind and class (a
count, a length of time or an amount: ``ALONE``), their events, what their
clauses name and the lack of an event word no longer keep them apart
("Eleven miners were trapped" / "All nine workers were brought up"); a
rise against a cut, two dimensions, a narrowing word and, for counts, a
factor of two leave them to the tests above.

The same holds for the one figure of a class in each report's lead (its
first body sentence, which states the news: "cut 1,100 jobs" / "shed
1,600 roles"), and for the one date of each lead given to the day, when
both are happenings or both plans ("a crop spray applied on 3 June killed
bees" / "after a pesticide was sprayed on 8 June"; a lead's weekday is such
a date, read against the report's own date: ``weekdays``), and for the one date
each report gives to the day anywhere ("The marathon, on 12 April" / "runners
who completed the race on 19 April"; not a weekday read against the
report's own date, "on Monday", which an article says of many things):
dates are paired by elimination only there, since an article dates many
things.

A figure inside a direct quote ("This berth will serve the islands for
fifty years") is never paired by elimination: a speaker's figures are
often round or loose, and what they measure is the speaker's to say.

A likely pair whose values disagree is reported at ``info``, with both
sentences and the reason ("the only counts of workers in each article that
fit each other; ..."); the same noun and verb (the rule's own key) is left
to the rule.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from typing import Dict, FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

from factcheck.extract.figures import WEEKDAYS

from . import changed, reach, timescales, weekdays, words
from .added import roles_differ
from .describe import Quantity
from .holders import holders_apart
from .rates import rate_marks
from .spread import spread_over
from .ties import tiebreak
from .relate import (Relation, _named_in, _opposite, _past, _ratios_fit, _times_clash, disagree, lengths_apart, plural,
                     rates, sizes_apart)
from .words import same_kind

KINDS = ("count", "money", "percent", "duration", "ratio")
SMALL = 10
"""Counts below this are too common to pair by elimination ("two of the injured")."""

_INTRADAY = frozenset({"noon", "midday", "opening", "hour"})


def _families(q: Quantity) -> Set[str]:
    """The buckets of a quantity: people of any class are one family, and a
    noun listed in several classes is in each ("customers" of a utility
    are its households)."""
    if q.kind != "count":
        return {""}
    classes = {q.what or ""} | set(words.classes_of(q.noun or ""))
    if words.nominal_verbs(q.noun):
        classes |= {words.HYPERNYM, "households"}  # "2,300 responses": what people, households made
    return {words.HYPERNYM if c in words.people_classes() else c for c in classes}


def own_events(q: Quantity) -> Set[str]:
    """The event classes that say what happened (not a verb of its own, not
    a setting)."""
    settings = words.settings_for(q.kind)
    return {e for e in q.events if not e.startswith("verb:") and e not in settings}


def compatible(a: Quantity, b: Quantity, texts: Optional[Tuple[str, str]] = None, alone: bool = False) -> bool:
    """True when nothing in the two figures' words makes them two
    quantities (see the module documentation).  ``alone``: each is the only
    figure of its kind and class in its article (``ALONE``)."""
    if a.kind != b.kind or a.currency != b.currency or words.scoped(a.marks ^ b.marks):
        return False
    if roles_differ(a, b) and not (a.roles ^ b.roles <= _LOOSE and not (a.roles and b.roles)):
        return False  # "asked for 7%" / "got 5%"; but "estimated at £180,000" / "the £120,000 bill" may be one
    if not _nouns_fit(a, b, texts) or not _times_fit(a, b) or lengths_apart(a, b) or sizes_apart(a, b):
        return False
    if reach.apart(a, b):
        return False  # "17 miles away" / "a round trip of 34 miles"; "begin Dec. 15" / "finished by March"
    if holders_apart(a, b):
        return False  # two people's figures ("Farrow's two-year ban" / "the coach's four years")
    if alone and a.kind in ALONE and not (_opposite(a, b) or _narrowed(a, b, texts)
                                           or _narrowed(b, a, texts and (texts[1], texts[0]))
                                           or _dimensions_apart(a, b) or not _close(a, b)):
        return True  # otherwise the words decide, as for any two figures
    ea, eb = own_events(a), own_events(b)
    ca, cb = _classed(ea), _classed(eb)
    two_events = ca and cb and not ca & cb and not (ca | cb) & _GENERIC
    if (two_events and not words.one_family(ca, cb, a.kind)
            or a.noun in words.measures() and not ea & eb and not _self_named(a, b) and not _one_measured(a, b)):
        return False  # two events; or two lengths with no event in common (a wall's height, a river's peak)
    if (a.kind == "count" and not (ea or eb) and not _done_in_one_period(a, b) and not _one_noun(a, b)
            and not _synonyms(a, b) and not a.times & b.times and not _self_named(a, b)
            and not _one_measured(a, b)):
        return False  # "has 6,000 employees" / "has 4,500 drivers": two sizes, maybe of a group and its part
    if _narrowed(a, b, texts) or _narrowed(b, a, texts and (texts[1], texts[0])):
        return False
    if a.names and b.names and not a.names & b.names and not _named_in(a.names, b.names, texts):
        return False
    return not _opposite(a, b)


_LOOSE = frozenset({"estimate"})
"""A role that says how a figure was reached, not what it is of: one
side's estimate and the other's plain figure may be one quantity (an
average is another quantity: "an average speed of 46mph" / "a 40mph
limit")."""

ALONE = frozenset({"count", "duration", "money"})
"""Kinds whose one figure of a class in each of two outlets' reports of
one event is taken for one quantity whatever else their words say (their
events, what narrows their nouns, the names of their clauses): "Eleven
miners were trapped" / "All nine workers were brought up", "for six weeks"
/ "for three months".  The reader of two short reports does the same; a
report that gives two such figures leaves the choice to the words.  Not
shares, which many things of a story have."""


def _close(a: Quantity, b: Quantity) -> bool:
    """True when two counts are within ``ALONE_FACTOR`` of each other (two
    lengths of time: ``FACTOR``)."""
    lo, hi = sorted(_magnitudes(a, b))
    return lo > 0 and hi / lo < (ALONE_FACTOR if a.kind == "count" else timescales.factor(a, b, FACTOR))


ALONE_FACTOR = 2.0
"""Two outlets' counts taken for one by ``ALONE`` differ by less than
this: "About 45 cyclists came down in a pile-up" is no misreport of "132
starters"."""


def _dimensions_apart(a: Quantity, b: Quantity) -> bool:
    """True when two lengths name two dimensions ("15 metres wide" / "9
    metres deep")."""
    da, db = a.events & DIMENSIONS, b.events & DIMENSIONS
    return bool(da and db and not da & db)


DIMENSIONS = frozenset({"width", "depth", "height"})


_GENERIC = frozenset({"affected", "decision", "approval"})
"""Event classes that say only that something happened to what is counted
("affected", "hit"), or that it was decided ("voted", "agreed to sell ...
for £18.5 million"): no clash with a named event ("6,000 passengers were
stranded" / "4,000 travellers were affected"; "bought ... for £15
million")."""


def _classed(events: Set[str]) -> Set[str]:
    """The event classes of a figure, without the words a span names for
    itself ("span:excavation" / "span:removing"): two outlets name what
    lasted in words of their own, which say nothing against one span."""
    return {e for e in events if not e.startswith("span:")}


def _done_in_one_period(a: Quantity, b: Quantity) -> bool:
    """True when two counts each have a verb of their own and name one
    period ("handled 3.8 million passengers last year" / "served 2.9 million
    travellers last year"): what was done in that period, not a size."""
    verbs = all(any(e.startswith("verb:") for e in q.events) for q in (a, b))
    return a.kind == "count" and verbs and any(" " in t or t.isdigit() for t in a.times & b.times)


def _self_named(a: Quantity, b: Quantity) -> bool:
    """True when two counts are in one unit that says what it measures
    ("gusts of 94mph" / "winds gusting to 78mph", "minus 6C" / "minus
    4C"): a wind's speed or a temperature, with or without an event word."""
    return a.kind == "count" and a.noun == b.noun and a.noun in words.SELF_NAMED


def _one_measured(a: Quantity, b: Quantity) -> bool:
    """True when two measures say they measure one thing ("A 250-metre
    cordon" / "a cordon of 400 metres"): no event word is needed to pair
    them."""
    return a.measured is not None and (a.measured == b.measured or words.synonyms(a.measured, b.measured))


def _one_noun(a: Quantity, b: Quantity) -> bool:
    """True when two counts name literally one counted noun that is no unit
    of measure ("counted 1,340 grey seal pups" / "A record 1,900 pups"):
    not a group and its part, so no event word is needed to pair them."""
    return a.kind == "count" and a.noun is not None and a.noun == b.noun and a.noun not in words.measures()


def _synonyms(a: Quantity, b: Quantity) -> bool:
    """True when two counts name two nouns of one narrow class ("86
    vessels" / "120 ships", "Six walkers" / "Eight hikers"): other words
    for one thing, not a group and its part."""
    return a.kind == "count" and words.synonyms(a.noun, b.noun)


def _nouns_fit(a: Quantity, b: Quantity, texts: Optional[Tuple[str, str]] = None) -> bool:
    """Counts need nouns of one kind, or people and what they did ("About
    1,400 people have responded" / "2,300 responses"); shares nouns of one
    kind or an event noun on one side; amounts and spans need no noun."""
    if a.kind == "count":
        if a.what is None or b.what is None:
            return False
        return same_kind(a.what, b.what, a.noun, b.noun)[0] or _people_who_made(a, b, texts) or mark_names(a, b)
    if a.kind == "percent" and a.what is not None and b.what is not None and not same_kind(a.what, b.what, a.noun, b.noun)[0]:
        return bool(words.event_classes(a.noun or "") or words.event_classes(b.noun or ""))
    return True


def mark_names(a: Quantity, b: Quantity) -> bool:
    """True when the word narrowing one count's noun of people is the
    other's noun of people ("46 volunteer members" / "the 64 volunteers"):
    the same people, named by what they are and by what they belong to.
    Not things ("45 bus drivers" / "60 buses")."""
    if not (a.noun and b.noun and ("+" + b.noun in a.marks or "+" + a.noun in b.marks)):
        return False
    people = words.people_classes()
    return a.what in people and b.what in people


def _people_who_made(a: Quantity, b: Quantity, texts: Optional[Tuple[str, str]]) -> bool:
    """True when one count is of people (or households) whose verb right
    after it makes the thing the other counts ("About 700 families applied"
    / "1,140 applications"; ``words.nominal_verbs``)."""
    if texts is None:
        return False
    for who, text, made in ((a, texts[0], b), (b, texts[1], a)):
        forms = words.nominal_verbs(made.noun)
        people = who.what in words.people_classes() or who.what == "households"
        if forms and people and forms & set(text[who.end:who.end + 30].split()):
            return True
    return False


def _times_fit(a: Quantity, b: Quantity) -> bool:
    """No clash of times: moments, a span "since" a year, a time of day of a
    share, a weekday against the weekend, a rate against a total."""
    if _times_clash(a.times, b.times) or ("since" in a.times) != ("since" in b.times):
        return False
    if a.kind == "percent" and bool(a.times & _INTRADAY) != bool(b.times & _INTRADAY):
        return False
    if _past(a.times) and b.modal or _past(b.times) and a.modal:
        return False  # "raised charges by 6% last year" / "charges will rise 4% from July"
    return not (_part_of_period(a.times, b.times) or rates(a.times) != rates(b.times))  # "on Saturday" / "this weekend"; "a day"


def _narrowed(a: Quantity, b: Quantity, texts: Optional[Tuple[str, str]]) -> bool:
    """True when ``a``'s noun is narrowed by a word ("600 construction
    jobs") that ``b`` lacks and ``b``'s article never uses: a part of what
    ``b`` counts, perhaps.  A descriptive word ("grey wolves",
    ``words.descriptive``) narrows nothing."""
    extra = {m[1:] for m in a.marks - b.marks - spread_over(a, b, texts and texts[0]) - rate_marks(a.marks, b.times)}
    extra -= words.descriptive()
    return bool(extra) and not (texts and all(_stem(w) in texts[1] for w in extra))


def _stem(w: str) -> str:
    """A narrowing word without its ending: "14 teaching posts" and "19
    teacher jobs" narrow alike."""
    for suffix in ("ing", "ers", "er"):
        if w.endswith(suffix) and len(w) > len(suffix) + 3:
            return w[:-len(suffix)]
    return w


_WHOLE = frozenset({"weekend", "weekends", "week"})


def _part_of_period(ta, tb) -> bool:
    """True when one figure is of a weekday and the other of the weekend or
    week ("50,000 on Saturday" / "60,000 this weekend")."""
    from factcheck.extract.figures import WEEKDAYS

    da, db = bool(ta & WEEKDAYS), bool(tb & WEEKDAYS)
    return (da and not db and bool(tb & _WHOLE)) or (db and not da and bool(ta & _WHOLE))


def score(a: Quantity, b: Quantity) -> int:
    """How much of their context two compatible figures share."""
    return (2 * len(own_events(a) & own_events(b)) + len(a.event_words & b.event_words) + len(a.names & b.names)
            + len(a.times & b.times) + len(a.content & b.content) + (a.noun is not None and a.noun == b.noun))


DAYS = 3
"""Two reports of one event appear within a few days of each other."""

MAX_ARTICLES = 12
"""Elimination is the editor's reading of a handful of outlets' reports of
one event; a story of more articles (an archive's running story) is not
paired this way, which also keeps the rule near-linear there."""


def reports_of_one_event(a, b) -> bool:
    """True when articles ``a`` and ``b`` (``Article``) are two outlets'
    reports of one event: both outlets known and different, and their dates,
    when both are known, at most ``DAYS`` apart.  One outlet's articles of a
    story are follow-ups, each with the news of its day: a figure of one is
    not found again in another by elimination."""
    if not a.outlet or not b.outlet or a.outlet.strip().lower() == b.outlet.strip().lower():
        return False
    if a.date and b.date:
        try:
            da, db = datetime.date.fromisoformat(a.date[:10]), datetime.date.fromisoformat(b.date[:10])
        except ValueError:
            return True
        return abs((da - db).days) <= DAYS
    return True


def pairs(qs: List[Quantity], texts: Sequence[str], skip, articles: Sequence,
          leads: Optional[Sequence[int]] = None, quoted: FrozenSet[int] = frozenset(),
          linked: FrozenSet[Tuple[int, int]] = frozenset()) -> Iterator[Tuple[int, int, Relation]]:
    """Likely pairs of quantities (indexes into ``qs``) of two articles
    (``articles``, the ``Article`` of each index) that are reports of one
    event, whose values disagree; ``skip(i, j)`` is true for pairs the rule
    or ``relate`` already decide; ``leads``, the index of each article's
    first body sentence (``_lead_pair``); ``linked``, the pairs of one
    article a definite phrase makes one quantity ("85 firefighters" ...
    "The 58 firefighters": ``_best``)."""
    if len(articles) > MAX_ARTICLES:
        return
    buckets: Dict[Tuple[str, str, str], Dict[int, List[int]]] = defaultdict(lambda: defaultdict(list))
    for i, q in enumerate(qs):
        # "More than 2,600 people" has no upper end: its lower end is what is small or not
        if q.kind in KINDS and q.low is not None and not (_small(q) and q.noun is None) and i not in quoted:
            for family in sorted(_families(q)):
                buckets[(q.kind, q.currency, family)][q.article].append(i)
    if leads is not None:  # the dates of each lead: paired only as the leads' one date (``_lead_pair``)
        for i, q in enumerate(qs):
            if q.kind == "date" and q.low is not None and q.high is not None and q.sentence == leads[q.article]:
                buckets[("date", "", "")][q.article].append(i)
    days = _days(qs, quoted)  # and the one date of each article given to the day (``_days``)
    for art, members in days.items():
        buckets[("date", "", "")][art].extend(i for i in members if i not in buckets[("date", "", "")][art])
    told: Set[Tuple[int, int]] = set()
    for key in sorted(buckets):
        by_article = buckets[key]
        arts = sorted(by_article)
        for x, art_a in enumerate(arts):
            for art_b in arts[x + 1:]:
                if not reports_of_one_event(articles[art_a], articles[art_b]):
                    continue
                side_a, side_b, pair_texts = by_article[art_a], by_article[art_b], (texts[art_a], texts[art_b])
                if key[0] == "ratio":  # what changed, not the context, pairs two ratios (``changed``)
                    found = changed.pairs(qs, side_a, side_b, pair_texts, skip, _ratio_fits,
                                          lambda a, b: Relation(certain=False, why=_why(a, b, texts=pair_texts)))
                else:
                    found = [] if key[0] == "date" else list(_mutual(qs, side_a, side_b, pair_texts, skip, linked))
                    if leads is not None:
                        found += _lead_pair(qs, [k for k in side_a if qs[k].sentence == leads[art_a]],
                                            [k for k in side_b if qs[k].sentence == leads[art_b]], pair_texts, skip)
                if key[0] == "date":
                    found += _lead_pair(qs, days.get(art_a, []), days.get(art_b, []), pair_texts, skip,
                                        "in its article")
                for i, j, rel in found:
                    if (i, j) not in told:
                        told.add((i, j))
                        yield i, j, rel


def _ratio_fits(a: Quantity, b: Quantity) -> bool:
    """Whether two ratios of two reports may be one change with two values."""
    return _ratios_fit(a, b) and disagree(a, b) and plausible(a, b)


def _lead_pair(qs: List[Quantity], lead_a: List[int], lead_b: List[int], texts, skip,
               where: str = "in its article's lead") -> List[Tuple[int, int, Relation]]:
    """The figures of a bucket in two reports' leads (their first body
    sentences, ``lead_a`` and ``lead_b``), when each lead gives one: a lead
    states the news, so two reports' only counts of a class there ("cut
    1,100 jobs" / "shed 1,600 roles") are one quantity whatever else their
    sentences name, as in ``ALONE``.  The same test pairs the one date to
    the day of each whole report (``_days``; ``where`` says which)."""
    if len(lead_a) != 1 or len(lead_b) != 1:
        return []
    i, j = lead_a[0], lead_b[0]
    a, b = qs[i], qs[j]
    if not (_fits(a, b, texts, alone=True) and not skip(i, j) and disagree(a, b) and plausible(a, b)):
        return []
    if a.kind == "date" and (a.low != a.high or b.low != b.high):
        return []  # a month is the date of many
    if a.kind == "date" and (weekdays.apart(a, b, texts) if _weekday(a) or _weekday(b) else a.modal != b.modal):
        return []  # a plan's date and a happening's are two events (a weekday's: by the tense of its clause)
    return [(i, j, Relation(certain=False, why=_why(a, b, where)))]


def _days(qs: List[Quantity], quoted: FrozenSet[int]) -> Dict[int, List[int]]:
    """The dates given to the day in each article (by article index), but
    for a weekday (``_weekday``) and a date said in a quote.  When each of
    two reports of one event gives only one, it is the news event's date
    whatever its verbs ("The Dunraven marathon, on 12 April" / "runners who
    completed the race on 19 April"), as the one date of each lead is
    (``_lead_pair``)."""
    out: Dict[int, List[int]] = defaultdict(list)
    for i, q in enumerate(qs):
        if q.kind == "date" and q.low is not None and q.low == q.high and i not in quoted and not _weekday(q):
            out[q.article].append(i)
    return out


def _weekday(q: Quantity) -> bool:
    """True when a date is a weekday read against the article's own date
    ("on Monday"): an article names many days that way, of many events."""
    return q.text.strip().lower() in WEEKDAYS


def _small(q: Quantity) -> bool:
    """A count below ``SMALL``: paired by elimination only with a count of
    literally the same noun ("Seven grey wolves" / "Nine wolves") or of a
    noun of one named class ("Six walkers" / "Eight hikers"), never by the
    class "people" or a bare partitive ("two of the injured")."""
    return q.kind == "count" and _top(q) < SMALL


def _small_ok(a: Quantity, b: Quantity) -> bool:
    """Whether two counts may be paired by elimination as far as ``_small``
    goes: neither is small, or their nouns are one noun or share a named
    class of quantity_nouns.txt (not "people", which takes any person)."""
    if a.noun == b.noun or not (_small(a) or _small(b)):
        return True
    if a.noun is None or b.noun is None:
        return False
    shared = words.classes_of(a.noun) & words.classes_of(b.noun)
    return bool(shared - {words.HYPERNYM})


def _top(q: Quantity) -> float:
    return q.high if q.high is not None else (q.low or 0.0)


def _fits(a: Quantity, b: Quantity, texts, alone: bool = False) -> bool:
    """Whether ``b`` is a candidate for ``a``'s quantity by elimination:
    compatible, not too small (``_small_ok``) and near in value."""
    return compatible(a, b, texts, alone) and _small_ok(a, b) and near(a, b)


def _best(qs: List[Quantity], i: int, others: List[int], texts, alone: bool = False) -> Optional[int]:
    """The one compatible figure of ``others`` that shares most with ``i``,
    or None when there is none or a tie; ``alone``: see ``compatible``."""
    found = _bests(qs, i, others, texts, alone)
    return next(iter(found)) if len(found) == 1 else None


def _bests(qs: List[Quantity], i: int, others: List[int], texts, alone: bool = False,
           linked: FrozenSet[Tuple[int, int]] = frozenset()) -> FrozenSet[int]:
    """``_best`` as a set (empty for none or a tie), but tied figures that a
    definite phrase of their article makes one quantity (``linked``: "85
    firefighters" ... "The 58 firefighters") are all the best: one quantity
    said twice, each value to be checked against ``i``."""
    scored = [((score(qs[i], qs[j]), tiebreak(qs[i], qs[j])), j) for j in others if _fits(qs[i], qs[j], texts, alone)]
    if not scored:
        return frozenset()
    scored.sort(key=lambda t: (-t[0][0], -t[0][1], t[1]))
    tied = [j for sc, j in scored if sc == scored[0][0]]
    if any(disagree(qs[tied[0]], qs[j]) for j in tied[1:]):
        if _one_chain(tied, linked):
            return frozenset(tied)
        return frozenset()  # two figures fit as well and differ: which is the other's is unknown
    return frozenset({scored[0][1]})  # one figure, or one value said twice ("about 500 workers" ... "About 500 Castor workers")


def _one_chain(tied: List[int], linked: FrozenSet[Tuple[int, int]]) -> bool:
    """True when each tied figure but the first refers back, by a definite
    phrase, to another of them (``linked``): one quantity of one article."""
    return all(any((k, j) in linked or (j, k) in linked for k in tied if k != j) for j in tied)


def _mutual(qs: List[Quantity], side_a: List[int], side_b: List[int], texts, skip,
            linked: FrozenSet[Tuple[int, int]] = frozenset()) -> Iterator[Tuple[int, int, Relation]]:
    back = (texts[1], texts[0])
    alone = len(side_a) == 1 and len(side_b) == 1  # the one figure of the bucket in each article
    for i in side_a:
        for j in sorted(_bests(qs, i, side_b, texts, alone, linked)):
            if i not in _bests(qs, j, side_a, back, alone, linked) or skip(i, j) or not disagree(qs[i], qs[j]):
                continue
            if not plausible(qs[i], qs[j]):
                continue
            yield i, j, Relation(certain=False, why=_why(qs[i], qs[j]))


FACTOR = 3.0
"""Two outlets' values of one quantity differ by less than this factor;
figures further apart found by elimination are two quantities ("$30 each" /
"$1.2 million in all")."""


def near(a: Quantity, b: Quantity) -> bool:
    """True when the values are within ``FACTOR`` of each other: a figure
    further off ("some 200 million years" beside "11 days") is no
    candidate for the other's quantity, so it cannot tie with one that is.
    Two lengths of time in neighbouring units may be further apart
    (``timescales``: "about 48 hours" / "for seven days")."""
    lo, hi = sorted(_magnitudes(a, b))
    return lo > 0 and hi / lo < timescales.factor(a, b, FACTOR)


def within(a: Quantity, b: Quantity, factor: float) -> bool:
    """True when the middles of two values are above zero and less than
    ``factor`` times apart."""
    lo, hi = sorted((middle(a), middle(b)))
    return lo > 0 and hi / lo < factor


def _magnitudes(a: Quantity, b: Quantity) -> Tuple[float, float]:
    """The sizes of two values compared as a ratio: two values below zero
    ("minus 6C" / "minus 4C") by their magnitudes."""
    ma, mb = middle(a), middle(b)
    return (-ma, -mb) if ma < 0 and mb < 0 else (ma, mb)


def plausible(a: Quantity, b: Quantity) -> bool:
    """True when the values are close enough to be one quantity misreported,
    and, for shares and amounts (which many things have), the figures share
    some context: an event class; for an amount with no event class on one
    side, a name, a time, a content word or a noun of one class ("the Harnby
    Playhouse took £1.4 million ... this year" / "brought in £1.9 million
    this year"; "The £84 million scheme" / "The £48m development").  A class
    that says only that something was decided (``_GENERIC``) is no event
    there, as in ``compatible``: "the council has agreed to sell the bridge
    for £18.5 million" / "Causeway has bought the bridge for £15 million"."""
    lo, hi = sorted(_magnitudes(a, b))
    if lo <= 0 or hi / lo >= timescales.factor(a, b, FACTOR):
        return False
    if a.kind in ("percent", "money"):
        ea, eb = own_events(a), own_events(b)
        if ea & eb:
            return True  # many things have a price or a share: the event must be one
        ea, eb = ea - _GENERIC, eb - _GENERIC  # "agreed to sell ... for £18.5 million": only that it was decided
        if a.kind == "money" and words.one_family(ea, eb, "money") and (a.names & b.names or a.times & b.times):
            return True  # one sum in two words ("fined" / "ordered to pay"), said of one party or time
        if a.kind == "percent" and a.noun and a.noun == b.noun and a.marks == b.marks and not (ea or eb):
            return True  # "Some 34% of officer posts" / "half of officer posts": a share of one named whole
        shared = (a.names & b.names or a.times & b.times or a.content & b.content
                  or a.noun is not None and (a.noun == b.noun or words.synonyms(a.noun, b.noun)))
        return a.kind == "money" and not (ea and eb) and bool(shared)
    return True


def middle(q: Quantity) -> float:
    """The middle of a quantity's interval (one end when the other is open)."""
    if q.low is None:
        return q.high or 0.0
    return q.low if q.high is None else (q.low + q.high) / 2


def _why(a: Quantity, b: Quantity, where: str = "in its article", texts: Optional[Sequence[str]] = None) -> str:
    what = {"count": "count", "money": "amount", "percent": "share or change", "duration": "length of time",
            "date": "date", "ratio": "change"}[a.kind]
    nouns = " / ".join(dict.fromkeys(n for n in (a.noun, b.noun) if n))
    nouns = plural(nouns) if nouns else ""
    shared = sorted(own_events(a) & own_events(b)) + sorted(a.names & b.names) + sorted(a.times & b.times)
    if a.kind == "ratio" and texts is not None:
        return f"each is the only change of {' '.join(sorted(changed.shared(texts, a, b)))} {where} that fits the other"
    return (f"each is the only {what}{' of ' + nouns if nouns else ''} {where} that fits the other"
            + (f" (both: {', '.join(shared)})" if shared else ""))
