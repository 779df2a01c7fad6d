"""House style read alike in quotes (issue 11, part 5)."""

import pytest

from factcheck.extract.wording import canonical, spelling
from factcheck.rules.quote_variant import compare


def _words(text):
    return [t[0] for t in canonical([(w.lower(), w, 0, 0) for w in text.split()])]


@pytest.mark.parametrize("a, b", [
    ("tyres", "tires"), ("organise", "organize"), ("organised", "organized"), ("colour", "color"),
    ("centre", "center"), ("metres", "meters"), ("catalogue", "catalog"), ("travelled", "traveled"),
    ("defence", "defense"),
])
def test_spellings_read_alike(a, b):
    assert spelling(a) == spelling(b)


@pytest.mark.parametrize("a, b", [("filed", "filled"), ("hour", "her"), ("tour", "tor"), ("prize", "price")])
def test_different_words_stay_different(a, b):
    assert spelling(a) != spelling(b)


@pytest.mark.parametrize("a, b", [
    ("we found twelve cracks", "we found 12 cracks"),
    ("a twenty-five year wait", "a 25 year wait"),
    ("three hundred and twelve homes", "312 homes"),
    ("rates rose 4 per cent", "rates rose 4"),
    ("rates rose 4 percent", "rates rose 4"),
    ("some 1,200 homes", "some 1200 homes"),
])
def test_numbers_read_alike(a, b):
    assert _words(a.replace("-", " ")) == _words(b)


def test_two_numbers_stay_two():
    assert _words("two three") == ["2", "3"]


@pytest.mark.parametrize("a, b", [
    ("We have had eleven breakdowns this year alone, and each one strands people.",
     "We have had 11 breakdowns this year alone, and each one strands people."),
    ("The level has dropped two metres since June, and it is still dropping.",
     "The level has dropped two meters since June, and it is still dropping."),
    ("We will organise new tyres for every bus in the fleet.",
     "We will organize new tires for every bus in the fleet."),
    ("Prices went up 4 per cent and nobody told the tenants.",
     "Prices went up 4% and nobody told the tenants."),
])
def test_house_style_is_not_a_variant(a, b):
    assert compare(a, b) is None


@pytest.mark.parametrize("a, b", [
    ("Riders should not have to pay for this dispute, and we are sorry.",
     "Riders should not have to play for this dispute, and we are sorry."),
    ("We found twelve cracked bearings and none is close to failing.",
     "We found twenty cracked bearings and none is close to failing."),
])
def test_changed_words_are_variants(a, b):
    assert compare(a, b) is not None
