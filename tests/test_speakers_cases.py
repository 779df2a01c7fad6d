"""Speakers an editor can rely on (issue 10): sentence -> expected speaker.
Written for these tests, not taken from a corpus."""

import pytest

from factcheck.extract import extract
from factcheck.model import Article


def _speakers(text):
    """The speaker of each quote extracted from ``text``, in order."""
    return [q.speaker for q in extract(Article(path="x.txt", content=text)).quotes]


@pytest.mark.parametrize("text, speaker, kind", [
    # a title after "The" keeps its capitalised words ("New" is no opener there)
    ('The New York Times reported that the mayor "would not seek a second term."', "New York Times",
     "organisation"),
    ('The Big Issue said the scheme was "a lifeline for sellers."', "Big Issue", "organisation"),
    ('"We will appeal," said Tim Kaine, the senator from Virginia.', "Tim Kaine", "person"),
])
def test_speaker(text, speaker, kind):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert [(q.speaker, q.speaker_class) for q in quotes] == [(speaker, kind)]


@pytest.mark.parametrize("text, speaker", [
    # a colon ends the clause that introduces the quote: its subject, or the name before the colon
    ('Flood relief approved\n\nWhen the dam failed in 1998, Governor Lena Marsh released the following '
     'statement:\n\n"Our thoughts are with every family in the valley."', "Lena Marsh"),
    ('The turnout did not surprise county pollster Ray Okafor: "Early voters always come out first."',
     "Ray Okafor"),
    ('Council clash\n\nAsked about the budget, the mayor said little.\n\nKelly responded with a smile: '
     '"It happens every year."', "Kelly"),
    # a preposition before the name makes it the quote's subject, not its speaker (no speaker
    # is better than the wrong one)
    ('Tess Arlo likes neither candidate. Of Marsh: "I do not believe a word she says."', None),
    ('Tess Arlo called the station. She told Radio Vale: "I will not stand again."', "Tess Arlo"),
    # a party label and describing words before a name: the name
    ('Republican presidential nominee Dana Voss, in two interviews, called the plan "a disaster."',
     "Dana Voss"),
    ('"It was never meant to be," said Democratic political consultant Chris Rowe.', "Chris Rowe"),
    # a possessor and describing words before a name: the name, not the possessor
    ('"This is the first time," said Marsh\'s top policy aide Jake Orton.', "Jake Orton"),
    ('Hillary Marsh\'s campaign manager Robby Dunn said that Voss "lashed out at our generals."',
     "Robby Dunn"),
    # a quote ending in a nested question keeps the cue after it
    ('Flint water\n\n"She asked us, \'What kind of help do you need?\'" Weaver said.', "Weaver"),
    # a place with a comma inside an apposition ("from Sumter, South Carolina") is not the subject
    ('Cruz rally\n\nDean Lowe, a salesman from Sumter, South Carolina, says Cruz will "leave here with '
     'momentum."', "Dean Lowe"),
    ('"We cannot wait," said Ana Ruiz, the director of the Federal Bureau of Investigation, in a statement.',
     "Ana Ruiz"),
    # a surname ending in "-ing" that the story also capitalises mid-sentence is a name, not an opener
    ('Pitcher fired\n\nA screen image showed that Schilling had posted it.\n\nSchilling told WEEI:\n\n'
     '"I am not a bigot and never was."', "Schilling"),
    ('Market day\n\nTraders met on Friday.\n\nSpeaking at the market, Ana Ruiz said prices were "too high."',
     "Ana Ruiz"),
    # ... but not a title after an article ("for the Family")
    ('Plans\n\nThe Shadow Secretary of State for the Family, Tessa Lane, said: "These plans were announced '
     'twice."', "Tessa Lane"),
])
def test_speaker_after_colon_party_label_or_possessor(text, speaker):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the name an apposition chain hangs on, not the last capitalised words before the cue
    ('Lena Ortiz, treasurer of the board of Harbor Trust, the charity\'s grant arm, said it would pay '
     '"only what is owed."', "Lena Ortiz"),
    ('Tom Reyes, a county planner who works with Vale Partners, a private lender, said the scheme was '
     '"dead on arrival."', "Tom Reyes"),
    ('Mara Quinn, who lives outside the county seat, Millbrook, said she still "hopes for a recount."',
     "Mara Quinn"),
    ('Ada Brill, Northwind\'s head of public affairs, said the airline was "open to talks."', "Ada Brill"),
    ('The council\'s lawyer, Owen Pratt, said the ruling was "a setback."', "Owen Pratt"),
    ('Her deputy campaign manager, Sam Idris, said the ads were "misleading."', "Sam Idris"),
    ('Ohio\'s Democratic secretary of state, Joan Park, said the rolls were "accurate."', "Joan Park"),
    ('Sara Lind, the port director, who took office in May, called the strike "a disaster."', "Sara Lind"),
    # a person from a place: the person
    ('Rep. Nora Vance of Kansas, an ally of the chairman, said the bill was "unworkable."', "Nora Vance"),
    ('Committee Chairman R.J. Tolland of Vermont said that "the rule will stand."', "R.J. Tolland"),
    ('House Speaker Ian M. Crale of Ohio called the plan "reckless."', "Ian M. Crale"),
    # ... but a title is no person ("Director of Public Works"), and a name after "for" is not the subject
    ('Director of Public Works, Ben Ashe, who oversees the depot, said the trucks were "too old."',
     "Ben Ashe"),
    ('"It was never meant to be," Dan Ferris, from Larch Capital told reporters.', "Dan Ferris"),
    # an age and a state abbreviation are descriptions too; a person "of the" organisation is the person
    ('Ruth Gale, 41, of Dover, Del., said the lines were "longer than ever."', "Ruth Gale"),
    ('"It is time to vote," Senate Majority Leader Tom Keel, R-Ky., said.', "Tom Keel"),
    ('Ivan Sorel of the Brookfield Policy Institute wrote that the cuts "do not pay for themselves."', "Ivan Sorel"),
    # an employer before the describing words, a title inside the run after a lower-case word
    ('"The poll was close," said Dunmore University political scientist Nell Agar.', "Nell Agar"),
    ('"I fundamentally disagree," said retired Army Lt. Gen. Cal Brenner, who served abroad.', "Cal Brenner"),
    # a name, its descriptions, then the clause's verb: the name is the subject
    ('Rosa Venn, the victim\'s mother, issued a statement on Friday, saying the fund will pay for '
     '"a new playground."', "Rosa Venn"),
    ('Omar, who is Catholic, also criticised the plan, noting it has "no money behind it."', "Omar"),
    ('Kit Farrow, the chairman and treasurer of the Lakeside Fund, has urged donors on with notes like '
     '"We will win this."', "Kit Farrow"),
    # a place or employer, then a title, then the name: the name
    ('"He has been struggling," said former Ohio governor Hal Dent.', "Hal Dent"),
    ('"It is over," said Harbor Radio co-host Mia Strand.', "Mia Strand"),
    ('Lakeside campaign manager Cora Bell called the ruling "a gift."', "Cora Bell"),
    # ... but not a plural noun before a name ("reporters Smith" is no title)
    ('Trent told reporters Hale was "a fine man."', "Trent"),
    ('"It came back," said former Marsh adviser Ned Axley.', "Ned Axley"),
    # a described speaker with capitalised words and a lower-case head, then the name
    ('"We are worried," said another Bluebird user, Pia Lund.', "Pia Lund"),
    # a person of an organisation whose name holds "for"
    ('"It is hard," said Lin Parr of the Harbor Center for Tidal Studies.', "Lin Parr"),
    # an abbreviated title; "that" before a name is a conjunction, not a determiner
    ('The row grew so loud that Ohio Gov. Jan Tillery said, "I need a translator."', "Jan Tillery"),
    ('A fire broke out in a building that Mayor Ted Ruhl described as "an intentional act."', "Ted Ruhl"),
    # a noun for someone who does something, before a full name after the cue
    ('"I will not say it was a mistake," said retired neurosurgeon Bo Carrick.', "Bo Carrick"),
    # a time phrase between the subject and its cue
    ('The inn, which Governor Ida Moss on Friday declared "a landmark for the whole state," is closed.', "Ida Moss"),
    ('Mayor Ed Pike last week called the plan "a disgrace to the city."', "Ed Pike"),
])
def test_speaker_behind_apposition_chain(text, speaker):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert [q.speaker for q in quotes] == [speaker]


