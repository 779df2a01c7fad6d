"""unsourced-claim severity: likely worth raising (warning) or information (info)."""

import pytest

from .helpers import report_for


def _levels(text, **meta):
    return [(f.severity, f.data.get("why")) for f in report_for(text, **meta).findings if f.rule == "unsourced-claim"]


@pytest.mark.parametrize("text", [
    "The number of illegal crossings at the border is at an all-time high.",
    "Hospital admissions fell for the first time since 2019.",
    "The county now has more homeless residents than any other in the region.",
    "Rents have doubled since 2015 because of a shortage of new housing.",
    "The city's murder rate is now the highest in the state.",
    "About 120,000 people are expected to attend the show.",
    "Inflation in the region is estimated at about 2.3% in December.",
    "The concert drew a huge crowd, with some estimates putting the attendance at 200,000.",
])
def test_likely_claims_are_warnings(text):
    assert [s for s, _ in _levels(text)] == ["warning"], _levels(text)


@pytest.mark.parametrize("text,why", [
    # a bare statistic
    ("Ridership topped 40 million trips last year.", "without a hidden author"),
    # matters of record
    ("Shares in the firm have fallen to a 10-year low.", "matter of record"),
    ("The copper price reached a 16-year high in October.", "matter of record"),
    ("The broadcaster was fined a record $550,000 by regulators.", "matter of record"),
    # a schedule, not a figure
    ("The new show is expected to begin in February.", "no figure or record"),
    # the subject is the source
    ("Lloyds Bank set a record for mortgage lending in the first quarter.", "subject is the source"),
])
def test_unlikely_claims_are_information(text, why):
    found = _levels(text)
    assert [s for s, _ in found] == ["info"], found
    assert why in found[0][1]


def test_a_lede_sourced_by_the_next_sentence_is_information():
    text = ("Sales of the console have doubled since the spring.\n\n"
            "The figures were published by the trade body Ukie on Monday, its chief executive Jo Twist said.")
    assert _levels(text)[0][0] == "info"


def test_a_sentence_continuing_a_named_poll_is_information():
    text = ("A survey by Acme Research found that 40% of voters backed the plan.\n\n"
            "The mayor spoke on Monday.\n\n"
            "In the poll, support for the mayor has risen to an all-time high.")
    found = _levels(text)
    assert found and found[-1][0] == "info", found


def test_reviews_and_match_reports_are_information():
    review = ("I went to the opening night. You will not regret the ticket, I promise.\n\n"
              "It is the best show the theatre has staged for the first time since 1990, and my favourite.")
    assert {s for s, _ in _levels(review)} == {"info"}
    match = ("The striker scored twice before half-time and the goalkeeper saved a penalty.\n\n"
             "It was the first time in 11 years the side had reached the semi-final of the tournament.")
    assert {s for s, _ in _levels(match)} == {"info"}


def test_credit_lines_are_not_claims():
    assert _levels("Jane Doe contributed to this report.") == []
    assert _levels("Jane Doe in Washington and John Roe in London contributed reporting.") == []


def test_background_brought_in_by_this_comes_as_is_not_sourced_next_door():
    text = ("The commissioner is being forced out of his job.\n\n"
            "This comes as the number of illegal crossings at the border is at an all-time high.\n\n"
            "In a statement, the commissioner said he was not going anywhere.")
    assert [s for s, _ in _levels(text)] == ["warning"], _levels(text)


_LEAD = "Mortgage approvals rose in December, according to lending figures from the central bank.\n\n"
_LATER = ("Buyers returned after the holidays. The average deposit was steady.\n\n"
          "Approvals in the north rose to a four-year high of 21,000.")


def test_figures_after_a_lead_crediting_a_release_are_information():
    """JUDGING.md: attribution in the story's lead for the same release."""
    assert [s for s, _ in _levels(_LEAD + _LATER)] == ["info"]
    assert [s for s, _ in _levels(_LATER)] == ["warning"]  # the same claim with no such lead
