"""The quantity model, seventh round (issue 11): words beyond the next
figure of a sentence belong to that figure; a hyphenated span's own noun is
what lasted; a share before "more" is a rise; an adverb after an amount is
not what it counts; "still" and "remain" make a remaining count, an
"average" and an "asked for" in the clause an average and a demand; "half a
day" is no rate.  Every text is invented for these tests."""

import pytest


from .helpers import outlet_analyses, outlet_conflicts


MUST_CONFLICT = [
    # "cost 12% more" is the rise
    ["Annual passes at the Fenwick Lido will cost 12% more from May, the council said.",
     "Fenwick Lido annual pass prices will rise by 8% from May."],
    # "The £350 million deal still needs approval": the deal, not "still", is what the amount is of
    ["Orme Foods is paying £300 million for Tanner Mills, the companies said. It expects savings of £20 million a "
     "year. The £350 million deal still needs approval from the regulator."],
    # the trial lasted seven weeks or two months; the five years after which
    # it is named are the sentence, not the trial's length
    ["Dene Orme was jailed for five years at Fenwick Crown Court on Monday after a seven-week trial.",
     "The trial of Dene Orme at Fenwick Crown Court, which lasted four months, ended on Monday."],
]

DIFFERENT = [
    # homes still without power are a part of those that lost it
    ["More than 8,000 properties in Fenwick lost power overnight into Friday.",
     "In Fenwick, 1,500 homes were still without electricity on Friday."],
    # the people still in hospital are a part of those admitted
    ["Nine people have been admitted to hospital in the Fenwick outbreak, health officials said.",
     "Fenwick outbreak: four remain in hospital, health officials said."],
    # the sentence asked for is not the sentence imposed
    ["Prosecutors had asked for a sentence of nine years for Dene Orme at Fenwick Crown Court.",
     "Dene Orme was sentenced to seven years at Fenwick Crown Court."],
    # a season's average crowd is not one match's
    ["The average crowd at Fenwick Park this season is 21,000, the club said.",
     "Almost 28,000 fans packed into Fenwick Park on Saturday, the club said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]
    assert "five years" not in found[0].message and "£20 million" not in found[0].message


@pytest.mark.parametrize("story", DIFFERENT, ids=[s[0][:40] for s in DIFFERENT])
def test_different_quantities_stay_quiet(story):
    assert outlet_conflicts(*story) == [], [f.message for f in outlet_conflicts(*story)]


def _quantity(text, figure):
    from factcheck.quantities.cross import quantities

    qs, _ = quantities(outlet_analyses(text, text))
    return next(q for q in qs if q.text == figure)


@pytest.mark.parametrize("text, figure, time, present", [
    ("Some 1,900 patients spent more than half a day in the Fenwick emergency department.", "Some 1,900 patients",
     "per:day", False),
    ("About 2,000 patients a day use the Fenwick emergency department.", "About 2,000 patients", "per:day", True),
    # a time beyond the next figure, past a boundary, is that figure's
    ("Helmfield paid $560 million for Fenwick Airport, which served 2.9 million travellers last year.",
     "$560 million", "last year", False),
    ("Fenwick Airport served 2.9 million travellers last year.", "2.9 million travellers", "last year", True),
])
def test_times_of_a_figure(text, figure, time, present):
    assert (time in _quantity(text, figure).times) == present


@pytest.mark.parametrize("text, figure, events, absent", [
    # the trial is the seven-week span's, not the sentence's
    ("Dene Orme was jailed for five years on Monday after a seven-week trial.", "five years", "trial", True),
    ("Dene Orme was jailed for five years on Monday after a seven-week trial.", "seven-week", "sentence", True),
    ("Dene Orme was jailed for five years on Monday after a seven-week trial.", "seven-week", "trial", False),
    # a figure inside the noun phrase (no boundary) does not end the words
    ("Nearly 1,200 pupils at the three Fenwick schools have been offered the jab.", "Nearly 1,200 pupils",
     "verb:offer", False),
])
def test_events_of_a_figure(text, figure, events, absent):
    assert (events not in _quantity(text, figure).events) == absent


MUST_CONFLICT_LENGTHS_AND_DAYS = [
    # "five hours and 40 minutes" is one length of time; "almost four and a
    # half hours" another, of the same average wait
    ["Patients at the Fenwick Infirmary emergency department waited an average of six hours and 20 minutes in May.",
     "Average waits in the Fenwick Infirmary emergency department reached almost four and a half hours in May."],
    # a night spans two days: "Thursday night" / "overnight into Friday"
    ["The gale left about 9,000 homes in Fenwick without power on Thursday night.",
     "More than 15,000 properties in Fenwick lost power overnight into Friday as the gale hit."],
    # a year before 1900
    ["The Fenwick swing bridge, which opened in 1873, will close for repairs.",
     "The Victorian swing bridge at Fenwick, opened in 1891, needs new gears."],
    # an open-ended count ("More than 2,600") is paired by elimination too
    ["About 1,500 workers at the Fenwick plant walked out on Monday, the union said.",
     "More than 2,600 staff at the Fenwick plant took part on Monday, the company said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT_LENGTHS_AND_DAYS, ids=[s[0][:40] for s in MUST_CONFLICT_LENGTHS_AND_DAYS])
def test_lengths_days_and_open_counts_conflict(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("text, figure, low_days, high_days", [
    ("The meeting lasted two hours and 30 minutes.", "two hours", 2.5 / 24, 2.5 / 24),
    ("Fenwick patients waited four and a half hours on average.", "four and a half hours", 4.5 / 24, 4.5 / 24),
    ("The warning stayed in place for a full day.", "a full day", 1.0, 1.0),
    ("The line will shut for two and a half months.", "two and a half months", 70.0, 77.5),
])
def test_compound_and_half_lengths_of_time(text, figure, low_days, high_days):
    from factcheck.quantities.cross import quantities

    qs, _ = quantities(outlet_analyses(text, text))
    found = [q for q in qs if q.article == 0 and q.kind == "duration"]
    assert [(q.text, round(q.low, 6), round(q.high, 6)) for q in found] == [
        (figure, round(low_days, 6), round(high_days, 6))]


def test_a_story_describes_each_figure_once_and_alike():
    from factcheck import quantities
    from factcheck.quantities.describe import describe

    analyses = outlet_analyses("About 1,500 workers at the Fenwick plant walked out on Monday, the union said.",
                               "More than 2,600 staff at the Fenwick plant took part on Monday.")
    memo = quantities.Descriptions(analyses)
    for ai, an in enumerate(analyses):
        for f in an.figures:
            assert memo.get(ai, f) is memo.get(ai, f)
            assert memo.get(ai, f) == describe(an, ai, f)
            assert quantities.signature(an, f, memo, ai) == quantities.signature(an, f)


@pytest.mark.parametrize("story, found", [
    # narrowing words compared without their endings: teaching / teacher
    (["Fenwick Academy will cut 14 teaching posts from September, the trust said.",
      "Fenwick Academy plans to axe 19 teacher jobs from September."], 1),
    # counts each with a verb of its own, in one named period: done in it
    (["Fenwick Airport handled 3.8 million passengers last year, its owners said.",
      "Helmfield bought Fenwick Airport, which served 2.9 million travellers last year."], 1),
    # in two periods they are two quantities
    (["Fenwick Airport handled 3.8 million passengers last year, its owners said.",
      "Fenwick Airport expects to serve 2.9 million travellers this year."], 0),
])
def test_narrowing_stems_and_counts_of_one_period(story, found):
    assert len(outlet_conflicts(*story)) == found, [f.message for f in outlet_conflicts(*story)]
