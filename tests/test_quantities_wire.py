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
