"""The vague-attribution rule: agentless and collective wording, kept apart
from the sources a reporter withheld (anonymous-source)."""

import pytest

from .helpers import report_for


def _rules(text):
    return [(f.rule, f.severity, f.data.get("kind")) for f in report_for(text).findings
            if f.rule in ("vague-attribution", "anonymous-source")]


@pytest.mark.parametrize("text,kind", [
    ("It is believed that the company will close the plant.", "agentless passive"),
    ("The fund is widely seen as the favourite to win the contract.", "agentless passive"),
    ("The striker is said to be unhappy at the club.", "agentless passive"),
    ("The mayor reportedly sold his stake last spring.", "hedging adverb"),
    ("Press reports suggest the factory will close.", "unnamed reports"),
    ("Critics say the new fare system is confusing.", "collective source"),
    ("Some economists predict a recession next year.", "collective source"),
    ("Observers said the vote was a setback for the party.", "collective source"),
    ("Many believe the stadium will be sold.", "collective source"),
    ("A panel of experts said gaming was changing.", "collective source"),
    ("Many conservatives have said they will not vote for him.", "collective source"),
    ("Several Democrats cautioned against drawing lessons from the vote.", "collective source"),
    ("It emerged on Tuesday that the council had overspent.", "agentless wording"),
    ("The plan was unveiled to much criticism from parents.", "agentless wording"),
])
def test_vague_wording_is_vague_attribution_not_anonymous_source(text, kind):
    assert _rules(text) == [("vague-attribution", "warning", kind)]


@pytest.mark.parametrize("text,source", [
    ("A senior official said the talks had stalled.", "A senior official"),
    ("Two people familiar with the matter said the deal was close.", "Two people familiar with the matter"),
    ("Three teachers, who asked not to be named, said the exams had leaked.", "Three teachers"),
    ("One analyst said the shares were overvalued.", "One analyst"),
    ("Analysts, who asked not to be named, said the shares were overvalued.", "Analysts"),
])
def test_withheld_sources_stay_anonymous_source(text, source):
    found = [f for f in report_for(text).findings if f.rule in ("vague-attribution", "anonymous-source")]
    assert [(f.rule, f.data["source"]) for f in found] == [("anonymous-source", source)]


@pytest.mark.parametrize("text", [
    "The firm sold a supposedly secure router.",
    "Analysts at Barclays said the shares were overvalued.",
    '"Some people say the plan is dead," Ruiz said.',
    "Organisers said 40,000 people attended.",
    "The aides, led by campaign manager Terry Sullivan, told donors they would lose Iowa.",
    "Mayor Ana Ruiz said the stadium would be sold.",
    "Team Trump reportedly wants a boxer at the convention https://t.co/abc \u2014 Jo (@jo) June 28, 2016",
    # issue 12: a named leader and "others"
    "Edwards and others said they could not support the senator.",
    # a survey's respondents; a named man after a title; a description that is the topic
    "Many of those questioned said they liked their phone. Some of those questioned said they would switch.",
    "A London paper quoted Mr Clarke telling party activists at a meeting in Leeds that he wanted Britain to "
    "offer refuge.",
    'The actress opened up about being described as a "real woman" in a blog.',
    # people taking part in the event
    "To get their votes, participants said, the party must close the detention centres.",
    "Protesters said the plan would ruin the park.",
])
def test_not_flagged(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text", [
    "He was widely regarded as one of the finest tenors of his generation.",
    "Her Giselle is still considered to be among the finest ever.",
    "The man allegedly stole a car.",
])
def test_reputation_and_legal_caution_are_information(text):
    assert _rules(text) == [("vague-attribution", "info", _rules(text)[0][2])]


def test_one_finding_per_source():
    found = [f for f in report_for("Critics have complained and said the plan is too costly.").findings
             if f.rule == "vague-attribution"]
    assert len(found) == 1


def test_others_after_a_crowd_stay_vague():
    assert [r for r, _, _ in _rules("Many voters and others said they could not support her.")] == [
        "vague-attribution"]


def test_unnamed_advisers_are_withheld_not_vague():
    found = _rules("Campaign advisers say any efforts to push him out could backfire.")
    assert [r for r, _, _ in found] == ["anonymous-source"], found


def test_an_agentless_passive_stays_vague():
    found = _rules("The deal is being described as the biggest of the year.")
    assert [r for r, _, _ in found] == ["vague-attribution"], found


# A hedge on a named speaker's verb marks a relayed report of a named source.
@pytest.mark.parametrize("text", [
    "He was found guilty on a second count, Attorney General Jerry Kilgore reportedly said.",
    "The mayor reportedly told aides he would quit.",
])
def test_a_hedge_on_a_named_speaker_is_not_vague(text):
    assert [r for r in _rules(text) if r[0] == "vague-attribution"] == []


