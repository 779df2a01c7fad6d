"""Partial-quote speakers, seventh round (issue 10): sentence -> expected speakers.
Written for these tests, not taken from a corpus."""

import pytest

from factcheck.extract import extract
from factcheck.model import Article


def _speakers(text):
    """The speaker of each quote extracted from ``text``, in order."""
    return [q.speaker for q in extract(Article(path="x.txt", content=text + "\n")).quotes]


@pytest.mark.parametrize("text, speakers", [
    # a quote inside a fronted subordinate clause is that clause's, not the main clause's verb's
    ('After Ana Ruiz said that the plan might work in "smaller towns," Tom Lowe said: "I doubt it."',
     ["Ana Ruiz", "Tom Lowe"]),
    ('While Ana Ruiz proclaims the scheme a "great success," Tom Lowe fixates on the cost.', ["Ana Ruiz"]),
    ('When Ana Ruiz described the scheme as "a fresh start," Tom Lowe seized upon the phrase.', ["Ana Ruiz"]),
    # no cue in the fronted clause: its subject
    ('While Mr. Lowe, speaking for the board, laid out a vision for "a leaner council for all of us," Ana '
     'Ruiz used her speech to attack it.', ["Lowe"]),
    # not a fronted clause's quote: a tag, a quote after the clause's comma, "because of"
    ('When the plan failed, Ana Ruiz called it "a disgrace," Tom Lowe said.', ["Tom Lowe"]),
    ('While the plan is "unworkable," Tom Lowe said, it is a start.', ["Tom Lowe"]),
    ('After the vote, "we will regroup," Ana Ruiz said of the party.', ["Ana Ruiz"]),
    ('Because of the delay, "the cost will rise," Ana Ruiz told the council.', ["Ana Ruiz"]),
    ('When the board met, the chair called the plan "a disgrace," Ana Ruiz said of the meeting.', ["Ana Ruiz"]),
])
def test_quote_inside_a_fronted_clause(text, speakers):
    assert _speakers(text) == speakers


def test_main_subject_after_a_fronted_clause_ending_in_a_quote_is_a_pronoun_antecedent():
    # "he" is the main clause's subject, not the person in the fronted clause
    text = ('Tom Lowe spoke first. When Ana Ruiz called the plan "a mess," Peter Gray shook his head. '
            '"It is fine," he said.')
    assert _speakers(text)[-1] == "Peter Gray"


@pytest.mark.parametrize("text, speakers", [
    # a phrase after a preposition is no subject: the participle after it does not tag the quote
    ('Tom Lowe said he "cannot walk down the street" without reporters asking him about it.', ["Tom Lowe"]),
    ('Ana Ruiz said she "cannot walk down the street" with reporters asking her to attack Tom Lowe.', ["Ana Ruiz"]),
])
def test_participle_after_a_preposition(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a participle takes the subject of the clause it follows, the last one opened by a subordinator
    ('It was a fine show of unity by the two leaders, as Ana Ruiz echoed the criticism, saying the plan '
     '"fails the town every single day" and more.', ["Ana Ruiz"]),
    ('The first incident came during a speech at the Vale Water Board, when Tom Lowe interrupted her, '
     'shouting "you have let us all down!"', ["Tom Lowe"]),
])
def test_participle_after_a_subordinate_clause(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an adverb opening the sentence right before the subject is stepped over, so the name before an
    # apposition is the subject, not the apposition
    ('Now Tom Lowe, the longest-serving member of the council, is promising to create "a fresh start" '
     'for the town.', ["Tom Lowe"]),
    ('Still Ana Ruiz, the party\'s chair, is insisting on "a clean break with the past" this year.', ["Ana Ruiz"]),
    # not a determiner: "The Vale senator" stays the subject phrase
    ('The Vale senator is telling reporters that he expects "a lot of delegates" next week.', ["The Vale senator"]),
])
def test_adverb_before_the_subject(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a person before "of" and a place with a comma ("of Columbia, South Carolina") opens the sentence:
    # the person is its subject, not the state after the comma
    ('Ana Ruiz of Vale, North Carolina says she really thinks the mayor can win if he keeps "doing what '
     'he is doing."', ["Ana Ruiz"]),
    ('But after the debate, Tom Lowe of the Vale Review, North Carolina imagined the mayor was thinking: '
     '"What have I done?"', ["Tom Lowe"]),
])
def test_person_of_a_place_with_a_comma(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a quote with no cue in a later clause with a subject of its own (after ", while", ", but", ";")
    # is that subject's, not the sentence's first subject's
    ('Tom Lowe signed the order on Monday, while Ana Ruiz, the former mayor, proposed we "wake up and '
     'smell the coffee" at once.', ["Ana Ruiz"]),
    ('Tom Lowe backed the plan; Ana Ruiz wants "a full and open inquiry into the deal" instead.',
     ["Ana Ruiz"]),
    # a later clause with no subject of its own keeps the sentence's
    ('Tom Lowe did not name the mayor, but told the crowd the town was "in horrible trouble for years" now.',
     ["Tom Lowe"]),
])
def test_quote_in_a_later_clause_with_its_own_subject(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a cue inside a relative clause set off by commas, closed before the quote, does not report it
    ('Ana Ruiz said the new levy, which the Vale Institute estimates would raise $2 billion a year, was '
     '"a fair deal for every family in the town."', ["Ana Ruiz"]),
    ('He said that the new levy, which some have argued was meant to fail, was an "insult" to "hundreds and '
     'maybe thousands" of families.', ["He", "He"]),
    # kept: a cue the quote is the object of, a parenthetical tag, a comma inside the relative clause
    ('Tom Lowe, whom Ana Ruiz called "a dear friend," said the plan was dead.', ["Ana Ruiz"]),
    ('Tom Lowe, who said on Tuesday that the plan, if passed, would be "a disaster for the town," left early.',
     ["Tom Lowe"]),
])
def test_cue_in_a_closed_relative_clause(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a subject read as a possessor is widened to its head: the office, the doctor speaks
    ('Councillor Ana Ruiz\'s office slammed the lawsuit on Monday, calling it "meritless and improper".',
     ["Councillor Ana Ruiz's office"]),
    ('Mayor Tom Lowe\'s doctor is calling the mayor "extremely physically fit for the job."',
     ["Tom Lowe's doctor"]),
    ('The results are not in, but Ana Ruiz\'s campaign is already claiming victory in the "county race".',
     ["Ana Ruiz's campaign"]),
])
def test_possessor_is_not_the_speaker(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a short quote ending in a comma, then a name with an apposition and the verb: the tag reaches it
    ('Guns are "a health crisis" and "stunt growth," Tom Lowe, the former governor of the Vale county, '
     'proclaimed to a cheering crowd on Tuesday.', ["Tom Lowe", "Tom Lowe"]),
])
def test_short_quote_tagged_after_an_apposition(text, speakers):
    assert _speakers(text) == speakers
