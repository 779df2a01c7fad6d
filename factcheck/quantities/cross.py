"""Conflicting figures the literal (noun, predicate) key cannot see.

Called by ``factcheck.rules.conflicting_figure`` after its own comparison.
Every figure of a story (and every ratio word and event year,
``extras.extra_quantities``) is described as a ``Quantity`` and indexed by
(kind, currency, event class): a figure is only compared with the figures
that share one of its event classes, so the work grows with the story's
figures, not with their square.  Pairs the rule's own key already compares
(the same counted noun) are left to it.

* Across articles: two quantities ``relate`` takes for one whose intervals
  do not overlap are reported, unless one article also gives a figure that
  agrees with the other's (it then names two quantities).
* Within one article: a definite noun phrase ("the 5.3% rise", "the 17%
  request") refers back to the nearest earlier figure of its kind that it
  relates to, and so does one whose noun a single earlier figure
  introduced ("a £48 million scheme" ... "The £84 million scheme"); a
  different value is reported.

Severity: ``error`` when identity is clear (the same noun or no noun, and
the same event word); ``info`` when it rests on word classes ("tenants" /
"people", "told to leave" / "moved out"), with both sentences, so an editor
decides.  The message says why the two figures were taken for one quantity.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from typing import Callable, Dict, FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

from factcheck.extract.figures import qualifier_parts
from factcheck.model import AgreeingFigure, Agreement, Analysis, ConflictPayload, FigureVersion, Finding
from factcheck.rules.base import COMPARISONS, finding, place

from . import anaphora, disputed, effective, likely, transposed
from .ages import age_quantities, origin_ages
from .describe import Quantity, describe
from .extras import change_ratios, compound_counts, extra_quantities, weekday_dates
from .glued import glued_measures
from .holders import holders
from .months import dateline_day
from .weekdays import lead_weekdays
from .relate import HOLDING, Relation, disagree, holding, names_meet, relate
from .words import family_names

Key = Callable[[object], Optional[tuple]]

CANDIDATES = 40
"""Speed layer: a figure is compared with at most this many later figures of
its (kind, currency, event) bucket, in article order, so that a story of
1,000 articles stays near-linear.  A story an editor hands over has a few
articles and buckets far smaller than this: nothing is lost there."""


ANAPHORA_UNITS = ("percent", "money", "count", "duration")


class Descriptions:
    """The Quantity of each figure of one story, described once (speed: the
    conflicting-figure rule reads a figure's roles and times, the model the
    whole description)."""

    def __init__(self, analyses: Sequence[Analysis]) -> None:
        self.analyses = analyses
        self._done: Dict[Tuple[int, int], Optional[Quantity]] = {}

    def get(self, ai: int, f) -> Optional[Quantity]:
        """``describe(analyses[ai], ai, f)``, kept for the story (the key is
        the figure object, alive as long as the story's analyses)."""
        k = (ai, id(f))
        if k not in self._done:
            self._done[k] = describe(self.analyses[ai], ai, f)
        return self._done[k]


def quantities(analyses: Sequence[Analysis],
               memo: Optional[Descriptions] = None) -> Tuple[List[Quantity], Dict[int, Optional[tuple]]]:
    """Every Quantity of the story, in article and text order, and the
    figure behind each (by position in the list).  A story of one article
    can only hold anaphora, so only its shares and amounts are described
    (speed: most stories of an archive are single articles)."""
    out: List[Quantity] = []
    figures: Dict[int, object] = {}
    single = len(analyses) == 1
    memo = memo if memo is not None else Descriptions(analyses)
    story_date = None if single else _story_date(analyses)
    for ai, an in enumerate(analyses):
        first = len(out)
        for f in an.figures:
            if single and f.unit not in ANAPHORA_UNITS:
                continue
            q = memo.get(ai, f)
            if q is not None:
                figures[len(out)] = f
                out.append(q)
        if not single:
            out.extend(change_ratios(an.article.content, out[first:]))  # this article's figures
            published = _published(an) or story_date
            out.extend(extra_quantities(an, ai, published))
            out.extend(glued_measures(an, ai))
            out.extend(compound_counts(an, ai))
            # the article's own date, not the story's: its dateline's day in the story's year
            day = _published(an) or dateline_day(an.article, story_date)
            out.extend(weekday_dates(an, ai, day))
            taken = {q.start for q in out[first:] if q.kind == "date"}
            out.extend(lead_weekdays(an, ai, day, _lead(an), taken))
            out.extend(age_quantities(an, ai))
            out.extend(origin_ages(an, ai, published))
    return (out if single else holders(out, analyses)), figures


def _quoted(analyses: Sequence[Analysis], qs: List[Quantity]) -> FrozenSet[int]:
    """The quantities said inside a direct quote ("This berth will serve the
    islands for fifty years"): a speaker's figure, often a round or loose
    one, is not paired by elimination (``likely``), only by its words."""
    spans = [[(q.text_start, q.text_end) for q in an.quotes] for an in analyses]
    return frozenset(i for i, q in enumerate(qs) if any(s <= q.start and q.end <= e for s, e in spans[q.article]))


def _lead(an: Analysis) -> int:
    """The index of an article's lead (-1 without one)."""
    lead = an.lead()
    return -1 if lead is None else lead.index


def _published(an: Analysis) -> Optional[datetime.date]:
    """An article's date, None when it gives none."""
    try:
        return datetime.date.fromisoformat((an.article.date or "")[:10])
    except ValueError:
        return None


def _story_date(analyses: Sequence[Analysis]) -> Optional[datetime.date]:
    """The date most of a story's dated articles give (the earliest of a
    tie), for an article that gives only a day and month ("Oct 15"): the
    reports of one story are of one time."""
    dates = Counter(d for d in map(_published, analyses) if d is not None)
    return min(dates, key=lambda d: (-dates[d], d)) if dates else None


def check(analyses: Sequence[Analysis], key: Key, agreed: Optional[List[Agreement]] = None,
          memo: Optional[Descriptions] = None) -> Iterator[Finding]:
    """The findings of the quantity model for one story (see the module
    documentation); ``key`` is the rule's own index key of a figure,
    ``memo`` the story's descriptions the rule has made.  The pairs of two
    articles taken for one quantity whose values agree are appended to
    ``agreed`` when given (the handout lists them)."""
    if len(analyses) == 1 and not _has_definite(analyses[0]):
        return  # one article and no "the 5.3% rise": nothing to compare
    qs, figures = quantities(analyses, memo)
    keys = {i: _literal(key, f) for i, f in figures.items()}
    preds = {i: _predicates(f) for i, f in figures.items()}
    texts = [an.article.content.lower() for an in analyses]
    found: List[Tuple[int, int, Relation]] = []
    links = list(anaphora.links(qs, keys))
    if len(analyses) > 1:
        found = _across(analyses, qs, keys, preds, texts, links, agreed)
        found += disputed.pairs(qs, found, lambda q2: _across(analyses, q2, keys, preds, texts, links),
                                [an.article for an in analyses])
    backed: Dict[Tuple[int, int], List[Tuple[int, str]]] = {}
    referring = [(i, j, rel) for i, j, rel, conflict in links if conflict]
    if referring and len(analyses) > 1:
        backed = _backing(qs, referring, texts)
    for i, j, _ in found:  # "the $2.1 million saving" of one side also contradicts the other
        extra = [k for a, k, _, _ in links if a == i and disagree(qs[k], qs[j])]
        extra += [k for a, k, _, _ in links if a == j and disagree(qs[k], qs[i])]
        if extra:
            backed[(i, j)] = [(k, "a later phrase that refers back to one of them") for k in extra]
    found.extend(referring)
    # the pairs reported so far, and those the rule's own key compares, stand
    told = {_spot(qs, i, j) for i, j, _ in found} | {_spot(qs, i, j) for i, j, _, _ in links}
    # within one article the rule compares only figures with no frame: a definite figure with
    # transposed digits ("by 14% in January" ... "the 41% increase") is the model's to decide
    found += list(transposed.pairs(qs, texts, [an.article for an in analyses],
                                   lambda i, j: _spot(qs, i, j) in told or (_keyed(keys, preds, i, j)
                                                                            and qs[i].article != qs[j].article)))
    for i, j, rel in sorted(found, key=lambda t: (t[0], t[1])):
        yield _finding(analyses, qs[i], qs[j], rel, [(qs[k], why) for k, why in backed.get((i, j), ())])


def _across(analyses: Sequence[Analysis], qs: List[Quantity], keys, preds, texts: Sequence[str], links,
            agreed: Optional[List[Agreement]] = None) -> List[Tuple[int, int, Relation]]:
    """The conflicting pairs of two articles: by ``relate`` and by
    elimination (``likely``); the agreeing pairs go to ``agreed``."""
    pairs = list(_pairs(qs, keys, texts))
    found = [(i, j, rel) for i, j, rel, conflict in pairs if conflict]
    if agreed is not None:
        agreed.extend(_agreement(analyses, qs[i], qs[j], rel) for i, j, rel, conflict in pairs if not conflict)
    decided = lambda i, j: _decided(qs, keys, texts, i, j, preds)  # noqa: E731
    quoted = _quoted(analyses, qs)
    articles = [an.article for an in analyses]
    return (found + list(likely.pairs(qs, texts, decided, articles, [_lead(an) for an in analyses], quoted,
                                      frozenset((i, j) for i, j, _, _ in links)))
            + list(effective.pairs(qs, articles, decided, quoted)))


def _decided(qs: List[Quantity], keys: Dict[int, Optional[tuple]], texts: Sequence[str], i: int, j: int,
             preds: Dict[int, tuple]) -> bool:
    """True when the rule's own key (``_keyed``) or ``relate`` decides
    whether figures ``i`` and ``j`` are one quantity."""
    if _keyed(keys, preds, i, j, qs):
        return True
    COMPARISONS.add()
    return relate(qs[i], qs[j], (texts[qs[i].article], texts[qs[j].article])) is not None


def _spot(qs: List[Quantity], i: int, j: int) -> Tuple[Tuple[int, int], ...]:
    """Where two figures stand, in either order: a pair of places is reported
    once, whichever reading of the figures ("7.5%" as a share or a ratio)
    found it."""
    return tuple(sorted(((qs[i].article, qs[i].start), (qs[j].article, qs[j].start))))


def _keyed(keys: Dict[int, Optional[tuple]], preds: Dict[int, tuple], i: int, j: int,
           qs: Optional[List[Quantity]] = None) -> bool:
    """True when the rule's own key compares figures ``i`` and ``j``: the
    same counted noun and the same predicates (``preds``), which the rule
    requires ("counted 1,340 pups" and "1,900 pups were born" are left to
    the model); what it decides stands.  Figures of two articles whose
    clauses name different things are not compared by the rule ("needed 30
    stitches ... in Cobwell Park" / "needed 18 stitches at Stennard
    General Hospital"): the model decides them, with its own test of
    names (a name the other article also uses is shared)."""
    if keys.get(i) is None or keys.get(i) != keys.get(j) or preds.get(i) != preds.get(j):
        return False
    if qs is None or qs[i].article == qs[j].article:
        return True
    a, b = qs[i].names, qs[j].names
    return not (a and b and not names_meet(a, b))


def _literal(key: Key, f) -> Optional[tuple]:
    """What the rule's own comparison reads of a figure: its key and
    whether figure extraction took it for a plan; two figures with the same
    key that differ there are never compared by the rule ("approved plans
    for 850 homes" is a plan to figure extraction, "Plans for 640 homes were
    approved" is not), so they are left to the model, which reads the mood
    of both clauses itself."""
    k = key(f)
    if k is None:
        return None
    _, frames = qualifier_parts(f.qualifier)
    return k, bool(_PLANNED.intersection(frames))


_PLANNED = frozenset({"modal", "future"})


def _predicates(f) -> tuple:
    """The predicates figure extraction gave a figure (its frames that are
    not narrowing words), which the rule's comparison requires equal."""
    return tuple(x for x in qualifier_parts(f.qualifier)[1] if not x.startswith("+"))


def _has_definite(an: Analysis) -> bool:
    """True when some share or amount of the article follows "the", "this"
    or "that" (a cheap test before describing its figures)."""
    content = an.article.content
    for f in an.figures:
        if f.unit in ANAPHORA_UNITS and content[max(0, f.start - 5):f.start].lower().rstrip().endswith(
                ("the", "this", "that")):
            return True
    return False


def _agreement(analyses: Sequence[Analysis], a: Quantity, b: Quantity, rel: Relation) -> Agreement:
    return Agreement(kind=a.kind, currency=a.currency, why=rel.why, figures=tuple(
        AgreeingFigure(path=analyses[q.article].article.path, text=q.text, noun=q.noun or "", low=q.low,
                       high=q.high, start=q.start, end=q.end, sentence=q.sentence) for q in (a, b)))


def _pairs(qs: List[Quantity], keys: Dict[int, Optional[tuple]],
           texts: Sequence[str]) -> Iterator[Tuple[int, int, Relation, bool]]:
    """Pairs of quantities of two articles taken for one, through the index
    by (kind, currency, event class); conflicts explained by a third figure
    are left out."""
    buckets: Dict[Tuple[str, str, str], List[int]] = defaultdict(list)
    for i, q in enumerate(qs):
        for ev in sorted(q.events) if not holding(q) else HOLDING:
            buckets[(q.kind, q.currency, ev)].append(i)
        if q.kind == "date":  # "warned on" / "issued a warning on": one family of a date's events
            for family in sorted(family_names(q.events, "date")):
                buckets[(q.kind, q.currency, "family:" + family)].append(i)
    seen: Set[Tuple[int, int]] = set()
    for bucket in sorted(buckets):
        members = buckets[bucket]
        for x, i in enumerate(members):
            near = members[max(0, x - CANDIDATES):x + 1 + CANDIDATES]
            for j in members[x + 1:x + 1 + CANDIDATES]:
                if (i, j) in seen or qs[i].article == qs[j].article:
                    continue
                seen.add((i, j))
                if (keys.get(i) is not None and keys.get(i) == keys.get(j) and qs[i].event_words == qs[j].event_words
                        and not (qs[i].based or qs[j].based)
                        and not (qs[i].names and qs[j].names and not names_meet(qs[i].names, qs[j].names))):
                    continue  # the same counted noun and verbs: the rule's own comparison decides
                COMPARISONS.add()
                rel = relate(qs[i], qs[j], (texts[qs[i].article], texts[qs[j].article]))
                if rel is None:
                    continue
                conflict = disagree(qs[i], qs[j])
                if conflict and (_explained(qs, near, i, j) or _outmatched(qs, near, texts, i, j)):
                    continue
                if conflict and far_apart(qs[i].kind, qs[i], qs[j]):
                    continue  # "£35bn of savings" / "savings of £153m at the Foreign Office": a part
                yield i, j, rel, conflict


MISREPORT_FACTOR = 4.0
"""Two values of one quantity that differ by this factor or more are two
quantities (a whole and a part: "27 branches" / "212 stores"; costs and a
fine) rather than one misreported, unless the model is certain of their
identity and their digits are the same (``_scaled``: a dropped or added
zero, "£380,000" / "£38,000", is a typing error)."""


def _scaled(a, b) -> bool:
    """True when two figures have the same significant digits ("£380,000" /
    "£38,000") and differ by a dropped or added zero or two, not by a scale
    of their own ("£1.50" a toll / "£15 million" a price)."""
    da = transposed.digits(a.text)
    lo, hi = sorted((likely.middle(a), likely.middle(b)))
    return da is not None and da == transposed.digits(b.text) and lo > 0 and hi / lo <= SCALED_LIMIT


SCALED_LIMIT = 1000.0
"""The largest factor a dropped or added zero explains (``_scaled``)."""


def far_apart(kind: str, a, b) -> bool:
    """True when two counts or amounts (``kind``) differ by
    ``MISREPORT_FACTOR`` or more and no dropped zero explains it
    (``_scaled``): a whole and a part ("62 staff" on the night shift / "340
    staff"), not one quantity misreported.  ``a`` and ``b`` are quantities
    or the rule's figures: anything with a text and an interval."""
    if kind not in ("count", "money"):
        return False
    lo, hi = sorted((likely.middle(a), likely.middle(b)))
    return lo > 0 and hi / lo >= MISREPORT_FACTOR and not _scaled(a, b)


def _explained(qs: List[Quantity], members: List[int], i: int, j: int) -> bool:
    """True when either article also gives a figure of the bucket that agrees
    with the other article's figure and not with its own (it names several
    quantities)."""
    for k in members:
        if k in (i, j) or qs[k].low is None or qs[k].high is None:
            continue  # "for over 24 hours" agrees with any longer span and explains nothing
        if _far(qs[k], qs[i]) or _far(qs[k], qs[j]):
            continue  # "3,100 passengers" agrees with "more than 240" only through its open end
        if likely.own_events(qs[k]) - likely.own_events(qs[i]) - likely.own_events(qs[j]):
            continue  # "200 workers were evacuated" counts another happening than "80 firefighters fought"
        # a figure that agrees with both ("in January" beside "4 January")
        # is the same quantity said less precisely: it explains nothing
        if (qs[k].article == qs[i].article and relate(qs[k], qs[j]) and not disagree(qs[k], qs[j])
                and disagree(qs[k], qs[i])):
            return True
        if (qs[k].article == qs[j].article and relate(qs[k], qs[i]) and not disagree(qs[k], qs[i])
                and disagree(qs[k], qs[j])):
            return True
    return False


def _outmatched(qs: List[Quantity], members: List[int], texts: Sequence[str], i: int, j: int) -> bool:
    """True when the article of one figure gives another figure of the
    bucket, with another value, that is also taken for the other article's
    figure and shares more of its when and where (times, names): the article
    names two quantities and the other one is the match ("Last summer's
    spill killed 900 fish" beside "About 4,000 fish died on Monday", against
    "More than 7,000 were killed on Monday")."""
    for a, b in ((i, j), (j, i)):
        base = _when_where(qs[a], qs[b])
        for k in members:
            if k in (i, j) or qs[k].article != qs[a].article or not disagree(qs[k], qs[a]):
                continue
            if _when_where(qs[k], qs[b]) > base and relate(qs[k], qs[b], (texts[qs[k].article], texts[qs[b].article])):
                return True
    return False


def _when_where(a: Quantity, b: Quantity) -> int:
    return len(a.times & b.times) + len(a.names & b.names)


def _far(k: Quantity, q: Quantity) -> bool:
    """True when figure ``k`` lies more than ``likely.FACTOR`` times beyond
    the bound of ``q``, which names no upper or no lower end."""
    if q.high is None and q.low:
        return (k.low or 0) > q.low * likely.FACTOR
    if q.low is None and q.high:
        return (k.high or 0) * likely.FACTOR < q.high
    return False


def _backing(qs: List[Quantity], pairs: List[Tuple[int, int, Relation]],
             texts: Sequence[str]) -> Dict[Tuple[int, int], List[Tuple[int, str]]]:
    """For each anaphora conflict (``i`` earlier, ``j`` the definite phrase
    of one article), the figures of other articles that give the same
    quantity as ``i`` and agree with it: "the 5.3% rise" then also
    contradicts them ("a 3.5% increase" in another outlet).  Looked up in the
    (kind, currency, event) buckets, at most ``CANDIDATES`` a side."""
    buckets: Dict[Tuple[str, str, str], List[int]] = defaultdict(list)
    for k, q in enumerate(qs):
        for ev in sorted(q.events):
            buckets[(q.kind, q.currency, ev)].append(k)
    out: Dict[Tuple[int, int], List[Tuple[int, str]]] = {}
    for i, j, _ in pairs:
        a, b = qs[i], qs[j]
        near: Set[int] = set()
        for ev in sorted(a.events):
            members = buckets[(a.kind, a.currency, ev)]
            x = members.index(i)
            near.update(members[max(0, x - CANDIDATES):x + 1 + CANDIDATES])
        for k in sorted(near):
            c = qs[k]
            if c.article == a.article:
                continue
            COMPARISONS.add()
            if (relate(c, a, (texts[c.article], texts[a.article])) and not disagree(c, a)
                    and disagree(c, b)):
                out.setdefault((i, j), []).append((k, "gives the earlier value"))
    return out


def _finding(analyses: Sequence[Analysis], a: Quantity, b: Quantity, rel: Relation,
             backing: Sequence[Tuple[Quantity, str]] = ()) -> Finding:
    an_a, an_b = analyses[a.article], analyses[b.article]
    where_a = an_a.article.label
    where_b = an_b.article.label if an_b is not an_a else "later in the same article"
    also = "".join(f'; "{c.text}" ({analyses[c.article].article.label}) {why}' for c, why in backing)
    if rel.certain:
        message = (f'Conflicting figures for one quantity: "{a.text}" ({where_a}) vs "{b.text}" ({where_b}); '
                   f"{rel.why}, and the values cannot both be true{also}.")
        severity = "error"
    else:
        sa, sb = _sentence(an_a, a), _sentence(an_b, b)
        message = (f'These figures may be one quantity and disagree: "{a.text}" ({where_a}: "{sa}") vs '
                   f'"{b.text}" ({where_b}: "{sb}"); {rel.why}{also}. Check whether they '
                   + ("date the same event." if a.kind == "date" else "count the same thing."))
        severity = "info"
    payload = ConflictPayload(
        counts=a.what or a.kind, unit=a.kind, verdict="conflict",
        identity="certain" if rel.certain else "likely", why=rel.why,
        figures=tuple(FigureVersion(path=an.article.path, outlet=an.article.label, text=q.text, low=q.low,
                                    high=q.high, start=q.start, end=q.end)
                      for an, q in [(an_a, a), (an_b, b)] + [(analyses[c.article], c) for c, _ in backing]))
    return finding(an_a, a.start, a.end, message, severity=severity,
                   related=[place(an_b, b.start, b.end)] + [place(analyses[c.article], c.start, c.end)
                                                             for c, _ in backing], payload=payload)


def _sentence(an: Analysis, q: Quantity, limit: int = 160) -> str:
    s = an.sentences[q.sentence]
    text = " ".join(an.article.content[s.start:s.end].split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
