"""Attribution extraction: cues, source phrases and their classes, content
spans, anonymity reasons, non-attributions, quote links and entities."""

import pytest

from factcheck.extract.names import NameIndex

from .helpers import analyse


def _attrs(text):
    a = analyse(text)
    return a, [(x.source, x.source_class, x.cue) for x in a.attributions]


# (sentence, words of the source, class)
CLASSES = [
    # people
    ("Sen. Jane Doe said the bill would pass.", "Jane Doe", "person"),
    ("The bill will pass, Sen. Jane Doe said.", "Jane Doe", "person"),
    ("Whitfield said she would not step down.", "Whitfield", "person"),
    ("Board chair Marcus Oyelaran told reporters the vote was close.", "Marcus Oyelaran", "person"),
    ('"The buses are late," said Luis Carranza, who commutes from Milwaukie.', "Luis Carranza", "person"),
    ('"Rents have doubled," said housing director Tom Reyes.', "Tom Reyes", "person"),
    ("The agency's board secretary, Helen Park, said the hearing was set.", "Helen Park", "person"),
    ("Magnus insisted he was deeply involved in the discussions.", "Magnus", "person"),
    ("The mayor said the budget was balanced.", "The mayor", "person"),
    ("One critic, radio host Alex Jones, claims the group is secretive.", "Alex Jones", "person"),
    # organisations, outlets (secondary) and documents
    ("The Department of Homeland Security said in a statement that the review was complete.",
     "Department of Homeland Security", "organisation"),
    ("According to the Associated Press, migrants were stopped 2.38 million times.", "Associated Press", "organisation"),
    ("Police said the suspect fled on foot.", "Police", "organisation"),
    ("A spokesperson for the company said sales rose.", "A spokesperson for the company", "organisation"),
    ("Ridership reached 41.6 million trips, according to the agency's annual report.",
     "the agency's annual report", "document"),
    ("A 2023 audit found that the agency overspent by $4 million.", "A 2023 audit", "document"),
    ("Court records show the company was fined twice.", "Court records", "document"),
    # Reuters-21578 dev: wire copy's own data ("according to calculations by Reuters Pipeline")
    ("Netback values rose sharply last week, according to calculations by Norland Pipeline.",
     "calculations by Norland Pipeline", "document"),
    ("The budget is $412 million, according to figures the finance office presented in January.",
     "figures the finance office presented", "document"),
    # anonymous
    ("The mayor will resign, according to two people familiar with the matter.",
     "two people familiar with the matter", "anonymous"),
    ("Unnamed administration officials said the commissioner missed meetings.",
     "Unnamed administration officials", "anonymous"),
    ("Administration officials who work with Magnus have criticized him for being unengaged.",
     "Administration officials who work with Magnus", "anonymous"),
    ("Politico cited unnamed administration officials saying he missed meetings.",
     "unnamed administration officials", "anonymous"),
    ("A senior aide said the deal was close.", "A senior aide", "anonymous"),
    ("Opponents argue the tax will hurt small shops.", "Opponents", "anonymous"),
    ("Some residents say the plant has made them sick.", "Some residents", "anonymous"),
    ("Analysts say the merger could raise prices.", "Analysts", "anonymous"),
    ("Critics of the plan have long argued it is too expensive.", "Critics of the plan", "anonymous"),
    ("Sources said the talks had stalled.", "Sources", "anonymous"),
    ("The plan is dead, said a person briefed on the talks.", "a person briefed on the talks", "anonymous"),
    ("It is said that the house is haunted.", "It is said", "anonymous"),
    ("The stadium is widely believed to be for sale.", "is widely believed", "anonymous"),
    ("The album is considered by many to be his best.", "many", "anonymous"),
    ("He reportedly sold the company in 2019.", "reportedly", "anonymous"),
    ("The mayor will resign next month, according to reports.", "reports", "anonymous"),
    ("Two board members, who spoke on condition of anonymity, said the board had lost confidence.",
     "Two board members", "anonymous"),
    ("Witnesses said the car ran a red light.", "Witnesses", "anonymous"),
    ("The majority of economists believe rates will fall.", "The majority of economists", "anonymous"),
    ("Some Democrats believe the bill goes too far.", "Some Democrats", "anonymous"),
    # expectation verbs attribute a forecast to their subject
    ("Analysts polled by FactSet had expected earnings of $1.31 a share.", "Analysts polled by FactSet",
     "organisation"),
    ("Economists surveyed by Reuters expect the jobless rate to reach 5.2%.", "Economists surveyed by Reuters",
     "organisation"),
    ("The city expects sales tax revenue to grow by 3 percent next year.", "The city", "organisation"),
    ("Economists had expected unemployment to rise to 5.2%.", "Economists", "anonymous"),
    # "forecast" is its own past tense: a subject's forecast, before or after the claim
    ("Inflation would be 1.75% next year and 2% after that, Ms Okafor forecast.", "Ms Okafor", "person"),
    ("The central bank has forecast growth of 1.9% in 2027.", "The central bank", "organisation"),
    ("Retailers forecast a 4% rise in sales.", "Retailers", "anonymous"),
    # a progressive is the clause's verb: "are expecting" as "expect"
    ("Election officials are expecting turnout of about 60%.", "Election officials", "anonymous"),
    ("The finance minister is predicting growth of 2% next year.", "The finance minister", "person"),
    # a boast is the subject's own claim
    ("The president bragged that unemployment had fallen below 5 percent.", "The president", "person"),
    # a bracketed abbreviation after the name: the name is the source
    ("Average earnings rose by 4.3%, the Office for National Statistics (ONS) added.",
     "the Office for National Statistics", "organisation"),
    ("Growth will slow, the Organisation for Economic Co-operation and Development (OECD) said.",
     "the Organisation for Economic Co-operation and Development", "organisation"),
]


