"""conflicting-figure names the headline's copy of a conflicting figure
(rules/figure_headlines.py).  Articles written for these tests."""

from .helpers import outlet_conflicts

A = ("Nine years for Harlow fraudster\n\n"
     "A Harlow accountant was jailed for nine years at Elmford Crown Court on Friday for stealing "
     "his clients' savings.\n")
B = ("Harlow accountant jailed\n\n"
     "An accountant from Harlow who stole his clients' savings was jailed for seven years at Elmford "
     "Crown Court on Friday.\n")


def _places(f):
    return sorted([(f.path, f.start)] + [(r.path, r.start) for r in f.related])


def test_the_headlines_copy_is_named():
    found = outlet_conflicts(A, B)
    assert len(found) == 1
    head = A.index("Nine years")
    assert ("article1.txt", head) in _places(found[0])
    assert ("article1.txt", A.index("nine years")) in _places(found[0])


def test_no_copy_when_the_headline_gives_another_value():
    other = A.replace("Nine years", "Ten years", 1)
    found = outlet_conflicts(other, B)
    assert len(found) == 1
    assert ("article1.txt", 0) not in _places(found[0])
    assert all(start != other.index("Ten years") for _, start in _places(found[0]))
