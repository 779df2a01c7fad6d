"""sources.name_class: a capitalised name as an organisation (and whether a
news outlet) or a person.  Names invented for these tests."""

import pytest

from factcheck.extract.sources import name_class


@pytest.mark.parametrize("name", ["Harnby Herald", "Melbourne's Herald-Sun", "the Evening Post-Dispatch"])
def test_outlets(name):
    assert name_class(name) == ("organisation", True)


# (an outlet word inside a person's name still reads as an outlet: "Anna Post", "Anna Post-Smith")
@pytest.mark.parametrize("name", ["Ruth Calloway", "Anna Hale-Smith"])
def test_people(name):
    assert name_class(name)[0] == "person"


@pytest.mark.parametrize("phrase,cls", [
    # "X and Y <body word>" is one body's name (Reuters-21578 dev: "the government's Management
    # and Coordination Agency said" read as a person, "Management")
    ("the government's Planning and Statistics Agency", "organisation"),
    ("the Norland Census and Statistics Department", "organisation"),
    ("Harker and Webb Co Inc", "organisation"),
    # a named one and others: the named one leads
    ("Ruiz and her aides", "person"),
    ("Ruiz and Calloway", "person"),
])
def test_a_name_joined_by_and(phrase, cls):
    from factcheck.extract.sources import classify
    from factcheck.extract.tokens import tokens
    assert classify(tokens(phrase, 0, len(phrase)))[0] == cls
