"""A claim credited to nobody in particular: agentless or weasel attribution.

"It is believed", "is widely seen as", "is said to be", "reportedly",
"reports say", "critics say", "some economists predict", "observers said",
"many believe", "there was much criticism", "it emerged that": the wording
sounds like a source but names none, so the reader cannot judge the claim
and the desk cannot check it.  AP asks that facts be attributed to a
specific source; Wikipedia's weasel-words guideline asks the same of every
"some people say".  There is no one to grant anonymity to, so the
anonymity checklist of anonymous-source does not apply: the fix is to name
who says so, or to drop the claim.

Flagged: a hedging adverb used as a source ("He reportedly sold the
house"); an agentless passive ("It is believed that", "is thought to
cost", "are said to be"); unnamed reports or rumours ("according to
reports", "press reports suggest"); a collective crowd of unnamed people
("critics say", "analysts warn", "many observers feel", "some economists
predict"); and agentless wording from factcheck/data/vague_phrases.txt
("it emerged that", "to much criticism", "in many quarters").

Left to anonymous-source: sources a reporter knows and withholds ("a senior
official", "people familiar with the matter", "one analyst", "two board
members", "three teachers, who asked not to be named"); a number, a
singular or a withheld-source marker (withheld_markers.txt) makes a
collective noun one of those.  Not flagged: "supposedly"/"purportedly"
before an adjective (the writer's "ostensibly"), a perception in the
gerund that someone seeks or avoids ("to avoid being seen as partisan";
"is being seen as" is flagged), wording inside a direct
quote (the speaker's own), and named sources.  Reported as ``info``, not a
warning: "allegedly"/"is alleged to" (legal caution about a charge on
record), "supposedly" (mostly the writer's "ostensibly"), the standing
reputation of a profile or obituary ("was widely regarded as one of the
finest tenors of his generation", "is considered one of Britain's oldest",
"is credited with"), a crowd's reaction
("some of her followers attacked her"), divided opinion described
("some regard it as ..., others see it as ..."), a plain-text article's
title line ("Mayor Reportedly Caught In Another Scandal.": the body gives
the source) and an electorate speaking after the story mentions a poll or
survey ("Democratic voters in all five states see her as ...": the poll's
respondents; respondent_heads.txt, not "Democrats", who may be party
politicians), and a hedge that relays a report ("reportedly", "is said
to"; relaying_hedges.txt) after an attribution to a named outlet in its
paragraph ("According to the Times, ... He is said to be furious", "As The
Hill reported, ... he reportedly refused", "X is reported by Reuters to
have won ... Y is reported to have won": that outlet's report), and a
report relayed in the story's first sentence ("reportedly", "newspaper
reports claim") when the next sentence names the outlet ("The Sunday
Telegraph said", "according to reports in the Hollywood Reporter").  Not flagged: the members or the leadership of a body
named in the phrase ("Opec members said", "Verizon executives have
admitted"; member_heads.txt: the named body speaks; not "some Opec
members"; also "company executives" in a sentence whose subject is the
named company, "Verizon has struck a deal ... that company executives
said"), an "it" that is a real subject ("if it is held, as expected,
on 5 May"), "is widely
known" (knowledge, not a source), "both lawmakers" or "these critics"
(people named before) and "Edwards and others" or "Ruiz, Reyes and many more councillors" (led
by names), a named agent after "by" ("other emails combed through by Vox";
not "quoted by" an outlet, which relays an unnamed source), criticism whose
critics are named ("facing criticism for the move from senators Ana Ruiz
and Tom Reyes"), wording reported by a named source that closes the
sentence ("..., although it is said to be losing ground, said analyst Tom
Reyes"; "..., journalist Ana Ruiz said in posing the question"; not a
named subject whose own words follow), testimony in open court ("witnesses
have told the trial"; audience_nouns.txt), a
survey's respondents ("some of those questioned said"), a name after a
title ("quoted Mr Clarke telling activists"), a description that is the
topic ("opened up about being described as"), and a campaign's unnamed
"advisers" (withheld: anonymous-source's), and a hedge on a named
speaker's verb ("Attorney General Jerry Kilgore reportedly said": a relayed
report of a named source), and a verb that governs only a prepositional
phrase with no claim after it ("supporters responded with chants",
"donations are typically reported in broad ranges": an action or a
practice; not "said on Tuesday the firm would close", clause_taking_cues.txt).
Not flagged either: a plural before a singular verb ("A look at his
airplanes and helicopters suggests": the subject is not a crowd), a source the phrase identifies (a named outlet inside
it, "According to White House pool reports": a named body's record; not
"UK media reports"), wording about an open question ("there has been much
speculation as to whether he will run"), "what <crowd> call" naming a term ("(what economists
call spending)", "what doctors call"; terminology_heads.txt).  Reported as
``info`` too: a view whose holders the sentence counts as a poll's
respondents ("She is seen as more capable - 60 percent of voters said
..."), and part of a group the story has identified ("some
of the women", "many in the crowd", "many of you": people in the story
telling of themselves; not "some of the analysts", collective_heads.txt);
a group speaking in the story's first sentence when the next sentence
names who said it (a summary lede: "..., leading pension researchers have
said. The Pensions Policy Institute said ..."); and a reputation in an
obituary ("Halloween writer Debra Hill dies": "She was regarded by many as
a pioneering woman in film" is common knowledge); and a perception verb or
hedge inside an open "if" or "unless" clause ("So if Twitter is
increasingly seen as a news site, it does not fit ...": a supposition); and
agentless wording of reports after a named speaker in its sentence ("John
Kasich said he would have fired him, according to press reports": the
named source's words relayed, as "reportedly said" is).  Reported as ``info``
too: an event of record in agentless words ("collapsed after it emerged
that ...", in a time clause; "has faced criticism for his overtures", with
no critics named, not "criticism from many environmentalists" or "media
criticism"), the market's consensus estimate ("profit was 33 cents a share,
but analysts had expected 34 cents"), the appearance of someone sought ("The
suspect is described as white, aged 30 to 40"), a perception that is the
verb of a time, reason or contrast clause ("as strong as she was when she
was viewed as the front-runner", "since the dollar is seen as the reserve
currency": the background the claim rests on), and any summary lede whose
next sentence names its speaker (not only a crowd's: "..., it has been
claimed. Ann Kite, of Alcohol Concern, said ..."; a relayed report still
needs its outlet named; a count of reports, "say two reports", is a set of
studies, whose authors the next sentence may name), and a relayed report whose outlet the story names
just after it, later in its paragraph or in the next sentence ("...,
reports from the town say. The Yorkshire Post said ...") or, for the
story's first sentence, in the next paragraph ("The Sunday Times reports
that ...", "was quoted by The Harnby Courier as saying"; an outlet named with "the local newspaper" counts after the
hedge, not before it); and a crowd in a story told in the first person (a
column, a diary, a comments page or a transcript: the sentence's paragraph
says "I", "my" or "you" outside quotes, as five paragraphs of the story do;
rules/vague_voice.py).  Not flagged either:
companies publishing their own results ("A number of retailers have
reported poor figures"; reported_results.txt; not "reported that ..."),
and a group whose members are named at once ("other retailers - including
HMV, Monsoon and Tesco -", "environmental groups (Greenpeace and WWF)").
"""

