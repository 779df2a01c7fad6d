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
  is not "40 tram routes", "interest rates" not "an annual rate"), and a
  word of scope on one side only makes another quantity ("the national pass
  rate" is not the college's "pass rate"); a part
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
  article only plain levels with the same periods (a sentence that names
  none takes those of the sentence before it: "Imports for the December
  quarter were ... Exports were 2.8 billion") and the same words before
  them are compared ("the plant has about 1,200 workers" ... "the plant had
  800 workers"): an article that lists several values for one noun is
  usually naming several quantities;
* across articles, a difference is explained when the article giving one
  value also gives a figure that agrees with the other article's value
  (not a measure of another thing: "fragments up to 300 metres away" does
  not explain "a 62-metre blade" / "a 48-metre blade");
* across articles, two counts or amounts four or more times apart are a
  whole and a part, not one quantity misreported ("62 staff" on the night
  shift / "340 staff"), unless their digits are the same (a dropped zero,
  "£380,000" / "£38,000", is a typing error).

Durations ("three years"), vague plurals ("thousands of fans"), counts
below 10 without a change frame ("two officials said") and nouns that name
no quantity of their own ("the figure", "the total") are not compared.  Articles about different stories
are never compared, nor two articles of one story published more than a week
apart (a running story's figures change: "raised its offer to 92 dlrs" a
fortnight after "offered 88 dlrs"; ``figure_moments``).  One finding is made per group of conflicting figures;
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
word) and info, with both sentences, when it rests on word classes, or on
transposed digits ("420 jobs" ... "The 240 job losses"), a common typo.

Within a live blog, figures of two timestamped updates ("9:10 p.m." /
"11:30 p.m.") are a count at two times, not one quantity, and are not
compared with each other.  What can be won or is needed ("865 delegates are
at stake", "the 1,237 delegates he needs to win") is never compared with
what anyone has, and two such figures only when their clauses name one
contest ("With 107 delegates at stake" and "With 214 delegates at stake"
are two states'); two people's figures ("Farrow's two-year ban" / "the
coach's four years") and two bodies' decisions ("by the IAAF" / "by the
tribunal") are two quantities; a figure inside a direct quote is compared only by its
words, never by elimination (a speaker's figures are often round).
"""

from __future__ import annotations

import datetime
from typing import Callable, Dict, FrozenSet, Hashable, Iterable, Iterator, List, NamedTuple, Optional, Sequence, Set, Tuple

from factcheck.extract.figures import WEEKDAYS, anchors, change_frames, lead_words, qualifier_parts
from factcheck import quantities
from factcheck.model import Agreement, Analysis, Figure, Finding
from factcheck.rules.base import COMPARISONS
from factcheck.rules.figure_headlines import with_headline_copies
from factcheck.rules.figure_messages import conflict_finding as _finding
from factcheck.rules.figure_moments import by_moment
from factcheck.rules.figure_passages import inherited_periods, live_sections
from factcheck.rules.figure_pairs import Links, class_pairs, classes, join_disjoint, join_unequal, pair_count
from factcheck.settings import Settings

ID = "conflicting-figure"
SEVERITY = "error"
SUMMARY = "The same quantity is given with values that cannot both be true."
STANDARD = ("SPJ Code of Ethics, 'Take responsibility for the accuracy of their work'; "
            "AP: check every figure against its source.")
SUGGESTION = ("Check both figures against the primary source and correct the one that is wrong "
              "(or explain the difference).")
SCOPE = "story"
AGREEMENTS = True  # check_story records the agreeing figures too (Report.agreements)
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
        # a live blog's timestamped updates: the count at 9:10 p.m. and at 11:30 p.m.
        "The Latest on the count (all times local):\n\n9:10 p.m.\n\nMarsh now has 865 delegates, according to "
        "a tally by the Harbor Post.\n\n11:30 p.m.\n\nMarsh now has 920 delegates, according to a tally by the "
        "Harbor Post.",
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


def check_story(analyses: Sequence[Analysis], settings: Settings, agreed: Optional[List[Agreement]] = None
                ) -> Iterator[Finding]:
    """One finding per group of figures about the same quantity whose
    intervals cannot all be true (see the module documentation), within each
    moment of the story (articles published within a week: ``figure_moments``);
    ``agreed``: see ``AGREEMENTS``."""
    return by_moment(analyses, _check_moment, agreed)


def _check_moment(analyses: Sequence[Analysis], agreed: Optional[List[Agreement]]) -> Iterator[Finding]:
    index: Dict[Tuple[str, str, str], List[Tuple[int, Figure]]] = {}
    for ai, a in enumerate(analyses):
        for f in a.figures:
            key = comparable_key(f)
            if key is not None and not (f.unit == "count" and quantities.listed_label(a.article.content, f.start)):
                index.setdefault(key, []).append((ai, f))
    told: Set[Tuple[str, int]] = set()
    memo = quantities.Descriptions(analyses)  # each figure described once, for the key's groups and the model
    for key in sorted(index):
        members = index[key]
        if len(members) < 2:
            continue
        for found in _conflicts(analyses, key, members, memo):
            told.update(_places(found))
            yield with_headline_copies(analyses, found)
    for found in quantities.cross.check(analyses, comparable_key, agreed, memo):  # other words, one quantity
        if not _places(found) <= told:  # a pair the literal comparison already reported
            yield with_headline_copies(analyses, found)


def _places(f: Finding) -> Set[Tuple[str, int]]:
    """The (path, start) of every place a finding names."""
    return {(f.path, f.start)} | {(r.path, r.start) for r in f.related}


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


class Traits(NamedTuple):
    """What ``compatible`` reads of a figure, worked out once per figure."""

    times: Tuple[str, ...]  # the periods named; weekdays left out where they do not matter
    frames: Tuple[str, ...]  # predicates, marks and narrowing words, as extracted
    preds: Tuple[str, ...]  # the frames that are not narrowing words ("+bus")
    marks: FrozenSet[str]  # the narrowing words
    anchors: FrozenSet[str]  # the names in the figure's clause
    framed: bool  # a change ("rose", "hired"), not a level


def traits(f: Figure, anchors_: FrozenSet[str]) -> Traits:
    """The traits of figure ``f`` whose clause names ``anchors_``."""
    times, frames = qualifier_parts(f.qualifier)
    preds = tuple(x for x in frames if not x.startswith("+"))  # predicates, marks and places ("@ohio")
    framed = bool(set(preds) & CHANGES) and f.unit not in ("tally", "date")
    if not framed and f.unit != "tally":  # the day something was said does not change a level
        times = tuple(t for t in times if t not in WEEKDAYS)
    return Traits(times, frames, preds, frozenset(x for x in frames if x.startswith("+")), anchors_, framed)


def compatible(a: Figure, b: Figure, anchors_a: FrozenSet[str], anchors_b: FrozenSet[str],
               same_article: bool) -> bool:
    """True when two figures with the same key describe the same quantity.

    Same predicate always, and the words narrowing the noun of one are among
    those of the other ("measles cases" and "cases", not "bus routes" and
    "tram routes").  Level figures ("has 6,000 employees"): the same periods,
    or one names none; names in their clauses shared, or one names none.
    Changes ("fares rose 18%", "hired 500"): the same periods and a shared
    name (for counts and money, or no names on either side).  Within one
    article only figures with no frame at all, with the same periods (and
    ``a`` is the earlier of the two).
    """
    return _compatible(traits(a, anchors_a), traits(b, anchors_b), a, same_article)


def _compatible(a: Traits, b: Traits, f: Figure, same_article: bool) -> bool:
    """``compatible`` on the figures' traits; ``f`` is either figure (both
    have the same key: unit and counted noun)."""
    if a.preds != b.preds or not (a.marks <= b.marks or b.marks <= a.marks):
        return False
    if quantities.words.scoped(a.marks ^ b.marks):
        return False  # "the national pass rate" / "the pass rate": another scope
    if a.anchors and b.anchors and not (a.anchors & b.anchors):
        return False
    if same_article:
        return (not a.frames and a.times == b.times and f.counts not in GENERIC and f.unit != "date"
                and (a.anchors == b.anchors or bool(a.anchors & b.anchors)))
    if a.framed:
        shared = bool(a.anchors & b.anchors) or (not a.anchors and not b.anchors and f.unit != "percent")
        return a.times == b.times and shared
    # across articles, one figure's periods among the other's: the other's
    # sentence also dates a neighbouring figure ("61,000 vans last year, down
    # from 84,000 in 2022" / "66,000 vans last year")
    return not a.times or not b.times or set(a.times) <= set(b.times) or set(b.times) <= set(a.times)


def said_of_same_thing(la: FrozenSet[str], lb: FrozenSet[str]) -> bool:
    """Within one article: the words before two figures (``lead_words``)
    say they are about the same thing ("the plant has" / "the plant had")."""
    return bool((la & lb) - {"level"}) and (la <= lb or lb <= la)


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


def _conflicts(analyses: Sequence[Analysis], key, members: List[Tuple[int, Figure]], memo=None) -> Iterator[Finding]:
    """The findings for the figures of one key: members joined by an edge
    when they are compatible, disagree and (across articles) the difference
    is not explained; one finding per connected group."""
    q = Quantity(analyses, members, memo)
    links = Links(len(members))
    COMPARISONS.add(q.link(links))
    for idx in links.groups():
        yield _finding(analyses, key, [members[i] for i in idx])


def _lead(a: Analysis, f: Figure) -> FrozenSet[str]:
    sent = a.sentences[f.sentence]
    return lead_words(a.article.content[sent.start:sent.end], f.start - sent.start)


class Quantity:
    """The figures of one key in a story, with what the comparisons read of
    each worked out once, and the passes that link the conflicting ones.

    Figures are compared in classes of alike figures (same traits, and
    within an article the same words before them), each class with every
    compatible class; ``figure_pairs`` joins the disagreeing members of two
    classes in one pass over their values.  A figure whose article (across
    articles) or sentence (within one) gives another value for the key is
    compared pair by pair instead: its differences may be explained, or the
    pair not compared at all.  The edges, groups and the number of compatible
    pairs (``COMPARISONS``) are those of comparing every pair.
    """

    def __init__(self, analyses: Sequence[Analysis], members: List[Tuple[int, Figure]], memo=None) -> None:
        self.analyses = analyses
        self.memo = memo if memo is not None else quantities.Descriptions(analyses)
        self.arts = [ai for ai, _ in members]
        self.figs = [f for _, f in members]
        self.traits = [traits(f, _anchors(analyses[ai], f)) for ai, f in members]
        # roles and times (quantities.signature): across articles, figures
        # whose roles differ or times clash are two quantities (read only
        # across articles: members of one article are never described)
        self.across = len(set(self.arts)) > 1
        self.sigs = [quantities.signature(analyses[ai], f, memo, ai) if self.across else None for ai, f in members]
        self.unit = self.figs[0].unit
        self.by_article: Dict[int, List[int]] = {}
        for i, ai in enumerate(self.arts):
            self.by_article.setdefault(ai, []).append(i)
        self._leads: Dict[int, FrozenSet[str]] = {}
        self._open: Dict[int, bool] = {}
        self._inherited: Dict[int, Tuple[str, ...]] = {}
        self.pairwise = False  # link every pair through ``linked`` (no one-pass joins)

    # -- the pairwise definitions, on member indices (i the earlier)

    def lead(self, i: int) -> FrozenSet[str]:
        if i not in self._leads:
            self._leads[i] = _lead(self.analyses[self.arts[i]], self.figs[i])
        return self._leads[i]

    def open(self, i: int) -> bool:
        """Whether figure ``i`` is what can be won or is needed ("865
        delegates at stake"; ``quantities.scope.open_role``)."""
        if i not in self._open:
            a, f = self.analyses[self.arts[i]], self.figs[i]
            sent = a.sentences[f.sentence]
            self._open[i] = bool(quantities.open_role(a.article.content[sent.start:sent.end], f.end - sent.start))
        return self._open[i]

    def inherited(self, i: int) -> Tuple[str, ...]:
        """The periods figure ``i`` takes from the sentence before (``figure_passages``)."""
        if i not in self._inherited:
            self._inherited[i] = inherited_periods(self.analyses[self.arts[i]], self.figs[i])
        return self._inherited[i]

    def compatible(self, i: int, j: int) -> bool:
        same = self.arts[i] == self.arts[j]
        return (not self._contests_apart(i, j) and _compatible(self.traits[i], self.traits[j], self.figs[i], same)
                and (not same or said_of_same_thing(self.lead(i), self.lead(j))
                     and self.inherited(i) == self.inherited(j)))

    def _contests_apart(self, i: int, j: int) -> bool:
        """Whether figures ``i`` and ``j`` are not one contest's size: what
        is at stake is compared only with what is at stake, and only when
        the clauses share a name ("865 delegates are at stake in Florida and
        Ohio" / "the 99 delegates at stake in Florida"); "With 107 delegates
        at stake" in one update of a live blog and "With 214 delegates at
        stake" in another name none, and are two states' contests."""
        if not (self.open(i) or self.open(j)):
            return False
        return not (self.open(i) and self.open(j) and self.traits[i].anchors & self.traits[j].anchors)

    def explained(self, i: int, j: int) -> bool:
        """True when either article also gives a figure for the same key
        that agrees with the other article's figure: an article that names
        several values for one noun is naming several quantities ("the
        system has 28 million users ... Broadreach has two million users"),
        and the other article's figure matches one of them.  A measure of
        another thing explains nothing ("fragments up to 300 metres away" /
        "a 48-metre blade")."""
        fa, fb = self.figs[i], self.figs[j]
        for mine, other, theirs in ((i, fb, j), (j, fa, i)):
            for k in self.by_article[self.arts[mine]]:
                fk = self.figs[k]
                if self._measure_of_another(k, theirs):
                    continue
                if (k not in (i, j) and fk.sentence != self.figs[mine].sentence and not disagree(fk, other)
                        and not quantities.restated(self.memo, self.arts[mine], fk, self.figs[mine])):
                    return True  # ("85 firefighters" ... "The 58 firefighters": one quantity, explaining nothing)
        return False

    def _measure_of_another(self, k: int, j: int) -> bool:
        """Whether figures ``k`` and ``j`` measure two things (the model's
        ``measured``: "a 48-metre blade", fragments "300 metres" away)."""
        sk, sj = self.sigs[k], self.sigs[j]
        return sk is not None and sj is not None and sk[3] != sj[3]

    def linked(self, i: int, j: int) -> bool:
        """The edge of two compatible figures: they disagree and, across
        articles, the difference is not explained and the values are not
        too far apart for one quantity (``quantities.far_apart``)."""
        fi, fj = self.figs[i], self.figs[j]
        return disagree(fi, fj) and (self.arts[i] == self.arts[j]
                                     or not (self.explained(i, j) or quantities.far_apart(fi, fj)))

    def spans_far(self, idx: List[int]) -> bool:
        """Whether a group the passes linked holds two figures of two
        articles ``far_apart`` (see ``link``)."""
        if self.unit not in ("count", "money") or len({self.arts[i] for i in idx}) < 2:
            return False
        ends = [x for i in idx for x in (self.figs[i].low, self.figs[i].high) if x is not None and x > 0]
        if not ends or max(ends) < 2 * min(ends):  # no two middles a factor of four apart (speed)
            return False
        return any(self.arts[i] != self.arts[j] and quantities.far_apart(self.figs[i], self.figs[j])
                   for i in idx for j in idx if i < j)

    # -- the passes

    def link(self, links: Links) -> int:
        """Link the conflicting pairs within and across articles; the number
        of compatible pairs.  The one-pass joins (``_join_values``) do not
        test ``far_apart``: when a group they made spans two such figures
        (rare), the passes run again pair by pair (``pairwise``)."""
        count = self.link_within_articles(links) + self.link_across_articles(links)
        if any(self.spans_far(idx) for idx in links.groups()):
            self.pairwise = True
            links.reset()
            self.link_within_articles(links), self.link_across_articles(links)
        return count

    def link_across_articles(self, links: Links) -> int:
        """Link the compatible pairs from different articles; the number of them."""
        if not self.across:
            return 0  # one article: no pair across articles
        t = self.traits
        alike = classes(range(len(self.figs)),
                        lambda i: (t[i].preds, t[i].marks, t[i].anchors, t[i].times, self.sigs[i], self.open(i)))
        alone = self._alone(range(len(self.figs)), self.arts.__getitem__)
        count = 0
        for x, y, same in class_pairs(alike):
            if quantities.signatures_apart(self.sigs[x[0]], self.sigs[y[0]]) or self._contests_apart(x[0], y[0]):
                continue  # other roles or times (by noon / at the close), two contests: two quantities
            if _compatible(self.traits[x[0]], self.traits[y[0]], self.figs[0], False):
                count += pair_count(x, y, same, self.arts.__getitem__)
                self._link_classes(x, y, same, alone, self.arts.__getitem__, links)
        return count

    def link_within_articles(self, links: Links) -> int:
        """Link the compatible pairs within each article; the number of them."""
        count = 0
        for ai, idx in self.by_article.items():
            # a live blog's timestamped updates ("10:10 p.m.") report a count as it
            # changes: figures of two updates are two times, not one quantity
            sections = live_sections(self.analyses[ai])
            by_section: Dict[int, List[int]] = {}
            for i in idx:
                by_section.setdefault(sections.get(self.figs[i].sentence, 0), []).append(i)
            for part in by_section.values():
                if len(part) > 1:
                    count += self._link_within(part, links)
        return count

    def _link_within(self, idx: List[int], links: Links) -> int:
        # Within an article the earlier figure must have no frame at all; a later
        # one with only narrowing words ("212 bus routes") is compared pair by pair.
        plain = [i for i in idx if not self.traits[i].frames]
        count = 0
        for j in (j for j in idx if self.traits[j].frames and not self.traits[j].preds):
            for i in (i for i in plain if i < j and self.figs[i].sentence != self.figs[j].sentence):
                if self.compatible(i, j):
                    count += 1
                    if self.linked(i, j):
                        links.join(i, j)
        sentence = self._sentence
        alone = self._alone(idx, sentence) & set(plain)
        alike = classes(plain, lambda i: (self.traits[i].times, self.traits[i].anchors, self.lead(i), self.open(i),
                                          self.inherited(i)))
        for x, y, same in class_pairs(alike):
            if self._self_compatible(x[0]) if same else self.compatible(x[0], y[0]):
                count += pair_count(x, y, same, sentence)
                self._link_classes(x, y, same, alone, sentence, links)
        return count

    def _sentence(self, i: int) -> int:
        return self.figs[i].sentence

    def _self_compatible(self, i: int) -> bool:
        """Whether two figures of ``i``'s class (same article) are compatible."""
        return (not self._contests_apart(i, i) and _compatible(self.traits[i], self.traits[i], self.figs[i], True)
                and said_of_same_thing(self.lead(i), self.lead(i)))

    def _link_classes(self, xs: List[int], ys: List[int], same: bool, alone: Set[int],
                      apart: Callable[[int], int], links: Links) -> None:
        """Link the disagreeing pairs of two compatible classes (``same``:
        one class) whose ``apart`` keys (article, sentence) differ: members
        in ``alone`` in one pass, the others pair by pair."""
        alone = set() if self.pairwise else alone
        self._join_values([i for i in xs if i in alone], [j for j in ys if j in alone], same, links)
        for c in (c for c in xs if c not in alone):
            for m in ys:
                if not (same and m not in alone and m <= c):  # two such members of one class: once
                    self._link_pair(c, m, apart, links)
        if not same:
            for c in (c for c in ys if c not in alone):
                for m in (m for m in xs if m in alone):
                    self._link_pair(c, m, apart, links)

    def _link_pair(self, c: int, m: int, apart: Callable[[int], int], links: Links) -> None:
        i, j = min(c, m), max(c, m)
        if apart(i) != apart(j) and self.linked(i, j):
            links.join(i, j)

    def _alone(self, idx: Iterable[int], apart: Callable[[int], int]) -> Set[int]:
        """The members of ``idx`` that can be linked in one pass: every
        member with the same ``apart`` key (article, sentence) gives the same
        value, so none of them disagrees with another, and a difference
        with a third figure is explained by none of them."""
        values: Dict[int, Set[Hashable]] = {}
        for i in idx:
            values.setdefault(apart(i), set()).add(self._value(i))
        return {i for i in idx if len(values[apart(i)]) == 1 and self._plain_values(i)}

    def _value(self, i: int) -> Hashable:
        """What ``disagree`` reads of a figure."""
        f = self.figs[i]
        if self.unit == "tally":
            return tuple(sorted((f.value, f.second or 0)))
        return f.low, f.high, self.unit == "date" and _has_year(f)

    def _plain_values(self, i: int) -> bool:
        """True when the figure's values can be joined in one pass
        (``_join_values``): its interval is well formed."""
        f = self.figs[i]
        if self.unit == "tally":
            return True
        if self.unit == "date":
            if f.low is None or f.high is None:
                return False
            return f.low <= f.high and _month_day(f.low) <= _month_day(f.high)
        return _lo(f) <= _hi(f)

    def _join_values(self, xs: List[int], ys: List[int], same: bool, links: Links) -> None:
        """Join the pairs of ``xs`` and ``ys`` whose values ``disagree``."""
        figs = self.figs
        if self.unit == "tally":
            join_unequal(xs, ys, lambda i: tuple(sorted((figs[i].value, figs[i].second or 0))), links)
            return
        if self.unit != "date":
            join_disjoint(xs, ys, same, lambda i: _lo(figs[i]), lambda i: _hi(figs[i]), links)
            return
        # dates: two with years compare days, otherwise month and day only
        xy = [i for i in xs if _has_year(figs[i])]
        xn = [i for i in xs if not _has_year(figs[i])]
        yy = [i for i in ys if _has_year(figs[i])]
        yn = [i for i in ys if not _has_year(figs[i])]
        join_disjoint(xy, yy, same, lambda i: _lo(figs[i]), lambda i: _hi(figs[i]), links)
        md_lo, md_hi = (lambda i: _month_day(figs[i].low)), (lambda i: _month_day(figs[i].high))
        if same:
            join_disjoint(xn, xn, True, md_lo, md_hi, links)
            join_disjoint(xn, xy, False, md_lo, md_hi, links)
        else:
            join_disjoint(xn, ys, False, md_lo, md_hi, links)
            join_disjoint(xy, yn, False, md_lo, md_hi, links)


def _anchors(a: Analysis, f: Figure) -> FrozenSet[str]:
    s = a.sentences[f.sentence]
    return anchors(a.article.content[s.start:s.end], f.start - s.start, f.end - s.start, f.counts, openers=False)


def _month_day(ordinal: float) -> Tuple[int, int]:
    d = datetime.date.fromordinal(int(ordinal))
    return d.month, d.day