def test_described_speaker_with_of_the_is_a_person():
    text = 'The director of the Harbor Center for Tidal Studies said the survey was "late."\n'
    quotes = extract(Article(path="x.txt", content=text)).quotes
    assert [(q.speaker, q.speaker_class) for q in quotes] == [
        ("The director of the Harbor Center for Tidal Studies", "person")]


@pytest.mark.parametrize("text, speaker", [
    # a possessor before a participle used as an adjective is no subject of it
    ('Mr Dorn said the issue was that Mr Vale\'s reported views had been "made policy." He added: '
     '"We never agreed."', "Dorn"),
    # a company whose name ends in 's still speaks
    ('Gilroy\'s announced it was to scrap its "supersized" meals.', "Gilroy"),
])
def test_possessor_before_participle(text, speaker):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # the listener after a participle is never the speaker ("telling reporters"): the clause's subject is
    ('The board praised the deal as "fantastic for everyone here," telling reporters it would pass.', "The board"),
    ('The Marlow Foundation would not address "that person or his claims," telling Harbor News that it '
     'would say no more.', "Marlow Foundation"),
    # "member" is a noun for one person before a name
    ('Band member Flea shared the news last week, writing "Feels great to support someone I believe in."', "Flea"),
    # a place or an object named before the participle's comma is not its subject
    ('On Friday, Mr. Carsten endorsed Mr. Trumble at a news conference at Mar-a-Lago, Mr. Trumble\'s private '
     'club, calling him "actually a very intelligent man who cares deeply."', "Carsten"),
])
def test_participle_listener_is_no_speaker(text, speaker):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a parenthesis stays inside its apposition; a long apposition chain is read to its name
    ('Mara Wells, a law professor at Dunmore who once worked for Sen. Al Reyes (R-Tenn.), one of the '
     'bill\'s authors, called it "a significant development."', "Mara Wells"),
    ('Sam Okoro, a former Treasury official who is now a senior fellow at the Harbor Institute for Trade, '
     'which studies ports and shipping, said that support for the plan was "overwhelming."', "Sam Okoro"),
    # a person "of" a state, then the verb, after introductory phrases
    ('At a rally in Dover, N.H., on Tuesday, Senator Ben Sandler of Vermont endorsed the mayor, saying that '
     'she would "make an outstanding governor."', "Ben Sandler"),
])
def test_long_appositions(text, speaker):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a title word that ends a name is its surname ("Carole King", "Peter T. King")
    ('"It is not going to be easy," Lena King said.', "Lena King"),
    ('"It is not going to be easy," said Representative Paul T. King of Ohio.', "Paul T. King"),
    # a description, a place or firm after a preposition, then the name in apposition
    ('"It was his first attempt," said his closest friend at Lehigh, Bruno Tarr, who knew him well.', "Bruno Tarr"),
    ('"The odds are even," said another leading trial lawyer, Ann J. Pike of the firm Mayer Lane.', "Ann J. Pike"),
    ('"It will not be easy," said the singer Lena King.', "Lena King"),
])
def test_title_surnames_and_names_after_descriptions(text, speaker):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a titled surname "of" an organisation is the person
    ('"It was the least bad outcome," Mr. Morrow of the Harbor Club said.', "Morrow"),
    # a cue word after a determiner is a noun ("one of the states suing"); a far cue may close its
    # sentence with where it was said
    ('"It is an invasion of our domain," Lena Pratt, the attorney general of Ohio, one of the states '
     'suing the agency, said at a news conference.', "Lena Pratt"),
])
def test_titled_surname_and_noun_cue_words(text, speaker):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert quotes[0].speaker == speaker



