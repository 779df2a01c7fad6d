"""The quantity model, eleventh round (issue 11), from a fresh set of dev
stories.  Every text is invented for these tests; each must-conflict case
failed before its change."""

import pytest

from factcheck.quantities.verbs import base

from .helpers import outlet_conflicts, report_for

def test_a_modal_of_the_main_clause_is_not_the_figures():
    # "will be closed ... after inspectors found 23 cracks": the cracks were found, so
    # the two counts are one quantity for certain (an error), not by elimination (info)
    found = outlet_conflicts(
        "The Harnby flyover will be closed for 14 weeks after inspectors found 23 cracks in its concrete deck.",
        "Inspectors found 9 cracks in the deck of the Harnby flyover, the council's report says.")
    assert [f.severity for f in found] == ["error"], [f.message for f in found]


MUST_CONFLICT = [
    # "runs" after a number is the counted noun, not a verb
    ["Harnby beat Holmby by 47 runs in the county cup final on Saturday.",
     "Harnby won the county cup final by 74 runs against Holmby on Saturday."],
    # "a crowd of N" counts the crowd (spectators), not the clause's subject
    ["Harnby beat Holmby in the county cup final on Saturday in front of a crowd of 6,200.",
     "Harnby won the county cup final against Holmby on Saturday, watched by 4,100 fans."],
    # one fraud in other words ("defrauded" / "conned": the fraud class; "conned" is "con"),
    # and pensioners are people
    ["A Harnby roofer was jailed on Wednesday after a jury found he had defrauded 46 pensioners.",
     "The Harnby roofer conned 29 elderly homeowners, jurors were told during the trial."],
    # "rerouted" / "diverted": one diversion; a bus route is a bus service
    ["Nine bus services will be rerouted while the Harnby flyover is shut for repairs.",
     "While the Harnby flyover is shut for repairs, 14 bus routes will be diverted."],
    # "counted" / "recorded": one tally; "this spring" lies within "this year"
    ["Surveyors at the Harnby marsh nature reserve counted 14 booming males this spring.",
     "Volunteers recorded 41 calling males at the Harnby marsh nature reserve this year, the survey found in June."],
    # a third figure of another happening ("200 workers were evacuated") does not explain the conflict away
    ["About 80 firefighters fought a blaze at the Harnby Coatings factory overnight, and 200 workers were "
     "evacuated from the night shift as drums of solvent exploded.",
     "More than 120 crew members tackled a fire at the Harnby Coatings factory overnight."],
    # "appointed administrators" / "called in administrators": one insolvency's date
    ["The Harnby department store chain appointed administrators on 14 October, leaving 2,000 staff waiting.",
     "The Harnby chain, which called in administrators on 4 October, owes creditors £64 million."],
    # jobs a scheme will create are new ones, as "new posts" are
    ["Harkness Estates, the developer, says the Harnby retail park will create 350 jobs.",
     "Harkness Estates says the Harnby retail park, which it will build on the old dye works, will bring about "
     "200 new posts to the town."],
]


@pytest.mark.parametrize("story", MUST_CONFLICT, ids=[s[0][:40] for s in MUST_CONFLICT])
def test_one_quantity_conflicts(story):
    found = outlet_conflicts(*story)
    assert len(found) == 1, [f.message for f in found]


QUIET = [
    # a rate "of" is no count of rates: two rates of two things
    ["Inflation in Harnby ran at a rate of 1.6% in January.",
     "The Harnby Bank held interest rates at 4.75% on Thursday."],
    # a plain ratio word is as loose as "about": "nearly doubled" / "doubled" agree
    ["Maintenance costs on the Harnby bridge have nearly doubled since 2020.",
     "The Harnby bridge's maintenance costs have doubled since 2020."],
    # a survey's sample is not what it found ("survey" is no tally)
    ["One in 10 adults in Harnby, some 22,000 people, owns a bicycle, according to a survey.",
     "The Harnby survey was conducted in November and involved telephone surveys of 1,324 residents."],
    # two seasons of one year are two moments
    ["Surveyors at the Harnby marsh counted 14 booming males last spring.",
     "Surveyors at the Harnby marsh counted 41 booming males this spring."],
]


@pytest.mark.parametrize("story", QUIET, ids=[s[0][:40] for s in QUIET])
def test_quiet(story):
    assert not outlet_conflicts(*story)


@pytest.mark.parametrize("word,stem", [("conned", "con"), ("planned", "plan"), ("stopped", "stop"),
                                       ("called", "call"), ("passed", "pass"),
                                       ("defrauded", "defraud"), ("stoppages", "stoppage")])
def test_base_undoubles_a_past_tense(word, stem):
    assert base(word) == stem


def test_a_definite_phrase_restates_the_one_figure_that_introduced_its_noun():
    # "a £48 million scheme" ... "The £84 million scheme": the one scheme, two values
    found = report_for("Harnby Estates won consent for the retail park, a £48 million scheme on a former dye works.\n\n"
                       "The £84 million scheme is one of the largest investments in Harnby this decade.").findings
    assert [f.rule for f in found if f.rule == "conflicting-figure"] == ["conflicting-figure"]


def test_no_restatement_when_two_figures_introduced_the_noun():
    found = report_for("Harnby Builders won a £2 million contract in May and a £3 million contract in June.\n\n"
                       "The £5 million contract is its largest.").findings
    assert not [f for f in found if f.rule == "conflicting-figure"]


def test_an_inflection_finds_the_same_class_whatever_was_looked_up_before():
    # "recordings" once found "tally" only after "recording" had been looked up
    # (the remembered inflection was read as a listed word): a story's figures
    # then depended on the stories checked before it in the same process
    from factcheck.quantities.words import _Inflected

    fresh = _Inflected({"record": "tally"})
    warmed = _Inflected({"record": "tally"})
    assert warmed.lookup("recording") == "tally"
    assert fresh.lookup("recordings") == warmed.lookup("recordings")
