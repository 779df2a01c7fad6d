"""Check-worthiness of an unsourced claim: would a desk editor raise it?

A points model.  ``Levels.features`` names the explainable properties of
the claim (FEATURE_TEXT): what makes it likely worth raising (an agentless
forecast or estimate of a figure, "is expected to top $1bn",
agentless_estimates.txt; a record stated as plain fact, "all-time high";
a sum of money or a percentage; several kinds of claim) and what makes it
information (a matter of record anyone can check, record_matters.txt; an
evaluative record word, evaluative_records.txt; the writer's own voice or
hedge; a match or race report, match_report_words.txt; a named source next
door or in words the attribution finder does not read,
named_source_phrases.txt; a lead crediting the release the figures come
from; the subject is the source).  ``level`` adds their points from
factcheck/data/checkworthiness_points.txt to the table's base: at
``warn_at`` or above the claim is a ``warning``, below it ``info``; the
reason lists the total and the largest contributions.

The table is fitted on the development judgements only (a logistic
regression on these properties, weights doubled and rounded, the rule's
documented must-trigger examples added twice as an editorial prior) by
``python benchmarks/checkworthiness_cv.py --write``, which also prints the
5-fold cross-validated precision by article.  A property the table does
not list scores 0 (a negated record and a ranking have too few dev
judgements to earn points of their own).

``Levels(analysis)`` reads the article once; ``level(claim)`` returns
``("warning" | "info", reason)``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Set, Tuple

from factcheck.model import CLAIM_KINDS, Analysis, Claim, Sentence

from .lexicon import read_list
from .sources import classify
from .tokens import is_cap, tokens

LIKELY = "warning"
UNLIKELY = "info"

_NAMED = ("person", "organisation", "document")
_EVER = re.compile(r"\bthan (?:any|ever)\b|\b(?:any|ever) (?:before|since)\b", re.I)
_SETTLED_CHANGE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|now\s+|more than\s+|almost\s+|nearly\s+)?"
                             r"(?:doubled|tripled|trebled|halved|quadrupled|soared|plunged|surged|slumped|"
                             r"risen|fallen|grown|shrunk|dropped|climbed|declined|increased|decreased|jumped)\b", re.I)
# a ranking stated as fact: "is now the highest in the state", "was the hottest summer"
_PREDICATE_SUPERLATIVE = re.compile(r"\b(?:is|are|was|were|has been|have been|had been|became|becomes|remains|remained)"
                                    r"\s+(?:now\s+|still\s+|also\s+|already\s+|officially\s+)?the\s+"
                                    r"(?:(?:\w+-)?\w+est|(?:most|least)\s+(\w+)|biggest|worst|best)\b", re.I)
_WHOLLY_QUOTED = re.compile(r"\s*[\"\u201c].*[\"\u201d]\s*$", re.S)
# the writer's own hedged judgement: "has probably been closer than any other"
_HEDGE = re.compile(r"\b(?:probably|arguably|perhaps|possibly|surely|no doubt|undoubtedly|seems?|seemed|appears?|appeared)\b", re.I)
# a vague source closing the sentence: ", economists forecast." (vague-attribution's finding)
_TRAILING_SOURCE = re.compile(r",\s+(?:[\w'-]+\s+){0,3}(?:said|say|says|forecast|forecasts|predict|predicts|predicted|expect|"
                              r"expects|estimate|estimates|believe|believes|warned|warn|reported|report|reckon)\s*[.\"\u201d]*\s*$",
                              re.I)
# "Films which are expected to earn ...": a generic relative clause, not a forecast
_RELATIVE_FORECAST = re.compile(r"\b(?:which|that|who)\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:expected|projected|forecast|"
                                r"predicted|estimated)\s+to\b", re.I)
# "has never been so low", "no other team has ever": a claim about all of history, not one result
_MONEY_OR_PERCENT = re.compile(r"[$\u00a3\u20ac\u00a5]\s?\d|\d\s?(?:%|per ?cent\b|percent\b)|\b\d[\d,.]*\s?(?:bn|m|billion|million|trillion)\b", re.I)
_NEGATED_RECORD = re.compile(r"\bnever\b|\bno other\b", re.I)
_QUOTE_OPEN = re.compile(r"\s*[\"\u201c\u2018']")
_NARRATOR = re.compile(r"(?<![\"\u201c\u2018'])\b(?:I|I'm|I've|I'd|my|me|you|your|you're|[Ww]e|[Oo]ur|us)\b")
_PRONOUN_SUBJECT = frozenset(("he", "she", "it", "they", "we"))
_OPENER_STOP = frozenset((",", "(", "-", "\u2014", "\u2013", ";", ":"))


# what each property means, in the order reasons list them (the points are in
# checkworthiness_points.txt; a property the table does not list scores 0)
FEATURE_TEXT = {
    "agentless_figure": "an agentless forecast or estimate of a figure or record",
    "agentless_event": "an agentless forecast of an event with no figure or record (a schedule)",
    "hidden_author_or_record": "a hidden author, a record, a settled change or a ranking",
    "record": "a record or 'ever' comparison",
    "plain_record": "a record stated as plain fact (not evaluative, checkable or quoted)",
    "settled_change": "a change stated as settled fact",
    "ranking": "a measurable ranking stated as fact",
    "several_kinds": "several kinds of claim",
    "money_or_percent": "a sum of money, a percentage or millions",
    "kind_statistic": "a statistic",
    "kind_superlative": "a superlative",
    "kind_trend": "a trend",
    "kind_causal": "a cause",
    "kind_comparison": "a comparison",
    "kind_prediction": "a prediction",
    "kind_record": "a record word",
    "negated_record": "a negated record",
    "evaluative_record": "an evaluative record word with no figure",
    "matter_of_record": "a matter of record anyone can check",
    "quotation": "a quotation, someone's own words",
    "quote_in_sentence": "a quote in the sentence",
    "source_in_words": "the sentence names its source in words the attribution finder does not read",
    "hedged": "the writer's own hedged judgement",
    "writer_voice": "the writer's own voice (review, column or comments)",
    "match_report": "a match or race report",
    "next_door": "a named source speaks next door",
    "source_in_paragraph": "an attribution in the paragraph",
    "named_subject": "the subject is the source",
    "lead_release": "the story's lead names the release its figures come from",
    "lede": "in the lede",
}


@lru_cache(maxsize=1)
def _points() -> Tuple[Dict[str, int], int]:
    """The points table and the warning threshold (checkworthiness_points.txt)."""
    table: Dict[str, int] = {}
    for line in read_list("checkworthiness_points"):
        name, value = line.split()
        table[name] = int(value)
    return table, table.pop("warn_at", 0)


@lru_cache(maxsize=1)
def _estimates() -> "re.Pattern[str]":
    return re.compile(r"\b(?:" + "|".join("(?:%s)" % p for p in read_list("agentless_estimates")) + r")\b", re.I)


@lru_cache(maxsize=1)
def _named_source() -> "re.Pattern[str]":
    name = r"(?:[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'\u2019.-]*){0,4}(?:\s+\([A-Z]+\))?)"
    return re.compile(r"\b(?:" + "|".join("(?:%s)" % p.replace("NAME", name) for p in read_list("named_source_phrases"))
                      + r")")


@lru_cache(maxsize=1)
def _context_openers() -> Tuple[str, ...]:
    return tuple(w.lower() for w in read_list("context_openers"))


@lru_cache(maxsize=1)
def _measurable() -> frozenset:
    return frozenset(w.lower() for w in read_list("measurable_superlatives"))


@lru_cache(maxsize=1)
def _evaluative_records() -> frozenset:
    return frozenset(w.lower() for w in read_list("evaluative_records"))


@lru_cache(maxsize=1)
def _source_lines() -> "re.Pattern[str]":
    return re.compile(r"\s*(?:" + "|".join("(?:%s)" % p for p in read_list("source_lines")) + r")\s*\Z", re.I)


@lru_cache(maxsize=1)
def _match_words() -> frozenset:
    return frozenset(read_list("match_report_words"))


@lru_cache(maxsize=1)
def _back_reference() -> "re.Pattern[str]":
    """"the poll", "this survey", "the figures": a document named earlier."""
    nouns = sorted((w for w in read_list("document_nouns") if w.isalpha()), key=len, reverse=True)
    return re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:latest\s+|new\s+|same\s+|last\s+|previous\s+)?(?:"
                      + "|".join(nouns) + r")\b", re.I)


def source_line(text: str, start: int, end: int) -> bool:
    """True for a credit line ("Jane Doe contributed to this report.")."""
    return _source_lines().match(text[start:end]) is not None


@lru_cache(maxsize=1)
def _records() -> "re.Pattern[str]":
    return re.compile(r"\b(?:" + "|".join("(?:%s)" % p for p in read_list("record_matters")) + r")", re.I)


def _unquoted(text: str, start: int, end: int, spans: List[Tuple[int, int]]) -> str:
    """``text[start:end]`` with quoted words blanked out."""
    chars = list(text[start:end])
    for a, b in spans:
        for k in range(max(a, start), min(b, end)):
            chars[k - start] = " "
    return "".join(chars)


@lru_cache(maxsize=1)
def _release_words() -> frozenset:
    return frozenset(w.lower() for w in read_list("release_nouns"))


def _lead_release(analysis: Analysis, lead: List[Sentence]) -> bool:
    """True when a lead sentence credits a named report or body and speaks
    of a release of figures (release_nouns.txt), or names a list, ranking or
    chart in words the attribution finder does not read ("the highest new
    entry in the Sunday Times' music rich list"; named_source_phrases.txt)."""
    text = analysis.article.content
    credited = {a.sentence for a in analysis.attributions if a.source_class in ("document", "organisation")}
    return any(s.index in credited
               and not _release_words().isdisjoint(re.findall(r"[a-z]+", text[s.start:s.end].lower()))
               or _named_list(text, s.start, s.end) for s in lead)


def _named_list(text: str, start: int, end: int) -> bool:
    m = _named_source().search(text, start, end)
    return m is not None and re.search(r"(?:list|rankings?|index|table|chart|census|tally)$", m.group()) is not None


class Levels:
    """The check-worthiness levels of one article's unsourced claims."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        text = analysis.article.content
        body = [s for s in analysis.sentences if s.kind == "body"]
        quotes = [(q.start, q.end) for q in analysis.quotes]
        narration = " ".join(_unquoted(text, s.start, s.end, quotes) for s in body)
        # a review, column or comments page: the narrator addresses the reader or speaks for himself
        self.writer_voice = len(_NARRATOR.findall(narration)) >= 3
        # a match or race report: its records are results anyone can check
        words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", narration.lower()))
        self.match_report = len(words & _match_words()) >= 3
        self.documents = [a.sentence for a in analysis.attributions if a.source_class in ("document", "organisation")]
        # sentences where a named source reports something in the writer's words (a quote is
        # the speaker's own view, not the source of the narrator's figures)
        sents = analysis.sentences
        quoted = {}
        for q in analysis.quotes:
            if 0 <= q.sentence < len(sents):
                quoted[q.sentence] = quoted.get(q.sentence, 0) + (q.text_end - q.text_start)
        self.named: Set[int] = {a.sentence for a in analysis.attributions
                                if a.source_class in _NAMED and 0 <= a.sentence < len(sents)
                                and quoted.get(a.sentence, 0) < 0.6 * (sents[a.sentence].end - sents[a.sentence].start)}
        # a report or body's figures carry through their paragraph
        self.data_sources: Set[int] = {a.sentence for a in analysis.attributions
                                       if a.source_class in ("document", "organisation")}
        # a story whose lead credits a named release of figures ("according to lending
        # figures from the Bank of England"): its later figures are that release's
        # (not in a claims file: there the desk gives each claim its own source)
        self.lead_release = analysis.article.format != "claims" and _lead_release(analysis, body[:2])
        # the lede: the first three body sentences of five words or more (not "ABSTRACT." labels)
        self.lede = {s.index for s in [x for x in body if len(text[x.start:x.end].split()) >= 5][:3]}

    def level(self, claim: Claim) -> Tuple[str, str]:
        """``(severity, reason)`` for an unsourced ``claim``: the points of
        its properties (checkworthiness_points.txt) against the threshold."""
        table, warn_at = _points()
        feats = self.features(claim)
        parts = [(table[n], n) for n in FEATURE_TEXT if feats.get(n) and table.get(n)]
        total = table.get("base", 0) + sum(p for p, _ in parts)
        shown = sorted(parts, key=lambda x: (-abs(x[0]), list(FEATURE_TEXT).index(x[1])))[:4]
        why = "; ".join(f"{FEATURE_TEXT[n]} {p:+d}" for p, n in shown) or "no property scores"
        severity = LIKELY if total >= warn_at else UNLIKELY
        return severity, f"{total} points (warning from {warn_at}): {why}"

    def features(self, claim: Claim) -> Dict[str, bool]:
        """The explainable properties of an unsourced ``claim`` that the
        points table (checkworthiness_points.txt) scores, by name."""
        a = self.analysis
        text = a.article.content
        s = a.sentences[claim.sentence]
        kinds = set(claim.kinds)
        agentless = _estimates().search(text, s.start, s.end) is not None \
            and _RELATIVE_FORECAST.search(text, s.start, s.end) is None
        figure = bool({"statistic", "record", "superlative"} & kinds)
        record = "record" in kinds or _EVER.search(text, s.start, s.end) is not None
        sentence = text[s.start:s.end]
        para = {x.index for x in a.sentences if x.paragraph == s.paragraph}
        f = {"kind_" + k: k in kinds for k in CLAIM_KINDS}
        settled_change = "trend" in kinds and _SETTLED_CHANGE.search(text, s.start, s.end) is not None
        ranking = "superlative" in kinds and self._ranking(s.start, s.end)
        evaluative = kinds == {"record"} and all(
            text[t.start:t.end].lower() in _evaluative_records() for t in claim.triggers)
        matter = _records().search(text, s.start, s.end) is not None
        quotation = _WHOLLY_QUOTED.match(sentence) is not None
        f.update(
            several_kinds=len(kinds) >= 2,
            plain_record=record and not (evaluative or matter or quotation),
            hidden_author_or_record=agentless and figure or record or settled_change or ranking,
            agentless_figure=agentless and figure,
            agentless_event=agentless and not figure,
            record=record,
            negated_record=any(_NEGATED_RECORD.search(text, t.start, t.end) for t in claim.triggers),
            evaluative_record=evaluative,
            settled_change=settled_change,
            ranking=ranking,
            money_or_percent=_MONEY_OR_PERCENT.search(sentence) is not None,
            matter_of_record=matter,
            quotation=quotation,
            quote_in_sentence=any(q.sentence == claim.sentence for q in a.quotes),
            source_in_words=bool(_named_source().search(text, s.start, s.end)
                                 or _TRAILING_SOURCE.search(text, s.start, s.end)
                                 or self._continues_quote(claim.sentence)),
            hedged=_HEDGE.search(text, s.start, s.end) is not None,
            writer_voice=self.writer_voice,
            match_report=self.match_report,
            next_door=self._next_door(claim.sentence) or self._refers_back(claim.sentence),
            source_in_paragraph=any(x.sentence in para for x in a.attributions),
            named_subject=self._named_subject(claim),
            lead_release=self.lead_release and claim.sentence > 1,
            lede=claim.sentence in self.lede,
        )
        return f

    def _next_door(self, index: int) -> bool:
        """A named source reports in the next sentence or, in the same
        paragraph, two sentences on (a lede: in the two after, across a
        paragraph break), or, in the same paragraph, in the two sentences
        before."""
        sents = self.analysis.sentences
        s = sents[index]
        opening = self.analysis.article.content[s.start:s.start + 40].lower()
        if any(opening.startswith(o) for o in _context_openers()):
            return False  # "This comes as ...": background, not what the neighbours report
        # the next sentence, or for a lede the one after it too ("Women are giving more than ever.
        # ... according to an analysis by Crowdpac")
        lede = index in self.lede
        nxt = [x for x in sents[index + 1:index + 4] if x.kind == "body"][:2]
        if any(self._names(x.index) and x.paragraph <= s.paragraph + (2 if lede else 1)
               and (lede or k == 0 or x.paragraph == s.paragraph) for k, x in enumerate(nxt)):
            return True
        if any(self._names(k) and sents[k].paragraph == s.paragraph for k in (index - 1, index - 2) if k >= 0):
            return True
        # a paragraph opening on a release named at the end of the paragraph before
        if index > 0 and sents[index - 1].paragraph == s.paragraph - 1 and sents[index - 1].kind == "body" \
                and (index - 1 in self.data_sources or self._names_in_words(index - 1)):
            return True
        return any(k < index and sents[k].paragraph == s.paragraph for k in self.data_sources)

    def _names(self, index: int) -> bool:
        """A named source reports in sentence ``index`` (read as an
        attribution, or in words the attribution finder does not read)."""
        return index in self.named or self._names_in_words(index)

    def _names_in_words(self, index: int) -> bool:
        s = self.analysis.sentences[index]
        return _named_source().search(self.analysis.article.content, s.start, s.end) is not None

    def _ranking(self, start: int, end: int) -> bool:
        """A ranking stated as fact: "is now the highest in the state", "was
        the most visited"; "the most potent of all" is the writer's judgement."""
        text = self.analysis.article.content
        for m in _PREDICATE_SUPERLATIVE.finditer(text, start, end):
            if m.group(1) is None or m.group(1).lower() in _measurable():
                return True
        return False

    def _continues_quote(self, index: int) -> bool:
        """The sentence opens a quotation that continues the speaker of the
        sentence before ("... , Sanders said. "The younger people ...")."""
        a = self.analysis
        s = a.sentences[index]
        if index == 0 or not _QUOTE_OPEN.match(a.article.content, s.start, s.end):
            return False
        return any(q.speaker for q in a.quotes if q.sentence in (index - 1, index))

    def _refers_back(self, index: int) -> bool:
        """The sentence points at a document or body's data named earlier
        ("In the poll, ...", "the figures show")."""
        s = self.analysis.sentences[index]
        text = self.analysis.article.content
        if any(k < index for k in self.documents) and _back_reference().search(text, s.start, s.end) is not None:
            return True
        # "the music rich list" after "in the Sunday Times' music rich list": the noun of a named
        # source phrase the attribution finder does not read, taken up again
        for k in range(max(0, index - 8), index):
            m = _named_source().search(text, self.analysis.sentences[k].start, self.analysis.sentences[k].end)
            noun = re.findall(r"[a-z]+", m.group().lower())[-1:] if m else []
            if noun and len(noun[0]) > 3 and re.search(r"\b(?:the|this|that)\s+(?:[\w'-]+\s+){0,3}" + noun[0] + r"\b",
                                                     text[s.start:s.end], re.I):
                return True
        return False

    def _named_subject(self, claim: Claim) -> bool:
        """True when a named person or organisation (or a pronoun for one)
        opens the sentence before its first trigger."""
        a = self.analysis
        text = a.article.content
        s = a.sentences[claim.sentence]
        first = min((t.start for t in claim.triggers), default=s.end)
        toks = tokens(text, s.start, first)
        if not toks:
            return False
        if toks[0][0].lower() in _PRONOUN_SUBJECT and toks[0][0].lower() != "it":
            return True
        run = []
        for k, t in enumerate(toks):
            if t[0] in _OPENER_STOP or not (is_cap(t[0], first=(k == 0)) or t[0].lower() in ("the", "of", "&")):
                break
            run.append(t)
        while run and not is_cap(run[-1][0], first=len(run) == 1):
            run.pop()
        if not run or classify(run)[0] not in ("person", "organisation"):
            return False
        if len(run) == 1 and run[0][1] == s.start:
            # a lone capitalised first word is a name only if the story capitalises it mid-sentence too
            return re.search(r"[a-z,] " + re.escape(run[0][0]) + r"\b", text) is not None
        return True
