"""A draft's figures and document claims against the source documents.

Figures: a draft figure is compared with the source figures about the same
quantity, found and judged exactly as ``conflicting-figure`` judges two
articles (``factcheck.rules.conflicting_figure``: the counted noun, unit,
frame, periods and names must agree; the intervals each wording implies
must overlap).  "more than 2 million encounters" is supported by "2.38
million encounters"; "1.8 million encounters" is not.  A figure matches
when some source figure of that quantity agrees with it, differs when every
one contradicts it, and is not found when the sources do not give it.

Claims: a sentence the draft credits to a named document ("the report
found", "according to the release") is looked for in that document when
it is among the sources: supported when one source sentence holds most of
its content words (or every figure in it matches); otherwise it is
reported with the closest source sentences.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from factcheck.extract.figures import anchors, qualifier_parts
from factcheck.extract.lexicon import reader_list, word_set
from factcheck.model import Analysis, Attribution, Figure, SourceCheck, SourcePayload, SourcePlace
from factcheck.rules.conflicting_figure import comparable_key, compatible, disagree

from .model import Source

SUPPORTED = 0.6
"""Share of a claim's content words one source sentence must hold."""
MIN_CLAIM_WORDS = 4
CLOSEST = 3

_WORD = re.compile(r"[a-z0-9\u00e0-\u024f]+(?:'[a-z]+)?")
_STOP = word_set("figure_stopwords") | word_set("quote_function_words")
_DOCUMENTS = frozenset(reader_list("document_nouns", "attributions"))
_ONE_DOCUMENT = word_set("source_document_heads")


class Sourced:
    """A source document extracted like an article (its sentences and
    figures), with its figures indexed by what they count."""

    def __init__(self, source: Source, analysis: Analysis):
        self.source = source
        self.analysis = analysis
        self.by_key: Dict[Tuple[str, str, str], List[Figure]] = {}
        for f in analysis.figures:
            key = comparable_key(f)
            if key is not None:
                self.by_key.setdefault(key, []).append(f)
        self.words = [frozenset(content_words(analysis.sentence_text(i))) for i in range(len(analysis.sentences))]

    def place_of(self, start: int, end: int) -> SourcePlace:
        return self.source.place(start, end)

    def sentence_place(self, index: int) -> SourcePlace:
        s = self.analysis.sentences[index]
        return self.source.place(s.start, s.end)


def content_words(text: str) -> List[str]:
    """The words of ``text`` that carry its content (lower case, no
    function words)."""
    return [w for w in _WORD.findall(text.lower().replace("\u2019", "'")) if w not in _STOP]


def _anchors(a: Analysis, f: Figure) -> FrozenSet[str]:
    sent = a.sentences[f.sentence]
    return anchors(a.article.content[sent.start:sent.end], f.start - sent.start, f.end - sent.start, f.counts)


def check_figure(draft: Analysis, f: Figure, sourced: Sequence[Sourced]) -> Optional[SourceCheck]:
    """The check of one draft figure, or None when it is not a figure the
    rules compare (a duration, a vague "thousands of", a part)."""
    key = comparable_key(f)
    if key is None:
        return _check_uncounted(draft, f, sourced)
    mine = _anchors(draft, f)
    agree: List[SourcePlace] = []
    differ: List[SourcePlace] = []
    for doc in sourced:
        for g in doc.by_key.get(key, ()):
            if not compatible(f, g, mine, _anchors(doc.analysis, g), False):
                continue
            if not disagree(f, g):
                agree.append(_figure_place(doc, g))
            else:
                differ.append(_figure_place(doc, g))
                agree.extend(_explained(doc, f, g, key))
        if not agree:
            agree.extend(_unnamed_of_time(doc, f, key))
    return _verdict(draft, f, agree, differ)


def _unnamed_of_time(doc: Sourced, f: Figure, key) -> List[SourcePlace]:
    """Where the source gives the draft's value for the draft's time in a
    figure with no counted noun, in the sentence of a figure of the same
    key ("2.38 million containers in 2025, up from 2.1 million in 2024" for
    "2.1 million containers in 2024")."""
    times = set(qualifier_parts(f.qualifier)[0])
    if not times:
        return []
    keyed = {g.sentence for g in doc.by_key.get(key, ())}
    return [_figure_place(doc, h) for h in doc.analysis.figures
            if h.counts is None and h.sentence in keyed and (h.unit, h.currency) == (f.unit, f.currency)
            and times <= set(qualifier_parts(h.qualifier)[0]) and not disagree(f, h)]


def _explained(doc: Sourced, f: Figure, g: Figure, key) -> List[SourcePlace]:
    """Where the source gives the draft's value after all, though its
    figure ``g`` for the quantity disagrees: a figure of the same counted
    noun anywhere in it, or of the same unit in ``g``'s sentence ("2.38
    million containers in 2025, up from 2.1 million in 2024"), that agrees
    with ``f``.  As conflicting-figure across articles, a difference one
    side explains is not a conflict."""
    return [_figure_place(doc, h) for h in doc.analysis.figures
            if h is not g and (h.unit, h.currency) == (f.unit, f.currency)
            and (comparable_key(h) == key or (h.counts is None and h.sentence == g.sentence))
            and not disagree(f, h)]


