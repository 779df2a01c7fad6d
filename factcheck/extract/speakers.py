"""Speakers of direct quotes.

For each quote the speaker comes from, in order:

1. a cue next to it: ``"...," said X`` / ``"...," X said`` / ``X said: "..."``
   / ``X said the vote followed "..."`` / ``according to X`` /
   ``X told reporters``;
2. another quote of the same paragraph (``"A," he said. "B."``), the
   sentence before it in the paragraph (``X said the plan failed. "..."``)
   or, for a paragraph that opens with a quote, the speaker quoted in the
   paragraph before (a continued quote).

Pronouns (``he said``) resolve to the last named person who spoke; a surname
(``Magnus said``) or title and surname (``Mr. Netanyahu``) resolves to the
full name seen in the article (``Chris Magnus``); that resolution and the
article context it reads are in ``speaker_context``.  Short scare quotes
(``so-called "deep state"``) get a speaker only from a cue right next to them.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from factcheck.model import Article, Quote, Sentence, Span

from .lazy import Lazy
from . import inverted, names, phrases
from .lexicon import Lexicon, word_set
from .quotes import is_title
from .reported_clause import clause, content_span, last_mark, outer_verb, second_verb
from .speaker_context import Speaker, _Ctx, _quoted, _resolve
from .cue_source import possessed
from .speech_cues import Cue, closes, find_cue
from .sources import name_class
from .subjects import CLAUSE_BREAK, PREPOSITIONS
from .wordsets import DETERMINERS, PRONOUNS


def assign_speakers(article: Article, sents: Sequence[Sentence], paras: Sequence[Span],
                    quotes: Sequence[Quote], lex: Lexicon) -> Tuple[Quote, ...]:
    """Return ``quotes`` with speaker fields filled in where the article says who spoke."""
    if not quotes:
        return tuple(quotes)
    ctx = _Ctx(article, sents, paras, quotes, lex)
    own: List[Optional[Cue]] = []
    content: Dict[int, Tuple[int, int]] = {}
    for k in range(len(quotes)):
        cue, span = _own_cue(ctx, k) if not ctx.works[k] else (None, None)
        own.append(cue)
        if span is not None:
            content[k] = span
    for k, cue in enumerate(own):
        if cue is not None and cue.speaker:
            ctx.speakers[k] = ctx.resolved(cue)
            cls = ctx.speakers[k][4]
            if cls in ("person", "organisation") and cue.speaker.lower() not in PRONOUNS:
                ctx.events.add((cue.start, ctx.speakers[k][0], cls))
    # a quote inside the reported clause of another quote's cue is that speaker's
    # ('X said his team had reached a "collective view" after a "good discussion"')
    for k, q in enumerate(quotes):
        if ctx.speakers[k] is None and not ctx.works[k]:
            ctx.speakers[k] = _reported_in(ctx, k, content, own)
    # a passive verb of speech with its agent: 'was described as "X" by Y' is Y's
    for k, q in enumerate(quotes):
        if ctx.speakers[k] is None and not is_title(ctx.text[q.text_start:q.text_end]):
            ctx.speakers[k] = _passive_agent(ctx, q)
    # quotes with no cue of their own borrow from their neighbours
    for k in range(len(quotes)):
        if ctx.speakers[k] is None and not ctx.scares[k]:
            ctx.speakers[k] = _borrowed(ctx, k, own)
    return tuple(_with_speaker(q, ctx.speakers[k], clause(ctx.text, ctx.quotes, k, content.get(k, (None, None)),
                                                          ctx.cue_re))
                 for k, q in enumerate(quotes))


def _reported_in(ctx: _Ctx, k: int, content: Dict[int, Tuple[int, int]],
                 own: Sequence[Optional[Cue]]) -> Optional[Speaker]:
    """The speaker of the cue that reports quote ``k``: a cue whose reported
    clause (``content``, by quote) holds it, or a cue after a later quote of
    the same sentence that closes the sentence ('... an "unusually high
    turnover", which had "seriously interfered" with its work, said the
    committee.')."""
    q = ctx.quotes[k]
    for j, (start, end) in content.items():
        if start <= q.start and q.end <= end and ctx.speakers[j] is not None:
            return ctx.speakers[j]
    sent = ctx.sent_of(q.start)
    for j in range(k + 1, len(ctx.quotes)):
        later = ctx.quotes[j]
        if later.start >= sent.end:
            break
        cue = own[j]
        if cue is not None and cue.cue_start >= later.end and ctx.speakers[j] is not None:
            return ctx.speakers[j]
    return None


_PASSIVE_BEFORE = Lazy(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)"
                       r"(?:\s+(?:as|for))?(?:\s+(?:an?|the))?\s*$")
