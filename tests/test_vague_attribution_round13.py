"""vague-attribution, round 13 (issue 12): a relayed report whose outlet the
story names next door (the largest false-alarm class of a fresh, blind dev
sample).  Sentences written for these tests, not taken from a corpus."""

import pytest

from .helpers import report_for


def _vague(text):
    """(severity, source words) of each vague-attribution finding in ``text``."""
    return [(f.severity, f.data.get("source")) for f in report_for(text).findings if f.rule == "vague-attribution"]


@pytest.mark.parametrize("text", [
    # a lede relaying reports, whose next sentence names the paper
    "Brewer 'to sell pubs'\n\nThe Harnby Brewery is planning to sell 200 of its pubs by the summer, newspaper "
    "reports claim.\n\nThe Harnby Courier said the brewery had hired advisers to find a buyer.\n",
    # a lede's hedge, whose next sentence credits reports in a named outlet
    "Soap 'set for remake'\n\nPlans for a US version of the soap Harbour Lane have reportedly been drawn up by "
    "a cable network.\n\nThe show's head writer is involved, according to reports in the Screen Ledger trade "
    "paper.\n",
    # a relayed passive after a named agency's report in its paragraph
    "Oil deals\n\nMarrow Oil is reported by Reuters to have won a contract for the northern field. A Canadian "
    "firm is reported to have won the contract for the southern field.\n",
])
def test_relayed_report_named_next_door_is_information(text):
    assert [sev for sev, _ in _vague(text)] == ["info"]


@pytest.mark.parametrize("text", [
    # no outlet anywhere: the report relayed is unnamed
    "Row over remarks\n\nThe Tories said the remarks were a disgrace. The remarks are said to have been made at "
    "a private dinner.\n",
    # a lede's hedge whose next sentence names a speaker, not the report's outlet
    "Mayor to quit\n\nThe mayor of Harnby will reportedly resign next week.\n\nCouncillor Ana Ruiz said the "
    "council had done its best.\n",
])
def test_unnamed_report_stays_a_warning(text):
    assert [sev for sev, _ in _vague(text)] == ["warning"]


# round 14: an outlet whose title is hyphenated ("Melbourne's Herald-Sun") is an outlet; a
# perception verb inside an "if" clause supposes, it claims nothing
@pytest.mark.parametrize("text", [
    "Coach 'turns down offer'\n\nTennis coach Ray Dunn has turned down an approach from the world number one, say "
    "reports.\n\nHarnby's Herald-Sun said Dunn did not want to travel full-time again.\n",
    "Will Chirpr be next?\n\nRivals are pairing up. So if Chirpr is increasingly seen as a news site rather than a "
    "social network, it does not fit the search giant's plans.\n",
])
def test_round14_information(text):
    assert [sev for sev, _ in _vague(text)] == ["info"]


# round 14: a body's people called by its common noun, in a sentence whose subject is the named body
def test_a_named_bodys_own_executives_are_not_vague():
    text = ("Phone deal\n\nVerizon has struck a provisional agreement with unions representing 40,000 employees, "
            "taking a step toward ending a strike that company executives said could hit second-quarter earnings.\n")
    assert _vague(text) == []


def test_company_executives_with_no_named_subject_stay_a_warning():
    text = "Phone deal\n\nThe talks went on all night. It was a strike that company executives said could hit earnings.\n"
    assert [sev for sev, _ in _vague(text)] == ["warning"]


# round 14: a named speaker's remark relayed from reports is info; other agentless wording after a
# named speaker is not relayed (it stays a warning)
@pytest.mark.parametrize("text,severity", [
    ("Campaign row\n\nGovernor Ana Ruiz said she would have fired the manager, according to press reports.\n", "info"),
    ("Campaign row\n\nParty chief Tom Reyes denied any plot against the treasurer, amid widespread criticism "
     "of the campaign.\n", "warning"),
])
def test_a_named_speakers_words_relayed_from_reports(text, severity):
    assert [sev for sev, _ in _vague(text)] == [severity]
