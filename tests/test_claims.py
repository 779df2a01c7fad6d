"""Check-worthy claim detection and the attribution that covers a claim."""

import pytest

from factcheck.extract.claim_cues import statistic_spans
from factcheck.extract.claims import find_claims
from factcheck.extract.lexicon import lexicon
from factcheck.model import Article, Attribution, Quote, Sentence

from .helpers import analyse, report_for


def _claims(text):
    a = analyse(text)
    return a, a.claims


def _trigger_words(a, claim):
    return [a.article.content[t.start:t.end] for t in claim.triggers]


@pytest.mark.parametrize("text,kind,trigger", [
    ("The number of illegal crossings at the border is at an all-time high.", "record", "all-time high"),
    ("Delays on the Blue Line are at their worst level in a decade.", "superlative", "worst"),
    ("Delays on the Blue Line are at their worst level in a decade.", "record", "in a decade"),
    ("The agency is the most troubled transit system in the region.", "superlative", "most troubled"),
    ("It is the nation's third-largest school district.", "superlative", "third-largest"),
    ("Exports reached a record 2.3 million tonnes.", "record", "a record"),
    ("Hospital admissions fell for the first time since 2019.", "record", "for the first time since"),
    ("Unemployment rose for the first time since the 1930s.", "record", "for the first time since"),
    ("Prices rose for the first time since spring, the first time since their peak.", "record",
     "for the first time since"),
    ("Fares have risen 18% since 2021.", "trend", "risen"),
    ("Fares have risen 18% since 2021.", "statistic", "18%"),
    ("Rents have doubled in the city.", "trend", "doubled"),
    ("Home sales plunged in the spring.", "trend", "plunged"),
    ("Unemployment fell sharply in the second half.", "trend", "fell"),
    ("The closures were due to a shortage of drivers.", "causal", "due to"),
    ("Profits fell due to falling prices in the region.", "causal", "due to"),
    ("The match was cancelled due to heavy rain in the capital.", "causal", "due to"),
    ("Such absences are often due to family holidays.", "causal", "due to"),
    ("Flooding caused the closure of two bridges.", "causal", "caused"),
    ("The cuts led to longer waits at clinics.", "causal", "led to"),
    ("As a result, waiting lists have grown.", "causal", "As a result"),
    ("The county has more homeless residents than any other in the state.", "comparison", "than any"),
    ("Black residents are twice as likely to be stopped.", "comparison", "twice as likely"),
    ("Crime is lower than in 2010 compared with other cities.", "comparison", "compared with"),
    ("The backlog will double by 2028.", "prediction", "will double"),
    ("The project is expected to cost more.", "prediction", "is expected to"),
    ("Sales are projected to fall next year.", "prediction", "projected to"),
    ("The authority's budget is $412 million.", "statistic", "$412 million"),
    ("The plant employs 6,000 people.", "statistic", "6,000"),
    ("Ridership reached 41.6 million trips.", "statistic", "41.6 million"),
    ("About 45 percent of voters backed the plan.", "statistic", "45 percent"),
    ("Nearly half of all voters now oppose the plan.", "statistic", "Nearly half"),
    ("A large majority of residents opposed the plan.", "statistic", "majority of residents"),
    ("Violent crime is down this year.", "trend", "is down"),
    ("Wages have stagnated for a decade.", "trend", "stagnated"),
])
def test_claim_kinds_and_triggers(text, kind, trigger):
    a, claims = _claims(text)
    assert claims, text
    assert kind in claims[0].kinds, claims[0].kinds
    assert any(trigger in w for w in _trigger_words(a, claims[0])), _trigger_words(a, claims[0])


@pytest.mark.parametrize("text", [
    "The council met on Tuesday evening to discuss the budget.",
    "The hearing will take place at 6 p.m. on April 9 at the Central Library.",
    "Riders at the downtown station on Friday were divided over the plan.",
    "Whitfield, 58, took the job in 2023 after running the bus network in Tacoma.",
    "The meeting is at 10 a.m. in Room 204 of City Hall.",
    "Two board members left the room before the vote.",
    "She rose to prominence as a union organiser in the 1990s.",
    "He fell to the ground and was taken to hospital.",
    "Did rents really double since 2015?",
    # the subject's own story, a set phrase: "for the first time since he left"
    "The Briton, running for the first time since dropping out of the Olympic marathon, held off Susan Chepkemei.",
    "He played at Anfield for the first time since he left the club.",
    "The mayor thanked residents for their patience at least twice.",
    "Most of the residents stayed at home on Sunday.",
    "He has a long record of public service.",
    "She walked up and down the street before the rally.",
    "He spent half his career in Paris.",
    "Interstate 10 was closed between exits 12 and 14.",
    "Scotland coach Matt Williams is due to name his side on Thursday.",
    "The first products are due to hit the market later this year.",
    "An own-brand anti-virus program is due to follow by the end of 2005.",
    "Britain's Joice Maduaka finished fifth in 7.35.",
    "He landed a penalty from 48 metres with 13 minutes remaining.",
])
def test_event_reporting_and_scene_setting_are_not_claims(text):
    a, claims = _claims(text)
    assert not claims, [(c.kinds, _trigger_words(a, c)) for c in claims]


