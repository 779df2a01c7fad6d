"""anonymous-source, read off the blind dev re-judgement (issue 12): sources
the story names next door, and people who are part of the event."""

import pytest

from .helpers import report_for


def _raised(text):
    """The source words of the anonymous-source findings at warning or above."""
    return [text[f.start:f.end] for f in report_for(text).findings
            if f.rule == "anonymous-source" and f.severity in ("warning", "error")]


# the person named as the speaker in the next sentences is the unnamed source (rules/anonymous_nextdoor.py)
@pytest.mark.parametrize("text,raised", [
    # the name's apposition repeats the role, with dashes, three sentences on
    ('The port sale was rushed, the minister said. Last month another senior policy adviser called the sale '
     '"a giveaway". The terminal had been sold for $2m. Its buyer resold it within a week. "It was theft," '
     'Marta Kovac - then policy adviser to the prime minister - told a news conference.', []),
    # a different role in the apposition: still withheld
    ('The port sale was rushed, the minister said. Last month another senior policy adviser called the sale '
     '"a giveaway". The terminal had been sold for $2m. Its buyer resold it within a week. "It was theft," '
     'Marta Kovac - then mayor of the port town - told a news conference.', ["another senior policy adviser"]),
    # the named person's surname is in the name of the family firm the source belongs to
    ('The bakery chain is up for sale. Its owner has run it since 1990. It has 40 shops. But one of the two sisters behind the Orlow Group said the firm had '
     'also held talks with the founder. "We want to keep him," Nina Orlow told the Daily Post.', []),
    ('The bakery chain is up for sale. Its owner has run it since 1990. It has 40 shops. But one of the two sisters behind the Orlow Group said the firm had '
     'also held talks with the founder. "We want to keep him," Nina Brandt told the Daily Post.',
     ["one of the two sisters behind the Orlow Group"]),
    # a live-blog item's lede, its speaker named next by "spoke to reporters"
    ('Ferry strike: live updates.\n\n9:15 a.m.\n\nA senior union adviser says the strike could end by '
     'Friday.\n\nTomas Berg spoke to reporters after a meeting with the ferry company.', []),
    # a plain plural, the named head of the agency quoting next
    ('Jobless claims fell in May. But officials said slow growth still held back hiring. "Demand is '
     'recovering," said Ines Moreau, head of the Labour Office, in a statement.', []),
    # ... or two sentences on, after "they also"; a title before the name
    ('Inspectors have visited the dairy farm. Officials claim that the owner lacks a valid licence. They '
     'also allege that part of the land lies idle. "The records do not match," state inspector Paul Dunne '
     'told the Daily Post.', []),
    # a named member quoting next, without a role: the plural stays withheld
    ('Jobless claims fell in May. But officials said slow growth still held back hiring. "Demand is '
     'recovering," said Ines Moreau.', ["officials"]),
    # a source marked as withheld stays flagged whoever speaks next
    ('Jobless claims fell in May. But sources said slow growth still held back hiring. "Demand is '
     'recovering," said Ines Moreau, head of the Labour Office, in a statement.', ["sources"]),
])
def test_a_source_named_next_door_is_not_withheld(text, raised):
    assert _raised(text) == raised


# people who are part of the event, or act on the record (rules/anonymous_event.py)
@pytest.mark.parametrize("text,raised", [
    # an adverb of record: the accusation is public, whoever made it
    ("Three suspects were held on Monday. State officials have formally accused the company of dumping "
     "waste in the river.", []),
    ("Three suspects were held on Monday. State officials have accused the company of dumping waste in "
     "the river.", ["State officials"]),
    # one voice of a scene, the people around it quoted by name
    ('Six students came to the first meeting. "What do you think of the mayor?" Ana Ruiz asked. '
     '"I abstain," Tom Reyes said. "I\'m not sure about all his plans, but I\'m voting for him," one said.', []),
    ('Six students came to the first meeting. The room was half empty. The posters were new. '
     '"I\'m not sure about all his plans, but I\'m voting for him," one said.', ["one"]),
])
def test_people_in_the_event_are_not_withheld_sources(text, raised):
    assert _raised(text) == raised


# issue 12: officials of the body quoted just before; a named member "for example" three sentences on
@pytest.mark.parametrize("text,raised", [
    ('Bills are due in May. A Water Board spokeswoman said: "Bills will rise. Please check your account." '
     'Customers must reapply for the discount by June, officials have stressed.', []),
    ('Bills are due in May. Nobody has been told why. The letters went out late. '
     'Customers must reapply for the discount by June, officials have stressed.', ["officials"]),
    # the member's title read as a body's name: the sentence's opening name still speaks
    ("The rallies help him in nearby counties too, according to many local GOP officials. His visits draw "
     "regional television. Crowds travel from the suburbs. Lake County GOP Chairman Jo Reyes, for example, "
     "said the visit would lead the news all weekend.", []),
    ("The rallies help him in nearby counties too, according to many local GOP officials. His visits draw "
     "regional television. Crowds travel from the suburbs. Lake County GOP Chairman Jo Reyes said the "
     "visit would lead the news all weekend.", ["many local GOP officials"]),
])
def test_a_body_or_member_quoted_around_names_the_officials(text, raised):
    assert _raised(text) == raised


# issue 12: "when a minister says": anybody of that kind in a general statement, a hypothetical person
@pytest.mark.parametrize("text,raised", [
    ("The debate has turned. It gets your attention when a senior official says the recession is over. It "
     "matters more when that official runs the treasury.", []),
    ("The debate has turned. It got our attention. A senior official says the recession is over.",
     ["A senior official"]),
])
def test_a_person_in_a_general_when_clause_is_hypothetical(text, raised):
    assert _raised(text) == raised
