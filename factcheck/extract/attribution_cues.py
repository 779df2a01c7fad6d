"""Reading one attribution cue: is the word a cue here, and where is its source.

``CueReader.read`` takes a ``Site`` (a cue word in a tokenised sentence)
and decides, by the kind of cue, how to find the source: after
``according to`` or a citing verb, before a speech verb (its subject),
after an inverted verb, around an appositive, before a conjoined verb, or
in a passive (``is said to``).  Each decision is a method; the guards that
tell a verb from a noun or a comparison are plain functions.  ``_Finder``
in ``attribution`` supplies ``make`` (the Attribution of a source range),
``content``, ``cues`` and ``extra_anon``.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from factcheck.model import Attribution, Sentence

from . import inverted, sources, wordsets
from .lexicon import read_list, word_set
from .sources import classify
from .subjects import (ASIDES, BE, BY_ONLY, CLAUSE_BREAK, COMPLEMENT, FINITE, INVERTING, IT_ONLY, NEEDS_AS, NOUNISH,
                       PREPOSITIONS, QUOTE_CHARS, VAGUE_ADVERBS, clause_subject, name_before_title,
                       np_after, skip_back, subject_prefix)
from .tokens import Token, bare, is_cap

Range = Tuple[int, int]

_MODALS = word_set("modals")
EXPECTING = word_set("expecting_verbs")
_IT_SUBJECT = word_set("it_subject_openers")
_PARTICIPLES = frozenset(read_list("belief_participles"))
# "argued about", "called for": a verb form -> the next words that give it another sense
OTHER_SENSE = {form: frozenset(after.split()) for forms, after in (line.split(":", 1)
                                                                   for line in read_list("other_sense_particles"))
               for form in forms.split()}
# "class: words" lines of passive_participles.txt, by what each passive reading needs
PASSIVE = {name.strip(): frozenset(words.split()) for name, words in (line.split(":", 1)
                                                                       for line in read_list("passive_participles"))}
_DASHES = (",", "\u2014", "\u2013", "-", "--")
_RELATIVES = ("who", "which", "whose")
_CLAUSE_ENDS = (",", ".", ";", "!", "?", "\u2014", "--", "(")
_CONTINUATIONS = ("at", "of", "from", "with", "for", "and")


class Site:
    """One cue word being read: the sentence, its tokens, the cue's index
    ``i`` and kind, the attributions found before it in the sentence and
    the spans no attribution may start in (``blocked``)."""

    __slots__ = ("s", "toks", "i", "kind", "found", "blocked", "n", "low", "nxt")

    def __init__(self, s: Sentence, toks: Sequence[Token], i: int, kind: str, found: List[Attribution],
                 blocked: Sequence[Range]):
        self.s, self.toks, self.i, self.kind, self.found, self.blocked = s, toks, i, kind, found, blocked
        self.n = len(toks)
        self.low = toks[i][0].lower()
        self.nxt = toks[i + 1][0].lower() if i + 1 < self.n else ""


def replace(a: Attribution, **changes) -> Attribution:
    """``dataclasses.replace(a, **changes)``: every field of Attribution is
    an init field, so a copy of its fields with the changes makes the same
    object, without ``replace``'s checks of each field (a fifth faster)."""
    return Attribution(**{**a.__dict__, **changes})


