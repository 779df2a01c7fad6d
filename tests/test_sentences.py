"""Paragraphs and sentences: abbreviations, quotes, kinds, hidden spans."""

import pytest

from factcheck.model import Article, Span
from factcheck.extract import extract

from .helpers import analyse


def _sentences(text, **meta):
    a = analyse(text, **meta)
    return [(s.kind, text[s.start:s.end]) for s in a.sentences]


def _bodies(text):
    return [t for k, t in _sentences(text) if k == "body"]


SPLITS = [
    # abbreviations that never end a sentence
    ("Sen. Jane Doe met Dr. Alan Roe on Monday. They talked.",
     ["Sen. Jane Doe met Dr. Alan Roe on Monday.", "They talked."]),
    ("The meeting ended at 5 p.m. on Monday. Nobody spoke.",
     ["The meeting ended at 5 p.m. on Monday.", "Nobody spoke."]),
    ("The team was ranked No. 2 in the state. It fell to No. 9 later.",
     ["The team was ranked No. 2 in the state.", "It fell to No. 9 later."]),
    ("He met Gov. Doug Ducey and Rep. Ann Lee. They agreed.",
     ["He met Gov. Doug Ducey and Rep. Ann Lee.", "They agreed."]),
    ("She wrote to John F. Kennedy. He never replied.",
     ["She wrote to John F. Kennedy.", "He never replied."]),
    ("The U.S. Capitol was closed on Friday. Guards stayed.",
     ["The U.S. Capitol was closed on Friday.", "Guards stayed."]),
    ("Mr. and Mrs. J. R. Smith arrived at 10 a.m. Tuesday. Gov. Doug Ducey spoke.",
     ["Mr. and Mrs. J. R. Smith arrived at 10 a.m. Tuesday.", "Gov. Doug Ducey spoke."]),
    ("The company, Acme Inc., grew. Its revenue rose 5.2 percent.",
     ["The company, Acme Inc., grew.", "Its revenue rose 5.2 percent."]),
    # abbreviations that end a sentence before a sentence opener
    ("He lives in Phoenix, Ariz. He said so.", ["He lives in Phoenix, Ariz.", "He said so."]),
    ("Magnus said he would stay in the U.S. He did.", ["Magnus said he would stay in the U.S.", "He did."]),
    # ordinary ends, question and exclamation marks, closing quotes
    ("Is it over? Nobody knows! Wait and see.", ["Is it over?", "Nobody knows!", "Wait and see."]),
    ('"We are done." Then he left.', ['"We are done."', "Then he left."]),
    ("\u2033We are done.\u2033 Then he left.", ["\u2033We are done.\u2033", "Then he left."]),
    ("Prices rose 3.5 percent. Wages did not.", ["Prices rose 3.5 percent.", "Wages did not."]),
    ("Wait for it\u2026 Then it came.", ["Wait for it\u2026", "Then it came."]),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_sentence_split(text, expected):
    assert _bodies(text) == expected


KINDS = [
    ("TUCSON, Ariz. (KOLD News 13) - The chief is out.", ("dateline", "TUCSON, Ariz. (KOLD News 13) -")),
    ("PORT ALDER, Ore. (Ledger) \u2014 The board voted.", ("dateline", "PORT ALDER, Ore. (Ledger) \u2014")),
    ("WASHINGTON (AP) -- The Senate voted on Monday.", ("dateline", "WASHINGTON (AP) --")),
    ("Washington (AFP) \u2013 The Post endorsed her on Thursday.", ("dateline", "Washington (AFP) \u2013")),
    # the day of the report is part of the dateline, never a date of the story
    ("RAVENSBY, May 28 (City Talk Radio) \u2014 Drivers will strike from 19 June.",
     ("dateline", "RAVENSBY, May 28 (City Talk Radio) \u2014")),
    ("KITTERING, 10 Feb (Echo) \u2014 Nurses walked out.", ("dateline", "KITTERING, 10 Feb (Echo) \u2014")),
    ("NEW YORK, Oct. 3 (Reuters) - Stocks fell.", ("dateline", "NEW YORK, Oct. 3 (Reuters) -")),
    ("# Transit board acts\n\nThe board voted on Monday.", ("heading", "# Transit board acts")),
    ("Board asks chief to resign\n\nThe board voted on Monday night.", ("headline", "Board asks chief to resign")),
    ("The board voted.\n\nBy Renata Obi\n\nIt met again.", ("byline", "By Renata Obi")),
]


@pytest.mark.parametrize("text, kind_and_text", KINDS)
def test_sentence_kinds(text, kind_and_text):
    assert kind_and_text in _sentences(text)


def test_a_dateline_is_not_body():
    kinds = dict((t, k) for k, t in _sentences("TUCSON, Ariz. (KOLD) - The chief is out."))
    assert kinds["The chief is out."] == "body"


def test_directive_comment_is_not_a_sentence():
    text = "Text before.\n\n<!-- factcheck: ignore anonymous-source -- cleared -->\nOfficials said it was fine."
    assert _sentences(text) == [("body", "Text before."), ("body", "Officials said it was fine.")]


def test_hidden_spans_are_skipped():
    text = "The board met. SECRET NOTE. It voted."
    start = text.index("SECRET")
    hidden = (Span(start, start + len("SECRET NOTE.")),)
    a = extract(Article(path="x.txt", content=text, hidden=hidden))
    got = [text[s.start:s.end] for s in a.sentences]
    assert got == ["The board met.", "It voted."]
    assert all("SECRET" not in g for g in got)


def test_offsets_are_exact_after_front_matter():
    text = "---\ntitle: Chief out\n---\n\nThe chief is out. He left."
    a = extract(Article(path="x.md", content=text, format="md", body_start=text.index("The")))
    assert [text[s.start:s.end] for s in a.sentences if s.kind == "body"] == ["The chief is out.", "He left."]


def test_a_multi_sentence_quote_is_one_quote():
    text = 'He said: "This is one. This is two. This is three." Then he left.'
    a = analyse(text)
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert text[q.text_start:q.text_end] == "This is one. This is two. This is three."
    assert q.sentence == 0