@pytest.mark.parametrize("text", [
    "BORDER CROSSINGS AT ALL-TIME HIGH\n\nThe council met on Tuesday.",
])
def test_headlines_are_not_claims(text):
    a, claims = _claims(text)
    assert all(a.sentences[c.sentence].kind == "body" for c in claims)


@pytest.mark.parametrize("text,expected", [
    ("Budget: $412 million, up 12% on 2025.", ["$412 million", "12%"]),
    ("On March 30, 2026 at 6 p.m., 300 people came.", ["300"]),
    ("The 58-year-old took the job in 2023.", []),
    ("Route 66 and No. 12 were closed.", []),
    ("Half a million people and 2.5bn euros.", []),
    ("Small firms employ one-quarter of the workers.", ["one-quarter of the workers"]),
    ("It is two-thirds of the way there.", []),
    ("He voted to increase taxes 98 times.", ["98"]),
    ("Ninety-four out of ninety-five Republicans voted against it.", ["Ninety-four out of ninety-five"]),
    ("We have 47 of them in eight agencies.", ["47 of them"]),
    ("The tax cut went to the top 1 percent of earners.", ["1 percent"]),
])
def test_statistic_spans(text, expected):
    got = [text[s.start:s.end] for s in statistic_spans(text, 0, len(text))]
    for e in expected:
        assert e in got, got
    if not expected:
        assert not [g for g in got if g[0].isdigit() and "." not in g], got


# --- attribution coverage, with hand-built attributions ---------------------

def _art(text):
    return Article(path="a.txt", content=text)


def _sents(text, spans, paragraph_of=None):
    return tuple(Sentence(s, e, i, (paragraph_of or {}).get(i, 0)) for i, (s, e) in enumerate(spans))


def _attr(text, sentence, cue, source, cls, content=None):
    cs = text.index(cue)
    ss = text.index(source) if source else cs
    content_span = (text.index(content), text.index(content) + len(content)) if content else (None, None)
    return Attribution(sentence, cue, cs, cs + len(cue), source, ss, ss + len(source), cls,
                       content_start=content_span[0], content_end=content_span[1])


def _split(text):
    """Sentence spans of a short test text (one paragraph)."""
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            spans.append((start, i + 1))
            start = i + 2
    return spans


