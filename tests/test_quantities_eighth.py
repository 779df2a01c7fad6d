"""The quantity model, eighth round (issue 11): two counts of literally one
noun whose predicates differ are paired by elimination (the rule compares
only the same predicates); "fivefold" and the other "N-fold" words are
ratios; more classes of counted nouns (animals, participants, shops,
performances, sailors, donors, goods) and of events (a cull, a deficit,
money brought in) and a length's dimension
(wide, deep, high); times of day ("at 9.40pm", "shortly before 6am") are
compared within their day; "launched 18 months ago" is a time back from the
report, compared only with another (kind "ago").  Every text is invented for
these tests."""

import pytest

from factcheck.quantities import extras
from factcheck.quantities.extras import extra_quantities

from .helpers import outlet_analyses, outlet_conflicts


MUST_CONFLICT = [
    # one noun, two predicates ("had sent" / "were on the ground"): the only engineers of each article
    ["The Fenwick water board said it had sent 140 engineers to the burst main.",
     "Some 90 engineers were working at the burst main in Fenwick, the water board said."],
    # another counted noun of one class: hens are birds; culled / destroyed
    ["Some 50,000 hens were culled at the Tarnby poultry farm after bird flu was found.",
     "About 30,000 birds were destroyed at the Tarnby poultry farm after bird flu was found."],
    # players / entrants
    ["The Fenwick Open drew 280 players this weekend, the organisers said.",
     "Nearly 400 entrants took part in the Fenwick Open, the organisers said."],
    # donors / people; raised / brought in
    ["The Fenwick church roof fund has had more than 5,000 donors since it began.",
     "Some 3,100 people have given to the Fenwick church roof fund since it began."],
    # a length's dimension word makes it one measurement ("wide" / "-wide")
    ["A crater 15 metres wide opened in Mill Lane in Fenwick on Tuesday.",
     "The 25-metre-wide crater in Mill Lane in Fenwick will take weeks to fill."],
    # a time of day of one event ("launched"), two outlets
    ["The Fenwick lifeboat launched at 8.20pm to reach the drifting trawler, the crew said.",
     "The Fenwick lifeboat crew launched at 10.05pm on Friday to reach the drifting trawler."],
    # "about 9am" and "shortly before 11am" cannot both hold
    ["The new Mill Lane library in Fenwick opened at about 9am on Saturday, the council said.",
     "Fenwick's Mill Lane library opened its doors shortly before 11am on Saturday."],
    # "N ago" of one event: a time back from two reports of one day
    ["The Fenwick Lido restoration fund, launched 20 months ago, has raised £90,000.",
     "Since it began four years ago, the Fenwick Lido restoration fund has raised £90,000."],
    # "N-fold" is a ratio
    ["The Fenwick otter population has grown sixfold since 1990, rangers said.",
     "The Fenwick otter population has doubled since 1990, rangers said."],
]

