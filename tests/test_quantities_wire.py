"""Classes of false conflicting-figure findings read off Reuters-21578 dev
(wire copy, issue 11): each quiet case was reported before its change, and
the conflict beside it must stay.  Every text is invented for these tests."""

from .helpers import assert_one_conflict, assert_quiet


def test_a_definite_change_of_another_month_is_another_quantity():
    # "the 0.9% increase ... for November" does not refer back to December's rise
    assert_quiet(["The commerce department said the index of leading indicators rose 2.1% in December, its "
                  "biggest gain in a year. Economists had expected less. There was no revision in the 0.9% "
                  "increase in the leading indicators index for November."])


def test_a_definite_change_of_the_same_month_still_refers_back():
    assert_one_conflict(["Sales at the chain rose 12% in March, the company said. Shoppers returned. "
                         "The 21% rise in sales in March was the best in years.", "12%"])


def test_a_sentence_without_a_period_takes_the_one_before_it():
    # a quarter's exports and a year's: "Exports were ..." continues each sentence's period
    assert_quiet(["Imports in the fourth quarter were 2.655 billion dollars, against 2.883 billion in the third "
                  "quarter. Exports were 2.837 billion dollars.\n\nThe bureau gave no reason.\n\n"
                  "Imports in 2025 were 10.74 billion dollars, against 11.14 billion in 2024. "
                  "Exports were 11.20 billion dollars."])


def test_two_levels_with_no_period_anywhere_are_still_compared():
    assert_one_conflict(["The plant has about 1,200 workers, the union said. It opened in 1990. "
                         "The plant had 800 workers when the strike began, managers said.", "worker"])


def test_the_month_of_a_change_is_its_period_not_an_event_date():
    # "rising by 552 million dollars in December", "a 1.6 pct increase in January": periods of
    # two changes, not two dates of one event
    assert_quiet(["Revolving credit fell by 366 million dollars in January after rising by 552 million dollars "
                  "in December, the board said.",
                  "Mining output rose 0.1 pct in February after a 1.6 pct increase in January, the board said."])