@pytest.mark.parametrize("text,source,cls", CLASSES)
def test_source_and_class(text, source, cls):
    a, found = _attrs(text)
    hits = [f for f in found if source in f[0] or f[0] in source and f[0]]
    assert hits, found
    assert hits[0][1] == cls, found


def test_outlets_are_secondary():
    a = analyse("According to the Associated Press, migrants were stopped 2.38 million times.")
    assert a.attributions[0].secondary
    a = analyse("The Department of Homeland Security said the review was complete.")
    assert not a.attributions[0].secondary


# Sentences with no attribution of information at all
NON_ATTRIBUTIONS = [
    "Homeland Security officials did not immediately respond to requests for comment.",
    "Candidates benefit from low expectations, yet Trump constantly brags about his debate success.",
    "City officials did not respond to a request for comment.",
    "A spokesperson for the mayor declined to comment.",
    "The company could not be reached for comment on Friday.",
    "KOLD News 13 reached out to Customs and Border Protection for a statement. Neither responded.",
    "The board asks the chief executive to resign.",
    "Residents may also submit written comments through the agency's website.",
    "Most US states prohibit the marketing of ozone generators.",
    "The family car can be seen as a symbol of excess.",
    "The meeting was held on Tuesday.",
    "The proposal is being considered.",
    "The band played two sets and left.",
    # a comparison with a forecast, and an agentless expectation, name no source
    "Unemployment rose to 5.2%, higher than economists had expected.",
    "Sales rose 12%, more than expected.",
    "Freight prices are expected to fall further next year.",
    "US companies created twice as many jobs as expected in October.",
    "Other actors expected to attend the ceremony include Diane Kruger.",
    "Teenagers in the richest areas could expect a better than even chance of a place.",
]


@pytest.mark.parametrize("text", NON_ATTRIBUTIONS)
def test_not_an_attribution(text):
    a, found = _attrs(text)
    assert not found, found