@pytest.mark.parametrize("text,attrs,expected", [
    # same sentence, named
    ("Fares rose 18% last year, the agency said.",
     [(0, "said", "the agency", "organisation", None)], [0]),
    # carried: previous sentence names the source, this one continues it
    ("Smith said fares rose 18% last year. It was the steepest rise since 2009.",
     [(0, "said", "Smith", "person", None)], [0, 0]),
    # not carried from an anonymous source
    ("Critics say the agency failed. The backlog will double by 2028.",
     [(0, "say", "Critics", "anonymous", None)], [None]),
    # not carried when the sentence does not continue the reported speech
    ("Smith said she was pleased. Ridership fell 10% last year.",
     [(0, "said", "Smith", "person", None)], [None]),
    # a non-response is not a source
    ("Fares rose 18% last year; the agency did not respond to a request for comment.",
     [(0, "respond", "the agency", "organisation", None)], [None]),
    # content span known and the trigger lies outside it
    ("Fares rose 18% last year, and Smith said she would resign.",
     [(0, "said", "Smith", "person", "she would resign")], [None]),
    # a partial-quote content span does not uncover the rest of its clause
    ("The paper claimed he was frustrated since the $1.3bn offer failed.",
     [(0, "claimed", "The paper", "organisation", "frustrated")], [0]),
    # a statistic after a named document in the same paragraph comes from it
    ("The survey of 2,000 adults found most wanted a computer. Phones came second at 75%.",
     [(0, "found", "The survey of 2,000 adults", "document", None)], [0, 0]),
    # a statistic after an organisation's own statistic, same paragraph
    ("Net income rose to $318 million, the company said. Revenue climbed 9% to $4.6 billion.",
     [(0, "said", "the company", "organisation", None)], [0, 0]),
    # ... and a run of statistics continues it through the paragraph
    ("Net income rose to $318 million, the company said. Revenue climbed 9% to $4.6 billion. "
     "Throughout 2004, staff numbers increased by 2,000 to 28,500, the highest since 1971.",
     [(0, "said", "the company", "organisation", None)], [0, 0, 0]),
    # ... but not a run after a person's words, nor past a sentence with no statistic
    ("Net income rose 18%, Smith said. Revenue climbed 9% to $4.6 billion. Staff numbers rose by 2,000.",
     [(0, "said", "Smith", "person", None)], [0, None, None]),
    ("The survey of 2,000 adults found most wanted a computer. Phones came second at 75%. "
     "It was a surprise. Tablets rose 40% in a year.",
     [(0, "found", "The survey of 2,000 adults", "document", None)], [0, 0, None]),
    # ... but not after an organisation's statement with no statistic
    ("Police said the man was arrested. Burglaries rose 30% this year.",
     [(0, "said", "Police", "organisation", None)], [None]),
    # the source covers only its own clause: the statistic before ", and" stays unsourced
    ("The plan will create 140 new jobs, and the city expects revenue to grow by 3 percent.",
     [(0, "expects", "the city", "organisation", None)], [None]),
    # ... but a trailing source covers the whole sentence
    ("US growth would reach 4.4% in 2004, but fall to 3.3% next year, the OECD said.",
     [(0, "said", "the OECD", "organisation", None)], [0]),
    # content span covers the trigger
    ("Smith said fares rose 18% last year.",
     [(0, "said", "Smith", "person", "fares rose 18% last year")], [0]),
])
def test_attribution_coverage(text, attrs, expected):
    sents = _sents(text, _split(text))
    built = tuple(_attr(text, *a) for a in attrs)
    claims = find_claims(_art(text), sents, (), built, (), lexicon())
    assert [c.attribution for c in claims] == expected, [(c.sentence, c.kinds) for c in claims]


@pytest.mark.parametrize("text,source,cue,uncovered", [
    ("The plan will create 140 new jobs, and the city expects revenue to grow by 3 percent.",
     "the city", "expects", ["will create", "140 new jobs"]),
    ("Fares rose 18% last year, and Smith said ridership would climb 5%.", "Smith", "said", ["rose", "18%"]),
])
def test_uncovered_clause_keeps_only_its_triggers(text, source, cue, uncovered):
    sents = _sents(text, _split(text))
    figs = analyse(text).figures
    claims = find_claims(_art(text), sents, (), (_attr(text, 0, cue, source, "organisation"),), figs, lexicon())
    assert [c.attribution for c in claims] == [None]
    assert [text[t.start:t.end] for t in claims[0].triggers] == uncovered


@pytest.mark.parametrize("text,flagged", [
    # a named subject's own forecast is sourced by the subject
    ("The company raised its full-year revenue forecast to between $18.2 billion and $18.5 billion.", False),
    ("The bank cut its growth forecast for next year to 1.2%.", False),
    ("Northwind Logistics trimmed its outlook for 2026 to 4% growth.", False),
    # unnamed forecasters are no source; a figure before the forecast verb is not the forecast
    ("Analysts raised their forecasts for the company's profit to $2 billion.", True),
    ("Revenue rose 9%, and the company raised its forecast.", True),
    # a named subject describing its own study sample
    ("Researchers at Lakeshore University followed 2,140 players aged 11 to 17.", False),
    ("Some scientists studied 5,000 patients.", True),
    ("Sales of the drug, which was tested in 2019, rose 40%.", True),
    # a named body's or official's own act carries its figure; a record is still a claim
    ("The Federal Communications Commission fined CBS $550,000 last year.", False),
    ("Directors have approved the deal and it is expected to conclude by June.", True),
    ("Nominees for the People's Choice Awards were picked by 21 million online voters.", True),
    ("The City Council voted 6-3 to adopt a $412 million operating budget.", False),
    ("Critics set the cost at $5 million.", True),
    ("The bank set a record profit of $5 billion.", True),
    # a named actor's own proposal, offer, demand or pledge, after a perfect or an adverb too
    ("The minister unveiled a $2bn plan to rebuild schools.", False),
    ("The union has demanded a 9% rise.", False),
    ("She also promised $40m for the arts.", False),
    ("The firm has offered to repay $220m to its creditors.", False),
    ("Analysts have demanded a 9% rise.", True),
    ("The union has demanded a 9% rise, the biggest in a decade.", True),
    # an acts verb after a perfect stays a claim: a count of acts over years
    ("Kim Jong Un has ordered 49 missile tests since he took over.", True),
])
def test_own_forecast_is_sourced_by_its_subject(text, flagged):
    found = [f for f in report_for(text).findings if f.rule == "unsourced-claim"]
    assert bool(found) is flagged, [f.message for f in found]