from __future__ import annotations

import re
from typing import Dict, Iterator, List, Optional, Tuple

from factcheck.extract import vagueness
from factcheck.extract.guarded import absent
from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import word_set
from factcheck.extract.sources import head_part, name_class
from factcheck.extract.tokens import bare, tokens
from factcheck.extract.wordsets import COMMON_CAPS
from factcheck.model import Analysis, Finding, VaguePayload
from factcheck.settings import Settings

from . import vague_record as record
from . import vague_relays as relays
from . import vague_voice as voice
from .base import finding

ID = "vague-attribution"
SEVERITY = "warning"
SUMMARY = "A claim is attributed to agentless or collective wording (\u201cit is believed\u201d, \u201ccritics say\u201d)."
STANDARD = ("AP Stylebook, 'Sources': attribute information to a specific source; "
            "Wikipedia Manual of Style, 'Unsupported attributions' (weasel words).")
SUGGESTION = "Say who believes, reports or says this (a named person, body or document), or drop the claim."
SCOPE = "article"
EXAMPLES = {
    "trigger": [
        "It is widely believed that the stadium will be sold.",
        "Analysts expect the merger to cut costs. Savings could reach $2bn a year, they said.",
        "Critics say the new fare system is confusing.",
        "Some economists predict a recession next year.",
        "The striker is said to be unhappy at the club.",
        "The mayor reportedly sold his stake last spring.",
        "According to reports, the factory will close in June.",
        "It emerged on Tuesday that the council had overspent.",
        "The plan was unveiled to much criticism from parents.",
        "Observers said the vote was a setback for the party.",
        "The chief executive is being seen as the likely successor.",
    ],
    "no_trigger": [
        "A senior official, who asked not to be named, said the talks had stalled.",
        "Two people familiar with the matter said the deal was close.",
        "Three teachers, who asked not to be named, said the exams were leaked.",
        "One analyst said the shares were overvalued.",
        "Analysts at Barclays said the shares were overvalued.",
        "The talks went on, and Verizon executives said the strike had affected customers.",
        "The firm sold a supposedly secure router.",
        "Mayor Ana Ruiz said the stadium would be sold.",
        "\"Some people say the plan is dead,\" Ruiz said.",
        "According to the state broadcaster, the vote was delayed.",
        # named agents: a list of names led by, an agent after "by", critics named after "from"
        "Watch what Ana Ruiz, Tom Reyes and many more councillors said this year.",
        "Other leaked emails combed through by Vox suggest the deal was done.",
        "The firm cut 300 jobs, despite facing criticism for the move from senators Ana Ruiz and Tom Reyes.",
        # a named source that closes the sentence reports it; testimony in open court
        "The chain is debt free, although it is said to be losing ground to rivals, said analyst Tom Reyes.",
        "Many voters found the remark offensive, journalist Ana Ruiz said in posing the question.",
        "Witnesses have already told the trial the driver seemed nervous.",
        # a hedge on a named speaker's verb: a relayed report of a named source
        "The driver was convicted on a second count, Attorney General Jerry Kilgore reportedly said.",
        # companies publishing their results; a group whose members are named at once
        "A number of retailers have already reported poor figures for December.",
        "Other retailers - including Marlow, Pinecrest and Tally - reported that sales were up.",
        # a perception in the gerund that the subject avoids: nobody is credited with a view
        "The aides pressed diplomats to treat both parties equally so as not to risk being seen as partisan.",
    ],
}

