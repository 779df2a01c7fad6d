"""The quantity model, fifteenth round (issue 11): "over" as a preposition of
time ("cut 1,100 jobs over 24 months"), a prison sentence's length kept
apart from the length of the crime, and nouns that name one workforce
("employees" / "workers", "jobs" / "posts").  Every text is invented for
these tests; each must-conflict case failed before its change, the quiet
cases keep the changes from reaching further."""

import pytest

from factcheck.extract.figures import sentence_figures

from .helpers import analyse, assert_one_conflict, assert_quiet, outlet_conflicts

MUST_CONFLICT = [
    # "over" after a verb of its own clause is "during": 2 years is not 3
    ["The Harnby leak ran over two days, the water company said on Monday.",
     "The Harnby leak ran for three days, the water company said on Monday.",
     "days"],
    # nouns for one workforce, no event on either side
    ["Harnby Nurseries, the garden centre chain, has about 450 employees.",
     "Harnby Nurseries, the garden centre chain, has some 620 workers.",
     "620"],
    ["Harnby Foods will cut 1,100 jobs, the grocer said on Monday.",
     "Harnby Foods said on Monday that about 600 posts will go.",
     "1,100"],
    # the date of a fine, a discovery, an inspectors' visit
    ["Harnby Haulage was fined for a safety breach in 2019, the court heard.",
     "Harnby Haulage was fined £80,000 for a loading breach in 2021, the court heard.",
     "2019"],
    ["The Harnby coins, found in a clay pot in August, date from about AD 260.",
     "Mr Marsh made the discovery of the Harnby coins in July, the coroner heard.",
     "August"],
    ["Inspectors who visited Harnby prison in June found violence had doubled.",
     "Harnby prison is overcrowded, say inspectors who made an unannounced visit in September.",
     "June"],
]

