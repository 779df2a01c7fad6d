"""Attributions: who a piece of information comes from, and is the source named.

For every body sentence, ``attribute`` finds the attribution cues

- a speech or opinion verb with its subject: ``Whitfield said``, ``analysts
  warn``, ``administration officials who work with Magnus have criticized``,
  ``Two board members, who spoke on condition of anonymity ..., said``, or
  inverted: ``"...," said Luis Carranza``;
- ``according to X``; a citing verb with its object (``a profile that cited
  unnamed administration officials``, ``citing people familiar with the
  matter``);
- a finding verb with a document subject (``a 2023 audit found``, ``data
  from the agency show``);
- an agentless passive (``it is said that``, ``is widely believed``, ``is
  reported to``), or with an agent (``is considered by many``);

then the source phrase and its class (see ``sources.classify``) and the
content span the source is credited with.  "X did not respond to a request
for comment" and the like are not attributions.  Each quote that has a
speaker is linked to an attribution (``quote`` = its index).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from factcheck.model import Article, Attribution, Quote, Sentence, Span

from .lazy import Lazy
from . import anonymity, sources, wordsets
from .lexicon import Lexicon, read_list, trie_pattern
from .mentions import entities, person_names
from .names import person_mentions
from .sources import classify
from .attribution_cues import CueReader, Site, replace
from .subjects import NONRESPONSE_HINT, NONRESPONSE_WORDS, SURE, plural_verb
from .tokens import Token, bare, is_cap, tokens

__all__ = ["attribute", "person_names"]

@lru_cache(maxsize=8)
def _cue_words(speech: Tuple[str, ...]) -> Dict[str, str]:
    """Map from a lower-case cue word to its kind: ``verb``, ``cite``,
    ``find``; two-word cues ("pointed out") are keyed by their first word
    with the kind ``verb2:<second>``."""
    out: Dict[str, str] = {}
    for w in read_list("finding_verbs"):
        out[w.lower()] = "find"
    for w in tuple(speech) + read_list("attribution_verbs"):
        parts = w.lower().split()
        if len(parts) == 1 and re.fullmatch(r"[a-z]+", parts[0]):
            out[parts[0]] = "verb"
        elif len(parts) == 2:
            out.setdefault(parts[0], "verb2:" + parts[1])
    for w in read_list("belief_participles"):
        out.setdefault(w.lower(), "passive")
    for w in read_list("adverb_cues"):
        out[w.lower()] = "adverb"
    for w in read_list("citing_verbs"):
        out[w.lower()] = "cite"
    for w in read_list("non_attributing_verbs"):
        out.pop(w.lower(), None)
    return out


@lru_cache(maxsize=8)
def _cue_keys(speech: Tuple[str, ...]) -> frozenset:
    """The lower-case tokens that may be a cue: the cue words and "according"."""
    return frozenset(_cue_words(speech)) | {"according"}


@lru_cache(maxsize=8)
def _cue_re(speech: Tuple[str, ...]) -> "re.Pattern[str]":
    """Any cue word (matched on lower-cased text): a cheap test that lets
    most sentences skip tokenising."""
    return re.compile(r"\b" + trie_pattern(sorted(set(_cue_words(speech)) | {"according"})) + r"\b")


def _covers(a: Attribution, offset: int) -> bool:
    """True when ``offset`` lies in ``a``'s content span."""
    return a.content_start is not None and a.content_end is not None and a.content_start <= offset < a.content_end