# "was widely regarded as one of the finest": a reputation, not a claim to source
_STANDING = Lazy(r"\s+(?:\w+ly\s+)?(?:as\s+|to\s+be\s+)?(?:one\s+of\s|among\s+the|the\s+\w+est\b|the\s+most\b)",
                       re.I)
# an embedded social-media post: its words are the account's, not the story's
_EMBED = Lazy(r"\(@\w+\)|https?://t\.co/|pic\.twitter\.com", re.I)
_EMBED_NEEDS = ("(@", "://t.co/", "pic.twitter.com")  # speed layer: one is in every match of _EMBED (guarded.absent)
_REPUTE = frozenset(("regarded", "considered", "seen", "described", "viewed", "hailed", "known", "reputed"))
_LEGAL = frozenset(("allegedly", "alleged"))
_OSTENSIBLE = frozenset(("supposedly", "purportedly"))  # mostly the writer's "ostensibly"
_KNOWLEDGE = frozenset(("known",))
_CREDIT = frozenset(("credited",))  # "the reporter who is credited with uncovering": a reputation
# a crowd's reaction is an event, not a source: "some of her followers attacked her"
_REACTIONS = frozenset(("attacked", "questioned", "criticised", "criticized", "mocked", "ridiculed", "slammed",
                        "blamed", "praised", "hailed", "condemned", "denounced", "booed", "cheered", "panned",
                        "lauded", "decried", "rejected", "dismissed"))
