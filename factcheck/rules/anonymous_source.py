"""Information attributed to a source the story does not name.

Anonymous sources are a last resort: AP and The New York Times both require
that the information be vital, unavailable on the record, and that the story
tell readers why the source was granted anonymity.  This rule flags every
place the story leans on a source the reporter withheld ("people familiar
with the matter", "a senior aide", "administration officials", "three
teachers, who asked not to be named") and says whether the story explains the anonymity: a
stated reason ("spoke on condition of anonymity because they were not
authorized to discuss personnel matters") in the same or the next or
previous sentence, or anywhere in the story when that sentence names the
same kind of source ("the officials requested anonymity to discuss internal
deliberations"); "the source" takes the reason given for the unnamed source
it points back at ("one of two witnesses, who did not want to speak on the
record for fear of retribution, ... the source recalled"), and a reason up
to three sentences on whose sentence points back ("They spoke on condition
of anonymity because ...") is the source's when no other unnamed source
comes between.  A source marked as a different one ("another official", "a
second source") does not borrow a reason given for the first: only one in
its own sentence or one given for several ("both officials").

When the story only says that anonymity was granted ("spoke on condition of
anonymity") the message says so, and that the reason is missing.

The severity is decided from named, explainable properties of the finding
(``properties``: the kind of withheld-source evidence, what the source
supplies, the head noun, the verb, a named source next door ...) and two
small points tables in anonymous_points.txt, fitted on the dev judgements
and cross-validated by article (benchmarks/anonymous_cv.py); the message
ends with the points and the two properties that weighed most.

- ``info`` when the story says why anonymity was granted (the checklist is
  met for that source), whatever the source supplies.
- ``info`` when the source is a bare plural of a named body's people
  ("Facebook officials say", "Clinton aides said", "his advisers
  believe"): the body's own line or its side's position, which the reader
  can place (not "US officials", "Party officials", "two Clinton aides").
- ``info`` when the warning points fall short: the checklist is for
  sources the reporter chose not to name, so the points need evidence of
  one in the source phrase: a head noun for people inside an institution
  or circle ("officials", "a source", "two aides"; withheld_heads.txt;
  not "people" or "person" alone: "many people believe"; not a bare
  plural holding a view: "party officials expect", attitude_verbs.txt), a
  withheld marker ("senior", "familiar with", "who asked not to be
  named", "people in attendance", "people in the governor's orbit"), or a
  person counted out who reports to the reporter ("one
  diplomat said", "several friends said", "according to someone in
  attendance"; not "one in five said", not "one user wrote", not a
  member of the public or the market, "one trader said", "a bartender
  said": market colour or a vox pop, public_role_heads.txt).  Without it the unnamed source may be identifiable, part
  of the event or generic ("Everyone I interviewed criticized", "more than
  10 women have accused", "some agents, who thought", "the former top
  aide" after a named author).
- ``error`` when the source characterises a named person ("described
  Whitfield as distant", "said she rarely visited the yards"): AP does not
  allow anonymous sources to be used for opinion or personal attacks.  An
  event told of a person is not a characterisation: a progressive or a
  passive with its object after "was" or "had been" ("Mook was holding a
  meeting", "she had been warned about her visa", "is thought to have"),
  nor where a person was or what they were part of ("was in London", "had
  been in talks with the bank", "was among the first"; event_prepositions.txt),
  nor one act at a specific time ("she lost the vote on Tuesday", a
  passive so dated: "was last seen in 2014"), nor a readiness to act ("he
  is ready to state"); a name after "the" ("The Harlow Bridge was unsafe")
  is a thing, not a person, one after a preposition ("a warehouse in
  Singapore is a good move") is not what is judged, and a name opening
  with a compass word or "New" ("West Germany appears reluctant") is a
  place;
  nor is a judging verb whose object is not a person the story names
  ("praised Thursday's protests", "accused Russia").
- ``error`` for a direct quote when its error points reach the table's
  threshold: a plainly withheld source ("\u201cHe has lost the room,\u201d one
  senior official said"), not a person counted out ("one board member",
  "a critic": a warning).  A source whose only quotation marks hold one
  word or a title (a scare quote, "another \u201ctrap\u201d debate"; "the book
  \u201cClinton Cash\u201d") supplies no direct quote, and a quote relayed from
  another outlet's report ("the Financial Times quoted an insider as
  saying") is that outlet's: a warning.
- otherwise ``warning``.

Not flagged: people in general, a habit between the source and its verb
("officials often say", "aides typically argue"; habitual_words.txt);
agentless and collective wording ("it is believed", "critics
say", "reportedly", "according to reports"), which names nobody to grant
anonymity to (the vague-attribution rule); named people and organisations
(an agency, a company, an outlet's report, "researchers at Acme Labs";
but a "source" or a marked source stays withheld whatever name stands next
to it: "a source at the Tampa station", "those close to him", "the Post
reported, citing another anonymous source"),
documents and data, and "X did not respond to a request
for comment" or "declined to comment", which attribute nothing.  Nor: a
poll's respondents counted as a share ("a majority in 14 countries said",
"around one quarter said"); people speaking in public as part of the event
("A reporter pointed out", "as a Daily Post columnist noted";
public_speaker_heads.txt); crowds ("a number of bloggers", "other market
trackers": vague-attribution's; crowd_nouns.txt); and a lede's unnamed
speaker whom the next sentence names as the one speaking ("..., one of their
councillors has predicted. Housing spokeswoman Ann Marlow was speaking as
...", or "Once one of his closest aides, Ed Balls hinted ...":
naming_phrases.txt and speech_verbs.txt); the last of a list of crowds
("the families, supporters and officials said": vague); and unnamed people
inside somebody else's quotation (the speaker's words, not the reporter's
source); an apposition of the person who opens the sentence ("Braynard, a
South Carolina native who writes"); a public account named by its handle
("who runs the account @VotersForJo"); respondents counted "one in five";
readers; a demonstrative read as a source ("This, they say,
indicates") or a clause ("he's one state closer"); a role followed by its name ("according to analysts
Gartner") or a name followed by its description ("Anand Jain - another
board member"); and crowds from every side ("officials from both
parties say": vague-attribution's; collective_markers.txt); named
examples ("Democrats like Lawrence Summers", "several nations ...,
including the Netherlands"); people named before ("all those players");
a survey's participants ("one woman who took part in the research", "they"
for "a large majority of voters"); a possessive read as a source ("one of
the congressman's alleged ..."); users, bloggers, governments, judges and
an advertisement's narrator speaking in public; public posts ("one person
tweeted"; public_post_verbs.txt); "state" as a noun ("EU member
state"); a clause after the cue read as its source ("Jane Hollis, who
chairs the inquiry, said people already thought ...": what she said);
respondents counted by a quantity noun ("A small number, 17%, said"); a
person speaking to an audience at the event ("a company executive tells
employees", "told the crowd"; audience_nouns.txt); and a source the next
sentences name as the speaker (anonymous_nextdoor.py): the role repeated
in the name's apposition ("... Ann Vogel - then economic adviser to the
president - told"), the surname in the source's firm ("one of the brothers
behind the Varga Group ... Tom Varga told"), a paragraph's lede whose
speaker is named next ("Jo Reyes spoke to reporters"), or a plain plural
whose member, given a role, speaks next ("officials said ... . \"...,\" said
Ann Vogel, head of the statistics office"), or a bare "officials" just after
a named body speaks; people acting on the record ("have formally accused")
or one voice of a scene quoted by name around it ('"I abstain," Tom Reyes
said. "I\'m voting for him," one said.') or anybody of a kind in a general
"when" clause ("It matters when a minister says"; anonymous_event.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Dict, Iterator, List, Sequence, Tuple

from factcheck.extract.anonymity import characterises, people_only
from factcheck.extract.lazy import Lazy
from factcheck.extract.lexicon import read_list, word_set
from factcheck.extract.mentions import person_names
from factcheck.extract.sources import PEOPLE_PLURAL, PEOPLE_SINGULAR, head_part
from factcheck.extract.tokens import bare, tokens
from factcheck.extract.wordsets import DETERMINERS, QUANTIFIERS, words
from factcheck.model import Analysis, AnonymousPayload, Attribution, Finding
from factcheck.extract.vagueness import withheld, withheld_marker
from factcheck.settings import Settings

from .anonymous_event import part_of_event
from .anonymous_nextdoor import named_next_door
from .anonymous_reason import (BACK as _BACK, acknowledged as _acknowledged,
                               other_sources as _other_sources, reason as _reason,
                               reason_sentences as _reason_sentences)
from .anonymous_withheld import (habitual as _habitual, marker_end as _marker_end,
                                 named_but_withheld as _named_but_withheld, relayed as _relayed,
                                 body_voice as _body_voice)
from .base import finding

ID = "anonymous-source"
SEVERITY = "warning"
SUMMARY = "Information is attributed to an unnamed source."
STANDARD = "AP Statement of News Values and Principles, 'Anonymous sources'; NYT Guidelines on Integrity, 'Anonymity'."
SUGGESTION = "Name the source, or say in the story why anonymity was granted and how the source knows."
SCOPE = "article"
EXAMPLES = {
    "trigger": [
        "The mayor plans to resign next month, according to two people familiar with the matter.",
        "Unnamed administration officials said the commissioner missed several meetings.",
        "A senior aide, who spoke on condition of anonymity because she was not authorized to discuss the talks, "
        "said a deal was close.",
        "The report cited sources close to the investigation.",
        "Three teachers, who asked not to be named, said the exam papers had leaked.",
        "A person familiar with the talks said a deal was close.",
        "Administration officials who work with the commissioner have described him as disengaged.",
        "\"He has lost the room,\" one board member said.",
        "The meeting turned into a gripe session about the senator, according to people in attendance.",
    ],
    "no_trigger": [
        "The mayor plans to resign next month, according to a statement from her office.",
        # "they" points back at a collective crowd: vague-attribution's, not a withheld source
        "Analysts expect the merger to cut costs. Savings could reach $2bn a year, they said.",
        "City officials did not respond to a request for comment.",
        "Homeland Security officials did not immediately respond to requests for comment.",
        "Sen. Jane Doe said the bill would pass.",
        "According to the Associated Press, the vote was delayed.",
        "A 2023 audit found that the agency overspent by $4 million.",
        "The Department of Homeland Security said in a statement that the review was complete.",
        "A spokesperson for the company declined to comment.",
        "Whitfield said she would not step down.",
        "Data from the Census Bureau show the population grew 4% last year.",
        "Critics say the new fare system is confusing.",
        "It is widely believed that the stadium will be sold.",
        "According to the state broadcaster, the vote was delayed.",
        "Researchers at Acme Labs said the drug was safe.",
        # after the cue, a clause is what the named speaker said, not who said it
        "Labour peer Jane Hollis, who chairs the inquiry, said people already thought politicians lied.",
        "A small number, 17%, said they would not miss the service.",
        # speaking to an audience at the event (audience_nouns.txt)
        "\"This is strictly a business decision,\" a company executive tells employees.",
        # the next sentence names the plural's member who speaks for it (anonymous_nextdoor.py)
        "Jobless claims fell in May. But officials said slow growth still held back hiring. \"Demand is "
        "recovering,\" said Ines Moreau, head of the Labour Office, in a statement.",
    ],
}

_SEVERE = {"quote": 2, "characterisation": 1, "fact": 0}


def check(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """One finding per anonymous source phrase (several cues of the same
    source, "have criticized ... and said", give one finding)."""
    for f, _props in assessed(analysis, settings):
        yield f


def assessed(analysis: Analysis, settings: Settings) -> Iterator[Tuple[Finding, Dict[str, bool]]]:
    """``check``'s findings, each with the named properties its severity is
    decided from (``properties``; benchmarks/anonymous_cv.py reads them)."""
    text = analysis.article.content
    # agentless and collective wording ("it is believed", "critics say") is vague-attribution's
    anon = [a for a in analysis.attributions if a.source_class == "anonymous"
            and (withheld(analysis, a) or _named_but_withheld(analysis, a)) and not _habitual(text, a)
            and not named_next_door(analysis, a) and not part_of_event(analysis, a)]
    if not anon:
        return
    found: List[List[str]] = []

    def names() -> List[str]:
        # The article's person names, found on first use: only an unnamed
        # source that is not quoted needs them, and finding them is a scan
        # of the whole article.
        if not found:
            found.append(people_only(person_names(text, analysis.article.body_start, analysis.attributions,
                                                  analysis.quotes)))  # not "West Germany"
        return found[0]

    groups: Dict[int, List[Attribution]] = {}
    for a in anon:
        # one finding per mention: a continued quote repeats its speaker's mention
        key = a.source_start if a.source_end > a.source_start else a.cue_start
        groups.setdefault(key, []).append(a)
    reason_sents = _reason_sentences(analysis)
    for _key, attrs in sorted(groups.items()):
        first = attrs[0]
        start, end = (first.source_start, first.source_end) if first.source_end > first.source_start \
            else (first.cue_start, first.cue_end)
        supplies = max((_supplies(analysis, a, names) for a in attrs), key=_SEVERE.__getitem__)
        others = _other_sources(analysis, first)  # asked by both _reason and _acknowledged
        reason = _reason(analysis, first, reason_sents, others)
        source = first.source or text[start:end]
        what = {
            "quote": "supplies a direct quote",
            "characterisation": "characterises a named person",
            "fact": "supplies information",
        }[supplies]
        acknowledged = reason is None and _acknowledged(analysis, first, others)
        evidence = _withheld_evidence(analysis, first)
        props = properties(analysis, first, supplies, reason is not None, acknowledged, evidence)
        severity, points = level(props, _table())
        if reason is not None:
            why = "the story says why anonymity was granted (\u201c" + _short(text[reason.start:reason.end]) + "\u201d)"
        elif acknowledged:
            why = "the story says anonymity was granted but does not say why"
        else:
            why = "the story does not say why anonymity was granted"
        message = f"Unnamed source \u201c{_short(source)}\u201d ({first.cue}) {what}; {why}." + (f" {points}." if points else "")
        yield finding(
            analysis, start, end, message,
            severity=None if severity == "warning" else severity,
            payload=AnonymousPayload(source=source, cue=first.cue, supplies=supplies,
                                     reason=text[reason.start:reason.end] if reason is not None else None),
        ), props


# what each property means, for the finding's reason (the points are in anonymous_points.txt)
PROPERTY_TEXT = {
    "evidence_head": "insider noun",
    "evidence_marker": "withheld marker",
    "evidence_counted": "person counted out",
    "evidence_antecedent": "unnamed antecedent",
    "no_evidence": "no sign of a withheld source",
    "body_voice": "a named body's line",
    "head_source": "'source'",
    "head_official": "'official'",
    "reason_given": "reason given",
    "acknowledged": "anonymity acknowledged",
    "quote": "direct quote",
    "characterisation": "characterisation",
    "according_to": "'according to'",
    "speech_verb": "reporting verb",
    "plural": "plural",
    "definite": "definite",
    "pronoun": "pronoun",
    "unnamed_word": "'unnamed'",
    "named_near": "named source next door",
    "quote_in_sentence": "quote in sentence",
    "lede": "lede",
    "relayed": "relayed from another outlet",
}


@lru_cache(maxsize=1)
def _table() -> Dict[str, int]:
    """The points tables and thresholds (anonymous_points.txt)."""
    table: Dict[str, int] = {}
    for line in read_list("anonymous_points"):
        name, value = line.split()
        table[name] = int(value)
    return table


def always_info(props: Dict[str, bool]) -> bool:
    """The story says why anonymity was granted: the AP/NYT checklist is met
    for that source (an editor would not raise it: DEBATABLE at most); or
    the source is a named body's people giving its line ("Facebook officials
    say", "Clinton aides said"; ``_body_voice``: DEBATABLE at most)."""
    return props["reason_given"] or props["body_voice"]