_BY = Lazy(r"\s*by\s+")


def _passive_agent(ctx: _Ctx, q: Quote) -> Optional[Speaker]:
    """The agent of a passive verb of speech or judgement around a quote
    ('was described as "a consummate professional" by his friend X', 'has
    been criticised for "incessant sleaze" by campaigners'), or None."""
    text, sent = ctx.text, ctx.sent_of(q.start)
    by = _BY.match(text, q.end, sent.end)
    if by is None or _PASSIVE_BEFORE.search(text, max(sent.start, q.start - 60), q.start) is None:
        return None
    src = inverted.phrase_after(text, by.end(), sent.end)
    if src is None or src[3] not in ("person", "organisation", "anonymous"):
        return None
    return ctx.resolved(Cue(None, by.start(), by.end(), *src))


def _own_cue(ctx: _Ctx, k: int) -> Tuple[Optional[Cue], Optional[Tuple[int, int]]]:
    """The cue next to quote ``k`` (after it, else before it) and the span
    of the reported clause it bounds; None for either when there is none."""
    text, q = ctx.text, ctx.quotes[k]
    p = ctx.paras[ctx.para_of(q.start)]
    after_end, before_start = _windows(ctx, k, p)
    scare = ctx.scares[k]
    last = last_mark(text, q)
    gap = (40 if last in ",?!" else 12) if scare else (150 if last == "," else 60)
    if scare and last == "," and _NAME_APPOSITION.match(text, q.end):
        gap = 150  # '"stunt children's growth," Howard Dean, the former governor of Vermont, proclaimed'
    # a cue closing the sentence ("..., a spokesman said.") reports the whole
    # sentence, the words it quotes included; a title in it is not speech
    tail_ok = not (scare and is_title(text[q.text_start:q.text_end]))
    cue = find_cue(text, q.end, after_end, ctx.cue_re, "first", gap, tail_ok=tail_ok)
    side = "after"
    if cue is None and last in (",", "?", "!"):
        cue = _unlisted_verb(text, q.end, after_end)
    if cue is None:
        cue = _signature(text, q, p, ctx.paras)
    limit = p.end
    later = cue is not None and cue.speaker and _inside_later_clause(ctx, q, cue)
    fronted = cue is not None and cue.speaker and not later and _main_clause_cue(ctx, q, cue)
    if cue is None or not cue.speaker or later or fronted:
        before = find_cue(text, before_start, q.start, ctx.cue_re, "last")
        if before is not None and scare and is_title(text[q.text_start:q.text_end]) and q.start - before.cue_end > 12:
            before = None  # a title ("The Revenant") far from the verb is not what was said
        if before is not None and (before.speaker or cue is None or not cue.speaker):
            if later or fronted:  # the clause the cue before reports ends where the later one starts
                limit = _clause_stop(text, q.end, min(cue.cue_start, cue.start))
            cue, side = before, "before"
        elif fronted:
            return None, None  # the fronted clause's subject, if any, speaks (_sentence_subject)
    if cue is None or not (cue.speaker or side == "before"):
        return cue, None
    # a subjectless cue ("..., adding that it is "...") still bounds the content
    verb_end = (second_verb(text, cue, q, ctx.cue_re) or outer_verb(text, cue, before_start, ctx.cue_re)) \
        if side == "before" else 0
    return cue, content_span(text, q, cue, side, before_start, ctx.sent_of(max(q.end - 1, q.start)), limit, verb_end)


_WORD = Lazy(r"[A-Za-z]")
_NAME_APPOSITION = Lazy(r"[\"\u201d\u2019']?\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}?[A-Z][\w.'\u2019-]*,\s+(?:the|a|an)\s")


def _inside_later_clause(ctx: _Ctx, q: Quote, cue: Cue) -> bool:
    """Whether a cue after quote ``q`` sits in a later clause of the
    sentence rather than tagging the quote or closing the sentence ('Cruz
    says he is "tied for second" with Rubio, in a finish that he said defied
    expectations'): then a cue before the quote reports it."""
    left = min(cue.cue_start, cue.start)
    if _WORD.search(ctx.text, q.end, left) is None:
        return False
    sent = ctx.sent_of(max(q.end - 1, q.start))
    return not closes(ctx.text[max(cue.cue_end, cue.end):max(sent.end, cue.cue_end)])


