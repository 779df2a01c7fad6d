"""The anonymous-source rule: what it flags, its severity, message and data."""

import pytest

from .helpers import report_for


def _anon(*texts):
    return [f for f in report_for(*texts).findings if f.rule == "anonymous-source"]


# (text, source words flagged, severity, reason given, supplies)
CASES = [
    ("The mayor plans to resign next month, according to two people familiar with the matter.",
     "two people familiar with the matter", "warning", False, "fact"),
    ("Two board members, who spoke on condition of anonymity because they were not authorized to discuss "
     "personnel matters, said the board had lost confidence in the plan.",
     "Two board members", "info", True, "fact"),
    ("Senior managers have described Whitfield as distant and slow to make decisions.",
     "Senior managers", "error", False, "characterisation"),
    ("Dana Whitfield runs the agency. One manager said she rarely visited the maintenance yards.",
     "One manager", "error", False, "characterisation"),
    # a person counted out ("one board member") quoted: a warning (anonymous_points.txt: people in the
    # scene are as often quoted this way as withheld sources are)
    ('"He has lost the room," one board member said.', "one board member", "warning", False, "quote"),
    ('"He has lost the room," one senior official said.', "one senior official", "error", False, "quote"),
    ("Administration officials who work with Magnus have criticized him for being unengaged at his job.",
     "Administration officials who work with Magnus", "error", False, "characterisation"),
    ("Three teachers, who asked not to be named, said the exam papers had leaked.",
     "Three teachers", "warning", False, "fact"),
    ("Officials said the agency's problems began long before the new chief arrived.",
     "Officials", "warning", False, "fact"),
    ("A senior aide, who requested anonymity to discuss internal deliberations, said a deal was close.",
     "A senior aide", "info", True, "fact"),
    # the story says why: the checklist is met, info (JUDGING.md: DEBATABLE at most)
    ('"It is over," said a senior aide, who requested anonymity to discuss internal deliberations.',
     "a senior aide", "info", True, "quote"),
]


@pytest.mark.parametrize("text,source,severity,reason,supplies", CASES)
def test_severity_reason_and_data(text, source, severity, reason, supplies):
    found = _anon(text)
    assert len(found) == 1, [f.message for f in found]
    f = found[0]
    assert text[f.start:f.end] == source
    assert f.severity == severity, f.message
    assert f.payload.reason_given is reason and (f.payload.reason is not None) is reason
    assert f.payload.supplies == supplies
    assert f.payload.source == source
    assert f.data == {"source": source, "cue": f.payload.cue, "reason_given": reason, "reason": f.payload.reason,
                      "supplies": supplies}
    assert ("says why anonymity was granted" in f.message) is reason, f.message
    assert ("does not say why" in f.message) is (not reason), f.message