# Sentences whose attributions name their source: nothing anonymous
NOT_ANONYMOUS = [
    "The suspect is believed to have fled to Mexico, police said.",
    "In response, Ban and his aides claimed the allegations were wrong.",
    "The finance director, Samuel Achebe, said the proposal would be published on March 30.",
    "Its chief executive said profits would rise.",
    "The Republicans insist that the policies have not worked.",
    "Magnus said he would not step down, according to a statement to the Los Angeles Times.",
    "The mayor, a former teacher, said schools would reopen.",
    "\"I'm not going anywhere,\" Whitfield said Friday.",
]


@pytest.mark.parametrize("text", NOT_ANONYMOUS)
def test_named_sources_are_not_anonymous(text):
    a, found = _attrs(text)
    assert found, "expected an attribution"
    assert not [f for f in found if f[1] == "anonymous"], found


# (text, a reason is stated)
REASONS = [
    ("Two board members, who spoke on condition of anonymity because they were not authorized to discuss "
     "personnel matters, said the board had lost confidence.", True),
    ("The official requested anonymity to discuss internal deliberations.", True),
    ("A person who asked not to be named because they were not authorized to speak publicly said the deal was off.",
     True),
    ("An aide, who was not authorized to speak publicly, said the vote would be delayed.", True),
    ("The officials spoke on condition of anonymity for fear of retaliation.", True),
    ("They requested anonymity, citing the sensitivity of the negotiations.", True),
    ("He asked that his name not be used because he feared retaliation.", True),
    ("A senior official, speaking on the condition that he not be named because he was not authorized to comment, "
     "said the plan was dead.", True),
    ("Two board members, who spoke on condition of anonymity, said the board had lost confidence.", False),
    ("People familiar with the matter said the deal was close.", False),
    ("The mayor spoke to reporters on Friday.", False),
]


@pytest.mark.parametrize("text,expected", REASONS)
def test_anonymity_reasons(text, expected):
    a = analyse(text)
    assert bool(a.anonymity_reasons) == expected, [text[r.start:r.end] for r in a.anonymity_reasons]


def test_reason_span_is_the_explanation():
    text = ("Two board members, who spoke on condition of anonymity because they were not authorized to "
            "discuss personnel matters, said the board had lost confidence.")
    a = analyse(text)
    r = a.anonymity_reasons[0]
    assert text[r.start:r.end] == ("spoke on condition of anonymity because they were not authorized to "
                                   "discuss personnel matters")


# (text, source, content)
CONTENT = [
    ("The mayor plans to resign next month, according to two people familiar with the matter.",
     "two people familiar with the matter", "The mayor plans to resign next month"),
    ("Critics say the agency's problems began long before Whitfield arrived.", "Critics",
     "the agency's problems began long before Whitfield arrived"),
    ("Board chair Marcus Oyelaran told reporters that the vote was close.", "Marcus Oyelaran", "the vote was close"),
    ("The board acted after a long conversation, Oyelaran said.", "Oyelaran", "The board acted after a long conversation"),
    ("In a statement, Magnus responded by saying he isn't going anywhere.", "Magnus", "he isn't going anywhere"),
]


@pytest.mark.parametrize("text,source,content", CONTENT)
def test_content_span(text, source, content):
    a = analyse(text)
    hit = [x for x in a.attributions if x.source == source]
    assert hit, a.attributions
    assert text[hit[0].content_start:hit[0].content_end] == content


def test_offsets_point_at_the_words():
    text = "The mayor will resign, according to two people familiar with the matter."
    x = analyse(text).attributions[0]
    assert text[x.cue_start:x.cue_end] == "according to"
    assert text[x.source_start:x.source_end] == "two people familiar with the matter"


def test_pronoun_resolves_to_last_person():
    a = analyse("Dana Whitfield spoke on Friday. She said the work was not finished.")
    assert [(x.source, x.source_class) for x in a.attributions] == [("Dana Whitfield", "person")]