class CueReader:
    """The decisions of reading one cue; mixed into ``attribution._Finder``."""

    text: str
    cues: Dict[str, str]
    extra_anon: Tuple[str, ...]

    def make(self, c: Site, src: Optional[Range], cls_override: Optional[str] = None,
             cue_len: int = 1) -> Optional[Attribution]:
        raise NotImplementedError  # attribution._Finder

    def content(self, s: Sentence, lo: int, hi: int, cue: str) -> Range:
        raise NotImplementedError  # attribution._Finder

    def read(self, c: Site) -> Optional[Attribution]:
        """The attribution of cue ``c``, or None when it is no cue here."""
        if c.kind == "according":
            return self._according(c)
        if c.kind == "cite":
            return self._cite(c)
        if c.kind == "adverb":
            # "He reportedly sold", "Allegedly, the firm ...": an unnamed source
            return self.make(c, (c.i, c.i + 1), "anonymous")
        if c.toks[c.i][0][:1].isupper() and c.i > 0:
            return None  # a name ("Says", "Post") or a heading word, not a verb
        progressive = c.low.endswith("ing") and c.i > 0 and c.toks[c.i - 1][0].lower() in _PROGRESSIVE_BE
        if c.low.endswith("ing") and c.low not in ("according",) and not progressive:
            return None  # "adding", "writing": the subject's own verb comes first
        k, negated, passive = skip_back(c.toks, c.i - 1, 0)
        if negated:
            return None
        if progressive and c.kind == "verb":
            return self._active(c, k)  # "officials are expecting", "the minister is warning"
        if passive:
            return self._passive(c, k)
        if c.kind == "passive":
            return None
        return self._active(c, k)

    def _according(self, c: Site) -> Optional[Attribution]:
        toks, n = c.toks, c.n
        a, b = np_after(toks, c.i + 2)
        if b <= a:
            return None
        if b + 2 < n and toks[b][0] == "," and is_cap(toks[b + 1][0]):
            e = b + 1
            while e < n and is_cap(toks[e][0]):
                e += 1
            if e >= n or toks[e][0] in (",", ".", ";"):
                a, b = b + 1, e  # "according to technology analysts, TDG Research,"
        return self.make(c, (a, b), cue_len=2)

    def _cite(self, c: Site) -> Optional[Attribution]:
        toks, i = c.toks, c.i
        if i > 0 and toks[i - 1][0].lower() in BE | {"been"}:
            return None  # "the book was cited in the press"
        if c.nxt == "by":
            return None
        a, b = np_after(toks, i + 1)
        if b <= a:
            return None
        cls, _sec, head = classify(toks[a:b])
        w = wordsets.words()
        if cls in ("none", "document") and head not in w["doc"] or cls == "anonymous" and head not in w["anon"] \
                and head not in sources.VAGUE_DOCS and head not in sources.QUANTITY_HEADS:
            return None  # "cites the union's support for the act": not a source
        return self.make(c, (a, b))

    def _active(self, c: Site, k: int) -> Optional[Attribution]:
        """A verb in the active voice whose subject ends at token ``k``
        (before the adverbs ``skip_back`` stepped over)."""
        toks = c.toks
        if _reduced_relative(c):
            return None
        if c.kind == "find" and k >= 0 and toks[k][0] == ",":
            att = self._appositive(c, k)  # "The study, published in Nature, found"
            return att if att is not None and att.source_class == "document" else None
        if c.kind == "find" and (k < 0 or toks[k][0] in QUOTE_CHARS) or _not_speech(c, toks):
            return None
        if k < 0 or toks[k][0] in _DASHES or toks[k][0] in QUOTE_CHARS:
            return self._after_break(c, k)
        k = _before_abbreviation(toks, k)
        low = toks[k][0].lower()
        if low in ("and", "but", "or"):
            return self._conjoined(c, k)
        if _no_subject(c, k, low):
            return None
        src = _subject(toks, k, low)
        if src is None:
            return None
        src = name_before_title(toks, src)
        if _comparison(c, src):
            return None
        if c.kind == "find":
            return self._finding(c, src)
        if _noun_not_verb(c, src, self.cues):
            return None
        return self.make(c, src)

    def _after_break(self, c: Site, k: int) -> Optional[Attribution]:
        """A cue after punctuation or at the sentence start: an inverted
        source (``"...," said X``) or an appositive subject."""
        # after "told" comes the listener, never the source
        inv = self._inverted(c) if c.low in INVERTING else None
        if inv is not None:
            return self.make(c, inv)
        if k >= 0 and c.toks[k][0] in _DASHES:
            return self._appositive(c, k)
        return None

    def _inverted(self, c: Site) -> Optional[Range]:
        """The source after an inverted cue (``"...," said Luis Carranza``),
        read as the quote-speaker step reads it (``inverted.phrase_after``),
        as a token range of the sentence; None when no source ending the
        clause follows."""
        toks = c.toks
        src = inverted.phrase_after(self.text, toks[c.i][2], c.s.end)
        if src is None:
            return None
        a = next((k for k in range(c.i + 1, c.n) if toks[k][1] >= src[1]), c.n)
        b = a
        while b < c.n and toks[b][2] <= src[2]:
            b += 1
        # "say researchers at BDO Stoy Hayward", "said the report for the
        # US-China Economic and Security Review Commission": the name after a
        # description (not after a person's name) is part of the phrase
        named_person = src[3] == "person" and src[0][:1].isupper()
        while not named_person and b > a and b + 1 < c.n and toks[b][0] in _CONTINUATIONS and is_cap(toks[b + 1][0]):
            b += 2
            while b < c.n and is_cap(toks[b][0]):
                b += 1
        # the source ends the clause ("said Luis Carranza, who ...", "said
        # Rep. Jim Clyburn of South Carolina"); "said discussions have been
        # underway" is the content, not a source
        if b == a or b < c.n and toks[b][0] not in _CLAUSE_ENDS and toks[b][0].lower() not in ("who", "in", "on") \
                and not (toks[b][0] in ("of", "from") and b + 1 < c.n and is_cap(toks[b + 1][0])):
            return None
        return a, b

    def _finding(self, c: Site, src: Range) -> Optional[Attribution]:
        """A finding verb (``found``, ``show``): only a document finds."""
        cls, _sec, _head = classify(c.toks[src[0]:src[1]])
        if cls != "document" and not any(bare(t[0]) in wordsets.words()["doc"] for t in c.toks[src[0]:src[1]]):
            return None
        return self.make(c, src, "document")

    def _passive(self, c: Site, k: int) -> Optional[Attribution]:
        """``is said to``, ``it is believed that``, ``was described as``,
        ``is considered by many``."""
        toks, i, n = c.toks, c.i, c.n
        if c.low not in _PARTICIPLES:
            return None
        j = i + 1
        while j < n and toks[j][0].lower() in VAGUE_ADVERBS:
            j += 1
        if j < n and toks[j][0].lower() == "by":
            return self._passive_agent(c, j)
        if c.low in BY_ONLY or any(toks[x][0].lower() in _MODALS - {"shall"} for x in range(max(0, k), i)):
            return None  # "can be seen as a symbol": the writer's own reading
        if not _hearsay(c, k, j):
            return None
        late = next((x for x in range(j, min(n, j + 15)) if toks[x][0].lower() == "by"), None)
        if late is not None:
            a, b = np_after(toks, late + 1)
            if b > a and classify(toks[a:b])[0] in ("person", "organisation", "document"):
                # "was described as a professional by his friend Michael Pointon": the agent is named
                return self.make(c, (a, b))
        it_frame = k >= 0 and toks[k][0].lower() == "it"
        return self.make(c, (k if it_frame else k + 1, i + 1), "anonymous")

    def _passive_agent(self, c: Site, j: int) -> Optional[Attribution]:
        """``is considered by many``: the agent after ``by`` at token ``j``."""
        toks, n, low = c.toks, c.n, c.low
        a, b = np_after(toks, j + 1)
        b = next((x for x in range(a + 1, b) if toks[x][0].lower() in ("with", "for", "in", "on", "at", "since",
                                                                        "during", "after", "before", "until", "as")), b)
        if low in PASSIVE["needs_as"] and not any(t[0].lower() == "as" for t in toks[b:]):
            return None
        if low in PASSIVE["judging"] and b < n \
                and toks[b][0].lower() not in ("to", "as", "a", "an", "the", "one"):
            return None  # "was being considered by regulators": reviewed, not judged
        if low == "held" and b >= n:
            return None
        return self.make(c, (a, b)) if b > a else None

    def _appositive(self, c: Site, k: int) -> Optional[Attribution]:
        """``Two board members, who spoke ..., said`` / ``the secretary,
        Helen Park, said`` / ``Whitfield, the chief executive, said``."""
        toks = c.toks
        delims = (",", "(") if toks[k][0] == "," else ("\u2014", "\u2013", "-", "--")
        j = k - 1
        while j >= 0 and toks[j][0] not in delims and toks[j][0] not in (";", ":") \
                and toks[j][0] not in QUOTE_CHARS and k - j < 40:
            j -= 1
        if j < 0 or toks[j][0] not in delims or k <= j + 1:
            return None
        inner = toks[j + 1:k]
        if all(is_cap(t[0]) or t[0] == "." for t in inner) and is_cap(inner[-1][0]):
            return self.make(c, (j + 1, k))
        # "The study, published in The Lancet, found": a participle phrase describes the subject
        if inner[0][0].islower() and inner[0][0].endswith("ed"):
            att = self._subject_before(c, j, inner)
            if att is not None:
                return att
        if is_cap(inner[-1][0]) and inner[0][0].lower() not in _RELATIVES:
            r = sources.name_run(inner, len(inner) - 1)
            ncls = sources.name_class(" ".join(t[0] for t in inner[r:]))[0]
            if len(inner) - r >= 2 and ncls == "person" or ncls == "organisation":
                # "One critic, radio host Alex Jones, claims": the appositive names the source
                return self.make(c, (j + 1 + r, k))
        return self._subject_before(c, j, inner)

    def _subject_before(self, c: Site, j: int, inner: Sequence[Token]) -> Optional[Attribution]:
        """The subject before the appositive ``inner`` opening at token ``j``
        as the source of the cue, or None."""
        toks = c.toks
        if c.low in NOUNISH and not (inner[0][0].lower() in _RELATIVES
                                     or len(inner) <= 2 and inner[0][0].lower() in ASIDES):
            return None  # "ethnic groups, states and civilisations"
        e = j - 1
        if e >= 1 and toks[e][0] == ")":
            # "Kirsten Gillibrand (D-NY), a supporter ..., told": the name before the parenthesis
            e = max((x for x in range(e) if toks[x][0] == "("), default=0) - 1
        src = clause_subject(toks, e, 0) if e >= 0 else None
        if src is None:
            return None
        att = self.make(c, name_before_title(toks, src))
        if att is not None and inner[0][0].lower() not in _RELATIVES and att.source_class == "none":
            # "the mayor, a former teacher, said": the appositive describes
            cls, sec, _h = classify(inner, self.extra_anon)
            if cls != "none":
                att = replace(att, source_class=cls, secondary=sec)
        return att

    def _conjoined(self, c: Site, k: int) -> Optional[Attribution]:
        """A second verb of the same subject: ``... have criticized him and
        said``; ``Magnus has been asked to resign, but said``."""
        toks = c.toks
        tok, ts, te = toks[c.i]
        before = [a for a in c.found if a.cue_end <= ts]
        if before:
            cstart, cend = self.content(c.s, ts, te, tok)
            return replace(before[-1], cue=tok, cue_start=ts, cue_end=te, content_start=cstart, content_end=cend,
                           quote=None)
        # find the start of the clause the conjunction continues
        b = k - 1
        while b >= 0 and toks[b][0] not in (";", ":") and toks[b][0] not in QUOTE_CHARS and k - b < 30 \
                and toks[b][0].lower() not in ("when", "while", "because", "if", "after", "before", "although", "since"):
            if toks[b][0] == "," and b > 0 and toks[b - 1][0].lower() in ("internally", "however", "meanwhile"):
                break
            b -= 1
        pre = subject_prefix(toks, b + 1, k)
        if pre is None or toks[pre[0]][0].lower() in ("in", "on", "at", "after", "before", "during", "when", "for",
                                                      "with", "by", "from", "to", "as", "while", "if"):
            return None
        return self.make(c, pre)


