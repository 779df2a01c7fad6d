"""vague-attribution in a story told in the first person (issue 12, the
blind dev re-judgement): a column, a diary or a comments page, where a crowd
is the writer's own voice.  Sentences written for these tests, not taken
from a corpus."""

import pytest

from .helpers import report_for

COMMENTS = (
    "Your views on the new party\n\n"
    "I think the new party will fade by the summer.\n\n"
    "You have lost my vote, Mr Hale. Switching sides was a mistake.\n\n"
    "My family has voted for the party for years and we will again.\n\n"
    "I can't see what the fuss is about.\n\n"
    "Many people believe you, Mr Hale. But you must now show it in the polls.\n"
)
DIARY = (
    "Marathon diary: week three\n\n"
    "My training is going better than I expected.\n\n"
    "Many experts say I am too old to run a marathon.\n\n"
    "I did 18 miles on Sunday and my knees held up.\n\n"
    "You learn a lot about the city on foot.\n\n"
    "I'll report back after the half-marathon in Harnby next week.\n"
)


@pytest.mark.parametrize("text", [COMMENTS, DIARY])
def test_a_crowd_in_a_first_person_story_is_information(text):
    assert [f.severity for f in report_for(text).findings if f.rule == "vague-attribution"] == ["info"]


@pytest.mark.parametrize("text", [
    # a news story: the first person only inside quotes
    "Party launch\n\nMr Hale launched his party on Monday.\n\n\"I think we can win,\" he said.\n\n\"You will see "
    "my plans next week,\" he added.\n\n\"My team is ready,\" he said.\n\n\"I am not worried,\" he said.\n\n"
    "Critics say the party has no money.\n",
    # a news story with a first-person paragraph or two: too few to be a column
    "Flood warning\n\nI was in Harnby when the river rose.\n\nYou could see the water in the square.\n\n"
    "The council opened a rest centre.\n\nExperts say the defences will fail again.\n",
])
def test_a_crowd_in_a_news_story_stays_a_warning(text):
    assert [f.severity for f in report_for(text).findings if f.rule == "vague-attribution"] == ["warning"]