def test_quote_attribution_cue_after_a_long_apposition():
    text = ('"It is an invasion of our domain," Lena Pratt, the attorney general of Ohio, one of the states '
            'suing the agency, said at a news conference.\n')
    analysis = extract(Article(path="x.txt", content=text))
    linked = [a for a in analysis.attributions if a.quote == 0]
    assert [(a.source, text[a.cue_start:a.cue_end]) for a in linked] == [("Lena Pratt", "said")]


def test_irregular_past_verb_ends_the_subject_of_a_participle():
    text = ('The Ohio senator sought to calm his supporters, and took a heckler in stride, saying the man '
            'would "not get beat up" at his rally.\n')
    assert _speakers(text) == ["The Ohio senator"]


@pytest.mark.parametrize("text, speaker", [
    # a party-state tag in parentheses after the subject's name
    ('But Sen. Pat Tooley (R-Pa.) refused to entertain the idea, responding that he is "not going to go into '
     'what my campaign is doing."', "Pat Tooley"),
    # a cue set off by commas with its source after it
    ('The paradox of Nancy, says Carl Antony, historian at the National Library, is that she was "one of the '
     'most powerful first ladies in the era."', "Carl Antony"),
    ('Because of how the schedule was made, explained Rosenthal, "with this thing over by mid-March there is '
     'a scenario where it is hard."', "Rosenthal"),
])
def test_parenthesis_and_cue_between_commas(text, speaker):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a statement issued by someone, "saying ...": the issuer, not the statement
    ('Black Lives Matter issued a statement saying it took the action "because of the unsafe conditions here."',
     "Black Lives Matter"),
    ('His office put out a statement saying the city "does not have the capacity to vet every request."',
     "His office"),
    # a time phrase and an adverb between a described subject and its verb are not part of it
    ('The Lakeside campaign on Monday also doubled down on its attacks, saying she is experienced "on paper '
     'and nowhere else."', "The Lakeside campaign"),
])
def test_issuer_of_a_statement_and_trimmed_subjects(text, speaker):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert quotes[0].speaker == speaker