# "he said" takes the person named last before it, read by the one name
# scan speakers use too (names.name_runs): a name with "Mc" or an initial
# in it is one name, and a sentence opener, a party label or a title in
# front of it is not part of it.
PRONOUN_NAMES = [
    ("Claire McCaskill spoke on Friday. She said the work was not finished.", "Claire McCaskill"),
    ("Donald J. Trump spoke on Friday. He said the work was not finished.", "Donald J. Trump"),
    ("Although Michele Shenefield voted early, she believes the count is fair.", "Michele Shenefield"),
    ("On Syria, Democrat Hillary Clinton spoke first. She said talks must go on.", "Hillary Clinton"),
    ("Carl-Henric Svanberg spoke. Mr. Svanberg left early. He said the deal was done.", "Carl-Henric Svanberg"),
]


@pytest.mark.parametrize("text, source", PRONOUN_NAMES)
def test_pronoun_resolves_to_the_full_name(text, source):
    got = [(x.source, x.source_class) for x in analyse(text).attributions if x.cue in ("said", "believes")]
    assert got == [(source, "person")]


# An inverted cue's source is read as quote speakers read it
# (inverted.phrase_after), when it ends the clause.
INVERTED = [
    ('"Prices will rise," said ABN Amro\'s Eddie Wong.', "Eddie Wong", "person"),
    ('"Prices will rise," said Deutsche Bank\'s Simon Champion.', "Simon Champion", "person"),
    ("Costs will fall, said Rep. James Clyburn of South Carolina.", "James Clyburn", "person"),
    ('"Every sector was hit," said entrepreneur Drayton Valentine.', "Drayton Valentine", "person"),
    ("Pupils learn from games, say researchers.", "researchers", "anonymous"),
    ("Talks are making progress, say those behind the negotiations.", "those behind the negotiations", "anonymous"),
    ('"We will appeal," said Moscow-based US lawyer Jamie Firestone, who is not connected to the case.',
     "Jamie Firestone", "person"),
]


@pytest.mark.parametrize("text, source, cls", INVERTED)
def test_inverted_source_read_as_speakers_read_it(text, source, cls):
    a = analyse(text)
    assert [(x.source, x.source_class) for x in a.attributions] == [(source, cls)]
    x = a.attributions[0]
    assert text[x.source_start:x.source_end] == source


def test_inverted_cue_followed_by_its_content_has_no_source_after_it():
    # "said discussions have been underway": the content, not a source
    a = analyse("The official, who is not authorised to comment, said discussions have been underway.")
    assert [(x.source, x.source_class) for x in a.attributions] == [("The official", "anonymous")]


# A quote's speaker phrase gets the class an attribution's source phrase
# gets (sources.classify), but a head that classifier does not know is a
# person ("the gambling tycoon") and an indefinite phrase is someone unnamed
# ("a Twitter spokesman", "One California delegate").
SPEAKER_CLASSES = [
    ("a Twitter spokesman", "anonymous"),
    ("the official", "anonymous"),
    ("his aides", "anonymous"),
    ("the exit polls", "document"),
    ("federal prosecutors", "organisation"),
    ("the gambling tycoon", "person"),
    ("One California delegate", "anonymous"),
]


@pytest.mark.parametrize("phrase, cls", SPEAKER_CLASSES)
def test_speaker_phrases_are_classed_as_sources_are(phrase, cls):
    from factcheck.extract.descriptions import classify_phrase
    from factcheck.extract.sources import classify
    from factcheck.extract.tokens import tokens
    assert classify_phrase(phrase) == cls
    known = classify(tokens(phrase, 0, len(phrase)))[0]
    assert known in (cls, "none") or cls == "anonymous"


# A phrase saying the name is withheld, or describing the source by its
# access, is unnamed whatever its head (withheld_identity_phrases.txt).
WITHHELD = [
    "regulators who asked not to be named",
    "negotiators briefed on the talks",
    "bankers with knowledge of the deal",
    "lawyers knowledgeable about the case",
]


