"""vague-attribution, round 12 (issue 12): four false-alarm classes of a fresh,
blind dev sample.  Sentences written for these tests, not taken from a corpus."""

import pytest

from .helpers import report_for


def _vague(text):
    """(severity, source words) of each vague-attribution finding in ``text``."""
    return [(f.severity, f.data.get("source")) for f in report_for(text).findings if f.rule == "vague-attribution"]


@pytest.mark.parametrize("text", [
    # a lede credited to a group, whose next sentence names who said it
    "Pensions shortfall\n\nMale life expectancy is far higher than estimated, leading pension researchers "
    "have said. The Halden Pensions Institute said life expectancy had been understated for decades.\n",
    # an obituary's reputation: common knowledge
    "Stage designer Ilse Marr dies\n\nThe stage designer Ilse Marr has died aged 81. She was regarded by many "
    "as a pioneer of modern theatre design.\n",
])
def test_information_not_warning(text):
    assert [sev for sev, _ in _vague(text)] == ["info"]


@pytest.mark.parametrize("text", [
    # companies publishing their own results: no hearsay
    "Shops gloomy\n\nRetail sales fell in December. A number of retailers have already reported poor "
    "figures for the month.\n",
    # named examples at once identify the group
    "Shops gloomy\n\nRetail sales fell in December. Yet other retailers - including Marlow, Pinecrest and "
    "Tally - reported that festive sales were up.\n",
    "Reservoir row\n\nThe plan was approved on Monday. Environmental groups (Rivercare and Wild Dales) "
    "warned that it would harm the wetland.\n",
])
def test_not_flagged(text):
    assert _vague(text) == []


@pytest.mark.parametrize("text", [
    # not the lede: the group stays a warning even with a named speaker next
    "Rates\n\nHouse prices rose again in May. Experts believe five rate rises are cutting demand for "
    "loans. Martin Hale of the Westbury society said prices were steady.\n",
    # "reported that ...": a claim, not a company's results
    "Shops gloomy\n\nRetail sales fell in December. Yet other retailers reported that festive sales were "
    "well up on last year.\n",
    # a reputation outside an obituary, and a feature that mentions a death
    "Brother recalled\n\nFred Marr died in 1981 after years of illness. His job in the family firm, which "
    "friends described as miserable, ended early.\n",
])
def test_still_a_warning(text):
    assert [sev for sev, _ in _vague(text)] == ["warning"]