class _Finder(CueReader):
    """Finds the attributions of one article, sentence by sentence."""

    def __init__(self, article: Article, lex: Lexicon, quotes: Sequence[Quote], names: Sequence[str]):
        self.text = article.content
        lowered = article.content.lower()
        self.lowered = lowered if len(lowered) == len(article.content) else article.content
        self.quote_spans = sorted((q.text_start, q.text_end) for q in quotes)
        self.names = frozenset(names)
        self.cues = _cue_words(tuple(lex.speech_verbs))
        self.cue_keys = _cue_keys(tuple(lex.speech_verbs))
        self.cue_re = _cue_re(tuple(lex.speech_verbs))
        lowered_find = self.lowered.find
        # NONRESPONSE_HINT is an alternation of plain words: it has a match
        # exactly when one of the words occurs, and ``str.find`` looks for
        # one word faster than the regex tries them all at every letter.
        self.has_blocked = any(lowered_find(w, article.body_start) != -1 for w in NONRESPONSE_WORDS)
        self.extra_anon = tuple(p for p in lex.anonymity_phrases if p not in _shipped_anonymity())
        self.out: List[Attribution] = []
        self.last_person: Optional[str] = None
        self.last_person_at = -1
        self.sentence_index = 0
        # The people named in the text, found on first use (only a "he/she
        # said" needs them; ``person_mentions`` is pure, so when it runs
        # does not change what it returns).
        self.body_start = article.body_start
        self.mentions: Optional[List[Tuple[int, str]]] = None
        self.mention_at: List[int] = []
        self.last_plural: Optional[Attribution] = None
        self.last_org: Optional[str] = None

    def sentence(self, s: Sentence) -> None:
        self.sentence_index = s.index
        if self.cue_re.search(self.lowered, s.start, s.end) is None:
            return
        toks = tokens(self.text, s.start, s.end)
        blocked = self._blocked(s)
        found: List[Attribution] = []
        taken: List[Tuple[int, int]] = []
        keys = self.cue_keys
        # Only a cue word starts an attribution: the other tokens are skipped at once.
        for i in [k for k, t in enumerate(toks) if t[0].lower() in keys]:
            ts = toks[i][1]
            kind = self._kind(toks, i)
            if kind is None or any(a <= ts < b + 1 for a, b in blocked) or self._quoted(ts) \
                    or any(a <= ts < b for a, b in taken):
                continue
            att = self.read(Site(s, toks, i, kind, found, blocked))
            if att is None or any(a < att.source_end and att.source_start < b for a, b in taken) \
                    and att.cue_start > att.source_start:
                continue  # "cited officials saying": the same source again
            self._remember(att)
            found.append(att)
            taken.append((min(att.source_start, att.cue_start), max(att.source_end, att.cue_end)))
        self.out.extend(_drop_covered(found))

    def _blocked(self, s: Sentence) -> List[Tuple[int, int]]:
        """The spans of ``s`` that say a source did not respond: no cue or
        source starts in them."""
        if not (self.has_blocked and NONRESPONSE_HINT.search(self.lowered, s.start, s.end)):
            return []
        return [(m.start(), m.end()) for m in anonymity.non_attribution_re().finditer(self.text, s.start, s.end)]

    def _kind(self, toks: Sequence[Token], i: int) -> Optional[str]:
        """The kind of cue token ``i`` is (``verb``, ``cite``, ``find``,
        ``passive``, ``adverb``, ``according``), or None."""
        low = toks[i][0].lower()
        nxt = toks[i + 1][0].lower() if i + 1 < len(toks) else None
        if low == "according" and nxt == "to":
            return "according"
        kind = self.cues.get(low)
        if kind is not None and kind.startswith("verb2:"):
            return "verb" if nxt == kind[6:] else None  # "pointed out"
        return kind

    def _quoted(self, offset: int) -> bool:
        k = bisect.bisect_right(self.quote_spans, (offset, len(self.text) + 1)) - 1
        return k >= 0 and self.quote_spans[k][0] <= offset < self.quote_spans[k][1]

    def _remember(self, a: Attribution) -> None:
        if a.source_class == "person" and a.source[:1].isupper():
            self.last_person = a.source
            self.last_person_at = a.source_start
        elif a.source_class == "organisation" and a.source[:1].isupper():
            self.last_org = a.source
        if a.source_class == "anonymous" and bare(a.source.split()[-1] if a.source.split() else "") in sources.plural_words():
            self.last_plural = a

    def make(self, c: Site, src: Optional[Tuple[int, int]], cls_override: Optional[str] = None,
             cue_len: int = 1) -> Optional[Attribution]:
        """The attribution of cue ``c`` (``cue_len`` tokens) to the source
        ``toks[src[0]:src[1]]``, classified unless ``cls_override`` gives
        the class; None when no source is there or it is no source."""
        text, s, toks, i = self.text, c.s, c.toks, c.i
        cue_start, cue_end = toks[i][1], toks[i + cue_len - 1][2]
        cue = text[cue_start:cue_end]
        if src is None:
            return None
        a, b = src
        src_toks = toks[a:b]
        if not src_toks:
            return None
        sstart, send = src_toks[0][1], src_toks[-1][2]
        if any(x <= sstart < y or sstart <= x < send for x, y in c.blocked):
            return None
        if cls_override is not None:
            cls, secondary, source = cls_override, False, text[sstart:send]
        else:
            found = self._source(c, src)
            if found is None:
                return None
            cls, secondary, source, sstart = found
        if cls == "none" and cue.lower() not in SURE and not cue.lower().startswith("according"):
            return None
        cstart, cend = self.content(s, min(sstart, cue_start), max(send, cue_end), cue)
        return Attribution(sentence=s.index, cue=cue, cue_start=cue_start, cue_end=cue_end, source=source,
                           source_start=sstart, source_end=send, source_class=cls, content_start=cstart,
                           content_end=cend, secondary=secondary)

    def _source(self, c: Site, src: Tuple[int, int]) -> Optional[Tuple[str, bool, str, int]]:
        """``(class, secondary, source text, source start)`` of the source
        ``toks[src[0]:src[1]]`` of cue ``c``: classified, a pronoun resolved,
        a name stripped of titles; None for "no one", "one", "you"."""
        text, toks, i = self.text, c.toks, c.i
        a, b = src
        src_toks = toks[a:b]
        sstart, send = src_toks[0][1], src_toks[-1][2]
        subject = a < i
        cls, secondary, _head = classify(src_toks, self.extra_anon, bare_plural=subject)
        source = text[sstart:send]
        if src_toks[0][0].lower() in ("no", "none", "neither", "nobody") or source.lower() in ("one", "you"):
            return None
        if cls == "person" and subject and len(src_toks) == 1 and src_toks[0][1] == toks[0][1] \
                and source not in self.names and re.fullmatch(r"[A-Z][a-z]+[^s]s", source) \
                and sources.PEOPLE_PLURAL.search(source.lower()) \
                and plural_verb(toks, b, i):
            cls = "anonymous"  # sentence-initial bare plural: "Mechanics have complained"
        if len(src_toks) == 1 and src_toks[0][0].lower() in wordsets.PRONOUNS:
            cls, source, secondary = self._pronoun(src_toks[0][0].lower(), cls, sstart)
        elif cls in ("person", "organisation") and any(is_cap(t[0], first=(x == 0)) or t[0].isupper() and len(t[0]) > 1
                                                       for x, t in enumerate(src_toks)):
            source = _name_text(src_toks)
            if cls == "person":
                sstart = send - len(source) if text[sstart:send].endswith(source) else sstart
        return cls, secondary, source, sstart

    def _person_before(self, at: int) -> Optional[str]:
        """The person last named before offset ``at``: by an attribution or
        by a name in the text, whichever is later."""
        if self.mentions is None:
            self.mentions = person_mentions(self.text, self.body_start)
            self.mention_at = [m[0] for m in self.mentions]
        k = bisect.bisect_left(self.mention_at, at) - 1
        mention = self.mentions[k] if k >= 0 else None
        if self.last_person is not None and (mention is None or self.last_person_at >= mention[0]):
            return self.last_person
        return mention[1] if mention else None

    def _pronoun(self, low: str, cls: str, at: int = 0) -> Tuple[str, str, bool]:
        if low in ("he", "she", "i"):
            return "person", self._person_before(at) or low, False
        if low == "it":
            return "organisation", self.last_org or low, False
        if low == "they" and self.last_plural is not None and self.sentence_index - self.last_plural.sentence <= 1:
            return self.last_plural.source_class, self.last_plural.source, self.last_plural.secondary
        return "none", low, False

    def content(self, s: Sentence, lo: int, hi: int, cue: str) -> Tuple[int, int]:
        """The span of what the source is credited with: the text before the
        ``, X said`` / ``, according to X`` tail, else the text after the cue."""
        text = self.text
        end = s.end
        while end > s.start and text[end - 1] in ".!?\"\u201d\u2033 ')":
            end -= 1
        before = text[s.start:lo].rstrip()
        after = text[hi:end]
        # "fewer than 4 words" / "3 words or more": split no further than the
        # count needs (the remainder is one item), the same answer as a full split
        tail = len(after.split(None, 3)) < 4 or _TAIL_REST.match(after) is not None or cue.lower() == "according to"
        if tail and len(before.split(None, 2)) >= 3 and before[-1:] in (",", "\u201d", '"', "\u2033", "\u2014"):
            stop = s.start + len(before)
            while stop > s.start and text[stop - 1] in ",\u2014 ":
                stop -= 1
            return s.start, stop
        start = hi
        if cue.lower() in ("told", "tells", "tell", "assured", "informed"):
            m = _OBJECT.match(text, start, end)
            if m:
                start = m.end()
        m = _CONTENT_LEAD.match(text, start, end)
        if m:
            start = m.end()
        return (start, end) if end > start else (hi, hi)