# a form of "be" before a cue's -ing form makes it the clause's verb ("are expecting")
_PROGRESSIVE_BE = frozenset(("is", "are", "was", "were", "am"))


def _before_abbreviation(toks: Sequence[Token], k: int) -> int:
    """``k``, or for a subject ending in a bracketed abbreviation after a
    name ("the Office for National Statistics (ONS) added") the name's last
    token: the name is the source, not "ONS)"."""
    if toks[k][0] != ")" or k < 3 or toks[k - 2][0] != "(" or not toks[k - 1][0].isupper() \
            or not is_cap(toks[k - 3][0]):
        return k
    return k - 3


def _reduced_relative(c: Site) -> bool:
    """``Others thought to be in the running include``: a participle
    opening a reduced relative clause, not a cue."""
    return c.low in _PARTICIPLES and c.low.endswith(("ed", "ght", "id")) and c.nxt == "to" \
        and c.i + 2 < c.n and c.toks[c.i + 2][0].lower() in ("be", "have")


def _not_speech(c: Site, toks: Sequence[Token]) -> bool:
    """The cue word is used in another sense here: "the taxes claimed are",
    "argued about", "called for", "would feel the benefit", "see" without
    "as"."""
    low, nxt = c.low, c.nxt
    return low.endswith("ed") and nxt in ("are", "is", "was", "were", "have", "has") \
        or nxt in OTHER_SENSE.get(low, ()) \
        or low in ("feel", "feels", "felt") and not (nxt in ("that", "like") or nxt in wordsets.PRONOUNS) \
        or low in NEEDS_AS and not any(t[0].lower() == "as" for t in toks[c.i + 1:c.i + 10])


