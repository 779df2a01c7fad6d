"""vague-attribution: a relayed report whose outlet the story names just
after it (issue 12, the blind dev re-judgement): later in its paragraph, in
the next sentence, or, for the story's first sentence, in the next
paragraph.  Sentences written for these tests, not taken from a corpus."""

import pytest

from .helpers import report_for


def _severities(text):
    return [f.severity for f in report_for(text).findings if f.rule == "vague-attribution"]


@pytest.mark.parametrize("text", [
    # the outlet later in the hedge's paragraph, called back by its kind
    "Stadium talks\n\nThe mayor of Harnby opened talks on the stadium in May.\n\nThe club will reportedly meet "
    "council officers next week. The ground opened in 1921. According to the local newspaper, the club "
    "wants a new lease.\n",
    # the outlet in the next sentence
    "Harbour works\n\nThe harbour wall was rebuilt in 1990.\n\nBut repairs have stalled, reports from the town "
    "say.\n\nThe Yorkshire Post said the contractor had left the site in March.\n",
    # the story's first sentence, whose report the second paragraph credits
    "Keeper to leave\n\nGoalkeeper Tom Reyes reportedly wants to leave Harnby Town this summer.\n\nReyes, 29, "
    "has a year left on his deal. The Sunday Times reports that he has turned down a new contract.\n",
    # the lede's report, whose outlet the next paragraph names by quoting its interviewee
    "Airline jobs\n\nHarnby Air could move 2,000 jobs abroad, according to newspaper reports.\n\nChief executive "
    "Ana Ruiz was quoted by The Harnby Courier as saying the airline could not stay local.\n",
])
def test_relayed_report_whose_outlet_follows_is_information(text):
    assert _severities(text) == ["info"]


@pytest.mark.parametrize("text", [
    # the outlet is named two paragraphs on, and the hedge is not the story's first sentence
    "Keeper to leave\n\nHarnby Town lost again on Saturday.\n\nGoalkeeper Tom Reyes reportedly wants to leave "
    "this summer.\n\nThe club is tenth in the table.\n\nThe Sunday Times reports that he has turned down a "
    "new contract.\n",
    # an interviewee quoted by an outlet two paragraphs on, after a hedge that is not the lede
    "Airline jobs\n\nHarnby Air made a loss.\n\nIt could move 2,000 jobs abroad, according to newspaper "
    "reports.\n\nFuel costs rose.\n\nChief executive Ana Ruiz was quoted by The Harnby Courier as saying so.\n",
    # a newspaper called back before the hedge: a new thread ("Meanwhile") may be anyone's report
    "Exchange bid\n\nThe Sunday Times said the bid would be raised.\n\nThe newspaper also claimed the board was "
    "split. Meanwhile, staff have reportedly voiced fears over jobs.\n",
])
def test_relayed_report_with_no_outlet_next_door_stays_a_warning(text):
    assert _severities(text) == ["warning"]


@pytest.mark.parametrize("text,severity", [
    # a count of reports in the lede, whose authors the next sentence names: studies, not press reports
    ("Tablets\n\nTablets will not replace laptops this decade, say two reports.\n\nBuyers still want keyboards, "
     "said Harnby Research.\n", "info"),
    # unnamed press reports in the lede still need their outlet named
    ("Tablets\n\nTablets will not replace laptops this decade, reports say.\n\nBuyers still want keyboards, "
     "said Harnby Research.\n", "warning"),
    # a count of reports that nobody names next
    ("Tablets\n\nSales fell in May.\n\nTablets will not replace laptops this decade, say two reports.\n", "warning"),
])
def test_a_count_of_reports_is_a_set_of_studies(text, severity):
    assert _severities(text) == [severity]