_SUBORDINATORS = word_set("fronted_clause_openers")
_TAG_VERBS = word_set("core_speech_verbs")
_OPENER = Lazy(r"\s*(?:(?:And|But),?\s+)?([A-Za-z]+)\b(?!\s+of\b)")  # not "Because of", "As of"
_MAIN_CLAUSE = Lazy(r",\s+(?:[A-Z]|(?:he|she|they|we|it|the|a|an|his|her|its|their)\b)")


def fronted_clause(ctx: _Ctx, sent: Sentence, pos: int) -> Optional[int]:
    """Where the clause after a sentence's opening subordinator starts
    ("When Ms. Ruiz called it "a disgrace", ...), when offset ``pos`` still
    lies inside that fronted clause: no comma before it is followed by a
    capitalised word, a pronoun or a determiner, the main clause's subject
    ("..., Mr. Lowe said", "..., the council voted"; an apposition with a
    determiner counts too, so "When Mr. Lowe, the mayor, spoke" is left
    alone); else None."""
    m = _OPENER.match(ctx.text, sent.start, pos)
    if m is None or m.group(1).lower() not in _SUBORDINATORS or ctx.text[m.start(1):pos].rstrip().endswith(","):
        return None  # the fronted clause ends before pos: "After the vote, "..." she said"
    if any(not _quoted(ctx, c.start()) for c in _MAIN_CLAUSE.finditer(ctx.text, m.end(), pos)):
        return None
    return m.end()


def _main_clause_cue(ctx: _Ctx, q: Quote, cue: Cue) -> bool:
    """Whether a cue after quote ``q`` is the verb of the main clause
    after a fronted clause that ends with the quote ('While Will
    acknowledges Trump's appeal as a "forceful persona," he sees Christie
    as ...'), not a tag of the quote ('..., he said.' or '..., he said,
    ...'): the quote is then the fronted clause's, not the main subject's."""
    text = ctx.text
    left = min(cue.cue_start, cue.start)
    if _WORD.search(text, q.end, left) is not None or not (last_mark(text, q) == "," or "," in text[q.end:left]):
        return False
    sent = ctx.sent_of(q.start)
    tail = text[max(cue.cue_end, cue.end):max(sent.end, cue.cue_end)]
    if tail.lstrip(" .\u201d\"")[:1] in (",", "") or closes(tail) and cue.cue in _TAG_VERBS:
        return False  # "..., he said." / "..., he said, ..." / "..., he said on Monday."
    return fronted_clause(ctx, sent, q.start) is not None


_LAST_WORD = Lazy(r"[\s,;]*(\w+)[\s,;]*$")


def _clause_stop(text: str, start: int, pos: int) -> int:
    """``pos``, where a later clause's subject starts, moved back over the
    conjunction that opens that clause ("... and Trump calling")."""
    m = _LAST_WORD.search(text, start, pos)
    if m is not None and m.group(1).lower() in CLAUSE_BREAK:
        return m.start()
    return pos


def _windows(ctx: _Ctx, k: int, p: Span) -> Tuple[int, int]:
    """Where a cue of quote ``k`` in paragraph ``p`` may lie: up to the end
    of the text after it, and from the start of the text before it (the
    quote's sentence, the neighbouring quotes and the paragraph bound both)."""
    text, quotes, sents, q = ctx.text, ctx.quotes, ctx.sents, ctx.quotes[k]
    nxt = quotes[k + 1].start if k + 1 < len(quotes) and quotes[k + 1].start < p.end else p.end
    prv = quotes[k - 1].end if k > 0 and quotes[k - 1].end > p.start else p.start
    after_sent = ctx.sent_of(max(q.end - 1, q.start))
    after_end = min(nxt, max(after_sent.end, q.end))
    if after_end <= q.end and after_sent.index + 1 < len(sents) \
            and sents[after_sent.index + 1].paragraph == after_sent.paragraph \
            and (last_mark(text, q) in ("?", "!") or _bare_cue(text, sents[after_sent.index + 1])):
        # "Too forced?" He tweeted.  "... find the emails." Trump said.  -- the splitter
        # ended the sentence at the quote
        after_end = min(nxt, sents[after_sent.index + 1].end)
    return after_end, max(prv, ctx.sent_of(q.start).start)