@pytest.mark.parametrize("phrase", WITHHELD)
def test_a_withheld_name_makes_a_source_anonymous(phrase):
    from factcheck.extract.descriptions import classify_phrase
    from factcheck.extract.sources import classify
    from factcheck.extract.tokens import tokens
    assert classify(tokens(phrase, 0, len(phrase)))[0] == "anonymous"
    assert classify_phrase(phrase) == "anonymous"


def test_sentence_end_after_an_acronym_ends_the_name():
    # "TV. Broadcasters" is no person's name: the bare plural is an unnamed source
    a = analyse("It gives people more control over TV. Broadcasters see IPTV as a threat and an opportunity.")
    assert [(x.source, x.source_class) for x in a.attributions] == [("Broadcasters", "anonymous")]
    index = NameIndex("Jo Lee joined the UK. Tory leaders met. Lee said so.")
    assert index.resolve("Tory") == "Tory" and index.resolve("Lee") == "Jo Lee"


def test_person_mentions_resolve_a_surname_named_before():
    from factcheck.extract.names import person_mentions
    text = "Ms. Whitfield arrived. Dana Whitfield spoke. Then Whitfield left. Board chair Marcus Oyelaran and the IMF. Oyelaran"
    got = person_mentions(text, 0)
    assert got == [(text.index("Dana"), "Dana Whitfield"), (text.index("Whitfield left"), "Dana Whitfield"),
                   (text.index("Marcus"), "Marcus Oyelaran"), (text.rindex("Oyelaran"), "Marcus Oyelaran")]


def test_second_verb_keeps_its_subject():
    a = analyse("Magnus has been asked to resign, but said he won't step down.")
    assert [(x.source, x.source_class) for x in a.attributions] == [("Magnus", "person")]


def test_cues_inside_quotes_are_the_speakers_words():
    a = analyse('"I think critics say a lot of things," Whitfield said.')
    assert all(x.source_class != "anonymous" for x in a.attributions), a.attributions


def test_quotes_with_speakers_are_linked():
    text = 'Board chair Marcus Oyelaran spoke after the vote. "We owe riders a system that runs on time," he said.'
    a = analyse(text)
    spoken = [qi for qi, q in enumerate(a.quotes) if q.speaker]
    linked = {x.quote for x in a.attributions if x.quote is not None}
    assert set(spoken) <= linked


def test_entities_are_named_people_and_organisations():
    text = ("Sen. Jane Doe said the bill would pass. Doe said it had support. "
            "The Department of Homeland Security said it would comply. Analysts said it was unlikely.")
    a = analyse(text)
    assert a.entities == ("Department of Homeland Security", "Jane Doe")


def test_desk_anonymity_phrases_extend_the_lexicon():
    from factcheck.settings import Settings
    text = "Our correspondent in the region said the border was closed."
    assert not [x for x in analyse(text).attributions if x.source_class == "anonymous"]
    a = analyse(text, settings=Settings(anonymity_phrases=("our correspondent",)))
    assert [x.source_class for x in a.attributions] == ["anonymous"]


