"""The quantity model, ninth round (issue 11).  Every text is invented for
these tests; each table failed before its change."""

import pytest

from .helpers import outlet_conflicts


# One article gives two figures of one event class at two times; the other
# article's figure shares its when and where with one of them: only that
# pair is one quantity, the other figure ("last autumn's leak") is never
# compared with it.
OUTMATCHED = [
    ("About 3,000 fish died in the River Lune on Tuesday after a tank burst at a farm. Last autumn's leak killed 800 fish.",
     "More than 6,000 trout and grayling were killed in the River Lune on Tuesday when a farm's tank failed.",
     '"800"'),
]


@pytest.mark.parametrize("a,b,dropped", OUTMATCHED, ids=[t[0][:40] for t in OUTMATCHED])
def test_a_figure_outmatched_by_its_neighbour_is_not_compared(a, b, dropped):
    messages = [f.message for f in outlet_conflicts(a, b)]
    assert messages, "the matching pair itself is still compared"
    assert not any(dropped in m for m in messages), messages


MUST_CONFLICT = [
    # a descriptive word narrows nothing: "grey" wolves are the wolves the other outlet counts
    ["Some 25 grey wolves escaped from the Harnby wildlife park on Monday night, keepers said.",
     "About 40 wolves got out of the Harnby wildlife park on Monday night, keepers said."],
    # "remain closed for": the closure's own verb, no remaining part of a span
    ["The Harnby lido will stay shut for a fortnight while the pumps are replaced, the council said.",
     "Harnby lido will remain closed for five weeks while its pumps are replaced, the council said."],
    # no event word on either side, but one time: what happened then ("containers" / "boxes" are cargo)
    ["The freighter Halde Runner lost 46 containers off Harnby Point on Wednesday, the coastguard said.",
     "Some 70 boxes fell from the freighter Halde Runner off Harnby Point on Wednesday."],
    # one rate ("a year") of visitors / people
    ["The Harnby aquarium, which draws 410,000 visitors a year, will close for repairs.",
     "The Harnby aquarium, which welcomes about 250,000 people a year, is to shut for repairs."],
    # "got away with" is a theft
    ["An armed gang stole £2.4 million from a Harnby cash depot early on Saturday, police said.",
     "Robbers got away with about £4 million from a Harnby cash depot on Saturday."],
    # a count under ten is paired by elimination with one of literally the same noun
    ["Seven llamas escaped from the Harnby farm park on Monday night after a storm.",
     "Nine llamas got out of the Harnby farm park overnight on Monday, the park said."],
    ["Eight stallions bolted from the Harnby stud on Monday night after a gate was left open.",
     "Five stallions got out of the Harnby stud overnight on Monday, the owners said."],
]

QUIET = [
    # a narrowing word the other article never uses still makes a part ("replacement drivers")
    ["Some 25 replacement drivers kept the Harnby buses running on Monday.",
     "About 40 drivers walked out at the Harnby bus depot on Monday."],
    # a count "still" held is what remains of a larger one
    ["Some 40 people were rescued from the Harnby flats fire on Monday night.",
     "About 25 people were still in the Harnby flats when fire crews arrived on Monday night."],
    # two sizes with no event and no time: maybe a group and its part
    ["The Harnby depot has 600 staff, the company said.",
     "The Harnby depot has 450 drivers, the company said."],
    # under ten, nouns of one class are not enough: which two is unknown
    ["Seven llamas escaped from the Harnby farm park on Monday night after a storm.",
     "Nine animals got out of the Harnby farm park overnight on Monday, the park said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("story", QUIET, ids=[s[0][:40] for s in QUIET])
def test_quiet(story):
    assert outlet_conflicts(*story) == [], [f.message for f in outlet_conflicts(*story)]


AGES_CONFLICT = [
    ["The finder, 71-year-old Derek Holm, has been detecting for 40 years.",
     "The coins were dug up near Harnby by retired engineer Derek Holm, 66."],
    ["The title went to 17-year-old Asha Verma.",
     "Asha Verma, 20, beat the field to win the title."],
    ["Mr Holm, 54, said he was shocked.", "Firefighter Sam Holm, 61, said he was shocked."],
]

AGES_QUIET = [
    # one year apart: a birthday may fall between two reports
    ["Asha Verma, 29, won silver in Sydney.", "Asha Verma, 30, has been suspended."],
    # two people
    ["The title went to 17-year-old Asha Verma.", "Priya Rao, 20, came second."],
    # no name: which 71-year-old man is which is unknown
    ["A 71-year-old Harnby man died on Monday.", "A 77-year-old man has died in Harnby."],
    # the same age in two forms
    ["The title went to 17-year-old Asha Verma.", "Asha Verma, 17, beat the field."],
    # one surname, two people: a couple named by first name or by title
    ["Farmer John Carter, 61, was lifted from the roof.", "Mary Carter, 58, said they had climbed out at dawn."],
    ["Mr Carter, 61, was lifted from the roof.", "Mrs Carter, 58, said they had climbed out at dawn."],
]


@pytest.mark.parametrize("story", AGES_CONFLICT, ids=[s[1][:40] for s in AGES_CONFLICT])
def test_one_persons_ages_conflict(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1 and found[0].severity == "error", [f.message for f in found]


@pytest.mark.parametrize("story", AGES_QUIET, ids=[s[1][:40] for s in AGES_QUIET])
def test_ages_quiet(story):
    assert outlet_conflicts(*story) == [], [f.message for f in outlet_conflicts(*story)]


def test_last_winter_is_a_past_period():
    """"Last winter" (a season after last / this / next) is a period of its
    own, as "last year" is: last winter's total is not this winter's."""
    from .helpers import outlet_analyses
    an = outlet_analyses("Last winter the clinic gave 52,000 jabs in all. Last summer's floods shut it for a week.")[0]
    assert [f.qualifier.split("; ")[0] for f in an.figures if f.unit == "count"] == ["last winter"]
    a = ("The Harnby clinic has given 41,000 flu jabs so far this winter, against a target of 70,000. "
         "Last winter it gave 52,000 jabs in all.")
    b = "About 40,000 jabs have been given at the Harnby clinic so far this winter, it said."
    assert outlet_conflicts(a, b) == [], [f.message for f in outlet_conflicts(a, b)]


def test_the_old_value_of_a_change_is_a_role_of_its_own():
    """"fell to 12,000 tonnes from 15,000 tonnes": 15,000 is the value the
    news is measured against (role "before"), so the other outlet's one
    figure is compared with the news's own figure, 12,000."""
    from factcheck.quantities import describe
    from .helpers import outlet_analyses
    an = outlet_analyses("Output fell to 12,000 tonnes from 15,000 tonnes. Sales were up from 240 in 2024.")[0]
    roles = {f.text: describe(an, 0, f).roles for f in an.figures if f.unit == "count"}
    assert roles["15,000 tonnes"] == {"before"} and roles["12,000 tonnes"] == frozenset() and roles["240"] == {"before"}
    found = outlet_conflicts("Harnby dairy output fell to 12,000 tonnes from 15,000 tonnes, the company said.",
                             "Harnby dairy produced 14,800 tonnes, the company said.")
    assert len(found) == 1 and '"12,000 tonnes"' in found[0].message, [f.message for f in found]


def test_a_date_after_rise_from_is_no_old_value():
    from factcheck.quantities import describe
    from .helpers import outlet_analyses
    an = outlet_analyses("Tarlow bus fares will rise from 4 January, the authority said.")[0]
    assert [describe(an, 0, f).roles for f in an.figures if f.unit == "date"] == [frozenset()]
