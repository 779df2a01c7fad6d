"""unsourced-claim severity: likely worth raising (warning) or information (info)."""

import re

import pytest

from .helpers import analyse, report_for


def _levels(text, **meta):
    return [(f.severity, f.data.get("why")) for f in report_for(text, **meta).findings if f.rule == "unsourced-claim"]


@pytest.mark.parametrize("text", [
    "The number of illegal crossings at the border is at an all-time high.",
    "Hospital admissions fell for the first time since 2019.",
    "The county now has more homeless residents than any other in the region.",
    "Rents have doubled since 2015 because of a shortage of new housing.",
    "About 120,000 people are expected to attend the show.",
    "Inflation in the region is estimated at about 2.3% in December.",
    "The concert drew a huge crowd, with some estimates putting the attendance at 200,000.",
])
def test_likely_claims_are_warnings(text):
    assert [s for s, _ in _levels(text)] == ["warning"], _levels(text)


@pytest.mark.parametrize("text,why", [
    # a bare statistic
    ("Ridership topped 40 million trips last year.", "points (warning from"),
    # matters of record
    ("Shares in the firm have fallen to a 10-year low.", "matter of record"),
    ("The copper price reached a 16-year high in October.", "matter of record"),
    ("The broadcaster was fined a record $550,000 by regulators.", "matter of record"),
    # a company's reported results, however the results are described
    ("Qantas has posted a record fiscal first-half profit thanks to cost-cutting.", "matter of record"),
    # market reports (Reuters-21578 dev): an index or average's level, bill rates, yields, volumes traded
    ("The composite index hit a record 405.13 early last week.", "matter of record"),
    ("The three-month Treasury bill rate rose to a record six pct this week.", "matter of record"),
    # "officially estimated": the estimate's author is named by its adverb (Reuters-21578 dev)
    ("Output in 1986 is officially estimated at 2.016 million tonnes against 1.728 million in 1985.",
     "points (warning from"),
    # a schedule, not a figure
    ("The new show is expected to begin in February.", "points (warning from"),
    # the subject is the source
    ("Lloyds Bank set a record for mortgage lending in the first quarter.", "subject is the source"),
])
def test_unlikely_claims_are_information(text, why):
    found = _levels(text)
    assert [s for s, _ in found] == ["info"], found
    assert why in found[0][1]


def test_a_lede_sourced_by_the_next_sentence_is_information():
    text = ("Sales of the console have doubled since the spring.\n\n"
            "The figures were published by the trade body Ukie on Monday, its chief executive Jo Twist said.")
    assert _levels(text)[0][0] == "info"


def test_a_sentence_continuing_a_named_poll_is_information():
    text = ("A survey by Acme Research found that 40% of voters backed the plan.\n\n"
            "The mayor spoke on Monday.\n\n"
            "In the poll, support for the mayor has risen to an all-time high.")
    found = _levels(text)
    assert found and found[-1][0] == "info", found


def test_reviews_and_match_reports_are_information():
    review = ("I went to the opening night. You will not regret the ticket, I promise.\n\n"
              "It is the best show the theatre has staged for the first time since 1990, and my favourite.")
    assert {s for s, _ in _levels(review)} == {"info"}
    match = ("The striker scored twice before half-time and the goalkeeper saved a penalty.\n\n"
             "It was the first time in 11 years the side had reached the semi-final of the tournament.")
    assert {s for s, _ in _levels(match)} == {"info"}


def test_credit_lines_are_not_claims():
    assert _levels("Jane Doe contributed to this report.") == []
    assert _levels("Jane Doe in Washington and John Roe in London contributed reporting.") == []


def test_background_brought_in_by_this_comes_as_is_not_sourced_next_door():
    text = ("The commissioner is being forced out of his job.\n\n"
            "This comes as the number of illegal crossings at the border is at an all-time high.\n\n"
            "In a statement, the commissioner said he was not going anywhere.")
    assert [s for s, _ in _levels(text)] == ["warning"], _levels(text)


_LEAD = "Mortgage approvals rose in December, according to lending figures from the central bank.\n\n"
_LATER = ("Buyers returned after the holidays. The average deposit was steady.\n\n"
          "Approvals in the north rose to a four-year high of 21,000.")


def test_figures_after_a_lead_crediting_a_release_are_information():
    """JUDGING.md: attribution in the story's lead for the same release."""
    assert [s for s, _ in _levels(_LEAD + _LATER)] == ["info"]
    assert [s for s, _ in _levels(_LATER)] == ["warning"]  # the same claim with no such lead


_WIRE_LEAD = ("Inflation in Norland should slow next year and the trade deficit narrow, the Norland "
              "Institute of Economic Research said.\n\n")