def may_be_error(props: Dict[str, bool]) -> bool:
    """A direct quote from an unexplained anonymous source: an error when its
    error points reach ``error_at`` (the quote detector's findings deserve
    error only when the source is plainly withheld; benchmarks/anonymous_cv.py);
    not one relayed from another outlet's report (``relayed``), which answers
    for it."""
    return props["quote"] and not props["reason_given"] and not props["relayed"]


def _sum(props: Dict[str, bool], table: Dict[str, int], part: str) -> Tuple[int, List[Tuple[int, str]]]:
    parts = [(p, n[len(part) + 1:]) for n, p in sorted(table.items())
             if n.startswith(part + ".") and n != part + ".base" and props.get(n[len(part) + 1:])]
    return table.get(part + ".base", 0) + sum(p for p, _ in parts), parts


def _why(parts: List[Tuple[int, str]]) -> str:
    shown = sorted(parts, key=lambda x: (-abs(x[0]), x[1]))[:2]
    return ", ".join(f"{PROPERTY_TEXT.get(n, n)} {p:+d}" for p, n in shown) or "none scores"


def level(props: Dict[str, bool], table: Dict[str, int]) -> Tuple[str, str]:
    """``(severity, reason)`` from a finding's ``properties`` and the points
    ``table`` (anonymous_points.txt): ``info`` when the story gives the
    reason for anonymity or the warning points fall short of ``warn_at``;
    ``error`` for a characterisation of a named person, or when the source
    may be an error (``may_be_error``) and its error points reach
    ``error_at``; else ``warning``.  The reason names the points and the
    two properties that weighed most ("" when the message already says
    why: a reason given, a characterisation)."""
    if always_info(props):
        # the message says so when a reason is given
        return "info", "" if props["reason_given"] else "Info: a named body's people give its own line"
    total, parts = _sum(props, table, "warn")
    warn_at = table.get("warn_at", 0)
    says = f"{total} points, warning from {warn_at}: {_why(parts)}"
    if total < warn_at:
        return "info", "Info: " + says
    if props["characterisation"]:
        return "error", ""  # AP bars anonymous personal attacks; the message says so
    if may_be_error(props):
        etotal, eparts = _sum(props, table, "error")
        error_at = table.get("error_at", 0)
        if etotal >= error_at:
            return "error", f"Error: {etotal} points, error from {error_at}: {_why(eparts)}"
        return "warning", f"Warning: {etotal} points, error from {error_at}: {_why(eparts)}"
    return "warning", "Warning: " + says


