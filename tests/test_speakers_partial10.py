"""Quote speakers, tenth round (issue 11's quote variants): sentence ->
expected speakers.  Written for these tests, not taken from a corpus."""

import pytest

from factcheck.extract import extract
from factcheck.model import Article


def _speakers(text):
    """The speaker of each quote extracted from ``text``, in order."""
    return [q.speaker for q in extract(Article(path="x.txt", content=text + "\n")).quotes]


@pytest.mark.parametrize("text, speakers", [
    # a person named after an inverted cue outside a quote is whom a later pronoun means
    ('The depot has been short of drivers for a year, said union organiser Shirin Dace. "Drivers are '
     'leaving for better pay," she said.', ["Shirin Dace"]),
    ('Use of the bridge has doubled, said Tom Hale, a professor at Harnby University. "If that holds, the '
     'deck will need work," he said.', ["Tom Hale"]),
    # ... the nearest one: a later named speaker takes the pronoun from an earlier one
    ('Decide what you can do, Ana Ruiz says. "It helps," she says. This makes people feel stronger, adds '
     'psychologist Mary Alvord. "You are not helpless," she says.', ["Ana Ruiz", "Mary Alvord"]),
])
def test_a_pronoun_after_an_inverted_cue_outside_a_quote(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    ('"Our teachers have worked hard for this," said principal Desmond Achterberg. "Every student should be '
     'proud."', ["Desmond Achterberg", "Desmond Achterberg"]),
    ('"This is a dark day for Harnby," said the town\'s MP, Carys Boyd. "We will fight for every job."',
     ["Carys Boyd", "Carys Boyd"]),
])
def test_a_role_before_a_name_after_an_inverted_cue(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # "the judge" after the article named "Judge Anita Rowe"
    ('Tom Hale will serve three years, Judge Anita Rowe said. "You abused the trust of people," the judge '
     'told him.', ["Anita Rowe"]),
    ('Council leader Ann Lee spoke on Monday. "We will win," the leader said.', ["Ann Lee"]),
    # no one named with the title: the description stays
    ('The mayor spoke on Monday. "We will win," the mayor said.', ["the mayor"]),
])
def test_a_definite_role_is_the_person_the_article_named_with_it(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # no named person spoke or opened a sentence: "she" is the last person the article calls Mrs
    ('The post office shuts when postmistress Janet Pilbeam retires. It has been run by Mrs Pilbeam for '
     'twenty years. "I cannot find anyone to take it over," she said.', ["Janet Pilbeam"]),
    # the article never says Mrs or Ms: the pronoun stays
    ('The post office shuts when postmistress Janet Pilbeam retires. "I cannot find anyone to take it '
     'over," she said.', ["she"]),
    # Mr does not take "she"
    ('The shop shuts when owner Tom Pilbeam retires. It has been run by Mr Pilbeam for twenty years. '
     '"I cannot find anyone to take it over," she said.', ["she"]),
])
def test_a_pronoun_with_no_speaker_before_it_is_the_last_person_of_its_title(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a role before the full name opening the sentence: the person a later "he" means
    ('Managing director Rhodri Pask apologised to customers. "We are asking customers to bring it back," he '
     'said.', ["Rhodri Pask"]),
    ('Chief executive Dr Annika Strand, who will lead the trust, spoke on Monday. "No ward will close," she '
     'said.', ["Annika Strand"]),
    # a capitalised headline-like opening is no role
    ('Why Sexual Harassment Persists in Politics. "Did you bring your notes?" she recalls him saying.', ["she"]),
])
def test_a_role_then_a_full_name_opening_a_sentence(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a title and name after "the" in apposition to a role: the name
    ('The Dean, the Very Rev Alison Greer, said: "Every pound keeps the rain off the nave."', ["Alison Greer"]),
    ('"Whoever did this has robbed the whole village," said the vicar, the Reverend Ann Colley.', ["Ann Colley"]),
    # an apposition that names no person leaves the role
    ('"We will reopen," said the vicar, the church\'s only priest.', ["the vicar"]),
])
def test_a_role_with_a_titled_name_in_apposition(text, speakers):
    assert _speakers(text) == speakers