_CONTENT_LEAD = re.compile(
    r"(?:\s|,|:|\u2014|--)*(?:(?:in a statement|on \w+day|\w+day|in an interview|on condition of anonymity|"
    r"by saying|(?:as )?saying|in a report|in an email)(?:\s|,)+)*(?:that\s+)?",
    re.I,
)
_OBJECT = Lazy(r"\s*(?:reporters|the [\w\u2019']+(?: [A-Z][\w.]*){0,3}|him|her|them|us|me|"
               r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})")
_TAIL_REST = re.compile(r"\s*,\s*(?:who|which|a|an|the|adding|noting|according)\b", re.I)


@lru_cache(maxsize=1)
def _shipped_anonymity() -> frozenset:
    return frozenset(read_list("anonymity_phrases"))


def _name_text(toks: Sequence[Token]) -> str:
    """The name in a capitalised source phrase, titles and possessive
    dropped ("Sen. Jane Doe" -> "Jane Doe"; "the Associated Press")."""
    head = sources.head_part(toks)
    if not head:
        return ""
    if head[-1][0].lower() in sources.POLLED:
        return " ".join(t[0] for t in toks)  # "analysts polled by FactSet"
    end = len(head) - 1
    j = sources.name_run(head, end)
    cls = sources.name_class(" ".join(t[0] for t in head[j:]))[0]
    if cls == "person":
        j = sources.strip_title(head, j, len(head))
    parts = [t[0] for t in head[j:]]
    if cls == "organisation":
        # "Department of Homeland Security": the head part stopped at "of"
        k = len(head)
        while k + 1 < len(toks) and toks[k][0] in ("of", "for", "and", "on") and is_cap(toks[k + 1][0]):
            parts.append(toks[k][0])
            k += 1
            while k < len(toks) and is_cap(toks[k][0]):
                parts.append(toks[k][0])
                k += 1
    out = " ".join(parts)
    if out.endswith(("'s", "\u2019s")):
        out = out[:-2]
    return out