WITHHELD_HEADS = word_set("withheld_heads")
PUBLIC_ROLES = word_set("public_role_heads")
ATTITUDE_VERBS = word_set("attitude_verbs")
REPORTING_VERBS = word_set("core_speech_verbs")
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
_GENERIC = frozenset(("any", "every", "no", "all"))
_UNNAMED = Lazy(r"\b(?:unnamed|anonymous|unidentified)\b", re.I)
_ONE_OF = Lazy(r"(?:a|an|one|another|two|three|four|five|several|multiple)$")
_DEFINITE_BEFORE = Lazy(r"\b(?:the|this|that)\s+(?:[\w'\u2019-]+,\s+)+$", re.I)
# "one in five say": a share of respondents, not a person counted out
_SHARE_OF = Lazy(r"\w+\s+in\s+(?:every\s+)?\w+\b", re.I)
# people in general: evidence of a withheld source only with a marker, counted out or pointing back
_PEOPLE = frozenset(("people", "person", "persons"))
# verbs of public writing (a post, a comment, a letter): a person counted out with them is no source
# the reporter withheld (public_post_verbs.txt and the writing verbs of core_speech_verbs.txt)
_WRITING = frozenset(w.lower() for w in read_list("public_post_verbs")) | {"wrote", "writes", "write", "writing"}