def test_said_before_a_clause_is_not_inverted():
    text = ('Mr. Manfield, citing "the unique magic of the candidate," said the candidate could be in a very '
            'strong position.\n')
    assert _speakers(text) == ["Manfield"]


def test_possessor_role_then_name_after_inverted_cue():
    text = '"We are working around the clock," said Northline\'s operations director, Hana Kroll.\n'
    assert _speakers(text) == ["Hana Kroll"]


def test_person_of_a_place_with_a_comma():
    text = 'Stacy Barker of Columbia, South Carolina says the race is "far from over now."\n'
    assert _speakers(text) == ["Stacy Barker"]



@pytest.mark.parametrize("text, speaker", [
    # an aside set off by dashes between subject and cue: the subject before it
    ('On Monday, Harkin \u2014 mentioned by the Ledger as a possible cabinet pick \u2014 told reporters that '
     '"you have to look at it seriously."', "Harkin"),
    # a description before the aside and a name opening it: the name
    ('A former Democratic senator -- Tom Harkin, who retired in 2015 -- said the plan "will not work at all."',
     "Tom Harkin"),
])
def test_subject_around_a_dash_aside(text, speaker):
    assert _speakers(text + "\n") == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a preposition after a source noun continues the description: the whole phrase speaks,
    # not the organisation or person it is tied to
    ('A spokesman for the buyer said there was a commitment "to making this a showcase."',
     "A spokesman for the buyer"),
    ('But a source familiar with the agency\'s inquiry said the hackers were seeking "economic intelligence."',
     "a source familiar with the agency's inquiry"),
    ('A person close to the mayor said the deal was "all but done."', "A person close to the mayor"),
    ('Officials at the agency said the leak was "under control."', "Officials at the agency"),
    # a name in apposition after such a description is the speaker
    ('But director of the Victims Support Trust, Norma Bell, accused the judge of "arrogant contempt."',
     "Norma Bell"),
])
def test_description_continued_by_a_preposition(text, speaker):
    assert _speakers(text + "\n") == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a participle after a comma belongs to the clause's subject, not to the person the clause
    # acts on, even behind describing words or an apposition
    ('Rep. Ann Cole (D-Ore.) went on the radio to discuss her remarks about her Republican rival, Mike Dorn, '
     'saying "on his best day" he would lose.', "Ann Cole"),
    ('Jeb Lowry spoke first. Later that night the crowd cheered Lowry. Lowry, the state\'s former governor, '
     'also attacked businessman Dan Frost, with whom he clashed at the debate, calling him a "loser."', "Jeb Lowry"),
    # "X said, adding": the subject of "said", not of the reported clause before it
    ('Dana Voss will give a speech on trade this month, Mr. Orton said, adding that she would also hold '
     'events on her "gender gap."', "Orton"),
    # a participle inside a reported clause stays with that clause's subject
    ('The club website reported that Beattie, who seemed unrepentant after the match, insisting Gallas '
     '"would have stayed down longer" if hit, has now apologised.', "Beattie"),
])
def test_participle_takes_the_clause_subject(text, speaker):
    assert _speakers(text + "\n") == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a full stop inside the quote cut the sentence: "Name said." after it is the quote's cue
    ('Mayor Dana Voss spoke on Monday. "Whoever has the emails, find them." Voss said.', "Dana Voss"),
    # a child, a boy or a girl is someone who can speak
    ('A boy asked who he was. Another child responded, "That is the mayor\'s husband."', "Another child"),
    # NYT style: an inner quote closing with the outer pair (three apostrophes) keeps its cue after it
    ("''I would use the word 'old-school,''' said Gregory W. Slayton, a former adviser.", "Gregory W. Slayton"),
])
def test_cut_sentences_and_closing_marks(text, speaker):
    assert _speakers(text + "\n") == [speaker]


