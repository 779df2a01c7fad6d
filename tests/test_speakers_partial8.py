"""Partial-quote speakers, eighth round (issue 10): sentence -> expected speakers.
Written for these tests, not taken from a corpus."""

import pytest

from factcheck.extract import extract
from factcheck.model import Article


def _speakers(text):
    """The speaker of each quote extracted from ``text``, in order."""
    return [q.speaker for q in extract(Article(path="x.txt", content=text + "\n")).quotes]


@pytest.mark.parametrize("text, speakers", [
    # "it" with no organisation that spoke before: the organisation that is its own sentence's subject
    ('The Ostrava Council met on Friday and voted to cut what it called "a bloated budget that nobody needs".',
     ["The Ostrava Council"]),
    ('The Ostrava Council on Friday pledged new funds to end what it described as "years of neglect of the '
     'old town".', ["The Ostrava Council"]),
    # a person is no antecedent of "it"
    ('Tom Lowe met the board on Friday and backed the plan it called "a fair deal for every tenant".', ["it"]),
])
def test_it_resolves_to_its_sentences_organisation_subject(text, speakers):
    assert _speakers(text) == speakers