# Cases met in PolNeAR (train) and BBC News development
MORE = [
    ("Kirsten Gillibrand (D-NY), a supporter of the bid, told host Chris Cuomo she was pleased.", "Kirsten Gillibrand",
     "person"),
    ('"We are friends," Jim Bennett, 57, told a voter passing by.', "Jim Bennett", "person"),
    ("President Barack Obama met survivors of the attack and said the country must act.", "Barack Obama", "person"),
    ("Howard Archer, economist at Global Insight said the rise was expected.", "Howard Archer", "person"),
    ('"A decision is expected in March," said one of their lawyers, Michalis Dimitrakopoulos.',
     "Michalis Dimitrakopoulos", "person"),
    ("According to technology analysts, TDG Research, subscribers will double.", "TDG Research", "organisation"),
    ("The survey of more than 1,000 people reported that 43% would not share data.",
     "The survey of more than 1,000 people", "document"),
    ("Tory sources say senior figures argued against the scheme.", "Tory sources", "anonymous"),
    ("A Labour source told the Sunday Times the campaign would start in May.", "A Labour source", "anonymous"),
    ("It is understood that the manager would have been sacked.", "It is understood", "anonymous"),
    ("A doctor said the patient was stable.", "A doctor", "anonymous"),
    ("One questioner asked whether the plan would work and said it was doomed.", "One questioner", "anonymous"),
    ("A court order said the company must pay.", "A court order", "document"),
    # "close to" stays inside the source phrase
    ("According to one person close to the investigation, the suspect had a key.",
     "one person close to the investigation", "anonymous"),
    ("The deal is off, according to people close to the talks.", "people close to the talks", "anonymous"),
    # a participle appositive describes the subject; the name inside it is not the source
    ("The study, published in The Lancet, found a 20% drop in deaths.", "The study", "document"),
    ("The report, released by the Urban Institute, found rents rose 20%.", "The report", "document"),
    ("The mayor, flanked by Police Chief John Smith, said crime fell 10%.", "The mayor", "person"),
    # ... unless no source stands before it: then the name in it is the source
    ("The research, carried out by transport expert professor Richard Allsop, says cutting the limit would save lives.",
     "Richard Allsop", "person"),
    # a head of no known kind after an organisation's name is the organisation's
    ("The nationalist Global Times tabloid said the drills were a warning.",
     "Global Times tabloid", "organisation"),
    ("The Trump University playbook said students should be pressed to pay.",
     "Trump University playbook", "organisation"),
    # a common capitalised word inside a name is part of it ("National", "State")
    ("The National Rifle Association said the bill was flawed.", "National Rifle Association", "organisation"),
    ("A State Department spokesman said the talks would resume.", "State Department spokesman", "organisation"),
    ("The Democratic National Convention said the vote was fair.", "Democratic National Convention", "organisation"),
    # ... but not a quantity or determiner opening the run
    ("Some Democrats said the plan would fail.", "Some Democrats", "anonymous"),
]


@pytest.mark.parametrize("text,source,cls", MORE)
def test_more_sources(text, source, cls):
    a, found = _attrs(text)
    hits = [f for f in found if f[0] == source]
    assert hits and hits[0][1] == cls, found


NOT_SOURCES = [
    "Frank cites the union's support for the Civil Rights Act.",
    "Others thought to be in the running include Ewan McGregor.",
    "He only dodged one question about the investor.",
    "The software assigns one of 88 piano notes to each pixel.",
    "Further measurements revealed another periodicity in the data.",
    "The association's input was considered but ultimately rejected.",
]


@pytest.mark.parametrize("text", NOT_SOURCES)
def test_not_an_anonymous_source(text):
    a, found = _attrs(text)
    assert not [f for f in found if f[1] == "anonymous"], found


@pytest.mark.parametrize("text,source,cls", [
    ('Fletcher was described as a "consummate professional" by his friend Michael Pointon.', "Michael Pointon",
     "person"),
    ("One of the foreign bidders who lost out, steel giant LNM, told BBC News it was interested.", "LNM",
     "organisation"),
    ('"Calculators will have to wait," said an IMF official in a briefing on Wednesday.', "an IMF official",
     "anonymous"),
])
def test_named_agent_or_appositive_wins(text, source, cls):
    a, found = _attrs(text)
    assert [(f[0], f[1]) for f in found][:1] == [(source, cls)], found