def test_three_apostrophes_close_the_outer_quote_after_the_inner():
    text = "''I would use the word 'old-school,''' said Gregory W. Slayton.\n"
    q = extract(Article(path="x.txt", content=text)).quotes[0]
    assert text[q.start:q.end] == "''I would use the word 'old-school,'''"


@pytest.mark.parametrize("text, speaker, kind", [
    # the speakers' name run is the attributions' (sources.name_run): a determiner opening the
    # run is no part of a name, so the phrase is a description
    ('Some Democrats said the defeat could mark "the death of inevitability" for her.', "Some Democrats",
     "anonymous"),
    # a name opening with a particle is resolved like any other
    ('Mayor Bill de Blasio spoke on Monday. Asked about it, de Blasio said, "I have not heard of it."',
     "Bill de Blasio", "person"),
    # two names before the cue: the first leads
    ('Newsletter\n\nFrank Newport and Jim Harter: "We found that leadership mattered most."', "Frank Newport",
     "person"),
    # a headline in capitals, a spaced hyphen, a byline: the byline speaks
    ('Newsletter\n\nIOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal: "The polls failed to predict it."',
     "Mark Blumenthal", "person"),
    ('Newsletter\n\nTURNOUT IN THE CAUCUS DOESN\'T PREDICT THE LATER PRIMARIES - Ann P. Rivera: "It rarely does."',
     "Ann P. Rivera", "person"),
    ('Newsletter\n\nVOTERS WANT A LEADER MORE THAN A WINNER - Frank Newport and Jim Harter: "We found it."',
     "Frank Newport", "person"),
    # an aside between spaced hyphens, as between dashes
    ('Lord Bingham - a senior law lord - said the rules were "incompatible with the convention."',
     "Bingham", "person"),
])
def test_one_name_run_and_spaced_hyphens(text, speaker, kind):
    quotes = extract(Article(path="x.txt", content=text + "\n")).quotes
    assert [(q.speaker, q.speaker_class) for q in quotes] == [(speaker, kind)]


@pytest.mark.parametrize("text, speakers", [
    # a partial quote inside the clause a cue reports is that speaker's, even after another quote
    ('The council leader said her cabinet had reached a "shared view" after a "long debate", but admitted '
     'it was "not simple".', ["The council leader"] * 3),
    # a cue that closes the sentence reports the words it quotes, before or after the cue's noun
    ('Parents who ignore court orders can be fined, but that is a "last resort" that is rarely used, '
     'a ministry spokesman said.', ["a ministry spokesman"]),
    ('The office had an "unusually high turnover" of staff, which had "seriously disrupted" its work, '
     'said the Public Accounts Committee.', ["the Public Accounts Committee"] * 2),
    # a title is not speech, whoever closes the sentence
    ('The band played "Blue Monday" twice, a spokesman said.', [None]),
])
def test_partial_quotes_in_a_reported_clause(text, speakers):
    assert _speakers(text + "\n") == speakers


@pytest.mark.parametrize("text, speakers", [
    # a name with a number is an organisation's ("Radio 1", "Channel 4"), before or after the quote
    ('Radio 1 said the new show would rise to the "challenge" of following him.', ["Radio 1"]),
    ('"It was a fair account of events," Channel 4 said.', ["Channel 4"]),
])
def test_names_with_a_number(text, speakers):
    assert _speakers(text + "\n") == speakers


