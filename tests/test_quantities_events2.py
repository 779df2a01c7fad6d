"""The quantity model (issue 11): figures kept apart by their times or
events when the reports only disagree on them.  A date two outlets give
differently for one event ("opens in spring 2027" / "due to open in autumn
2028") no longer keeps the figures of those sentences apart; this month's
or this week's figure lies within this year's.  Every text is invented for
these tests."""

import pytest

from .helpers import outlet_conflicts


DAY = ("2025-03-12", "2025-03-12")  # both reports of one day: a weekday is a date


def _messages(*texts, **kw):
    return [f.message for f in outlet_conflicts(*texts, dates=kw.pop("dates", DAY), **kw)]


def _pairs(found, figures):
    """The messages that compare the two figures (quoted as figures, not
    inside a quoted sentence)."""
    return [m for m in found if all(f'"{x}" (' in m for x in figures)]


DISPUTED = [
    # the opening year of the one museum, given two ways: its staff at the opening is one quantity
    (["The new Harlock museum will employ 40 staff when it opens in spring 2027, the trust said.",
      "The Harlock museum is due to open in autumn 2028 and will employ 65 workers, the trust said."],
     ("40 staff", "65 workers")),
    # the day of the one opening, given two ways
    (["Harlock Quay ferry terminal opened on Monday with 14 berths, the port said.",
      "The Harlock Quay ferry terminal, which opened on Tuesday, has 9 berths, the port said."],
     ("14 berths", "9 berths")),
]


@pytest.mark.parametrize("texts,figures", DISPUTED)
def test_figures_of_a_disputed_date_are_compared(texts, figures):
    found = _messages(*texts)
    assert any("disagree on the date" in m for m in _pairs(found, figures)), found


def test_one_outlets_two_dates_are_two_events():
    """One outlet's two articles give the news of two days: their dates are
    no dispute, and the figures of those sentences stay apart."""
    texts, figures = DISPUTED[0]
    found = _messages(*texts, outlets=("Valley Post", "Valley Post"))
    assert _pairs(found, figures) == [], found
    assert found  # the dates themselves are still compared


def test_a_date_of_another_event_keeps_its_figure_apart():
    """Only the figures of the two sentences whose dates disagree are
    compared again: a figure dated by a year of another sentence keeps it."""
    found = _messages(
        "The new Harlock museum will open in spring 2027, the trust said. It had 40 staff in 2019.",
        "The Harlock museum is due to open in autumn 2028, the trust said. It had 65 workers in 2024.")
    assert _pairs(found, ("40 staff", "65 workers")) == [], found


NESTED = [
    # this month's sum is part of this year's, said in the same days
    (["Harlock Foods raised £286,000 for the hospice this month, the company said.",
      "More than £400,000 was raised for the hospice by Harlock Foods this year, the company said."],
     ("£286,000", "More than £400,000")),
    # a period named before ("the same quarter") cannot clash with one named outright
    (["Harlock Foods raised £2.1 million in the third quarter, the company said.",
      "Harlock Foods said it raised £1.6 million in the same quarter."],
     ("£2.1 million", "£1.6 million")),
]


@pytest.mark.parametrize("texts,figures", NESTED)
def test_nested_periods_do_not_clash(texts, figures):
    found = _messages(*texts)
    assert _pairs(found, figures), found


@pytest.mark.parametrize("texts", [
    # last month is not within this year (in January it is last year's)
    ["Harlock Foods raised £286,000 for the hospice last month, the company said.",
     "More than £400,000 was raised for the hospice by Harlock Foods this year, the company said."],
    # next month is not this year's either
    ["Harlock Foods will raise £286,000 for the hospice next month, the company said.",
     "Harlock Foods will raise more than £400,000 for the hospice this year, the company said."],
])
def test_periods_that_may_not_nest_still_clash(texts):
    assert _messages(*texts) == []


def test_starting_on_a_day_is_from_that_day():
    """"starting on 11 May" says when a change takes effect, as "from 4 May"
    does: the participle names no event of its own."""
    found = _messages(  # each report gives two days, so only the words can pair them
        "Harlock Buses said on 10 March that it is short of drivers. "
        "It will cut 20 evening services on the Ferrybridge route from 4 May.",
        "Harlock Buses said on 10 March that it is short of drivers. "
        "It will run a reduced timetable on the Ferrybridge route starting on 11 May.")
    assert _pairs(found, ("4 May", "11 May")), found


def test_a_period_starting_in_a_month_takes_no_effect():
    """"the fiscal year starting in April 2025" names a period, not when a
    change takes effect: it is no date of the change "from April 2024"."""
    assert _messages("Exports have fallen since the downturn seen from April 2024 on, the ministry said.",
                     "The ministry forecast growth of 1.6% in the fiscal year starting in April 2025.") == []
