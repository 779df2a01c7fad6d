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