_WIRE_LATER = ("Wages rose steadily through the autumn.\n\n"
               "The current account deficit is forecast to shrink to 1.3 billion crowns next year from 2.4 billion.")


def test_estimates_after_a_lede_crediting_a_named_body_are_information():
    """Wire copy (Reuters-21578 dev): a story whose first sentence credits a named body is that
    body's account; its later agentless forecasts are the body's, a paragraph or two on."""
    assert [s for s, _ in _levels(_WIRE_LEAD + _WIRE_LATER)][-1] == "info"
    assert [s for s, _ in _levels(_WIRE_LATER)][-1] == "warning"  # the same forecast with no such lede
    withheld = "Inflation in Norland should slow next year and the trade deficit narrow, trade sources said.\n\n"
    assert [s for s, _ in _levels(withheld + _WIRE_LATER)][-1] == "info"


# Issue 12, dev classes of false alarms (invented sentences)
@pytest.mark.parametrize("text,why", [
    # matters of record: results, ratings, past elections, records of their day, donors, known history
    ("Steelmakers have been enjoying record profits as demand has risen.", "matter of record"),
    ("This compared with a record 62.2% of the TV audience last February.", "matter of record"),
    ("Norway has been the most successful country in the contest's history with seven victories.", "matter of record"),
    ("The state has not voted for the Democratic nominee in a general election in decades.", "matter of record"),
    ("The film made over $60m worldwide - a record for independent film at that time.", "matter of record"),
    ("Ms Reyes was the biggest donor to the campaign.", "matter of record"),
    ("Debt rose as a result of the worst recession in decades.", "matter of record"),
    # an evaluative record word with no figure, and its litotes
    ("Meanwhile, the senator's support for the cause is unprecedented.", "evaluative"),
    ("Historically, it is not unprecedented for agencies to leak fake reports.", "evaluative"),
    # "the second half of July" is a date: what is left is a schedule
    ("The birth is expected to coincide with the party conventions in the second half of July.", "points (warning from"),
])
def test_issue12_unlikely_classes_are_information(text, why):
    found = _levels(text)
    assert [s for s, _ in found] == ["info"], found
    assert why in found[0][1], found


@pytest.mark.parametrize("text", [
    # a lede whose source is two sentences on
    "Donors shift\n\nWomen are giving to campaigns more than ever before.\n\nThe change is at every level.\n\n"
    "Some 43% of gifts came from women, according to an analysis by Crowdpac.",
    # a story whose lead names the list its figures come from
    "Band boss tops rich list\n\nProducer Jo Reyes is the highest new entry in the Sunday Times' music rich list, "
    "with a £67m fortune. She is at number 31 on the music rich list.\n\nBut taking the top spot for a second "
    "year is label boss Tom Bryce, whose wealth has risen to £1.3bn.",
])
def test_issue12_sources_next_door_make_information(text):
    assert "warning" not in [s for s, _ in _levels(text)], _levels(text)


@pytest.mark.parametrize("text", [
    # an agentless forecast of a figure outweighs a named source next door (fitted points: +2 +2
    # against -2), so these two, information under the earlier decision list, are warnings
    "The average home has 600 digital photos estimates the Consumer Electronics Association. "
    "This is expected to grow to 3,420 images in five years.",
    # a named release in another paragraph does not source a new lede two paragraphs on
    "Donors shift\n\nWomen are giving to campaigns more than ever before.\n\nThe change is at every level.\n\n"
    "Turnout was low.\n\nSome 43% of gifts came from women, according to an analysis by Crowdpac.",
])
def test_issue12_still_warnings(text):
    assert "warning" in [s for s, _ in _levels(text)], _levels(text)


@pytest.mark.parametrize("text", [
    # on the dev judgements a settled change (2 TRUE / 10 FALSE) or a ranking stated as fact
    # (2 / 7) is not worth raising on its own: the fitted table gives them no points of their own
    "The city's murder rate is now the highest in the state.",
    "Unemployment is now the highest since the Great Depression.",
    "Profits at the chain have doubled since 2019.",
    "Sales have halved since the first half of 2019.",
])
def test_a_bare_change_or_ranking_is_information(text):
    assert [s for s, _ in _levels(text)] == ["info"], _levels(text)


def test_the_points_table_names_only_known_properties():
    from factcheck.extract.checkworthiness import FEATURE_TEXT, _points

    table, warn_at = _points()
    assert set(table) - {"base"} <= set(FEATURE_TEXT)
    assert table["base"] < warn_at  # a claim with no property is information