def _drop_covered(found: List[Attribution]) -> List[Attribution]:
    """``found`` without the unnamed sources whose cue lies in the content
    of a named source's attribution in the same sentence."""
    named = [a for a in found if a.source_class in ("person", "organisation", "document")]
    if not named:
        return found
    return [a for a in found if not (a.source_class == "anonymous" and a.source_start <= a.cue_start < a.source_end
                                     and any(_covers(n, a.cue_start) for n in named))]


def _link_quotes(text: str, quotes: Sequence[Quote], sents: Sequence[Sentence],
                 out: List[Attribution]) -> List[Attribution]:
    """Point attributions at the quotes they introduce, adding one for each
    quote with a speaker that no attribution covers."""
    result = list(out)
    starts = [s.start for s in sents]
    for qi, q in enumerate(quotes):
        if not q.speaker:
            continue
        hit = _same_cue(result, q)
        if hit is None:
            hit = _overlapping_source(result, q)
        if hit is not None:
            result[hit] = _linked(result[hit], q, qi)
            continue
        same = next((a for a in result if q.speaker_start is not None and a.source_start == q.speaker_start
                     and a.source_class != "none"), None)
        if same is not None:
            # a continued quote of a speaker already attributed: same source, this quote
            result.append(replace(same, quote=qi, content_start=q.text_start, content_end=q.text_end))
            continue
        anchor = q.speaker_start if q.speaker_start is not None else q.start
        result.append(_quote_attribution(text, q, qi, _sentence_index(sents, starts, anchor, q.sentence)))
    result.sort(key=lambda a: (a.sentence, a.cue_start, a.source_start, a.quote if a.quote is not None else -1))
    return result