@pytest.mark.parametrize("phrase, cls", [
    ("Channel 4", "organisation"), ("Formula 1", "organisation"),
    # a quantity's opening word is no name: "Some 47% said", "Barely 5% of those asked said"
    ("Some 47", "none"), ("Barely 5", "none"), ("About 40", "none"), ("March 5", "none"),
])
def test_numbered_names_and_quantities(phrase, cls):
    from factcheck.extract import sources
    from factcheck.extract.tokens import tokens
    assert sources.classify(tokens(phrase, 0, len(phrase)))[0] == cls


@pytest.mark.parametrize("text, speakers", [
    # the agent of a passive verb of speech or judgement said the quoted words
    ('He was called the "sixth member of the band" by its drummer, Tom Reyes.', ["Tom Reyes"]),
    ('Okafor was described as a "tireless organiser" by her friend Ruth Amis.', ["Ruth Amis"]),
    # a title is not speech; "by" after a verb that is not passive names no speaker
    ('The film "Harbour Lights" was directed by Ana Ruiz.', [None]),
    # a cue closing the sentence after a titled name
    ('Ticket offices had been "overwhelmed" by callers, Mr Dale said.', ["Dale"]),
])
def test_passive_agents_and_titled_closing_cues(text, speakers):
    assert _speakers(text + "\n") == speakers


@pytest.mark.parametrize("text, speakers", [
    # a show, book or film named after a preposition, "told" or a possessive is no one's words
    ('Ana Ruiz spoke on Sunday.\n\n"We are not done yet," she said on "Morning Round." "We will be back."',
     ["Ana Ruiz", None, "Ana Ruiz"]),
    ('Speaking Sunday on Vale TV\'s "Morning Round," Ana Ruiz said the tax was "a slow disaster for farms."',
     [None, "Ana Ruiz"]),
    ('In an interview with "Morning Round," Ana Ruiz said the tax was "a slow disaster for farms."',
     [None, "Ana Ruiz"]),
    ('"The plan is sound," Ana Ruiz told "Good Morning Vale," adding that it was cheap.', ["Ana Ruiz", None]),
])
def test_work_titles_have_no_speaker(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("text, speakers, content", [
    # a cue after the quote in a later clause of the sentence does not tag it: the cue before does,
    # and its clause ends where the later one starts
    ('Vale votes\n\nRuiz says she is \u201ceffectively tied for second place\u201d with Gov. Dean Lowe, in a '
     'finish that she said defied expectations.',
     ["Ruiz"], 'she is \u201ceffectively tied for second place\u201d with Gov. Dean Lowe'),
    ('Vale votes\n\nBoth issued a statement \u2013 Ruiz saying she was \u201cvery encouraged\u201d and Lowe '
     'calling it a \u201cgreat meeting.\u201d',
     ["Ruiz", "Lowe"], 'she was \u201cvery encouraged\u201d'),
    # ... but a cue closing the sentence reports the quotes before it
    ('Vale votes\n\nThe levy was \u201ca fair deal\u201d for farmers in a hard year, Lowe said.', ["Lowe"], None),
])
def test_cue_in_a_later_clause(text, speakers, content):
    quotes = extract(Article(path="x.txt", content=text)).quotes
    assert [q.speaker for q in quotes] == speakers
    q = quotes[0]
    if content is not None:
        assert text[q.content_start:q.content_end] == content


@pytest.mark.parametrize("text, speaker", [
    # a role alone as the subject before "she said" is the she, not the defendant named before it
    ("Adviser jailed\n\nNathan Cole, 52, was jailed for six years on Friday.\n\nThe judge ordered him to pay "
     "back $900,000. \"You betrayed people at the most difficult moment in their lives,\" she said.", "the judge"),
    # a role the article has named takes the name
    ("Adviser jailed\n\nJudge Anita Rowe jailed Nathan Cole on Friday.\n\nThe judge ordered him to pay back "
     "$900,000. \"You betrayed people,\" she said.", "Anita Rowe"),
])
def test_she_after_a_role_subject(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a month that is also a first name opens a name after an inverted cue
    ('"We were told this land would be protected," said June Abbotsley, secretary of the allotment society.',
     "Abbotsley"),
])
def test_a_month_that_opens_a_name(text, speaker):
    assert _speakers("Head\n\n" + text + "\n") == [speaker]


def test_a_month_and_a_day_is_no_name():
    assert _speakers('Head\n\n"We were told," said June 5 in a statement.\n') == [None]