# info, not a warning: a plain-text title line (the body gives the source); an electorate
# speaking after the story mentions a poll (the poll's respondents)
@pytest.mark.parametrize("text", [
    "Mayor Reportedly Caught In Another Expenses Scandal.\n\nThe mayor claimed for a second home, "
    "the Daily Post said on Monday.",
    "An exit poll was taken in five states on Tuesday.\n\nDemocratic voters in all five states see "
    "Ruiz as the stronger candidate.",
])
def test_titles_and_poll_respondents_are_information(text):
    assert [r[1] for r in _rules(text) if r[0] == "vague-attribution"] == ["info"]


@pytest.mark.parametrize("text", [
    "The mayor reportedly sold his stake last spring.",
    # no poll mentioned: a crowd of voters credited with a view
    "Democratic voters in all five states see Ruiz as the stronger candidate.",
    # party politicians, not respondents, even after a poll
    "An exit poll was taken on Tuesday.\n\nSeveral Democrats cautioned against reading too much into it.",
])
def test_hedges_and_crowds_without_those_stay_warnings(text):
    assert [r[1] for r in _rules(text) if r[0] == "vague-attribution"] == ["warning"]


# issue 12, eighth pass: a relaying hedge after a named outlet in its paragraph carries on that
# outlet's report (info); not across a paragraph, not a named company's statement (an outlet named just after:
# tests/test_vague_relays_after.py)
@pytest.mark.parametrize("text,severity", [
    ("According to the Times, the minister plans to resign. He is said to be furious.", "info"),
    ("The Daily Post reported that the plant will close. The owners reportedly want to sell the site.", "info"),
    ("According to the Times, the minister plans to resign.\n\nHe is said to be furious.", "warning"),
    # the outlet named in the next sentence: attribution next door (info since the blind dev re-judgement, which
    # judged every such dev warning a false alarm; a warning before it, round 13)
    ("Talks went on all day. The minister is said to be furious. According to the Times, he plans to resign.",
     "info"),
    ("Lloyds said profits rose. The bank is said to be planning job cuts.", "warning"),
    ("According to the Times, the minister plans to resign. He is thought to be furious.", "warning"),
])
def test_a_relaying_hedge_after_a_named_outlet(text, severity):
    assert [(f.rule, f.severity) for f in report_for(text).findings if f.rule == "vague-attribution"] == [
        ("vague-attribution", severity)]


# the members or the leadership of a body named in the phrase: the named body speaks
@pytest.mark.parametrize("text,flagged", [
    ("The talks went on, and Verizon executives said the strike had affected customers.", False),
    ("Opec members said on Tuesday that it saw no reason to cut output. The cartel meets in Vienna, where "
     "Opec ministers spoke.", False),
    ("Some Opec members said a cut in output was unlikely.", True),
    ("Company executives said the plan would work.", True),
    ("Labor leaders point out that the senator could draw votes.", True),
])
def test_a_named_bodys_members(text, flagged):
    assert bool([f for f in report_for(text).findings if f.rule == "vague-attribution"]) is flagged


# "if it is held, as expected, on 5 May": the election takes place, no hearsay
@pytest.mark.parametrize("text,flagged", [
    ("Voters must register by Friday to vote in the election if it is held, as expected, on 5 May.", False),
    ("The plan, it is thought, will cost more.", True),
    ("If it is thought that the plan will fail, the board will act.", True),
])
def test_a_real_it_subject_is_no_hearsay(text, flagged):
    assert bool([f for f in report_for(text).findings if f.rule == "vague-attribution"]) is flagged


# issue 12, ninth pass: a verb that governs only a prepositional phrase reports no claim: an action or
# a practice ("responded with chants", "are typically reported in broad ranges"); a claim after the
# phrase, a verb that takes a bare clause, or a source after "as" stays
@pytest.mark.parametrize("text,flagged", [
    ("Her supporters cheered. Many supporters responded with chants of her name until she spoke.", False),
    ("Gifts to the charity are typically reported in broad ranges, not exact sums.", False),
    ("A large share of the refugees admitted to the United States have been Christian.", False),
    ("But when some of his other interns did complain, in 2014, they went to their college.", False),
    ("Critics responded with a warning that the plan would fail.", True),
    ("Analysts said on Tuesday the firm would close two plants.", True),
    ("It is reported in the press that the plant will close.", True),
    ("Many fans complained on Twitter that the show was too long.", True),
    ("The striker is not as badly hurt as some reports have suggested after the attack.", True),
    ("Fans have speculated about a new phone.", True),
])
def test_a_verb_with_only_a_phrase_reports_no_claim(text, flagged):
    assert bool([f for f in report_for(text).findings if f.rule == "vague-attribution"]) is flagged


