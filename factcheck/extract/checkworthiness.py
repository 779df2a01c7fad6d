"""Check-worthiness of an unsourced claim: would a desk editor raise it?

A points model.  ``Levels.features`` names the explainable properties of
the claim (FEATURE_TEXT): what makes it likely worth raising (an agentless
forecast or estimate of a figure, "is expected to top $1bn",
agentless_estimates.txt, above all an estimate, "an estimated 240,000";
a record stated as plain fact, "all-time high"; several kinds of claim)
and what makes it information (a sum of money or a percentage, mostly
prices, results and budgets; a matter of record anyone can check,
record_matters.txt; an
evaluative record word, evaluative_records.txt; the writer's own voice or
hedge; a match or race report, match_report_words.txt; a named source next
door or in words the attribution finder does not read,
named_source_phrases.txt; a lead crediting the release the figures come
from, above all in a story whose credited sources give estimates,
lead_credits.py; the subject is the source).  ``level`` adds their points from
factcheck/data/checkworthiness_points.txt to the table's base: at
``warn_at`` or above the claim is a ``warning``, below it ``info``; the
reason lists the total and the largest contributions.

The table scores general evidence only: an agentless forecast or
estimate of a figure is a warning on its own, a record stated as plain
fact too, a change stated as fact with its cause; a demotion (a source in
reach, a matter of record, the writer's voice ...) takes it back.  The
wording properties (the lede, the claim kinds, several kinds) score 0:
refits with them fitted the dev warnings' wording and did not hold out
(issue 12, seventh round; ``python benchmarks/checkworthiness_cv.py
--ablate`` and ``--only evidence`` print the cross-validated figures by
article).  A property the table does not list scores 0.

``Levels(analysis)`` reads the article once; ``level(claim)`` returns
``("warning" | "info", reason)``.  Each property is defined once
(``_Properties``) and worked out only when asked for: ``level`` asks only
for those the table scores, ``features`` for all.  The speed shortcuts
(folded text, guard words, ...) live in checkworthiness_fast.py, and
tests/test_checkworthiness_speed.py checks that ``level`` gives what the
plain points sum over ``features`` gives.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Dict, List, Optional, Sequence, Set, Tuple

from factcheck.model import CLAIM_KINDS, Analysis, Claim, Sentence

from . import checkworthiness_fast as fast
from .checkworthiness_fast import Folding, once
from .guarded import Guarded, read_phrases
from .lead_credits import Credits
from .lazy import Lazy
from .lexicon import read_list, reader_list
from .sources import classify
from .tokens import is_cap, tokens

LIKELY = "warning"
UNLIKELY = "info"

_NAMED = ("person", "organisation", "document")
# compiled on first use (extract.lazy.Lazy): a one-draft check needs few of them
_EVER = Lazy(r"\bthan (?:any|ever)\b|\b(?:any|ever) (?:before|since)\b", re.I)
_SETTLED_CHANGE = Lazy(r"\b(?:has|have)\s+(?:\w+ly\s+|now\s+|more than\s+|almost\s+|nearly\s+)?"
                       r"(?:doubled|tripled|trebled|halved|quadrupled|soared|plunged|surged|slumped|"
                       r"risen|fallen|grown|shrunk|dropped|climbed|declined|increased|decreased|jumped)\b", re.I)
# a ranking stated as fact: "is now the highest in the state", "was the hottest summer"
_PREDICATE_SUPERLATIVE = Lazy(r"\b(?:is|are|was|were|has been|have been|had been|became|becomes|remains|remained)"
                              r"\s+(?:now\s+|still\s+|also\s+|already\s+|officially\s+)?the\s+"
                              r"(?:(?:\w+-)?\w+est|(?:most|least)\s+(\w+)|biggest|worst|best)\b", re.I)
_WHOLLY_QUOTED = Lazy(r"\s*[\"\u201c].*[\"\u201d]\s*$", re.S)
# the writer's own hedged judgement: "has probably been closer than any other"
_HEDGE = Folding(lambda: re.compile(r"\b(?:probably|arguably|perhaps|possibly|surely|no doubt|undoubtedly|seems?|seemed|"
                                    r"appears?|appeared)\b", re.I))
# a vague source closing the sentence: ", economists forecast." (vague-attribution's finding)
_TRAILING_SOURCE = Lazy(r",\s+(?:[\w'-]+\s+){0,3}(?:said|say|says|forecast|forecasts|predict|predicts|predicted|expect|"
                        r"expects|estimate|estimates|believe|believes|warned|warn|reported|report|reckon)\s*[.\"\u201d]*\s*$",
                        re.I)
# "Films which are expected to earn ...": a generic relative clause, not a forecast
_RELATIVE_FORECAST = Lazy(r"\b(?:which|that|who)\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:expected|projected|forecast|"
                          r"predicted|estimated)\s+to\b", re.I)
# (with wire copy's abbreviations: "2.4 pct", "600 mln dlrs", "4.5 bln stg")
_MONEY_OR_PERCENT = Lazy(r"[$\u00a3\u20ac\u00a5]\s?\d|\d\s?(?:%|per ?cent\b|percent\b|pct\b)"
                         r"|\b\d[\d,.]*\s?(?:bn|m|billion|million|trillion|mln|bln)\b|\d\s?(?:dlrs?|stg)\b", re.I)
# "has never been so low", "no other team has ever": a claim about all of history, not one result
# "an estimated 2.4 million", "is estimated at": an estimate whose estimator is not named
_ESTIMATE_WORD = Lazy(r"\bestimat(?:e|es|ed)\b", re.I)
_NEGATED_RECORD = Lazy(r"\bnever\b|\bno other\b", re.I)
_QUOTE_OPEN = Lazy(r"\s*[\"\u201c\u2018']")
_NARRATOR = Lazy(r"(?<![\"\u201c\u2018'])\b(?:I|I'm|I've|I'd|my|me|you|your|you're|[Ww]e|[Oo]ur|us)\b")
_PRONOUN_SUBJECT = frozenset(("he", "she", "it", "they", "we"))
_OPENER_STOP = frozenset((",", "(", "-", "\u2014", "\u2013", ";", ":"))


# what each property means, in the order reasons list them (the points are in
# checkworthiness_points.txt; a property the table does not list scores 0)
FEATURE_TEXT = {
    "agentless_figure": "an agentless forecast or estimate of a figure or record",
    "agentless_estimate": "an agentless estimate of a figure (estimated by whom?)",
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
    "lead_release": "the story's lead names the body or release its figures come from",
    "lead_estimator": "the lead credits a body and credited sources give estimates in the story",
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


NAME = r"(?:[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'\u2019.-]*){0,4}(?:\s+\([A-Z]+\))?)"
"""What NAME stands for in named_source_phrases.txt: a capitalised name of one to five words."""


@lru_cache(maxsize=1)
def _named_source() -> Guarded:
    """The phrases of named_source_phrases.txt as one pattern, with the
    guard words of their ``needs:`` lines (guarded.py)."""
    phrases, needs = read_phrases("named_source_phrases")
    return Guarded(re.compile(r"\b(?:" + "|".join("(?:%s)" % p.replace("NAME", NAME) for p in phrases) + r")"), needs)


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
    nouns = sorted((w for w in reader_list("document_nouns", "attributions") if w.isalpha()), key=len, reverse=True)
    return re.compile(r"\b(?:the|this|that|these|those|its|their)\s+(?:latest\s+|new\s+|same\s+|last\s+|previous\s+)?(?:"
                      + "|".join(nouns) + r")\b", re.I)


def source_line(text: str, start: int, end: int) -> bool:
    """True for a credit line ("Jane Doe contributed to this report.")."""
    return _source_lines().match(text[start:end]) is not None


@lru_cache(maxsize=1)
def _records() -> "re.Pattern[str]":
    return re.compile(r"\b(?:" + "|".join("(?:%s)" % p for p in read_list("record_matters")) + r")", re.I)


_RECORDS = Folding(_records)
_ESTIMATES = Folding(_estimates)


def _unquoted(text: str, spans: Sequence[Tuple[int, int]]) -> str:
    """``text`` with the quoted words (``spans``) blanked out (built from
    slices, not one character at a time: speed)."""
    pieces, done = [], 0
    for a, b in sorted((max(a, 0), min(b, len(text))) for a, b in spans):
        a = max(a, done)
        if a < b:
            pieces += [text[done:a], " " * (b - a)]
            done = b
    pieces.append(text[done:])
    return "".join(pieces)


class Levels:
    """The check-worthiness levels of one article's unsourced claims.

    What holds for the whole article (the writer's voice, a match report,
    the lede, where the named sources are) is worked out once, when a claim
    first needs it."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.text = analysis.article.content
        # speed layer: what the named-source phrases find in a sentence, and whether a word is
        # capitalised mid-sentence somewhere in the story, each looked up once per article
        self._named_at: Dict[Tuple[int, int], Optional["re.Match[str]"]] = {}
        self._mid_capital: Dict[str, bool] = {}

    @once
    def body(self) -> List[Sentence]:
        return [s for s in self.analysis.sentences if s.kind == "body"]

    @once
    def narration(self) -> str:
        """The body sentences with quoted words blanked out: the writer's own words."""
        unquoted = _unquoted(self.text, [(q.start, q.end) for q in self.analysis.quotes])
        return " ".join(unquoted[s.start:s.end] for s in self.body)

    @once
    def writer_voice(self) -> bool:
        """A review, column or comments page: the narrator addresses the reader or speaks for himself."""
        return fast.narrator_words(self.narration, 3) >= 3  # matches of _NARRATOR

    @once
    def match_report(self) -> bool:
        """A match or race report: its records are results anyone can check."""
        low = self.narration.lower()
        if not fast.occur(low, _match_words(), 3):
            return False  # speed layer: fewer than three of the words occur in the text at all
        words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", low))
        return len(words & _match_words()) >= 3

    @once
    def named(self) -> Set[int]:
        """Sentences where a named source reports something in the writer's words (a quote is
        the speaker's own view, not the source of the narrator's figures)."""
        a = self.analysis
        sents = a.sentences
        quoted: Dict[int, int] = {}
        for q in a.quotes:
            if 0 <= q.sentence < len(sents):
                quoted[q.sentence] = quoted.get(q.sentence, 0) + (q.text_end - q.text_start)
        return {x.sentence for x in a.attributions
                if x.source_class in _NAMED and 0 <= x.sentence < len(sents)
                and quoted.get(x.sentence, 0) < 0.6 * (sents[x.sentence].end - sents[x.sentence].start)}

    @once
    def credits(self) -> Credits:
        """Whom the story credits for its figures (lead_credits.py)."""
        return Credits(self.analysis, self.body, self._named_list)

    @once
    def lede(self) -> Set[int]:
        """The first three body sentences of five words or more (not "ABSTRACT." labels)."""
        text = self.text
        return {s.index for s in islice((x for x in self.body if len(text[x.start:x.end].split()) >= 5), 3)}

    @once
    def quoted_sentences(self) -> Set[int]:
        return {q.sentence for q in self.analysis.quotes}

    @once
    def attributed_paragraphs(self) -> Set[int]:
        """Paragraphs holding a sentence that an attribution reads."""
        attributed = {x.sentence for x in self.analysis.attributions}
        return {s.paragraph for s in self.analysis.sentences if s.index in attributed}

    def level(self, claim: Claim) -> Tuple[str, str]:
        """``(severity, reason)`` for an unsourced ``claim``: the points of
        its properties (checkworthiness_points.txt) against the threshold.
        Only the properties the table scores are worked out (speed layer:
        the others would add nothing; ``features`` gives them all)."""
        table, warn_at = _points()
        props = _Properties(self, claim)
        parts = [(points, name) for name, points in _scored() if props.has(name)]
        total = table.get("base", 0) + sum(p for p, _ in parts)
        shown = sorted(parts, key=lambda x: (-abs(x[0]), _RANK[x[1]]))[:4]
        why = "; ".join(f"{FEATURE_TEXT[n]} {p:+d}" for p, n in shown) or "no property scores"
        severity = LIKELY if total >= warn_at else UNLIKELY
        return severity, f"{total} points (warning from {warn_at}): {why}"

    def features(self, claim: Claim) -> Dict[str, bool]:
        """The explainable properties of an unsourced ``claim`` that the
        points table (checkworthiness_points.txt) scores, by name: all of
        them (``_Properties`` defines each)."""
        props = _Properties(self, claim)
        return {name: props.has(name) for name in _ALL}

    def _next_door(self, index: int) -> bool:
        """A named source reports in the next sentence or, in the same
        paragraph, two sentences on (a lede: in the two after, across a
        paragraph break), or, in the same paragraph, in the two sentences
        before."""
        sents = self.analysis.sentences
        s = sents[index]
        opening = self.text[s.start:s.start + 40].lower()
        if opening.startswith(_context_openers()):
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
                and (index - 1 in self.credits.data_sources or self._names_in_words(index - 1)):
            return True
        return any(k < index and sents[k].paragraph == s.paragraph for k in self.credits.data_sources)

    def _names(self, index: int) -> bool:
        """A named source reports in sentence ``index`` (read as an
        attribution, or in words the attribution finder does not read)."""
        return index in self.named or self._names_in_words(index)

    def _names_in_words(self, index: int) -> bool:
        return self._named_source_in(self.analysis.sentences[index]) is not None

    def _named_source_in(self, s: Sentence) -> Optional["re.Match[str]"]:
        """The first named-source phrase (named_source_phrases.txt) in sentence ``s``."""
        key = (s.start, s.end)
        if key not in self._named_at:  # speed layer: once per sentence
            self._named_at[key] = _named_source().search(self.text, self.folded, s.start, s.end)
        return self._named_at[key]

    def _named_list(self, s: Sentence) -> bool:
        """Sentence ``s`` names a list, ranking or chart ("in the Sunday Times' music rich list")."""
        m = self._named_source_in(s)
        return m is not None and re.search(r"(?:list|rankings?|index|table|chart|census|tally)$", m.group()) is not None

    def _ranking(self, start: int, end: int) -> bool:
        """A ranking stated as fact: "is now the highest in the state", "was
        the most visited"; "the most potent of all" is the writer's judgement."""
        for m in _PREDICATE_SUPERLATIVE.finditer(self.text, start, end):
            if m.group(1) is None or m.group(1).lower() in _measurable():
                return True
        return False

    def _continues_quote(self, index: int) -> bool:
        """The sentence opens a quotation that continues the speaker of the
        sentence before ("... , Sanders said. "The younger people ...")."""
        a = self.analysis
        s = a.sentences[index]
        if index == 0 or not _QUOTE_OPEN.match(self.text, s.start, s.end):
            return False
        return any(q.speaker for q in a.quotes if q.sentence in (index - 1, index))

    def _refers_back(self, index: int) -> bool:
        """The sentence points at a document or body's data named earlier
        ("In the poll, ...", "the figures show")."""
        sents = self.analysis.sentences
        s = sents[index]
        text = self.text
        if any(k < index for k in self.credits.data_sources) \
                and _back_reference().search(text, s.start, s.end) is not None:
            return True
        # "the music rich list" after "in the Sunday Times' music rich list": the noun of a named
        # source phrase the attribution finder does not read, taken up again
        for k in range(max(0, index - 8), index):
            m = self._named_source_in(sents[k])
            noun = re.findall(r"[a-z]+", m.group().lower())[-1:] if m else []
            if noun and len(noun[0]) > 3 and re.search(r"\b(?:the|this|that)\s+(?:[\w'-]+\s+){0,3}" + noun[0] + r"\b",
                                                     text[s.start:s.end], re.I):
                return True
        return False

    def _named_subject(self, claim: Claim) -> bool:
        """True when a named person or organisation (or a pronoun for one)
        opens the sentence before its first trigger."""
        text = self.text
        s = self.analysis.sentences[claim.sentence]
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
            return self._capitalised_mid_sentence(run[0][0])
        return True

    def _capitalised_mid_sentence(self, word: str) -> bool:
        """``re.search(r"[a-z,] " + re.escape(word) + r"\\b", text)``: the word after a
        lower-case letter or a comma and a space."""
        if word not in self._mid_capital:  # speed layer: once per word and article, without a regex per word
            self._mid_capital[word] = fast.after_lower(self.text, word)
        return self._mid_capital[word]

    @once
    def folded(self) -> Optional[str]:
        """The article's text folded for case-insensitive patterns (speed layer; None when folding
        is not exact: see folding.py)."""
        return fast.fold(self.text)

    def search(self, pattern: Folding, start: int, end: int) -> bool:
        """Whether the case-insensitive ``pattern`` matches in the article between ``start`` and
        ``end`` (speed layer: on the folded text when that finds the same)."""
        return pattern.search(self.text, self.folded, start, end)


