"""folding.folded: a lower-case ASCII pattern matched case-sensitively on
the folded text finds what the IGNORECASE pattern finds on the original."""

import re
import string
import sys

import pytest

from factcheck.extract.folding import FOLDS_TO_ASCII, folded

pytestmark = pytest.mark.slow


def test_fold_exceptions_are_complete():
    odd = set()
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        low = c.lower()
        if len(low) != 1:
            continue
        for letter in string.ascii_lowercase:
            if (re.fullmatch(letter, c, re.IGNORECASE) is not None) != (low == letter):
                odd.add(c)
    assert odd == set(FOLDS_TO_ASCII)


@pytest.mark.parametrize("text, expect_none", [
    ("Officials SPOKE on condition of Anonymity.", False),
    ("Caf\u00e9 price \u00a35", False),
    ("\u0130stanbul officials", True),   # lower() makes two characters
    ("thou\u017fand", True),
    ("D\u0131yarbak\u0131r", True),
])
def test_folded(text, expect_none):
    assert (folded(text) is None) == expect_none


@pytest.mark.parametrize("pattern, text", [
    (r"anonymity|authori[sz]ed|named|fear of", "He was AUTHORISED, not Named, for Fear Of reprisal; \u00a35 anonymity"),
    (r"\bcompared\s+(?:with|to)\b", "Compared With 2003, sales COMPARED to \u00e9t\u00e9"),
])
def test_same_matches(pattern, text):
    low = folded(text)
    assert low is not None
    assert [m.span() for m in re.finditer(pattern, low)] == [m.span() for m in re.finditer(pattern, text, re.I)]


def test_lower_keeps_word_characters():
    # \b and \w see the folded text as they see the original.
    word = re.compile(r"\w")
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        low = c.lower()
        if len(low) == 1:
            assert bool(word.match(c)) == bool(word.match(low)), hex(cp)


@pytest.mark.parametrize("text", [
    "Sales rose 5% Compared With 2003, the Biggest rise EVER recorded; 3,000 Workers",
    "Prices FELL by \u00a35m since last year, more than double the RECORD.",
])
def test_claim_triggers_same_on_folded_text(text, monkeypatch):
    from factcheck.extract import claim_cues

    fast = claim_cues.sentence_triggers(text, 0, len(text))
    monkeypatch.setattr(claim_cues, "_folded_text", lambda t: None)  # force the IGNORECASE patterns
    slow = claim_cues.sentence_triggers(text, 0, len(text))
    assert fast == slow and fast