def _check_uncounted(draft: Analysis, f: Figure, sourced: Sequence[Sourced]) -> Optional[SourceCheck]:
    """A sum or share whose counted noun extraction could not name ("invested
    $68 million in new cranes"): compared with the source figures of the
    same unit, currency and predicate whose sentence holds most of the
    draft sentence's words (SUPPORTED)."""
    if f.unit not in ("money", "percent") or f.counts or f.bound == "between":
        return None
    frames = qualifier_parts(f.qualifier)[1]
    words = set(content_words(_sentence(draft, f))) - set(_digits(_sentence(draft, f)))
    if not frames or len(words) < MIN_CLAIM_WORDS:
        return None
    agree: List[SourcePlace] = []
    differ: List[SourcePlace] = []
    for doc in sourced:
        for g in doc.analysis.figures:
            if (g.unit, g.currency, g.counts) != (f.unit, f.currency, None) or qualifier_parts(g.qualifier)[1] != frames:
                continue
            if len(words & doc.words[g.sentence]) / len(words) < SUPPORTED:
                continue
            (differ if disagree(f, g) else agree).append(_figure_place(doc, g))
    return _verdict(draft, f, agree, differ)


def _sentence(a: Analysis, f: Figure) -> str:
    return a.sentence_text(f.sentence)


def _digits(text: str) -> List[str]:
    return [w for w in _WORD.findall(text.lower()) if any(c.isdigit() for c in w)]


def _verdict(draft: Analysis, f: Figure, agree: List[SourcePlace], differ: List[SourcePlace]) -> SourceCheck:
    status = "matches" if agree else "differs" if differ else "not-found"
    places = tuple(dict.fromkeys(agree or differ))  # one place a sentence, in order
    return SourceCheck(draft.article.path, f.start, f.end, SourcePayload("figure", status, f.text, places=places))


def _figure_place(doc: Sourced, g: Figure) -> SourcePlace:
    """The source sentence (or table cell) that gives figure ``g``."""
    for cell in doc.source.cells:
        if cell.start <= g.start < cell.end:
            return doc.place_of(cell.start, cell.end)
    return doc.sentence_place(g.sentence)


def names_document(attribution: Attribution, doc: Sourced, only: bool) -> bool:
    """True when the draft's source words ("the report", "a Pew Research
    Center report") name ``doc``: a name word in the document's title or
    file name, or its head noun there; or the head noun names one document
    ("the report", not "the data") and ``doc`` is the only document among
    the sources (``only``)."""
    words = [w for w in _WORD.findall(attribution.source.lower()) if w not in _STOP]
    if not words:
        return False
    title = " ".join((doc.source.title, doc.source.path.replace("_", " ").replace("-", " "))).lower()
    named = set(_WORD.findall(title))
    head = words[-1]
    names = [w for w in words[:-1] if w not in _DOCUMENTS]
    if names:
        return bool(set(names) & named)
    return head in named or (only and head in _ONE_DOCUMENT)


def check_claims(draft: Analysis, docs: Sequence[Sourced], figures: Sequence[SourceCheck]) -> Iterable[SourceCheck]:
    """The checks of the draft's claims credited to a named document among
    ``docs`` (see the module documentation): one per sentence, only the
    unsupported ones."""
    verdicts = {(c.start, c.end): c.payload.status for c in figures}
    seen = set()
    for attr in draft.attributions:
        if attr.source_class != "document" or attr.sentence in seen:
            continue
        named = [d for d in docs if names_document(attr, d, len(docs) == 1)]
        if named:
            seen.add(attr.sentence)
            check = _check_claim(draft, attr, named, verdicts)
            if check is not None:
                yield check


def _check_claim(draft: Analysis, attr: Attribution, named: Sequence[Sourced],
                 verdicts: Dict[Tuple[int, int], str]) -> Optional[SourceCheck]:
    """The claim ``attr`` credits to a document among ``named``: None when
    a source sentence supports it, its figures all match (or one differs:
    figure-differs-from-source says so), or it is too short to judge."""
    start, end = _claim_span(draft, attr)
    figs = [verdicts.get((f.start, f.end)) for f in draft.figures if start <= f.start < end]
    if "differs" in figs or (figs and all(v == "matches" for v in figs)):
        return None
    text = draft.article.content[start:end]
    words = set(content_words(text)) - set(content_words(attr.source)) - set(content_words(attr.cue))
    if len(words) < MIN_CLAIM_WORDS:
        return None
    ranked = _closest(words, named)
    if ranked and ranked[0][0] >= SUPPORTED:
        return None
    places = tuple(p for _, p in ranked[:CLOSEST])
    return SourceCheck(draft.article.path, start, end,
                       SourcePayload("claim", "unsupported", " ".join(text.split()), places=places))


def _claim_span(draft: Analysis, attr: Attribution) -> Tuple[int, int]:
    if attr.content_start is not None and attr.content_end is not None and attr.content_end > attr.content_start:
        return attr.content_start, attr.content_end
    s = draft.sentences[attr.sentence]
    return s.start, s.end


def _closest(words: set, docs: Sequence[Sourced]) -> List[Tuple[float, SourcePlace]]:
    """Source sentences by the share of ``words`` they hold, best first."""
    scored = []
    for d in docs:
        for i, have in enumerate(d.words):
            share = len(words & have) / len(words)
            if share > 0:
                scored.append((share, d.source.path, i, d))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    return [(share, d.sentence_place(i)) for share, _, i, d in scored[:CLOSEST]]