# Everyday news attributions: (sentence, source text, class, secondary)
EVERYDAY = [
    ("The White House said the president would sign the bill.", "White House", "organisation", False),
    ("A spokeswoman for the governor said the budget was balanced.", "A spokeswoman for the governor",
     "organisation", False),
    ("The governor's office said the budget was balanced.", "The governor's office", "organisation", False),
    ("The lawsuit says the company hid the defects.", "The lawsuit", "document", False),
    ("The man was arrested Tuesday, according to police.", "police", "organisation", False),
    ("According to court documents, the man fled the state.", "court documents", "document", False),
    ("Prosecutors said the man fled.", "Prosecutors", "organisation", False),
    ("Smith, 45, of Tucson, was arrested, police said.", "police", "organisation", False),
    ('"We will appeal," the company said.', "the company", "organisation", False),
    ("State officials said the road would reopen Monday.", "State officials", "anonymous", False),
    ("Neighbors said they heard gunshots.", "Neighbors", "anonymous", False),
    ("The Times reported that the deal was dead.", "Times", "organisation", True),
    ("A New York Times analysis found that rents rose 12%.", "A New York Times analysis", "document", False),
    ("Data from the Census Bureau show the population grew.", "Data from the Census Bureau", "document", False),
    ("The study, published in Nature, found that the drug worked.", "The study", "document", False),
]


@pytest.mark.parametrize("text,source,cls,secondary", EVERYDAY)
def test_everyday_news(text, source, cls, secondary):
    a = analyse(text)
    got = [(x.source, x.source_class, x.secondary) for x in a.attributions]
    assert got[:1] == [(source, cls, secondary)], got


def test_a_partial_quote_keeps_the_reported_clause_as_content():
    # the attribution's content is what the source said, not only the words it quoted
    text = 'The mayor said the plan was "dead in the water" and would be withdrawn next month.\n'
    a = analyse(text)
    linked = [x for x in a.attributions if x.quote is not None]
    assert linked, a.attributions
    assert text[linked[0].content_start:linked[0].content_end].startswith("the plan was")
    assert text[linked[0].content_start:linked[0].content_end].endswith("next month")


# One head-noun list per kind of source, read by both readers; a second
# column limits a word to one of them (organisation_nouns.txt, document_nouns.txt).
READER_LISTS = [
    ("organisation_nouns", "agency", {"attributions", "speakers"}),
    ("organisation_nouns", "airline", {"attributions", "speakers"}),  # "The airline says no fare will"
    ("organisation_nouns", "times", {"attributions", "speakers"}),
    ("document_nouns", "audit", {"attributions", "speakers"}),
    ("document_nouns", "verdict", {"attributions", "speakers"}),
    ("document_nouns", "tweet", {"attributions"}),  # "One tweet" speaking is someone unnamed
]


@pytest.mark.parametrize("name, word, readers", READER_LISTS)
def test_a_shared_head_list_says_which_reader_reads_a_word(name, word, readers):
    from factcheck.extract.lexicon import READERS, reader_list
    assert {r for r in READERS if word in reader_list(name, r)} == readers


def test_a_shared_head_list_names_only_known_readers(monkeypatch):
    import importlib
    lexicon = importlib.import_module("factcheck.extract.lexicon")
    monkeypatch.setattr(lexicon, "read_list", lambda name: ("agency", "airline speaker"))
    with pytest.raises(ValueError, match="unknown reader 'speaker'"):
        lexicon.reader_list("organisation_nouns", "speakers")


# One head-noun reader: a speaker's description is read as an attribution's
# source is (sources.head_word: the head part ends at a preposition, a
# relative word or a comma; "'s" dropped).
HEAD_NOUNS = [
    ("the mayor, a former teacher", "mayor"),
    ("officials who work with Magnus", "officials"),
    ("the agency\u2019s", "agency"),
    ("a person familiar with the matter", "person"),
    ("analysts at the bank (Reuters)", "analysts"),
    ("", ""),
]


@pytest.mark.parametrize("phrase, head", HEAD_NOUNS)
def test_speaker_descriptions_and_sources_have_one_head_reader(phrase, head):
    from factcheck.extract.descriptions import head_noun
    from factcheck.extract.sources import head_word
    from factcheck.extract.tokens import tokens
    assert head_noun(phrase) == head_word(tokens(phrase, 0, len(phrase))) == head