def _withheld_evidence(analysis: Analysis, a: Attribution) -> str:
    """The kind of evidence ("marker", "head", "counted", "antecedent";
    "" for none) that the source phrase itself shows a person the reporter
    chose not to name (the AP/NYT checklist applies); without it the unnamed
    source may be identifiable, part of the event, or a generic or
    hypothetical person, and the finding is ``info``.  Evidence is:

    - a withheld marker between the phrase and its verb ("senior",
      "familiar with", "who asked not to be named"; withheld_markers.txt);
    - a head noun for people inside an institution or circle ("officials",
      "a source", "two aides"; withheld_heads.txt), not generic ("any
      rational person", "all the experts"), and when definite and singular
      ("the insider", "the former top aide") introduced earlier as unnamed
      ("one insider"; a rank word such as "top" is no evidence there), not
      a back-reference to somebody named, nor a bare plural with a verb of
      a view ("party officials expect", "employees complain";
      attitude_verbs.txt: a group's attitude).  "people" and "person" are no
      such noun ("many people believe", "people would say"): they need a
      marker ("people in attendance", "a person close to"), to be counted
      out, or to point back at an unnamed source ("those people said");
    - or an individual person counted out ("one diplomat", "a Democratic
      senator", "several friends", "someone in attendance") who supplies information to the reporter
      (a reporting verb, core_speech_verbs.txt, or "according to"): not a
      view or act told of people in the event ("some agents, who thought",
      "more than 10 women have accused", "a close look ... suggests"), a
      share of respondents ("one in five said") or a public writer ("one
      user wrote")."""
    text = analysis.article.content
    start, end = a.source_start, a.source_end
    if end <= start:
        return ""
    hi = _marker_end(text, a)
    toks = tokens(text, start, end)
    head_toks = head_part(toks)
    if head_toks and _definite(text, start, toks) and not bare(head_toks[-1][0]).endswith(("s", "people")):
        # "the former top aide": a rank word is no evidence here, only a withheld marker after the head
        # ("the person familiar with the plans"), an unnamed premodifier or an unnamed antecedent
        if withheld_marker(text, head_toks[-1][2], hi):
            return "marker"
        unnamed = _UNNAMED.search(text, start, end) is not None
        if not unnamed and _named_before(text, start, head_toks):
            return ""  # "Sanders aide Jeff Weaver told me ... according to the Sanders aide": named before
        return "antecedent" if unnamed or _introduced(analysis, a, bare(head_toks[-1][0])) else ""
    if withheld_marker(text, start, hi):
        return "marker"
    if len(toks) == 1 and a.source and bare(toks[0][0]) in _BACK and a.source.lower() != toks[0][0].lower():
        if withheld_marker(a.source, 0, len(a.source)):  # "they" for "people familiar with the talks"
            return "marker"
        toks = tokens(a.source, 0, len(a.source))
        head_toks = head_part(toks)
    if not head_toks:
        return ""
    head, first = bare(head_toks[-1][0]), bare(toks[0][0])
    if first in _GENERIC:
        return ""
    if head in WITHHELD_HEADS:
        if _body_voice(analysis, a, toks, head_toks):
            return "body"  # "Facebook officials say", "Clinton aides said": a named body's own line (info)
        # "party officials expect", "employees complain": a bare plural holding a view is a group's attitude
        bare_plural = head.endswith("s") and head not in ("sources",) and first not in DETERMINERS | QUANTIFIERS \
            and _ONE_OF.match(first) is None and not toks[0][0].endswith(("'s", "\u2019s", "s'"))
        return "" if bare_plural and a.cue.lower() in ATTITUDE_VERBS else "head"
    if first in _DEFINITE and head in _PEOPLE and any(
            x.source_class == "anonymous" and a.sentence - 3 <= x.sentence < a.sentence for x in analysis.attributions):
        return "antecedent"  # "those people said": the unnamed source of a sentence before
    return "counted" if _counted_out(text, a, toks, head_toks) else ""


