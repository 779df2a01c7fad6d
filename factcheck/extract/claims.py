"""Check-worthy claims: statistics, superlatives and records, trends, causal
claims, comparisons and predictions, with the attribution that covers them.

Only body sentences are read (never headlines, datelines, bylines or
boilerplate) and questions are skipped.  The cue words are found by
``claim_cues.py``; what covers a claim uses ``nonresponse_phrases.txt``,
``claim_continuations.txt`` and ``claim_data_continuations.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from factcheck.model import Article, Attribution, Claim, Figure, Quote, Sentence, Span
from factcheck.model.record import Record, record

from .lazy import Lazy
from .claim_cues import NOT_STAT_BEFORE, YEAR, literal, phrase, sentence_triggers
from .lexicon import Lexicon, read_list
from .sources import classify
from .tokens import tokens

# Figures (from figures.py) that make a statistic; counts only from 10 up so
# that "two board members" stays event reporting.
_STAT_UNITS = ("money", "percent")
_MIN_COUNT = 10
# Counted nouns that measure time or distance: a race time or "48 metres out"
# is event reporting, not a statistic.
_MEASURES = frozenset("second minute hour day week month year decade century metre meter yard mile "
                      "kilometre kilometer km foot feet inch lap".split())
_NAMED = ("person", "organisation", "document")

# "the second half of July", "the first half of the year": a time, not a share
_TIME_HALF = Lazy(r"\b(?:first|second|latter|back|front)\s+$", re.I)
_CLAUSE_BREAK = re.compile(r";|\s[-\u2013\u2014]\s|,\s+(?:and|but|while|whereas|although|though|yet)\s")
_QUESTION = re.compile(r"\?[\"'\u201d\u2019\u2033)]*\s*$")


@lru_cache(maxsize=1)
def _nonresponse() -> "re.Pattern[str]":
    return re.compile(r"\b(?:" + "|".join(phrase(p) for p in read_list("nonresponse_phrases")) + r")\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _continuation() -> "re.Pattern[str]":
    words = sorted(read_list("claim_continuations"), key=len, reverse=True)
    return re.compile(r"\A[\"'\u201c\u2018]?(?:" + "|".join(literal(w) for w in words) + r")\b"
                      r"|\bwould\b")


def _figure_triggers(text: str, figs: Sequence[Figure]) -> List[Tuple[str, Span]]:
    """Statistic triggers from the figures of one sentence."""
    out = []
    for f in figs:
        before = text[max(0, f.start - 14):f.start]
        if NOT_STAT_BEFORE.search(before) or YEAR.match(f.text.strip()):
            continue
        if f.text.strip().lower() == "half" and _TIME_HALF.search(before):
            continue
        if f.unit in _STAT_UNITS or (f.unit == "count" and f.counts and f.counts not in _MEASURES and f.value is not None
                                     and f.value >= _MIN_COUNT):
            out.append(("statistic", Span(f.start, f.end)))
    return out


def _merge(found: List[Tuple[str, Span]]) -> Tuple[Tuple[str, ...], Tuple[Span, ...]]:
    """Kinds in CLAIM_KINDS order of first appearance, and the trigger spans
    with overlaps merged, in text order."""
    kinds: List[str] = []
    spans: List[Span] = []
    for kind, sp in sorted(found, key=lambda ks: (ks[1].start, -ks[1].end)):
        if kind not in kinds:
            kinds.append(kind)
        if spans and sp.start < spans[-1].end:
            if sp.end > spans[-1].end:
                spans[-1] = Span(spans[-1].start, sp.end)
            continue
        spans.append(sp)
    order = ("statistic", "record", "superlative", "trend", "comparison", "causal", "prediction")
    return tuple(k for k in order if k in kinds), tuple(spans)


def _attribution_index(attrs: Sequence[Attribution]) -> Dict[int, List[int]]:
    by_sentence: Dict[int, List[int]] = {}
    for i, a in enumerate(attrs):
        by_sentence.setdefault(a.sentence, []).append(i)
    return by_sentence


def _covering_in_sentence(text: str, s: Sentence, attrs: Sequence[Attribution], idx: List[int],
                          triggers: Sequence[Span]) -> Optional[int]:
    """The attribution of sentence ``s`` that covers its triggers, or None.
    A non-response ("did not respond") covers nothing; nor does an
    attribution in another clause ("Fares rose 18%, and Smith said she
    would resign": the trigger is before the source, across ", and")."""
    if not idx:
        return None
    nonresp = _nonresponse().search(text, s.start, s.end) is not None
    for i in idx:
        a = attrs[i]
        if nonresp and _nonresponse().search(text, max(s.start, a.cue_start - 60), min(s.end, a.cue_end + 80)):
            continue
        if any(_same_clause(text, a, t) for t in triggers):
            return i
    return None


def _same_clause(text: str, a: Attribution, t: Span) -> bool:
    """False when a clause break separates trigger ``t`` from attribution
    ``a`` (the trigger before the source/cue, or after the end of a known
    content span); True otherwise."""
    head = min(a.cue_start, a.source_start if a.source_end > a.source_start else a.cue_start)
    if t.end <= head:
        return not _CLAUSE_BREAK.search(text, t.end, head)
    ce = a.content_end
    if ce is not None and ce > a.cue_end and t.start >= ce:
        return not _CLAUSE_BREAK.search(text, ce, t.start)
    return True


def _quote_attribution(qi: int, q: Quote, attrs: Sequence[Attribution], by_sentence: Dict[int, List[int]]) -> Optional[int]:
    for i, a in enumerate(attrs):
        if a.quote == qi:
            return i
    for i in by_sentence.get(q.sentence, ()):
        if attrs[i].source_class != "none" or attrs[i].source:
            return i
    return None


@record
class _Article(Record):
    """What ``find_claims`` reads for every sentence of one article."""
    text: str
    sents: Sequence[Sentence]
    quotes: Sequence[Quote]
    attrs: Sequence[Attribution]
    by_sentence: Dict[int, List[int]]  # sentence index -> indices into attrs
    spoken: List[Tuple[int, Quote]]  # (index, quote) of the quotes with a speaker
    figs: Dict[int, List[Figure]]  # sentence index -> its figures


def find_claims(article: Article, sents: Sequence[Sentence], quotes: Sequence[Quote],
                attrs: Sequence[Attribution], figs: Sequence[Figure], lex: Lexicon) -> Tuple[Claim, ...]:
    """The check-worthy body sentences of ``article``, in order, each with
    its kinds, trigger spans and covering attribution (index into
    ``attrs``, or None when nothing covers it)."""
    figs_by_sentence: Dict[int, List[Figure]] = {}
    for f in figs:
        figs_by_sentence.setdefault(f.sentence, []).append(f)
    art = _Article(article.content, sents, quotes, attrs, _attribution_index(attrs),
                   [(qi, q) for qi, q in enumerate(quotes) if q.speaker], figs_by_sentence)
    out: List[Claim] = []
    for s in sents:
        if s.kind != "body" or _QUESTION.search(art.text, s.start, s.end):
            continue
        prev_stat = bool(out) and out[-1].sentence == s.index - 1 and "statistic" in out[-1].kinds
        claim = _claim(art, s, prev_stat)
        if claim is not None and claim.attribution is None:
            found = _chained(art, s, claim, out[-1]) if prev_stat else None
            if found is None:
                found = _same_figure(art, s.index)
            if found is not None:
                claim = Claim(sentence=claim.sentence, kinds=claim.kinds, triggers=claim.triggers, attribution=found)
        if claim is not None:
            out.append(claim)
    return tuple(out)


def _same_figure(art: _Article, index: int) -> Optional[int]:
    """The named attribution of a sentence near sentence ``index`` (three
    sentences either way) that states the same figures: every count, sum or
    percentage of the sentence recurs in sentences a named person,
    organisation or document reports ("Latin America's economy grew by 5.5%
    in 2004. ... The UN commission said the region grew by 5.5%.").  The
    story names the source of those very figures; None otherwise."""
    mine = [f for f in art.figs.get(index, ()) if _repeatable(f)]
    if not mine:
        return None
    first: Optional[int] = None
    matched = set()
    for k in sorted(range(max(0, index - 3), index + 4), key=lambda x: (abs(x - index), x)):
        named = [i for i in art.by_sentence.get(k, ()) if art.attrs[i].source_class in _NAMED] if k != index else []
        if not named:
            continue
        for j, m in enumerate(mine):
            if any(f.unit == m.unit and f.value == m.value and f.currency == m.currency
                   for f in art.figs.get(k, ()) if _repeatable(f)):
                matched.add(j)
                first = named[0] if first is None else first
    return first if len(matched) == len(mine) else None


def _repeatable(f: Figure) -> bool:
    """A sum, a percentage or a count of 100 or more: small counts recur by chance ("ten", "G7", "50 Cent")."""
    return f.unit in ("money", "percent") or f.unit == "count" and f.value >= 100


def _chained(art: _Article, s: Sentence, claim: Claim, prev: Claim) -> Optional[int]:
    """The data source a run of statistics continues: the sentence before is
    a statistic carried from a named document's or organisation's figures
    earlier in the same paragraph, and this statistic follows it ("..., the
    ONS added. Meanwhile, the claimant total fell 11,000. Throughout 2004,
    the number in work rose 296,000.").  None otherwise."""
    if "statistic" not in claim.kinds or prev.attribution is None or art.by_sentence.get(s.index):
        return None
    a = art.attrs[prev.attribution]
    if a.source_class not in ("document", "organisation") or a.sentence >= prev.sentence \
            or art.sents[a.sentence].paragraph != s.paragraph:
        return None
    return prev.attribution


def _claim(art: _Article, s: Sentence, prev_stat: bool) -> Optional[Claim]:
    """The claim of body sentence ``s``, or None when it has no trigger, or
    only a quoted speaker's, or only its subject's own figures.
    ``prev_stat``: the sentence before is a statistic claim."""
    found = sentence_triggers(art.text, s.start, s.end) + _figure_triggers(art.text, art.figs.get(s.index, ()))
    if not found:
        return None
    kinds, spans = _merge(found)
    narrator, quote_attr = _narrator_spans(art, spans)
    attribution = quote_attr
    if narrator:
        attribution, left = _narrator_attribution(art, s, narrator, quote_attr)
        if left:  # only the triggers before the source stay, unsourced
            kinds, spans = _merge([(k, sp) for k, sp in found if any(sp.start < x.end and x.start < sp.end for x in left)])
        if attribution is None and not art.by_sentence.get(s.index):
            attribution = _carried(art, s, kinds, prev_stat)
    if attribution == -1:
        return None  # wholly the words of a quoted speaker; nothing to point at
    if attribution is None and narrator and set(kinds) <= _OWNED_KINDS and _owns_forecast(art.text, s, narrator):
        return None  # "The company raised its forecast to $18.5 billion": its own figure
    return Claim(sentence=s.index, kinds=kinds, triggers=spans, attribution=attribution)


def _narrator_spans(art: _Article, spans: Sequence[Span]) -> Tuple[List[Span], Optional[int]]:
    """(the trigger spans outside every quote with a speaker, the
    attribution of the first such quote that holds a trigger).  Triggers
    inside a quote with a speaker are the speaker's words; -1 for a quote
    spoken by a named speaker with no attribution record, None for no quote."""
    quote_attr: Optional[int] = None
    narrator: List[Span] = []
    for sp in spans:
        owner = next((qi for qi, q in art.spoken if q.text_start <= sp.start and sp.end <= q.text_end), None)
        if owner is None:
            narrator.append(sp)
        elif quote_attr is None:
            quote_attr = _quote_attribution(owner, art.quotes[owner], art.attrs, art.by_sentence)
            if quote_attr is None:
                quote_attr = -1
    return narrator, quote_attr


def _narrator_attribution(art: _Article, s: Sentence, narrator: List[Span],
                          quote_attr: Optional[int]) -> Tuple[Optional[int], List[Span]]:
    """(the attribution of sentence ``s`` that covers the ``narrator``
    triggers or None, the triggers it leaves uncovered: [] unless it covers
    only its own clause).  "The budget will create 140 jobs, and the city
    expects revenue to grow 3%": the source covers its own clause; triggers
    in a clause before it stay unsourced.  A trailing source ("..., but fell
    to 3.3%, the OECD said") covers the whole sentence."""
    mine = art.by_sentence.get(s.index, [])
    attribution = _covering_in_sentence(art.text, s, art.attrs, mine, narrator)
    if attribution is None or quote_attr is not None or len(narrator) < 2:
        return attribution, []
    sources = [art.attrs[i] for i in mine]
    left = [sp for sp in narrator if not any(_same_clause(art.text, a, sp) for a in sources)]
    leads = any(sp.start >= a.cue_end for sp in narrator for a in sources if _same_clause(art.text, a, sp))
    if left and leads:
        return None, left
    return attribution, []


def _carried(art: _Article, s: Sentence, kinds: Sequence[str] = (), prev_stat: bool = False) -> Optional[int]:
    """The named attribution of the previous sentence when this sentence
    continues it, else None.  Within a paragraph: the sentence opens with a
    continuation ("He", "It", "The figure"), or it is a statistic after a
    named document ("The survey found ... . Most people (75%) ..."), or a
    statistic after an organisation's own statistic ("Net income rose to
    $318 million, the company said. Revenue climbed 9%.").  Across
    a paragraph break only a strong data opening ("The figure", "The
    report") carries a document's or organisation's figures."""
    text, attrs, by_sentence = art.text, art.attrs, art.by_sentence
    if s.index == 0:
        return None
    prev = art.sents[s.index - 1]
    if prev.kind != "body" or prev.paragraph < s.paragraph - 1:
        return None
    idx = [i for i in by_sentence.get(prev.index, []) if attrs[i].source_class in _NAMED]
    if not idx or _nonresponse().search(text, prev.start, prev.end):
        return None
    own = text[s.start:s.end]
    if prev.paragraph == s.paragraph:
        if _continuation().search(own) or _data_continuation().match(own):
            return idx[-1]
        if "statistic" in kinds and attrs[idx[-1]].source_class == "document":
            return idx[-1]
        if "statistic" in kinds and prev_stat and attrs[idx[-1]].source_class == "organisation":
            return idx[-1]
        return None
    data = [i for i in idx if attrs[i].source_class in ("document", "organisation")]
    if data and _data_continuation().match(own):
        return data[-1]
    return None


_AND_CLAUSE = Lazy(r"\b(?:and|but)\s+(?:it|they|he|she|the|its|their)\b")
# Only figures and forecasts are a subject's own; "set a record profit" is still a claim.
_OWNED_KINDS = frozenset(("statistic", "prediction"))
# between a subject and its verb: "The union has demanded", "She also promised"
_BEFORE_VERB = frozenset(("has", "have", "had", "also", "now", "already", "just", "today", "yesterday"))
_NOT_SUBJECT = frozenset((",", ";", ":", "which", "who", "that", "was", "were", "is", "are", "be", "been", "being",
                          "and", "but", "while"))


@lru_cache(maxsize=1)
def _own_forecast_re() -> "re.Pattern[str]":
    parts = dict(line.split(":", 1) for line in read_list("own_forecasts"))
    verbs = "|".join(literal(w) for w in sorted(parts["verbs"].split(), key=len, reverse=True))
    nouns = "|".join(literal(w) for w in sorted(parts["nouns"].split(), key=len, reverse=True))
    study = "|".join(literal(w) for w in sorted((parts["study"] + " " + parts["acts"] + " " + parts["offers"]).split(),
                                                key=len, reverse=True))
    return re.compile(r"\b(?:(?:" + verbs + r")\s+(?:its|their|his|her|our)\s+(?:[\w'-]+\s+){0,4}?(?:"
                      + nouns + r")|(?:" + study + r"))\b")  # lower case: "Choice Awards" is a name


@lru_cache(maxsize=1)
def _offer_verbs() -> frozenset:
    """A named actor's own proposal, offer, demand or pledge (own_forecasts.txt "offers")."""
    return frozenset(dict(line.split(":", 1) for line in read_list("own_forecasts"))["offers"].split())


def _owns_forecast(text: str, s: Sentence, triggers: Sequence[Span]) -> bool:
    """True when the sentence's named subject changes its own forecast or
    describes its own study sample, and every trigger comes after the verb
    ("The bank cut its growth forecast to 1.2%", "Researchers at Lakeshore
    University followed 2,140 players"); an unnamed subject ("Analysts
    raised their forecasts") is not a source."""
    m = _own_forecast_re().search(text, s.start, s.end)
    if m is None or any(t.start < m.start() for t in triggers):
        return False
    last = max(t.end for t in triggers)
    if _CLAUSE_BREAK.search(text, m.end(), last) or _AND_CLAUSE.search(text, m.end(), last):
        return False  # "have approved the deal and it is expected to conclude": another clause
    subject = tokens(text, s.start, m.start())
    while subject and m.group() in _offer_verbs() and (subject[-1][0].lower() in _BEFORE_VERB
                                                       or subject[-1][0].lower().endswith("ly")):
        subject = subject[:-1]  # "The union has demanded", "She also promised": the subject ends before them
    if any(t[0].lower() in _NOT_SUBJECT for t in subject):
        return False  # "Sales of the drug, which was tested in 2019, rose 40%": not the clause's verb
    return bool(subject) and classify(subject)[0] in _NAMED


@lru_cache(maxsize=1)
def _data_continuation() -> "re.Pattern[str]":
    words = sorted(read_list("claim_data_continuations"), key=len, reverse=True)
    return re.compile(r"[\"'\u201c\u2018]?(?:" + "|".join(literal(w) for w in words) + r")\b")