# divided opinion described: "while some regard it as ..., others see it as ..."
_DIVIDED = Lazy(r"\bsome\b.*\bothers\b|\bothers\b.*\bsome\b", re.I | re.S)


def check(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """One finding per vague source (several cues of one source give one)."""
    text = analysis.article.content
    seen: Dict[int, bool] = {}
    spans: List[Tuple[int, int]] = []
    embeds = not absent(text, _EMBED_NEEDS)  # speed layer: False when _EMBED matches nowhere in the article
    for a in analysis.attributions:
        kind = vagueness.vague(analysis, a)
        if kind is None or embeds and _EMBED.search(analysis.sentence_text(a.sentence)):
            continue
        start, end = (a.source_start, a.source_end) if a.source_end > a.source_start else (a.cue_start, a.cue_end)
        if start in seen:
            continue
        seen[start] = True
        spans.append((min(start, a.cue_start), max(end, a.cue_end)))
        if _not_vague(analysis, a, kind):
            continue
        info = _information(analysis, a, kind)
        wording = " ".join(text[start:end].split())
        yield finding(
            analysis, start, end,
            f"Vague attribution \u201c{wording}\u201d ({kind}): the story does not say who claims this.",
            severity="info" if info else None,
            payload=VaguePayload(source=wording, cue=a.cue, kind=kind),
        )
    for s in analysis.sentences:
        if s.kind != "body":
            continue
        if embeds and _EMBED.search(text, s.start, s.end):
            continue
        for start, end in vagueness.phrase_cues(text, s.start, s.end):
            if any(x < end and start < y for x, y in spans) or _quoted(analysis, start) \
                    or vagueness.closed_by_named(analysis, s.index, start, end) \
                    or _OPEN_QUESTION.match(text, end, s.end):
                continue
            spans.append((start, end))
            wording = " ".join(text[start:end].split())
            yield finding(
                analysis, start, end,
                f"Vague attribution \u201c{wording}\u201d ({vagueness.PHRASE}): the story does not say who claims this.",
                severity="info" if relays.REPORTS.search(wording) and relays.relays_named_speaker(analysis, s.index, start)
                or record.background(text, start, end, s.end) else None,
                payload=VaguePayload(source=wording, cue=wording, kind=vagueness.PHRASE),
            )


def _not_vague(analysis: Analysis, a, kind: str) -> bool:
    """True when a source vagueness.vague reads as vague is not one after
    all: knowledge, a named speaker's hedge, a named body's members, a
    source the phrase names, a plural inside the real subject, a term of
    art, or a verb with no claim."""
    text, low = analysis.article.content, a.cue.lower()
    if low in _KNOWLEDGE:
        return True  # "is widely known", "has been known for some time": knowledge, not a claim's source
    if kind == vagueness.HEDGE and relays.hedges_named_speaker(analysis, a):
        return True  # "Attorney General Jerry Kilgore reportedly said": the speaker is named
    if kind in (vagueness.COLLECTIVE, vagueness.HEARSAY) and _names_a_source(text, a):
        return True  # "White House pool reports", "the number of people The Washington Post reported"
    if kind == vagueness.COLLECTIVE and (_named_body_members(text, a) or _own_body_members(analysis, a)
                                         or _disagrees(text, a) or _term_of_art(text, a)
                                         or _reports_results(text, a) or _examples_named(text, a)):
        return True  # "Opec members said"; "A look at his helicopters suggests"; "(what economists call spending)"
    if kind == vagueness.AGENTLESS and _gerund(text, a):
        return True  # "so as not to risk being seen as favoring": a perception avoided, not a view reported
    # "supporters responded with chants", "are typically reported in broad ranges"
    return kind in (vagueness.COLLECTIVE, vagueness.AGENTLESS) and low not in _CREDIT and _no_claim(text, a)


_BE_BEFORE = Lazy(r"\b(?:is|are|was|were|been|be|am|'s|\u2019s)\s+$", re.I)


def _gerund(text: str, a) -> bool:
    """True for an agentless passive in the gerund with no finite verb before
    it ("to avoid being viewed as", "risk being seen as"): a perception the
    subject seeks or avoids, which credits nobody with a view; "is being
    seen as" asserts one."""
    return text.startswith("being ", a.source_start) \
        and _BE_BEFORE.search(text, max(0, a.source_start - 8), a.source_start) is None


def _information(analysis: Analysis, a, kind: str) -> bool:
    """True when a vague source is reported as ``info``: legal caution, a
    standing reputation, "supposedly", a credit, a crowd's reaction, divided
    opinion, a title line, a poll's respondents, a relayed named outlet's
    report, part of a group the story knows, a view a poll in the sentence
    counts."""
    text, low = analysis.article.content, a.cue.lower()
    if low in _LEGAL or low in _REPUTE and _STANDING.match(text, a.cue_end) is not None \
            or low in _OSTENSIBLE or low in _CREDIT:
        return True
    if kind == vagueness.COLLECTIVE and (low in _REACTIONS or _polled(analysis, a) or _part_of_known_group(text, a)
                                         or _DIVIDED.search(analysis.sentence_text(a.sentence)) is not None):
        return True
    if not relays.relaying(a, kind) and relays.lede_sourced_next(analysis, a, relays.named_speaker):
        return True  # a summary lede: "..., it has been claimed. Jack Law, of Alcohol Focus Scotland, said ..."
    if relays.relaying(a, kind) and relays.lede_sourced_next(analysis, a, lambda x: relays.outlet_report(text, x)):
        return True  # "..., newspaper reports claim. The Sunday Telegraph said ...": the lede's report is named next
    if low in _REPUTATION and _obituary(analysis):
        return True
    if kind == vagueness.COLLECTIVE and record.consensus(analysis, a) or record.appearance(text, a):
        return True  # "analysts had expected 34 cents a share"; "The suspect is described as white, aged 30 to 40"
    if kind == vagueness.AGENTLESS and record.subordinate_perception(text, a, analysis.sentences[a.sentence].start):
        return True  # "as strong as she was when she was viewed as the front-runner": background, not the claim
    if kind in (vagueness.AGENTLESS, vagueness.HEDGE) and _CONDITIONAL.search(
            text, analysis.sentences[a.sentence].start, a.cue_start):
        return True  # "So if Twitter is increasingly seen as a news site, it doesn't fit": a supposition, no claim
    return _headline(analysis, a.sentence) or relays.relays_named_outlet(analysis, a, kind) \
        or relays.outlet_named_after(analysis, a, kind) or voice.first_person(analysis, a.sentence) \
        or any(x.sentence == a.sentence and x is not a and vagueness.respondents(text, x)
               for x in analysis.attributions)


# "much speculation in the weeks before the debate as to whether Holt will ...": a question, no claim
_OPEN_QUESTION = Lazy(r"(?:(?!\bthat\b)[^.;:])*?\b(?:as\s+to|over|about|on)\s+(?:whether|if)\b", re.I)

# an "if" or "unless" clause still open before the cue: "So if Twitter is increasingly seen as ..."
_CONDITIONAL = Lazy(r"\b(?:if|unless)\s+(?:[\w'\u2019-]+\s+){0,6}$", re.I)


_CLAUSE_TAKING = word_set("clause_taking_cues")
# what follows the verb opens with a preposition ("with chants", "in broad ranges", "to the United States")
_PP_OPEN = Lazy(r"[\s,]*(?:in|with|into|during|at|from|on|over|under|through|across|within|"
                      r"to(?=\s+(?:the|a|an|his|her|their|its|this|these|those|our|my|your|[A-Z0-9])\b))\b")
# ... and a claim still follows: a that- or whether-clause, an "as" complement, "to be"/"to have", a colon
# or a quote opened after a comma
_CLAIM_MARK = Lazy(r"\b(?:that|whether|if|as|to\s+(?:be|have))\b|:|,\s*[\"\u201c]", re.I)


def _no_claim(text: str, a) -> bool:
    """True when the words a collective source's or an agentless passive's
    verb governs are only a prepositional phrase with no claim after it
    ("Clinton supporters responded with chants of ...", "Donations are
    typically reported in broad ranges", "refugees admitted to the United
    States", "when some of his interns did complain, in 2014, they went
    ..."): an action or a practice, not hearsay.  Not a verb that takes a
    bare clause after a phrase of time or place ("analysts said on Tuesday
    the firm would close"; clause_taking_cues.txt), and not a source after
    "as" or "than" ("as some reports have suggested"), whose claim is the
    main clause."""
    if a.cue.lower() in _CLAUSE_TAKING or a.content_start is None or a.content_end is None \
            or a.content_start < a.cue_end:
        return False
    if re.search(r"\b(?:as|than)\s+$", text[max(0, a.source_start - 6):a.source_start], re.I):
        return False
    content = text[a.cue_end:a.content_end]
    return _PP_OPEN.match(content) is not None and _CLAIM_MARK.search(content) is None


# "some of the women", "many in the crowd", "many of you", "some of his interns": part of a group the story knows
_PARTITIVE = Lazy(r"(?:some|many|most|few|a\s+few|several|one|all|none|half|others)\s+(?:of|in|among)\s+"
                        r"(?:(?:you|us|them)$|(?:the|his|her|their|its|our|your|my)\s)", re.I)


def _part_of_known_group(text: str, a) -> bool:
    """True when a collective source is part of a group the story has
    already identified: a partitive of a definite or possessive group or a
    pronoun ("Some of the women said they had spoken out", "Many in the
    crowd said", "many of you have noted", "some of his other interns"):
    people in the story (a profile's subjects, a rally's crowd, a speech's
    audience) telling of themselves, not a claim credited to nobody.  Not
    when the group is itself a crowd of commentators ("some of the
    analysts", "many of her supporters"; collective_heads.txt)."""
    source = " ".join(text[a.source_start:a.source_end].split())
    m = _PARTITIVE.match(source)
    if m is None:
        return False
    return bare(source.split()[-1]) not in vagueness.collective_heads()


_NAME_RUN = Lazy(r"(?:the\s+)?[A-Z][\w&.'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w&.'\u2019-]*)*")
# reports credited to a kind of outlet, not one: "UK media reports", "Chinese state press reports"
_MEDIA_WORDS = frozenset(("media", "press", "news", "newspaper", "newspapers", "tabloid", "tabloids", "wire",
                          "state", "local", "unconfirmed", "initial", "early", "some", "many", "several"))


def _names_a_source(text: str, a) -> bool:
    """True when the vague-looking source phrase names who reports: a named
    outlet inside it ("The number of people The Washington Post reported",
    a listicle's line misread as one source), or reports of a named body
    ("According to White House pool reports": that body's record, which a
    reader can find).  Not reports of a kind of outlet ("UK media reports",
    "Chinese state press reports") or of nobody ("Initial reports")."""
    phrase = text[a.source_start:a.source_end]
    for m in _NAME_RUN.finditer(phrase):
        name = m.group()
        if m.start() == 0 and len(name.split()) == 1:
            continue  # a capitalised first word opens the sentence: "Reports", "Analysts"
        cls, outlet = name_class(name)
        if outlet:
            return True
        rest = phrase[m.end():].split()
        if cls == "organisation" and rest and bare(rest[-1]) in vagueness.VAGUE_DOCS and len(rest) <= 2 \
                and not any(bare(w) in _MEDIA_WORDS for w in rest[:-1]):
            return True
    return False


def _disagrees(text: str, a) -> bool:
    """True when a plural collective source comes before a singular verb
    ("A look at Mr. Trump's airplanes and helicopters suggests that ..."):
    the plural is inside the real subject, which is no crowd of people."""
    words = text[a.source_start:a.source_end].split()
    last, cue = bare(words[-1]) if words else "", a.cue.lower()
    return a.source_end <= a.cue_start and len(words) > 0 and re.fullmatch(r"[a-z]+[^su]s", last) is not None \
        and re.fullmatch(r"[a-z]+[^su]s", cue) is not None and bare(words[0]) not in ("some", "many", "most", "few")


_TERMINOLOGY = word_set("terminology_heads")
_NAMING = frozenset(("call", "calls", "called", "term", "terms", "termed", "dub", "dubs", "dubbed"))


def _term_of_art(text: str, a) -> bool:
    """True when "what <crowd> call(s)" names a term rather than crediting a
    claim: a gloss in parentheses ("toward taxing consumption (what
    economists call spending)") or a profession's term of art ("what
    doctors call a silent stroke"; terminology_heads.txt).  Not "what
    critics call a land grab" outside a parenthesis, which characterises."""
    words = text[a.source_start:a.source_end].split()
    if len(words) < 2 or words[0].lower() != "what" or a.cue.lower() not in _NAMING:
        return False
    return text[:a.source_start].rstrip().endswith("(") or bare(words[-1]) in _TERMINOLOGY


_MEMBER_HEADS = word_set("member_heads")
_CAPITALISED = Lazy(r"[A-Z][\w&.'\u2019-]*$")


def _named_body_members(text: str, a) -> bool:
    """True when a collective source is the members or the leadership of a
    body named in the phrase itself, with no vague determiner ("Opec members
    said", "Committee members said", "Verizon executives have admitted";
    member_heads.txt): the named body speaking, which the reader can
    identify.  Not "some Opec members", not "Labor leaders" or "U.S.
    officials" (not member_heads: a side, not one body)."""
    body = _members_of(text, a)
    if body is None or _CAPITALISED.match(body) is None:
        return False
    name = body
    if bare(name) in COMMON_CAPS:
        return False
    # a word opening a sentence is a name only if the story capitalises it mid-sentence too ("Company executives")
    opens = not text[:a.source_start].rstrip(" \t\"'\u201c\u2018").endswith(tuple("abcdefghijklmnopqrstuvwxyz,;"))
    return not opens or re.search(r"[a-z,;] " + re.escape(name) + r"\b", text) is not None


def _members_of(text: str, a) -> Optional[str]:
    """The body word of a two-word source whose head is its members or
    leadership ("Opec" of "Opec members", "company" of "company
    executives"; member_heads.txt), as written; None for any other source."""
    toks = tokens(text, a.source_start, a.source_end)
    if len(toks) != 2 or bare(toks[1][0]) not in _MEMBER_HEADS:
        return None
    return toks[0][0]


_ORG_NOUNS = word_set("organisation_nouns")
_NOT_SUBJECTS = word_set("non_subject_openers")


def _own_body_members(analysis: Analysis, a) -> bool:
    """True when a collective source is the people of a body called by its
    common noun ("company executives", "club directors"; organisation_nouns.txt,
    member_heads.txt) in a sentence that opens with a capitalised name, the
    body itself ("Verizon has struck a deal ... that company executives said
    could hit earnings"): the named body speaking."""
    text = analysis.article.content
    if _members_of(text, a) not in _ORG_NOUNS:
        return False
    before = tokens(text, analysis.sentences[a.sentence].start, a.source_start)
    if not before or _CAPITALISED.match(before[0][0]) is None:
        return False
    first = bare(before[0][0])
    return first not in _NOT_SUBJECTS and first not in COMMON_CAPS and first not in _ORG_NOUNS


# Named examples right after a group: "other retailers - including HMV, Monsoon and Tesco -",
# "environmental groups (Greenpeace and WWF)", "economists such as Ann Pettifor".
_EXAMPLES = Lazy(r"\s*(?:[,(\u2013\u2014]|\s-)?\s*(?:(?:including|such\s+as|among\s+them|notably)\s+"
                       r"(?:the\s+)?[A-Z]|(?<=\()\s*(?:the\s+)?[A-Z])")


def _examples_named(text: str, a) -> bool:
    """True when named examples follow a collective source at once, after
    "including" / "such as" or in brackets ("other retailers - including
    HMV, Monsoon and Tesco - reported", "environmental groups (Greenpeace
    and WWF) said"): the reader can identify who speaks."""
    return _EXAMPLES.match(text, a.source_end) is not None


_RESULTS = word_set("reported_results")
_WORDS_AFTER = Lazy(r"(?:\s+[a-z][\w'\u2019-]*){1,4}")


def _reports_results(text: str, a) -> bool:
    """True when the cue is "reported" and what it governs is the source's
    own results ("A number of retailers have already reported poor figures
    for December", "firms reported record profits"; reported_results.txt):
    companies publishing their figures, not hearsay."""
    if a.cue.lower() not in ("reported", "report", "reports", "reporting"):
        return False
    m = _WORDS_AFTER.match(text, a.cue_end)
    words = m.group().split() if m is not None else []
    return bool(words) and words[0] not in _CLAUSE_OPENERS and any(w in _RESULTS for w in words)


_CLAUSE_OPENERS = frozenset(("that", "whether", "if", "how", "what", "it", "they"))


_TITLE_WORD = Lazy(r"[A-Za-z][\w'\u2019-]*")


def _headline(analysis: Analysis, index: int) -> bool:
    """True when sentence ``index`` is a plain-text article's title line (a
    first paragraph of one short sentence with its words capitalised,
    "Weiner Reportedly Caught In Another Scandal."): a headline sums up the
    story, whose body gives the source."""
    sent = analysis.sentences[index]
    if sent.paragraph != 0 or sent.kind != "body" or any(
            s.paragraph == 0 and s.index != index for s in analysis.sentences[:index + 2]):
        return False
    words = _TITLE_WORD.findall(analysis.article.content, sent.start, sent.end)
    caps = sum(1 for w in words if w[0].isupper())
    return 3 <= len(words) <= 20 and caps >= 0.7 * len(words)


_RESPONDENT_HEADS = word_set("respondent_heads")
_POLL = Lazy(r"\b(?:polls?|polling|pollsters?|surveys?|surveyed)\b", re.I)


def _polled(analysis: Analysis, a) -> bool:
    """True when a collective electorate or population ("Democratic voters
    in all five states", "Republicans"; respondent_heads.txt) speaks after
    the story has mentioned a poll or survey: the poll's respondents, whose
    answers are the poll's findings, not a claim credited to nobody."""
    text = analysis.article.content
    head = head_part(tokens(text, a.source_start, a.source_end))
    if not head or bare(head[-1][0]) not in _RESPONDENT_HEADS:
        return False
    return _POLL.search(text, analysis.article.body_start, analysis.sentences[a.sentence].end) is not None


_OBITUARY_TITLE = Lazy(r"\b(?:dies|died|dead|obituary|tributes?\s+(?:to|paid|pour)|funeral)\b", re.I)
_OBITUARY_LEDE = Lazy(r"\b(?:has|have)\s+died\b|\bdied\s+(?:on|at|aged|in\s+hospital|peacefully)\b", re.I)
# Reputation verbs ("was widely regarded as", "considered by many"): in an obituary, common knowledge.
_REPUTATION = _REPUTE - {"described", "viewed"}  # regarded, considered, seen, hailed, reputed, known


def _obituary(analysis: Analysis) -> bool:
    """True when the story is an obituary: its title or first sentence says
    someone has died ("Halloween writer Debra Hill dies").  A reputation in
    an obituary ("was regarded by many as a pioneering woman in film") is
    common knowledge, not a claim to source (JUDGING.md)."""
    text = analysis.article.content
    title = analysis.article.title or ""
    first = analysis.lead()
    return _OBITUARY_TITLE.search(title) is not None \
        or first is not None and _OBITUARY_LEDE.search(text, first.start, first.end) is not None


def _quoted(analysis: Analysis, offset: int) -> bool:
    return any(q.text_start <= offset < q.text_end for q in analysis.quotes)



