"""The source-phrase reader of quote speakers (extract/phrases.py), the shared
tokenizer (extract/tokens.py) and the word sets read from data/ (extract/wordsets.py)."""

from __future__ import annotations

import pytest

from factcheck.extract import inverted, phrases, sources, tokens, wordsets
from factcheck.extract.lexicon import read_list


def _before(text, cue):
    return phrases.phrase_before(text, 0, text.index(cue))


def _after(text, cue):
    return inverted.phrase_after(text, text.index(cue) + len(cue), len(text))


@pytest.mark.parametrize("text, cue, want", [
    ("Board chair Marcus Oyelaran said the plan was sound.", " said", ("Marcus Oyelaran", "person")),
    ("Rep. Earl Blumenauer (D-Ore.) said the bill would fail.", " said", ("Earl Blumenauer", "person")),
    ("Simon Rubinsohn, chief economist at Global Insight, said", " said", ("Simon Rubinsohn", "person")),
    ("The vote was close, he added.", "added", ("he", "person")),
    ("The report, published on Monday, said", "said", ("The report", "document")),
])
def test_subject_before_a_cue(text, cue, want):
    got = _before(text, cue)
    assert got is not None and (got[0], got[3]) == want
    assert text[got[1]:got[2]].endswith(got[0].split()[-1])


@pytest.mark.parametrize("text, cue", [
    ("It is said that rents will rise.", "said"),  # a passive: no subject
    ("Then said the clerk.", "said"),  # a sentence opener is no name
])
def test_no_subject_before_a_cue(text, cue):
    assert _before(text, cue) is None


@pytest.mark.parametrize("text, want", [
    ('"It will pass," said Luis Carranza, who chairs the panel.', ("Luis Carranza", "person")),
    ('"No," said the mayor, Dana Whitfield, on Friday.', ("Dana Whitfield", "person")),
    # a title in capitals heads the description as a lower-case noun does
    ('"No," said the town\'s MP, Carys Boyd.', ("Carys Boyd", "person")),
    ('"No," said the firm\'s CEO, Ann Lee, on Monday.', ("Ann Lee", "person")),
    # one role word right after the cue, then a full name
    ('"No," said principal Desmond Achterberg.', ("Desmond Achterberg", "person")),
    ('"No," said housing director Tom Reyes.', ("Tom Reyes", "person")),
    ('"No," said two people familiar with the talks.', ("two people familiar with the talks", "anonymous")),
])
def test_source_after_an_inverted_cue(text, want):
    got = _after(text, "said")
    assert got is not None and (got[0], got[3]) == want


def test_no_source_after_a_cue_followed_by_a_setting():
    assert _after('"No," said in a statement.', "said") is None


def test_leading_subject_of_a_participle_cue():
    text = "He dismissed the report, saying it was wrong."
    assert phrases.leading_subject(text, 0, text.index(", saying"))[::3] == ("He", "person")
    text = "On Friday, Marcus Oyelaran met the board, saying"
    assert phrases.leading_subject(text, 0, text.index(", saying"))[0] == "Marcus Oyelaran"


def test_tokens_split_periods_and_dotted_tokens_keep_them():
    text = "Sen. Jane Doe of the U.S. said."
    assert [t[0] for t in tokens.tokens(text, 0, len(text))][:3] == ["Sen", ".", "Jane"]
    assert "U.S." in [t[0] for t in tokens.tokens(text, 0, len(text))]
    dotted = [t[0] for t in tokens.dotted_tokens(text, 0, len(text))]
    assert dotted[0] == "Sen." and dotted[-1] == "said."
    for tok, start, end in tokens.dotted_tokens(text, 0, len(text)):
        assert text[start:end] == tok


def test_capitalised_word_tests():
    assert tokens.starts_upper("Officials") and not tokens.starts_upper("officials")
    assert not tokens.is_cap("Officials", first=True)  # a common word opening a sentence
    assert tokens.is_cap("Oyelaran", first=True)
    assert not tokens.is_cap("Monday")  # a date is never part of a name


def test_one_pronoun_map_for_both_readers():
    assert set(wordsets.PRONOUNS) == {"he", "she", "i", "it", "they", "we"}
    assert set(wordsets.PRONOUNS.values()) <= {"person", "organisation", "none"}
    text = "She said"
    assert phrases.phrase_before(text, 0, 4)[3] == wordsets.PRONOUNS["she"]
    assert sources.classify(tokens.tokens("it", 0, 2))[0] == wordsets.PRONOUNS["it"]


def test_word_sets_come_from_the_data_files():
    assert wordsets.DETERMINERS == frozenset(read_list("determiners"))
    assert wordsets.TITLES == frozenset(read_list("name_titles"))
    assert all(w == w.lower() for w in wordsets.TITLES | wordsets.COMMON_WORDS)