def _no_subject(c: Site, k: int, low: str) -> bool:
    """The word before the cue cannot end its subject: a preposition or
    determiner ("by", "the"), or a possessive name ("Politico's report")."""
    if low in ("by", "of", "to", "for", "with", "the", "a", "an", "his", "her", "their", "its", "this", "these",
               "those", "our", "in", "on", "at", "from") or low in wordsets.QUANTIFIERS and c.kind == "find":
        return True
    tok = c.toks[k][0]
    return tok.endswith(("'s", "\u2019s")) and tok[:1].isupper() and c.kind != "find"


def _subject(toks: Sequence[Token], k: int, low: str) -> Optional[Range]:
    """The subject ending at token ``k``: a pronoun, the antecedent of
    "who"/"which", or the clause's subject."""
    if low in ("he", "she", "they", "we", "i") and (toks[k][0].islower() or k == 0 or toks[k][0] == "I"):
        return k, k + 1  # "Listing his ventures she added": the pronoun is the subject
    if low in ("who", "which") and k >= 1:
        j = k - 1 if toks[k - 1][0] != "," else k - 2
        if j >= 0 and is_cap(toks[j][0]):
            r = sources.name_run(toks, j)
            return (r - 1, j + 1) if r > 0 and toks[r - 1][0].lower() == "the" else (r, j + 1)
        return clause_subject(toks, j, 0) if j >= 0 else None
    return clause_subject(toks, k, 0)