_BARE_CUE = Lazy(r"\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+([a-z]+)\.\s*$")


def _bare_cue(text: str, sent: Sentence) -> bool:
    """Whether a sentence is only a name and a speech verb ("Trump said."),
    the rest of a quote's sentence that a full stop inside the quote cut off."""
    m = _BARE_CUE.match(text, sent.start, sent.end)
    return m is not None and m.group(1) in names.speech_verbs()


def _borrowed(ctx: _Ctx, k: int, own: Sequence[Optional[Cue]]) -> Optional[Speaker]:
    """The speaker of a quote with no cue of its own: the subject of a
    sentence ending in a colon, a neighbouring quote of the paragraph, the
    last speaker before a subjectless cue, a cue in the sentence or
    paragraph before, or the subject of its own sentence."""
    text, quotes, q = ctx.text, ctx.quotes, ctx.quotes[k]
    speakers, pk = ctx.speakers, ctx.para_of(q.start)
    sent = ctx.sent_of(q.start)
    borrowed = None
    prv, nxt = k - 1, k + 1  # the neighbouring quotes, a work's name before it skipped
    while prv >= 0 and ctx.works[prv]:
        prv -= 1
    possessor = _possessor(ctx, sent, q)
    if possessor is not None:
        return possessor
    if text[sent.start:q.start].rstrip().endswith(":"):
        # In a Fox interview, Trump went further: "..."; ... surprise pollster Daron Shaw: "..."
        borrowed = _sentence_subject(ctx, sent, q) or _name_before_colon(ctx, sent.start, q.start)
    if borrowed is None and prv >= 0 and quotes[prv].end <= sent.start and speakers[prv] \
            and ctx.para_of(quotes[prv].start) == pk and text[sent.start:q.start].strip():
        borrowed = _own_reference(ctx, sent, q, speakers[prv])
    if borrowed is not None:
        pass
    elif prv >= 0 and ctx.para_of(quotes[prv].start) == pk and speakers[prv]:
        borrowed = speakers[prv]
    elif nxt < len(quotes) and ctx.para_of(quotes[nxt].start) == pk and speakers[nxt] \
            and own[nxt] is not None and own[nxt].start > quotes[nxt].end:
        borrowed = speakers[nxt]
    if borrowed is None and own[k] is not None and own[k].cue and not own[k].speaker:
        borrowed = _previous_subject(ctx, k, pk)
    if borrowed is None:
        borrowed = _from_previous_sentence(ctx, sent, q)
    if borrowed is None and q.start == ctx.paras[pk].start and pk > 0:
        borrowed = _from_previous_paragraph(ctx, k, pk)
    if borrowed is None:
        borrowed = _sentence_subject(ctx, sent, q)
    return borrowed


_POSSESSOR_BEFORE = Lazy(r"([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})['\u2019]s\s*$")
_NOUN_AFTER = Lazy(r"\s*([a-z]{3,})\b")


def _possessor(ctx: _Ctx, sent: Sentence, q: Quote) -> Optional[Speaker]:
    """'the pull of Obama's "if you like your plan, you can keep it" promise':
    a quote between a name's possessive and the noun it fills (a promise, a
    remark, a slogan) is the possessor's words; not a quote ending a clause
    ('Trump's "assertion ... is speculative," the order said')."""
    m = _POSSESSOR_BEFORE.search(ctx.text, max(sent.start, q.start - 80), q.start)
    noun = _NOUN_AFTER.match(ctx.text, q.end) if m is not None and last_mark(ctx.text, q) not in ",.?!;:" else None
    if noun is None or noun.group(1) in DETERMINERS:
        return None
    cls = name_class(m.group(1))[0]
    if cls not in ("person", "organisation"):
        return None
    name, cls = _resolve(m.group(1), cls, m.start(1), ctx.index, ctx.events)
    return (name, m.start(1), m.end(1), None, cls)