QUIET = [
    # the sentence's length is not the length of the fraud
    ["Tom Harnby was jailed for four and a half years on Monday for a roofing fraud.",
     "The roofing fraud went on over two and a half years, Harnby Crown Court heard on Monday."],
    # a workforce and the drivers among it stay two counts
    ["Harnby Buses, which collapsed on Monday, has about 450 employees, the administrators said.",
     "Harnby Buses, which collapsed on Monday, has about 300 drivers, the administrators said."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("story", QUIET, ids=[s[0][:40] for s in QUIET])
def test_different_quantities_stay_quiet(story):
    assert_quiet(story)


@pytest.mark.parametrize("text, bound", [
    ("The bank will cut 1,100 jobs over 24 months.", "exact"),
    ("The leak ran over two days.", "exact"),
    ("Inspectors visited over two days in May.", "exact"),
    ("He has lived there for over four years.", "more_than"),
    ("It took over 10 hours to clear the road.", "more_than"),
    ("The trial lasted over three weeks.", "more_than"),
    ("Over two years, the firm grew.", "more_than"),
    ("She ran the club for just over two years.", "just_over"),
])
def test_over_before_a_length_of_time(text, bound):
    """"over" bounds a length only after a word that takes one or at a
    clause's start; after a verb or a noun of its own clause it is
    "during"."""
    durations = [f for f in sentence_figures(text) if f.unit == "duration"]
    assert len(durations) == 1 and durations[0].bound == bound, durations


AGE_AND_YEAR = [
    # the subject's age against another outlet's year of building, in the
    # year of the article that dates itself
    (["Harnby Pier has been sold for £2m.\n\nThe 155-year-old pier had been on the market for a year.",
      "Harnby Pier has been sold to a local buyer.\n\nThe pier, built in 1891, needs a new deck."],
     ("2026-03-05", "2026-03-06"), 1),
    # an article without a year takes the story's
    (["Harnby Pier has been sold for £2m.\n\nThe 155-year-old pier had been on the market for a year.",
      "Harnby Pier has been sold to a local buyer.\n\nThe pier, built in 1891, needs a new deck."],
     (None, "2026-03-06"), 1),
    # the ages agree: 142 years old in 2026 began in 1884
    (["Harnby and Daughters, the 142-year-old department store chain, has collapsed.",
      "The department store chain Harnby and Daughters, founded in 1884, has collapsed."],
     ("2026-10-15", "2026-10-15"), 0),
    # a round age is roughly that: 150 years old, built in 1874
    (["Harnby tunnel will close for a year.\n\nEngineers will reline the 150-year-old tunnel.",
      "Harnby tunnel will close for a year.\n\nThe tunnel was built in 1874."],
     ("2026-01-22", "2026-01-23"), 0),
    # a person's age is no year of building
    (["Harnby Pier has been sold.\n\nThe 55-year-old buyer had run it for a year.",
      "Harnby Pier has been sold.\n\nThe pier, built in 1891, needs a new deck."],
     ("2026-03-05", "2026-03-06"), 0),
    # nor is the age of a thing that is not the story's subject
    (["Harnby church needs £120,000 of repairs.\n\nThe 500-year-old font will stay.",
      "Harnby church needs £120,000 of repairs.\n\nThe church, built in 1891, is listed."],
     ("2026-03-05", "2026-03-06"), 0),
]


@pytest.mark.parametrize("texts, dates, expected", AGE_AND_YEAR,
                         ids=[c[0][0][:30] + str(c[1][0]) for c in AGE_AND_YEAR])
def test_the_age_of_the_subject_against_its_year(texts, dates, expected):
    found = outlet_conflicts(*texts, dates=dates)
    assert len(found) == expected, [f.message for f in found]
    if expected:
        assert "155 years old in 2026" in found[0].message


def test_a_role_word_of_the_next_clause_is_not_the_figures():
    """", and it wants to hire agency teams" says nothing of the 24 crews."""
    found = outlet_conflicts(
        "The Harnby council employs 42 repair crews, and they will work in two shifts, it said on Monday.",
        "The Harnby council employs 24 repair crews, and it wants to hire agency teams, it said on Monday.")
    assert len(found) == 1 and "42 repair crews" in found[0].message, [f.message for f in found]


def test_a_role_word_after_the_figure_in_its_own_clause_still_counts():
    found = outlet_conflicts("Talks stalled on Monday over a 9% rise demanded by the Harnby bus drivers.",
                             "Talks stalled on Monday over a 4% rise offered to the Harnby bus drivers.")
    assert found == [], [f.message for f in found]


@pytest.mark.parametrize("texts", [
    ["Harnby bridge tolls have been frozen for six years, the trust said.",
     "Harnby bridge tolls have been unchanged for a decade, the trust said."],
    ["Harnby teachers will strike for three days, the union said.",
     "Harnby teachers will stage a week-long strike, the union said."],
])
def test_a_decade_and_a_week_long_happening_are_lengths(texts):
    found = outlet_conflicts(*texts)
    assert len(found) == 1, [f.message for f in found]


def test_measures_of_one_thing_conflict_and_of_two_things_do_not():
    """"A 250-metre cordon" / "a cordon of 400 metres" measure one cordon,
    with no event word; a sentence's first word the word lists know as a
    common noun ("Officers") is no name that sets two clauses apart; a
    cordon and a tunnel are two things."""
    found = outlet_conflicts("Officers set up a 400-metre cordon around the Harnby leak on Monday.",
                             "A 250-metre cordon was put in place around Harnby Primary School on Monday.")
    assert len(found) == 1 and "400-metre" in found[0].message, [f.message for f in found]
    found = outlet_conflicts("Police put a cordon of 400 metres around the Harnby leak on Monday.",
                             "A 250-metre cordon was put in place around Harnby Primary School on Monday.")
    assert len(found) == 1, [f.message for f in found]
    assert outlet_conflicts("Police set up a 400-metre cordon around the Harnby leak.",
                            "Trains were stopped in the 250-metre tunnel near the Harnby leak.") == []


def test_a_name_that_opens_a_sentence_still_sets_figures_apart():
    assert outlet_conflicts("Toyota sold 11,000 cars in March, the industry body said.",
                            "Honda sold 5,000 cars in March, the industry body said.") == []


def test_a_change_between_two_years_is_a_change_since_the_first():
    found = outlet_conflicts("Visits to Harnby library fell by a third between 2019 and last year, the council said.",
                             "Visits to Harnby library have halved since 2019, the council said.")
    assert len(found) == 1, [f.message for f in found]


def test_a_month_next_year_has_the_year_after_the_articles():
    texts = ("Harnby Foods will close its biscuit factory in March 2027, the company said.",
             "Harnby Foods workers will lose their jobs when the factory shuts in June next year.\n\n"
             "The job losses are the biggest since the colliery closed in 1993.")
    found = outlet_conflicts(*texts, dates=("2026-10-06", None))
    assert len(found) == 1 and "March 2027" in found[0].message, [f.message for f in found]


@pytest.mark.parametrize("texts, expected", [
    # a past month is the latest such month before the article's date
    (("The Harnby footbridge opened in 2000 and was last inspected in May, the council said.",
      "The Harnby footbridge was last inspected in September 2025, council records show."), 1),
    (("The Harnby footbridge opened in 2000 and was last inspected in May, the council said.",
      "The Harnby footbridge was last inspected in May 2026, council records show."), 0),
    # a clause with a year of its own dates its month
    (("In 2019 the Harnby footbridge was inspected in May, the council said.",
      "The Harnby footbridge was inspected in September 2025, council records show."), 0),
])
def test_a_month_alone_takes_the_year_its_verb_and_the_article_give(texts, expected):
    found = outlet_conflicts(*texts, dates=("2026-10-06", "2026-10-07"))
    assert len(found) == expected, [f.message for f in found]


@pytest.mark.parametrize("texts, expected", [
    # the one count of workers in each report: the events differ, the quantity is one
    (("Eleven miners were trapped underground at the Harnby mine, the owners said.",
      "All nine workers were rescued from the Harnby mine, the owners said."), 1),
    # the one length of time in each report
    (("The Harnby lifts will be out of action for six weeks, the council said.",
      "The council said repairs to the Harnby lifts would take three months."), 1),
    # counts more than twice apart are no misreport
    (("About 45 cyclists came down in a pile-up on the Tour of Harnby.",
      "The Tour of Harnby had 132 starters."), 0),
    # ... by elimination alone; their words may still make them one
    (("A 7.5-tonne weight limit will apply to the Harnby bridge from Monday, the council said.",
      "A 3-tonne weight limit will apply to the Harnby bridge from Monday, the council said."), 1),
])
def test_the_one_figure_of_its_class_in_each_report(texts, expected):
    found = outlet_conflicts(*texts)
    assert len(found) == expected, [f.message for f in found]


@pytest.mark.parametrize("first, word", [
    ("Thirty-one people were evacuated from the Harnby care home after the fire, firefighters said.\n\n"
     "The 13 evacuees spent the night at a community hall.", "13 evacuees"),
    ("Inspectors counted 112 assaults on staff at Harnby prison last year.\n\n"
     "The 211 attacks on officers were the most of any jail in the region.", "211 attacks"),
])
def test_a_later_phrase_with_transposed_digits_refers_back(first, word):
    """Within one article: a count in words is read for its digits, and two
    words for one thing, or one event, make one quantity."""
    found = outlet_conflicts(first, "Harnby was quiet on Tuesday, the council said.")
    assert len(found) == 1 and word in found[0].message, [f.message for f in found]


@pytest.mark.parametrize("texts, expected", [
    # a state the subject has been in since a year is the year it began
    (("The Harnby Brewery, which has brewed beer on Mill Street since 1868, is being sold.",
      "The Harnby Brewery, founded in 1886, is being sold to a rival."), 1),
    (("Harnby Rovers have sold the Millgate ground, their home since 1921.",
      "Harnby Rovers have played at the Millgate ground since 1931, the club said."), 1),
    # not a change since a year, nor a person's state
    (("The Harnby Brewery is being sold. Visitor numbers have halved since 2015.",
      "The Harnby Brewery, founded in 1886, is being sold to a rival."), 0),
    (("The Harnby Brewery is being sold, said Tom Hale, who has lived beside it since 1989.",
      "The Harnby Brewery, founded in 1886, is being sold to a rival."), 0),
])
def test_since_a_year_in_the_present_perfect_is_an_origin(texts, expected):
    found = outlet_conflicts(*texts)
    assert len(found) == expected, [f.message for f in found]


def test_the_one_count_of_its_class_in_each_lead():
    """A lead states the news: each report's only count of jobs there is one
    quantity, though one article names another count of jobs further down."""
    found = outlet_conflicts(
        "Harnby Mutual will close forty branches and cut 1,100 jobs, as customers move online.\n\n"
        "The mutual cut 300 jobs last year.",
        "Harnby Mutual is to shed 1,600 roles and shut forty branches, the lender said.")
    assert any("1,600" in f.message and "1,100" in f.message and "lead" in f.message for f in found), \
        [f.message for f in found]


@pytest.mark.parametrize("texts, expected", [
    # four times apart: a whole and a part, a bill and its excess, not one figure misreported
    (("Harnby club treasurer Ann Lee said the repair bill could reach £180,000, and that the insurance excess "
      "alone was £20,000.",
      "Repairs to the Harnby club are expected to cost £180,000, he said, and insurance will cover only part."), 0),
    (("The Harnby Foodhall closure list published on Tuesday includes the Market Street store, one of 27 branches "
      "the grocer will shut.",
      "Harnby Foodhall, which trades from 212 stores across the north, said the closures would be completed by the "
      "end of March."), 0),
])
def test_figures_four_times_apart_are_two_quantities(texts, expected):
    found = outlet_conflicts(*texts)
    assert len(found) == expected, [f.message for f in found]


def test_a_dropped_zero_keeps_the_digits():
    """Certain pairs four or more times apart are kept when their digits are
    one ("£380,000" / "£38,000": a typing error)."""
    from factcheck.quantities import cross

    qs, _ = cross.quantities([analyse("Harnby Water was fined £380,000 and £38,000 and £45,000.")] * 2)
    a, b, c = qs[0], qs[1], qs[2]
    assert cross._scaled(a, b) and not cross._scaled(a, c)