def _same_cue(result: Sequence[Attribution], q: Quote) -> Optional[int]:
    """The unlinked attribution the quote's own cue already gave ("said one
    of their lawyers, Name"), by index."""
    if not (q.cue and q.speaker_start is not None):
        return None
    lo, hi = max(0, q.speaker_start - 60), (q.speaker_end or q.speaker_start) + 60
    return next((ai for ai, a in enumerate(result)
                 if a.quote is None and a.cue == q.cue and lo <= a.cue_start < hi and a.source_class != "none"), None)


def _overlapping_source(result: Sequence[Attribution], q: Quote) -> Optional[int]:
    """The unlinked attribution whose source overlaps the quote's speaker, by index."""
    if q.speaker_start is None:
        return None
    end = q.speaker_end or q.speaker_start + 1
    return next((ai for ai, a in enumerate(result) if a.quote is None and a.source_start < end
                 and q.speaker_start < max(a.source_end, a.source_start + 1)), None)


def _linked(a: Attribution, q: Quote, qi: int) -> Attribution:
    """Attribution ``a`` pointed at quote ``qi``: its class unless it has
    none, its source when it is a full name or not a person."""
    cls = a.source_class if a.source_class != "none" else _quote_class(q)
    own_name = a.source[:1].isupper() and " " in a.source
    source = a.source if own_name or a.source_class not in ("person", "none") else q.speaker
    if a.content_start is not None and a.content_end is not None \
            and a.content_start <= q.text_start and q.text_end <= a.content_end:
        return replace(a, quote=qi, source=source, source_class=cls)  # a quote inside a reported clause
    return replace(a, quote=qi, source=source, source_class=cls, content_start=q.text_start, content_end=q.text_end)


def _quote_attribution(text: str, q: Quote, qi: int, sent: int) -> Attribution:
    """A new attribution for quote ``qi``, from its speaker fields."""
    cue = q.cue or ""
    cs = ce = q.speaker_start if q.speaker_start is not None else q.start
    if cue and q.speaker_start is not None:
        # the cue may follow a long apposition ("Scott Pruitt, the attorney general of ..., said")
        k = text.find(cue, max(0, q.speaker_start - 60), min(len(text), (q.speaker_end or q.speaker_start) + 250))
        if k != -1:
            cs, ce = k, k + len(cue)
    ss = q.speaker_start if q.speaker_start is not None else q.start
    se = q.speaker_end if q.speaker_end is not None else q.start
    cls = _quote_class(q)
    if se > ss and cls in ("anonymous", "none"):
        stoks = tokens(text, ss, se)
        if not (len(stoks) == 1 and stoks[0][0].lower() in wordsets.PRONOUNS):
            cls = classify(stoks)[0]
    return Attribution(sentence=sent, cue=cue, cue_start=cs, cue_end=ce, source=q.speaker, source_start=ss,
                       source_end=se, source_class=cls, content_start=q.text_start, content_end=q.text_end, quote=qi)


def _quote_class(q: Quote) -> str:
    return q.speaker_class if q.speaker_class in ("person", "organisation", "document", "anonymous") else "none"


def _sentence_index(sents: Sequence[Sentence], starts: List[int], offset: int, default: int) -> int:
    k = bisect.bisect_right(starts, offset) - 1
    if 0 <= k < len(sents) and sents[k].start <= offset < sents[k].end:
        return sents[k].index
    return default


def attribute(article: Article, sents: Sequence[Sentence], paras: Sequence[Span],
              quotes: Sequence[Quote], lex: Lexicon):
    """Return ``(attributions, anonymity_reasons, entities)`` for ``article``.

    ``attributions`` are in sentence order; ``anonymity_reasons`` are the
    spans that say why a source was granted anonymity; ``entities`` are the
    named people and organisations that attributions and quotes name
    (normalised, sorted).  ``quotes`` already carry their speakers; each quote
    with a speaker is linked to an Attribution (``quote`` = its index).
    """
    scanned = person_names(article.content, article.body_start, (), quotes)
    finder = _Finder(article, lex, quotes, scanned)
    body = [s for s in sents if s.kind == "body"]
    for s in body:
        finder.sentence(s)
    attrs = _link_quotes(article.content, quotes, sents, finder.out)
    reasons = anonymity.reasons(article.content, body)  # sentences have start and end: no Span needed
    return tuple(attrs), tuple(reasons), entities(attrs, quotes, scanned)