class _Properties:
    """The properties of one unsourced claim (FEATURE_TEXT), each worked
    out when first asked for.  ``kind_<kind>``: the claim is of that kind."""

    def __init__(self, levels: Levels, claim: Claim):
        self.levels = levels
        self.claim = claim
        self.text = levels.text
        self.s = levels.analysis.sentences[claim.sentence]
        self.kinds = set(claim.kinds)

    def has(self, name: str) -> bool:
        if name.startswith("kind_"):
            return name[len("kind_"):] in self.kinds
        return getattr(self, name)

    def _search(self, pattern: "re.Pattern[str]") -> bool:
        return pattern.search(self.text, self.s.start, self.s.end) is not None

    @once
    def figure(self) -> bool:
        return bool({"statistic", "record", "superlative"} & self.kinds)

    @once
    def agentless(self) -> bool:
        """An agentless forecast or estimate ("is expected to top"), not a generic relative clause."""
        return self.levels.search(_ESTIMATES, self.s.start, self.s.end) and not self._search(_RELATIVE_FORECAST)

    @once
    def several_kinds(self) -> bool:
        return len(self.kinds) >= 2

    @once
    def plain_record(self) -> bool:
        return self.record and not (self.evaluative_record or self.matter_of_record or self.quotation)

    @once
    def hidden_author_or_record(self) -> bool:
        return self.agentless_figure or self.record or self.settled_change or self.ranking

    @once
    def agentless_figure(self) -> bool:
        return self.figure and self.agentless

    @once
    def agentless_estimate(self) -> bool:
        return self.agentless_figure and self._search(_ESTIMATE_WORD)

    @once
    def agentless_event(self) -> bool:
        return not self.figure and self.agentless

    @once
    def record(self) -> bool:
        return "record" in self.kinds or self._search(_EVER)

    @once
    def negated_record(self) -> bool:
        return any(_NEGATED_RECORD.search(self.text, t.start, t.end) for t in self.claim.triggers)

    @once
    def evaluative_record(self) -> bool:
        """An evaluative record word with no figure ("a record-breaking night")."""
        return self.kinds == {"record"} and all(
            self.text[t.start:t.end].lower() in _evaluative_records() for t in self.claim.triggers)

    @once
    def settled_change(self) -> bool:
        return "trend" in self.kinds and self._search(_SETTLED_CHANGE)

    @once
    def ranking(self) -> bool:
        return "superlative" in self.kinds and self.levels._ranking(self.s.start, self.s.end)

    @once
    def money_or_percent(self) -> bool:
        return _MONEY_OR_PERCENT.search(self.text[self.s.start:self.s.end]) is not None

    @once
    def matter_of_record(self) -> bool:
        return self.levels.search(_RECORDS, self.s.start, self.s.end)

    @once
    def quotation(self) -> bool:
        return _WHOLLY_QUOTED.match(self.text[self.s.start:self.s.end]) is not None

    @once
    def quote_in_sentence(self) -> bool:
        return self.claim.sentence in self.levels.quoted_sentences

    @once
    def source_in_words(self) -> bool:
        return (self.levels._named_source_in(self.s) is not None or self._search(_TRAILING_SOURCE)
                or self.levels._continues_quote(self.claim.sentence))

    @once
    def hedged(self) -> bool:
        return self.levels.search(_HEDGE, self.s.start, self.s.end)

    @once
    def writer_voice(self) -> bool:
        return self.levels.writer_voice

    @once
    def match_report(self) -> bool:
        return self.levels.match_report

    @once
    def next_door(self) -> bool:
        return self.levels._next_door(self.claim.sentence) or self.levels._refers_back(self.claim.sentence)

    @once
    def source_in_paragraph(self) -> bool:
        return self.s.paragraph in self.levels.attributed_paragraphs

    @once
    def named_subject(self) -> bool:
        return self.levels._named_subject(self.claim)

    @once
    def lead_release(self) -> bool:
        """After the lead sentence (a headline, when the text carries one, is not the lead)."""
        body = self.levels.body
        return self.levels.credits.lead_release and bool(body) and self.claim.sentence > body[0].index

    @once
    def lead_estimator(self) -> bool:
        """An agentless estimate or forecast after a crediting lead, in a story whose credited
        sources give estimates elsewhere: it is most likely theirs (wire copy's crop, budget and
        forecast stories)."""
        return self.lead_release and self.agentless_figure \
            and any(k != self.claim.sentence for k in self.levels.credits.estimating)

    @once
    def lede(self) -> bool:
        return self.claim.sentence in self.levels.lede


# the properties in the order ``features`` lists them
_ALL = tuple("kind_" + k for k in CLAIM_KINDS) + (
    "several_kinds", "plain_record", "hidden_author_or_record", "agentless_figure", "agentless_estimate",
    "agentless_event", "record",
    "negated_record", "evaluative_record", "settled_change", "ranking", "money_or_percent", "matter_of_record",
    "quotation", "quote_in_sentence", "source_in_words", "hedged", "writer_voice", "match_report", "next_door",
    "source_in_paragraph", "named_subject", "lead_release", "lead_estimator", "lede")
_RANK = {name: k for k, name in enumerate(FEATURE_TEXT)}


@lru_cache(maxsize=1)
def _scored() -> Tuple[Tuple[str, int], ...]:
    """(property, points) for every property the table scores, in FEATURE_TEXT's order."""
    table, _ = _points()
    return tuple((name, table[name]) for name in FEATURE_TEXT if table.get(name))
