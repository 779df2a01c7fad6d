"""Partial-quote speakers, ninth round (issue 10): sentence -> expected speakers.
Written for these tests, not taken from a corpus."""

import pytest

from factcheck.extract import extract
from factcheck.model import Article


def _speakers(text):
    """The speaker of each quote extracted from ``text``, in order."""
    return [q.speaker for q in extract(Article(path="x.txt", content=text + "\n")).quotes]


@pytest.mark.parametrize("text, speakers", [
    # a lone surname is a firm subject for a participle when the story gives the full name
    ('Maria Ortiz spoke at the rally on Friday. On Saturday, Ortiz issued a statement saying that the '
     'judge was "a remarkable person and a brilliant jurist."', ["Maria Ortiz"]),
    # ... but the statement speaks when nothing names the subject elsewhere
    ('On Saturday, Hours issued a statement saying that the judge was "a remarkable person and a '
     'brilliant jurist."', ["a statement"]),
])
def test_participle_subject_a_surname_of_a_name_given_before(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a name after a fronted "Like" / "Unlike" is compared with, not the subject
    ('Tom Lowe met the board on Friday. Like Dunn, Lowe also rejected the plan, arguing that there is '
     '"room for the council to move" on rents.', ["Tom Lowe"]),
    ('Tom Lowe met the board on Friday. Unlike Dunn, Lowe backed the plan, saying it offered "a fair '
     'deal for every tenant."', ["Tom Lowe"]),
    # the person the clause is about, after a verb, is still an object
    ('Tom Lowe met Ana Dunn on Friday, saying she had "a fair deal for every tenant."', ["Tom Lowe"]),
])
def test_a_name_in_a_fronted_comparison_is_no_subject(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a quote between a name's possessive and the noun it fills is the possessor's
    ("Council tax row\n\nIt is the persistent pull of Ortiz's \"no new taxes in this town, ever\" pledge "
     "that worries her party.", ["Ortiz"]),
    # a cue of the sentence still wins
    ("Council tax row\n\nMs Holt dismissed Dunn's \"absurd and reckless and costly\" claim on Tuesday.",
     ["Holt"]),
    # a quote that ends a clause is no possessive's noun ("..., the order said")
    ("Council tax row\n\nThe judge was unmoved. Dunn's \"assertion that the files still have value is "
     "speculative,\" the order said.", ["the order"]),
])
def test_a_quote_filling_a_possessive_is_the_possessors(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a present-tense verb in -s before "that", "to" or a quotation mark ends a determiner subject
    ("Levy row\n\nThe council met on Monday. The Harlow campaign projects that \"imposing a levy of a fraction "
     "of a percent\" on transfers would raise $7 billion a year.", ["The Harlow campaign"]),
    # a plural noun before a relative "that" is no verb: no source noun, no speaker
    ("Levy row\n\nThe council met on Monday. The building projects that \"nobody in the town ever asked "
     "for\" were cancelled.", [None]),
])
def test_a_present_tense_verb_ends_a_determiner_subject(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # a full name before "of"/"from" and a body in lower case: the person speaks
    ('Pat Greene of the GMB union called the decision "a hammer blow to the town".', ["Pat Greene"]),
    ('Ann Lee from the county council said the plan was "a waste of public money".', ["Ann Lee"]),
    # a role before "of" stays the phrase
    ('The director of the local museum said the plan was "a waste of public money".',
     ["The director of the local museum"]),
])
def test_a_person_before_of_and_a_body(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers", [
    # "from the" after a source or person noun continues its description, as "for the" does
    ('A spokesman from the county council said the plan was "a waste of public money".',
     ["A spokesman from the county council"]),
    ('Officials from the county council said the plan was "a waste of public money".',
     ["Officials from the county council"]),
])
def test_from_the_continues_a_source_description(text, speakers):
    assert _speakers(text) == speakers
