"""The date a rise to come takes effect (``factcheck.quantities.effects``)
and a restart as a reopening (quantity_events.txt).  Every text is
invented for these tests."""

import pytest

from .helpers import outlet_conflicts

DATES = ("2026-05-12", "2026-05-12")

MUST_CONFLICT = [
    # a date after "from" that names no event, and the date of a rise to come
    ["Ferry fares up\n\nA return crossing to Holm Island will cost £18 from 1 June, the operator said.",
     "Island ferry fares\n\nThe return fare to Holm Island will rise to £18 in August, the operator said.",
     "June"],
    ["Council tax set\n\nThe district council set its budget on Tuesday. The new charges apply from 1 April.",
     "Tax bills to go up\n\nThe district council set its budget on Tuesday. Household bills will rise from "
     "June.",
     "April"],
    # a restart is a reopening
    ["Kiln shut\n\nThe brickworks has shut its main kiln for repairs. It expects the kiln to be restarted in "
     "October.",
     "Brickworks kiln cold\n\nThe brickworks has shut its main kiln for repairs. The kiln is expected to be "
     "relit in December.",
     "October"],
]

MUST_BE_QUIET = [
    # the same month
    ["Ferry fares up\n\nA return crossing to Holm Island will cost £18 from 1 August, the operator said.",
     "Island ferry fares\n\nThe return fare to Holm Island will rise to £18 in August, the operator said."],
    # a rise that has happened is the story's past, not its change
    ["Ferry fares up\n\nA return crossing to Holm Island will cost £18 from 1 June, the operator said.",
     "Island ferry fares\n\nThe return fare to Holm Island rose to £18 in January, and is to change again."],
    # a date that names an event of its own is not the rise's
    ["Pool hours\n\nThe Holm pool reopens from 1 June after repairs, the council said.",
     "Pool prices\n\nSwimming at the Holm pool will rise to £5 in September, the council said."],
    # the end of a period a rise is counted over is not the rise's date
    ["Rates review\n\nRevenue will increase by £4 million in the year ending 31 March, the council said. "
     "The new rates apply from 1 June.",
     "Rates review\n\nThe new rates apply from 1 June, the council said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT)
def test_dates_of_one_change_or_restart_conflict(story):
    *texts, word = story
    found = outlet_conflicts(*texts, dates=DATES)
    assert len(found) == 1, [f.message for f in found]
    assert word in found[0].message


@pytest.mark.parametrize("texts", MUST_BE_QUIET)
def test_dates_of_two_events_or_one_month_are_quiet(texts):
    found = outlet_conflicts(*texts, dates=DATES)
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize("sentence, word, effective", [
    ("The fee will rise to £4 in November.", "November", True),
    ("Bills are to rise from May.", "May", True),
    ("The fee rose to £4 in November.", "November", False),
    ("Revenue will increase by £4 million in the year ending 31 March.", "31 March", False),
    ("The pool will reopen in November.", "November", False),
])
def test_a_rise_to_come_dates_when_it_takes_effect(sentence, word, effective):
    from factcheck.quantities import effects, words
    start = sentence.index(word)
    events = frozenset().union(*(words.event_classes(w, "date") for w in sentence[:start].lower().split()))
    assert (effects.EFFECTIVE in effects.of_change(sentence, start, events)) == effective


def test_a_month_in_its_middle_is_read_as_the_month():
    # "until mid-July" names July, as "until July" does
    found = outlet_conflicts(
        "Lido delay\n\nThe Holm lido will not reopen until mid-July, the council said.",
        "Lido opening put back\n\nThe Holm lido will reopen in September, the council said.", dates=DATES)
    assert len(found) == 1 and "July" in found[0].message, [f.message for f in found]
    assert outlet_conflicts(
        "Lido delay\n\nThe Holm lido will not reopen until mid-July, the council said.",
        "Lido opening put back\n\nThe Holm lido will reopen in July, the council said.", dates=DATES) == []