# issue 12, ninth pass: part of a group the story knows (a partitive of a definite, possessive or pronoun
# group) tells of itself: information; not a crowd of commentators, not a bare collective
@pytest.mark.parametrize("text,severity", [
    ("The skaters meet each week. Some of the women said they had spoken out at council hearings.", "info"),
    ("Thousands came to the rally. Many in the crowd said the senator was the only candidate they trusted.", "info"),
    ("Many of you have noted the difference between the two parties.", "info"),
    ("Some of her supporters said the race was already lost.", "warning"),
    ("Some of the analysts said the shares were cheap.", "warning"),
    ("Some women said they had spoken out at council hearings.", "warning"),
])
def test_part_of_a_known_group_is_information(text, severity):
    assert [f.severity for f in report_for(text).findings if f.rule == "vague-attribution"] == [severity]


# issue 12, ninth pass: "what X call Y" that names a term (a gloss in parentheses, a profession's term of
# art) is a definition; a characterisation by critics stays
@pytest.mark.parametrize("text,flagged", [
    ("Both plans move toward taxing consumption (what economists call spending) and away from income.", False),
    ("He had what doctors call a silent stroke.", False),
    ("The council approved what critics call a land grab.", True),
])
def test_what_a_profession_calls_a_term_is_a_definition(text, flagged):
    assert bool([f for f in report_for(text).findings if f.rule == "vague-attribution"]) is flagged


# issue 12, ninth pass: a named source cited in an "as" aside with a reporting verb is another outlet's
# report, whatever the name is classed as: a relaying hedge after it in its paragraph is information
@pytest.mark.parametrize("text,severity", [
    ("As The Hill reported, the senator was accused of breaking the rules. He reportedly refused to leave.",
     "info"),
    ("As the Ledger first revealed, the mill will close. Its owners are said to want to sell the site.", "info"),
    ("The senator was accused of breaking the rules. He reportedly refused to leave.", "warning"),
    ("As Lloyds expected, profits rose. The bank is said to be planning job cuts.", "warning"),
])
def test_a_relaying_hedge_after_an_as_reported_aside(text, severity):
    assert [f.severity for f in report_for(text).findings if f.rule == "vague-attribution"] == [severity]


# issue 12, ninth pass: agentless wording about an open question credits no claim
@pytest.mark.parametrize("text,flagged", [
    ("There has been much speculation in the weeks before the debate as to whether the host will challenge "
     "the candidates.", False),
    ("There has been much speculation over whether the club will sell its striker.", False),
    ("There has been much speculation that the club will sell its striker.", True),
])
def test_wording_about_an_open_question_is_no_claim(text, flagged):
    assert bool([f for f in report_for(text).findings if f.rule == "vague-attribution"]) is flagged


# issue 12, ninth pass: a view whose holders the same sentence counts as a poll's respondents: information
@pytest.mark.parametrize("text,severity", [
    ("The mayor is seen as far more capable of handling crime than her rival - 60 percent of voters said she "
     "would do better.", "info"),
    ("The mayor is seen as far more capable of handling crime than her rival.", "warning"),
])
def test_a_view_counted_by_a_poll_is_information(text, severity):
    assert [f.severity for f in report_for(text).findings if f.rule == "vague-attribution"] == [severity]


def test_a_share_without_a_count_is_no_poll():
    text = "The mayor is seen as more capable, and most of the council said she would win."
    assert [f.severity for f in report_for(text).findings if f.rule == "vague-attribution"] == ["warning"]


# issue 12, ninth pass: a source the phrase identifies: a named outlet inside it, reports of a named body
@pytest.mark.parametrize("text,flagged", [
    ("According to White House pool reports, the president spoke for ten minutes.", False),
    ("The number of people The Washington Post reported she is vetting to be her running mate.", False),
    ("According to UK media reports, the president spoke for ten minutes.", True),
    ("Initial reports suggested the bomb threat was a hoax.", True),
    ("Chinese state press reports said the mine had flooded.", True),
])
def test_a_source_the_phrase_identifies(text, flagged):
    assert bool([f for f in report_for(text).findings if f.rule == "vague-attribution"]) is flagged


# issue 12, ninth pass: a plural before a singular verb is inside the real subject, no crowd
@pytest.mark.parametrize("text,flagged", [
    ("A look at the candidate's airplanes and helicopters suggests that their value is mostly for show.", False),
    ("Critics suggest that the value of the planes is mostly for show.", True),
    ("Analysts say the planes are worth less than claimed.", True),
])
def test_a_plural_before_a_singular_verb_is_no_crowd(text, flagged):
    assert bool([f for f in report_for(text).findings if f.rule == "vague-attribution"]) is flagged