def test_features_gives_every_named_property():
    """level() asks _Properties for the scored names; features() lists every property by name."""
    from factcheck.extract.checkworthiness import FEATURE_TEXT, Levels

    a = analyse("Ticket sales are expected to top $40m this year.")
    feats = Levels(a).features(a.claims[0])
    assert list(feats) and set(feats) == set(FEATURE_TEXT)
    assert all(isinstance(v, bool) for v in feats.values())


@pytest.mark.parametrize("text,level", [
    # written for the points model: what adds (a hidden author of a figure, a plain record, a sum)
    ("The festival is expected to attract a record 200,000 visitors this year.", "warning"),
    ("The new stadium is projected to cost more than $500m.", "warning"),
    ("Homelessness in the county is at a record high.", "warning"),
    # and what takes away (a checkable matter of record, the writer's hedge, a plain statistic)
    ("Shares in the company closed at a record high on Friday.", "info"),
    ("The scheme will probably cost more than any other in the region.", "info"),
    ("The firm employs 2,000 people at the plant.", "info"),
])
def test_points_table_examples(text, level):
    found = _levels(text)
    assert [s for s, _ in found] == [level], found
    total, threshold = re.match(r"(-?\d+) points \(warning from (-?\d+)\)", found[0][1]).groups()
    assert (int(total) >= int(threshold)) == (level == "warning")


def test_a_named_source_two_sentences_on_in_the_same_paragraph_is_next_door():
    """Attribution next door looks two sentences on within the paragraph, as it
    looks two back; a named source in the next paragraph's second sentence does not count."""
    lead = "The council met on Monday. The mayor opened the session. Members then debated the budget.\n\n"
    body = (lead +
            "Rents have doubled since 2015. The rise was steepest in the centre. "
            "The figures were published by the housing charity Shelter on Monday.")
    assert "next door" in _levels(body)[0][1], _levels(body)
    apart = (lead +
             "Rents have doubled since 2015. The rise was steepest in the centre.\n\n"
             "The mayor spoke next. The figures were published by the housing charity Shelter on Monday.")
    assert "next door" not in _levels(apart)[0][1], _levels(apart)


@pytest.mark.parametrize("text", [
    # issue 12, fifth round: an agentless estimate of a figure (JUDGING.md: "is estimated at":
    # estimated by whom?) is worth raising even when a named source speaks next door about
    # something else or a named company opens the sentence (dev: 13 TRUE / 2 FALSE / 4 DEBATABLE;
    # its points chosen by checkworthiness_cv.py --add agentless_estimate)
    "The insurer cut its bonuses, its chief executive Jo Reyes said on Monday. "
    "The firm has an estimated 240,000 policyholders.",
    "The browser is free to download, the company said. "
    "The browser is used by an estimated 900,000 people on many kinds of computer.",
    "Acme Life has an estimated 240,000 policyholders.",
])
def test_an_agentless_estimate_is_a_warning_despite_a_source_next_door(text):
    found = _levels(text)
    assert "warning" in [s for s, _ in found], found
    assert any("estimated by whom" in why for s, why in found if s == "warning"), found


@pytest.mark.parametrize("text", [
    # an estimate credited to its estimator is attributed, and an expectation is not an estimate
    "The browser is used by 10 million people, the company estimated.",
    "The shop is expected to open in the spring.",
])
def test_no_agentless_estimate_without_an_estimate_word_or_with_an_estimator(text):
    assert not any("estimated by whom" in (why or "") for _, why in _levels(text)), _levels(text)


@pytest.mark.parametrize("text", [
    # issue 12, fifth round: a sum of money or a percentage takes points away (-2; it added +1):
    # at the top of the ranking such figures are mostly prices, market moves, results, budgets and
    # the terms of a deal or plan, matters of record or the news itself (JUDGING.md).  Chosen by
    # cross-validation by article on the dev judgements (checkworthiness_cv.py --add
    # money_or_percent: -2 in all 5 folds).  An agentless forecast of a sum alone is information.
    "Ticket sales are expected to top $40m this year.",
    "Dairy group to return\n\nThe firm gained protection from creditors in 2003. In a statement issued on "
    "Wednesday night, Parmalat Finanziaria detailed the latest plans for the shares.\n\n"
    "As part of the plan, debts are expected to be converted into shares worth more than 2bn euros.",
])
def test_an_agentless_forecast_of_a_sum_or_percentage_alone_is_information(text):
    found = _levels(text)
    assert found and {s for s, _ in found} == {"info"}, found
    assert any("a sum of money, a percentage or millions -2" in why for _, why in found), found



_MIDDLE = "The council met on Monday. Members debated the plan for an hour. The mayor opened the session.\n\n"


