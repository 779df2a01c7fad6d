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

from . import anonymity, sources, wordsets
from .lexicon import Lexicon, read_list, trie_pattern, word_set
from .mentions import entities, person_mentions, person_names
from .sources import classify
from .subjects import (ASIDES, BE, BY_ONLY, CLAUSE_BREAK, COMPLEMENT, FINITE, INVERTING, IT_ONLY, NEEDS_AS,
                       NONRESPONSE_HINT, NONRESPONSE_WORDS,
                       NOUNISH, PREPOSITIONS, QUOTE_CHARS, SURE, VAGUE_ADVERBS, clause_subject, inverted_source,
                       name_before_title, np_after, plural_verb, skip_back, subject_prefix)
from .tokens import Token, bare, is_cap, tokens

__all__ = ["attribute", "person_names"]

_MODALS = word_set("modals")

# Expectation verbs: "than analysts expected" compares with a forecast.
EXPECTING = word_set("expecting_verbs")

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


@lru_cache(maxsize=1)
def _participles() -> frozenset:
    return frozenset(read_list("belief_participles"))


def _covers(a: Attribution, offset: int) -> bool:
    """True when ``offset`` lies in ``a``'s content span."""
    return a.content_start is not None and a.content_end is not None and a.content_start <= offset < a.content_end


