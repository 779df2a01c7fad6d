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
