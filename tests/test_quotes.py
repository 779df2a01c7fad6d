"""Direct quotes and their speakers, as tables of cases."""

import pytest

from .conftest import shared_path
from .helpers import analyse


def _quotes(text):
    a = analyse(text)
    return [(text[q.text_start:q.text_end], q.speaker, q.speaker_class) for q in a.quotes]


# (text, [(words inside the marks, speaker, class), ...])
CASES = [
    # a headline ending in one name is not part of the next paragraph's name
    ('Defender casts doubt over Glazer\n\nRio Ferdinand has doubts about the bid. '
     '"No one knows what he will bring," said Ferdinand.',
     [("No one knows what he will bring,", "Rio Ferdinand", "person")]),
    # cue after the quote
    ('"We will not back down," Dana Whitfield said.',
     [("We will not back down,", "Dana Whitfield", "person")]),
    ('"We will not back down," said Dana Whitfield.',
     [("We will not back down,", "Dana Whitfield", "person")]),
    ('"We will not back down," said Dana Whitfield, who runs the agency.',
     [("We will not back down,", "Dana Whitfield", "person")]),
    ('"We will not back down," Whitfield told reporters on Friday.',
     [("We will not back down,", "Whitfield", "person")]),
    ('"We owe riders better," Marcus Oyelaran, the board chair, said after the vote.',
     [("We owe riders better,", "Marcus Oyelaran", "person")]),
    ('"We owe riders better," the board chair, Marcus Oyelaran, said.',
     [("We owe riders better,", "Marcus Oyelaran", "person")]),
    ('"We owe riders better," said the mayor, Dana Whitfield, on Friday.',
     [("We owe riders better,", "Dana Whitfield", "person")]),
    ('"It is a disgrace," Sen. Jane Doe said.',
     [("It is a disgrace,", "Jane Doe", "person")]),
    ('"It is a disgrace," Rep. Earl Blumen (D-Ore.) said.',
     [("It is a disgrace,", "Earl Blumen", "person")]),
    ('"Nothing has changed in the talks," an official said.',
     [("Nothing has changed in the talks,", "an official", "anonymous")]),
    ('"Nothing has changed in the talks," said a person familiar with the matter.',
     [("Nothing has changed in the talks,", "a person familiar with the matter", "anonymous")]),
    ('"Nothing has changed in the talks," officials said.',
     [("Nothing has changed in the talks,", "officials", "anonymous")]),
    ('"The plan is on schedule," the agency said in a statement.',
     [("The plan is on schedule,", "the agency", "organisation")]),
    ('"The plan is on schedule," the Department of Transportation said.',
     [("The plan is on schedule,", "Department of Transportation", "organisation")]),
    ('"She is well positioned to get something done," the influential US daily wrote.',
     [("She is well positioned to get something done,", "the influential US daily", "organisation")]),
    ('"Butz is right about this," Norbert Butz, 49, told the paper.',
     [("Butz is right about this,", "Norbert Butz", "person")]),
    ('"The numbers are not going to get better," a White House official said.',
     [("The numbers are not going to get better,", "a White House official", "anonymous")]),
    ('"The numbers are not going to get better," according to a report by the agency.',
     [("The numbers are not going to get better,", "a report by the agency", "document")]),
    # cue before the quote
    ('Dana Whitfield said: "We will not back down."',
     [("We will not back down.", "Dana Whitfield", "person")]),
    ('Dana Whitfield said, "We will not back down."',
     [("We will not back down.", "Dana Whitfield", "person")]),
    ('According to Dana Whitfield, "the work is far from finished."',
     [("the work is far from finished.", "Dana Whitfield", "person")]),
    ('Board chair Marcus Oyelaran said the vote followed "a long and honest conversation" about the agency.',
     [("a long and honest conversation", "Marcus Oyelaran", "person")]),
    ('Continued Stone: "So I think it is a very real problem for them."',
     [("So I think it is a very real problem for them.", "Stone", "person")]),
    ('Bush, the former governor, called the plan "a total and complete disaster for everyone."',
     [("a total and complete disaster for everyone.", "Bush", "person")]),
    # pronouns resolve to the last named person speaker
    ('Dana Whitfield spoke first.\n\n"We will not back down," she said.',
     [("We will not back down,", "Dana Whitfield", "person")]),
    ('"I am staying," Chris Magnus said.\n\n"I have work to do here," he added.',
     [("I am staying,", "Chris Magnus", "person"), ("I have work to do here,", "Chris Magnus", "person")]),
    ('Whitfield said she would stay on.\n\n"I am not going anywhere," she said.',
     [("I am not going anywhere,", "Whitfield", "person")]),
    # "she" skips a man the article calls Mr.
    ('Mrs. Clinton spoke to Mr. Obama on Monday.\n\n"We are ready," Mr. Obama said.\n\n"I am ready too," she said.',
     [("We are ready,", "Obama", "person"), ("I am ready too,", "Clinton", "person")]),
    # surnames resolve to the full name seen earlier
    ('Former police chief Chris Magnus is out.\n\n"I am not going anywhere," Magnus said.',
     [("I am not going anywhere,", "Chris Magnus", "person")]),
    ('Vice President of the union, Art Del Cueto said he was tired.\n\n"It is a mess," said Del Cueto.',
     [("It is a mess,", "Art Del Cueto", "person")]),
    ('Prime Minister Benjamin Netanyahu arrived.\n\n"That was not a good way to treat me," Mr. Netanyahu said.',
     [("That was not a good way to treat me,", "Benjamin Netanyahu", "person")]),
    # quote interrupted by its attribution; several quotes in one paragraph
    ('"We are done," Whitfield said. "There is nothing more to say."',
     [("We are done,", "Whitfield", "person"), ("There is nothing more to say.", "Whitfield", "person")]),
    ('"We owe riders more," Oyelaran said. "We know that," added Whitfield.',
     [("We owe riders more,", "Oyelaran", "person"), ("We know that,", "Whitfield", "person")]),
    # continuation: a quote paragraph with no cue after a paragraph where X was quoted
    ('"The buses are late," said Luis Carranza, a rider.\n\n"They were late before she came, too."',
     [("The buses are late,", "Luis Carranza", "person"), ("They were late before she came, too.", "Luis Carranza", "person")]),
    # a multi-paragraph quote: open, no close, re-opened in the next paragraph
    ('Whitfield said: "We started this work two years ago and it is not finished.\n\n'
     '"We will finish it, whatever the board decides."',
     [("We started this work two years ago and it is not finished.", "Whitfield", "person"),
      ("We will finish it, whatever the board decides.", "Whitfield", "person")]),
    # a paragraph ending in a colon introduces the quote below it
    ('Magnus said in a statement:\n\n"I am excited about the progress we have made."',
     [("I am excited about the progress we have made.", "Magnus", "person")]),
    # a quote inside a sentence with no speech verb belongs to its subject
    ('Kaine has the stance of many Catholics: "I am personally opposed but will not impose it."',
     [("I am personally opposed but will not impose it.", "Kaine", "person")]),
    # quotation marks: double prime (both ends, or with a curly close), curly, typewriter pairs
    ('\u2033It is a difficult job, that we know,\u2033 Del Cueto said.',
     [("It is a difficult job, that we know,", "Del Cueto", "person")]),
    ('\u2033Now they are realizing there is a problem,\u201d said Del Cueto.',
     [("Now they are realizing there is a problem,", "Del Cueto", "person")]),
    ('\u201cWe are not blind to those,\u201d wrote The Post.',
     [("We are not blind to those,", "The Post", "organisation")]),
    ("''That was not a good way to treat me,'' he complained to an aide.",
     [("That was not a good way to treat me,", "he", "person")]),
    # nested single quotes stay inside the quote
    ('"He told me, \'Go home,\' and I did," Carranza said.',
     [("He told me, 'Go home,' and I did,", "Carranza", "person")]),
    ('\u201cHe said \u2018no\u2019 to all of it,\u201d Whitfield said.',
     [("He said \u2018no\u2019 to all of it,", "Whitfield", "person")]),
    # scare quotes and titles are recorded without a speaker
    ('Critics call it the "deep state" and worse.', [("deep state", None, "none")]),
    ('She appeared on "Meet the Press" on Sunday and said little.', [("Meet the Press", None, "none")]),
    ('The so-called "efficiency plan" cut 40 jobs, the report found.', [("efficiency plan", None, "none")]),
    # no quote at all: inches and lone marks
    ('The screen measures 42" across and weighs 30 pounds.', []),
    # an anonymous source supplying a quote
    ('"He has lost the room," one board member said, speaking on condition of anonymity.',
     [("He has lost the room,", "one board member", "anonymous")]),
    # a signature after a dash, on the same line or as the next paragraph
    ('Readers wrote in.\n\n\u201cHe promotes ignorance and hate in this race.\u201d \u2015 Azucena Gonzalez',
     [("He promotes ignorance and hate in this race.", "Azucena Gonzalez", "person")]),
    ('Readers wrote in.\n\n"I went to Wall Street before the crash and warned them."\n\n- Clinton.',
     [("I went to Wall Street before the crash and warned them.", "Clinton", "person")]),
    # a 'Name:' line introduces the quote
    ('POLL OF THE DAY - Jeffrey M. Jones: "Twenty states are solidly Republican now."',
     [("Twenty states are solidly Republican now.", "Jeffrey M. Jones", "person")]),
    # verbs in no list, right after the quote
    ('"Go back to Univision," Trump barked at the anchor.',
     [("Go back to Univision,", "Trump", "person")]),
    ('"This is fantastic!" beamed Donald Hartley of Madison.',
     [("This is fantastic!", "Donald Hartley", "person")]),
    # a short utterance is speech, not a scare quote; the splitter ends the sentence at "?"
    ('"Too forced?" He tweeted it at midnight.', [("Too forced?", "He", "person")]),
    # a closing mark used as the opening mark
    ('Readers wrote in.\n\n\u201dSorry Sarah, you should have said no,\u201d posted Sharon Geyer.',
     [("Sorry Sarah, you should have said no,", "Sharon Geyer", "person")]),
    # a descriptive speaker stays as written; titles and possessives before a name go
    ('"America has spoken," the prime minister said in an interview.',
     [("America has spoken,", "the prime minister", "person")]),
    ('"Sky is the natural place for it," said Sky Networks\' Sophie Turner Laing.',
     [("Sky is the natural place for it,", "Sophie Turner Laing", "person")]),
    ('"That is right, as a rule," Tory MP Michael Mates told the BBC.',
     [("That is right, as a rule,", "Michael Mates", "person")]),
    ('"We won the state tonight," Republican Ted Cruz said.', [("We won the state tonight,", "Ted Cruz", "person")]),
    ('"We won the state tonight," the Democratic National Committee said.',
     [("We won the state tonight,", "Democratic National Committee", "organisation")]),
    ('"We see growth year on year," said Jupiter Research analyst Olivier Beauvillain.',
     [("We see growth year on year,", "Olivier Beauvillain", "person")]),
    ('Simon Rubinsohn, chief economist at Global Insight said the bank "may well consider a rise".',
     [("may well consider a rise", "Simon Rubinsohn", "person")]),
    ('"Apple has unlawfully bundled its products," the lawsuit said.',
     [("Apple has unlawfully bundled its products,", "the lawsuit", "document")]),
    ('"We have to cut costs," the newspaper quoted Qantas chief executive Geoff Dixon as saying.',
     [("We have to cut costs,", "Geoff Dixon", "person")]),
    ('"We are sure the fans will love it," said Iron Maiden\'s Bruce Dickinson.',
     [("We are sure the fans will love it,", "Bruce Dickinson", "person")]),
    ('"We are embarrassed by the situation," the airline said.',
     [("We are embarrassed by the situation,", "the airline", "organisation")]),
    ('\u201cThat could create new problems for her here,\u201c said Jim Clyburn, a congressman.',
     [("That could create new problems for her here,", "Jim Clyburn", "person")]),
    ('Sen. Jack Reed (D-R.I.), said after lunch that he liked it, but called it a \u201cstarting point for our talks.\u201d',
     [("starting point for our talks.", "Jack Reed", "person")]),
    ('Clinton \u201cdrew quite well from white Democrats\u201d in the 2008 primary, said professor Paul Beck.',
     [("drew quite well from white Democrats", "Paul Beck", "person")]),
    ('Hours later, Trump returned the compliment to Adelson, telling Reuters, "Sheldon and I have been friends."',
     [("Sheldon and I have been friends.", "Trump", "person")]),
    ('At an event in Ames, Iowa, on Sunday, Mrs. Clinton expanded on it, saying the country should "be rallying our allies."',
     [("be rallying our allies.", "Clinton", "person")]),
    ('"Jeb wants to be a tough guy tonight," Trump shot back.',
     [("Jeb wants to be a tough guy tonight,", "Trump", "person")]),
    ('Fundraising was "stagnant for about a month or six weeks" as donors waited, he said.',
     [("stagnant for about a month or six weeks", "he", "person")]),
    ('In December, the prince called for him to quit, calling him "a disgrace to the whole party."',
     [("a disgrace to the whole party.", "the prince", "person")]),
    ('A spokeswoman for the committee emailed reporters, arguing, "The law says nothing of the kind."',
     [("The law says nothing of the kind.", "A spokeswoman for the committee", "anonymous")]),
    ('Instead, the statement talked about the right to "determine who they want as president."',
     [("determine who they want as president.", "the statement", "document")]),
    # a feed that runs a long quote's paragraphs together re-opens with a straight mark
    ('The Bishop said: "Conspiracy theories are always fun to read. "Dan Brown is the best writer in the genre."',
     [("Conspiracy theories are always fun to read.", "Bishop", "person"),
      ("Dan Brown is the best writer in the genre.", "Bishop", "person")]),
    # a quote with no cue anywhere has no speaker
    ('The sign read "Closed until further notice by order of the board."',
     [("Closed until further notice by order of the board.", None, "none")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quotes_and_speakers(text, expected):
    assert _quotes(text) == expected


def test_speaker_span_is_the_mention():
    text = 'Former chief Chris Magnus left.\n\n"I am not going anywhere," Magnus said.'
    q = analyse(text).quotes[0]
    assert text[q.speaker_start:q.speaker_end] == "Magnus"
    assert q.speaker == "Chris Magnus"
    assert q.cue == "said"


def test_relative_pronoun_mention():
    text = 'It would involve Attorney General Loretta E. Lynch, who told Congress: "That matter is being handled."'
    q = analyse(text).quotes[0]
    assert text[q.speaker_start:q.speaker_end] == "who"
    assert q.speaker == "Loretta E. Lynch"


def test_pronoun_mention_and_resolved_name():
    text = 'Chris Magnus spoke.\n\n"I have work to do," he said.'
    q = analyse(text).quotes[0]
    assert text[q.speaker_start:q.speaker_end] == "he"
    assert q.speaker == "Chris Magnus"


def test_quote_offsets_include_marks():
    text = 'Oyelaran said "we owe riders a system that runs on time" today.'
    q = analyse(text).quotes[0]
    assert text[q.start:q.end] == '"we owe riders a system that runs on time"'
    assert text[q.text_start:q.text_end] == "we owe riders a system that runs on time"


def test_partial_quote_content_is_the_reported_clause():
    text = 'Oyelaran said the vote followed "a long and honest conversation" about the agency.'
    q = analyse(text).quotes[0]
    assert text[q.content_start:q.content_end] == 'the vote followed "a long and honest conversation" about the agency'


@pytest.mark.parametrize("text, content", [
    # the reported clause ends at the quote's own closing comma
    ('Okafor said the plan was "going to cost us dearly," while her deputy stayed silent.',
     'the plan was "going to cost us dearly,"'),
    # ... else at the first comma, dash or bracket after the quote
    ('Okafor said there had been "real progress" on wages, but she wanted more.',
     'there had been "real progress" on wages'),
    ('Okafor said the bill was "a disgrace" - and she voted against it.',
     'the bill was "a disgrace"'),
    # past the last quote the cue reports
    ('Okafor wrote that the mayor was a "bully," a "liar" and a "coward," and left.',
     'that the mayor was a "bully," a "liar" and a "coward,"'),
    # a whole utterance after a comma or colon is its own content
    ('Okafor praised the crew and added, "We could not have done it without them."', None),
    ('Okafor was blunt: "We lost."', None),
    # ... but not a lower-case fragment
    ('Okafor called the deal, in her words, "a fair one for the county."',
     'the deal, in her words, "a fair one for the county."'),
    # a cue set off by commas inside the sentence the quote goes on with
    ('The budget met. The new levy, Okafor said, "would hurt the poorest."',
     'The new levy, Okafor said, "would hurt the poorest."'),
    ('Instead, Okafor said, "the county chose to wait."',
     'Instead, Okafor said, "the county chose to wait."'),
    ('Over the long term, according to Okafor, "the levy pays for itself."',
     'Over the long term, according to Okafor, "the levy pays for itself."'),
    # ... but a quote that is its own sentence is its own content
    ('Asked about the levy, Okafor said, "It would hurt the poorest."', None),
    # "that" opens the reported clause (PolNeAR's content spans start with it)
    ('Okafor said that the levy was "unfair" to farmers.', 'that the levy was "unfair" to farmers'),
    ('Okafor told reporters that "we will not back down."', 'that "we will not back down."'),
    # ... also after a long listener ("told an audience at ... that")
    ('Okafor told an audience of farmers at the county show on Friday that the levy was "a fair deal."',
     'that the levy was "a fair deal."'),
    # ... and a capitalised quote after a comma or colon inside a "that" clause goes on with it
    ('Okafor said that once the vote is over, "I will step down."',
     'that once the vote is over, "I will step down."'),
    ('Okafor added that the county has two choices: "Cut or borrow."',
     'that the county has two choices: "Cut or borrow."'),
    # ... but not after a relative "that"
    ('Okafor replied with a line that could be her motto: "Never give up on the valley."', None),
    # a relative clause that names something with the quote starts at its pronoun
    ('The levy, which Okafor called "a disgrace," passed.', 'which Okafor called "a disgrace,"'),
    ('Okafor criticised the mayor, whom she described as "a bully."', 'whom she described as "a bully."'),
    # a second speech verb joined by a conjunction opens another attribution
    ('Okafor called the levy "a disgrace" and said the county would appeal.', 'the levy "a disgrace"'),
    ('Okafor said the plan was "a disgrace" and said the county would "fight it."', 'the plan was "a disgrace"'),
    # a second verb of the same speaker reports the quote, not the first
    ('Okafor praised the plan and said the county can "bring real change" to the valley.',
     'the county can "bring real change" to the valley'),
    ('Okafor criticised the budget, but insisted the county was "in good health."',
     'the county was "in good health."'),
    # a pronoun's verb inside a clause another cue reports: the outer cue's clause
    ('Okafor said she believes the levy is "unfair to farmers."', 'she believes the levy is "unfair to farmers."'),
    ('Okafor added that she thinks "the county can wait."', 'that she thinks "the county can wait."'),
    # ... but not a verb inside the reported clause
    ('Okafor said the people who criticized her were "badly informed."',
     'the people who criticized her were "badly informed."'),
])
def test_partial_quote_clause_bounds(text, content):
    q = analyse(text).quotes[0]
    assert q.speaker == "Okafor"
    got = None if q.content_start is None else text[q.content_start:q.content_end]
    assert got == content


def test_quote_sentence_index():
    text = 'The board met. It voted. "We are done," Whitfield said.'
    a = analyse(text)
    assert a.quotes[0].sentence == 2


def test_reference_article_speakers():
    """The two real articles: Del Cueto's quotes (double primes, "he said",
    a quote split by its attribution) and Magnus's statement."""
    folder = shared_path("reference-articles")
    speakers = set()
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        a = analyse(text, path=path.name)
        for q in a.quotes:
            if len(text[q.text_start:q.text_end].split()) > 3:
                assert q.speaker, text[q.start:q.end]
                speakers.add(q.speaker)
    assert "Art Del Cueto" in speakers
    assert "Chris Magnus" in speakers
