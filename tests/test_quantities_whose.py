"""Whose number a figure is (issue 11, forty-first round): stories about
several people give each a figure of one kind (two candidates' hauls, two
riders' bans), and every report names them all.  A report that gives a
person a figure of their own keeps that person's name from making another
figure theirs (``quantities.holders``); a subject set off by an apposition
names the figure's clause ("The club's former coach, Marek Doull, has been
banned ..."); and a participle after an amount is its verb, not what it
prices ("the $238 million spent by outside groups"); what one holder
raised is not what it spent; two bodies' decisions ("by the UCI" / "by the
tribunal") are two quantities, and so is what is at stake in two contests
that the clauses do not name.  Every text is
invented for these tests; each quiet case was reported before its change."""

import pytest

from factcheck.quantities.holders import story_people

from .helpers import assert_one_conflict, assert_quiet

QUIET = [
    # the rival's haul is hers in both reports
    ["Tom Ferrick's campaign for Dunlow mayor raised £214,000 in the third quarter, the independent told "
     "supporters, trailing Helen Marchbank's £412,000. The gap will close, said Ferrick.",
     "Helen Marchbank raised £412,000 in the three months to September, the largest haul of the Dunlow "
     "race, her campaign manager said."],
    # one rider's ban against the coach's: a subject set off by an apposition
    ["Ines Farrow and Petra Lund will fight the provisional two-year bans imposed on them by the "
     "federation, the Dunlow club said. Both deny missing tests, said Farrow.",
     "The riders' former coach, Marek Doull, has been banned for four years, the Dunlow club said. "
     "The appeal will be heard in May, said Doull."],
    # a council that must "find" money saves it, finds nothing: its neighbour's saving is not its own
    ["Dunlow District Council needs savings of £4.6 million next year, according to its finance director's "
     "report, while neighbouring Ashby must find £4.1m.",
     "The cuts are deeper than those planned next door, where Ashby Borough Council is looking to save "
     "£4.1 million. Dunlow will also shed 90 posts."],
    # one person's bans by two bodies: the agents of two decisions
    ["The Dunlow riders' coach, Marek Doull, was also banned for two years by the UCI in December. "
     "Doull denies wrongdoing.",
     "Their former coach Marek Doull was banned for four years by the tribunal on Friday. Doull will appeal."],
    # what is at stake in two updates of a live blog, and in all of a night's contests: three contests
    ["Primary night\n\n9:10 p.m.\n\nThe Associated Press has called Dunmore for Ellis. With 107 delegates at "
     "stake, she will win at least 56.\n\n10:40 p.m.\n\nEllis has won Carrow too. With 214 delegates at stake, "
     "Ellis is assured of winning at least 118.",
     "Primary night\n\nThere are 150 delegates at stake in Tuesday night's contests in Dunmore, Carrow and Fell."],
    # one holder's money out and money in
    ["In Dunlow, the Fair Streets PAC spent $1.3 million dollars ahead of the primary, helping the mayor win.",
     "Fair Streets also raised $1 million from Ray Holt, a Dunlow banker who gave large checks to other groups."],
]

MUST_CONFLICT = [
    # what is at stake in one named contest
    ["Primary night\n\nThere are 150 delegates at stake in Tuesday night's contests in Dunmore, Carrow and Fell.",
     "Primary night\n\nThere are 190 delegates at stake in Tuesday night's contests in Dunmore, Carrow and Fell.",
     "190"],
    # the same person's haul, given differently, beside the rival's
    ["Tom Ferrick's campaign for Dunlow mayor raised £214,000 in the third quarter, the independent told "
     "supporters, trailing Helen Marchbank's £412,000.",
     "Ferrick raised nearly £300,000 in the third quarter of the Dunlow race, his treasurer said.",
     "214,000"],
    # two co-defendants' sentences: the ringleader's term conflicts, the co-defendant's figures are his
    # own (a sentence that names one person: its figures are that person's, whatever its commas cut)
    ["Owen Larch, 41, who organised the raid on the Dunlow bridge, was jailed for 30 months on Thursday. "
     "His co-defendant Ben Tully, 29, who drove the van, was given an 18-month sentence, suspended for two "
     "years, and 200 hours of unpaid work. The judge told Larch he had shown no remorse.",
     "The ringleader of the gang that raided the Dunlow bridge, Owen Larch, was jailed for three and a half "
     "years last week. Tully was spared jail, said the court.",
     "30 months"],
    # (found before too: a participle after an amount is no noun, and the amount is still compared)
    ["The Dunlow abbey appeal has raised £2.1 million since March, the trustees said.",
     "The Dunlow abbey appeal has brought in £1.4m since March, the trustees said.",
     "1.4"],
]


@pytest.mark.parametrize("texts", QUIET, ids=[t[0][:40] for t in QUIET])
def test_other_peoples_figures_stay_quiet(texts):
    assert_quiet(texts)


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_persons_figure_conflicts(story):
    assert_one_conflict(story)


@pytest.mark.parametrize("sentence, counts", [
    ("The group's ads came to 11 percent of the nearly $238 million spent by outside groups.", None),
    ("Our Principles PAC spent $1.3 million dollars ahead of the primary.", None),
    ("The board has backed a $2.1 billion takeover by Halcyon Group.", "takeover"),
])
def test_a_participle_after_an_amount_is_no_noun(sentence, counts):
    from factcheck.extract.figures import sentence_figures
    assert [f.counts for f in sentence_figures(sentence) if f.unit == "money"] == [counts]


@pytest.mark.parametrize("texts, people", [
    (["The coach Simon Treece was banned. His team-mate Ellie Varndell received a ban."], {"treece", "varndell"}),
    (["Helen Marchbank raised £412,000. The money will help, said Marchbank."], {"marchbank"}),
    (["Residents of Penhale Cove were cut off. The Brastow Wheelers lost a sponsor, said the Stanway Star."],
     set()),
])
def test_the_storys_people(texts, people):
    assert story_people(texts) == people