def _named_before(text: str, start: int, head_toks) -> bool:
    """True when a definite source's words ("the Sanders aide", "the economic
    adviser") stood earlier in the story right before a person's name
    ("Sanders aide Jeff Weaver"): the back-reference names that person."""
    words = [t[0] for t in head_toks if bare(t[0]) not in _DEFINITE]
    if not words:
        return False
    rx = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words)
                    + r"\s+(?-i:[A-Z][\w'\u2019.-]+\s+[A-Z][\w'\u2019-]+)", re.I)
    return rx.search(text, 0, start) is not None


def _definite(text: str, start: int, toks) -> bool:
    """True when the source phrase starting at ``start`` is definite: it opens
    with "the", "this" ..., or the article stands before a comma-separated
    premodifier the phrase starts with ("the bespectacled, 71-year-old
    diplomat said")."""
    first = bare(toks[0][0]) if toks else ""
    return first in _DEFINITE or len(toks) > 1 and first not in DETERMINERS | QUANTIFIERS | _BACK \
        and _ONE_OF.match(first) is None and _DEFINITE_BEFORE.search(text, max(0, start - 60), start) is not None


def _counted_out(text: str, a: Attribution, toks, head_toks) -> bool:
    """True for an individual person counted out ("one diplomat", "several
    friends", "someone in attendance") who tells the reporter (a reporting
    verb or "according to"): not a share of respondents ("one in five
    said"), a writer whose words are public ("one user wrote"), nor a
    member of the public or the market ("one trader", "a bartender", "one
    analyst"; public_role_heads.txt): market colour or a vox pop."""
    head, first = bare(head_toks[-1][0]), bare(toks[0][0])
    if head in PUBLIC_ROLES:
        return False  # "one trader", "a bartender", "one analyst": market colour or a vox pop, not withheld
    person = head in words()["anon"] or PEOPLE_SINGULAR.search(head) is not None or PEOPLE_PLURAL.search(head) is not None
    # "someone in attendance", "somebody who worked for him": one person placed by a modifier
    counted = _ONE_OF.match(first) is not None and not _SHARE_OF.match(text, a.source_start, a.source_end) \
        or head in ("someone", "somebody") and len(toks) > len(head_toks)
    cue = a.cue.lower()
    tells = (cue in REPORTING_VERBS and cue not in _WRITING) or cue.startswith("according")
    return person and counted and tells


