"""Shortcuts taken for speed give the same answers as the plain tests."""

import pytest

from factcheck.extract import figures


@pytest.mark.parametrize("tail", [
    "", "the No. ", "Route", "Metroroute ", "its category  ", "a categoryx", "Volume\n", "v. ",
    "x#", "# ", "number\u00a0\u00a0", "long text before the page ", "PAGE", "chapter 3 and", "subcategory ",
])
def test_ident_before_matches_the_regex(tail):
    assert figures._ident_before(tail) == (figures._IDENT_BEFORE.search(tail) is not None)