def _own_reference(ctx: _Ctx, sent: Sentence, q: Quote, before: Speaker) -> Optional[Speaker]:
    """'X said "A." He offered "B."', 'the FBI confirmed "A." The agency
    declined "B."': a quote with no cue in a later sentence than the quote
    before it, whose own sentence opens with a pronoun or a definite
    description, is that mention's (the pronoun resolved as usual; the
    description standing for the speaker before when their classes agree,
    and so does a pronoun that agrees with it in class and sex)."""
    own = _sentence_subject(ctx, sent, q)
    if own is None:
        return None
    mention = ctx.text[own[1]:own[2]]
    low = mention.lower()
    if low in PRONOUNS:
        sex = {"he": "m", "she": "f"}.get(low)
        agrees = before[4] == PRONOUNS[low] == "person" and (sex is None or ctx.index.gender(before[0]) in (None, sex)) \
            or before[4] == "organisation" and low == "it"
        return (before[0], own[1], own[2], None, before[4]) if agrees else own
    first = mention.split(" ", 1)[0]
    if first in ("The", "the") and " " in mention and mention.split(" ", 1)[1][:1].islower() and own[4] == before[4]:
        return (before[0], own[1], own[2], None, before[4])
    return None


def _with_speaker(q: Quote, speaker: Optional[Speaker], content: Tuple[Optional[int], Optional[int]]) -> Quote:
    """Quote ``q`` with its speaker fields and reported-clause span set."""
    if speaker is None:
        return q
    name, s, e, cue, cls = speaker
    cs, ce = content
    if (cs, ce) == (q.start, q.end):
        cs = ce = None
    # Built afresh rather than with dataclasses.replace (a third of the
    # cost): the quote's own fields are the five positional ones, every
    # other field is set here.
    return Quote(q.start, q.end, q.text_start, q.text_end, q.sentence, speaker=name or None,
                 speaker_start=s, speaker_end=e, cue=cue, speaker_class=cls, content_start=cs, content_end=ce)


_UNLISTED = Lazy(
    r"\s*(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}|he|she|they|I|we)\s+([a-z]{3,}(?:ed|s))\b")
_UNLISTED_INVERTED = Lazy(r"\s*([a-z]{3,}ed)\s+(?=[A-Z])")


def _unlisted_verb(text: str, pos: int, end: int) -> Optional[Cue]:
    """``"Go back to Univision," Trump barked``: a name or pronoun and a
    verb in the past or present tense right after a quote ending in a comma,
    question or exclamation mark is an attribution even when the verb is in
    no list."""
    m = _UNLISTED.match(text, pos, end)
    if m is not None:
        src = phrases.phrase_before(text, pos, m.start(1))
    else:
        m = _UNLISTED_INVERTED.match(text, pos, end)
        if m is None:
            return None
        src = inverted.phrase_after(text, m.end(1), end)
    if src is None or src[3] not in ("person", "organisation"):
        return None
    return Cue(m.group(1), m.start(1), m.end(1), *src)


_SIGNATURE = Lazy(
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*){0,2}[\u2015\u2014\u2013~-]{1,2}[ \t\u00a0]*"
    r"([A-Z][\w.'\u2019-]*(?:[ \t\u00a0]+[A-Z][\w.'\u2019-]*){0,4})(?=[,.\s]|$)")


def _signature(text: str, q: Quote, para: Span, paras: Sequence[Span]) -> Optional[Cue]:
    """``"..." ― Esther Tapia`` or a quote paragraph followed by a line
    ``- Clinton.``: a name after a dash signs the quote."""
    m = _SIGNATURE.match(text, q.end)
    if m is None:
        return None
    if m.start(1) > para.end:  # the next paragraph must be just the signature
        nxt = next((p for p in paras if p.start >= m.start(1) - 3), None)
        if nxt is None or len(text[nxt.start:nxt.end].split()) > 8:
            return None
    name = m.group(1).rstrip(".")
    return Cue("\u2015", m.start(1), m.start(1), name, m.start(1), m.start(1) + len(name), name_class(name)[0])


def _previous_subject(ctx: _Ctx, k: int, pk: int) -> Optional[Speaker]:
    """A subjectless cue (``..., adding, "..."``) takes the last speaker of
    the paragraph."""
    j = k - 1
    while j >= 0 and ctx.para_of(ctx.quotes[j].start) == pk:
        if ctx.speakers[j]:
            return ctx.speakers[j]
        j -= 1
    return None


