"""Figures as news copy writes them that figure extraction once read wrongly
or not at all (issue 11, conflicting-figure recall): a whole number with a
half ("two and a half miles").  Every text is invented for these tests; each
must-conflict case failed before its change, and the quiet and different
cases keep the change from reaching further.  Also a tally with its noun
after the first side ("by 28 votes to 22"), pence ("130p", "310
pence"), money in pounds, and lengths with a glued unit ("a 62m blade",
"the 525ft quay"), with a conversion's rounding between two systems; a hyphen count with
thousands ("a 2,900-tonne quota") and a group's strength ("a 46-strong
fleet")."""

import pytest

from factcheck.extract.figures import sentence_figures
from factcheck.extract.numbers import parse_words

from .helpers import assert_one_conflict, assert_quiet, first_article_quantities


def _figures(sentence):
    return [(f.text, f.value, f.unit, f.counts, f.low, f.high) for f in sentence_figures(sentence)]


@pytest.mark.parametrize("words, value", [
    ("two and a half", 2.5),
    ("one-and-a-half", 1.5),
    ("four and a quarter", 4.25),
    ("two and a half million", 2_500_000.0),
    ("half a million", 500_000.0),
    ("three hundred and twelve", 312.0),
])
def test_number_words_with_a_part(words, value):
    assert parse_words(words) == value


@pytest.mark.parametrize("sentence, figures", [
    ("The ferry now sails two and a half miles further.",
     [("two and a half miles", 2.5, "count", "mile", 2.5, 2.5)]),
    ("Kemp was jailed for three and a half years.",
     [("three and a half years", 3.5, "duration", "year", 3.5, 3.5)]),
    ("Kemp was given a two-and-a-half-year ban.",
     [("two-and-a-half-year", 2.5, "duration", "year", 2.5, 2.5)]),
    ("The tank holds one and a half million litres.",
     [("one and a half million litres", 1_500_000.0, "count", "litre", 1_450_000.0, 1_550_000.0)]),  # as "1.5 million"
    # a multiplier, which the quantity model reads as a ratio, is no count
    ("Nitrate levels reached one and a half times the limit.", []),
])
def test_a_whole_number_and_a_half_is_one_figure(sentence, figures):
    assert _figures(sentence) == figures


@pytest.mark.parametrize("sentence, figures", [
    ("Hallam Foods offered 245p a share.", [("245p", 2.45, "money", "GBP")]),
    ("The offer of 245 pence per share was rejected.", [("245 pence", 2.45, "money", "GBP")]),
    ("A loaf now costs 95p.", [("95p", 0.95, "money", "GBP")]),
    ("The bus fare rose 10p to £1.80.", [("10p", 0.1, "money", "GBP"), ("£1.80", 1.8, "money", "GBP")]),
    # not pence: a video's lines, a time of day
    ("The match is streamed in 1080p.", []),
    ("The polls close at 10p.m. tonight.", []),
])
def test_pence(sentence, figures):
    assert [(f.text, f.value, f.unit, f.currency) for f in sentence_figures(sentence)] == figures


@pytest.mark.parametrize("sentence", [
    "Among the leaders, Ardley Chemicals lost 2p at 1,333 and Pellow Foods 8p at 525.",
    "Marlow Stores gained 10p to 2,560, and Cressley Bank eased 3p to 821.",
])
def test_a_share_move_in_a_market_report_is_no_amount(sentence):
    # one of many prices a market report lists, each its own share's: no money figure
    assert not [f for f in sentence_figures(sentence) if f.unit == "money"]


@pytest.mark.parametrize("sentence, tally", [
    ("The plan was backed by 26 votes to 21.", ("26 votes to 21", 26.0, 21.0)),
    ("The trust board approved the merger by nine votes to three.", ("nine votes to three", 9.0, 3.0)),
    ("Members passed the motion by forty-two votes to twenty-six.", ("forty-two votes to twenty-six", 42.0, 26.0)),
])
def test_a_tally_with_its_noun_after_the_first_side(sentence, tally):
    found = [(f.text, f.value, f.second) for f in sentence_figures(sentence) if f.unit == "tally"]
    assert found == [tally]


@pytest.mark.parametrize("sentence", [
    "Dunmore Labour won 1,200 votes to the Greens' 900.",  # two parties' votes, no one tally
    "She finished 40 votes to the good.",
    "The club needs 30 votes to stay up.",
])
def test_votes_to_a_word_are_no_tally(sentence):
    assert [f for f in sentence_figures(sentence) if f.unit == "tally"] == []


@pytest.mark.parametrize("sentence, figures", [
    ("The 2,400-tonne catch limit was cut.", [("2,400-tonne", 2400.0, "count", "tonne", 2400.0, 2400.0)]),
    ("A 1,250-seat theatre will open.", [("1,250-seat", 1250.0, "count", "seat", 1250.0, 1250.0)]),
    ("The town's 38-strong fishing fleet stayed in port.",
     [("38-strong fishing fleet", 38.0, "count", "vessel", 38.0, 38.0)]),
    ("A 4,000-strong crowd watched the final.", [("4,000-strong crowd", 4000.0, "count", "spectator", 3800.0, 4200.0)]),
    # a workforce's strength stands beside the jobs cut from it: not read
    ("Hallam will cut 80 jobs from its 900-strong workforce.", [("80 jobs", 80.0, "count", "job", 80.0, 80.0)]),
    ("He is strong.", []),
])
def test_hyphen_compounds(sentence, figures):
    assert _figures(sentence) == figures


