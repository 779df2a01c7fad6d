"""Speakers an editor can rely on (issue 10): sentence -> expected speaker.
Written for these tests, not taken from a corpus."""

import pytest

from factcheck.extract import extract
from factcheck.model import Article


@pytest.mark.parametrize("text, speaker, kind", [
    # a title after "The" keeps its capitalised words ("New" is no opener there)
    ('The New York Times reported that the mayor "would not seek a second term."', "New York Times",
     "organisation"),
    ('The Big Issue said the scheme was "a lifeline for sellers."', "Big Issue", "organisation"),
    ('"We will appeal," said Tim Kaine, the senator from Virginia.', "Tim Kaine", "person"),
])
def test_speaker(text, speaker, kind):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert [(q.speaker, q.speaker_class) for q in quotes] == [(speaker, kind)]


@pytest.mark.parametrize("text, speaker", [
    # a colon ends the clause that introduces the quote: its subject, or the name before the colon
    ('Flood relief approved\n\nWhen the dam failed in 1998, Governor Lena Marsh released the following '
     'statement:\n\n"Our thoughts are with every family in the valley."', "Lena Marsh"),
    ('The turnout did not surprise county pollster Ray Okafor: "Early voters always come out first."',
     "Ray Okafor"),
    ('Council clash\n\nAsked about the budget, the mayor said little.\n\nKelly responded with a smile: '
     '"It happens every year."', "Kelly"),
    # a preposition before the name makes it the quote's subject, not its speaker (no speaker
    # is better than the wrong one)
    ('Tess Arlo likes neither candidate. Of Marsh: "I do not believe a word she says."', None),
    ('Tess Arlo called the station. She told Radio Vale: "I will not stand again."', "Tess Arlo"),
    # a party label and describing words before a name: the name
    ('Republican presidential nominee Dana Voss, in two interviews, called the plan "a disaster."',
     "Dana Voss"),
    ('"It was never meant to be," said Democratic political consultant Chris Rowe.', "Chris Rowe"),
    # a possessor and describing words before a name: the name, not the possessor
    ('"This is the first time," said Marsh\'s top policy aide Jake Orton.', "Jake Orton"),
    ('Hillary Marsh\'s campaign manager Robby Dunn said that Voss "lashed out at our generals."',
     "Robby Dunn"),
    # a quote ending in a nested question keeps the cue after it
    ('Flint water\n\n"She asked us, \'What kind of help do you need?\'" Weaver said.', "Weaver"),
    # a place with a comma inside an apposition ("from Sumter, South Carolina") is not the subject
    ('Cruz rally\n\nDean Lowe, a salesman from Sumter, South Carolina, says Cruz will "leave here with '
     'momentum."', "Dean Lowe"),
    ('"We cannot wait," said Ana Ruiz, the director of the Federal Bureau of Investigation, in a statement.',
     "Ana Ruiz"),
    # a surname ending in "-ing" that the story also capitalises mid-sentence is a name, not an opener
    ('Pitcher fired\n\nA screen image showed that Schilling had posted it.\n\nSchilling told WEEI:\n\n'
     '"I am not a bigot and never was."', "Schilling"),
    ('Market day\n\nTraders met on Friday.\n\nSpeaking at the market, Ana Ruiz said prices were "too high."',
     "Ana Ruiz"),
    # ... but not a title after an article ("for the Family")
    ('Plans\n\nThe Shadow Secretary of State for the Family, Tessa Lane, said: "These plans were announced '
     'twice."', "Tessa Lane"),
])
def test_speaker_after_colon_party_label_or_possessor(text, speaker):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert [q.speaker for q in quotes] == [speaker]