@pytest.mark.parametrize("text,flagged", [
    # a named source near by gives the very figures: the story names their source
    ("Latin America's economy grew by 5.5% in 2004, its best year since 1980.\n\n"
     "The UN's Economic Commission for Latin America said the region grew by 5.5% this year.", False),
    ("About 15,000 players have been banned.\n\nThe game's maker, Acme Games, said 15,000 accounts were closed.", False),
    # ... not when one of the figures is not among them, nor for a small count that recurs by chance
    ("Latin America's economy grew by 5.5% in 2004 and exports rose 9%.\n\n"
     "The UN's Economic Commission for Latin America said the region grew by 5.5% this year.", True),
    ("Ten directors resigned, the most since 1990.\n\nThe board said ten new members would join.", True),
    # ... nor from an unnamed source
    ("Latin America's economy grew by 5.5% in 2004, its best year since 1980.\n\n"
     "Analysts said the region grew by 5.5% this year.", True),
])
def test_a_named_source_giving_the_same_figures_sources_them(text, flagged):
    found = [f for f in report_for(text).findings if f.rule == "unsourced-claim" and f.start < text.index("\n")]
    assert bool(found) is flagged, [f.message for f in found]


def test_previous_sentence_in_another_paragraph_does_not_carry():
    text = "Smith said fares rose. It was the steepest rise since 2009."
    spans = _split(text)
    sents = _sents(text, spans, {1: 1})
    attrs = (_attr(text, 0, "said", "Smith", "person"),)
    claims = find_claims(_art(text), sents, (), attrs, (), lexicon())
    assert [c.attribution for c in claims] == [None]


@pytest.mark.parametrize("second,cls,expected", [
    ("The figure is the highest since the 1930s.", "document", [0, 0]),
    ("The figure is the highest since the 1930s.", "person", [0, None]),
    ("Unemployment is the highest since the 1930s.", "document", [0, None]),
])
def test_data_opening_carries_across_a_paragraph_break(second, cls, expected):
    first = "Over 5.2 million people were out of work, new figures show."
    text = first + " " + second
    sents = _sents(text, _split(text), {1: 1})
    attrs = (_attr(text, 0, "show", "new figures", cls),)
    claims = find_claims(_art(text), sents, (), attrs, (), lexicon())
    assert [c.attribution for c in claims] == expected


def test_quote_with_speaker_covers_its_words():
    text = '"Fares have doubled since 2015," Smith said.'
    sents = _sents(text, [(0, len(text))])
    q = Quote(0, 33, 1, 31, 0, speaker="Smith", speaker_start=34, speaker_end=39, cue="said", speaker_class="person")
    attrs = (Attribution(0, "said", 40, 44, "Smith", 34, 39, "person", quote=0),)
    claims = find_claims(_art(text), sents, (q,), attrs, (), lexicon())
    assert [c.attribution for c in claims] == [0]
    # with no attribution record the quoted speaker's words are not flagged
    assert find_claims(_art(text), sents, (q,), (), (), lexicon()) == ()


def test_unsourced_rule_data_and_span():
    report = report_for("Delays on the Blue Line are at their worst level in a decade.")
    found = [f for f in report.findings if f.rule == "unsourced-claim"]
    assert len(found) == 1
    f = found[0]
    assert set(f.data["kinds"]) >= {"superlative", "record"}
    text = "Delays on the Blue Line are at their worst level in a decade."
    assert text[f.start:f.end] == "worst level in a decade"
    assert [text[s:e] for s, e in f.data["triggers"]] == ["worst", "in a decade"]


def test_attributed_claim_is_not_flagged():
    report = report_for("Fares rose 18% last year, according to the agency's annual report.")
    assert not [f for f in report.findings if f.rule == "unsourced-claim"]