class _Finder:
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
        text = self.text
        self.sentence_index = s.index
        if self.cue_re.search(self.lowered, s.start, s.end) is None:
            return
        toks = tokens(text, s.start, s.end)
        blocked = [(m.start(), m.end()) for m in anonymity.non_attribution_re().finditer(text, s.start, s.end)] \
            if self.has_blocked and NONRESPONSE_HINT.search(self.lowered, s.start, s.end) else []
        found: List[Attribution] = []
        taken: List[Tuple[int, int]] = []
        n = len(toks)
        keys = self.cue_keys
        # Only a cue word starts an attribution: the other tokens are skipped at once.
        for i in [k for k, t in enumerate(toks) if t[0].lower() in keys]:
            tok, ts, te = toks[i]
            low = tok.lower()
            kind = self.cues.get(low)
            if low == "according" and i + 1 < n and toks[i + 1][0].lower() == "to":
                kind = "according"
            if kind is None or any(a <= ts < b + 1 for a, b in blocked) or self._quoted(ts):
                continue
            if any(a <= ts < b for a, b in taken):
                continue
            if kind.startswith("verb2:"):
                if not (i + 1 < n and toks[i + 1][0].lower() == kind[6:]):
                    continue
                kind = "verb"
            att = self._cue(s, toks, i, kind, found, blocked)
            if att is not None and any(a < att.source_end and att.source_start < b for a, b in taken) \
                    and att.cue_start > att.source_start:
                continue  # "cited officials saying": the same source again
            if att is not None:
                self._remember(att)
                found.append(att)
                taken.append((min(att.source_start, att.cue_start), max(att.source_end, att.cue_end)))
        named = [a for a in found if a.source_class in ("person", "organisation", "document")]
        if named:
            found = [a for a in found if not (a.source_class == "anonymous" and a.source_start <= a.cue_start < a.source_end
                                              and any(_covers(n, a.cue_start) for n in named))]
        self.out.extend(found)

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

    def _make(self, s: Sentence, toks, i: int, cue_end_tok: int, src: Optional[Tuple[int, int]], cls_override=None,
              blocked=()) -> Optional[Attribution]:
        text = self.text
        cue_start, cue_end = toks[i][1], toks[cue_end_tok - 1][2]
        cue = text[cue_start:cue_end]
        if src is None:
            return None
        a, b = src
        src_toks = toks[a:b]
        if not src_toks:
            return None
        sstart, send = src_toks[0][1], src_toks[-1][2]
        if any(x <= sstart < y or sstart <= x < send for x, y in blocked):
            return None
        if cls_override is not None:
            cls, secondary, source = cls_override, False, text[sstart:send]
        else:
            subject = a < i
            cls, secondary, head = classify(src_toks, self.extra_anon, bare_plural=subject)
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
        if cls == "none" and cue.lower() not in SURE and not cue.lower().startswith("according"):
            return None
        cstart, cend = self._content(s, toks, min(sstart, cue_start), max(send, cue_end), cue)
        return Attribution(sentence=s.index, cue=cue, cue_start=cue_start, cue_end=cue_end, source=source,
                           source_start=sstart, source_end=send, source_class=cls, content_start=cstart,
                           content_end=cend, secondary=secondary)

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

    def _cue(self, s: Sentence, toks, i: int, kind: str, found: List[Attribution], blocked) -> Optional[Attribution]:
        n = len(toks)
        if kind == "according":
            a, b = np_after(toks, i + 2)
            if b <= a:
                return None
            if b + 2 < n and toks[b][0] == "," and is_cap(toks[b + 1][0]):
                c = b + 1
                while c < n and is_cap(toks[c][0]):
                    c += 1
                if c >= n or toks[c][0] in (",", ".", ";"):
                    a, b = b + 1, c  # "according to technology analysts, TDG Research,"
            return self._make(s, toks, i, i + 2, (a, b), blocked=blocked)
        if kind == "cite":
            if i > 0 and toks[i - 1][0].lower() in BE | {"been"}:
                return None  # "the book was cited in the press"
            j = i + 1
            if j < n and toks[j][0].lower() in ("by",):
                return None
            a, b = np_after(toks, j)
            if b <= a:
                return None
            cls, _sec, head = classify(toks[a:b])
            w = wordsets.words()
            if cls in ("none", "document") and head not in w["doc"] or cls == "anonymous" and head not in w["anon"] \
                    and head not in sources.VAGUE_DOCS and head not in sources.QUANTITY_HEADS:
                return None  # "cites the union's support for the act": not a source
            return self._make(s, toks, i, i + 1, (a, b), blocked=blocked)
        tok = toks[i][0]
        if kind == "adverb":
            # "He reportedly sold", "Allegedly, the firm ...": an unnamed source
            return self._make(s, toks, i, i + 1, (i, i + 1), cls_override="anonymous", blocked=blocked)
        if tok[:1].isupper() and i > 0:
            return None  # a name ("Says", "Post") or a heading word, not a verb
        low_cue = tok.lower()
        if low_cue.endswith("ing") and low_cue not in ("according",):
            return None  # "adding", "writing": the subject's own verb comes first
        nxt_low = toks[i + 1][0].lower() if i + 1 < n else ""
        k, negated, passive = skip_back(toks, i - 1, 0)
        if negated:
            return None
        if passive:
            return self._passive(s, toks, i, k, blocked)
        if kind == "passive":
            return None
        if low_cue in _participles() and low_cue.endswith(("ed", "ght", "id")) and nxt_low == "to" \
                and i + 2 < n and toks[i + 2][0].lower() in ("be", "have"):
            return None  # "Others thought to be in the running include": a reduced relative
        if kind == "find" and k >= 0 and toks[k][0] == ",":
            att = self._appositive(s, toks, i, k, found, blocked)  # "The study, published in Nature, found"
            return att if att is not None and att.source_class == "document" else None
        if kind == "find" and (k < 0 or toks[k][0] in QUOTE_CHARS):
            return None
        if low_cue.endswith("ed") and nxt_low in ("are", "is", "was", "were", "have", "has"):
            return None  # "most of the taxes claimed are linked": a reduced relative clause
        if low_cue in ("argue", "argued", "argues") and nxt_low in ("about", "over", "with", "for", "against"):
            return None
        if low_cue in ("call", "calls", "called") and nxt_low in ("for", "on", "off", "up", "in", "out", "back", "it"):
            return None
        if low_cue in ("feel", "feels", "felt") and not (nxt_low in ("that", "like") or nxt_low in wordsets.PRONOUNS):
            return None  # "would feel the benefit"
        if low_cue in NEEDS_AS and not any(t[0].lower() == "as" for t in toks[i + 1:i + 10]):
            return None
        if k < 0 or toks[k][0] in (",", "\u2014", "\u2013", "-", "--") or toks[k][0] in QUOTE_CHARS:
            # after "told" comes the listener, never the source
            inv = inverted_source(toks, i + 1) if low_cue in INVERTING else None
            if inv is not None:
                return self._make(s, toks, i, i + 1, inv, blocked=blocked)
            if k >= 0 and toks[k][0] in (",", "\u2014", "\u2013", "-", "--"):
                return self._appositive(s, toks, i, k, found, blocked)
            return None
        low = toks[k][0].lower()
        if low in ("and", "but", "or"):
            return self._conjoined(s, toks, i, k, found, blocked)
        if low in ("by", "of", "to", "for", "with", "the", "a", "an", "his", "her", "their", "its", "this", "these",
                   "those", "our", "in", "on", "at", "from") or low in wordsets.QUANTIFIERS and kind == "find":
            return None
        if toks[k][0].endswith(("'s", "\u2019s")) and toks[k][0][:1].isupper() and kind != "find":
            return None  # "Politico's report" is a noun, not "Politico said"
        if low in ("he", "she", "they", "we", "i") and (toks[k][0].islower() or k == 0 or toks[k][0] == "I"):
            src = (k, k + 1)  # "Listing his ventures she added": the pronoun is the subject
        elif low in ("who", "which") and k >= 1:
            j = k - 1 if toks[k - 1][0] != "," else k - 2
            if j >= 0 and is_cap(toks[j][0]):
                src = (sources.name_run(toks, j), j + 1)
                if src[0] > 0 and toks[src[0] - 1][0].lower() == "the":
                    src = (src[0] - 1, j + 1)
            else:
                src = clause_subject(toks, j, 0) if j >= 0 else None
        else:
            src = clause_subject(toks, k, 0)
        if src is None:
            return None
        src = name_before_title(toks, src)
        if low_cue in EXPECTING and (any(t[0].lower() in ("than", "as") for t in toks[max(0, src[0] - 1):i])
                                     or toks[i - 1][0].lower() in _MODALS
                                     or low_cue.endswith("ed") and nxt_low == "to"
                                     and toks[i - 1][0].lower() not in ("had", "has", "have")):
            # "higher than economists expected", "twice as many jobs as expected": a comparison;
            # "teenagers could expect", "Other actors expected to attend": no source
            return None
        if kind == "find":
            cls, _sec, head = classify(toks[src[0]:src[1]])
            if cls != "document" and not any(bare(t[0]) in wordsets.words()["doc"] for t in toks[src[0]:src[1]]):
                return None
            return self._make(s, toks, i, i + 1, src, cls_override="document", blocked=blocked)
        if low_cue in NOUNISH and (nxt_low in FINITE or nxt_low in self.cues or nxt_low in ("to", "of")):
            return None  # "member states have agreed", "some reports claim", "piano notes to"
        if low_cue in NOUNISH and i >= 2 and (toks[i - 1][0].lower() in wordsets.QUANTIFIERS or toks[i - 1][0].isdigit()) \
                and toks[i - 2][0].isalpha() and toks[i - 2][0].islower() and toks[i - 2][0] not in CLAUSE_BREAK:
            return None  # "dodged one question"
        if low_cue in NOUNISH:
            cls, _sec, head = classify(toks[src[0]:src[1]])
            w = wordsets.words()
            before = bare(toks[i - 1][0])
            if cls == "none" or cls == "anonymous" and not (head in w["anon"] or head in sources.VAGUE_DOCS) \
                    or cls == "anonymous" and before != head and before not in wordsets.PRONOUNS:
                return None  # "most US states prohibit": a noun, not a verb
        if src[1] - src[0] > 1 and toks[src[0]][0].lower() in wordsets.DETERMINERS | {"the"} \
                and toks[src[1] - 1][0].lower() in wordsets.words()["doc"] and toks[i][0].lower() in ("claims", "reports",
                                                                                                      "states", "notes"):
            return None
        return self._make(s, toks, i, i + 1, src, blocked=blocked)

    def _passive(self, s: Sentence, toks, i: int, k: int, blocked) -> Optional[Attribution]:
        """``is said to``, ``it is believed that``, ``was described as``,
        ``is considered by many``."""
        n = len(toks)
        low = toks[i][0].lower()
        if low not in _participles():
            return None
        j = i + 1
        while j < n and toks[j][0].lower() in VAGUE_ADVERBS:
            j += 1
        if j < n and toks[j][0].lower() == "by":
            a, b = np_after(toks, j + 1)
            b = next((x for x in range(a + 1, b) if toks[x][0].lower() in ("with", "for", "in", "on", "at", "since",
                                                                            "during", "after", "before", "until", "as")), b)
            if low in ("seen", "viewed", "used") and not any(t[0].lower() == "as" for t in toks[b:]):
                return None
            if low in ("considered", "regarded", "deemed", "thought", "believed", "held") and b < n \
                    and toks[b][0].lower() not in ("to", "as", "a", "an", "the", "one"):
                return None  # "was being considered by regulators": reviewed, not judged
            if low == "held" and b >= n:
                return None
            if b > a:
                return self._make(s, toks, i, i + 1, (a, b), blocked=blocked)
            return None
        # the words between the subject and the participle: "is widely"
        aux_start = k + 1
        vague = any(toks[x][0].lower() in VAGUE_ADVERBS for x in range(aux_start, i))
        it_frame = k >= 0 and toks[k][0].lower() == "it"
        nxt = toks[j][0].lower() if j < n else ""
        nxt2 = toks[j + 1][0].lower() if j + 1 < n else ""
        ok = False
        if low in BY_ONLY:
            return None
        if any(toks[x][0].lower() in ("can", "could", "may", "might", "must", "should", "will", "would")
               for x in range(max(0, k), i)):
            return None  # "can be seen as a symbol": the writer's own reading
        if it_frame and (nxt in ("that", ",") or j >= n or nxt in (".",)
                         or any(t[0].lower() == "that" for t in toks[j:j + 6])):
            ok = True
        elif low in IT_ONLY and not vague:
            return None
        elif low in ("seen", "viewed") and nxt == "as":
            ok = True
        elif nxt == "to" and (nxt2 in ("be", "have", "been") or (nxt2.isalpha() and nxt2 not in wordsets.DETERMINERS
                                                                  and nxt2 not in ("police", "authorities"))):
            ok = low not in ("held", "described", "viewed", "credited", "suspected", "feared")
        elif nxt in COMPLEMENT and low in ("considered", "regarded", "described", "viewed", "deemed", "credited",
                                           "held", "reputed", "thought", "believed"):
            ok = nxt != "the" or low in ("considered", "deemed", "thought", "believed")
            if low == "described" and not vague:
                ok = nxt == "as"
        elif vague and nxt not in (".", ",", ";") and nxt:
            ok = True
        elif low in ("considered", "deemed", "regarded", "reputed") and nxt.isalpha() and nxt not in PREPOSITIONS \
                and nxt not in CLAUSE_BREAK:
            ok = True  # "is considered rare"
        if low == "credited" and nxt == "with":
            ok = True
        if not ok:
            return None
        late = next((x for x in range(j, min(n, j + 15)) if toks[x][0].lower() == "by"), None)
        if late is not None:
            a, b = np_after(toks, late + 1)
            if b > a and classify(toks[a:b])[0] in ("person", "organisation", "document"):
                # "was described as a professional by his friend Michael Pointon": the agent is named
                return self._make(s, toks, i, i + 1, (a, b), blocked=blocked)
        start_tok = k if it_frame else aux_start
        return self._make(s, toks, i, i + 1, (start_tok, i + 1), cls_override="anonymous", blocked=blocked)

    def _appositive(self, s: Sentence, toks, i: int, k: int, found, blocked) -> Optional[Attribution]:
        """``Two board members, who spoke ..., said`` / ``the secretary,
        Helen Park, said`` / ``Whitfield, the chief executive, said``."""
        nounish = toks[i][0].lower() in NOUNISH
        delims = (",", "(") if toks[k][0] == "," else ("\u2014", "\u2013", "-", "--")
        j = k - 1
        while j >= 0 and toks[j][0] not in delims and toks[j][0] not in (";", ":") \
                and toks[j][0] not in QUOTE_CHARS and k - j < 40:
            j -= 1
        if j < 0 or toks[j][0] not in delims:
            return None
        inner = (j + 1, k)
        if inner[1] <= inner[0]:
            return None
        inner_toks = toks[inner[0]:inner[1]]
        # "The study, published in The Lancet, found": a participle phrase describes the subject
        participle = inner_toks[0][0].islower() and inner_toks[0][0].endswith("ed")
        if all(is_cap(t[0]) or t[0] == "." for t in inner_toks) and is_cap(inner_toks[-1][0]):
            return self._make(s, toks, i, i + 1, inner, blocked=blocked)
        if participle:
            att = self._subject_before(s, toks, i, j, inner_toks, nounish, blocked)
            if att is not None:
                return att
        if is_cap(inner_toks[-1][0]) and inner_toks[0][0].lower() not in ("who", "which", "whose"):
            r = sources.name_run(inner_toks, len(inner_toks) - 1)
            ncls = sources.name_class(" ".join(t[0] for t in inner_toks[r:]))[0]
            if len(inner_toks) - r >= 2 and ncls == "person" or ncls == "organisation":
                # "One critic, radio host Alex Jones, claims": the appositive names the source
                return self._make(s, toks, i, i + 1, (inner[0] + r, inner[1]), blocked=blocked)
        return self._subject_before(s, toks, i, j, inner_toks, nounish, blocked)

    def _subject_before(self, s: Sentence, toks, i: int, j: int, inner_toks, nounish: bool,
                        blocked) -> Optional[Attribution]:
        """The subject before the appositive opening at token ``j`` as the
        source of cue ``i``, or None."""
        if nounish and not (inner_toks[0][0].lower() in ("who", "which", "whose")
                            or len(inner_toks) <= 2 and inner_toks[0][0].lower() in ASIDES):
            return None  # "ethnic groups, states and civilisations"
        e = j - 1
        if e >= 1 and toks[e][0] == ")":
            # "Kirsten Gillibrand (D-NY), a supporter ..., told": the name before the parenthesis
            e = max((x for x in range(e) if toks[x][0] == "("), default=0) - 1
        src = clause_subject(toks, e, 0) if e >= 0 else None
        if src is None:
            return None
        src = name_before_title(toks, src)
        att = self._make(s, toks, i, i + 1, src, blocked=blocked)
        if att is not None and inner_toks[0][0].lower() not in ("who", "which", "whose") and att.source_class == "none":
            # "the mayor, a former teacher, said": the appositive describes
            cls, sec, _h = classify(inner_toks, self.extra_anon)
            if cls != "none":
                att = _replace(att, source_class=cls, secondary=sec)
        return att

    def _conjoined(self, s: Sentence, toks, i: int, k: int, found: List[Attribution], blocked) -> Optional[Attribution]:
        """A second verb of the same subject: ``... have criticized him and
        said``; ``Magnus has been asked to resign, but said``."""
        before = [a for a in found if a.cue_end <= toks[i][1]]
        if before:
            prev = before[-1]
            cstart, cend = self._content(s, toks, toks[i][1], toks[i][2], toks[i][0])
            return _replace(prev, cue=toks[i][0], cue_start=toks[i][1], cue_end=toks[i][2], content_start=cstart,
                           content_end=cend, quote=None)
        # find the start of the clause the conjunction continues
        b = k - 1
        while b >= 0 and toks[b][0] not in (";", ":") and toks[b][0] not in QUOTE_CHARS and k - b < 30 \
                and toks[b][0].lower() not in ("when", "while", "because", "if", "after", "before", "although", "since"):
            if toks[b][0] == "," and b > 0 and toks[b - 1][0].lower() in ("internally", "however", "meanwhile"):
                break
            b -= 1
        pre = subject_prefix(toks, b + 1, k)
        if pre is None:
            return None
        pre_toks = toks[pre[0]:pre[1]]
        if pre_toks and pre_toks[0][0].lower() in ("in", "on", "at", "after", "before", "during", "when", "for",
                                                   "with", "by", "from", "to", "as", "while", "if"):
            return None
        return self._make(s, toks, i, i + 1, pre, blocked=blocked)

    def _content(self, s: Sentence, toks, lo: int, hi: int, cue: str) -> Tuple[int, int]:
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
_OBJECT = re.compile(r"\s*(?:reporters|the [\w\u2019']+(?: [A-Z][\w.]*){0,3}|him|her|them|us|me|"
                     r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})")