def properties(analysis: Analysis, a: Attribution, supplies: str, reason_given: bool, acknowledged: bool,
               evidence: str) -> Dict[str, bool]:
    """The named, explainable properties of the finding for unnamed source
    ``a`` that its severity is decided from: the kind of withheld-source
    evidence (``_withheld_evidence``; ``True`` counts as a head), what the
    source supplies, whether the story gives or acknowledges the anonymity,
    the source phrase's shape (plural, definite, a pronoun, an
    unnamed-word), its verb ("according to", a reporting verb), a named
    source in the same or an adjacent sentence, a quote in the sentence,
    and the lede."""
    text = analysis.article.content
    toks = tokens(text, a.source_start, a.source_end)
    head_toks = head_part(toks)
    head = bare(head_toks[-1][0]) if head_toks else ""
    first = bare(toks[0][0]) if toks else ""
    cue = a.cue.lower()
    sent = analysis.sentences[a.sentence]
    body = [s.index for s in analysis.sentences if s.kind == "body"][:2]
    kind = "head" if evidence is True else evidence
    return {
        "evidence_head": kind == "head",
        "evidence_marker": kind == "marker",
        "evidence_counted": kind == "counted",
        "evidence_antecedent": kind == "antecedent",
        "no_evidence": not kind,
        "body_voice": kind == "body",
        "head_source": head in ("source", "sources"),
        "head_official": head in ("official", "officials"),
        "reason_given": reason_given,
        "acknowledged": acknowledged,
        "quote": supplies == "quote",
        "characterisation": supplies == "characterisation",
        "according_to": cue.startswith("according"),
        "speech_verb": cue in REPORTING_VERBS,
        "plural": head.endswith("s") or head == "people",
        "definite": first in _DEFINITE,
        "pronoun": len(toks) == 1 and first in _BACK,
        "unnamed_word": _UNNAMED.search(text, a.source_start, a.source_end) is not None,
        "named_near": any(x.source_class in ("person", "organisation") and abs(x.sentence - a.sentence) <= 1
                          for x in analysis.attributions),
        "quote_in_sentence": any(_in_sentence(q, sent) for q in analysis.quotes),
        "lede": a.sentence in body,
        "relayed": _relayed(analysis, a),
    }


