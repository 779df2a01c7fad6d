"""The context the quote-speaker step (``speakers``) reads an article in.

``_Ctx`` holds one article's text, sentences, paragraphs and quotes, the cue
pattern, the name index and the speakers found so far.  Who a mention stands
for is decided here: ``_resolve`` turns a surname into the full name seen in
the article and a pronoun into the last named person who spoke or opened a
sentence (``_Events``, filled by ``_sentence_speakers``).  Which cue speaks a
quote is decided in ``speakers``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from factcheck.model import Article, Quote, Sentence, Span

from .lazy import Lazy
from . import inverted, names, phrases
from .lexicon import Lexicon, read_list, trie_pattern, word_set
from .quotes import is_scare_quote, is_title
from .speech_cues import Cue
from .wordsets import PARTICLES, PRONOUNS


# Verbs that may open a sentence in inverted order: Continued Stone: "..."
_INVERTED_OPENERS = word_set("inverted_opening_verbs")


@lru_cache(maxsize=8)
def _cue_pattern(verbs: Tuple[str, ...]) -> "re.Pattern[str]":
    forms = set(verbs) | {v[:1].upper() + v[1:] for v in verbs if v in _INVERTED_OPENERS}
    forms |= {"according to", "According to"}
    return re.compile(r"\b(" + trie_pattern(forms) + r")\b")


@lru_cache(maxsize=1)
def _quote_verbs() -> Tuple[str, ...]:
    return read_list("quote_verbs")


_LAST_CUES: Tuple[object, object] = (None, None)  # (speech_verbs tuple, its pattern), replaced whole


def _cues_for(lex: Lexicon) -> "re.Pattern[str]":
    """``_cue_pattern`` for ``lex``'s speech verbs and the quote verbs.  The
    last lexicon's pattern is kept by the identity of its (immutable) verb
    tuple, which the memo holds on to, so an article does not build and hash
    a tuple of some 250 verbs to find it in the cache again."""
    global _LAST_CUES
    verbs, pattern = _LAST_CUES
    if verbs is not lex.speech_verbs:
        pattern = _cue_pattern(tuple(lex.speech_verbs) + _quote_verbs())
        _LAST_CUES = (lex.speech_verbs, pattern)
    return pattern  # type: ignore[return-value]


_FIRST_WORD = Lazy(r"[A-Z][\w'\u2019.-]*")
_FRONTED = word_set("fronted_clause_openers") | word_set("fronted_phrase_openers")
_COMMA_CAP = Lazy(r",[\"\u201d\u2019']?\s+(?=[A-Z])")  # 'When X called it "a disgrace," Y said'
_DEFINITE_ROLE = Lazy(r"[Tt]he\s+([a-z]+)$")  # "the judge", "the coroner": one person the article has named
_THE_ROLE_SUBJECT = Lazy(r"The\s+([a-z]+)\s+(?=[a-z]+(?:ed|s)\b)")
"""A sentence whose subject is a role alone ("The judge ordered ..."), a
person a later "she said" may be."""
_INVERTED_CUE = Lazy(r",\s*$")  # a cue right after a comma, its subject after it
_ROLE_OPENING = Lazy(r"[A-Z][a-z]+(?:\s+[a-z]+){1,3}\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\.?\s+)?")
"""A role opening a sentence before a name: "Managing director ", "Chief executive Dr "."""



class _Events:
    """Offsets where a named person or organisation spoke or opened a
    sentence, for pronoun resolution.

    A pronoun takes the nearest suitable event before it, so the sentences
    are scanned lazily, one at a time, backward from the pronoun, each at
    most once: an event lies inside the sentence that produced it (every
    source offset comes from that sentence's tokens), so the events of the
    sentences after one lie after all of its own."""

    def __init__(self, sents: Sequence[Sentence], scan):
        self._starts = [s.start for s in sents]
        self._scan = scan  # scan(index, out): append the events of sents[index]
        self._scanned: Dict[int, List[Tuple[int, str, str]]] = {}
        self._extra: List[Tuple[int, str, str]] = []
        self._sorted_extra: Optional[List[Tuple[int, str, str]]] = None

    def add(self, event: Tuple[int, str, str]) -> None:
        self._extra.append(event)
        self._sorted_extra = None

    def _of(self, index: int) -> List[Tuple[int, str, str]]:
        found = self._scanned.get(index)
        if found is None:
            found = []
            self._scan(index, found)
            self._scanned[index] = found
        return found

    def before(self, at: int) -> Iterator[Tuple[int, str, str]]:
        """The events at offsets below ``at``, latest first (descending
        ``(offset, name, class)``: the order a sorted list read backward
        gives)."""
        if self._sorted_extra is None:
            self._sorted_extra = sorted(self._extra)
        extra = self._sorted_extra
        hi = at
        j = bisect.bisect_left(self._starts, at) - 1  # the last sentence starting before ``at``
        while True:
            lo = self._starts[j] if j >= 0 else None
            # the events in [lo, hi): added ones in that range and the sentence's own
            a = 0 if lo is None else bisect.bisect_left(extra, (lo, "", ""))
            b = bisect.bisect_left(extra, (hi, "", ""))
            group = extra[a:b]
            if j >= 0:
                group += [e for e in self._of(j) if e[0] < hi]
            group.sort(reverse=True)
            yield from group
            if j < 0:
                return
            hi = lo
            j -= 1

    def added_before(self, at: int) -> Iterator[Tuple[int, str, str]]:
        """The added events (``add``) at offsets below ``at``, latest first:
        what ``before`` yields less the sentences' own events, with no
        sentence scanned.  Those are all of class ``person`` (see
        ``_sentence_speakers``), so a search for another class sees the
        same events in the same order here."""
        if self._sorted_extra is None:
            self._sorted_extra = sorted(self._extra)
        extra = self._sorted_extra
        return reversed(extra[:bisect.bisect_left(extra, (at, "", ""))])


Speaker = Tuple[str, int, int, Optional[str], str]  # (name, start, end, cue, class)


class _Ctx:
    """One article being read for speakers: its text, sentences, paragraphs
    and quotes, the cue pattern, the name index, the speaker events for
    pronouns, and the speakers found so far (``speakers``, by quote)."""

    def __init__(self, article: Article, sents: Sequence[Sentence], paras: Sequence[Span],
                 quotes: Sequence[Quote], lex: Lexicon):
        self.article, self.text = article, article.content
        self.sents, self.paras, self.quotes = sents, paras, quotes
        self.cue_re = _cues_for(lex)
        self.index = names.NameIndex(self.text, article.body_start)
        self.qstarts = [q.start for q in quotes]
        self._para_starts = [p.start for p in paras]
        self._sent_starts = [s.start for s in sents]
        self.events = _Events(sents, lambda i, out: _sentence_speakers(self, sents[i], out))
        self.scares = [is_scare_quote(self.text, q) for q in quotes]  # read twice
        self.works = [self.scares[k] and is_work_title(self.text, q) for k, q in enumerate(quotes)]
        self.speakers: List[Optional[Speaker]] = [None] * len(quotes)

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def sent_of(self, pos: int) -> Sentence:
        return self.sents[max(0, bisect.bisect_right(self._sent_starts, pos) - 1)]

    def resolved(self, cue: "Cue") -> Speaker:
        """The speaker of ``cue``, its mention resolved to a full name."""
        name, cls = _resolve(cue.speaker, cue.cls, cue.start, self.index, self.events)
        if name.lower() == "it" and cls == "none":
            name, cls = self._subject_of_it(cue.start) or (name, cls)
        return (name, cue.start, cue.end, cue.cue, cls)

    def _subject_of_it(self, at: int) -> Optional[Tuple[str, str]]:
        """For an "it" at ``at`` that no organisation spoke before: the named
        organisation that opens its sentence before it ('The Security Council
        ... pledged sanctions against what it called "..."')."""
        sent = self.sent_of(at)
        if sent.kind != "body":
            return None
        src = phrases.leading_subject(self.text, sent.start, at)
        if src is None or src[3] != "organisation" or src[2] > at or not src[0][:1].isupper() \
                or src[0].isupper() or src[0].lower() in PRONOUNS or _quoted(self, src[1]):
            return None
        return self.index.resolve(src[0], src[1]), "organisation"


_WORK_OPENERS = word_set("work_title_openers")
_WORD_BEFORE_QUOTE = Lazy(r"(\S+)\s*$")


def is_work_title(text: str, q: Quote) -> bool:
    """A quotation in Title Case right after a preposition, "told" or a
    possessive ('said on ABC's "This Week."', 'told "Fox and Friends,"',
    'the co-author of "Going Viral,"') names a show, book or film: no one
    said it (PolNeAR train and dev: 2 of 51 such quotes given a speaker are
    marked as quotes)."""
    if not is_title(text[q.text_start:q.text_end].rstrip(".,")):
        return False
    m = _WORD_BEFORE_QUOTE.search(text, max(0, q.start - 40), q.start)
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in _WORK_OPENERS or word.endswith(("'s", "\u2019s"))


def _quoted(ctx: _Ctx, pos: int) -> bool:
    """Whether ``pos`` lies inside a quote's words."""
    i = bisect.bisect_right(ctx.qstarts, pos) - 1
    return i >= 0 and ctx.quotes[i].text_start <= pos < ctx.quotes[i].text_end


def _sentence_speakers(ctx: _Ctx, s: Sentence, events: List[Tuple[int, str, str]]) -> None:
    """Named subjects of speech cues outside quotes in sentence ``s``
    (``Whitfield said she would not step down``), so that a later ``she
    said`` can resolve."""
    if s.kind != "body":
        return
    text, index = ctx.text, ctx.index
    first = _FIRST_WORD.match(text, s.start, s.end)
    lead = None
    if first is not None and names.looks_like_name([(first.group(), 0, 0)]):
        lead = phrases.leading_subject(text, s.start, s.end)
    elif first is not None and first.group().lower() in _FRONTED:  # "When X did Y, Mr. Kasich differed."
        lead = next((f for m in _COMMA_CAP.finditer(text, s.start, s.end) if not _quoted(ctx, m.end())
                     for f in (phrases.leading_subject(text, m.end(), s.end),) if f and f[3] == "person"
                     and not f[0].endswith(("'s", "\u2019s"))), None)  # not "Tony Blair's spokesman"
    elif first is not None:  # "Managing director Rhodri Pask apologised": a role, then the full name
        lead = phrases.leading_subject(text, s.start, s.end)
        if lead is not None and (" " not in lead[0] or not _ROLE_OPENING.fullmatch(text, s.start, lead[1])):
            lead = None
    if lead is not None and lead[3] == "person" and lead[0][:1].isupper() and lead[0].lower() not in PRONOUNS \
            and not lead[0].startswith("The "):
        full = index.resolve(lead[0], lead[1])
        if " " in full or index.gender(full):  # a lone capitalised subject may be a country or a firm
            events.append((lead[1], full, "person"))
    role = _THE_ROLE_SUBJECT.match(text, s.start, s.end)
    if role is not None and names.is_title_word(role.group(1)):
        # "The judge ordered him to pay ... 'You betrayed people,' she said": the role is the she
        events.append((role.start(), index.titled(role.group(1), role.start()) or "the " + role.group(1), "person"))
    for m in ctx.cue_re.finditer(text, s.start, s.end):
        if _quoted(ctx, m.start()):
            continue
        src = phrases.phrase_before(text, s.start, m.start())
        if src is None and _INVERTED_CUE.search(text, max(s.start, m.start() - 3), m.start()):
            src = inverted.phrase_after(text, m.end(), s.end)  # "..., said union organiser Shirin Dace."
        if src is None:
            continue
        speaker, st, en, cls = src
        if cls == "person" and speaker.lower() not in PRONOUNS and speaker[:1].isupper() \
                and not speaker.startswith("The "):
            events.append((st, index.resolve(speaker, st), "person"))  # only persons: see _Events.added_before


def _resolve(speaker: str, cls: str, at: int, index: "names.NameIndex",
             events: _Events) -> Tuple[str, str]:
    """The full name behind a mention and its class."""
    low = speaker.lower()
    if low in ("i", "we"):
        return speaker, "person" if low == "i" else "none"
    if low in PRONOUNS:
        want = PRONOUNS[low]
        sex = {"he": "m", "she": "f"}.get(low)
        # "it", "they": only added events can be organisations, no sentence need be scanned
        for _, name, c in (events.before(at) if want == "person" else events.added_before(at)):
            if want == "person" and c == "person" or want != "person" and c == "organisation":
                if sex is None or index.gender(name) in (None, sex):
                    return name, c
        named = index.last_titled(sex, at) if sex else None  # "run by Mrs Pilbeam" ... "she told Radio Weald"
        if named is not None:
            return named, "person"
        return speaker, "person" if want == "person" else "none"
    role = _DEFINITE_ROLE.match(speaker)
    if cls == "person" and role and names.is_title_word(role.group(1)):
        full = index.titled(role.group(1), at)  # "the judge told him" after "Judge Anita Rowe said"
        if full is not None:
            return full, "person"
    named = speaker[:1].isupper() or speaker.split(" ", 1)[0] in PARTICLES  # "de Blasio" is a name
    if cls in ("person", "organisation") and named and not speaker.startswith(("The ", "A ", "An ")):
        return index.resolve(speaker, at), cls
    return speaker, cls