@pytest.mark.parametrize("claim", [
    # issue 12, seventh round: the wording properties (lede, claim kinds, several kinds) carry no
    # points (on dev a lede is 9 TRUE / 112 FALSE); where a claim stands in the story does not make
    # it more or less worth raising
    "Unemployment in the county rose 12% last year, the steepest climb in a decade.",
    "The new bridge is projected to cost more than $500m.",
    "The region's economy grew faster than any other last year.",
    "Smoking rates have halved since the ban because of higher taxes.",
    "Sales of the console have doubled since the spring.",
])
def test_the_lede_is_not_evidence(claim):
    lede = [s for s, _ in _levels(claim)]
    middle = [s for s, _ in _levels(_MIDDLE + claim)]
    assert lede == middle, (lede, middle)


@pytest.mark.parametrize("text", [
    # general evidence is worth raising wherever it stands: an agentless forecast of a figure, even
    # of a sum or next to a named source about something else (JUDGING.md: "expected by whom?"; dev
    # 30 TRUE / 13 FALSE), a record stated as plain fact, a change stated as fact with its cause
    _MIDDLE + "The new bridge is projected to cost more than $500m.",
    _MIDDLE + "Visitor numbers are expected to rise next year, the mayor said. "
              "The number of hotels is expected to reach 300.",
    _MIDDLE + "The region's economy grew faster than any other last year.",
    _MIDDLE + "Smoking rates have halved since the ban because of higher taxes.",
])
def test_general_evidence_is_a_warning_anywhere(text):
    assert "warning" in [s for s, _ in _levels(text)], _levels(text)


def test_the_sentence_after_a_crediting_lede_is_its_account_with_or_without_a_headline():
    """The lead is the first body sentence: in a text with no headline line (Markdown with
    front matter) the second sentence is the first after it, as it is in one with a headline."""
    withheld = "Inflation in Norland should slow next year and the trade deficit narrow, trade sources said.\n\n"
    forecast = "The current account deficit is forecast to shrink to 1.3 billion crowns next year from 2.4 billion."
    assert [s for s, _ in _levels(withheld + forecast)][-1] == "info"
    assert [s for s, _ in _levels("Norland's outlook\n\n" + withheld + forecast)][-1] == "info"
    assert [s for s, _ in _levels(forecast)][-1] == "warning"


@pytest.mark.parametrize("wire,spelled", [
    ("Long-term rates are expected to fall to between 14 and 16 pct.",
     "Long-term rates are expected to fall to between 14 and 16 per cent."),
    ("The trade deficit is estimated at 600 mln dlrs a year.", "The trade deficit is estimated at $600 million a year."),
    ("The deficit is projected to shrink to around 4.1 bln dlrs this year.",
     "The deficit is projected to shrink to around $4.1bn this year."),
])
def test_wire_abbreviations_are_sums_and_percentages(wire, spelled):
    """Reuters-21578 dev: "pct", "mln", "bln", "dlrs", "stg" are wire copy's percent, million,
    billion, dollars and sterling; the claim is as worth raising as when spelled out."""
    assert _levels(wire) == _levels(spelled)
    assert "a sum of money, a percentage or millions -2" in _levels(wire)[0][1]


_OWN_LEAD = "The Norland sugar board raised its estimate of this season's beet output to 3.4 million tonnes from 3.3 million.\n\n"
_ITS_FIGURES = "Output in the southern region was estimated at 1.2 million tonnes."


def test_estimates_after_a_lead_opening_on_a_bodys_own_estimate_are_information():
    """Reuters-21578 dev: "The ... board raised its estimate of ..." credits the board as surely
    as "..., the board said": the estimates after it are the board's."""
    assert [s for s, _ in _levels(_OWN_LEAD + _ITS_FIGURES)][-1] == "info"
    assert [s for s, _ in _levels(_ITS_FIGURES)][-1] == "warning"
    # an agentless forecast about a body credits nobody
    agentless = "The Norland sugar board is forecast to raise its estimate of this season's beet output.\n\n"
    assert [s for s, _ in _levels(agentless + _ITS_FIGURES)][-1] == "warning"


def test_an_estimate_in_a_story_whose_credited_sources_estimate_is_theirs():
    """lead_estimator: after a crediting lead, an agentless estimate is most likely the credited
    sources' own when they give estimates elsewhere in the story; with a crediting lead alone
    it stays a warning."""
    lead = "Rain delayed the Norland harvest this week, trade sources said.\n\n"
    estimating = "The sources expect the maize crop to reach 9.6 million tonnes.\n\n"
    other = "Growers said the rain had come at the worst time.\n\n"
    claim = "Sunflower output was estimated at 2.3 million tonnes."
    assert [s for s, _ in _levels(lead + estimating + claim)][-1] == "info"
    assert [s for s, _ in _levels(lead + other + claim)][-1] == "warning"
