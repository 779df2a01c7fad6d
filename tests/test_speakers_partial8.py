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


def _mentions(text):
    """(speaker, the words the speaker mention covers) of each quote."""
    text += "\n"
    return [(q.speaker, text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None)
            for q in extract(Article(path="x.txt", content=text)).quotes]


@pytest.mark.parametrize("text, last", [
    # a quote with no cue, in a later sentence than the quote before it: its own sentence's
    # pronoun or definite description is the mention, standing for the same speaker
    ('Tom Lowe said the plan was "a disgrace to the town." He offered "my thoughts and prayers for all '
     'of the families."', ("Tom Lowe", "He")),
    ('The Ostrava Council confirmed that it was "working on the budget again." The council declined to '
     'give the "specific focus, scope or likely targets."', ("Ostrava Council", "The council")),
    # a description of another class is not the speaker before
    ('Tom Lowe said the plan was "a disgrace to the town." The council declined to give the "specific '
     'focus, scope or likely targets."', ("Tom Lowe", "Tom Lowe")),
    # a quote in the same sentence as the quote before keeps that quote's mention
    ('Tom Lowe said the plan was "a disgrace to the town" and he offered "my thoughts and prayers for '
     'all of the families."', ("Tom Lowe", "Tom Lowe")),
])
def test_a_quote_without_a_cue_takes_its_own_sentences_reference(text, last):
    assert _mentions(text)[-1] == last


@pytest.mark.parametrize("text, speaker", [
    # after an inverted cue, "to" after "close" or a role held toward someone stays in the phrase,
    # as it does before a cue
    ('"The budget is a mess," said a person close to the Ostrava mayor.', "a person close to the Ostrava mayor"),
    ('"The budget is a mess," said a longtime adviser to Mayor Novak, who declined to be named.',
     "a longtime adviser to Mayor Novak"),
    ('"The budget is a mess," said an aide to the mayor.', "an aide to the mayor"),
    # any other "to" still ends the phrase
    ('"The budget is a mess," said a council official to reporters.', "a council official"),
])
def test_to_after_close_or_a_role_stays_in_an_inverted_source(text, speaker):
    assert _speakers(text) == [speaker]
