"""The quantity model, sixth round (issue 11): a change that customers
"face" is a rise to come, not a possibility; firefighters, teachers and
the like are workers; "Saturday alone" is part of the weekend's count; "on
four days" counts days, it is no length of time.  Every text is invented
for these tests."""

import pytest

from factcheck.extract import extract
from factcheck.model import Article
from factcheck.settings import Settings

from .helpers import outlet_conflicts


MUST_CONFLICT = [
    # "face a 5.7% rise" is the rise customers will pay
    ["Ambrey Water bills will rise by 7.5% from April, the regulator said.",
     "Ambrey Water customers face a 5.7% rise in bills from April."],
    # a spill and a leak are one incident: its month, at month precision
    ["The leak at the Ambrey creamery happened in August 2024, the court heard.",
     "The spill at the Ambrey creamery, in May 2024, was traced to a cracked tank."],
    # firefighters are workers: the one count of workers in each report
    ["Some 90 firefighters tackled the blaze at the Ambrey paper mill on Sunday.",
     "About 50 crew members fought the fire at the Ambrey paper mill on Sunday."],
]

DIFFERENT = [
    # "faces a ban" stays a possibility, not the ban imposed
    ["Councillor Dene Ambrey faces a ban of six months, the standards panel said.",
     "Councillor Dene Ambrey was banned for two years by the standards panel."],
    # one day's count is part of the weekend's
    ["The Ambrey air show had its best year. Saturday alone drew 50,000 visitors.",
     "Around 60,000 spectators packed the Ambrey airfield for the air show this weekend."],
    # a count of days on which something happened is no length of time
    ["Rain at the Ambrey dam has been well below average, and temperatures last week passed 30C on four days.",
     "Forecasters said there was no significant rain in sight at the Ambrey dam for at least ten days."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("story", DIFFERENT, ids=[s[0][:40] for s in DIFFERENT])
def test_different_quantities_stay_quiet(story):
    assert outlet_conflicts(*story) == []


@pytest.mark.parametrize("text, described", [
    ("Temperatures at the Ambrey dam passed 30C on four days last week.", False),
    ("The Ambrey dam spillway was closed for four days last week.", True),
])
def test_days_on_which_something_happened_are_no_length_of_time(text, described):
    from factcheck.quantities.cross import quantities

    settings = Settings()
    analyses = [extract(Article(path=f"a{i}.txt", content=text, story="s", outlet=o), settings)
                for i, o in enumerate(("Coast Wire", "Valley Post"))]
    qs, _ = quantities(analyses)
    assert any(q.kind == "duration" and q.text == "four days" for q in qs) == described


@pytest.mark.parametrize("noun, plural", [("penalty", "penalties"), ("firefighter", "firefighters"),
                                          ("person", "people"), ("coach", "coaches"), ("day", "days"),
                                          ("sheep", "sheep"), ("cattle", "cattle"), ("aircraft", "aircraft"),
                                          ("child", "children"), ("woman", "women"), ("staff", "staff")])
def test_why_names_the_plural_of_what_is_counted(noun, plural):
    from factcheck.quantities.relate import plural as _plural

    assert _plural(noun) == plural