QUIET = [
    # the same value in two wordings: nothing to report
    ["The Fenwick otter population has grown fourfold since 1990, rangers said.",
     "The Fenwick otter population has quadrupled since 1990, rangers said."],
    # donors of a fund vs the gift of one donor: a count and an amount
    ["The Fenwick church roof fund has had more than 5,000 donors since it began.",
     "One donor gave £5,000 to the Fenwick church roof fund, which began last year."],
    # two times of day of two events (an opening, a closing)
    ["The new Mill Lane library in Fenwick opened at about 9am on Saturday, the council said.",
     "The new Mill Lane library in Fenwick closed at 4pm on Saturday, the council said."],
    # one time of day within its bounds
    ["The new Mill Lane library in Fenwick opened at about 9am on Saturday, the council said.",
     "Fenwick's Mill Lane library opened its doors at 9.10am on Saturday."],
    # "N ago" within its rounding: two years is 24 months
    ["The Fenwick Lido restoration fund, launched 24 months ago, has raised £90,000.",
     "Since it began two years ago, the Fenwick Lido restoration fund has raised £90,000."],
    # a time back is not a length ("40 years ago" / "a 25-year lease")
    ["The Fenwick Lido, which opened 40 years ago, is run by a trust.",
     "The trust took over the Fenwick Lido, which opened on a 25-year lease."],
    # depth is not width
    ["A crater 15 metres wide opened in Mill Lane in Fenwick on Tuesday.",
     "The crater in Mill Lane in Fenwick is 9 metres deep, engineers said."],
    # one noun but a part of it (a narrowing word the other article never uses)
    ["The Fenwick water board said it had sent 140 engineers to the burst main.",
     "Some 90 specialist engineers were working at the burst main in Fenwick, the water board said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("story", QUIET, ids=[s[0][:40] for s in QUIET])
def test_quiet(story):
    assert outlet_conflicts(*story) == []


@pytest.mark.parametrize("text,value", [
    ("The colony has grown fivefold since 2000.", 5.0),
    ("Sales rose tenfold in a year.", 10.0),
    ("Demand has grown three-fold since the war.", 3.0),
])
def test_fold_words_are_ratios(text, value):
    an = outlet_analyses(text)[0]
    ratios = [q for q in extra_quantities(an, 0) if q.kind == "ratio"]
    assert [(q.low, q.high) for q in ratios] == [(pytest.approx(value * 0.9), pytest.approx(value * 1.1))]


def test_across_is_no_width():
    """"210 shops across the region" says where, not how wide."""
    from factcheck.quantities import describe
    an = outlet_analyses("The Fenwick bakery sold the bread in 210 shops across the region, it said.")[0]
    qs = [describe(an, 0, f) for f in an.figures]
    assert [q.text for q in qs if q and "width" in q.events] == []
    assert any(q and q.noun == "shop" for q in qs)


@pytest.mark.parametrize("text,low,high", [
    ("The lifeboat launched at 9.40pm.", 21 * 60 + 40, 21 * 60 + 40),
    ("The lifeboat launched at about 4am.", 3 * 60 + 30, 4 * 60 + 30),
    ("The ground gave way shortly before 6am.", 5 * 60 + 30, 6 * 60),
    ("The road was closed until 12pm.", None, 12 * 60),
])
def test_times_of_day(text, low, high):
    from factcheck.quantities import extras
    clock = getattr(extras, "_CLOCK", None)
    assert clock is not None, "no reading of times of day"
    m = clock.search(text)
    assert extras._clock_bounds(*m.groups()) == (low, high)


_HINT_CASES = [
    "The lifeboat launched at 9.40pm.", "at about 4 a.m. on Friday", "shortly before 6AM", "at 12.30 pm",
    "by 11pm", "The team met at noon.", "9 am", "the 1990s, 3 amps", "page 4 and 5pm",
    "closed for a fortnight", "lasted a year and a half", "in under a quarter of an hour", "for half an hour",
    "took half a day", "over a full week", "for an hour", "for a days", "for many weeks", "within an Hour",
    "since March", "in May 2020", "by mid-June,", "last December", "In August", "until Mayday",
]


@pytest.mark.parametrize("pattern, hint", [("_CLOCK", "_CLOCK_HINT"), ("_ARTICLE_SPAN", "_ARTICLE_SPAN_HINT"),
                                           ("_MONTH", "_MONTH_HINT")])
def test_hints_never_skip_a_match(pattern, hint):
    """The hints are a speed shortcut (extras._hinted): every match of the
    full pattern contains one, so skipping texts without it changes nothing."""
    full, part = getattr(extras, pattern), getattr(extras, hint)
    for text in _HINT_CASES:
        for m in full.finditer(text):
            assert part.search(m.group()), (pattern, text)
        assert [m.span() for m in extras._hinted(full, part, text)] == [m.span() for m in full.finditer(text)]


@pytest.mark.slow
def test_hints_never_skip_a_match_on_the_shipped_and_reference_texts():
    import pathlib
    root = pathlib.Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((root / "sample_inputs").rglob("*.txt"))]
    texts += [p.read_text(encoding="utf-8", errors="replace")
              for p in sorted((root.parent / "shared" / "reference-articles").rglob("*")) if p.is_file()]
    for full, part in ((extras._CLOCK, extras._CLOCK_HINT), (extras._ARTICLE_SPAN, extras._ARTICLE_SPAN_HINT),
                       (extras._MONTH, extras._MONTH_HINT)):
        for text in texts:
            assert [m.span() for m in extras._hinted(full, part, text)] == [m.span() for m in full.finditer(text)]


_AGE_CASES = ["71-year-old Derek Marsh said", "Derek Marsh, 68, said", "Mrs Holm, 54.", "a 71-year-old Kingsmere man",
              "Jo O'Neill-Smith, 40,", "the driver, 58, was", "Sam Holm,\n44.", "the 2-year-old girl", "no ages here"]


def test_age_hints_never_skip_a_match():
    """ages.age_quantities reads an article only when it holds one of its
    hints (speed): every _BEFORE match holds "-year-old" and _YEAR_OLD, and
    an article with an _AFTER match but neither hint is skipped as the plain
    gate (``\\d-year-old|[a-z], \\d``) skipped it."""
    import re

    from factcheck.quantities import ages

    for text in _AGE_CASES:
        year_old = "-year-old" in text and ages._YEAR_OLD.search(text) is not None
        for m in ages._BEFORE.finditer(text):
            assert year_old, text
        plain_gate = re.search(r"\d-year-old|[a-z], \d", text) is not None
        assert plain_gate == (year_old or ages._AFTER_HINT.search(text) is not None), text