def _from_previous_sentence(ctx: _Ctx, sent: Sentence, q: Quote) -> Optional[Speaker]:
    """``X said the plan failed. "It never worked."``: a quote that opens its
    sentence takes the subject of a cue in the sentence before, same
    paragraph."""
    if sent.index == 0 or ctx.text[sent.start:q.start].strip():
        return None
    prev = ctx.sents[sent.index - 1]
    if prev.paragraph != sent.paragraph or prev.kind != "body":
        return None
    cue = find_cue(ctx.text, prev.start, prev.end, ctx.cue_re, "last")
    if cue is None or not cue.speaker:
        return None
    return ctx.resolved(cue)


def _sentence_subject(ctx: _Ctx, sent: Sentence, q: Optional[Quote]) -> Optional[Speaker]:
    """``Kaine has adopted the stance of many Catholics: "I'm pro-life ..."``:
    a quote inside a sentence with no speech verb belongs to the sentence's
    subject when that is a name or a pronoun (``q`` None: the subject of the
    whole sentence, which introduces a quote in the next paragraph)."""
    stop = q.start if q is not None else sent.end
    lead = ctx.text[sent.start:stop]
    if not lead.strip() or sent.kind != "body":
        return None
    opened = fronted_clause(ctx, sent, stop) if q is not None else None
    # a quote inside a fronted clause is that clause's subject's ("While Mr. Ryan laid out "...", Carson ...")
    src = phrases.leading_subject(ctx.text, sent.start if opened is None else opened, stop)
    later = next((m.end() for m in reversed(list(_LATER_CLAUSE.finditer(ctx.text, sent.start, stop)))
                  if not _quoted(ctx, m.start())), None) if q is not None and opened is None else None
    if later is not None:  # or a later clause's with a subject of its own: "X signed it, while Y proposed "...""
        src = phrases.leading_subject(ctx.text, later, stop) or src
    src = possessed(ctx.text, sent.start, src)  # "Ivana Trump's brief said ... "...": the brief, not Ivana Trump
    if src is None or src[3] not in ("person", "organisation", "document", "anonymous"):
        return None
    name, cls = _resolve(src[0], src[3], src[1], ctx.index, ctx.events)
    return (name, src[1], src[2], None, cls)


_LATER_CLAUSE = Lazy(r"(?:,\s+(?:while|whereas|but)|;)\s+")


def _from_previous_paragraph(ctx: _Ctx, k: int, pk: int) -> Optional[Speaker]:
    """A paragraph that opens with a quote and has no cue continues the
    speaker quoted in the paragraph before, or the speaker introduced by a
    paragraph ending in a colon."""
    prev_para = ctx.paras[pk - 1]
    j = k - 1
    if j >= 0 and ctx.para_of(ctx.quotes[j].start) == pk - 1 and ctx.speakers[j] \
            and ctx.text[prev_para.end - 1] != ":":
        return ctx.speakers[j]
    cue = find_cue(ctx.text, prev_para.start, prev_para.end, ctx.cue_re, "last")
    if cue is not None and cue.speaker:
        return ctx.resolved(cue)
    if ctx.text[prev_para.start:prev_para.end].rstrip().endswith(":"):
        # President Clinton released the following statement: / "..."
        last = ctx.sent_of(max(prev_para.start, prev_para.end - 1))
        return _sentence_subject(ctx, last, None) or _name_before_colon(ctx, last.start, prev_para.end)
    return None


def _name_before_colon(ctx: _Ctx, start: int, end: int) -> Optional[Speaker]:
    """The person or organisation named just before the colon that ends
    ``text[start:end]`` ("... does not surprise pollster Daron Shaw:")."""
    colon = ctx.text.rfind(":", start, end)
    if colon < 0:
        return None
    src = phrases.phrase_before(ctx.text, start, colon)
    if src is None or src[3] not in ("person", "organisation") or not src[0][:1].isupper():
        return None
    before = ctx.text[max(start, src[1] - 12):src[1]].split()
    if before and (before[-1].lower() in PREPOSITIONS or before[-1].lower() in names.speech_verbs()):
        return None  # "Of Clinton:" names what the quote is about, "told BBC News:" whom it was said to
    name, cls = _resolve(src[0], src[3], src[1], ctx.index, ctx.events)
    return (name, src[1], src[2], None, cls)


def speaker_map(quotes: Sequence[Quote]) -> Dict[int, str]:
    """Quote start -> speaker, for quotes with a speaker."""
    return {q.start: q.speaker for q in quotes if q.speaker}