_TAIL_REST = re.compile(r"\s*,\s*(?:who|which|a|an|the|adding|noting|according)\b", re.I)


def _replace(a: Attribution, **changes) -> Attribution:
    """``dataclasses.replace(a, **changes)``: every field of Attribution is
    an init field, so a copy of its fields with the changes makes the same
    object, without ``replace``'s checks of each field (a fifth faster)."""
    return Attribution(**{**a.__dict__, **changes})


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


def _link_quotes(text: str, quotes: Sequence[Quote], sents: Sequence[Sentence],
                 out: List[Attribution]) -> List[Attribution]:
    """Point attributions at the quotes they introduce, adding one for each
    quote with a speaker that no attribution covers."""
    result = list(out)
    starts = [s.start for s in sents]
    for qi, q in enumerate(quotes):
        if not q.speaker:
            continue
        hit = None
        if q.cue and q.speaker_start is not None:
            # the same cue already gave an attribution ("said one of their lawyers, Name")
            lo, hi = max(0, q.speaker_start - 60), (q.speaker_end or q.speaker_start) + 60
            for ai, a in enumerate(result):
                if a.quote is None and a.cue == q.cue and lo <= a.cue_start < hi and a.source_class != "none":
                    hit = ai
                    break
        if hit is None and q.speaker_start is not None:
            for ai, a in enumerate(result):
                if a.quote is None and a.source_start < (q.speaker_end or q.speaker_start + 1) \
                        and q.speaker_start < max(a.source_end, a.source_start + 1):
                    hit = ai
                    break
        if hit is not None:
            a = result[hit]
            cls = a.source_class if a.source_class != "none" else _quote_class(q)
            own_name = a.source[:1].isupper() and " " in a.source
            result[hit] = _replace(a, quote=qi, source=a.source if own_name or a.source_class not in ("person", "none")
                                  else q.speaker,
                                  source_class=cls, content_start=q.text_start, content_end=q.text_end)
            continue
        same = next((a for a in result if q.speaker_start is not None and a.source_start == q.speaker_start
                     and a.source_class != "none"), None)
        if same is not None:
            # a continued quote of a speaker already attributed: same source, this quote
            result.append(_replace(same, quote=qi, content_start=q.text_start, content_end=q.text_end))
            continue
        anchor = q.speaker_start if q.speaker_start is not None else q.start
        sent = _sentence_index(sents, starts, anchor, q.sentence)
        cue = q.cue or ""
        cs = ce = q.speaker_start if q.speaker_start is not None else q.start
        if cue and q.speaker_start is not None:
            lo = max(0, q.speaker_start - 60)
            k = text.find(cue, lo, min(len(text), (q.speaker_end or q.speaker_start) + 60))
            if k != -1:
                cs, ce = k, k + len(cue)
        ss = q.speaker_start if q.speaker_start is not None else q.start
        se = q.speaker_end if q.speaker_end is not None else q.start
        cls = _quote_class(q)
        if se > ss and cls in ("anonymous", "none"):
            stoks = tokens(text, ss, se)
            if not (len(stoks) == 1 and stoks[0][0].lower() in wordsets.PRONOUNS):
                cls = classify(stoks)[0]
        result.append(Attribution(sentence=sent, cue=cue, cue_start=cs, cue_end=ce, source=q.speaker,
                                  source_start=ss, source_end=se, source_class=cls,
                                  content_start=q.text_start, content_end=q.text_end, quote=qi))
    result.sort(key=lambda a: (a.sentence, a.cue_start, a.source_start, a.quote if a.quote is not None else -1))
    return result


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
