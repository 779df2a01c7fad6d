"""vague-attribution after the blind dev re-judgement of 2026-12-06 (issue 12):
wording that reports an event of record or a market figure rather than
crediting a claim to a crowd, and a summary lede whose speaker the next
sentence names.  Sentences written for these tests, not taken from a corpus."""

import pytest

from .helpers import report_for


def _vague(text):
    """(severity, source words) of each vague-attribution finding in ``text``."""
    return [(f.severity, f.data.get("source")) for f in report_for(text).findings if f.rule == "vague-attribution"]


@pytest.mark.parametrize("text", [
    # what emerged dates the news in a time clause: background of record
    "Dairy collapse\n\nThe dairy group went bust in 2003 after it emerged that its cash reserves did not exist.\n",
    "Shortlist row\n\nThat came after it emerged that the seat was to get a women-only shortlist.\n",
    # criticism faced or drawn with nobody credited with it: that there was criticism
    "Summit\n\nThe talks come at a time when the president has faced criticism for his overtures to the regime.\n",
    "Campaign row\n\nThe party chief denied any plot after facing criticism for letting rivals set the agenda.\n",
    # analysts' expectation of earnings a share: the consensus estimate
    "Results\n\nThe retailer made a profit of $1.78 a share, well above the $1.11 a share that analysts expected.\n",
    "Results\n\nExcluding items, profit was 33 cents a share, but analysts had expected 34 cents.\n",
    # a description of someone sought: his appearance
    "Appeal\n\nPolice are looking for a man after the raid. The suspect is described as white, aged 30 to 40, "
    "with a ginger beard.\n",
    # a summary lede: the next sentence names who claims it
    "Drink remark\n\nThe minister's remark has diverted attention from the real issues, it has been claimed.\n\n"
    "Ann Kite, chief executive of Alcohol Concern Harnby, said the remark was ill-advised.\n",
])
def test_events_of_record_and_summary_ledes_are_information(text):
    assert [sev for sev, _ in _vague(text)] == ["info"]


@pytest.mark.parametrize("text", [
    # critics credited, by "from" or by the word before "criticism"
    "Ethanol\n\nThe programme is facing criticism from many environmentalists.\n",
    "Records row\n\nThe party has attracted media criticism for using the records law against its rival.\n",
    # "it emerged" as the story's own news, not in a time clause
    "Film shelved\n\nIn August it emerged that the studio was shelving the film.\n",
    # analysts' expectations that are not a per-share consensus
    "Markets\n\nShares may rise further when trading resumes on Tuesday, analysts forecast.\n",
    # "described as" a view, not an appearance
    "Budget\n\nThe plan is described as reckless by some.\n",
    # a relayed report in the lede stays a warning when the next sentence names a speaker, not its outlet
    "Mayor to quit\n\nThe mayor of Harnby will reportedly resign next week.\n\nCouncillor Ana Ruiz said the "
    "council had done its best.\n",
])
def test_claims_credited_to_a_crowd_stay_warnings(text):
    assert [sev for sev, _ in _vague(text)] == ["warning"]


@pytest.mark.parametrize("text,severity", [
    # a standing among others, with no "the" after "one of": a reputation, as "one of the finest" is
    ("Theatre\n\nThe Harnby Players are considered to be one of Britain's oldest amateur companies.\n", "info"),
    ("Theatre\n\nThe trio is regarded as one of early pioneers of folk rock.\n", "info"),
    # a view of the subject, not its standing
    ("Theatre\n\nThe Harnby Players are considered to be in financial trouble.\n", "warning"),
])
def test_a_standing_among_others_is_information(text, severity):
    assert [sev for sev, _ in _vague(text)] == [severity]


@pytest.mark.parametrize("text,severity", [
    # a perception as the verb of a time, reason or contrast clause: the background the claim rests on
    ("Debate\n\nThe senator is as confident now as she was when she was viewed as the clear favourite.\n", "info"),
    ("Bonds\n\nThe deficit is funded by foreign buyers, since the euro is seen as a safe currency.\n", "info"),
    ("Polls\n\nAt a time when it was said that the party could never win again, Ruiz won twice.\n", "info"),
    # the perception is the sentence's own claim
    ("Debate\n\nThe senator is now viewed as the clear favourite.\n", "warning"),
    ("Bonds\n\nThe euro is seen as a safe currency, since the deficit is small.\n", "warning"),
])
def test_a_perception_in_a_subordinate_clause_is_background(text, severity):
    assert [sev for sev, _ in _vague(text)] == [severity]