def _comparison(c: Site, src: Range) -> bool:
    """"higher than economists expected", "twice as many jobs as expected":
    a comparison; "teenagers could expect", "Other actors expected to
    attend": no source."""
    toks, i = c.toks, c.i
    if c.low not in EXPECTING:
        return False
    before = toks[i - 1][0].lower()
    return any(t[0].lower() in ("than", "as") for t in toks[max(0, src[0] - 1):i]) or before in _MODALS \
        or c.low.endswith("ed") and c.nxt == "to" and before not in ("had", "has", "have")


def _noun_not_verb(c: Site, src: Range, cues: Dict[str, str]) -> bool:
    """The cue word is a noun here: "member states have agreed", "some
    reports claim", "dodged one question", "most US states prohibit", "the
    report's claims"."""
    toks, i, low, nxt = c.toks, c.i, c.low, c.nxt
    if low in NOUNISH and (nxt in FINITE or nxt in cues or nxt in ("to", "of")):
        return True
    if low in NOUNISH and i >= 2 and (toks[i - 1][0].lower() in wordsets.QUANTIFIERS or toks[i - 1][0].isdigit()) \
            and toks[i - 2][0].isalpha() and toks[i - 2][0].islower() and toks[i - 2][0] not in CLAUSE_BREAK:
        return True
    if low in NOUNISH:
        cls, _sec, head = classify(toks[src[0]:src[1]])
        w = wordsets.words()
        before = bare(toks[i - 1][0])
        if cls == "none" or cls == "anonymous" and not (head in w["anon"] or head in sources.VAGUE_DOCS) \
                or cls == "anonymous" and before != head and before not in wordsets.PRONOUNS:
            return True
    return src[1] - src[0] > 1 and toks[src[0]][0].lower() in wordsets.DETERMINERS | {"the"} \
        and toks[src[1] - 1][0].lower() in wordsets.words()["doc"] and low in ("claims", "reports", "states", "notes")


