"""Two readings for fresh copy (issue 11): "annual" before the figure's own
noun makes a rate ("annual savings of about $60 million" is a year's, as "$95
million a year" is), not before a neighbour ("its annual report shows"); and
infants, babies and newborns are one kind of people."""

import pytest

from tests.helpers import analyse
from factcheck.quantities import describe


@pytest.mark.parametrize("text, rate", [
    ("The merger is expected to bring annual savings of about $40 million.", True),
    ("Officials expect annual costs of $3 million for the new depot.", True),
    ("Its annual report shows losses of $12 million at the depot.", False),
    ("The plant will close in June, with savings of $40 million.", False),
])
def test_annual_names_a_rate(text, rate):
    an = analyse(text)
    q = describe(an, 0, an.figures[0])
    assert any(t == "per:year" for t in q.times) is rate


def test_infants_and_babies_are_one_kind():
    from factcheck.quantities import words
    assert words.same_kind("infants", "infants", "infant", "baby")[0] or words.same_kind(
        *(lambda a, b: (a.what, b.what, a.noun, b.noun))(*[describe(x, 0, x.figures[0]) for x in (
            analyse("Six infants were taken to hospital."), analyse("Eleven babies were taken to hospital."))]))[0]


def test_a_shares_annual_rate_is_no_rate_per_year():
    # "grew at an annual rate of 1.1%" annualises a share; it is no yearly amount
    from tests.helpers import analyse
    from factcheck.quantities import describe

    an = analyse("Output grew at a revised annual rate of 1.1 pct in the fourth quarter.")
    q = describe(an, 0, an.figures[0])
    assert not any(t.startswith("per:") for t in q.times)