NOT_FLAGGED = [
    "Homeland Security officials did not immediately respond to requests for comment.",
    "A spokesperson did not respond by deadline.",
    "The mayor declined to comment on the report.",
    "Sen. Jane Doe said the bill would pass.",
    "According to the Associated Press, migrants were stopped 2.38 million times.",
    "The Department of Homeland Security said the review was complete.",
    "A 2023 audit found that the agency overspent by $4 million.",
    "Police said the suspect fled on foot.",
    "The suspect is believed to have fled to Mexico, police said.",
    '"I think critics say a lot of things," Whitfield said.',
    # agentless and collective wording is vague-attribution's, not a withheld source
    "Critics say the agency's problems began long before the new chief arrived.",
    "It is widely believed that the stadium will be sold.",
    "The mayor reportedly sold his stake last spring.",
    "Some economists predict a recession next year.",
    # named bodies and parties known by their role
    "According to the state broadcaster, the vote was delayed.",
    "Researchers at Acme Labs said the drug was safe.",
    "Defence lawyers argued that Mr Royer had been trying to expose a fraud.",
    # a survey's respondents, a hypothetical
    "A quarter of web users said they spent less time watching television.",
    "She thought that if she won, people would say she had been lucky.",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_named_or_non_responses_are_not_flagged(text):
    assert not _anon(text), [f.message for f in _anon(text)]


def test_reason_in_the_next_sentence_counts():
    text = ("Two officials said the deal was close. They spoke on condition of anonymity because "
            "the talks are private.")
    found = _anon(text)
    assert found and all(f.payload.reason_given for f in found)


def test_reason_elsewhere_counts_when_it_names_the_same_kind_of_source():
    text = ("Officials said the deal was close.\n\nThe talks began in May.\n\nPrices rose in June.\n\n"
            "The officials requested anonymity to discuss internal deliberations.")
    found = _anon(text)
    assert found and found[0].data["reason_given"]


def test_reason_for_another_source_far_away_does_not_count():
    text = ("Two officials said the plan is too costly.\n\nThe talks began in May.\n\nPrices rose in June.\n\n"
            "An aide, who was not authorized to speak publicly, said the vote would be delayed.")
    found = {f.payload.source: f.payload.reason_given for f in _anon(text)}
    assert found == {"Two officials": False, "An aide": True}


@pytest.mark.parametrize("text,expected", [
    # the neighbouring sentence's reason belongs to its own unnamed source
    ("An official, who spoke on condition of anonymity because the inquiry is ongoing, said a second man "
     "was sought. According to a person close to the inquiry, the suspect had a key.",
     {"An official": True, "a person close to the inquiry": False}),
    # nor does a word elsewhere ("a second person") make it the same kind of source
    ("Officials, who spoke on condition of anonymity because the case is sealed, said help came from a "
     "second person.\n\nThe case began in May.\n\nOne person with knowledge of the case said a key was found.",
     {"Officials": True, "One person with knowledge of the case": False}),
    # ... unless the source points back at it ("One of them")
    ("Two board members, who spoke on condition of anonymity because they were not authorized to speak, "
     "said the plan had failed. One of them said members were frustrated.",
     {"Two board members": True, "One of them": True}),
    # a neighbouring sentence with no source of its own still explains
    ("Two officials said the deal was close. They spoke on condition of anonymity because the talks are "
     "private.", {"Two officials": True}),
])
def test_reason_given_for_another_unnamed_source_does_not_count(text, expected):
    found = {f.payload.source: f.payload.reason_given for f in _anon(text)}
    assert found == expected, found
    for f in _anon(text):
        if not f.payload.reason_given:
            assert "does not say why" in f.message, f.message


def test_one_finding_per_source_with_two_cues():
    text = ("Administration officials who work with Magnus have criticized him and said he hasn't done "
            "enough to address the influx.")
    assert len(_anon(text)) == 1


def test_cited_officials_in_another_outlets_profile():
    text = ("Magnus was subject of an unflattering profile in Politico that cited unnamed administration "
            "officials saying he missed White House meetings.")
    found = _anon(text)
    assert [f.payload.source for f in found] == ["unnamed administration officials"]
    assert found[0].payload.cue == "cited"
    assert found[0].severity == "error"  # it characterises Magnus


def test_severity_override_applies():
    from factcheck.settings import Settings
    report = report_for("Officials said the plan is too costly.", settings=Settings(severity={"anonymous-source": "info"}))
    assert [f.severity for f in report.findings if f.rule == "anonymous-source"] == ["info"]


def test_anonymity_granted_without_a_reason_is_said_so():
    text = "Two board members, who spoke on condition of anonymity, said the board had lost confidence in the plan."
    f = _anon(text)[0]
    assert not f.payload.reason_given
    assert "says anonymity was granted but does not say why" in f.message


def test_a_continued_quote_is_one_finding():
    text = ('"Calculators will have to wait," said an IMF official in a briefing on Wednesday. '
            '"The financial needs will become clear later."')
    found = _anon(text)
    assert [f.payload.source for f in found] == ["an IMF official"]
    assert found[0].severity == "error" and found[0].payload.supplies == "quote"


def test_a_quote_in_another_sentence_does_not_make_an_error():
    # the unnamed source supplies information in its own sentence; the quote belongs to the next one
    text = ('Officials said the deal was close. "We are nearly there and expect to sign this week," '
            'Ana Ruiz said.')
    found = _anon(text)
    assert [f.severity for f in found] == ["warning"], [f.message for f in found]
    assert found[0].payload.supplies == "fact"


def test_a_lede_source_named_in_the_next_sentence_is_not_anonymous():
    text = ("A PR expert has told the trial that the documentary was a disaster.\n\n"
            "Ann Kite told the court she had been hired to manage the fallout.")
    assert not _anon(text), [f.message for f in _anon(text)]
    # a withheld source in the lede stays one, whoever speaks next
    text = ("A senior official said the talks had stalled.\n\nMayor Ana Ruiz said she was hopeful.")
    assert [f.payload.source for f in _anon(text)] == ["A senior official"]


def test_a_role_named_nearby_is_not_anonymous():
    text = ("The chancellor will meet his rule, according to his former chief economic adviser.\n\n"
            "Ed Balls, the former chief economic adviser, said there was room to spare.")
    assert not _anon(text), [f.message for f in _anon(text)]


# Issue 12, classes of false alarms on real news (invented sentences)
NOT_WITHHELD = [
    # a poll's respondents, counted as a share, are a result and not a source
    "When asked about their savings, a majority in nine countries said they felt secure.",
    'The makers say viewers are drifting because around one quarter said they "could not care less".',
    "Roughly 40% said they would switch banks.",
    # people who speak in public as part of the event
    "A reporter pointed out that the minister had been at the scene.",
    "But as a Daily Post columnist noted, the hall was half empty.",
    # a crowd of any plural, and "other" before a plural, are collective wording
    "A number of bloggers suggested such a list was needed.",
    "Other market trackers say the figure is closer to 15%.",
    # the lede's unnamed speaker is named as the speaker in the next sentence
    "Greens predict record vote\n\nThe Greens will win their best result in the council elections, one of "
    "their councillors has predicted.\n\nHousing spokeswoman Ann Marlow was speaking as the party launched "
    "its campaign.",
    # ... or names by a speech verb after an opening phrase
    "Budget rule safe, says ex-aide\n\nThe chancellor will meet his budget rule with room to spare, according to "
    "his former chief adviser.\n\nOnce one of the chancellor's closest aides, Tom Reyes hinted at tax cuts in March.",
    # the last of a list of crowds is a crowd too (vague-attribution's)
    "But the families, supporters and administration officials said that sometimes a trade is worthwhile.",
    "Party members and officials even insist that the governor will win.",
    # words inside somebody else's quotation are that speaker's, not the reporter's source
    '"I think that when people who know the facts look at it, officials said the wrong thing," said Senator '
    "Jo Brand of Ohio.",
    # a reader who wrote in
    'Another correspondent wrote: "I believe that he is addicted to the game."',
    "One reader even noted that the prize once went to a dictator.",
    # a public account named by its handle
    '"Meh," wrote a campaign fan who runs the Twitter account @VotersForJo.',
    # respondents counted "one in five"; a demonstrative read as the source
    "Young adults are hopeful. One in five say that won't be true.",
    "Growth is slow. This, analysts say, indicates that neither side wants a fight.",
    # an apposition of the person named just before
    "Tom Brady, a Nevada native who writes novels on the side, has cast himself as a strategist. Brady likes data.",
    'Jo Bell, the group\'s president and conservative activist said: "The channel is selling smut to kids."',
    # "observers alike" is a crowd
    "The party and observers alike see the plan as doomed.",
    # the role, then the name; a name, then its description
    "Phone sales rose 26%, according to analysts Gartner.",
    "However, the demand that Anand Jain - another board member accused of creating a rift - be thrown out, "
    "was not met.",
    # a crowd from every side is collective wording
    "Elected officials from both parties say he has forged a reputation as a hard worker.",
    "Former senior officials in both parties say the decision caused these problems.",
    # named examples; people named before ("all those players")
    "The move was criticized by left-leaning economists and by centrist Democrats like Lawrence Summers.",
    "Several nations announced support on Thursday, including the Netherlands and Pakistan.",
    "According to all those players and even Federer himself, the Swiss star is in a different league.",
    # a survey's respondents; a possessive read as a source; public posts and governments
    '"We are more careful now," said one over-60 woman who took part in the research.',
    "A poll found a large majority of voters are hungry for change. They are hungry - and they see the mayor as "
    "most likely to deliver it.",
    "She is listed as one of the congressman's alleged paramours in the filings.",
    '"The mayor is very cute," one user wrote.',
    "But several nations criticised the approach.",
    # public posts, a court's judge, an advertisement's narrator
    '"Governor, blink twice if you\'re in trouble!" one person tweeted.',
    'It lost a High Court action in 2002 when a judge said the system was "no more or less objectionable" than '
    "a visa system.",
    '"It\'s more of the same, but worse," says a narrator.',
    # "member state" is a noun, not a speech verb
    "This would have capped immigration at 16,000, as opposed to the average 80,000 - overwhelmingly EU member "
    "state - immigrants entering the country.",
    # named examples after a description
    "A chorus of prominent Republicans has said the same thing, including the former presidential candidate "
    "Mitt Romney.",
]


@pytest.mark.parametrize("text", NOT_WITHHELD)
def test_respondents_public_speakers_crowds_and_named_ledes_are_not_withheld(text):
    assert not _anon(text), [f.message for f in _anon(text)]


STILL_WITHHELD = [
    "A number of officials said the deal was close.",
    "A handful of officials said the deal was close.",
    "Other officials said the deal was close.",
    # the next sentence names somebody, but not as the lede's speaker
    "Deal close\n\nA deal is close, a trade negotiator said.\n\nThe talks began in Paris on Monday.",
    # "one of the officials" stays withheld even when somebody is named speaking next
    "Deal close\n\nA deal is close, one of the officials said.\n\nFinance Minister Jo Brand was speaking "
    "in Paris on Monday.",
    # somebody named next, but not speaking
    "Deal close\n\nA deal is close, a trade negotiator said.\n\nOnce a rival of the minister, Jo Brand now "
    "runs a bakery.",
    "Two aides and officials said the governor will win.",
    # an opening word before a comma is not a name
    "Meanwhile, a senior official said the deal was close.",
    "However, one campaign official said the deal was close.",
    'The sale went ahead. On 28 December, another senior economic adviser called the sale "a swindle".',
    "She was taken to hospital after her collapse at Ground Zero, sources said.",
    "The deadline, several Indiana party insiders said, went unnoticed in a handful of districts.",
    "Officials, including some who work with the mayor, said the deal was close.",
    "Officials state that the deal is close.",
]


@pytest.mark.parametrize("text", STILL_WITHHELD)
def test_withheld_sources_near_those_classes_stay_flagged(text):
    assert len(_anon(text)) == 1, [f.message for f in _anon(text)]


# Issue 12: an event told of a named person is information, not a characterisation (error)
@pytest.mark.parametrize("text,severity", [
    ("Two immigration officials said she had been warned about her visa last year.", "warning"),
    ("At the rally, Tom Mook was holding a meeting and told aides he was worried, according to someone in "
     "attendance.", "warning"),
    # the reason for anonymity is given, and the source supplies information: info
    ("Acme Crossroads is combing through archives for new spots, according to an official who wasn't "
     "authorized to speak publicly.", "info"),
    ("Dana Whitfield runs the agency. One manager said Whitfield was distant and slow.", "error"),
    ("Dana Whitfield runs the agency. One manager said she was disengaged.", "error"),
    ("Dana Whitfield runs the agency. One manager said she rarely visited the yards.", "error"),
    # eighth pass: where a person was or what they were part of is a fact, not a trait
    ("Dana Whitfield runs the agency. A senior official said Whitfield was in London on Tuesday.", "warning"),
    ("Dana Whitfield runs the agency. A senior official said Whitfield had been in talks with the bank.",
     "warning"),
    ("Dana Whitfield runs the agency. A senior official said she was among the first to leave.", "warning"),
    ("Dana Whitfield runs the agency. A senior official said Whitfield was a liar.", "error"),
    ("Dana Whitfield runs the agency. A senior official said she was unhappy with the deal.", "error"),
    # one act with a specific time is an episode; a state or a habit with a time stays a characterisation
    ("Dana Whitfield runs the agency. A senior official said she lost the vote on Tuesday.", "warning"),
    ("Dana Whitfield runs the agency. A senior official said she did not attend the meeting on Friday.",
     "warning"),
    ("Dana Whitfield runs the agency. A senior official said she rarely visited the yards last year.", "error"),
    ("Dana Whitfield runs the agency. A senior official said she was distant last year.", "error"),
    ("Dana Whitfield runs the agency. A senior official said she missed meetings.", "error"),
    # a passive dated by a specific time is one act; a thing named after "the" is no person
    ("Dana Whitfield runs the agency. A senior official said Whitfield was arrested on Tuesday.", "warning"),
    ("The Harlow Bridge was last repainted in spring 2014, county officials said.", "warning"),
    ("The Harlow Bridge was unsafe, county officials said.", "warning"),
    ("Dana Whitfield runs the agency. A senior official said Whitfield was disorganised.", "error"),
])
def test_events_are_not_characterisations(text, severity):
    found = _anon(text)
    assert [f.severity for f in found] == [severity], [f.message for f in found]


# Issue 12: one-word scare quotes and quoted titles are not direct quotes of the source
@pytest.mark.parametrize("text,severity", [
    ("A party official said that about 40 percent of the attendees at the annual donor ''seminar'' were women.",
     "warning"),
    ('The inquiry was based mostly on news stories and the book "Clinton Cash," according to several officials '
     "briefed on the case.", "warning"),
    ('A top adviser says the candidate is on a "glide path" to the nomination.', "error"),
    ('"We have to win this," one aide said.', "error"),
])
def test_scare_quotes_and_titles_are_not_direct_quotes(text, severity):
    found = _anon(text)
    assert [f.severity for f in found] == [severity], [f.message for f in found]


def test_a_clause_is_not_a_source():
    assert not _anon("Nevertheless, he's one state closer to qualifying than his rival is.")


# Severity needs evidence that the reporter withheld a source (withheld_heads.txt, withheld markers,
# a person counted out who reports to the reporter); without it the unnamed source may be
# identifiable, part of the event or generic, and the finding is info.
@pytest.mark.parametrize("text,severity", [
    ("Everyone I interviewed criticized the plan as complicated.", "info"),
    ("All the experts I interviewed said the plan was detailed.", "info"),
    ("More than 10 women have accused the actor of misconduct.", "info"),
    ("The move angered some agents, who thought the leaders were cautious.", "info"),
    ("Someone tells me the song is on again.", "info"),
    # a definite singular pointing back at a named person, not at an unnamed source
    ("One of the report's authors, Ann Bell, spoke at the launch. "
     "\"The governor ignored us,\" said the former top aide to the governor.", "info"),
    ("Ann Bell, a former aide to the governor, wrote the report. \"It was rushed,\" said the former aide.", "info"),
    # withheld: an insider head, a marker, an unnamed antecedent, a person counted out who reports
    ("Officials said the agency's problems began long before the new chief arrived.", "warning"),
    ("Three teachers, who asked not to be named, said the exam papers had leaked.", "warning"),
    ("A senior Tory source said the party would back the plan. "
     "The party had been agnostic until now, the Tory source said.", "warning"),
    ("One trader said shares would fall further.", "info"),  # market colour (tenth pass)
    ("One board member said shares would fall further.", "warning"),
    ("Several friends said he travels abroad often.", "warning"),
    ("The plan was complete, according to someone in attendance.", "warning"),
    ("\"It is falling,\" said one Bombay trader.", "info"),
    ("\"It is falling,\" said one board member.", "warning"),
    ("\"It is falling,\" said one senior Bombay trader.", "error"),
])
def test_severity_needs_a_withheld_source(text, severity):
    assert [f.severity for f in _anon(text)][-1:] == [severity], [f.message for f in _anon(text)]


# Issue 12, severity points (anonymous_points.txt, fitted and cross-validated by
# benchmarks/anonymous_cv.py): a reason given is info whatever the source supplies; a direct quote is
# an error only from a plainly withheld source (an insider noun, a withheld marker), not from a person
# counted out; the reason names the points and the properties that weighed most.
@pytest.mark.parametrize("text,severity,why", [
    ('"It is over," said a senior aide, who requested anonymity to discuss internal deliberations.', "info", ""),
    ("Senior managers, who spoke on condition of anonymity because they feared reprisals, have described "
     "Whitfield as distant.", "info", ""),
    ('"We are finished," one insider said.', "error", "Error: "),
    ('"We are finished," one board member said.', "warning", "Warning: "),
    ('"We are finished," one critic said.', "info", "Info: "),
    ("Officials said the agency's problems began long before the new chief arrived.", "warning", "Warning: "),
    ("The plan was complete, according to two people familiar with the talks.", "warning", "'according to'"),
])
def test_severity_points(text, severity, why):
    found = _anon(text)
    assert [f.severity for f in found] == [severity], [f.message for f in found]
    assert why in found[0].message and ("points" in found[0].message) is bool(why), found[0].message


# a judging verb's object must be a person the article names (when it names any), not a possessive
@pytest.mark.parametrize("text,supplies", [
    ("Dana Whitfield runs the agency. Officials praised Thursday's protests for being calm.", "fact"),
    ("Dana Whitfield runs the agency. Officials have accused Russia of meddling in the vote.", "fact"),
    ("Dana Whitfield runs the agency. Officials have accused Whitfield of meddling in the vote.", "characterisation"),
    # an adverb before a progressive still tells an event
    ("Dana Whitfield runs the agency. Officials said Whitfield was also helping the campaign.", "fact"),
    ("Dana Whitfield runs the agency. Officials said Whitfield was distant.", "characterisation"),
    # Reuters-21578 dev: a name after a preposition is not what is judged, a readiness to act is a plan
    ("Dana Whitfield runs the agency. Trade sources said a warehouse in Port Ellen is also a good move.", "fact"),
    ("Dana Whitfield runs the agency. Officials said she is ready to state the terms next week.", "fact"),
    # a place shaped as a name is not a person: "West Germany", "South Africa"
    ("Dana Whitfield runs the agency. Commission sources said West Germany appears still reluctant.", "fact"),
    ("Dana Whitfield runs the agency. Commission sources said Whitfield appears still reluctant.",
     "characterisation"),
])
def test_characterisation_needs_a_named_person(text, supplies):
    found = _anon(text)
    assert [f.payload.supplies for f in found] == [supplies], [f.message for f in found]


# Issue 12, third round: fresh dev findings made with the rule's older exclusions switched off
# (benchmarks/judged_gate.py, "evidence only").  The withheld-source evidence alone must not take
# people in general, a share of respondents or a public writer for a source the reporter withheld.
def _evidence(text):
    """{source words: evidence kind} of every unnamed source in ``text``, exclusions not asked."""
    from factcheck.rules.anonymous_source import _withheld_evidence
    from .helpers import analyse
    an = analyse(text)
    return {an.article.content[a.source_start:a.source_end]: _withheld_evidence(an, a)
            for a in an.attributions if a.source_class == "anonymous"}


@pytest.mark.parametrize("text,source,kind", [
    # "people" and "person" name nobody's circle by themselves
    ("Many people expect the target to be quietly dropped.", "Many people", ""),
    ("She thought that if she lost, people would say her career was over.", "people", ""),
    # ... but do with a marker, a circle, or pointing back at an unnamed source
    ("The meeting turned into a gripe session, according to people in attendance.", "people in attendance", "marker"),
    ("The choice has been made, several people in the governor\u2019s orbit said.",
     "several people in the governor\u2019s orbit", "marker"),
    ("Senior figures are worried, some people in Trump world believe.", "some people in Trump world", "marker"),
    ('"It is over," said a person close to the mayor.', "a person close to the mayor", "marker"),
    ("A source said the talks had stalled. The senator felt betrayed, those people said.", "those people", "antecedent"),
    ("One person said the vote would be delayed.", "One person", "counted"),
    # a share of respondents is not a person counted out; a public writer tells nobody
    ("Nearly a third said they did not know, and one in five said it was no improvement.", "one in five", ""),
    ('"It is great fun to watch," one user wrote.', "one user", ""),
    ('"It is great fun to watch," one board member said.', "one board member", "counted"),
    # issue 12, tenth pass: a member of the public or the market counted out is market colour or a
    # vox pop (public_role_heads.txt), not evidence of a withheld source
    ('"It is great fun to watch," one trader said.', "one trader", ""),
])
def test_withheld_evidence_without_the_exclusions(text, source, kind):
    found = _evidence(text)
    assert source in found, found
    assert found[source] == kind, found


@pytest.mark.parametrize("text,source", [
    # a "source" at a named body, or a withheld marker, is withheld whatever name stands next to it
    ("The couple became agitated after the interview, according to a source at the Tampa station.",
     "a source at the Tampa station"),
    ("The Daily Post reported, citing another anonymous source, that the family had soured on him.",
     "another anonymous source"),
    ("The Herald reported, according to sources in the meetings, that she promised not to crusade.",
     "sources in the meetings"),
    ("The list has been drawn up, several people in the governor\u2019s orbit told the Herald.",
     "several people in the governor\u2019s orbit"),
])
def test_named_neighbour_does_not_name_a_withheld_source(text, source):
    found = _anon(text)
    assert [f.payload.source for f in found] == [source], [f.message for f in found]
    assert found[0].severity in ("warning", "error")


@pytest.mark.parametrize("text", [
    # named bodies' people and a named speaker's respondents stay unflagged
    "Researchers at Acme Labs said the drug was safe.",
    "Lawyers for Mr Tanzi said he would appeal.",
    "A survey by Acme found that many Britons believe the scheme is unfair.",
])
def test_named_groups_stay_unflagged(text):
    assert not _anon(text), [f.message for f in _anon(text)]


def test_the_source_takes_the_reason_of_the_source_it_points_back_at():
    text = ('"It was awful," said one of two witnesses, who did not want to speak on the record for fear of '
            'retribution from the congressman. The congressman said she had no chance, the source recalled.')
    found = {f.payload.source: f.payload.reason_given for f in _anon(text)}
    assert found.get("the source") is True, found


@pytest.mark.parametrize("text,source,severity", [
    # a bare plural of insiders holding a view is a group's attitude (attitude_verbs.txt): info
    ("Party officials expect a close vote in the autumn.", "Party officials", "info"),
    ("Employees complain of the chief's lack of communication.", "Employees", "info"),
    # ... but not with a marker, a verb of telling, a number or a definite back-reference
    ("Senior officials believe the deal will collapse.", "Senior officials", "warning"),
    ("Party officials said the vote would be close.", "Party officials", "warning"),
    ("Two officials expect the deal to collapse.", "Two officials", "warning"),
])
def test_a_bare_plural_holding_a_view_is_no_withheld_source(text, source, severity):
    found = _anon(text)
    assert [f.payload.source for f in found] == [source], [f.message for f in found]
    assert found[0].severity == severity, found[0].message


def test_a_definite_epithet_across_a_comma_is_a_back_reference():
    # "the bespectacled, 71-year-old diplomat": the article stands before a comma-separated premodifier
    text = '"From day one, I made climate change the top priority," the bespectacled, 71-year-old diplomat said.'
    assert [f.severity for f in _anon(text)] in ([], ["info"]), [f.message for f in _anon(text)]
    # an indefinite one stays a withheld source
    text = '"From day one, it was the top priority," a veteran, well-connected diplomat said.'
    assert [f.severity for f in _anon(text)] == ["error"], [f.message for f in _anon(text)]


@pytest.mark.parametrize("text,source", [
    # "those" with a withheld marker is a circle of people, not a demonstrative read as a source
    ("Those close to the governor say he would have to consider two other names.", "Those close to the governor"),
    ("Those familiar with the talks said a deal was close.", "Those familiar with the talks"),
])
def test_those_with_a_marker_is_a_withheld_source(text, source):
    found = _anon(text)
    assert [f.payload.source for f in found] == [source], [f.message for f in found]
    assert found[0].severity == "warning", found[0].message


@pytest.mark.parametrize("text,source", [
    # a named source's words end at a "but" that opens a clause with the unnamed source as its subject
    ("The group claimed responsibility for the attack but U.S. officials have said they do not believe "
     "the gunman was helped from abroad.", "U.S. officials"),
    ("Jane Ruiz said she had spoken to the agency about the book, but officials said those talks came "
     "only after a draft was finished.", "officials"),
])
def test_an_unnamed_source_after_but_is_not_inside_a_named_source(text, source):
    found = _anon(text)
    assert [f.payload.source for f in found] == [source], [f.message for f in found]


def test_an_unnamed_source_inside_a_named_report_stays_unflagged():
    text = "A survey by Acme found that many voters believe the scheme is unfair and officials expect a change."
    assert not _anon(text), [f.message for f in _anon(text)]


# issue 12, eighth pass: people in general, a habit between the source and its verb, are no source
@pytest.mark.parametrize("text,flagged", [
    ("Officials often say such things in private.", False),
    ("Aides typically argue that the polls are wrong.", False),
    ("Insiders tend to say the board is divided.", False),
    ("Officials said the plan was dead.", True),
    ("Officials, who often speak to reporters, said the plan was dead.", True),
    ('"It is over," a senior aide would later say.', True),
])
def test_a_habit_is_people_in_general(text, flagged):
    assert bool(_anon(text)) is flagged, [f.message for f in _anon(text)]


# a reason for anonymity is for its own source: "another official" does not borrow the first one's;
# a reason two sentences on, in a sentence that points back ("They spoke on condition ..."), is the source's
@pytest.mark.parametrize("text,severities", [
    ("A senior official said the deal was close. The official spoke on condition of anonymity because the "
     "talks were private. Another official said the deal could still fail.", ["info", "warning"]),
    ("A senior official, who spoke on condition of anonymity because the talks were private, said the deal "
     "was close. A second official said the deal could still fail.", ["info", "warning"]),
    ("A senior official said the deal was close. Another official said it could fail. Both officials spoke "
     "on condition of anonymity because the talks were private.", ["info", "info"]),
    ("A second official, who spoke on condition of anonymity because the talks were private, said the deal "
     "could fail.", ["info"]),
    ("Two people familiar with the matter said the deal was close. The talks began in May. They spoke on "
     "condition of anonymity because the talks were private.", ["info"]),
    ("Two people familiar with the matter said the deal was close. The talks began in May. Both asked not "
     "to be named because the talks were private.", ["info"]),
    ("Two people familiar with the matter said the deal was close. The talks began in May. The mayor met "
     "them in June. The firm said it was happy. They spoke on condition of anonymity because the talks "
     "were private.", ["warning"]),
])
def test_a_reason_for_anonymity_belongs_to_its_source(text, severities):
    assert [f.severity for f in _anon(text)] == severities, [f.message for f in _anon(text)]


# issue 12, tenth pass: a stated reason is found across any white space (a double space, a line wrap)
@pytest.mark.parametrize("text", [
    "Ads may begin next year, according to a party official who wasn't  authorized to speak publicly.",
    "Ads may begin next year, according to a party official who was not\nauthorized to speak publicly.",
    "A senior aide, who spoke on  condition of anonymity because the talks were private, said a deal was close.",
])
def test_a_reason_is_found_across_white_space(text):
    found = _anon(text)
    assert found and all(f.payload.reason_given and f.severity == "info" for f in found), \
        [f.message for f in found]


# issue 12, tenth pass: members of the public and the market counted out (public_role_heads.txt) are
# market colour or a vox pop: info; people inside a circle counted out, or a marked one, stay raised
@pytest.mark.parametrize("text,severity", [
    ('"The shares should be above $10 but because of this disaster they are falling," said one trader.', "info"),
    ("One leading broker said Gulf money had already moved to Malaysia.", "info"),
    ("When one analyst said on the air that the annexation remained an issue, the host cut her off.", "info"),
    ('"He was very drunk," a bartender said.', "info"),
    ("A Democratic senator said Republicans had agreed to hold votes on the measures.", "warning"),
    ("Manafort travels abroad for weeks at a time, several friends said.", "warning"),
    ("One trader, who asked not to be named, said the bank had been selling all week.", "warning"),
])
def test_members_of_the_public_counted_out_are_not_withheld(text, severity):
    found = _anon(text)
    assert [f.severity for f in found][:1] in ([severity], [] if severity == "info" else [severity]), \
        [f.message for f in found]


# issue 12, tenth pass: a bare plural of a named body's people gives the body's own line or its side's
# position (JUDGING.md: DEBATABLE), info; a country's officials, people counted out or marked, and a
# phrase with more after its head stay raised
@pytest.mark.parametrize("text,severity", [
    ("The task force includes Facebook. Facebook officials say they are reviewing posts more stringently.", "info"),
    ("The rule was issued by the Labor Department. Labor Department officials said it would not apply to "
     "the tribe.", "info"),
    ("She met Hillary Clinton in May. Clinton aides said details of her tax plan will be unveiled soon.", "info"),
    ("The senator will seek reelection, his advisers say.", "info"),
    ("US officials said the gunman had not been helped from abroad.", "warning"),
    ("Israeli officials said the talks had stalled.", "warning"),
    ("Administration officials said the commissioner missed several meetings.", "warning"),
    ("Party officials said the vote would be close.", "warning"),
    ("Two Clinton aides said the plan had been shelved.", "warning"),
    ("Senior Facebook officials said the review had found nothing.", "warning"),
    ("Officials said the agency's problems began long before the new chief arrived.", "warning"),
])
def test_a_named_bodys_people_give_its_line(text, severity):
    found = _anon(text)
    assert [f.severity for f in found] == [severity], [f.message for f in found]


@pytest.mark.parametrize("text,severity", [
    # a sentence start's capital is no name unless the story capitalises the word inside a sentence
    ("Law enforcement officials said the posts were found recently.", "warning"),
    ("Campaign officials have told allies the count is higher.", "warning"),
    ("The review was led by Facebook. Facebook officials say they are reviewing posts.", "info"),
])
def test_a_sentence_starts_capital_is_no_body(text, severity):
    found = _anon(text)
    assert [f.severity for f in found] == [severity], [f.message for f in found]


# issue 12, tenth pass: "the person" points back at the unnamed source just told of, whatever its noun,
# as "the source" does, and takes the reason given for it
@pytest.mark.parametrize("text,severities", [
    ('"We have work to do," said a longtime adviser, who requested anonymity to speak freely. '
     '"Being candid is the last hurdle," the person added.', ["info", "info"]),
    ('"We have work to do," said a longtime adviser, who requested anonymity to speak freely. '
     '"Being candid is the last hurdle," another official added.', ["info", "error"]),
])
def test_the_person_takes_the_reason_of_the_source_it_points_back_at(text, severities):
    assert [f.severity for f in _anon(text)] == severities, [f.message for f in _anon(text)]


# issue 12, tenth pass: a direct quote relayed from another outlet's report is that outlet's: a warning,
# not an error; the reporter's own withheld source quoted stays an error
@pytest.mark.parametrize("text,severity", [
    ('"They moved so quickly it caught the bank by surprise," the Financial Times newspaper quoted an '
     'insider in the talks as saying.', "warning"),
    ('The Post quoted another unnamed GOP official as saying the family had soured on him. '
     '"The critical mass was finally reached," said the second official.', "warning"),
    ('"They moved so quickly it caught the bank by surprise," said an insider in the talks.', "error"),
    ('"He has lost the room," one senior official said.', "error"),
])
def test_a_quote_relayed_from_another_outlet_is_no_error(text, severity):
    assert [f.severity for f in _anon(text)][-1:] == [severity], [f.message for f in _anon(text)]


# issue 12, tenth pass: a definite source whose words stood earlier right before a person's name is
# that person (JUDGING.md: identifiable); an unnamed antecedent keeps it withheld
@pytest.mark.parametrize("text,flagged", [
    ("Sanders aide Jeff Weaver told reporters the photo broke the rules. Party officials said the break "
     "lasted four minutes. The rules bar any contact with staff during breaks, according to the Sanders "
     "aide.", False),
    ("A Sanders aide told reporters the photo broke the rules. Party officials said the break lasted four "
     "minutes. The rules bar any contact with staff during breaks, according to the Sanders aide.", True),
])
def test_a_definite_source_named_before_is_identifiable(text, flagged):
    found = [f for f in _anon(text) if f.severity in ("warning", "error") and f.payload.source == "the Sanders aide"]
    assert bool(found) is flagged, [f.message for f in _anon(text)]


# issue 12, tenth pass: a reason the story gives for its interviewees as a group is every unnamed one's
@pytest.mark.parametrize("text,severities", [
    ('"We have work to do," said a longtime adviser, who, like many of the two dozen other Democrats '
     'interviewed for this article, requested anonymity to speak freely. The campaign met on Monday. '
     'The debate is on Sunday. The choice of a stand-in has been made, several people in her orbit said.',
     ["info", "info"]),
    ('"We have work to do," said a longtime adviser, who requested anonymity to speak freely. The campaign '
     'met on Monday. The debate is on Sunday. The choice of a stand-in has been made, several people in '
     'her orbit said.', ["info", "warning"]),
])
def test_a_reason_given_for_all_interviewees_is_each_ones(text, severities):
    assert [f.severity for f in _anon(text)] == severities, [f.message for f in _anon(text)]