def _hearsay(c: Site, k: int, j: int) -> bool:
    """True when a passive cue reads as hearsay: ``it is said that``, ``is
    seen as``, ``is said to be``, ``is considered a``, ``is widely
    believed``, ``is considered rare``, ``is credited with``.  ``k`` ends
    the subject, ``j`` is the first token after the participle and its
    vague adverbs."""
    toks, n, low = c.toks, c.n, c.low
    vague = any(toks[x][0].lower() in VAGUE_ADVERBS for x in range(k + 1, c.i))
    nxt = toks[j][0].lower() if j < n else ""
    nxt2 = toks[j + 1][0].lower() if j + 1 < n else ""
    that = nxt == "that" or any(t[0].lower() == "that" for t in toks[j:j + 6])
    if k >= 0 and toks[k][0].lower() == "it" and (that or (nxt in (",", ".") or j >= n)
                                                  and not (k > 0 and toks[k - 1][0].lower() in _IT_SUBJECT)):
        return True  # "it is said that", "The plan, it is thought, will"; not "if it is held, as expected, on 5 May"
    if low in IT_ONLY and not vague:
        return False
    return _complement_reads(low, nxt, nxt2, vague) or low == "credited" and nxt == "with"


def _complement_reads(low: str, nxt: str, nxt2: str, vague: bool) -> bool:
    """True when what follows the participle ``low`` (``nxt``, ``nxt2``)
    makes it a report of others' views: "seen as", "said to be", "considered
    a", "widely believed ...", "considered rare"."""
    if low in PASSIVE["seen_as"] and nxt == "as":
        return True
    if nxt == "to" and (nxt2 in ("be", "have", "been") or (nxt2.isalpha() and nxt2 not in wordsets.DETERMINERS
                                                            and nxt2 not in ("police", "authorities"))):
        return low not in PASSIVE["not_before_to"]
    if nxt in COMPLEMENT and low in PASSIVE["complement"]:
        if low == "described" and not vague:
            return nxt == "as"
        return nxt != "the" or low in PASSIVE["before_the"]
    if vague and nxt not in (".", ",", ";") and nxt:
        return True
    # "is considered rare"
    return low in PASSIVE["before_adjective"] and nxt.isalpha() and nxt not in PREPOSITIONS \
        and nxt not in CLAUSE_BREAK
