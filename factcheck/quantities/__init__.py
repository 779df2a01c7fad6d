"""The quantity model of cross-outlet comparison (issue 11).

Two figures are one quantity when they count the same kind of thing, in the
same event or state, at the same time, with the same role and modifiers,
whatever their words: "about 900 tenants were told to leave" and "nearly
700 people were moved out" are one quantity; "250 drivers walked out" and
"40 replacement drivers" are two.

* ``words``: the word classes (``factcheck/data/quantity_*.txt``);
* ``describe``: a figure as a ``Quantity``, with ``spans`` (what a length of
  time or a date is of), ``scope`` (where a figure's own words end, its
  roles), ``verbs`` (a verb as an event of its own) and ``hedges`` (words
  that make a figure a possibility or a range); ``extras``: ratio words,
  shares read as ratios (``changes``: the change word a little further
  out, "a 25% toll increase", "cut the quota by 28%") and event years, with
  ``months`` (the year of a month given alone) and ``lengths`` (lengths of time
  with an article: "a delay of a year"); ``ages``: a named person's
  age ("71-year-old Derek Marsh" / "Derek Marsh, 68") and the age of the
  story's subject ("the 155-year-old pier");
* ``glued``: measures written with a glued unit ("94mph", "a 62m blade",
  "the 525ft quay");
* ``likely``: identity by elimination in the story's context (two outlets, one event);
* ``transposed``: figures whose digits are the same in another order (a likely typing error);
* ``relate``: identity of two quantities, with the reason, and agreement of
  their values at the precision given;
* ``cross``: the extra comparisons of the conflicting-figure rule, with
  ``anaphora`` (a definite figure and the earlier figure of its article it
  refers back to: "the 5.3% rise"), ``definite`` (what "The £86 million
  road" or "The £68,000 bill" refers back to), ``given`` (what "the 60-metre slip" or "The
  21-day window" refers back to) and ``disputed`` (the figures of two reports'
  sentences whose dates disagree);
* ``weekdays``: a weekday in a report's lead ("was bitten on Sunday
  afternoon", "will reopen on Monday") as the news event's day, against
  the one date of the other report's lead (``likely``);
* ``effects``: the date of a rise to come as when it takes effect ("will
  rise to £4 in November"), and ``effective``: two reports' one date of
  taking effect ("apply from 1 April" / "Bills will rise from May").
"""

from typing import Optional

from . import added, cross, reach
from .cross import Descriptions
from .describe import Quantity, describe, listed_label
from .relate import Relation, _times_clash, apart, disagree, intraday_apart, relate
from .scope import open_role
from . import words

__all__ = ["cross", "Descriptions", "Quantity", "Relation", "apart", "describe", "different", "disagree", "far_apart",
           "listed_label", "open_role", "relate", "restated", "signature", "signatures_apart"]


def different(an_a, fa, an_b, fb) -> bool:
    """True when figure ``fa`` of ``an_a`` and ``fb`` of ``an_b``, which
    the conflicting-figure rule's literal key takes for one quantity, differ
    in role or time (``relate.apart``)."""
    qa, qb = describe(an_a, 0, fa), describe(an_b, 1, fb)
    return qa is not None and qb is not None and apart(qa, qb)


def restated(memo: "Descriptions", ai: int, fa, fb) -> bool:
    """True when, of two figures of article ``ai`` that count one noun and
    disagree, the later is a definite phrase that refers back ("85
    firefighters spent the night" ... "The 58 firefighters were relieved"):
    one quantity said twice with two values, so neither is another quantity
    that explains a third figure.  Two values that agree ("More than 60
    guests fell ill" ... "The 180 guests were served") may be a part and
    its whole."""
    qa, qb = memo.get(ai, fa), memo.get(ai, fb)
    if qa is None or qb is None or qa.noun is None or qa.noun != qb.noun or qa.sentence == qb.sentence:
        return False
    if qa.kind == "percent":
        return False  # "23 pct of the polled companies" ... "62 pct of companies": shares of one population
    (first, _), (later, later_figure) = sorted(((qa, fa), (qb, fb)), key=lambda t: t[0].sentence)
    if _compared_in_sentence(memo, ai, later, later_figure):
        return False  # "206.6 mln tonnes, down from the 214 mln tonnes": a base, not a restatement
    # "650 18-hole golf courses" ... "the 36 holes": a hyphen count is an attribute of the next noun
    # (each course's holes), not a count the definite phrase can restate; a measure so joined is one
    # ("a 38-hectare extension" ... "The 48-hectare extension")
    return later.definite and not words.count_attribute(first.text, first.noun) and disagree(qa, qb)


def _compared_in_sentence(memo: "Descriptions", ai: int, q: Quantity, figure) -> bool:
    """True when another figure of ``q``'s sentence counts its noun: the
    definite phrase is then a term of a comparison in that sentence."""
    for g in memo.analyses[ai].figures:
        if g is not figure and g.sentence == q.sentence:
            other = memo.get(ai, g)
            if other is not None and other.noun == q.noun:
                return True
    return False


def signature(an, f, memo: "Optional[Descriptions]" = None, ai: int = 0):
    """What ``apart`` reads of a figure: (roles, times, kind, what a measure
    measures, reach), or None when the model cannot describe it (then nothing is
    apart).  With ``memo`` (the story's ``Descriptions``; ``ai`` the
    article's index) the figure is described once for the rule and the
    model."""
    q = memo.get(ai, f) if memo is not None else describe(an, 0, f)
    return None if q is None else (added.strict(q.roles), q.times, q.kind, q.measured, q.reach)


def signatures_apart(sa, sb) -> bool:
    """``different`` on two signatures; two shares also when one is given
    at a time of day and the other is the day's ("rose 19% by midday" /
    "jumped 24% on Monday"), and a rate is not a total ("a day" / "last
    year"), and two measures of two things ("a 400-metre cordon" / "the
    250-metre tunnel")."""
    if sa is None or sb is None:
        return False
    return (sa[0] != sb[0] or _times_clash(sa[1], sb[1]) or _rated(sa[1]) != _rated(sb[1])
            or sa[2] == "percent" and intraday_apart(sa[1], sb[1]) or _measures_apart(sa[3], sb[3])
            or reach.reaches_apart(sa[4], sb[4]))


def _measures_apart(ma, mb) -> bool:
    """True when two measures measure two things ("a 400-metre cordon" /
    "the 250-metre tunnel"), not one thing in two words ("the 240-mile
    journey" / "the 150-mile trip": nouns of one narrow class)."""
    return bool(ma and mb and ma != mb and not words.synonyms(ma, mb))


def _rated(times) -> bool:
    """True when a figure is a rate ("2,400 passengers a day"), which a
    total ("900,000 passengers last year") is not."""
    return any(t.startswith("per:") for t in times)


def far_apart(fa, fb) -> bool:
    """``cross.far_apart`` for two of the rule's figures of two outlets: a
    whole and a part ("62 staff" / "340 staff"), not one quantity; a dropped
    zero ("£380,000" / "£38,000") stays a conflict."""
    return cross.far_apart(fa.unit, fa, fb)
