"""Partial-quote speakers, sixth round (issue 10): sentence -> expected speakers.
Written for these tests, not taken from a corpus."""

import pytest

from factcheck.extract import extract
from factcheck.model import Article


def _speakers(text):
    """The speaker of each quote extracted from ``text``, in order."""
    return [q.speaker for q in extract(Article(path="x.txt", content=text + "\n")).quotes]


@pytest.mark.parametrize("text, speakers", [
    # verbs that introduce someone's words but are not in the speech lists
    ('Tom Lowe interrupted the minister, shouting "no more cuts!"', ["Tom Lowe"]),
    ('Ana Ruiz decried the "reckless spending" of the council.', ["Ana Ruiz"]),
    ('Tom Lowe denounced the "shabby deal" on Monday.', ["Tom Lowe"]),
    ('Tom Lowe condemned the "cowardly attack" on the depot.', ["Tom Lowe"]),
    ('Ana Ruiz blamed the council for "years of neglect" in the valley.', ["Ana Ruiz"]),
    ('Tom Lowe called the levy a "disgrace" after Ana Ruiz attacked the police and blamed the riots on '
     '"implicit bias" in the force.', ["Tom Lowe", "Ana Ruiz"]),
])
def test_verbs_outside_the_speech_lists(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a time phrase between the subject and its cue is stepped over
    ('Tom Lowe at the time said he had asked his "people" to look into it.', ["Tom Lowe"]),
    ('The Vale Water Board less than two weeks ago said that "serious faults" had been found.',
     ["Vale Water Board"]),
    ('Ana Ruiz three days ago told reporters the plan was "dead in the water."', ["Ana Ruiz"]),
])
def test_time_phrase_before_the_cue(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a pronoun with a contracted auxiliary is a pronoun subject ("he'd asked"), here inside the clause
    # the outer cue reports
    ('The man was later charged. Tom Lowe at the time said he\'d asked his "people" to look into it.', ["Tom Lowe"]),
    ('Ana Ruiz spoke on Monday. She\u2019d asked for "more time" to decide, she said.', ["Ana Ruiz"]),
])
def test_contracted_pronoun_subject(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a participle after a clause whose subject carries an apposition: the person, not the description
    ('Former governor Ed Rendell, a Clinton supporter, praised Sanders for the campaign, calling it '
     '"an incredible feat" of politics.', ["Ed Rendell"]),
    ('Board chair Ana Ruiz (Labour), a longtime critic, attacked the plan in a speech, calling it '
     '"a shabby deal" for tenants.', ["Ana Ruiz"]),
])
def test_participle_after_a_subject_with_an_apposition(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a compound ending in a lower-case word ("Las Vegas-style") is an adjective, not a title's word:
    # the quotation is someone's words, not a show or book
    ('Ana Ruiz said there would be no "Las Vegas-style" casinos in the town.', ["Ana Ruiz"]),
    ('Tom Lowe told reporters the plan was a "Kyoto-lite" deal, as reported.', ["Tom Lowe"]),
])
def test_hyphenated_adjective_is_no_title(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an opening time phrase ("Minutes later,") is not the subject a participle cue takes
    ('Ana Ruiz got a text. Minutes later, she sent an email saying, "done."', ["Ana Ruiz"]),
    ('Ana Ruiz left the meeting. Hours later, she issued a statement calling on the council "to act now" '
     'on housing.', ["Ana Ruiz"]),
    ('Ana Ruiz was a senator then. Thirteen years earlier, she had voted for the war, saying it was '
     '"the right call" at the time.', ["Ana Ruiz"]),
])
def test_time_phrase_opening_the_sentence(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a speech verb after a modal tells what someone may say: the cue before it reports the quote
    ('Asked about the vote, Ana Ruiz said she expected that voters will say "no" to the levy.', ["Ana Ruiz"]),
    ('Tom Lowe said the farmers would call the plan "a fair deal" in the end.', ["Tom Lowe"]),
    # ... unless no other cue has a source
    ('Tom Lowe was asked if he would say yes or no. "We will look at it sympathetically," he added.',
     ["Tom Lowe"]),
])
def test_cue_after_a_modal(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # an infinitive cue ("was prompted to say") takes the subject of the verb that governs it
    ('The debate was so dull that Mr. Tom Lowe was prompted to say, "So far, I cannot believe how nice '
     'it is."', ["Tom Lowe"]),
    ('The columnist Ana Ruiz went so far as to say: "The council as we know it is over."', ["Ana Ruiz"]),
])
def test_infinitive_cue(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # after an inverted cue, a description with a lower-case phrase ("at the time") then ", Name"
    ('The party was "working to change its image," wrote the mayor at the time, Ana Ruiz.', ["Ana Ruiz"]),
    # ... but not a description followed by a participle
    ('The win was "an incredible feat," said the mayor at a meeting, noting the cost.', ["the mayor"]),
])
def test_inverted_description_then_name(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a cue joined by "and" to an earlier verb takes that verb's subject
    ('"I\'m just a girl from a farm," Ana Ruiz told the audience. Tom Lowe beat three actors to the prize. '
     'He thanked the crew and described the film as "a labour of love" on stage.', ["Ana Ruiz", "Tom Lowe"]),
    # ... but not the subject of "was" inside the clause the outer verb reports
    ('Ana Ruiz said it was not possible to delay and urged the board to act as fast as "humanly possible" '
     'on the plan.', ["Ana Ruiz"]),
])
def test_cue_joined_by_and(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a "he said" after a sentence whose main clause follows a fronted clause takes that subject
    ('Ana Ruiz praised the bill, calling it "a good start."\n\nWhen Tom Lowe defended the levy, '
     'Mr. Bill Kent forcefully differed.\n\n"It is a tax on the poor," he said.', ["Ana Ruiz", "Bill Kent"]),
    ('Ana Ruiz praised the bill, calling it "a good start."\n\nWhile the two men barely spoke, '
     'Bill Kent looked for a chance.\n\n"We can do better," he said.', ["Ana Ruiz", "Bill Kent"]),
    # a long fronted phrase of place and time
    ('Ana Ruiz praised the bill, calling it "a good start."\n\nAt a crowded rally in the gymnasium of a '
     'Harnby high school on Tuesday night, Mr. Bill Kent attacked the plan.\n\n"It is a tax on the poor," '
     'he said.', ["Ana Ruiz", "Bill Kent"]),
    # a possessor is not the subject ("Tom Lowe's spokesman"), and a sentence inside a quote is no event
    ('Ana Ruiz praised the bill, calling it "a good start."\n\nOn Monday, Tom Lowe\'s official spokesman '
     'declined to comment.\n\n"We can do better," she said.', ["Ana Ruiz", "Ana Ruiz"]),
    ('Ana Ruiz praised the bill.\n\n"Labour has failed. In trying to cut the regiments, Bill Kent will end '
     'up being cut himself," she said.', ["Ana Ruiz"]),
    # no person after the fronted clause: the earlier speaker stands
    ('Tom Lowe praised the bill, calling it "a good start."\n\nWhen the vote came, it passed.\n\n'
     '"We can do better," he said.', ["Tom Lowe", "Tom Lowe"]),
])
def test_subject_after_a_fronted_clause(text, speakers):
    assert _speakers(text) == speakers