def _introduced(analysis: Analysis, a: Attribution, head: str) -> bool:
    """True when a definite singular source ("the insider", "the Tory
    source") points back at an unnamed one: an unnamed source in one of the
    three sentences before ("One operative inside Trump Tower ... the insider
    said"), or the head introduced earlier as indefinite or plural ("a
    person close to", "party sources"); not a back-reference to somebody
    named ("Ari Fleischer ... said the former top aide")."""
    if any(x.source_class == "anonymous" and a.sentence - 3 <= x.sentence < a.sentence for x in analysis.attributions):
        return True
    # not "Ann Bell, a former aide to the governor": an apposition names its person
    rx = re.compile(r"(?<!, )\b(?:(?:a|an|one|another)\s+(?:[\w'\u2019.-]+\s+){0,4}?" + re.escape(head) + r"|"
                    + re.escape(head) + r"s)\b", re.I)
    return rx.search(analysis.article.content, 0, a.source_start) is not None


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "\u2026"


def _supplies(analysis: Analysis, a: Attribution, names: Callable[[], Sequence[str]]) -> str:
    """``quote`` when the source is quoted directly, ``characterisation``
    when what it says describes a named person, else ``fact``."""
    sent = analysis.sentences[a.sentence]
    if a.quote is not None and _in_sentence(analysis.quotes[a.quote], sent) \
            and not _scare_or_title(analysis.article.content, analysis.quotes[a.quote]):
        return "quote"  # a quote the source introduces in this very sentence, not one a paragraph away
    cs, ce = a.content_start, a.content_end
    if cs is not None and ce is not None and ce > cs:
        for q in analysis.quotes:
            if q.text_start < ce and cs < q.text_end and (q.text_end - q.text_start) > 25 and _in_sentence(q, sent):
                return "quote"
        if characterises(analysis.article.content, cs, ce, names(), a.cue):
            return "characterisation"
    return "fact"


def _scare_or_title(text: str, q) -> bool:
    """True for quotation marks around one word ("another “trap” debate", a
    ''seminar'') or around a title ("the book “Clinton Cash”"): not a direct
    quote of the source."""
    words = text[q.text_start:q.text_end].split()
    return len(words) <= 1 or len(words) <= 4 and all(w[:1].isupper() for w in words)


def _in_sentence(q, sent) -> bool:
    """True when quote ``q``'s words overlap sentence ``sent``."""
    return q.text_start < sent.end and sent.start < q.text_end