def _lengths(text):
    return [(q.text, round(q.low, 2), round(q.high, 2), q.measured)
            for q in first_article_quantities(text, "count") if q.noun == "foot"]


@pytest.mark.parametrize("text, lengths", [
    ("A 38m crane toppled onto the Dunmore bypass.", [("38m", 123.03, 126.31, "crane")]),
    ("A 38m-long crane toppled onto the Dunmore bypass.", [("38m", 123.03, 126.31, "crane")]),
    ("The crane was about 38m high.", [("about 38m", 112.2, 137.14, None)]),
    ("The 340ft mast will be taken down.", [("340ft", 339.5, 340.5, "mast")]),
    ("Dunmore's new goalkeeper, 6ft 5in, signed on Friday.", [("6ft 5in", 6.38, 6.46, None)]),
    # a glued "m" that is a million, or a race
    ("Some 38m people watched the final.", []),
    ("Ada Pryce won the 800m final in Dunmore.", []),
    ("The appeal passed the 2m mark on Friday.", []),
    ("Dunmore Council agreed a 38m deal with Hallam Homes.", []),
])
def test_glued_lengths(text, lengths):
    assert _lengths(text) == lengths


MUST_CONFLICT = [
    ["Dunmore surgery\n\nThe Dunmore surgery will close and patients will move to a practice two and a half "
     "miles away.",
     "Dunmore surgery shuts\n\nPatients of the Dunmore surgery will move to a practice four miles away.",
     "mile"],
    ["Quarry thief jailed\n\nRoy Kemp, who stole flagstones from Dunmore quarry, was jailed for two and a half "
     "years on Friday.",
     "Dunmore thief\n\nRoy Kemp was jailed for four years on Friday for stealing flagstones from Dunmore quarry.",
     "year"],
    ["Dunmore pool vote\n\nDunmore councillors voted 24 to 15 to close the pool.",
     "Pool to close\n\nDunmore council backed the closure of its pool by 22 votes to 17.",
     "vote"],
    ["Dunmore bakery bid\n\nHallam Foods has offered 245p a share for the Dunmore Bakery chain, the board said.",
     "Bakery bid\n\nHallam Foods has offered 254 pence a share for the Dunmore Bakery chain, the board said.",
     "245p"],
    ["Dunmore crane\n\nA 38m crane toppled onto the Dunmore bypass on Tuesday, Hallam Builders said.",
     "Crane falls\n\nHallam Builders said a 52-metre crane toppled onto the Dunmore bypass on Tuesday.",
     "38m"],
    ["Dunmore crane\n\nThe 340ft mast on Dunmore Hill will be taken down, the broadcaster said on Tuesday.",
     "Mast to go\n\nThe broadcaster said on Tuesday the 150-metre mast on Dunmore Hill would be taken down.",
     "340ft"],
    ["Dunmore fleet\n\nDunmore's 38-strong fishing fleet stayed in harbour on Monday in protest at the quota cut.",
     "Boats stay in port\n\nA fleet of 52 trawlers stayed in Dunmore harbour on Monday in protest at the quota cut.",
     "38-strong"],
]

QUIET = [
    # "two and a half" is 2.5, not two: the same distance in digits
    ["Dunmore surgery\n\nThe Dunmore surgery will close and patients will move to a practice two and a half "
     "miles away.",
     "Dunmore surgery shuts\n\nPatients of the Dunmore surgery will move to a practice 2.5 miles away."],
    ["Quarry thief jailed\n\nRoy Kemp, who stole flagstones from Dunmore quarry, was jailed for two and a half "
     "years on Friday.",
     "Dunmore thief\n\nRoy Kemp was jailed for 30 months on Friday for stealing flagstones from Dunmore quarry."],
    ["Dunmore pool vote\n\nDunmore councillors voted 24 to 15 to close the pool.",
     "Pool to close\n\nDunmore council backed the closure of its pool by twenty-four votes to fifteen."],
    ["Dunmore bakery bid\n\nHallam Foods has offered 245p a share for the Dunmore Bakery chain, the board said.",
     "Bakery bid\n\nHallam Foods has offered £2.45 a share for the Dunmore Bakery chain, the board said."],
    # a reporter's conversion, rounded: 30ft is 9.1m
    ["Dunmore storm\n\nA 30ft wave swept two walkers off the Dunmore harbour wall on Sunday, coastguards said.",
     "Walkers swept away\n\nTwo walkers were swept off the Dunmore harbour wall by a 10m wave on Sunday."],
    ["Dunmore crane\n\nA 38m crane toppled onto the Dunmore bypass on Tuesday, Hallam Builders said.",
     "Crane falls\n\nHallam Builders said a 38-metre crane toppled onto the Dunmore bypass on Tuesday."],
    # a workforce and the jobs cut from it
    ["Dunmore plant\n\nHallam will cut about 300 jobs at Dunmore, a third of its 900-strong workforce.",
     "Dunmore jobs\n\nHallam, which employs 900 people at Dunmore, will shed 280 jobs there."],
    # two races' lengths, no one length
    ["Pryce double\n\nAda Pryce won the 800m final at Dunmore on Sunday.",
     "Dunmore games\n\nAda Pryce took the 1500m final at Dunmore on Sunday."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_quantities_stay_quiet(texts):
    assert_quiet(texts)
